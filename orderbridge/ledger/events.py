"""The append-only event log: the history behind every state, for people and for re-runs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from orderbridge.ledger.base import LedgerBase
from orderbridge.ledger.records import Event
from orderbridge.ledger.schema import EventRow, OrderRow


class EventsMixin(LedgerBase):
    def add_event(
        self,
        kind: str,
        *,
        message: str | None = None,
        document_id: int | None = None,
        order_id: int | None = None,
        delivery_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> Event:
        """Appends one event (e.g. ``"validation.warning"``); the ids must exist (foreign keys)."""
        if not kind:
            raise ValueError("an event needs a kind")
        with self._writing() as session:
            row = self._append_event(
                session,
                kind,
                message=message,
                document_id=document_id,
                order_id=order_id,
                delivery_id=delivery_id,
                data=data,
            )
            return Event.from_row(row)

    def events(
        self,
        *,
        document_id: int | None = None,
        order_id: int | None = None,
        delivery_id: int | None = None,
        kind: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events in the order they happened; filters combine with AND, ``limit`` keeps the most recent.

        ``document_id`` matches events of the document and of the orders made from it.
        """
        statement = select(EventRow)
        if document_id is not None:
            order_ids = select(OrderRow.id).where(OrderRow.document_id == document_id)
            statement = statement.where(
                or_(EventRow.document_id == document_id, EventRow.order_id.in_(order_ids))
            )
        if order_id is not None:
            statement = statement.where(EventRow.order_id == order_id)
        if delivery_id is not None:
            statement = statement.where(EventRow.delivery_id == delivery_id)
        if kind is not None:
            statement = statement.where(EventRow.kind == kind)
        statement = statement.order_by(EventRow.id.desc()).limit(limit)
        with self._reading() as session:
            rows = list(session.scalars(statement))
        rows.reverse()
        return [Event.from_row(row) for row in rows]
