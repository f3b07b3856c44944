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

from bench.sync.common import seed_ledger, timed_runs
from connectors.base import ConnectionInfo
from connectors.kingdee import KingdeeConnector
from connectors.kingdee.sandbox import start_in_thread
from connectors.kingdee.sandbox_store import SCHEMA
from orderbridge.ledger import Ledger
from orderbridge.sync import sync_config_from_dict
from orderbridge.sync.kingdee_pages import KingdeeStatusPages as PAGES

LEDGER_LINES = [
    {"line_no": 1, "sku": "M1001", "quantity": "100", "unit_price": "1.25"},
    {"line_no": 2, "sku": "M1001", "quantity": "5", "unit_price": "88"},
]


def seed_sandbox(path: Path, n: int) -> None:
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rows = []
    for i in range(n):
        if i % 200 == 199:
            continue  # 0.5% missing in Kingdee
        qty0 = 90 if i % 100 == 7 else 100  # 1% differ in quantity
        entries = [
            {"FMaterialId": {"FNumber": "M1001"}, "FQty": qty0, "FTaxPrice": 1.25},
            {"FMaterialId": {"FNumber": "M1004"}, "FQty": 5, "FTaxPrice": 88},
        ]
        model = {"FCustId": {"FNumber": "C0001"}, "F_ORB_CustPONo": f"PO-{i:06d}", "FSaleOrderEntry": entries}
        status = "C" if i % 3 else "A"
        rows.append((100001 + i, "SAL_SaleOrder", f"XSDD{i + 1:07d}", status, json.dumps(model), now, now))
    columns = "fid, form_id, bill_no, document_status, model, created_at, modified_at"
    db.executemany(f"INSERT INTO orders({columns}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=10_000)
    args = parser.parse_args()
    rules = {
        "missing_in_target": {"grace_minutes": 0},
        "quantity_mismatch": {},
        "amount_mismatch": {"tolerance": "0.01"},
        "not_approved": {"hours": 24, "approved_statuses": ["approved"]},
    }
    cfg = sync_config_from_dict({"format_version": 1, "sync": {"batch_size": args.page}, "rules": rules})
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        seed_sandbox(Path(tmp) / "kingdee.sqlite", args.orders)
        ledger = Ledger(f"sqlite:///{tmp}/ledger.sqlite")
        ledger.migrate()
        seed_ledger(ledger, args.orders, "kingdee", lambda i: f"XSDD{i + 1:07d}", LEDGER_LINES, age_hours=30)
        print(f"seeded {args.orders} orders in {time.perf_counter() - t0:.1f} s")
        sandbox = start_in_thread(Path(tmp) / "kingdee.sqlite")
        conn = ConnectionInfo(
            "bench",
            "kingdee",
            host=sandbox.url,
            login="administrator",
            password="sandbox",
            extra={"acct_id": "sandbox", "auth": "password"},
        )
        connector = KingdeeConnector(conn, timeout=300)
        try:
            timed_runs(ledger, PAGES, connector, "kingdee", cfg, "ExecuteBillQuery calls (+1 login)")
        finally:
            connector.close()
            sandbox.stop()
            ledger.dispose()


if __name__ == "__main__":
    main()
