"""Notice new files in the inbox folder, cheaply: the signal behind the folder's arrival trigger.

``ArrivalWatch.new_arrivals()`` lists the inbox once (one ``scandir``) and returns the settled files it
has not announced before, by name, mtime and size. It only signals: ``poll_folder`` stays the one place
where files are taken in, so a missed signal costs a wait for the schedule's next poll and a repeated
one costs an empty poll, never a document. A file still being written is announced once it has settled,
by the same rule ``FolderInbox.ready_files`` uses, so the poll it wakes finds it.
"""

from __future__ import annotations

import time
from pathlib import Path

from connectors.folder.inbox import settled_entries

Key = tuple[str, float, int]  # name, mtime, size: a file replaced under the same name is new again


class ArrivalWatch:
    def __init__(self, inbox: Path | str, settle_seconds: float = 2.0) -> None:
        self.inbox = Path(inbox)
        self.settle_seconds = settle_seconds
        self._announced: set[Key] = set()

    def new_arrivals(self, *, now: float | None = None) -> list[str]:
        """Names of settled files not announced yet, oldest first. The first call announces every file
        already waiting (they arrived while nobody watched). A missing inbox is an empty one."""
        now = time.time() if now is None else now
        try:
            entries = settled_entries(self.inbox, self.settle_seconds, now=now)
        except FileNotFoundError:
            entries = []
        present = {(name, mtime, size) for mtime, name, size in entries}
        fresh = [name for mtime, name, size in entries if (name, mtime, size) not in self._announced]
        self._announced = present  # forget files that left: the same name arriving again is news
        return fresh
