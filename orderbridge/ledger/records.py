"""What ledger calls return: small frozen dataclasses, detached from any session.

A record is a snapshot taken inside the transaction that read or wrote it; change the ledger through
``Ledger`` methods, never by editing a record. States are the ``StrEnum`` members (equal to plain strings).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Self

from orderbridge.ledger.states import DeliveryState, DocumentSource, DocumentState, OrderState


class _FromRow:
    _enums: ClassVar[dict[str, type]] = {}

    @classmethod
    def from_row(cls, row: Any) -> Self:
        """Copy the same-named attributes of an ORM row, turning state columns into their enums."""
        values = {f.name: getattr(row, f.name) for f in fields(cls)}  # type: ignore[arg-type]
        for name, enum in cls._enums.items():
            values[name] = enum(values[name])
        return cls(**values)


@dataclass(frozen=True)
class Document(_FromRow):
    id: int
    sha256: str
    size: int
    media_type: str | None
    original_name: str
    source: DocumentSource
    source_ref: str
    stored_path: str
    state: DocumentState
    reject_reason: str | None
    detail: str | None
    received_at: dt.datetime
    updated_at: dt.datetime
    sender: str | None = None
    customer_code: str | None = None

    _enums: ClassVar[dict[str, type]] = {"source": DocumentSource, "state": DocumentState}


@dataclass(frozen=True)
class Order(_FromRow):
    id: int
    document_id: int
    customer_key: str
    po_number: str
    customer_code: str | None
    canonical: dict[str, Any]
    state: OrderState
    detail: str | None
    created_at: dt.datetime
    updated_at: dt.datetime

    _enums: ClassVar[dict[str, type]] = {"state": OrderState}


@dataclass(frozen=True)
class Delivery(_FromRow):
    id: int
    order_id: int
    target: str
    idempotency_key: str
    state: DeliveryState
    attempts: int
    external_id: str | None
    last_error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime

    _enums: ClassVar[dict[str, type]] = {"state": DeliveryState}


@dataclass(frozen=True)
class Event(_FromRow):
    id: int
    occurred_at: dt.datetime
    kind: str
    document_id: int | None
    order_id: int | None
    delivery_id: int | None
    data: dict[str, Any] | None
    message: str | None


@dataclass(frozen=True)
class DeliverySummary:
    """One target's line in ``orderbridge orders``."""

    target: str
    state: DeliveryState
    external_id: str | None
    attempts: int
    last_error: str | None
    delivery_id: int  # the delivery's ledger id (its status events are kept by it)


@dataclass(frozen=True)
class OrderSummary:
    order_id: int
    document_id: int
    customer_key: str
    customer_code: str | None
    po_number: str
    state: OrderState
    original_name: str
    created_at: dt.datetime
    updated_at: dt.datetime
    deliveries: tuple[DeliverySummary, ...]


@dataclass(frozen=True)
class DocumentSummary:
    document_id: int
    original_name: str
    source: DocumentSource
    state: DocumentState
    reject_reason: str | None
    received_at: dt.datetime
    po_numbers: tuple[str, ...]
    sender: str | None = None
    customer_code: str | None = None  # the sender's customer, else the first linked order's

    @property
    def po_number(self) -> str | None:
        """The linked order's PO number (several joined by ", " when one file held several orders)."""
        return ", ".join(self.po_numbers) or None
