"""Sessions, lookups and the event append that every part of the ledger shares.

Each public ledger call is one transaction: it either happened completely (state change and its event)
or not at all. Write transactions retry a few times when a concurrent writer won a unique-key race, so
get-or-create calls are safe across threads, processes and Airflow workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from orderbridge.ledger.db import make_engine, utcnow, write_engine
from orderbridge.ledger.errors import RecordNotFound
from orderbridge.ledger.schema import DeliveryRow, DocumentRow, EventRow, OrderRow

T = TypeVar("T")
RowT = TypeVar("RowT", DocumentRow, OrderRow, DeliveryRow)
_KINDS = {DocumentRow: "document", OrderRow: "order", DeliveryRow: "delivery"}
UNIQUE_RACE_RETRIES = 3


class LedgerBase:
    def __init__(self, url: str | URL) -> None:
        """Creates the engine and session factories; touches no table (call ``migrate()`` for that)."""
        self.url = make_url(url)
        self.engine: Engine = make_engine(self.url)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(write_engine(self.engine), expire_on_commit=False)

    def dispose(self) -> None:
        """Closes pooled connections (tests, process shutdown)."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url.render_as_string(hide_password=True)!r})"

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One committed transaction (rolled back on any exception)."""
        with self._write_sessions.begin() as session:
            yield session

    def _write(self, work: Callable[[Session], T]) -> T:
        """Runs ``work`` in a write transaction, again when a concurrent insert raced it to a unique key."""
        for attempt in range(1, UNIQUE_RACE_RETRIES + 1):
            try:
                with self._writing() as session:
                    return work(session)
            except IntegrityError:
                if attempt == UNIQUE_RACE_RETRIES:
                    raise
        raise AssertionError("unreachable")

    @staticmethod
    def _get(session: Session, row_type: type[RowT], record_id: int, *, lock: bool = False) -> RowT:
        """The row, locked against concurrent writers when ``lock`` (FOR UPDATE; SQLite locks the file)."""
        statement = select(row_type).where(row_type.id == record_id)
        if lock:
            statement = statement.with_for_update()
        row = session.scalar(statement)
        if row is None:
            raise RecordNotFound(_KINDS[row_type], record_id)
        return row

    @staticmethod
    def _append_event(
        session: Session,
        kind: str,
        *,
        message: str | None = None,
        document_id: int | None = None,
        order_id: int | None = None,
        delivery_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> EventRow:
        row = EventRow(
            occurred_at=utcnow(),
            kind=kind,
            message=message,
            document_id=document_id,
            order_id=order_id,
            delivery_id=delivery_id,
            data=data,
        )
        session.add(row)
        session.flush()
        return row
