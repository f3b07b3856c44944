"""Every five minutes, put back work a dead worker left half done (``orderbridge.pipeline.sweeper``).

Documents stuck in ``processing`` and deliveries stuck in ``sending`` past their lease go back to the
pipeline a bounded number of times (a delivery only after the target was asked whether it has the
order), then to rejected / dead-letter with the reason. When something was put back, the ledger Asset
is updated so ``po_process`` runs at once instead of waiting for the next document.
"""

from __future__ import annotations

import os
from datetime import timedelta

from airflow.sdk import dag, task
from airflow.sdk.exceptions import AirflowSkipException
from dag_support import DEFAULT_ARGS, LEDGER_DOCUMENTS


@dag(
    schedule=timedelta(seconds=float(os.environ.get("ORDERBRIDGE_SWEEP_EVERY_SECONDS", "300"))),
    catchup=False,
    max_active_runs=1,
    tags=["orderbridge", "recovery"],
    default_args=DEFAULT_ARGS,
)
def po_sweep():
    @task
    def sweep_stuck_work() -> dict:
        from orderbridge.pipeline.runtime import Runtime
        from orderbridge.pipeline.sweeper import sweep

        return sweep(Runtime.from_env()).as_dict()

    @task(outlets=[LEDGER_DOCUMENTS])
    def wake_po_process(report: dict) -> int:
        if not report["put_back"]:
            raise AirflowSkipException("nothing was put back: po_process has no new work")
        return report["put_back"]

    wake_po_process(sweep_stuck_work())


po_sweep()
