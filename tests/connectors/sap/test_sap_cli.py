"""``orderbridge sandbox sap --port N`` serves the SAP sandbox with its default or given credentials."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner
from sap_support import CUSTOMERS, connection

from connectors.sap import SapConnector
from orderbridge.cli import cli
from orderbridge.local_services import free_port


def test_the_sandbox_group_offers_sap_with_its_options() -> None:
    result = CliRunner().invoke(cli, ["sandbox", "sap", "--help"])
    assert result.exit_code == 0
    for option in ("--port", "--state", "--user", "--password"):
        assert option in result.output


def test_the_command_serves_the_sandbox_until_stopped(tmp_path: Path) -> None:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "orderbridge.cli",
        "sandbox",
        "sap",
        "--port",
        str(port),
        "--state",
        str(tmp_path / "sap.sqlite"),
        "--password",
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
        with SapConnector(connection(url, password="other"), sales_org="1000", customers=CUSTOMERS) as sap:
            assert sap.test_connection()[0]
        with SapConnector(connection(url), sales_org="1000") as refused:
            assert not refused.test_connection()[0]
    finally:
        process.terminate()
        process.wait(timeout=15)
    assert (tmp_path / "sap.sqlite").exists()
