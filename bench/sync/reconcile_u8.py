"""Benchmark: status sync of N open U8 orders read by ``saleorderlist/batch_get`` pages (default 20,000).

Seeding is not measured (bulk inserts into the U8 sandbox's SQLite store and the ledger). Two runs are
timed through the real ``U8Connector`` over HTTP: the first records every order's status, the second finds
nothing new. 0.5% of the orders are missing in U8 (a finding each), a third are shipped.

    .venv/bin/python -m bench.sync.reconcile_u8 [--orders 20000] [--page 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path

from bench.sync.common import seed_ledger, timed_runs
from connectors.base import ConnectionInfo
from connectors.u8 import U8Connector
from connectors.u8.sandbox import start_in_thread
from connectors.u8.sandbox_store import SCHEMA
from orderbridge.ledger import Ledger
from orderbridge.sync import sync_config_from_dict
from orderbridge.sync.u8_pages import U8StatusPages as PAGES


def seed_sandbox(path: Path, n: int) -> None:
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rows = []
    for i in range(n):
        if i % 200 == 199:
            continue  # 0.5% missing in U8
        code = f"{i + 1:010d}"
        body = {
            "code": code,
            "date": "2026-11-20",
            "custcode": "C0001",
            "define1": f"PO-{i:06d}",
            "entry": [{"rowno": 1, "inventorycode": "M1001", "quantity": 100, "taxunitprice": 1.25}],
        }
        state, shipped = ("Approved", "2") if i % 3 == 0 else ("Opening", "0")
        rows.append((code, "C0001", "2026-11-20", state, shipped, f"bench:{i}", json.dumps(body), now))
    db.executemany(
        "INSERT INTO orders(code, custcode, date, state, fhstatus, biz_id, body, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.commit()
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--page", type=int, default=1000, help="rows per batch_get page (the sandbox's cap)")
    args = parser.parse_args()
    rules = {"missing_in_target": {"grace_minutes": 0}}
    cfg = sync_config_from_dict({"format_version": 1, "sync": {"batch_size": args.page}, "rules": rules})
    with tempfile.TemporaryDirectory() as tmp:
        seed_sandbox(Path(tmp) / "u8.sqlite", args.orders)
        ledger = Ledger(f"sqlite:///{tmp}/ledger.sqlite")
        ledger.migrate()
        seed_ledger(
            ledger,
            args.orders,
            "u8",
            lambda i: f"{i + 1:010d}",
            [{"line_no": 1, "sku": "M1001", "quantity": "100", "unit_price": "1.25"}],
            age_hours=2,
        )
        sandbox = start_in_thread(Path(tmp) / "u8.sqlite")
        conn = ConnectionInfo(
            "bench",
            "u8",
            host=sandbox.url,
            login="sandbox",
            password="sandbox-secret",
            extra={"app_key": "sandbox-key", "to_account": "sandbox"},
        )
        connector = U8Connector(conn, timeout=300)
        try:
            timed_runs(ledger, PAGES, connector, "u8", cfg, "batch_get calls (+1 token)")
        finally:
            connector.close()
            sandbox.stop()
            ledger.dispose()


if __name__ == "__main__":
    main()
