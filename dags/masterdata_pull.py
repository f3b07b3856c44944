"""Pull customers and materials from the ERPs into mappings/masterdata (Kingdee BD_Customer / BD_MATERIAL,
U8 customer and inventory lists), so cross-references are never typed by hand.

Thin: the work is ``orderbridge.masterdata.pull.pull_from_erp``. The files it writes are linted before they
replace the old ones; po_process picks them up on its next run (mappings are hot reloaded).

It rewrites files IT edits, so it never runs by surprise: it is paused when first seen and has no schedule
unless ``ORDERBRIDGE_MASTERDATA_PULL_SCHEDULE`` gives one (e.g. ``@daily``). Sources:
``ORDERBRIDGE_MASTERDATA_SOURCES`` (comma separated, default ``kingdee``).
"""

from __future__ import annotations

import os

from airflow.sdk import dag, task
from dag_support import DEFAULT_ARGS

_NAMES = os.environ.get("ORDERBRIDGE_MASTERDATA_SOURCES", "kingdee")
SOURCES = [name.strip() for name in _NAMES.split(",") if name.strip()]
SCHEDULE = os.environ.get("ORDERBRIDGE_MASTERDATA_PULL_SCHEDULE") or None


@dag(
    schedule=SCHEDULE,
    catchup=False,
    max_active_runs=1,
    is_paused_upon_creation=True,
    tags=["orderbridge", "masterdata"],
    default_args=DEFAULT_ARGS,
)
def masterdata_pull():
    @task
    def pull(source: str) -> list[str]:
        from orderbridge.masterdata.pull import pull_from_erp
        from orderbridge.settings import Settings

        return [str(summary) for summary in pull_from_erp(Settings.from_env().mappings_dir, source)]

    pull.expand(source=SOURCES)


masterdata_pull()
