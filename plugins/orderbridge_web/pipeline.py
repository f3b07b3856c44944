"""After an approval or a retry the order is ``ready``; starting a ``po_process`` run here pushes it now
instead of with the next incoming document. Best effort: when the DAG cannot be started (paused, not yet
parsed), the order simply waits as ``ready`` and the page says so."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)
PIPELINE_DAG = "po_process"


def start_pipeline(user: str) -> str:
    """A sentence for the page: which run was started, or why none was."""
    from airflow.api.common.trigger_dag import trigger_dag
    from airflow.exceptions import DagNotFound
    from airflow.utils.types import DagRunTriggeredByType

    try:
        run = trigger_dag(
            PIPELINE_DAG,
            triggered_by=DagRunTriggeredByType.UI,
            triggering_user_name=user,
            note="started from the Orders view",
        )
    except (DagNotFound, ValueError) as exc:
        log.warning("could not start %s: %s", PIPELINE_DAG, exc)
        return f"The order is ready; {PIPELINE_DAG} could not start now ({exc}): it goes with the next run."
    return f"The order is ready; {PIPELINE_DAG} run {run.run_id if run else '?'} pushes it."
