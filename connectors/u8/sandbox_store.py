"""The U8 sandbox's state in one SQLite file: orders, trade ids and asynchronous results.

A trade id or biz_id that already produced an order keeps answering with that order (idempotency as
U8 offers it); results of asynchronous adds wait under a request id until their ``ready_at`` time.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from connectors.sandbox_kit.store import SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    code TEXT PRIMARY KEY,
    custcode TEXT NOT NULL,
    date TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'Opening',
    fhstatus TEXT NOT NULL DEFAULT '0',
    biz_id TEXT UNIQUE,
    tradeid TEXT UNIQUE,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tradeids (id TEXT PRIMARY KEY, from_account TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (requestid TEXT PRIMARY KEY, ready_at REAL NOT NULL, answer TEXT NOT NULL);
"""


class U8Store(SqliteStore):
    schema = SCHEMA

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, lock=threading.RLock())

    def _one(self, sql: str, args: tuple = ()) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    # --- orders ---------------------------------------------------------------------------------
    def insert(self, order: dict[str, Any], *, biz_id: str | None, tradeid: str | None) -> dict[str, Any]:
        """Store a new order under the next code (``code`` given in the order wins if free)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                count = self._db.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
                code = order.get("code") or f"{count + 1:010d}"
                while self._db.execute("SELECT 1 FROM orders WHERE code = ?", (code,)).fetchone():
                    count += 1
                    code = f"{count + 1:010d}"
                stored = {**order, "code": code}
                self._db.execute(
                    "INSERT INTO orders(code, custcode, date, biz_id, tradeid, body, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        code,
                        order["custcode"],
                        order["date"],
                        biz_id,
                        tradeid,
                        json.dumps(stored, ensure_ascii=False),
                        datetime.now(UTC).isoformat(timespec="seconds"),
                    ),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return self.get(code) or {}

    def code_taken(self, code: str) -> bool:
        return self._one("SELECT 1 FROM orders WHERE code = ?", (code,)) is not None

    def get(self, code: str) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM orders WHERE code = ?", (code,))
        return _record(row) if row else None

    def by_key(self, *, biz_id: str | None, tradeid: str | None) -> dict[str, Any] | None:
        if tradeid:
            row = self._one("SELECT * FROM orders WHERE tradeid = ?", (tradeid,))
        elif biz_id:
            row = self._one("SELECT * FROM orders WHERE biz_id = ?", (biz_id,))
        else:
            row = None
        return _record(row) if row else None

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            found = self._db.execute("SELECT * FROM orders ORDER BY code").fetchall()
        return [_record(r) for r in found]

    def set_status(self, code: str, *, state: str | None, fhstatus: str | None) -> bool:
        order = self.get(code)
        if order is None:
            return False
        with self._lock:
            self._db.execute(
                "UPDATE orders SET state = ?, fhstatus = ? WHERE code = ?",
                (state or order["state"], fhstatus or order["fhstatus"], code),
            )
        return True

    # --- trade ids and asynchronous results -----------------------------------------------------
    def add_tradeid(self, trade_id: str, from_account: str) -> None:
        with self._lock:
            self._db.execute("INSERT INTO tradeids(id, from_account) VALUES (?, ?)", (trade_id, from_account))

    def tradeid_known(self, trade_id: str, from_account: str) -> bool:
        row = self._one("SELECT 1 FROM tradeids WHERE id = ? AND from_account = ?", (trade_id, from_account))
        return row is not None

    def put_result(self, requestid: str, ready_at: float, answer: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO results(requestid, ready_at, answer) VALUES (?, ?, ?)",
                (requestid, ready_at, json.dumps(answer, ensure_ascii=False)),
            )

    def result(self, requestid: str) -> tuple[float, dict[str, Any]] | None:
        row = self._one("SELECT * FROM results WHERE requestid = ?", (requestid,))
        return (row["ready_at"], json.loads(row["answer"])) if row else None


def _record(row: sqlite3.Row) -> dict[str, Any]:
    return {**json.loads(row["body"]), "state": row["state"], "fhstatus": row["fhstatus"]}
