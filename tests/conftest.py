"""Shared fixtures for the whole test suite. Keep each fixture small, documented and grouped by topic."""

from __future__ import annotations

import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

# pytest's default "prepend" import mode puts tests/ on sys.path, where tests/orderbridge/ (a directory
# without __init__.py) would shadow the real package as a namespace package. The project root first on
# sys.path makes ``import orderbridge`` find the real one (a regular package beats namespace portions).
PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
if PROJECT_ROOT not in sys.path:
    sys.path.insert(0, PROJECT_ROOT)

# --- Airflow -----------------------------------------------------------------------------------------
# Airflow reads its configuration when first imported, so the test session's Airflow (a temporary
# AIRFLOW_HOME, the project's DAGs, and its own PostgreSQL metadata database, created by the
# ``airflow_metadata_db`` fixture in tests/dags/) is set here, before any test module imports it.
import os  # noqa: E402
import tempfile  # noqa: E402

AIRFLOW_TEST_DB = f"orderbridge_airflow_{secrets.token_hex(5)}"
os.environ.update(
    {
        "AIRFLOW_HOME": tempfile.mkdtemp(prefix="orderbridge-airflow-"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(Path(PROJECT_ROOT) / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(Path(PROJECT_ROOT) / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"postgresql+psycopg2://postgres@127.0.0.1:5432/{AIRFLOW_TEST_DB}",
    }
)

import pytest  # noqa: E402

from orderbridge.ledger import Ledger  # noqa: E402
from orderbridge.local_services import postgres_admin  # noqa: E402

# --- ledger ------------------------------------------------------------------------------------------

PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (``orderbridge_test_<hex>``), dropped after the test."""
    name = f"orderbridge_test_{secrets.token_hex(6)}"
    postgres_admin(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    try:
        yield f"postgresql+psycopg2://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty ledger database, once as an SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    """A migrated ledger on each backend of ``ledger_url``."""
    instance = Ledger(ledger_url)
    instance.migrate()
    yield instance
    instance.dispose()


@pytest.fixture
def sqlite_ledger(tmp_path: Path) -> Iterator[Ledger]:
    """A migrated ledger in an SQLite file: for tests that need a ledger, not the backend matrix."""
    instance = Ledger(f"sqlite:///{tmp_path / 'ledger.sqlite'}")
    instance.migrate()
    yield instance
    instance.dispose()
