"""A cheap stamp of a folder of mapping files: names, sizes and modification times, no contents.

``Runtime.mappings()`` is asked several times per order; reading and hashing every mapping file each time
(``mappings_in_force``'s fingerprint) cost more than the rest of the push. The stamp tells, for a few
hundred microseconds, that nothing changed since the set in hand was loaded. A file modified within the
last ``RACY_SECONDS`` makes the stamp untrustworthy (``None``): a second edit in the same clock tick could
keep the same size and mtime, so such a folder is always read in full (the racy-git rule).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

RACY_SECONDS = 2.0
_SUFFIXES = (".yaml", ".yml", ".json")

Stamp = tuple[tuple[str, int, int], ...]


def folder_stamp(folder: Path, *, now: float | None = None) -> Stamp | None:
    """``(path, mtime_ns, size)`` of every mapping file under ``folder`` and of the schemas that judge
    them, sorted; ``None`` when one was modified too recently to trust its mtime."""
    from orderbridge.yamlconfig import SCHEMAS_DIR

    entries: list[tuple[str, int, int]] = []
    roots = [str(folder)] if Path(SCHEMAS_DIR).is_relative_to(folder) else [str(folder), str(SCHEMAS_DIR)]
    for root in roots:
        _walk(root, entries)
    now = time.time() if now is None else now
    if any(now - mtime_ns / 1e9 < RACY_SECONDS for _path, mtime_ns, _size in entries):
        return None
    return tuple(sorted(entries))


def _walk(top: str, entries: list[tuple[str, int, int]]) -> None:
    pending = [top]
    while pending:
        try:
            with os.scandir(pending.pop()) as listing:
                for entry in listing:
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(entry.path)
                    elif entry.name.endswith(_SUFFIXES):
                        stat = entry.stat()
                        entries.append((entry.path, stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            continue
