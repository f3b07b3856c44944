"""``Ledger``: the single source of truth for documents, orders, deliveries and events."""

from __future__ import annotations

from orderbridge.ledger.cursors import CursorsMixin
from orderbridge.ledger.deliveries import DeliveriesMixin
from orderbridge.ledger.documents import DocumentsMixin
from orderbridge.ledger.events import EventsMixin
from orderbridge.ledger.migrate import current_revision, head_revision, upgrade
from orderbridge.ledger.orders import OrdersMixin
from orderbridge.ledger.statuses import StatusSyncMixin
from orderbridge.ledger.summaries import SummariesMixin


class Ledger(
    DocumentsMixin, OrdersMixin, DeliveriesMixin, EventsMixin, SummariesMixin, CursorsMixin, StatusSyncMixin
):
    """``Ledger(url)`` connects lazily and runs no DDL; ``migrate()`` creates or upgrades the schema.

    Every method is one transaction; every state change appends its event in that same transaction.
    Methods return frozen records (``orderbridge.ledger.records``), never live ORM objects.
    Thread-safe: share one instance per process (it holds the connection pool).
    """

    @classmethod
    def from_env(cls) -> Ledger:
        """The ledger of ``Settings.from_env()`` (``ORDERBRIDGE_DB_URL`` or the embedded SQLite file)."""
        from orderbridge.settings import Settings

        return cls(Settings.from_env().db_url)

    def migrate(self) -> None:
        """``alembic upgrade head``; idempotent and safe to call from several processes at once."""
        upgrade(self.engine)

    def is_current(self) -> bool:
        """Whether the database is at the newest schema revision."""
        return current_revision(self.engine) == head_revision()
