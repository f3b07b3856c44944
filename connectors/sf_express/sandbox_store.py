"""The SF sandbox's shipments in one SQLite file: one row per (partnerID, orderId), thread-safe.

``UNIQUE(partner_id, order_id)`` is what makes orderId idempotent: a second create with the same
orderId finds the first row and answers its waybill. Route progress is ``stage`` (advanced by a control
call) or the time since booking, whichever is further.
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

from connectors.sandbox_kit.store import SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS shipments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    waybill_no TEXT NOT NULL UNIQUE,
    msg_data TEXT NOT NULL,
    created_at REAL NOT NULL,
    stage INTEGER NOT NULL DEFAULT 0,
    UNIQUE (partner_id, order_id)
);
"""
WAYBILL_BASE = 1_400_000_000_000  # SF waybills read SF + 13 digits


class ShipmentStore(SqliteStore):
    schema = SCHEMA

    def book(self, partner_id: str, order_id: str, msg_data: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """(shipment, created): the existing shipment of this orderId, else a new one with a waybill."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._find(partner_id, order_id)
                if row is not None:
                    self._db.execute("COMMIT")
                    return _record(row), False
                seq = self._db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM shipments").fetchone()[0]
                waybill = f"SF{WAYBILL_BASE + seq * 7 + 3}"
                self._db.execute(
                    "INSERT INTO shipments(partner_id, order_id, waybill_no, msg_data, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (partner_id, order_id, waybill, json.dumps(msg_data, ensure_ascii=False), time.time()),
                )
                row = self._find(partner_id, order_id)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return _record(row), True

    def _find(self, partner_id: str, order_id: str) -> sqlite3.Row | None:
        return self._db.execute(
            "SELECT * FROM shipments WHERE partner_id = ? AND order_id = ?", (partner_id, order_id)
        ).fetchone()

    def by_order(self, partner_id: str, order_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._find(partner_id, order_id)
        return _record(row) if row else None

    def by_waybill(self, partner_id: str, waybill_no: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM shipments WHERE partner_id = ? AND waybill_no = ?", (partner_id, waybill_no)
            ).fetchone()
        return _record(row) if row else None

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM shipments ORDER BY id").fetchall()
        return [_record(r) for r in rows]

    def advance(self, waybill_no: str | None, steps: int) -> int:
        """Move one shipment (or all) ``steps`` route events on; the number of shipments moved."""
        sql, args = "UPDATE shipments SET stage = stage + ?", [steps]
        if waybill_no:
            sql, args = sql + " WHERE waybill_no = ?", [steps, waybill_no]
        with self._lock:
            return self._db.execute(sql, args).rowcount


def _record(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "partnerID": row["partner_id"],
        "orderId": row["order_id"],
        "waybillNo": row["waybill_no"],
        "msgData": json.loads(row["msg_data"]),
        "createdAt": row["created_at"],
        "stage": row["stage"],
    }
