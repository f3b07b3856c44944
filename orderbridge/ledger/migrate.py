"""Alembic, driven from code: ``upgrade(engine)`` brings any ledger database to the newest schema.

The migration scripts live inside the package (``migrations/``), so this works from any working directory
and from an installed wheel; no alembic.ini is needed. Concurrent upgrades (several Airflow tasks starting
at once) are serialised: an advisory lock on PostgreSQL, the write lock (BEGIN IMMEDIATE) on SQLite.

Developers: ``python -m orderbridge.ledger {upgrade,current,heads,revision MESSAGE}``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from orderbridge.ledger.db import write_engine

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
_PG_LOCK_KEY = 0x0B1D6E  # arbitrary, constant: "orderbridge ledger migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the ledger has no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Idempotent: a database already at ``revision`` is left untouched."""
    with write_engine(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
        command.upgrade(alembic_config(connection), revision)
