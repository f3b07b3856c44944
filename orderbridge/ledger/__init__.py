"""The ledger: documents, orders, deliveries to targets and an append-only event log (SQLite or PostgreSQL).

Airflow tasks pass only ids; any task can be re-run from the ledger alone. ``Ledger(url)`` runs no DDL,
``ledger.migrate()`` brings the schema to head. Calls return frozen dataclasses (``Document``, ``Order``,
``Delivery``, ``Event``, ``OrderSummary``, ``DocumentSummary``), never ORM objects; states are ``StrEnum``.
Unknown ids raise ``RecordNotFound``; bad values ``ValueError`` / ``TypeError`` before anything is written.
"""

from orderbridge.ledger.errors import DeliveryClosed, KeyConflict, LedgerError, RecordNotFound
from orderbridge.ledger.ledger import Ledger
from orderbridge.ledger.records import (
    Delivery,
    DeliverySummary,
    Document,
    DocumentSummary,
    Event,
    Order,
    OrderSummary,
)
from orderbridge.ledger.states import DeliveryState, DocumentSource, DocumentState, OrderState

__all__ = [
    "Delivery",
    "DeliveryClosed",
    "DeliveryState",
    "DeliverySummary",
    "Document",
    "DocumentSource",
    "DocumentState",
    "DocumentSummary",
    "Event",
    "KeyConflict",
    "Ledger",
    "LedgerError",
    "Order",
    "OrderState",
    "OrderSummary",
    "RecordNotFound",
]
