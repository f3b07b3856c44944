"""Engines for the ledger: the same behaviour on the embedded SQLite file and on PostgreSQL.

SQLite needs help to behave like a server database: foreign keys are enabled on every connection, WAL lets
readers run beside a writer, and SQLAlchemy (not the sqlite3 module) emits BEGIN, so that write transactions
can start with ``BEGIN IMMEDIATE``. A write transaction that only upgraded its lock on first write could
fail with "database is locked" at once instead of waiting its turn.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import enum
import json
import os
import sqlite3
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

#: Execution option naming the SQLite BEGIN mode of a connection's transactions.
SQLITE_BEGIN = "orderbridge_sqlite_begin"
SQLITE_BUSY_TIMEOUT_S = 30


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _json_default(value: Any) -> Any:
    """Decimals as decimal strings (never floats), dates as ISO 8601: the canonical JSON conventions."""
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, default=_json_default)


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for ``url`` (SQLite file, ``sqlite://`` in memory, or ``postgresql+psycopg2://``)."""
    url = make_url(url)
    kwargs.setdefault("json_serializer", dumps_json)
    if url.get_backend_name() != "sqlite":
        kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(url, **kwargs)
    else:
        engine = _sqlite_engine(url, **kwargs)
    _forget_pool_in_forked_children(engine)
    return engine


def _forget_pool_in_forked_children(engine: Engine) -> None:
    """A forked worker (Airflow runs tasks that way) must not share its parent's connections."""
    ref = weakref.ref(engine)

    def after_fork() -> None:
        forked = ref()
        if forked is not None:
            forked.dispose(close=False)

    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=after_fork)


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool), whose transactions take SQLite's write lock up front."""
    return engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    database = url.database or ""
    connect_args = kwargs.setdefault("connect_args", {})
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_S)
    in_memory = database in ("", ":memory:")
    if in_memory:
        kwargs.setdefault("poolclass", StaticPool)
        connect_args.setdefault("check_same_thread", False)
    elif not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        if not in_memory and cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            # Persistent once set. Switching needs the file to itself: when another connection is busy,
            # leave it to the next connection rather than fail this one (WAL is about speed, not safety).
            with contextlib.suppress(sqlite3.OperationalError):
                cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine
