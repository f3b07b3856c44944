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


def _push_pool() -> str:
    """One pool per target caps the concurrent calls to it; the push task runs in its target's pool.

    With several targets in one push task the pool is ``ORDERBRIDGE_PUSH_POOL`` (default
    ``orderbridge_push``).
    """
    targets = [t.strip() for t in os.environ.get("ORDERBRIDGE_TARGETS", "kingdee").split(",") if t.strip()]
    default = targets[0] if len(targets) == 1 else "orderbridge_push"
    return os.environ.get("ORDERBRIDGE_PUSH_POOL", default)


PUSH_POOL = _push_pool()

# Mapped tasks of one po_process run at once: raise it with the number of worker slots (Celery).
TASK_SLOTS = int(os.environ.get("ORDERBRIDGE_TASK_SLOTS", "4"))


def is_retry() -> bool:
    """True on any try after the first: the point where a claim left by a lost try may be taken back."""
    return get_current_context()["ti"].try_number > 1


def is_final_attempt() -> bool:
    """True on the task's last try: the point where a still-failing order goes to the dead-letter state."""
    ti = get_current_context()["ti"]
    return ti.try_number > ti.max_tries
