"""Integrity the database itself enforces, and what survives a round trip through it, on both backends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from orderbridge.ledger import Document, Ledger, Order
from orderbridge.ledger.db import dumps_json
from orderbridge.model import OrderLine, PurchaseOrder

NOW = dt.datetime(2026, 11, 22, 1, 0, tzinfo=dt.UTC)


def test_foreign_keys_are_enforced(ledger: Ledger) -> None:
    with pytest.raises(IntegrityError), ledger.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO orders (document_id, customer_key, po_number, canonical, state, created_at, "
                "updated_at) VALUES (999, 'C001', 'PO-1', '{}', 'extracted', :now, :now)"
            ),
            {"now": NOW},
        )


def test_a_document_with_orders_cannot_be_deleted(
    ledger: Ledger, new_document: Callable[..., Document], new_order: Callable[..., Order]
) -> None:
    document = new_document()
    new_order(document_id=document.id)
    with pytest.raises(IntegrityError), ledger.engine.begin() as connection:
        connection.execute(text("DELETE FROM documents WHERE id = :id"), {"id": document.id})


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("documents", "sha256, size, original_name, source, source_ref, stored_path, state"),
        ("orders", "document_id, customer_key, po_number, canonical, state"),
    ],
)
def test_unique_keys_are_enforced_by_the_database(
    ledger: Ledger, new_order: Callable[..., Order], table: str, columns: str
) -> None:
    new_order()
    with pytest.raises(IntegrityError), ledger.engine.begin() as connection:
        connection.execute(
            text(
                f"INSERT INTO {table} ({columns}, {'received_at' if table == 'documents' else 'created_at'}, "
                f"updated_at) SELECT {columns}, :now, :now FROM {table}"
            ),
            {"now": NOW},
        )


def test_timestamps_come_back_as_aware_utc(ledger: Ledger, new_order: Callable[..., Order]) -> None:
    order = new_order()
    stored = ledger.get_order(order.id)
    assert stored.created_at.tzinfo is dt.UTC
    assert stored.created_at == order.created_at
    assert abs(dt.datetime.now(dt.UTC) - stored.created_at) < dt.timedelta(days=1)


def test_a_purchase_order_model_round_trips_through_the_ledger(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    po = PurchaseOrder(
        po_number="4500012345",
        order_date=dt.date(2026, 11, 20),
        currency="CNY",
        total_amount=Decimal("1234.50"),
        lines=[
            OrderLine(
                line_no=1, description="不锈钢螺丝 M3×8", quantity=Decimal("1000"), amount=Decimal("1234.50")
            )
        ],
    )
    order, _ = ledger.record_order(
        document_id=new_document().id,
        customer_key="C001",
        customer_code="C001",
        po_number=po.po_number,
        canonical=po.to_json_dict(),
        state="extracted",
    )
    assert PurchaseOrder.model_validate(ledger.get_order(order.id).canonical) == po


def test_json_keeps_decimals_as_strings_and_refuses_what_json_cannot_hold() -> None:
    assert (
        dumps_json({"amount": Decimal("0.10"), "on": dt.date(2026, 1, 2)})
        == '{"amount": "0.10", "on": "2026-01-02"}'
    )
    assert dumps_json({"名称": "螺丝"}) == '{"名称": "螺丝"}'
    with pytest.raises(ValueError):
        dumps_json({"score": float("nan")})
    with pytest.raises(TypeError):
        dumps_json({"raw": b"bytes"})


def test_the_sqlite_ledger_enables_foreign_keys_on_every_connection(sqlite_ledger: Ledger) -> None:
    for _ in range(3):
        with sqlite_ledger.engine.connect() as connection:
            assert connection.scalar(text("PRAGMA foreign_keys")) == 1


def test_an_in_memory_sqlite_ledger_works_for_quick_experiments() -> None:
    ledger = Ledger("sqlite://")
    try:
        ledger.migrate()
        document, created = ledger.record_document(
            sha256="1" * 64, size=1, source="folder", source_ref="a", original_name="a.pdf", stored_path="p"
        )
        assert created
        assert ledger.get_document(document.id) == document
    finally:
        ledger.dispose()
