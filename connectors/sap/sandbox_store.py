"""The SAP sandbox's state: committed orders in SQLite (they survive a restart), open sessions in memory.

A created order waits in its session until BAPI_TRANSACTION_COMMIT in that session writes it; a session
that ends first (expired, or its client went away) takes its uncommitted orders with it, as an SAP LUW
does. Order numbers come from a number range kept in SQLite, so a rolled-back order leaves a gap.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from connectors.sandbox_kit.store import SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    vbeln TEXT PRIMARY KEY,
    sold_to TEXT NOT NULL,
    sales_org TEXT NOT NULL,
    purch_no TEXT NOT NULL DEFAULT '',
    doc_type TEXT NOT NULL,
    doc_date TEXT NOT NULL,
    prc_stat TEXT NOT NULL DEFAULT 'A',
    dlv_stat TEXT NOT NULL DEFAULT 'A',
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS number_range (name TEXT PRIMARY KEY, last INTEGER NOT NULL);
"""
FIRST_NUMBER = 10000  # sales orders 0000010001, 0000010002, ...


class OrderStore(SqliteStore):
    schema = SCHEMA

    def __init__(self, path: str | Path) -> None:
        super().__init__(path)
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO number_range(name, last) VALUES ('VBAK', ?)", (FIRST_NUMBER,)
            )

    def next_number(self) -> str:
        with self._lock:
            self._db.execute("UPDATE number_range SET last = last + 1 WHERE name = 'VBAK'")
            last = self._db.execute("SELECT last FROM number_range WHERE name = 'VBAK'").fetchone()[0]
        return f"{last:010d}"

    def commit(self, orders: list[dict[str, Any]]) -> None:
        """Write the orders of one LUW, all or none."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for o in orders:
                    self._db.execute(
                        "INSERT INTO orders(vbeln, sold_to, sales_org, purch_no, doc_type, doc_date, body,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            o["vbeln"],
                            o["sold_to"],
                            o["sales_org"],
                            o["purch_no"],
                            o["doc_type"],
                            o["doc_date"],
                            json.dumps(o, ensure_ascii=False),
                            datetime.now(UTC).isoformat(timespec="seconds"),
                        ),
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def get(self, vbeln: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM orders WHERE vbeln = ?", (vbeln,)).fetchone()
        return _record(row) if row else None

    def find(self, sold_to: str, sales_org: str, purch_no: str | None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM orders WHERE sold_to = ? AND sales_org = ?"
        args: list[Any] = [sold_to, sales_org]
        if purch_no:
            sql, args = sql + " AND purch_no = ?", [*args, purch_no]
        with self._lock:
            found = self._db.execute(sql + " ORDER BY vbeln", args).fetchall()
        return [_record(r) for r in found]

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            found = self._db.execute("SELECT * FROM orders ORDER BY vbeln").fetchall()
        return [_record(r) for r in found]

    def set_status(self, vbeln: str, *, prc_stat: str | None = None, dlv_stat: str | None = None) -> bool:
        order = self.get(vbeln)
        if order is None:
            return False
        with self._lock:
            self._db.execute(
                "UPDATE orders SET prc_stat = ?, dlv_stat = ? WHERE vbeln = ?",
                (prc_stat or order["prc_stat"], dlv_stat or order["dlv_stat"], vbeln),
            )
        return True


def _record(row: sqlite3.Row) -> dict[str, Any]:
    return {**json.loads(row["body"]), "prc_stat": row["prc_stat"], "dlv_stat": row["dlv_stat"]}


class Sessions:
    """Open sessions and the orders each has created but not committed."""

    def __init__(self) -> None:
        self._pending: dict[str, list[dict[str, Any]]] = {}
        self._lock = threading.Lock()

    def resolve(self, session_id: str | None) -> tuple[str, bool]:
        """(session id, is it new): an unknown or missing id opens a new session."""
        with self._lock:
            if session_id and session_id in self._pending:
                return session_id, False
            new = secrets.token_hex(16)
            self._pending[new] = []
            return new, True

    def add(self, session_id: str, order: dict[str, Any]) -> None:
        with self._lock:
            self._pending.setdefault(session_id, []).append(order)

    def take(self, session_id: str) -> list[dict[str, Any]]:
        with self._lock:
            orders, self._pending[session_id] = self._pending.get(session_id, []), []
        return orders

    def end(self, session_id: str) -> None:
        """The session is over: its uncommitted orders are gone."""
        with self._lock:
            self._pending.pop(session_id, None)

    def end_all(self) -> None:
        with self._lock:
            self._pending.clear()

    def pending_count(self) -> int:
        with self._lock:
            return sum(len(v) for v in self._pending.values())
