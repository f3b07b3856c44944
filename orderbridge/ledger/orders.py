"""Orders extracted from documents: one row per (customer_key, po_number), whatever arrives twice."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from orderbridge.ledger.base import LedgerBase
from orderbridge.ledger.db import utcnow
from orderbridge.ledger.errors import KeyConflict
from orderbridge.ledger.records import Order
from orderbridge.ledger.schema import DocumentRow, OrderRow
from orderbridge.ledger.states import OrderState


def _require_text(name: str, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string")


def _require_dict(canonical: Any) -> None:
    if not isinstance(canonical, dict):
        raise TypeError("canonical must be the canonical order as a JSON dict")


class OrdersMixin(LedgerBase):
    def record_order(
        self,
        *,
        document_id: int,
        customer_key: str,
        customer_code: str | None,
        po_number: str,
        canonical: dict[str, Any],
        state: str,
    ) -> tuple[Order, bool]:
        """Records an extracted order; ``(order, True)`` when new.

        ``customer_key`` is our customer code, or ``?<buyer name>`` while unresolved. A known
        (customer_key, po_number) returns the existing order with ``False`` and appends ``order.duplicate``
        (naming the new document) to it: never a second row, so never a second ERP order.
        """
        _require_text("customer_key", customer_key)
        _require_text("po_number", po_number)
        _require_dict(canonical)
        state = OrderState(state)

        def work(session: Session) -> tuple[Order, bool]:
            self._get(session, DocumentRow, document_id)
            row = session.scalar(
                select(OrderRow).where(OrderRow.customer_key == customer_key, OrderRow.po_number == po_number)
            )
            if row is not None:
                self._append_event(
                    session,
                    "order.duplicate",
                    order_id=row.id,
                    document_id=document_id,
                    message=f"PO {po_number} of {customer_key} received again",
                    data={"document_id": document_id, "first_document_id": row.document_id},
                )
                return Order.from_row(row), False
            now = utcnow()
            row = OrderRow(
                document_id=document_id,
                customer_key=customer_key,
                customer_code=customer_code,
                po_number=po_number,
                canonical=canonical,
                state=state,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            self._append_event(
                session,
                f"order.{state}",
                order_id=row.id,
                document_id=document_id,
                data={"from": None, "to": state},
            )
            return Order.from_row(row), True

        return self._write(work)

    def get_order(self, order_id: int) -> Order:
        with self._reading() as session:
            return Order.from_row(self._get(session, OrderRow, order_id))

    def orders_in_state(self, *states: str, limit: int | None = None) -> list[Order]:
        """Oldest first; no states means every order."""
        statement = select(OrderRow).order_by(OrderRow.id).limit(limit)
        if states:
            statement = statement.where(OrderRow.state.in_([OrderState(s) for s in states]))
        with self._reading() as session:
            return [Order.from_row(row) for row in session.scalars(statement)]

    def set_order_state(self, order_id: int, state: str, *, detail: str | None = None) -> None:
        """Moves an order to ``state``; ``detail`` describes the new state. Appends ``order.<state>``."""
        state = OrderState(state)
        with self._writing() as session:
            row = self._get(session, OrderRow, order_id, lock=True)
            previous = row.state
            row.state, row.detail, row.updated_at = state, detail, utcnow()
            self._append_event(
                session,
                f"order.{state}",
                order_id=order_id,
                document_id=row.document_id,
                message=detail,
                data={"from": previous, "to": state},
            )

    def update_order_canonical(
        self,
        order_id: int,
        canonical: dict[str, Any],
        *,
        customer_key: str | None = None,
        customer_code: str | None = None,
        po_number: str | None = None,
    ) -> Order:
        """Replaces the canonical order (e.g. after review fixes); the optional keys re-file the order once
        its customer is resolved (``None`` = unchanged). Raises ``KeyConflict`` when the new
        (customer_key, po_number) already belongs to another order. Appends ``order.updated``."""
        _require_dict(canonical)
        for name, value in (("customer_key", customer_key), ("po_number", po_number)):
            if value is not None:
                _require_text(name, value)
        with self._writing() as session:
            row = self._get(session, OrderRow, order_id, lock=True)
            changes = {"customer_key": customer_key, "customer_code": customer_code, "po_number": po_number}
            changed = {k: v for k, v in changes.items() if v is not None and v != getattr(row, k)}
            key = (changed.get("customer_key", row.customer_key), changed.get("po_number", row.po_number))
            clash = session.scalar(
                select(OrderRow.id).where(
                    OrderRow.customer_key == key[0], OrderRow.po_number == key[1], OrderRow.id != order_id
                )
            )
            if clash is not None:
                raise KeyConflict(f"order {clash} already has customer {key[0]!r} and PO {key[1]!r}")
            for name, value in changed.items():
                setattr(row, name, value)
            row.canonical, row.updated_at = canonical, utcnow()
            try:
                session.flush()
            except IntegrityError as exc:  # a concurrent writer took the key after our check
                raise KeyConflict(f"customer {key[0]!r} and PO {key[1]!r} were just taken") from exc
            self._append_event(
                session,
                "order.updated",
                order_id=order_id,
                document_id=row.document_id,
                data={"changed": sorted([*changed, "canonical"]), **changed},
            )
            return Order.from_row(row)
