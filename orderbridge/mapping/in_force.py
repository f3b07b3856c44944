"""The mappings in force: IT's edits take effect on the next run, and a broken edit never does.

Every run asks ``mappings_in_force``. When the files under the mappings folder changed (content hash),
the whole folder is linted; a clean folder is copied into a snapshot under the data home and becomes the
set in force, a folder with any error is refused: the last good snapshot stays in force, the problems go to
the log (the Airflow task log) and, once per refused version, to the ledger as a ``mapping.rejected`` event.
The snapshot lives on disk, so a fresh worker process falls back to it too. With no good snapshot at all,
a broken folder is a ``MappingError`` (a ``ConfigError``): there is nothing safe to run with.

The folder is taken as a whole (master data, routing and target mappings refer to each other), so a file
that is fine on its own waits until the broken one beside it is fixed.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orderbridge.mapping.lint import lint_tree, load_target_mappings, yaml_files
from orderbridge.mapping.snapshots import SNAPSHOTS, make_snapshot, read_state, write_state
from orderbridge.masterdata import MasterData
from orderbridge.routing import Routing
from orderbridge.yamlconfig import SCHEMAS_DIR, MappingError

if TYPE_CHECKING:
    from orderbridge.mapping.target import TargetMapping

log = logging.getLogger(__name__)
_CACHE: dict[tuple[Path, Path], MappingSet] = {}


@dataclass
class MappingSet:
    """Loaded, checked mappings of one version of the folder."""

    source_dir: Path  # the folder IT edits
    dir: Path  # the snapshot actually loaded
    fingerprint: str  # of the snapshot in force
    masterdata: MasterData
    routing: Routing
    targets: dict[str, TargetMapping]
    rejected: list[str] = field(default_factory=list)  # problems of a newer, refused version
    source_fingerprint: str = ""  # of the folder as it was when this set was chosen

    def target_mapping(self, target: str) -> TargetMapping:
        if target not in self.targets:
            known = ", ".join(sorted(self.targets)) or "none"
            raise MappingError([f"{self.dir / 'targets'}: no mapping for target '{target}' (known: {known})"])
        return self.targets[target]


def fingerprint(mappings_dir: Path) -> str:
    """Hash of every mapping file's name and bytes, and of the schemas that judge them."""
    digest = hashlib.sha256()
    folder = Path(mappings_dir)
    files = [(str(p.relative_to(folder)), p) for p in yaml_files(folder)]
    files += [(f"schemas/{p.name}", p) for p in sorted(SCHEMAS_DIR.glob("*.schema.json"))]
    for name, path in files:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def mappings_in_force(source_dir: Path, home: Path, *, ledger: Any = None) -> MappingSet:
    """The set to run with now; see the module's docstring. ``ledger`` receives ``mapping.rejected``."""
    source_dir, home = Path(source_dir).resolve(), Path(home).resolve()
    current = fingerprint(source_dir)
    cached = _CACHE.get((source_dir, home))
    if cached is not None and cached.source_fingerprint == current:
        return cached
    state = read_state(home)
    if state.get("good") == current and (home / SNAPSHOTS / current[:16]).is_dir():
        result = _load(source_dir, home / SNAPSHOTS / current[:16], current)
    else:
        report = lint_tree(source_dir)
        if report.ok:
            for warning in report.warnings:
                log.warning("mapping: %s", warning)
            snapshot = make_snapshot(source_dir, home, current)
            result = _load(source_dir, snapshot, current)
            write_state(home, {"good": current})
            log.info("mappings %s from %s are now in force", current[:12], source_dir)
        else:
            result = _refuse(source_dir, home, current, report.errors, state, ledger)
    result.source_fingerprint = current
    _CACHE[(source_dir, home)] = result
    return result


def _refuse(
    source_dir: Path, home: Path, current: str, errors: list[str], state: dict[str, Any], ledger: Any
) -> MappingSet:
    good = state.get("good")
    snapshot = home / SNAPSHOTS / str(good)[:16]
    if not good or not snapshot.is_dir():
        raise MappingError(errors, path=source_dir)
    for problem in errors:
        log.error("mapping rejected: %s", problem)
    log.error(
        "the mappings in %s have %d error(s) and were NOT loaded; version %s stays in force. "
        "Run `orderbridge lint` to see them.",
        source_dir,
        len(errors),
        good[:12],
    )
    if state.get("rejected") != current:
        if ledger is not None:
            ledger.add_event(
                "mapping.rejected",
                message=f"{len(errors)} error(s) in {source_dir}; version {good[:12]} stays in force",
                data={"fingerprint": current, "in_force": good, "errors": errors[:100]},
            )
        write_state(home, {"good": good, "rejected": current})
    result = _load(source_dir, snapshot, good)
    result.rejected = errors
    return result


def _load(source_dir: Path, snapshot: Path, version: str) -> MappingSet:
    masterdata = MasterData.load(snapshot)
    routing = Routing.load(snapshot, customers=set(masterdata.customers))
    return MappingSet(source_dir, snapshot, version, masterdata, routing, load_target_mappings(snapshot))
