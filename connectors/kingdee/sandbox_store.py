"""The sandbox's orders in one SQLite file, so they survive a restart. Safe to share between threads."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from connectors.sandbox_kit.store import SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    form_id TEXT NOT NULL,
    bill_no TEXT NOT NULL UNIQUE COLLATE NOCASE,
    document_status TEXT NOT NULL DEFAULT 'A',
    close_status TEXT NOT NULL DEFAULT 'A',
    cancel_status TEXT NOT NULL DEFAULT 'A',
    model TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
"""
BILL_PREFIX = {"SAL_SaleOrder": "XSDD"}
FID_START = 100000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class OrderStore(SqliteStore):
    schema = SCHEMA

    def __init__(self, path: str | Path) -> None:
        super().__init__(path)
        with self._lock:
            # FIDs look like a real tenant's (six digits), bill numbers count from 1.
            self._db.execute(
                "INSERT INTO sqlite_sequence(name, seq) SELECT 'orders', ?"
                " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'orders')",
                (FID_START,),
            )

    def insert(self, form_id: str, model: dict[str, Any], bill_no: str | None, status: str) -> dict[str, Any]:
        """Store a new order; the bill number is ``XSDD`` + a zero-padded sequence unless given."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                count = self._db.execute(
                    "SELECT COUNT(*) FROM orders WHERE form_id = ?", (form_id,)
                ).fetchone()[0]
                number = bill_no
                while number is None or self._taken(number):
                    count += 1
                    number = f"{BILL_PREFIX.get(form_id, 'BILL')}{count:06d}"
                cur = self._db.execute(
                    "INSERT INTO orders(form_id, bill_no, document_status, model, created_at, modified_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (form_id, number, status, "{}", _now(), _now()),
                )
                fid = int(cur.lastrowid or 0)
                stored = {**model, "FID": fid, "FBillNo": number}
                self._db.execute("UPDATE orders SET model = ? WHERE fid = ?", (_dump(stored), fid))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return self.get(form_id, fid=fid) or {}

    def _taken(self, bill_no: str) -> bool:
        return self._db.execute("SELECT 1 FROM orders WHERE bill_no = ?", (bill_no,)).fetchone() is not None

    def exists(self, form_id: str, bill_no: str) -> bool:
        return self.get(form_id, bill_no=bill_no) is not None

    def get(
        self, form_id: str, *, fid: int | None = None, bill_no: str | None = None
    ) -> dict[str, Any] | None:
        column, value = ("fid", fid) if fid is not None else ("bill_no", bill_no)
        with self._lock:
            row = self._db.execute(
                f"SELECT * FROM orders WHERE form_id = ? AND {column} = ?", (form_id, value)
            ).fetchone()
        return _record(row) if row else None

    def all(self, form_id: str | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM orders", ()
        if form_id:
            sql, args = sql + " WHERE form_id = ?", (form_id,)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY fid", args).fetchall()
        return [_record(r) for r in rows]

    def set_status(self, form_id: str, bill_no: str, status: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE orders SET document_status = ?, modified_at = ? WHERE form_id = ? AND bill_no = ?",
                (status, _now(), form_id, bill_no),
            )


def _dump(model: dict[str, Any]) -> str:
    return json.dumps(model, ensure_ascii=False, sort_keys=False)


def _record(row: sqlite3.Row) -> dict[str, Any]:
    model = json.loads(row["model"])
    return {
        "FID": row["fid"],
        "FBillNo": row["bill_no"],
        "FormId": row["form_id"],
        "FDocumentStatus": row["document_status"],
        "FCloseStatus": row["close_status"],
        "FCancelStatus": row["cancel_status"],
        "CreatedAt": row["created_at"],
        "ModifiedAt": row["modified_at"],
        "Model": model,
    }
