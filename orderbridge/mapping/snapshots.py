"""Snapshots of good mapping folders under the data home, and the small state file saying which is in force.

``<home>/mappings-in-force/<hash>/`` holds a copy of the YAML files of one version that passed lint;
``state.json`` names the version in force (``good``) and the last refused one (``rejected``). Both are
written atomically (rename), so concurrent worker processes never see half a snapshot.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from orderbridge.mapping.lint import yaml_files

SNAPSHOTS = "mappings-in-force"
KEEP_SNAPSHOTS = 3


def make_snapshot(source_dir: Path, home: Path, version: str) -> Path:
    """Copy the mapping files (only) into ``<home>/mappings-in-force/<version>``, atomically."""
    root = home / SNAPSHOTS
    final = root / version[:16]
    if final.is_dir():
        return final
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
    for path in yaml_files(source_dir):
        target = staging / path.relative_to(source_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    try:
        os.rename(staging, final)
    except OSError:  # another worker made the same snapshot first
        shutil.rmtree(staging, ignore_errors=True)
    _prune(root, keep=final)
    return final


def _prune(root: Path, keep: Path) -> None:
    snapshots = sorted(
        (p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in snapshots[KEEP_SNAPSHOTS:]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def read_state(home: Path) -> dict[str, Any]:
    try:
        return json.loads((home / SNAPSHOTS / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_state(home: Path, state: dict[str, Any]) -> None:
    root = home / SNAPSHOTS
    root.mkdir(parents=True, exist_ok=True)
    temporary = root / f".state-{os.getpid()}.json"
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, root / "state.json")
