"""The Kuaidi100 sandbox's waybills, subscriptions and push log in one SQLite file, thread-safe.

A waybill is known once registered (control call) or subscribed; its progress is ``stage`` (advanced by
a control call) or the time since it became known, whichever is further.
"""

from __future__ import annotations

import json
import time
from typing import Any

from connectors.sandbox_kit.store import SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS tracks (
    com TEXT NOT NULL, num TEXT NOT NULL, phone TEXT, created_at REAL NOT NULL,
    stage INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (com, num)
);
CREATE TABLE IF NOT EXISTS subscriptions (
    com TEXT NOT NULL, num TEXT NOT NULL, callbackurl TEXT NOT NULL, salt TEXT,
    pushed_stage INTEGER NOT NULL DEFAULT -1, PRIMARY KEY (com, num)
);
CREATE TABLE IF NOT EXISTS pushes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, com TEXT, num TEXT, stage INTEGER, url TEXT,
    accepted INTEGER NOT NULL, answer TEXT, at REAL NOT NULL
);
"""


class TrackStore(SqliteStore):
    schema = SCHEMA

    def _all(self, sql: str, args: tuple = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(r) for r in self._db.execute(sql, args).fetchall()]

    def _run(self, sql: str, args: tuple = ()) -> int:
        with self._lock:
            return self._db.execute(sql, args).rowcount

    def register(self, com: str, num: str, phone: str | None) -> None:
        self._run(
            "INSERT INTO tracks(com, num, phone, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(com, num) DO UPDATE SET phone = COALESCE(excluded.phone, tracks.phone)",
            (com, num, phone or None, time.time()),
        )

    def track(self, com: str, num: str) -> dict[str, Any] | None:
        rows = self._all("SELECT * FROM tracks WHERE com = ? AND num = ?", (com, num))
        return rows[0] if rows else None

    def tracks(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM tracks ORDER BY created_at")

    def advance(self, num: str | None, steps: int) -> int:
        if num:
            return self._run("UPDATE tracks SET stage = stage + ? WHERE num = ?", (steps, num))
        return self._run("UPDATE tracks SET stage = stage + ?", (steps,))

    def subscribe(self, com: str, num: str, url: str, salt: str | None) -> bool:
        """True when new; an existing subscription keeps its place (Kuaidi100 answers 501)."""
        return bool(
            self._run(
                "INSERT OR IGNORE INTO subscriptions(com, num, callbackurl, salt) VALUES (?, ?, ?, ?)",
                (com, num, url, salt or None),
            )
        )

    def subscriptions(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM subscriptions ORDER BY com, num")

    def mark_pushed(self, com: str, num: str, stage: int) -> None:
        self._run("UPDATE subscriptions SET pushed_stage = ? WHERE com = ? AND num = ?", (stage, com, num))

    def log_push(self, com: str, num: str, stage: int, url: str, accepted: bool, answer: str) -> None:
        self._run(
            "INSERT INTO pushes(com, num, stage, url, accepted, answer, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (com, num, stage, url, int(accepted), answer[:500], time.time()),
        )

    def pushes(self) -> list[dict[str, Any]]:
        return [{**p, "accepted": bool(p["accepted"])} for p in self._all("SELECT * FROM pushes ORDER BY id")]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
