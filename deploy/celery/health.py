"""Is the deployment up: the api-server's health report, a worker's "ready" line, a DAG run's state."""

from __future__ import annotations

from pathlib import Path

import httpx
import psycopg2
from sqlalchemy.engine import make_url


def api_health(port: int) -> bool:
    """True once the api-server answers and reports a healthy scheduler, dag-processor, triggerer and
    metadata DB."""
    try:
        answer = httpx.get(f"http://127.0.0.1:{port}/api/v2/monitor/health", timeout=3.0)
    except httpx.HTTPError:
        return False
    if answer.status_code != 200:
        return False
    report = answer.json()
    parts = ("metadatabase", "scheduler", "dag_processor", "triggerer")
    return all((report.get(p) or {}).get("status") == "healthy" for p in parts)


def worker_ready(log_path: Path) -> bool:
    """Celery prints ``celery@<host> ready.`` once the worker consumes from its queue."""
    try:
        return " ready." in log_path.read_text(errors="replace")
    except FileNotFoundError:
        return False


def query(metadata_url: str, sql: str, params: tuple | dict = ()) -> list[tuple]:
    """One read-only query on a PostgreSQL database (Airflow's metadata, the ledger)."""
    url = make_url(metadata_url)
    connection = psycopg2.connect(
        host=url.host, port=url.port, user=url.username, password=url.password, dbname=url.database
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    finally:
        connection.close()


def dag_run_states(metadata_url: str, dag_id: str) -> list[str]:
    rows = query(metadata_url, "SELECT state FROM dag_run WHERE dag_id = %s ORDER BY id", (dag_id,))
    return [r[0] for r in rows]


def dags_parsed(metadata_url: str, dag_ids: set[str]) -> bool:
    rows = query(metadata_url, "SELECT dag_id FROM serialized_dag WHERE dag_id = ANY(%s)", (list(dag_ids),))
    return {r[0] for r in rows} >= dag_ids
