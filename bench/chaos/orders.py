"""Synthetic ready orders in a ledger: valid for every shipped target mapping (Kingdee, SAP, SF Express)."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from orderbridge.ledger import Ledger
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo

CUSTOMERS = ("C0001", "C0002", "C0003")
MATERIALS = ("M1001", "M1002", "M1003", "M1004")


def po_number(i: int) -> str:
    return f"CHAOS-{i:05d}"


def synthetic_order(i: int) -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n + 1,
            sku=MATERIALS[(i + n) % len(MATERIALS)],
            description=f"chaos part {n + 1}",
            quantity=Decimal(10 + (i + n) % 90),
            unit="PCS",
            unit_price=Decimal("1.25"),
        )
        for n in range(1 + i % 3)
    ]
    return PurchaseOrder(
        po_number=po_number(i),
        order_date=dt.date(2026, 11, 20),
        requested_delivery_date=dt.date(2026, 12, 1),
        currency="CNY",
        buyer=Buyer(name="chaos buyer", customer_code=CUSTOMERS[i % len(CUSTOMERS)]),
        ship_to=ShipTo(
            name="收货仓", address="上海市嘉定区安亭镇墨玉路188号", contact="王伟", phone="021-59581234"
        ),
        lines=lines,
    )


def seed_orders(ledger: Ledger, count: int) -> list[int]:
    """``count`` orders in state ready, each from its own (fake) document; their ledger ids."""
    ids = []
    for i in range(count):
        order = synthetic_order(i)
        digest = hashlib.sha256(f"chaos-document-{i}".encode()).hexdigest()
        document, _ = ledger.record_document(
            sha256=digest,
            size=1,
            source="folder",
            source_ref=f"chaos/{i}.pdf",
            original_name=f"{order.po_number}.pdf",
            stored_path=f"chaos/{digest}",
        )
        code = order.buyer.customer_code or ""
        record, _ = ledger.record_order(
            document_id=document.id,
            customer_key=code,
            customer_code=code,
            po_number=order.po_number,
            canonical=order.model_dump(mode="json"),
            state="ready",
        )
        ids.append(record.id)
    return ids
