"""Summaries: what ``orderbridge orders`` and ``orderbridge documents`` show."""

from __future__ import annotations

from collections.abc import Callable

from orderbridge.ledger import DeliverySummary, Document, Ledger, Order


def test_an_empty_ledger_has_no_summaries(ledger: Ledger) -> None:
    assert ledger.order_summaries() == []
    assert ledger.document_summaries() == []


def test_order_summaries_show_each_target_newest_order_first(
    ledger: Ledger, new_document: Callable[..., Document], new_order: Callable[..., Order]
) -> None:
    document = new_document(original_name="采购订单-明华.pdf")
    older = new_order(document_id=document.id, po_number="PO-1")
    newer = new_order(po_number="PO-2", customer_key="?华强贸易", customer_code=None, state="review")
    kingdee = ledger.open_delivery(order_id=older.id, target="kingdee", idempotency_key="k")
    ledger.begin_attempt(kingdee.id)
    ledger.mark_delivered(kingdee.id, "XSDD0001")
    sf = ledger.open_delivery(order_id=older.id, target="sf_express", idempotency_key="s")
    ledger.begin_attempt(sf.id)
    ledger.mark_delivery_failed(sf.id, "地址不完整", state="review")

    first, second = ledger.order_summaries()
    assert (first.order_id, first.po_number, first.customer_key, first.customer_code, first.state) == (
        newer.id,
        "PO-2",
        "?华强贸易",
        None,
        "review",
    )
    assert first.deliveries == ()
    assert (second.order_id, second.original_name, second.document_id) == (
        older.id,
        "采购订单-明华.pdf",
        document.id,
    )
    assert second.deliveries == (
        DeliverySummary("kingdee", "delivered", "XSDD0001", 1, None, kingdee.id),
        DeliverySummary("sf_express", "review", None, 1, "地址不完整", sf.id),
    )
    assert [s.order_id for s in ledger.order_summaries(limit=1)] == [newer.id]


def test_document_summaries_show_state_reason_and_linked_po_numbers(
    ledger: Ledger, new_document: Callable[..., Document], new_order: Callable[..., Order]
) -> None:
    workbook = new_document(original_name="orders.xlsx")
    new_order(document_id=workbook.id, po_number="PO-A")
    new_order(document_id=workbook.id, po_number="PO-B")
    scan = new_document(original_name="scan.pdf")
    ledger.set_document_state(scan.id, "rejected", reason="unreadable")

    latest, first = ledger.document_summaries()
    assert (latest.document_id, latest.state, latest.reject_reason, latest.po_number) == (
        scan.id,
        "rejected",
        "unreadable",
        None,
    )
    assert (first.original_name, first.source, first.po_numbers, first.po_number) == (
        "orders.xlsx",
        "folder",
        ("PO-A", "PO-B"),
        "PO-A, PO-B",
    )
    assert first.received_at == workbook.received_at
    assert len(ledger.document_summaries(limit=1)) == 1
