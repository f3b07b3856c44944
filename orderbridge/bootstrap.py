"""Bring a data directory to a usable state: folders, ledger schema, Airflow metadata DB.

Idempotent and quick the second time: the Airflow migration runs only when its stamp (Airflow version and
database URL) changed, because starting Airflow just to learn that nothing is to do costs seconds.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from orderbridge.airflow_env import airflow_environ
from orderbridge.ledger import Ledger
from orderbridge.settings import PROJECT_ROOT, Settings, redact_url


def initialise(settings: Settings, *, airflow: bool = True, echo=print) -> None:
    for folder in (
        settings.home,
        settings.store_dir,
        settings.inbox_dir,
        settings.processed_dir,
        settings.rejected_dir,
        settings.sandbox_dir,
    ):
        folder.mkdir(parents=True, exist_ok=True)
    Ledger(settings.db_url).migrate()
    echo(f"ledger ready: {redact_url(settings.db_url)}")
    if airflow:
        migrate_airflow_db(settings, echo=echo)


def migrate_airflow_db(settings: Settings, *, echo=print) -> None:
    env = airflow_environ(settings)
    home = Path(env["AIRFLOW_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    install_local_settings(home)
    from importlib.metadata import version

    from orderbridge.pipeline.targets import pipeline_targets_from_env

    # The push targets too: a target added to the routing gets its pool on the next `orderbridge init`.
    targets = ",".join(pipeline_targets_from_env(env))
    fingerprint = f"{version('apache-airflow-core')}|{env['AIRFLOW__DATABASE__SQL_ALCHEMY_CONN']}|{targets}"
    stamp = home / f".migrated-{hashlib.sha256(fingerprint.encode()).hexdigest()[:16]}"
    if stamp.exists():
        return
    airflow = shutil.which("airflow", path=str(Path(sys.executable).parent)) or "airflow"
    done = subprocess.run([airflow, "db", "migrate"], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"airflow db migrate failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    create_pools(airflow, env)
    for old in home.glob(".migrated-*"):
        old.unlink()
    stamp.touch()
    echo(f"airflow metadata DB ready in {home}")


LOCAL_SETTINGS = PROJECT_ROOT / "deploy" / "airflow_local_settings.py"


def install_local_settings(airflow_home: Path) -> Path:
    """``$AIRFLOW_HOME/config/airflow_local_settings.py``: the scheduler and Celery workers import the
    pipeline once, and every task they fork starts with it (deploy/airflow_local_settings.py says why).
    An installation's own file of that name is kept."""
    target = Path(airflow_home) / "config" / "airflow_local_settings.py"
    if target.exists() and "OrderBridge" not in target.read_text(errors="replace")[:200]:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_bytes() != LOCAL_SETTINGS.read_bytes():
        shutil.copyfile(LOCAL_SETTINGS, target)
    return target


def create_pools(airflow: str, env: dict[str, str]) -> None:
    """One pool per target the pipeline pushes to (``orderbridge.pipeline.targets``; the push task of a
    target runs in the pool of its name), each unless it exists: an operator's resize with
    ``airflow pools set`` is kept. ``ORDERBRIDGE_POOL_SLOTS`` sizes new pools."""
    from orderbridge.pipeline.targets import DEFAULT_POOL_SLOTS, pipeline_targets_from_env, pool_for

    listed = subprocess.run(
        [airflow, "pools", "list", "-o", "plain"], env=env, capture_output=True, text=True
    )
    existing = {line.split()[0] for line in listed.stdout.splitlines() if line.strip()}
    slots = int(env.get("ORDERBRIDGE_POOL_SLOTS", DEFAULT_POOL_SLOTS))
    missing = {
        name: {"slots": slots, "description": f"concurrent calls to {name}", "include_deferred": False}
        for name in (pool_for(t) for t in pipeline_targets_from_env(env))
        if name not in existing
    }
    if not missing:
        return
    with tempfile.TemporaryDirectory() as folder:  # one Airflow start for all of them
        pools_file = Path(folder) / "pools.json"
        pools_file.write_text(json.dumps(missing), encoding="utf-8")
        done = subprocess.run(
            [airflow, "pools", "import", str(pools_file)], env=env, capture_output=True, text=True
        )
    if done.returncode != 0:
        raise RuntimeError(f"airflow pools import {sorted(missing)} failed:\n{done.stderr[-2000:]}")
