"""Helpers for the pipeline tests: a runtime on a temporary home wired to a running Kingdee sandbox."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import httpx

from orderbridge.pipeline.runtime import Runtime
from orderbridge.retry import RetryPolicy
from orderbridge.settings import PROJECT_ROOT, Settings

FAST = RetryPolicy(max_attempts=3, initial_wait=0.01, multiplier=2, max_wait=0.05)


def kingdee_connection_env(url: str, *, password: str = "sandbox", timeout: float = 2.0) -> str:
    return json.dumps(
        {
            "conn_type": "kingdee",
            "host": url,
            "login": "administrator",
            "password": password,
            "extra": {"acct_id": "sandbox", "lcid": 2052, "auth": "password", "timeout": timeout},
        }
    )


def make_runtime(home: Path, *, mappings_dir: Path | None = None) -> Runtime:
    settings = Settings(
        home=home,
        db_url=f"sqlite:///{home / 'ledger.sqlite'}",
        mappings_dir=mappings_dir or PROJECT_ROOT / "mappings",
    )
    rt = Runtime(settings=settings, inbox_settle_seconds=0, retry_policy=FAST)
    home.mkdir(parents=True, exist_ok=True)
    rt.ledger.migrate()
    return rt


def drop(rt: Runtime, source: Path, name: str | None = None) -> Path:
    """Put a file into the inbox the way a careful uploader does, aged past any settle time."""
    target = rt.settings.inbox_dir / (name or source.name)
    rt.inbox.ensure_dirs()
    shutil.copyfile(source, target)
    past = time.time() - 60
    os.utime(target, (past, past))
    return target


def sandbox_orders(url: str) -> list[dict[str, Any]]:
    return httpx.get(f"{url}/sandbox/orders").json()["orders"]


def arm_fault(url: str, **fault: Any) -> None:
    httpx.post(f"{url}/sandbox/faults", json=fault).raise_for_status()


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
