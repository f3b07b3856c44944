"""The sandbox keeps its orders in SQLite: they survive a restart, and numbering continues."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from kingdee_support import FAST, connection, key_for, order_payload

from connectors.kingdee import KingdeeConnector
from connectors.kingdee.sandbox import start_in_thread
from orderbridge.local_services import free_port


def test_orders_survive_a_restart_and_numbering_continues(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    first = start_in_thread(state)
    with KingdeeConnector(connection(first.url), policy=FAST) as kingdee:
        created = kingdee.push_order(order_payload(), key_for())
    first.stop()

    second = start_in_thread(state)
    try:
        with KingdeeConnector(connection(second.url), policy=FAST) as kingdee:
            again = kingdee.push_order(order_payload(), key_for())
            assert (again.external_id, again.created) == (created.external_id, False)
            other = kingdee.push_order(order_payload(po="PO-NEXT"), key_for(po="PO-NEXT"))
            assert other.external_id == "XSDD000002"
            fids = [r["FID"] for r in kingdee.query("SAL_SaleOrder", "FID", order_string="FID")]
            assert fids[1] == fids[0] + 1
    finally:
        second.stop()


def test_custom_base_data_file(tmp_path: Path) -> None:
    basedata = tmp_path / "basedata.yaml"
    basedata.write_text("customers:\n  - {number: K1, name: Kunde Eins}\nmaterials: []\n", encoding="utf-8")
    handle = start_in_thread(tmp_path / "state.sqlite", basedata_path=basedata, password="other-pw")
    try:
        with KingdeeConnector(connection(handle.url, password="other-pw"), policy=FAST) as kingdee:
            assert kingdee.query("BD_Customer", "FNumber,FName") == [{"FNumber": "K1", "FName": "Kunde Eins"}]
            assert kingdee.query("BD_MATERIAL", "FNumber") == []
    finally:
        handle.stop()


def test_serve_runs_the_sandbox_in_the_foreground(tmp_path: Path) -> None:
    port = free_port()
    code = (
        f"import sys; from connectors.kingdee.sandbox import serve; serve('127.0.0.1', {port}, sys.argv[1])"
    )
    root = Path(__file__).resolve().parents[3]
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path / "s.sqlite")],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/sandbox/health").json()["ok"] is True
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        with KingdeeConnector(connection(f"http://127.0.0.1:{port}"), policy=FAST) as kingdee:
            assert kingdee.test_connection()[0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
