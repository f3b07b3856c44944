"""The states and sources the ledger knows, as ``StrEnum`` so they compare equal to their plain strings.

The columns hold plain strings (no database enum or CHECK constraint): adding a state is a change here,
not a migration. Every write goes through these enums, so an unknown state is refused in Python.
"""

from __future__ import annotations

from enum import StrEnum


class DocumentSource(StrEnum):
    FOLDER = "folder"
    IMAP = "imap"
    SFTP = "sftp"


class DocumentState(StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    EXTRACTED = "extracted"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    DONE = "done"


class OrderState(StrEnum):
    EXTRACTED = "extracted"
    REVIEW = "review"
    READY = "ready"
    DELIVERED = "delivered"
    FAILED = "failed"
    DEAD_LETTER = "dead_letter"


class DeliveryState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    DELIVERED = "delivered"
    FAILED = "failed"
    REVIEW = "review"
    DEAD_LETTER = "dead_letter"


#: The states ``mark_delivery_failed`` may put a delivery in.
DELIVERY_FAILURE_STATES = frozenset({DeliveryState.FAILED, DeliveryState.REVIEW, DeliveryState.DEAD_LETTER})
