"""An OrderBridge home with orders in every interesting state, for the Orders view tests."""

from __future__ import annotations

import copy
from pathlib import Path

from connectors.base import OrderKey
from orderbridge.ledger import Ledger
from orderbridge.samples import hdprecision
from orderbridge.store import DocumentStore

WAYBILL = "SF1400000004242"  # the SF waybill of the delivered order's shipment


def _document(ledger: Ledger, store: DocumentStore, tag: str):
    stored = store.put_bytes(hdprecision.render() + f"\n% {tag}\n".encode())
    doc, _ = ledger.record_document(
        sha256=stored.sha256,
        size=stored.size,
        source="folder",
        source_ref=f"/inbox/{tag}.pdf",
        original_name=f"{tag}.pdf",
        stored_path=str(stored.path),
        media_type="application/pdf",
    )
    return doc


def _canonical(po: str, *, sku: str | None = "M1001", confidence: float = 0.95) -> dict:
    canonical = copy.deepcopy(hdprecision.expected().to_json_dict())
    canonical["po_number"] = po
    canonical["buyer"]["customer_code"] = "C0001"
    for line, code in zip(canonical["lines"], ("M1001", "M1002", "M1003"), strict=False):
        line["sku"] = code
    canonical["lines"][0]["sku"] = sku
    canonical["confidence"] = confidence
    canonical["provenance"] = {
        "po_number": {"page": 1, "method": "label", "score": 0.97},
        "order_date": {"page": 1, "method": "label", "score": 0.93},
        "lines": {"page": 1, "method": "table-columns", "score": 0.61},
    }
    return canonical


def seed(home: Path) -> dict[str, int]:
    """Ledger and store under ``home``; returns order ids by role: review, xref (in review with an unknown
    part number and a wrong line amount), delivered, dead (and the delivered order's SF shipment delivery
    id as ``shipment``)."""
    ledger = Ledger(f"sqlite:///{home / 'ledger.sqlite'}")
    ledger.migrate()
    store = DocumentStore(home / "store")
    ids = {}

    doc = _document(ledger, store, "HD-review")
    canonical = _canonical("HD-REVIEW-1", sku=None, confidence=0.62)
    canonical["issues"] = [
        {
            "code": "unknown-part",
            "severity": "error",
            "field": "lines[0].sku",
            "message": "customer part has no cross-reference",
        }
    ]
    order, _ = ledger.record_order(
        document_id=doc.id,
        customer_key="C0001",
        customer_code="C0001",
        po_number="HD-REVIEW-1",
        canonical=canonical,
        state="review",
    )
    ledger.set_order_state(order.id, "review", detail="unknown-part: customer part has no cross-reference")
    ids["review"] = order.id

    doc = _document(ledger, store, "HD-xref")
    canonical = _canonical("HD-XREF-4", sku=None, confidence=0.9)
    canonical["lines"][0]["customer_part_no"] = "HD-BLT-0830-N"  # a part number no cross-reference knows
    canonical["lines"][0]["description"] = "特制螺栓（按客户图纸）"  # and a description no material matches
    canonical["lines"][1]["amount"] = "1.00"  # not quantity x unit price
    canonical["issues"] = [
        {
            "code": "sku-unresolved",
            "severity": "error",
            "field": "lines[0].sku",
            "message": "line 1: no material name is close to the description",
        },
        {
            "code": "line-amount-mismatch",
            "severity": "error",
            "field": "lines[1].amount",
            "message": "line 2: the amount is not quantity x unit price",
        },
    ]
    order, _ = ledger.record_order(
        document_id=doc.id,
        customer_key="C0001",
        customer_code="C0001",
        po_number="HD-XREF-4",
        canonical=canonical,
        state="review",
    )
    ids["xref"] = order.id

    doc = _document(ledger, store, "HD-delivered")
    order, _ = ledger.record_order(
        document_id=doc.id,
        customer_key="C0001",
        customer_code="C0001",
        po_number="HD-SENT-2",
        canonical=_canonical("HD-SENT-2"),
        state="ready",
    )
    delivery = ledger.open_delivery(
        order_id=order.id,
        target="kingdee",
        idempotency_key=OrderKey("C0001", "HD-SENT-2", "kingdee").idempotency_key,
    )
    ledger.begin_attempt(delivery.id)
    ledger.mark_delivered(delivery.id, "XSDD000007", detail="created")
    ledger.set_order_state(order.id, "delivered", detail="kingdee XSDD000007")
    ledger.add_event(
        "status.changed",
        order_id=order.id,
        delivery_id=delivery.id,
        message="kingdee XSDD000007: - -> created",
        data={"target": "kingdee", "external_id": "XSDD000007", "status": "created"},
    )
    ledger.add_event(
        "finding.raised",
        order_id=order.id,
        delivery_id=delivery.id,
        message="still created 25 h after it was sent",
        data={
            "key": f"not_approved:kingdee:{delivery.id}",
            "rule": "not_approved",
            "target": "kingdee",
            "external_id": "XSDD000007",
        },
    )
    key = OrderKey("C0001", "HD-SENT-2", "sf_express").idempotency_key
    shipment = ledger.open_delivery(order_id=order.id, target="sf_express", idempotency_key=key)
    ledger.begin_attempt(shipment.id)
    ledger.mark_delivered(shipment.id, WAYBILL, detail="booked")
    ids["delivered"] = order.id
    ids["shipment"] = shipment.id

    doc = _document(ledger, store, "HD-dead")
    order, _ = ledger.record_order(
        document_id=doc.id,
        customer_key="C0002",
        customer_code="C0002",
        po_number="HD-DEAD-3",
        canonical=_canonical("HD-DEAD-3"),
        state="ready",
    )
    delivery = ledger.open_delivery(
        order_id=order.id,
        target="kingdee",
        idempotency_key=OrderKey("C0002", "HD-DEAD-3", "kingdee").idempotency_key,
    )
    ledger.begin_attempt(delivery.id)
    failure = "kingdee unavailable (HTTP 503) after 4 attempts"
    ledger.mark_delivery_failed(delivery.id, failure, state="dead_letter")
    ledger.set_order_state(order.id, "dead_letter", detail=failure)
    ids["dead"] = order.id
    ledger.dispose()
    return ids
