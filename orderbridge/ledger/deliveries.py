"""Deliveries of an order to a target (an ERP, a courier): the idempotent-consumer half of a push.

Protocol for a connector: ``open_delivery`` (get-or-create by order and target), ``begin_attempt``
(intent committed BEFORE calling out), then ``mark_delivered`` or ``mark_delivery_failed``. A delivery
whose ``attempts`` is already above 1 when ``begin_attempt`` returns is a re-send: ask the target whether
the order exists before sending again. A delivered delivery is never attempted again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from orderbridge.ledger.base import LedgerBase
from orderbridge.ledger.db import utcnow
from orderbridge.ledger.errors import DeliveryClosed, KeyConflict, LedgerError
from orderbridge.ledger.records import Delivery
from orderbridge.ledger.schema import DeliveryRow, OrderRow
from orderbridge.ledger.states import DELIVERY_FAILURE_STATES, DeliveryState


class DeliveriesMixin(LedgerBase):
    def open_delivery(self, *, order_id: int, target: str, idempotency_key: str) -> Delivery:
        """Get-or-create the delivery of ``order_id`` to ``target`` (race-safe).

        An existing delivery is returned as it is, with the idempotency key it was opened with: send that
        key, not a freshly computed one. Raises ``KeyConflict`` when the key belongs to another delivery.
        """
        if not target or not idempotency_key:
            raise ValueError("a delivery needs a target and an idempotency key")

        def work(session: Session) -> Delivery:
            row = session.scalar(
                select(DeliveryRow).where(DeliveryRow.order_id == order_id, DeliveryRow.target == target)
            )
            if row is not None:
                return Delivery.from_row(row)
            other = session.scalar(select(DeliveryRow).where(DeliveryRow.idempotency_key == idempotency_key))
            if other is not None and (other.order_id, other.target) == (order_id, target):
                return Delivery.from_row(other)  # committed by a concurrent opener since our first read
            if other is not None:
                raise KeyConflict(
                    f"idempotency key {idempotency_key!r} belongs to delivery {other.id} "
                    f"(order {other.order_id} to {other.target})"
                )
            self._get(session, OrderRow, order_id)
            now = utcnow()
            row = DeliveryRow(
                order_id=order_id,
                target=target,
                idempotency_key=idempotency_key,
                state=DeliveryState.PENDING,
                attempts=0,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            self._log_delivery(session, row, None, data={"idempotency_key": idempotency_key})
            return Delivery.from_row(row)

        return self._write(work)

    def get_delivery(self, delivery_id: int) -> Delivery:
        with self._reading() as session:
            return Delivery.from_row(self._get(session, DeliveryRow, delivery_id))

    def deliveries_for(self, order_id: int) -> list[Delivery]:
        statement = select(DeliveryRow).where(DeliveryRow.order_id == order_id).order_by(DeliveryRow.id)
        with self._reading() as session:
            return [Delivery.from_row(row) for row in session.scalars(statement)]

    def deliveries_in_state(self, *states: str) -> list[Delivery]:
        """Every delivery in one of ``states``, oldest first (the sweeper's ``sending`` ones)."""
        wanted = [DeliveryState(state) for state in states]
        statement = select(DeliveryRow).where(DeliveryRow.state.in_(wanted)).order_by(DeliveryRow.id)
        with self._reading() as session:
            return [Delivery.from_row(row) for row in session.scalars(statement)]

    def begin_attempt(self, delivery_id: int) -> Delivery:
        """``sending``, ``attempts += 1``, committed before the caller talks to the target."""
        with self._writing() as session:
            row = self._get(session, DeliveryRow, delivery_id, lock=True)
            if row.state == DeliveryState.DELIVERED:
                raise DeliveryClosed(f"delivery {delivery_id} is already delivered as {row.external_id!r}")
            previous = row.state
            row.state, row.attempts, row.updated_at = DeliveryState.SENDING, row.attempts + 1, utcnow()
            self._log_delivery(session, row, previous, data={"attempt": row.attempts})
            return Delivery.from_row(row)

    def mark_delivered(self, delivery_id: int, external_id: str, *, detail: str | None = None) -> Delivery:
        """Records the target's id for the order (e.g. the ERP order number). Repeating the same call is
        a no-op; a different external id for a delivered delivery raises ``LedgerError``."""
        if not external_id:
            raise ValueError("a delivered delivery needs the target's external id")
        with self._writing() as session:
            row = self._get(session, DeliveryRow, delivery_id, lock=True)
            if row.state == DeliveryState.DELIVERED:
                if row.external_id == external_id:
                    return Delivery.from_row(row)
                raise LedgerError(
                    f"delivery {delivery_id} is delivered as {row.external_id!r}, not {external_id!r}"
                )
            previous = row.state
            row.state, row.external_id, row.last_error = DeliveryState.DELIVERED, external_id, None
            row.updated_at = utcnow()
            self._log_delivery(session, row, previous, message=detail, data={"external_id": external_id})
            return Delivery.from_row(row)

    def mark_delivery_failed(
        self, delivery_id: int, error: str, *, state: str = "failed", if_updated_at: dt.datetime | None = None
    ) -> Delivery | None:
        """``failed`` (will be retried), ``review`` (a person must look) or ``dead_letter`` (given up).
        A delivered delivery stays delivered: raises ``DeliveryClosed``. With ``if_updated_at``: only if
        nobody changed the delivery since then (compare-and-set under the row lock), else None."""
        new_state = DeliveryState(state)
        if new_state not in DELIVERY_FAILURE_STATES:
            raise ValueError(f"state must be one of {sorted(DELIVERY_FAILURE_STATES)}, not {state!r}")
        with self._writing() as session:
            row = self._get(session, DeliveryRow, delivery_id, lock=True)
            if row.state == DeliveryState.DELIVERED:
                raise DeliveryClosed(f"delivery {delivery_id} is already delivered as {row.external_id!r}")
            if if_updated_at is not None and row.updated_at != if_updated_at:
                return None
            previous = row.state
            row.state, row.last_error, row.updated_at = new_state, error, utcnow()
            self._log_delivery(session, row, previous, message=error, data={"attempts": row.attempts})
            return Delivery.from_row(row)

    def _log_delivery(
        self,
        session: Session,
        row: DeliveryRow,
        previous: str | None,
        *,
        message: str | None = None,
        data: dict,
    ) -> None:
        self._append_event(
            session,
            f"delivery.{row.state}",
            order_id=row.order_id,
            delivery_id=row.id,
            message=message,
            data={"target": row.target, "from": previous, "to": row.state, **data},
        )
