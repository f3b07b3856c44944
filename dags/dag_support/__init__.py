"""What the OrderBridge DAG files share: the ledger Asset and the task retry policy.

Lives beside the DAGs (the DAG folder is on ``sys.path``) because the domain core never imports Airflow.
"""

from __future__ import annotations

import os
from datetime import timedelta

from airflow.sdk import Asset, ExceptionRetryPolicy, RetryAction, RetryRule, get_current_context

# Updated by po_intake whenever documents enter the ledger; po_process runs on it.
LEDGER_DOCUMENTS = Asset("orderbridge://ledger/documents")

# A configuration problem (bad mapping, wrong credentials, unknown form) never heals by retrying.
RETRY_POLICY = ExceptionRetryPolicy(
    rules=[
        RetryRule(
            exception="orderbridge.errors.ConfigError",
            action=RetryAction.FAIL,
            reason="configuration error: fix the mapping or connection, then clear the task",
        )
    ]
)

# Overridable so tests and demos do not wait minutes between tries.
DEFAULT_ARGS = {
    "retries": int(os.environ.get("ORDERBRIDGE_TASK_RETRIES", "3")),
    "retry_delay": timedelta(seconds=float(os.environ.get("ORDERBRIDGE_TASK_RETRY_DELAY_SECONDS", "30"))),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
    "retry_policy": RETRY_POLICY,
}


def push_targets() -> list[str]:
    """Every target routing may send an order to (ORDERBRIDGE_TARGETS limits them): ``po_process`` has one
    push task per target, in the pool of the same name (``orderbridge init`` creates the pools). Read when
    po_process is parsed, not by the other DAG files."""
    from orderbridge.pipeline.targets import pipeline_targets_from_env

    return pipeline_targets_from_env()


# Mapped tasks of one po_process run at once: raise it with the number of worker slots (Celery).
TASK_SLOTS = int(os.environ.get("ORDERBRIDGE_TASK_SLOTS", "4"))


def is_retry() -> bool:
    """True on any try after the first: the point where a claim left by a lost try may be taken back."""
    return get_current_context()["ti"].try_number > 1


def is_final_attempt() -> bool:
    """True on the task's last try: the point where a still-failing order goes to the dead-letter state."""
    ti = get_current_context()["ti"]
    return ti.try_number > ti.max_tries
