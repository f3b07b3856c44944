"""The SQLite file behind every sandbox's state: opened once, shared between threads under one lock.

Autocommit mode (``isolation_level=None``): a store that needs several statements to land together
opens its own ``BEGIN IMMEDIATE`` while holding ``_lock``. Rows come back as ``sqlite3.Row``.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any, ClassVar


class SqliteStore:
    """Subclasses set ``schema`` (``CREATE TABLE IF NOT EXISTS ...``), run on open."""

    schema: ClassVar[str] = ""

    def __init__(self, path: str | Path, *, lock: Any = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = lock if lock is not None else threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.executescript(self.schema)

    def close(self) -> None:
        with self._lock:
            self._db.close()
