"""`orderbridge init` prepares Airflow for the pipeline: one pool per push target (an operator's resize is
kept), and the local settings that let tasks start with the pipeline already imported."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from routing_samples import COURIER_FOR_ACME

from orderbridge.bootstrap import LOCAL_SETTINGS, create_pools, install_local_settings
from orderbridge.settings import PROJECT_ROOT


def pools() -> dict[str, int]:
    from airflow.models.pool import Pool
    from airflow.utils.session import create_session
    from sqlalchemy import select

    with create_session() as session:
        return {p.pool: p.slots for p in session.scalars(select(Pool))}


def test_init_creates_a_pool_per_push_target_and_keeps_a_resized_one(airflow_metadata_db, tmp_path):
    from airflow.models.pool import Pool

    mappings = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", mappings)
    (mappings / "routing.yaml").write_text(COURIER_FOR_ACME, encoding="utf-8")
    env = {**os.environ, "ORDERBRIDGE_MAPPINGS": str(mappings)}
    airflow = str(Path(sys.executable).parent / "airflow")
    for name in {"kingdee", "sf_express"} & set(pools()):  # left by an earlier test of the session
        Pool.delete_pool(name)

    create_pools(airflow, env)
    assert {k: v for k, v in pools().items() if k != "default_pool"} == {"kingdee": 4, "sf_express": 4}

    Pool.create_or_update_pool("kingdee", 8, "resized by the ERP's owners", include_deferred=False)
    create_pools(airflow, env)

    assert pools()["kingdee"] == 8 and pools()["sf_express"] == 4


def test_the_local_settings_are_installed_and_a_site_s_own_file_is_kept(tmp_path):
    installed = install_local_settings(tmp_path / "airflow")

    assert installed == tmp_path / "airflow" / "config" / "airflow_local_settings.py"
    assert installed.read_bytes() == LOCAL_SETTINGS.read_bytes()
    installed.write_text("# our own cluster policies\n")
    assert install_local_settings(tmp_path / "airflow").read_text() == "# our own cluster policies\n"


def test_the_local_settings_preload_the_pipeline_only_where_tasks_are_forked(tmp_path):
    import subprocess

    install_local_settings(tmp_path)
    probe = (
        "import sys; sys.argv = ['airflow', '{role}']; import airflow.settings; "
        "print('ocr.extraction' in sys.modules, 'pypdfium2' in sys.modules)"
    )
    env = {**os.environ, "AIRFLOW_HOME": str(tmp_path)}

    def preloaded(role: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", probe.format(role=role)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=PROJECT_ROOT,
        )
        return done.stdout.strip().splitlines()[-1]

    assert preloaded("scheduler") == "True True"  # forks the LocalExecutor's task processes
    assert preloaded("api-server") == "False False"
