"""Watched-folder intake: files dropped into ``inbox/`` are taken in, then moved out.

The order of steps is what makes it safe: a file is copied into the document store and committed to
the ledger by the caller *before* it is moved to ``processed/`` or ``rejected/<reason>/``. A crash between
leaves the file in the inbox, and the next poll finds it again by content hash: nothing lost or doubled.
Files still being written are left alone until their size and mtime have settled.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Names that editors, browsers and upload tools use while a file is still being written.
_IN_PROGRESS_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".filepart", ".swp")


@dataclass(frozen=True)
class InboxFile:
    path: Path
    size: int


class FolderInbox:
    def __init__(self, inbox: Path, processed: Path, rejected: Path, *, settle_seconds: float = 2.0) -> None:
        self.inbox = inbox
        self.processed = processed
        self.rejected = rejected
        self.settle_seconds = settle_seconds

    def ensure_dirs(self) -> None:
        for folder in (self.inbox, self.processed, self.rejected):
            folder.mkdir(parents=True, exist_ok=True)

    def ready_files(self, *, now: float | None = None) -> Iterator[InboxFile]:
        """Regular files in the inbox (not in sub-folders) that look complete, oldest first."""
        for _mtime, name, size in settled_entries(self.inbox, self.settle_seconds, now=now):
            yield InboxFile(path=self.inbox / name, size=size)

    def mark_processed(self, path: Path) -> Path:
        """Move a file that is safely in the ledger out of the inbox; returns where it went."""
        return _move_unique(path, self.processed)

    def mark_rejected(self, path: Path, reason: str) -> Path:
        """Move a refused file to ``rejected/<reason>/``; works from the inbox or from ``processed/``."""
        return _move_unique(path, self.rejected / _safe_reason(reason))


def settled_entries(
    folder: Path, settle_seconds: float, *, now: float | None = None
) -> list[tuple[float, str, int]]:
    """``(mtime, name, size)`` of the regular files directly in ``folder`` that look complete (no
    in-progress name, unchanged for ``settle_seconds``), oldest first. One ``scandir``: cheap enough to
    run every half second (the arrival trigger does)."""
    now = time.time() if now is None else now
    candidates = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.is_file(follow_symlinks=False) or _looks_in_progress(entry.name):
                continue
            stat = entry.stat(follow_symlinks=False)
            if now - stat.st_mtime < settle_seconds:
                continue
            candidates.append((stat.st_mtime, entry.name, stat.st_size))
    return sorted(candidates)


def _looks_in_progress(name: str) -> bool:
    lowered = name.lower()
    return name.startswith((".", "~$")) or lowered.endswith(_IN_PROGRESS_SUFFIXES)


def _safe_reason(reason: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason.strip().lower())
    return cleaned or "unknown"


def _move_unique(path: Path, folder: Path) -> Path:
    """Move ``path`` into ``folder`` without overwriting a file of the same name that is already there."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    counter = 1
    while target.exists():
        target = folder / f"{path.stem}.{counter}{path.suffix}"
        counter += 1
    shutil.move(str(path), str(target))
    return target
