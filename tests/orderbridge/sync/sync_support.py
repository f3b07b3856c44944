"""Helpers for the status-sync tests: orders in the ledger as if pushed, Kingdee payloads, a fake target."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from typing import Any

from connectors.base import ConnectionInfo, OrderKey, StatusUpdate
from orderbridge.retry import RetryPolicy
from orderbridge.sync import sync_config_from_dict

FAST = RetryPolicy(max_attempts=3, initial_wait=0.01, multiplier=2, max_wait=0.05)
_counter = itertools.count(1)

RULES = {
    "missing_in_target": {"enabled": True, "grace_minutes": 0},
    "quantity_mismatch": {"enabled": True, "tolerance": "0"},
    "amount_mismatch": {"enabled": True, "tolerance": "0.01"},
    "not_approved": {"enabled": True, "hours": 24, "approved_statuses": ["approved", "closed"]},
    "shipped_without_tracking": {"enabled": True, "hours": 24, "statuses": ["shipped"]},
    "delivered_not_invoiced": {"enabled": True, "hours": 72, "statuses": ["delivered"]},
}


def config(**sync: Any):
    alerts = {"order_link": "http://airflow.test/orderbridge/orders/{order_id}"}
    return sync_config_from_dict(
        {"format_version": 1, "sync": {"overlap_minutes": 30, **sync}, "rules": RULES, "alerts": alerts}
    )


def canonical(po: str, lines: list[tuple[str, str]]) -> dict[str, Any]:
    """A canonical order whose lines are (quantity, unit price)."""
    return {
        "po_number": po,
        "order_date": "2026-11-20",
        "currency": "CNY",
        "buyer": {"name": "华东精密", "customer_code": "C0001"},
        "lines": [
            {"line_no": i + 1, "sku": "M1001", "quantity": q, "unit": "PCS", "unit_price": p}
            for i, (q, p) in enumerate(lines)
        ],
    }


def delivered_order(
    ledger,
    po: str,
    external_id: str,
    *,
    target: str = "kingdee",
    lines: list[tuple[str, str]] = (("100", "1.25"),),
) -> tuple[int, int]:
    """(order id, delivery id) of an order recorded and delivered to ``target`` as ``external_id``."""
    n = next(_counter)
    doc, _ = ledger.record_document(
        sha256=hashlib.sha256(f"{po}-{n}".encode()).hexdigest(),
        size=10,
        source="folder",
        source_ref=f"/in/{po}.pdf",
        original_name=f"{po}.pdf",
        stored_path=f"/store/{po}",
    )
    order, _ = ledger.record_order(
        document_id=doc.id,
        customer_key="C0001",
        customer_code="C0001",
        po_number=po,
        canonical=canonical(po, list(lines)),
        state="ready",
    )
    key = OrderKey("C0001", po, target)
    delivery = ledger.open_delivery(order_id=order.id, target=target, idempotency_key=key.idempotency_key)
    ledger.begin_attempt(delivery.id)
    ledger.mark_delivered(delivery.id, external_id)
    ledger.set_order_state(order.id, "delivered")
    return order.id, delivery.id


def kingdee_payload(po: str, lines: list[tuple[float, float]]) -> dict[str, Any]:
    return {
        "Model": {
            "FBillTypeID": {"FNumber": "XSDD01_SYS"},
            "FDate": "2026-11-20",
            "FSaleOrgId": {"FNumber": "100"},
            "FCustId": {"FNumber": "C0001"},
            "F_ORB_CustPONo": po,
            "FSaleOrderFinance": {"FSettleCurrId": {"FNumber": "PRE001"}},
            "FSaleOrderEntry": [
                {
                    "FMaterialId": {"FNumber": "M1001"},
                    "FUnitID": {"FNumber": "Pcs"},
                    "FQty": q,
                    "FTaxPrice": p,
                }
                for q, p in lines
            ],
        },
        "IsVerifyBaseDataField": True,
        "NeedReturnFields": ["FBillNo"],
    }


def kingdee_connection(url: str) -> ConnectionInfo:
    return ConnectionInfo(
        conn_id="kingdee_test",
        conn_type="kingdee",
        host=url,
        login="administrator",
        password="sandbox",
        extra={"acct_id": "sandbox", "lcid": 2052, "auth": "password"},
    )


def kinds(ledger, *wanted: str) -> list:
    return ledger.log_of_kinds(*wanted)


class FakeTarget:
    """A target with a change feed: ``changes`` are (committed_at, external_id, status, detail)."""

    target = "fake"

    def __init__(self) -> None:
        self.changes: list[tuple[dt.datetime, str, str, dict]] = []
        self.windows: list[tuple[dt.datetime | None, dt.datetime]] = []

    def change(self, at: dt.datetime, external_id: str, status: str, **detail: Any) -> None:
        self.changes.append((at, external_id, status, detail))

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        raise AssertionError("a paged target is read by pages")

    def fetch_status_pages(self, *, since, until, page_size):
        self.windows.append((since, until))
        latest: dict[str, StatusUpdate] = {}
        for at, ext, status, detail in sorted(self.changes, key=lambda c: c[0]):
            if (since is None or at >= since) and at < until:
                latest[ext] = StatusUpdate(ext, status, detail)
        rows = list(latest.values())
        for start in range(0, max(len(rows), 1), page_size):
            yield rows[start : start + page_size]


class BatchOnlyTarget:
    """A target with only ``fetch_statuses``; counts its calls."""

    target = "batchonly"

    def __init__(self, statuses: dict[str, str]) -> None:
        self.statuses = statuses
        self.calls: list[list[str]] = []

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        self.calls.append(list(external_ids))
        return [StatusUpdate(i, self.statuses[i]) for i in external_ids if i in self.statuses]
