"""What the ledger raises on purpose (all under ``OrderBridgeError``)."""

from __future__ import annotations

from orderbridge.errors import OrderBridgeError


class LedgerError(OrderBridgeError):
    """A ledger call that cannot be honoured as asked."""


class RecordNotFound(LedgerError, LookupError):
    """No document / order / delivery with that id."""

    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class KeyConflict(LedgerError):
    """A unique key (idempotency key, customer + PO number) already belongs to another record."""


class DeliveryClosed(LedgerError):
    """A delivered delivery is never attempted again: that is how a second ERP order is avoided."""
