"""A real Airflow metadata DB (PostgreSQL) for the session, and the project's DAGs parsed from dags/.

tests/conftest.py points Airflow at a database of its own for this session; it is created and migrated
here, on first use, and dropped at the end.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from orderbridge.local_services import postgres_admin


@pytest.fixture(scope="session")
def airflow_metadata_db() -> Iterator[str]:
    name = make_url(os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]).database
    postgres_admin(f'CREATE DATABASE "{name}"')
    from airflow.utils.db import initdb

    initdb()
    yield name
    from airflow import settings

    settings.dispose_orm()
    postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def dagbag(airflow_metadata_db: str):
    from airflow.dag_processing.dagbag import DagBag

    # Read when the DAG files are parsed: one quick retry instead of three slow ones.
    os.environ.update({"ORDERBRIDGE_TASK_RETRIES": "1", "ORDERBRIDGE_TASK_RETRY_DELAY_SECONDS": "0"})
    dags_folder = os.environ["AIRFLOW__CORE__DAGS_FOLDER"]
    sys.modules.pop("dag_support", None)  # an earlier test may have imported it with the defaults
    if dags_folder not in sys.path:  # as Airflow's own processes have it, for dags/dag_support
        sys.path.append(dags_folder)
    return DagBag(dag_folder=dags_folder)
