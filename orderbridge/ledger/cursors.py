"""Cursors: the position an incremental reader has safely reached, kept in the ledger.

A reader saves its cursor in the same transaction-free way as any state change, *after* the work up to it
is committed, so a crash repeats a little work (dropped again by key) and never skips any.
"""

from __future__ import annotations

from typing import Any

from orderbridge.ledger.base import LedgerBase
from orderbridge.ledger.db import utcnow
from orderbridge.ledger.schema import CursorRow


class CursorsMixin(LedgerBase):
    def get_cursor(self, name: str) -> dict[str, Any] | None:
        with self._reading() as session:
            row = session.get(CursorRow, name)
            return dict(row.value) if row is not None else None

    def set_cursor(self, name: str, value: dict[str, Any]) -> None:
        """Create or replace the cursor ``name`` (e.g. ``"imap:orders_mailbox:INBOX"``)."""
        if not name:
            raise ValueError("a cursor needs a name")

        def work(session) -> None:
            row = session.get(CursorRow, name, with_for_update=True)
            if row is None:
                session.add(CursorRow(name=name, value=value, updated_at=utcnow()))
            else:
                row.value = value
                row.updated_at = utcnow()

        self._write(work)
