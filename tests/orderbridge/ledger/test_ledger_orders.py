"""Orders: one row per (customer_key, po_number), canonical JSON kept exactly, states in the log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from orderbridge.ledger import Document, KeyConflict, Ledger, Order, OrderState, RecordNotFound

Canonical = Callable[..., dict[str, Any]]


def test_a_new_order_is_recorded_with_its_canonical_json(
    ledger: Ledger, new_document: Callable[..., Document], canonical_order: Canonical
) -> None:
    document = new_document()
    canonical = canonical_order("4500012345")
    order, created = ledger.record_order(
        document_id=document.id,
        customer_key="C001",
        customer_code="C001",
        po_number="4500012345",
        canonical=canonical,
        state="extracted",
    )
    assert created
    assert order.state is OrderState.EXTRACTED
    assert order.canonical == canonical
    assert ledger.get_order(order.id) == order
    [event] = ledger.events(order_id=order.id)
    assert (event.kind, event.document_id, event.data) == (
        "order.extracted",
        document.id,
        {"from": None, "to": "extracted"},
    )


def test_the_same_po_of_the_same_customer_is_never_a_second_order(
    ledger: Ledger, new_document: Callable[..., Document], new_order: Callable[..., Order]
) -> None:
    first = new_order(po_number="PO-7")
    resent = new_document(original_name="PO-7 (resent).pdf")
    again, created = ledger.record_order(
        document_id=resent.id,
        customer_key="C001",
        customer_code="C001",
        po_number="PO-7",
        canonical={"po_number": "PO-7", "changed": True},
        state="review",
    )
    assert not created
    assert again == first
    assert ledger.orders_in_state() == [first]
    duplicate = ledger.events(order_id=first.id)[-1]
    assert duplicate.kind == "order.duplicate"
    assert duplicate.document_id == resent.id
    assert duplicate.data == {"document_id": resent.id, "first_document_id": first.document_id}


def test_the_same_po_number_from_another_customer_is_another_order(new_order: Callable[..., Order]) -> None:
    ours = new_order(po_number="PO-1", customer_key="C001")
    theirs = new_order(po_number="PO-1", customer_key="C002", customer_code="C002")
    unresolved = new_order(po_number="PO-1", customer_key="?深圳华强贸易", customer_code=None)
    assert len({ours.id, theirs.id, unresolved.id}) == 3
    assert unresolved.customer_key == "?深圳华强贸易"
    assert unresolved.customer_code is None


def test_an_order_needs_an_existing_document(ledger: Ledger, canonical_order: Canonical) -> None:
    with pytest.raises(RecordNotFound, match="no document with id 42"):
        ledger.record_order(
            document_id=42,
            customer_key="C001",
            customer_code=None,
            po_number="PO-1",
            canonical=canonical_order(),
            state="extracted",
        )
    assert ledger.orders_in_state() == []


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"customer_key": ""}, ValueError),
        ({"po_number": "  "}, ValueError),
        ({"state": "shipped"}, ValueError),
        ({"canonical": '{"po_number": "PO-1"}'}, TypeError),
    ],
)
def test_bad_order_values_are_refused(
    ledger: Ledger,
    new_document: Callable[..., Document],
    canonical_order: Canonical,
    overrides: dict[str, Any],
    error: type[Exception],
) -> None:
    values = {
        "document_id": new_document().id,
        "customer_key": "C001",
        "customer_code": "C001",
        "po_number": "PO-1",
        "canonical": canonical_order(),
        "state": "extracted",
    }
    with pytest.raises(error):
        ledger.record_order(**{**values, **overrides})
    assert ledger.orders_in_state() == []


def test_decimal_strings_and_chinese_text_round_trip_exactly(
    ledger: Ledger, new_order: Callable[..., Order], canonical_order: Canonical
) -> None:
    canonical = canonical_order(
        "采购-2026-0001",
        total_amount="12345678901234567890.123456789",
        lines=[
            {"line_no": 1, "description": "电阻 10kΩ ±1%", "quantity": "0.10", "unit_price": "1E+3"},
            {"line_no": 2, "description": "电容", "quantity": "1.000", "unit_price": "-0.00"},
        ],
        confidence=0.87,
    )
    order = new_order(po_number="采购-2026-0001", canonical=canonical)
    stored = ledger.get_order(order.id).canonical
    assert stored == canonical
    assert stored["total_amount"] == "12345678901234567890.123456789"
    assert [line["quantity"] for line in stored["lines"]] == ["0.10", "1.000"]
    assert stored["lines"][1]["unit_price"] == "-0.00"


def test_orders_in_state_filters_oldest_first(ledger: Ledger, new_order: Callable[..., Order]) -> None:
    a, b, c = new_order(), new_order(state="review"), new_order()
    assert [o.id for o in ledger.orders_in_state("extracted")] == [a.id, c.id]
    assert [o.id for o in ledger.orders_in_state("review", "extracted", limit=2)] == [a.id, b.id]
    with pytest.raises(ValueError):
        ledger.orders_in_state("shipped")


def test_set_order_state_records_detail_and_event(ledger: Ledger, new_order: Callable[..., Order]) -> None:
    order = new_order()
    ledger.set_order_state(order.id, "review", detail="unknown material ABC-1")
    reviewed = ledger.get_order(order.id)
    assert (reviewed.state, reviewed.detail) == (OrderState.REVIEW, "unknown material ABC-1")
    event = ledger.events(order_id=order.id)[-1]
    assert (event.kind, event.message, event.data) == (
        "order.review",
        "unknown material ABC-1",
        {"from": "extracted", "to": "review"},
    )
    with pytest.raises(RecordNotFound):
        ledger.set_order_state(999, "ready")
    with pytest.raises(ValueError):
        ledger.set_order_state(order.id, "shipped")


def test_update_order_canonical_replaces_the_json_and_logs_it(
    ledger: Ledger, new_order: Callable[..., Order], canonical_order: Canonical
) -> None:
    order = new_order(po_number="PO-9")
    fixed = canonical_order("PO-9", payment_terms="月结30天")
    updated = ledger.update_order_canonical(order.id, fixed)
    assert updated.canonical == fixed
    assert ledger.get_order(order.id) == updated
    assert (updated.customer_key, updated.po_number) == (order.customer_key, order.po_number)
    event = ledger.events(order_id=order.id)[-1]
    assert (event.kind, event.data) == ("order.updated", {"changed": ["canonical"]})


def test_resolving_the_customer_re_files_the_order(
    ledger: Ledger, new_order: Callable[..., Order], canonical_order: Canonical
) -> None:
    order = new_order(po_number="PO-3", customer_key="?明华电子", customer_code=None)
    updated = ledger.update_order_canonical(
        order.id, canonical_order("PO-3"), customer_key="C001", customer_code="C001"
    )
    assert (updated.customer_key, updated.customer_code) == ("C001", "C001")
    assert ledger.events(order_id=order.id)[-1].data == {
        "changed": ["canonical", "customer_code", "customer_key"],
        "customer_key": "C001",
        "customer_code": "C001",
    }


def test_re_filing_onto_an_existing_customer_and_po_is_a_conflict(
    ledger: Ledger, new_order: Callable[..., Order], canonical_order: Canonical
) -> None:
    existing = new_order(po_number="PO-5", customer_key="C001")
    unresolved = new_order(po_number="PO-5", customer_key="?明华电子", customer_code=None)
    with pytest.raises(KeyConflict, match=f"order {existing.id}"):
        ledger.update_order_canonical(unresolved.id, canonical_order("PO-5"), customer_key="C001")
    assert ledger.get_order(unresolved.id) == unresolved
    assert ledger.events(order_id=unresolved.id)[-1].kind == "order.extracted"
