"""Alembic environment: uses the connection handed over by ``orderbridge.ledger.migrate``.

Run by the plain ``alembic`` command instead, it connects to ``sqlalchemy.url`` from the config or, failing
that, to the ledger of ``Settings.from_env()``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from orderbridge.ledger.db import make_engine
from orderbridge.ledger.schema import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    from orderbridge.settings import Settings

    return config.get_main_option("sqlalchemy.url") or Settings.from_env().db_url


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif config.attributes.get("connection") is not None:
    _run(config.attributes["connection"])
else:
    engine = make_engine(_url())
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()
