"""Bring a data directory to a usable state: folders, ledger schema, Airflow metadata DB.

Idempotent and quick the second time: the Airflow migration runs only when its stamp (Airflow version and
database URL) changed, because starting Airflow just to learn that nothing is to do costs seconds.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from orderbridge.airflow_env import airflow_environ
from orderbridge.ledger import Ledger
from orderbridge.settings import Settings, redact_url


def initialise(settings: Settings, *, airflow: bool = True, echo=print) -> None:
    for folder in (settings.home, settings.store_dir, settings.inbox_dir, settings.processed_dir,
                   settings.rejected_dir, settings.sandbox_dir):
        folder.mkdir(parents=True, exist_ok=True)
    Ledger(settings.db_url).migrate()
    echo(f"ledger ready: {redact_url(settings.db_url)}")
    if airflow:
        migrate_airflow_db(settings, echo=echo)


def migrate_airflow_db(settings: Settings, *, echo=print) -> None:
    env = airflow_environ(settings)
    home = Path(env["AIRFLOW_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    from importlib.metadata import version

    fingerprint = f"{version('apache-airflow-core')}|{env['AIRFLOW__DATABASE__SQL_ALCHEMY_CONN']}"
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


#: Concurrent calls per target: the push task runs in its target's pool (dags/dag_support.PUSH_POOL).
DEFAULT_POOL_SLOTS = 4


def create_pools(airflow: str, env: dict[str, str]) -> None:
    """The push pool (named after the target, as dags/dag_support.PUSH_POOL), unless it exists: an
    operator's resize with ``airflow pools set`` is kept."""
    targets = [t.strip() for t in env.get("ORDERBRIDGE_TARGETS", "kingdee").split(",") if t.strip()]
    name = env.get("ORDERBRIDGE_PUSH_POOL") or (targets[0] if len(targets) == 1 else "orderbridge_push")
    listed = subprocess.run([airflow, "pools", "list", "-o", "plain"], env=env, capture_output=True,
                            text=True)
    if name in {line.split()[0] for line in listed.stdout.splitlines() if line.strip()}:
        return
    slots = env.get("ORDERBRIDGE_POOL_SLOTS", str(DEFAULT_POOL_SLOTS))
    done = subprocess.run([airflow, "pools", "set", name, slots, f"concurrent calls to {name}"],
                          env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"airflow pools set {name} failed:\n{done.stderr[-2000:]}")
