"""Airflow's local settings hook for OrderBridge: import the pipeline once in the processes that fork tasks.

Airflow imports ``airflow_local_settings`` (from ``$AIRFLOW_HOME/config``) at the start of every one of its
processes. Each task runs in a process forked from the scheduler's executor (LocalExecutor) or from a
Celery worker; whatever those parents imported, the forked task has for free. Without this, every task
imports the readers (pypdfium2, OpenCV, openpyxl), the ledger, the mappings and the connectors
again: about a second of CPU per task, a large share of a batch of text POs (bench/throughput/README.md).
Only the scheduler and Celery workers preload; the api-server and dag-processor do not need it.

Install: copy this file to ``$AIRFLOW_HOME/config/airflow_local_settings.py`` on every machine
(``deploy.celery.stack.CeleryStack.prepare`` and ``orderbridge init`` do).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys

__all__: list[str] = []  # no cluster policies here: nothing for Airflow to register

PRELOAD = (
    "ocr.extraction",
    "orderbridge.pipeline.batches",
    "orderbridge.pipeline.process",
    "orderbridge.pipeline.push",
    "orderbridge.pipeline.intake",
    "orderbridge.mapping.in_force",
    "orderbridge.validate",
    "connectors.registry",
    "connectors.kingdee.connector",
    "pypdfium2",
)
_FORKS_TASKS = ("scheduler", "celery")


def _preload() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in _FORKS_TASKS:
        return
    if os.environ.get("ORDERBRIDGE_PRELOAD", "on").strip().lower() in ("0", "off", "false", "no"):
        return  # measuring what the preload saves (bench/throughput --no-preload)
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # a preload is an optimisation: the task imports it again if it must
            logging.getLogger(__name__).warning("could not preload %s", name, exc_info=True)


_preload()
