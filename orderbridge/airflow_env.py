"""The environment under which Airflow runs OrderBridge's DAGs (no Airflow import here).

Airflow reads its settings from ``AIRFLOW_*`` variables at import time, so the CLI passes this environment
to the ``airflow`` subprocesses it starts and the tests apply it before importing Airflow. Values already
set in the environment win, so a real deployment's own ``airflow.cfg`` or variables are respected.
"""

from __future__ import annotations

import os

from orderbridge.settings import PROJECT_ROOT, Settings


def airflow_home(settings: Settings) -> str:
    return os.environ.get("AIRFLOW_HOME") or str(settings.home / "airflow")


def airflow_environ(settings: Settings, base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    home = env.get("AIRFLOW_HOME") or str(settings.home / "airflow")
    defaults = {
        "AIRFLOW_HOME": home,
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
        "ORDERBRIDGE_HOME": str(settings.home),
    }
    for key, value in defaults.items():
        env.setdefault(key, value)
    return env
