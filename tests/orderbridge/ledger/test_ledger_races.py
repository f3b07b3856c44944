"""Get-or-create under a real race on PostgreSQL: the loser's insert waits on the unique index, fails when
the winner commits, and the retried call returns the winner's row (no error, no second row, no event).

The winner is a bare transaction held open by the test; the test waits until the ledger's insert is seen
blocked on that lock in ``pg_stat_activity``, then commits. No sleeps decide the outcome.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, text

from orderbridge.ledger import Ledger

pytestmark = pytest.mark.postgres

SHA = "f" * 64


@pytest.fixture
def pg_ledger(postgres_url: str) -> Iterator[Ledger]:
    ledger = Ledger(postgres_url)
    ledger.migrate()
    yield ledger
    ledger.dispose()


def _blocked_on_a_lock(connection: Connection) -> bool:
    return bool(
        connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        )
    )


def race(ledger: Ledger, winner_sql: str, winner_params: dict[str, Any], loser: Callable[[], Any]) -> Any:
    """Runs ``loser`` while an uncommitted insert (``winner_sql``) holds the unique key, then commits it."""
    outcome: dict[str, Any] = {}

    def run_loser() -> None:
        try:
            outcome["result"] = loser()
        except BaseException as exc:  # re-raised in the test thread below
            outcome["error"] = exc

    with ledger.engine.connect() as winner, ledger.engine.connect() as watcher:
        with winner.begin():
            winner.execute(text(winner_sql), winner_params)
            thread = threading.Thread(target=run_loser)
            thread.start()
            while not _blocked_on_a_lock(watcher):
                watcher.rollback()
                time.sleep(0.01)
            watcher.rollback()
        thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


NOW = "now()"


def test_record_document_loses_the_race_and_returns_the_winner(pg_ledger: Ledger) -> None:
    winner_sql = (
        "INSERT INTO documents (sha256, size, original_name, source, source_ref, stored_path, state, "
        f"received_at, updated_at) VALUES (:sha, 3, 'won.pdf', 'folder', 'inbox/won.pdf', 'p', 'received', "
        f"{NOW}, {NOW})"
    )
    document, created = race(
        pg_ledger,
        winner_sql,
        {"sha": SHA},
        lambda: pg_ledger.record_document(
            sha256=SHA, size=3, source="imap", source_ref="<m@x>", original_name="lost.pdf", stored_path="p"
        ),
    )
    assert not created
    assert document.original_name == "won.pdf"
    assert len(pg_ledger.documents_in_state()) == 1
    assert [e.kind for e in pg_ledger.events()] == ["document.duplicate"]


def test_record_order_loses_the_race_and_returns_the_winner(pg_ledger: Ledger) -> None:
    document, _ = pg_ledger.record_document(
        sha256=SHA, size=3, source="folder", source_ref="a", original_name="a.pdf", stored_path="p"
    )
    winner_sql = (
        "INSERT INTO orders (document_id, customer_key, po_number, canonical, state, created_at, updated_at) "
        f"VALUES (:doc, 'C001', 'PO-1', '{{\"won\": true}}', 'extracted', {NOW}, {NOW})"
    )
    order, created = race(
        pg_ledger,
        winner_sql,
        {"doc": document.id},
        lambda: pg_ledger.record_order(
            document_id=document.id,
            customer_key="C001",
            customer_code="C001",
            po_number="PO-1",
            canonical={"won": False},
            state="extracted",
        ),
    )
    assert not created
    assert order.canonical == {"won": True}
    assert len(pg_ledger.orders_in_state()) == 1


def test_open_delivery_loses_the_race_and_returns_the_winner(pg_ledger: Ledger) -> None:
    document, _ = pg_ledger.record_document(
        sha256=SHA, size=3, source="folder", source_ref="a", original_name="a.pdf", stored_path="p"
    )
    order, _ = pg_ledger.record_order(
        document_id=document.id,
        customer_key="C001",
        customer_code="C001",
        po_number="PO-1",
        canonical={},
        state="ready",
    )
    winner_sql = (
        "INSERT INTO deliveries (order_id, target, idempotency_key, state, attempts, created_at, updated_at) "
        f"VALUES (:order, 'kingdee', 'k-1', 'pending', 0, {NOW}, {NOW})"
    )
    delivery = race(
        pg_ledger,
        winner_sql,
        {"order": order.id},
        lambda: pg_ledger.open_delivery(order_id=order.id, target="kingdee", idempotency_key="k-1"),
    )
    assert (delivery.order_id, delivery.idempotency_key) == (order.id, "k-1")
    assert pg_ledger.deliveries_for(order.id) == [delivery]
    assert pg_ledger.events(delivery_id=delivery.id) == []
