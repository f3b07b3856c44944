"""`orderbridge sandbox sf_express|kuaidi100 --port N` serve the courier sandboxes as their own processes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sf_support import connection

from connectors.base import ConnectionInfo
from connectors.kuaidi100 import Kuaidi100Connector
from connectors.sf_express import SfExpressConnector
from orderbridge.local_services import free_port


def serve(name: str, port: int, state: Path) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "orderbridge.cli",
        "sandbox",
        name,
        "--port",
        str(port),
        "--state",
        str(state),
    ]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/sandbox/health", timeout=0.5)
            return proc
        except httpx.TransportError:
            assert proc.poll() is None, proc.stdout.read().decode()
            time.sleep(0.05)
    proc.terminate()
    pytest.fail(f"{name} sandbox did not answer")


def test_sf_express_sandbox_command(tmp_path: Path) -> None:
    port, state = free_port(), tmp_path / "sf.sqlite"
    proc = serve("sf_express", port, state)
    try:
        with SfExpressConnector(connection(f"http://127.0.0.1:{port}")) as sf:
            ok, message = sf.test_connection()
        assert ok, message
        assert state.is_file()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_kuaidi100_sandbox_command(tmp_path: Path) -> None:
    port, state = free_port(), tmp_path / "k100.sqlite"
    proc = serve("kuaidi100", port, state)
    try:
        conn = ConnectionInfo(
            "k", "kuaidi100", host=f"http://127.0.0.1:{port}", login="SANDBOX", password="sandbox-key"
        )
        with Kuaidi100Connector(conn) as k100:
            ok, message = k100.test_connection()
        assert ok, message
        assert state.is_file()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
