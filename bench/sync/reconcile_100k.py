"""Benchmark: status sync and reconciliation of N open Kingdee orders (default 100,000) on this machine.

Seeding is not measured: the sandbox's SQLite store and the ledger are filled with bulk inserts. Then two
status-sync runs are timed end to end through the real client over HTTP: the first records every order's
status (one ``status.changed`` event each) and raises the findings; the second finds nothing new.
1% of the orders differ in quantity from their PO and 0.5% are missing in Kingdee, so rules fire.

    .venv/bin/python -m bench.sync.reconcile_100k [--orders 100000] [--page 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from connectors.base import ConnectionInfo
from connectors.kingdee import KingdeeConnector
from connectors.kingdee.sandbox import start_in_thread
from connectors.kingdee.sandbox_store import SCHEMA
from orderbridge.ledger import Ledger
from orderbridge.ledger.schema import DeliveryRow, DocumentRow, OrderRow
from orderbridge.sync import sync_config_from_dict, sync_target
from orderbridge.sync.kingdee_pages import KingdeeStatusPages

LINES = ((100, "1.25"), (5, "88"))


def seed_sandbox(path: Path, n: int) -> None:
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rows = []
    for i in range(n):
        if i % 200 == 199:
            continue  # 0.5% missing in Kingdee
        qty0 = 90 if i % 100 == 7 else 100  # 1% differ in quantity
        entries = [{"FMaterialId": {"FNumber": "M1001"}, "FQty": qty0, "FTaxPrice": 1.25},
                   {"FMaterialId": {"FNumber": "M1004"}, "FQty": 5, "FTaxPrice": 88}]
        model = {"FCustId": {"FNumber": "C0001"}, "F_ORB_CustPONo": f"PO-{i:06d}", "FSaleOrderEntry": entries}
        status = "C" if i % 3 else "A"
        rows.append((100001 + i, "SAL_SaleOrder", f"XSDD{i + 1:07d}", status, json.dumps(model), now, now))
    columns = "fid, form_id, bill_no, document_status, model, created_at, modified_at"
    db.executemany(f"INSERT INTO orders({columns}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    db.close()


def seed_ledger(ledger: Ledger, n: int) -> None:
    now = dt.datetime.now(dt.UTC) - dt.timedelta(hours=30)
    lines = [{"line_no": k + 1, "sku": "M1001", "quantity": str(q), "unit_price": p}
             for k, (q, p) in enumerate(LINES)]
    with ledger.engine.begin() as conn:
        conn.execute(insert(DocumentRow), [
            {"id": i + 1, "sha256": f"{i:064x}", "size": 1, "original_name": f"PO-{i:06d}.pdf",
             "source": "folder", "source_ref": "bench", "stored_path": "/dev/null", "state": "done",
             "received_at": now, "updated_at": now} for i in range(n)])
        conn.execute(insert(OrderRow), [
            {"id": i + 1, "document_id": i + 1, "customer_key": "C0001", "po_number": f"PO-{i:06d}",
             "customer_code": "C0001", "state": "delivered", "created_at": now, "updated_at": now,
             "canonical": {"po_number": f"PO-{i:06d}", "buyer": {"customer_code": "C0001"}, "lines": lines}}
            for i in range(n)])
        conn.execute(insert(DeliveryRow), [
            {"id": i + 1, "order_id": i + 1, "target": "kingdee",
             "idempotency_key": f"kingdee:C0001:PO-{i:06d}", "state": "delivered", "attempts": 1,
             "external_id": f"XSDD{i + 1:07d}", "created_at": now, "updated_at": now} for i in range(n)])


class CountingPages(KingdeeStatusPages):
    calls = 0

    def fetch_status_pages(self, **kwargs):
        for page in super().fetch_status_pages(**kwargs):
            type(self).calls += 1
            yield page


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=10_000)
    args = parser.parse_args()
    rules = {"missing_in_target": {"grace_minutes": 0}, "quantity_mismatch": {},
             "amount_mismatch": {"tolerance": "0.01"},
             "not_approved": {"hours": 24, "approved_statuses": ["approved"]}}
    cfg = sync_config_from_dict({"format_version": 1, "sync": {"batch_size": args.page}, "rules": rules})
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        seed_sandbox(Path(tmp) / "kingdee.sqlite", args.orders)
        ledger = Ledger(f"sqlite:///{tmp}/ledger.sqlite")
        ledger.migrate()
        seed_ledger(ledger, args.orders)
        print(f"seeded {args.orders} orders in {time.perf_counter() - t0:.1f} s")
        sandbox = start_in_thread(Path(tmp) / "kingdee.sqlite")
        conn = ConnectionInfo("bench", "kingdee", host=sandbox.url, login="administrator", password="sandbox",
                              extra={"acct_id": "sandbox", "auth": "password"})
        connector = KingdeeConnector(conn, timeout=300)
        try:
            for run in ("first run", "second run"):
                CountingPages.calls = 0
                start = time.perf_counter()
                report = sync_target(ledger, CountingPages(connector), "kingdee", cfg)
                took = time.perf_counter() - start
                print(f"{run}: {took:.1f} s, {CountingPages.calls} ExecuteBillQuery calls (+1 login), "
                      f"{report.open_deliveries} open, {report.changes} status events, "
                      f"{report.findings_raised} findings raised, {report.findings_resolved} resolved")
        finally:
            connector.close()
            sandbox.stop()
            ledger.dispose()


if __name__ == "__main__":
    main()
