"""Pull order statuses from every target, record each change once, reconcile, and tell people once.

Thin on purpose: the work is in ``orderbridge.sync`` (cursor with overlap, events, findings) and
``orderbridge.alerts``. One mapped task per target, so a target that is down never holds up the others;
alerts go out even when a target failed, for the findings the other targets raised.
"""

from __future__ import annotations

from datetime import timedelta

from airflow.sdk import dag, task
from dag_support import DEFAULT_ARGS


def _runtime():
    from orderbridge.pipeline.runtime import Runtime

    return Runtime.from_env()


@dag(
    schedule=timedelta(minutes=15),
    catchup=False,
    max_active_runs=1,
    tags=["orderbridge", "status"],
    default_args=DEFAULT_ARGS,
)
def status_sync():
    @task
    def targets_to_sync() -> list[str]:
        from orderbridge.sync.run import targets_to_sync

        return targets_to_sync(_runtime())

    @task(max_active_tis_per_dagrun=4)
    def sync_target(target: str) -> dict:
        from orderbridge.sync.run import sync_one

        return sync_one(_runtime(), target)

    @task(trigger_rule="all_done")
    def send_alerts() -> dict:
        from orderbridge.alerts import send_new_findings
        from orderbridge.sync.run import sync_config

        rt = _runtime()
        return send_new_findings(rt.ledger, sync_config(rt))

    sync_target.expand(target=targets_to_sync()) >> send_alerts()


status_sync()
