"""The event log: one event per state change, in the same transaction, and never updated or deleted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from orderbridge.ledger import Document, Ledger, Order
from orderbridge.ledger.base import LedgerBase


def test_every_state_change_of_an_order_s_life_is_logged_in_order(
    ledger: Ledger, new_document: Callable[..., Document], new_order: Callable[..., Order]
) -> None:
    document = new_document()
    ledger.claim_document(document.id)
    order = new_order(document_id=document.id)
    ledger.set_document_state(document.id, "extracted")
    ledger.set_order_state(order.id, "ready")
    delivery = ledger.open_delivery(order_id=order.id, target="kingdee", idempotency_key="k")
    ledger.begin_attempt(delivery.id)
    ledger.mark_delivery_failed(delivery.id, "HTTP 503")
    ledger.begin_attempt(delivery.id)
    ledger.mark_delivered(delivery.id, "XSDD0001")
    ledger.set_order_state(order.id, "delivered")
    ledger.set_document_state(document.id, "done")
    assert [e.kind for e in ledger.events(document_id=document.id)] == [
        "document.received",
        "document.processing",
        "order.extracted",
        "document.extracted",
        "order.ready",
        "delivery.pending",
        "delivery.sending",
        "delivery.failed",
        "delivery.sending",
        "delivery.delivered",
        "order.delivered",
        "document.done",
    ]
    events = ledger.events()
    assert [e.id for e in events] == sorted(e.id for e in events)
    assert all(e.occurred_at.utcoffset() is not None for e in events)
    assert ledger.events(order_id=order.id)[0].kind == "order.extracted"
    assert len(ledger.events(delivery_id=delivery.id)) == 5
    assert [e.kind for e in ledger.events(kind="delivery.sending")] == ["delivery.sending"] * 2


def test_limit_keeps_the_most_recent_events_in_order(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    document = new_document()
    for state in ("processing", "extracted", "done"):
        ledger.set_document_state(document.id, state)
    assert [e.kind for e in ledger.events(document_id=document.id, limit=2)] == [
        "document.extracted",
        "document.done",
    ]


def test_add_event_appends_free_form_events(ledger: Ledger, new_order: Callable[..., Order]) -> None:
    order = new_order()
    event = ledger.add_event(
        "validation.warning",
        message="合计金额与明细不符",
        order_id=order.id,
        data={"expected": "1234.50", "found": "1234.05"},
    )
    assert ledger.events(order_id=order.id)[-1] == event
    assert event.data == {"expected": "1234.50", "found": "1234.05"}
    with pytest.raises(ValueError):
        ledger.add_event("")


def test_events_must_point_at_existing_records(ledger: Ledger) -> None:
    with pytest.raises(DBAPIError):
        ledger.add_event("note", document_id=12345)
    assert ledger.events() == []


@pytest.mark.parametrize("statement", ["UPDATE events SET kind = 'rewritten'", "DELETE FROM events"])
def test_the_database_refuses_to_update_or_delete_events(
    ledger: Ledger, new_document: Callable[..., Document], statement: str
) -> None:
    new_document()
    before = ledger.events()
    with pytest.raises(DBAPIError, match="append-only"), ledger.engine.begin() as connection:
        connection.execute(text(statement))
    assert ledger.events() == before


def test_the_ledger_offers_no_way_to_change_an_event() -> None:
    public = {name for name in dir(Ledger) if "event" in name and not name.startswith("_")}
    assert public == {"add_event", "events"}


def test_a_state_change_whose_event_fails_does_not_happen(
    ledger: Ledger, new_document: Callable[..., Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = new_document()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(LedgerBase, "_append_event", staticmethod(broken))
    with pytest.raises(RuntimeError):
        ledger.set_document_state(document.id, "done")
    with pytest.raises(RuntimeError):
        ledger.claim_document(document.id)
    monkeypatch.undo()
    assert ledger.get_document(document.id) == document
    assert ledger.claim_document(document.id) is True
