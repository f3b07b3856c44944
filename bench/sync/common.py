"""What both sync benchmarks share: a ledger seeded with N delivered orders, and two timed sync runs.

Each benchmark brings its own sandbox seeding and connector; the ledger rows and the report are the same.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from sqlalchemy import insert

from orderbridge.ledger import Ledger
from orderbridge.ledger.schema import DeliveryRow, DocumentRow, OrderRow
from orderbridge.sync import SyncConfig, sync_target


def seed_ledger(
    ledger: Ledger,
    n: int,
    target: str,
    external_id: Callable[[int], str],
    lines: list[dict],
    age_hours: float,
) -> None:
    """Order ``i`` is PO-{i:06d} of customer C0001, delivered to ``target`` as ``external_id(i)``."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(hours=age_hours)
    with ledger.engine.begin() as conn:
        conn.execute(
            insert(DocumentRow),
            [
                {
                    "id": i + 1,
                    "sha256": f"{i:064x}",
                    "size": 1,
                    "original_name": f"PO-{i:06d}.pdf",
                    "source": "folder",
                    "source_ref": "bench",
                    "stored_path": "/dev/null",
                    "state": "done",
                    "received_at": now,
                    "updated_at": now,
                }
                for i in range(n)
            ],
        )
        conn.execute(
            insert(OrderRow),
            [
                {
                    "id": i + 1,
                    "document_id": i + 1,
                    "customer_key": "C0001",
                    "po_number": f"PO-{i:06d}",
                    "customer_code": "C0001",
                    "state": "delivered",
                    "created_at": now,
                    "updated_at": now,
                    "canonical": {
                        "po_number": f"PO-{i:06d}",
                        "buyer": {"customer_code": "C0001"},
                        "lines": lines,
                    },
                }
                for i in range(n)
            ],
        )
        conn.execute(
            insert(DeliveryRow),
            [
                {
                    "id": i + 1,
                    "order_id": i + 1,
                    "target": target,
                    "idempotency_key": f"{target}:C0001:PO-{i:06d}",
                    "state": "delivered",
                    "attempts": 1,
                    "external_id": external_id(i),
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(n)
            ],
        )


def counting(pages_class: type) -> type:
    """A subclass of a status-pages reader that counts the pages (one target call each) it fetched."""

    class CountingPages(pages_class):
        calls = 0

        def fetch_status_pages(self, **kwargs):
            for page in super().fetch_status_pages(**kwargs):
                type(self).calls += 1
                yield page

    return CountingPages


def timed_runs(
    ledger: Ledger,
    pages_class: type,
    connector,
    target: str,
    cfg: SyncConfig,
    calls: str,
) -> None:
    """Two sync runs timed end to end (the first records everything, the second finds nothing new)."""
    pages = counting(pages_class)
    for run in ("first run", "second run"):
        pages.calls = 0
        start = time.perf_counter()
        report = sync_target(ledger, pages(connector), target, cfg)
        took = time.perf_counter() - start
        print(
            f"{run}: {took:.1f} s, {pages.calls} {calls}, {report.open_deliveries} open, "
            f"{report.changes} status events, {report.findings_raised} findings raised, "
            f"{report.findings_resolved} resolved"
        )
