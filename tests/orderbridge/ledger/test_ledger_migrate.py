"""Migrations: Alembic from code, idempotent, from any directory, and the models match the migrations."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from orderbridge.ledger import Ledger
from orderbridge.ledger.migrate import MIGRATIONS_DIR, alembic_config, current_revision, head_revision
from orderbridge.ledger.schema import Base

TABLES = {"documents", "orders", "deliveries", "events", "cursors", "alembic_version"}


def table_names(ledger: Ledger) -> set[str]:
    return set(inspect(ledger.engine).get_table_names())


def test_a_new_ledger_runs_no_ddl_until_migrate(ledger_url: str) -> None:
    ledger = Ledger(ledger_url)
    try:
        assert not ledger.is_current()
        assert table_names(ledger) == set()
        ledger.migrate()
        assert table_names(ledger) == TABLES
        assert ledger.is_current()
    finally:
        ledger.dispose()


def test_migrating_twice_is_a_no_op_that_keeps_the_data(ledger: Ledger) -> None:
    document, _ = ledger.record_document(
        sha256="0" * 64, size=1, source="folder", source_ref="a", original_name="a.pdf", stored_path="p"
    )
    ledger.migrate()
    ledger.migrate()
    assert current_revision(ledger.engine) == head_revision()
    assert ledger.get_document(document.id) == document
    with ledger.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM alembic_version")) == 1


def test_migrate_works_from_any_working_directory(
    ledger_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    ledger = Ledger(ledger_url)
    try:
        ledger.migrate()
        assert ledger.is_current()
    finally:
        ledger.dispose()
    assert list(elsewhere.iterdir()) == []


def test_the_migration_scripts_live_inside_the_package() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert MIGRATIONS_DIR.parent.name == "ledger"
    assert alembic_config().get_main_option("script_location") == str(MIGRATIONS_DIR)


def test_concurrent_migrations_from_two_processes_end_at_head_once(ledger_url: str) -> None:
    ledgers = [Ledger(ledger_url), Ledger(ledger_url)]
    barrier = threading.Barrier(len(ledgers))
    errors: list[BaseException] = []

    def run(ledger: Ledger) -> None:
        barrier.wait()
        try:
            ledger.migrate()
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(ledger,)) for ledger in ledgers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        assert all(ledger.is_current() for ledger in ledgers)
        assert table_names(ledgers[0]) == TABLES
    finally:
        for ledger in ledgers:
            ledger.dispose()


def test_the_models_match_the_migrations(ledger: Ledger) -> None:
    with ledger.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_the_migration_downgrades_to_nothing_and_upgrades_again(ledger: Ledger) -> None:
    with ledger.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert table_names(ledger) == {"alembic_version"}
    ledger.migrate()
    assert table_names(ledger) == TABLES
