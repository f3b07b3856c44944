"""A throw-away deployment for one benchmark run: fresh PostgreSQL databases, a Redis queue of its own,
the Kingdee sandbox, and the Airflow processes of ``deploy.celery`` with the executor under test."""

from __future__ import annotations

import json
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import redis

from connectors.kingdee.sandbox import SandboxHandle, start_in_thread
from deploy.celery.environ import StackConfig
from deploy.celery.stack import CeleryStack
from orderbridge.bootstrap import initialise
from orderbridge.ledger import Ledger
from orderbridge.local_services import free_port, postgres_admin
from orderbridge.settings import Settings

PG = "postgresql+psycopg2://postgres@127.0.0.1:5432/"
BROKER = "redis://127.0.0.1:6379/7"


@dataclass
class BenchDeployment:
    stack: CeleryStack
    sandbox: SandboxHandle
    settings: Settings
    ledger: Ledger
    root: Path


@contextmanager
def bench_deployment(
    executor: str, *, workers: int, concurrency: int, extra: dict[str, str], keep: Path | None = None
) -> Iterator[BenchDeployment]:
    token = secrets.token_hex(4)
    root = keep or Path(tempfile.mkdtemp(prefix=f"orderbridge-bench-{token}-"))
    databases = (f"orderbridge_bench_meta_{token}", f"orderbridge_bench_ledger_{token}")
    for name in databases:
        postgres_admin(f'CREATE DATABASE "{name}"')
    config = StackConfig(
        airflow_home=root / "airflow",
        orderbridge_home=root / "home",
        metadata_url=PG + databases[0],
        ledger_url=PG + databases[1],
        broker_url=BROKER,
        queue=f"orderbridge-bench-{token}",
        api_port=free_port(),
        worker_log_ports=[free_port() for _ in range(workers)],
        workers=workers,
        worker_concurrency=concurrency,
        executor=executor,
        extra=extra,
    )
    stack = CeleryStack(config)
    sandbox = start_in_thread(root / "kingdee.sqlite")
    settings = Settings.from_env(
        {"ORDERBRIDGE_HOME": str(config.orderbridge_home), "ORDERBRIDGE_DB_URL": config.ledger_url}
    )
    ledger = Ledger(config.ledger_url)
    try:
        initialise(settings, airflow=False, echo=lambda _m: None)
        stack.prepare()
        stack.airflow(
            "connections",
            "add",
            "kingdee_default",
            "--conn-json",
            json.dumps(
                {
                    "conn_type": "kingdee",
                    "host": sandbox.url,
                    "login": "administrator",
                    "password": "sandbox",
                    "extra": {"acct_id": "sandbox", "auth": "password", "timeout": 30},
                }
            ),
        )
        stack.start()
        stack.wait_until_ready(timeout=300)
        yield BenchDeployment(stack, sandbox, settings, ledger, root)
    finally:
        stack.stop()
        ledger.dispose()
        sandbox.stop()
        broker = redis.Redis.from_url(BROKER)
        for key in broker.scan_iter(match=f"*{config.queue}*"):
            broker.delete(key)
        for name in databases:
            postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
