"""The environment every process of a CeleryExecutor deployment shares, built from one config.

Airflow reads ``AIRFLOW__<SECTION>__<KEY>`` variables, so the whole deployment is one dictionary: the
same for scheduler, dag-processor, api-server and workers. Settings that must agree between processes
(the JWT secret the api-server signs task tokens with, the Fernet key, the queue name) are generated
once into the config, never left for each process to invent.
"""

from __future__ import annotations

import base64
import os
import secrets
import sys
from dataclasses import dataclass, field
from pathlib import Path

from orderbridge.settings import PROJECT_ROOT

# Set by tests/conftest.py for the in-process Airflow of the test session; never inherited by a stack.
_NOT_INHERITED = (
    "AIRFLOW_HOME",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
    "AIRFLOW_CONN_KINGDEE_DEFAULT",
    "ORDERBRIDGE_DB_URL",
    "ORDERBRIDGE_HOME",
)


def _fernet_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


@dataclass
class StackConfig:
    airflow_home: Path
    orderbridge_home: Path
    metadata_url: str  # postgresql+psycopg2://... for Airflow's own tables
    ledger_url: str  # postgresql+psycopg2://... for OrderBridge's ledger
    broker_url: str  # redis://127.0.0.1:6379/7
    queue: str
    api_port: int
    worker_log_ports: list[int]
    workers: int = 2
    triggerer_log_port: int = 0  # the triggerer's log server (runs the inbox watchers); 0: pick a free one
    executor: str = "CeleryExecutor"  # LocalExecutor (no workers) for the single-machine comparison
    worker_concurrency: int = 2
    # Pool slots per target; empty: one pool of DEFAULT_POOL_SLOTS per target the pipeline pushes to.
    pools: dict[str, int] = field(default_factory=dict)
    # Crash detection: how long a running task may go without a heartbeat, a queued one without starting.
    heartbeat_timeout_s: int = 300
    queued_timeout_s: int = 600
    extra: dict[str, str] = field(default_factory=dict)
    jwt_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    fernet_key: str = field(default_factory=_fernet_key)


def stack_environ(cfg: StackConfig, base: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in (os.environ if base is None else base).items() if k not in _NOT_INHERITED}
    result_backend = "db+" + cfg.metadata_url  # keep +psycopg2: SQLAlchemy 2.1 defaults to psycopg 3
    env.update(
        {
            "AIRFLOW_HOME": str(cfg.airflow_home),
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            "AIRFLOW__CORE__EXECUTOR": cfg.executor,
            "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__CORE__FERNET_KEY": cfg.fernet_key,
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{cfg.api_port}/execution/",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": cfg.metadata_url,
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(cfg.api_port),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{cfg.api_port}",
            "AIRFLOW__API__SECRET_KEY": cfg.jwt_secret,
            "AIRFLOW__API_AUTH__JWT_SECRET": cfg.jwt_secret,
            "AIRFLOW__CELERY__BROKER_URL": cfg.broker_url,
            "AIRFLOW__CELERY__RESULT_BACKEND": result_backend,
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(cfg.worker_concurrency),
            "AIRFLOW__CELERY__WORKER_PREFETCH_MULTIPLIER": "1",
            "AIRFLOW__CELERY__TASK_ACKS_LATE": "True",
            "AIRFLOW__CELERY_BROKER_TRANSPORT_OPTIONS__VISIBILITY_TIMEOUT": "21600",
            "AIRFLOW__OPERATORS__DEFAULT_QUEUE": cfg.queue,
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": str(cfg.heartbeat_timeout_s),
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
            "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT": str(cfg.queued_timeout_s),
            "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT_CHECK_INTERVAL": "10",
            "AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK": "False",
            "ORDERBRIDGE_HOME": str(cfg.orderbridge_home),
            "ORDERBRIDGE_DB_URL": cfg.ledger_url,
            "ORDERBRIDGE_INBOX_SETTLE_SECONDS": "0",
            "ORDERBRIDGE_MAPPINGS": str(cfg.orderbridge_home / "mappings"),
        }
    )
    if cfg.triggerer_log_port:
        env["AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT"] = str(cfg.triggerer_log_port)
    env.update(cfg.extra)
    return env
