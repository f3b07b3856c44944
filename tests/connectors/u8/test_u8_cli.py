"""``orderbridge sandbox u8 --port N`` serves the U8 sandbox with its default or given credentials."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner
from u8_support import connection

from connectors.u8 import U8Connector
from orderbridge.cli import cli
from orderbridge.local_services import free_port


def test_the_sandbox_group_offers_u8_with_its_options() -> None:
    result = CliRunner().invoke(cli, ["sandbox", "u8", "--help"])
    assert result.exit_code == 0
    for option in ("--port", "--state", "--from-account", "--app-key", "--app-secret", "--to-account"):
        assert option in result.output


def test_the_command_serves_the_sandbox_until_stopped(tmp_path: Path) -> None:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "orderbridge.cli",
        "sandbox",
        "u8",
        "--port",
        str(port),
        "--state",
        str(tmp_path / "u8.sqlite"),
        "--app-secret",
        "other",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/sandbox/health").raise_for_status()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "sandbox did not come up"
                time.sleep(0.1)
        url = f"http://127.0.0.1:{port}"
        with U8Connector(connection(url, secret="other")) as u8:
            assert u8.test_connection()[0]
        with U8Connector(connection(url)) as refused:
            assert not refused.test_connection()[0]
    finally:
        process.terminate()
        process.wait(timeout=15)
    assert (tmp_path / "u8.sqlite").exists()
