"""`orderbridge sandbox kingdee --port N` serves the Kingdee WebAPI sandbox as its own process."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from connectors.base import ConnectionInfo
from connectors.kingdee import KingdeeConnector
from orderbridge.local_services import free_port


def test_the_sandbox_command_serves_kingdee_and_keeps_its_state_in_the_given_file(tmp_path: Path) -> None:
    port, state = free_port(), tmp_path / "kd.sqlite"
    command = ["sandbox", "kingdee", "--port", str(port), "--state", str(state)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "orderbridge.cli", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                httpx.get(f"{url}/sandbox/orders", timeout=0.5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read().decode()
                time.sleep(0.05)
        conn = ConnectionInfo(
            conn_id="kd",
            conn_type="kingdee",
            host=url,
            login="administrator",
            password="sandbox",
            extra={"acct_id": "sandbox"},
        )
        with KingdeeConnector(conn) as kingdee:
            ok, message = kingdee.test_connection()
            customers = kingdee.query("BD_Customer", "FNumber,FName")
        assert ok, message
        assert {c["FNumber"] for c in customers} == {"C0001", "C0002", "C0003"}
        assert state.is_file()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
