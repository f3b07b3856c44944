"""Bulk reads and appends for status sync and reconciliation, which touch every open delivery per run.

One call per delivery would cost a transaction each (minutes for 100,000 orders on SQLite); these read
whole sets in a few queries and append a run's events in one transaction. State still lives in events:
``status.changed`` carries a delivery's latest status, ``finding.*`` the life of a reconciliation finding.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select

from orderbridge.ledger.base import LedgerBase
from orderbridge.ledger.db import utcnow
from orderbridge.ledger.records import Delivery, Event, Order
from orderbridge.ledger.schema import DeliveryRow, EventRow, OrderRow
from orderbridge.ledger.states import DeliveryState, OrderState

_IN_CHUNK = 900  # below SQLite's oldest bound-parameter limit


class StatusSyncMixin(LedgerBase):
    def delivered_deliveries(self, target: str | None = None) -> list[Delivery]:
        """Every delivery the target accepted (it has an external id), oldest first."""
        table = DeliveryRow.__table__
        statement = select(table).where(table.c.state == DeliveryState.DELIVERED)
        if target is not None:
            statement = statement.where(table.c.target == target)
        with self._reading() as session:  # plain rows, not ORM objects: several times faster in bulk
            return [
                Delivery(**{**row._mapping, "state": DeliveryState(row.state)})
                for row in session.execute(statement.order_by(table.c.id))
            ]

    def orders_by_id(self, order_ids: Iterable[int]) -> dict[int, Order]:
        ids = sorted(set(order_ids))
        found: dict[int, Order] = {}
        with self._reading() as session:
            for start in range(0, len(ids), _IN_CHUNK):
                chunk = ids[start : start + _IN_CHUNK]
                table = OrderRow.__table__
                for row in session.execute(select(table).where(table.c.id.in_(chunk))):
                    found[row.id] = Order(**{**row._mapping, "state": OrderState(row.state)})
        return found

    def latest_log_by_delivery(self, kind: str, *, target: str | None = None) -> dict[int, Event]:
        """The newest event of ``kind`` of each delivery (of ``target``) that has one."""
        newest = select(func.max(EventRow.id)).where(EventRow.kind == kind, EventRow.delivery_id.is_not(None))
        if target is not None:
            newest = newest.where(
                EventRow.delivery_id.in_(select(DeliveryRow.id).where(DeliveryRow.target == target))
            )
        table = EventRow.__table__
        statement = select(table).where(table.c.id.in_(newest.group_by(EventRow.delivery_id)))
        with self._reading() as session:
            return {row.delivery_id: Event(**row._mapping) for row in session.execute(statement)}

    def log_of_kinds(self, *kinds: str, after_id: int = 0) -> list[Event]:
        """Every event of the given kinds (after event ``after_id``), in the order they happened."""
        table = EventRow.__table__
        statement = select(table).where(table.c.kind.in_(kinds), table.c.id > after_id).order_by(table.c.id)
        with self._reading() as session:
            return [Event(**row._mapping) for row in session.execute(statement)]

    def append_log(self, events: list[dict[str, Any]]) -> int:
        """Appends many events in one transaction (all or none); each dict holds ``add_event``'s arguments."""
        if not events:
            return 0
        now = utcnow()
        rows = []
        for event in events:
            if not event.get("kind"):
                raise ValueError("an event needs a kind")
            rows.append(
                {
                    "occurred_at": now,
                    "kind": event["kind"],
                    "message": event.get("message"),
                    "document_id": event.get("document_id"),
                    "order_id": event.get("order_id"),
                    "delivery_id": event.get("delivery_id"),
                    "data": event.get("data"),
                }
            )
        with self._writing() as session:
            session.execute(insert(EventRow), rows)
        return len(rows)
