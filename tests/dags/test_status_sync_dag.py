"""The status_sync DAG for real: dag.test() on the metadata DB, the Kingdee sandbox over HTTP, and a WeCom
robot; statuses become events once, a finding is raised and sent once over two runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest

from connectors.base import ConnectionInfo, OrderKey
from connectors.kingdee import KingdeeConnector
from connectors.kingdee.sandbox import start_in_thread
from orderbridge.bootstrap import initialise
from orderbridge.ledger import Ledger
from orderbridge.settings import PROJECT_ROOT, Settings

RECONCILIATION = """format_version: 1
sync: {overlap_minutes: 30, batch_size: 100}
rules:
  missing_in_target: {enabled: true, grace_minutes: 0}
  not_approved: {enabled: true, hours: 24, approved_statuses: [approved]}
alerts:
  order_link: "http://airflow.test/orderbridge/orders/{order_id}"
  channels:
    - {type: wecom, conn_id: wecom_sync_test}
"""


@pytest.fixture
def sandbox(tmp_path: Path):
    handle = start_in_thread(tmp_path / "kingdee.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def robot():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    posts = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            posts.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            answer = b'{"errcode": 0, "errmsg": "ok"}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.posts = posts
    yield server
    server.shutdown()


@pytest.fixture
def home(tmp_path: Path, sandbox, robot, monkeypatch: pytest.MonkeyPatch) -> Settings:
    mappings = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", mappings)
    (mappings / "reconciliation.yaml").write_text(RECONCILIATION, encoding="utf-8")
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ORDERBRIDGE_MAPPINGS", str(mappings))
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    monkeypatch.setenv(
        "AIRFLOW_CONN_KINGDEE_DEFAULT",
        json.dumps(
            {
                "conn_type": "kingdee",
                "host": sandbox.url,
                "login": "administrator",
                "password": "sandbox",
                "extra": {"acct_id": "sandbox", "auth": "password", "timeout": 2},
            }
        ),
    )
    monkeypatch.setenv(
        "AIRFLOW_CONN_WECOM_SYNC_TEST",
        json.dumps(
            {"conn_type": "http", "host": f"http://127.0.0.1:{robot.server_address[1]}", "password": "k"}
        ),
    )
    settings = Settings.from_env()
    initialise(settings, airflow=False, echo=lambda _m: None)
    return settings


def delivered(ledger: Ledger, po: str, bill: str) -> int:
    doc, _ = ledger.record_document(
        sha256=f"{abs(hash(po)):064x}"[-64:],
        size=1,
        source="folder",
        source_ref=po,
        original_name=f"{po}.pdf",
        stored_path="/dev/null",
    )
    canonical = {
        "po_number": po,
        "order_date": "2026-11-20",
        "currency": "CNY",
        "buyer": {"customer_code": "C0001"},
        "lines": [{"line_no": 1, "quantity": "100"}],
    }
    order, _ = ledger.record_order(
        document_id=doc.id,
        customer_key="C0001",
        customer_code="C0001",
        po_number=po,
        canonical=canonical,
        state="ready",
    )
    delivery = ledger.open_delivery(
        order_id=order.id, target="kingdee", idempotency_key=OrderKey("C0001", po, "kingdee").idempotency_key
    )
    ledger.begin_attempt(delivery.id)
    ledger.mark_delivered(delivery.id, bill)
    return order.id


def test_status_sync_records_statuses_once_and_alerts_once(dagbag, home, sandbox, robot) -> None:
    conn = ConnectionInfo(
        "k",
        "kingdee",
        host=sandbox.url,
        login="administrator",
        password="sandbox",
        extra={"acct_id": "sandbox", "auth": "password"},
    )
    with KingdeeConnector(conn) as kingdee:
        payload = {
            "Model": {
                "FDate": "2026-11-20",
                "FSaleOrgId": {"FNumber": "100"},
                "FCustId": {"FNumber": "C0001"},
                "F_ORB_CustPONo": "PO-DAG-1",
                "FSaleOrderEntry": [{"FMaterialId": {"FNumber": "M1001"}, "FQty": 100}],
            }
        }
        bill = kingdee.push_order(payload, OrderKey("C0001", "PO-DAG-1", "kingdee")).external_id
    ledger = Ledger(home.db_url)
    delivered(ledger, "PO-DAG-1", bill)
    lost = delivered(ledger, "PO-DAG-LOST", "XSDD404404")

    dag = dagbag.get_dag("status_sync")
    assert dag is not None, dagbag.import_errors
    assert dag.test().state == "success"
    assert dag.test().state == "success"

    statuses = ledger.events(kind="status.changed")
    assert [(e.data["external_id"], e.data["status"]) for e in statuses] == [(bill, "created")]
    raised = ledger.events(kind="finding.raised")
    assert [(e.order_id, e.data["rule"]) for e in raised] == [(lost, "missing_in_target")]
    assert len(robot.posts) == 1 and "PO-DAG-LOST" in robot.posts[0]["markdown"]["content"]
    assert httpx.get(f"{sandbox.url}/sandbox/health").status_code == 200
