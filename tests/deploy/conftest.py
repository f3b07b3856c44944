"""A real CeleryExecutor deployment for the module: scheduler, dag-processor, api-server, two workers.

PostgreSQL holds Airflow's metadata and the ledger (fresh databases, dropped afterwards), Redis DB 7 is
the broker with a queue of this session's own, the Kingdee sandbox runs in this process. The Kingdee
credentials are an Airflow Connection in the metadata DB, as in production. The processes' logs stay in
the test's temporary directory and are printed when the stack fails to come up.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import redis

from connectors.kingdee.sandbox import SandboxHandle, start_in_thread
from deploy.celery.environ import StackConfig
from deploy.celery.stack import CeleryStack
from orderbridge.ledger import Ledger
from orderbridge.local_services import free_port, postgres_admin
from orderbridge.settings import Settings

PG = "postgresql+psycopg2://postgres@127.0.0.1:5432/"
BROKER_DB = 7


@dataclass
class Deployment:
    stack: CeleryStack
    sandbox: SandboxHandle
    settings: Settings  # the OrderBridge home and ledger every worker uses
    ledger: Ledger


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    token = secrets.token_hex(5)
    metadata_db, ledger_db = f"orderbridge_celery_meta_{token}", f"orderbridge_celery_ledger_{token}"
    root = tmp_path_factory.mktemp("celery-deployment")
    queue = f"orderbridge-test-{token}"
    sandbox = start_in_thread(root / "kingdee.sqlite")
    for name in (metadata_db, ledger_db):
        postgres_admin(f'CREATE DATABASE "{name}"')
    config = StackConfig(
        airflow_home=root / "airflow",
        orderbridge_home=root / "home",
        metadata_url=PG + metadata_db,
        ledger_url=PG + ledger_db,
        broker_url=f"redis://127.0.0.1:6379/{BROKER_DB}",
        queue=queue,
        api_port=free_port(),
        worker_log_ports=[free_port(), free_port()],
        # A killed worker's task is noticed after 30 s without heartbeat; its prefetched ones after 30 s.
        heartbeat_timeout_s=30,
        queued_timeout_s=30,
        extra={"ORDERBRIDGE_TASK_RETRIES": "3", "ORDERBRIDGE_TASK_RETRY_DELAY_SECONDS": "1"},
    )
    stack = CeleryStack(config)
    settings = Settings.from_env(
        {"ORDERBRIDGE_HOME": str(config.orderbridge_home), "ORDERBRIDGE_DB_URL": config.ledger_url}
    )
    ledger = Ledger(config.ledger_url)
    try:
        from orderbridge.bootstrap import initialise

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
                    "extra": {"acct_id": "sandbox", "auth": "password", "timeout": 10},
                }
            ),
        )
        stack.start()
        stack.wait_until_ready()
        yield Deployment(stack, sandbox, settings, ledger)
    finally:
        stack.stop()
        ledger.dispose()
        sandbox.stop()
        broker = redis.Redis(host="127.0.0.1", port=6379, db=BROKER_DB)
        for key in broker.scan_iter(match=f"*{queue}*"):
            broker.delete(key)
        for name in (metadata_db, ledger_db):
            postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(autouse=True)
def _print_logs_on_failure(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed and "deployment" in request.fixturenames:
        print(request.getfixturevalue("deployment").stack.diagnostics())


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
