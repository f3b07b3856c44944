"""Deliveries: get-or-create per (order, target), intent committed before the call, never sent twice."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from orderbridge.ledger import (
    Delivery,
    DeliveryClosed,
    DeliveryState,
    KeyConflict,
    Ledger,
    LedgerError,
    Order,
    RecordNotFound,
)


@pytest.fixture
def delivery(ledger: Ledger, new_order: Callable[..., Order]) -> Delivery:
    return ledger.open_delivery(
        order_id=new_order().id, target="kingdee", idempotency_key="C001/PO-1/kingdee"
    )


def test_open_delivery_creates_a_pending_delivery_once(
    ledger: Ledger, new_order: Callable[..., Order]
) -> None:
    order = new_order()
    first = ledger.open_delivery(order_id=order.id, target="kingdee", idempotency_key="k-1")
    again = ledger.open_delivery(order_id=order.id, target="kingdee", idempotency_key="k-1")
    assert again == first
    assert (first.state, first.attempts, first.external_id) == (DeliveryState.PENDING, 0, None)
    assert ledger.deliveries_for(order.id) == [first]
    assert [e.kind for e in ledger.events(delivery_id=first.id)] == ["delivery.pending"]


def test_reopening_keeps_the_key_the_delivery_was_opened_with(
    ledger: Ledger, new_order: Callable[..., Order]
) -> None:
    order = new_order()
    first = ledger.open_delivery(order_id=order.id, target="kingdee", idempotency_key="old-key")
    again = ledger.open_delivery(order_id=order.id, target="kingdee", idempotency_key="new-key")
    assert again == first
    assert again.idempotency_key == "old-key"


def test_one_order_has_one_delivery_per_target(ledger: Ledger, new_order: Callable[..., Order]) -> None:
    order = new_order()
    kingdee = ledger.open_delivery(order_id=order.id, target="kingdee", idempotency_key="k-1")
    sf = ledger.open_delivery(order_id=order.id, target="sf_express", idempotency_key="s-1")
    assert ledger.deliveries_for(order.id) == [kingdee, sf]
    assert ledger.deliveries_for(999) == []


def test_an_idempotency_key_belongs_to_one_delivery(ledger: Ledger, new_order: Callable[..., Order]) -> None:
    first, second = new_order(), new_order()
    ledger.open_delivery(order_id=first.id, target="kingdee", idempotency_key="k-1")
    with pytest.raises(KeyConflict, match="k-1"):
        ledger.open_delivery(order_id=second.id, target="kingdee", idempotency_key="k-1")
    assert ledger.deliveries_for(second.id) == []


def test_a_delivery_needs_an_existing_order_a_target_and_a_key(
    ledger: Ledger, new_order: Callable[..., Order]
) -> None:
    with pytest.raises(RecordNotFound, match="no order with id 77"):
        ledger.open_delivery(order_id=77, target="kingdee", idempotency_key="k")
    with pytest.raises(ValueError):
        ledger.open_delivery(order_id=new_order().id, target="", idempotency_key="k")
    with pytest.raises(ValueError):
        ledger.open_delivery(order_id=new_order().id, target="kingdee", idempotency_key="")


def test_concurrent_opens_from_several_processes_make_one_delivery(
    ledger_url: str, ledger: Ledger, new_order: Callable[..., Order]
) -> None:
    order = new_order()
    workers = [Ledger(ledger_url) for _ in range(6)]
    barrier = threading.Barrier(len(workers))
    opened: list[Delivery] = []
    errors: list[BaseException] = []

    def open_it(worker: Ledger) -> None:
        barrier.wait()
        try:
            opened.append(worker.open_delivery(order_id=order.id, target="kingdee", idempotency_key="k-race"))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_it, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker in workers:
        worker.dispose()
    assert errors == []
    assert len({d.id for d in opened}) == 1
    assert len(ledger.deliveries_for(order.id)) == 1
    assert [e.kind for e in ledger.events(order_id=order.id)].count("delivery.pending") == 1


def test_begin_attempt_counts_and_is_committed_before_the_call(
    ledger_url: str, ledger: Ledger, delivery: Delivery
) -> None:
    first = ledger.begin_attempt(delivery.id)
    assert (first.state, first.attempts) == (DeliveryState.SENDING, 1)
    another_process = Ledger(ledger_url)
    try:
        assert another_process.get_delivery(delivery.id) == first
    finally:
        another_process.dispose()
    second = ledger.begin_attempt(delivery.id)
    assert second.attempts == 2
    attempts = [(e.kind, e.data["attempt"]) for e in ledger.events(delivery_id=delivery.id)[1:]]
    assert attempts == [("delivery.sending", 1), ("delivery.sending", 2)]


def test_mark_delivered_records_the_external_id(ledger: Ledger, delivery: Delivery) -> None:
    ledger.begin_attempt(delivery.id)
    ledger.mark_delivery_failed(delivery.id, "timeout")
    ledger.begin_attempt(delivery.id)
    done = ledger.mark_delivered(delivery.id, "XSDD000123", detail="created by K/3 Cloud")
    assert (done.state, done.external_id, done.attempts, done.last_error) == (
        "delivered",
        "XSDD000123",
        2,
        None,
    )
    assert ledger.get_delivery(delivery.id) == done
    event = ledger.events(delivery_id=delivery.id)[-1]
    assert (event.kind, event.message, event.order_id) == (
        "delivery.delivered",
        "created by K/3 Cloud",
        done.order_id,
    )
    assert event.data == {
        "target": "kingdee",
        "from": "sending",
        "to": "delivered",
        "external_id": "XSDD000123",
    }


def test_marking_delivered_again_with_the_same_id_changes_nothing(ledger: Ledger, delivery: Delivery) -> None:
    done = ledger.mark_delivered(delivery.id, "XSDD000123")
    events = ledger.events(delivery_id=delivery.id)
    assert ledger.mark_delivered(delivery.id, "XSDD000123") == done
    assert ledger.events(delivery_id=delivery.id) == events


def test_a_delivered_delivery_is_never_attempted_or_failed_again(ledger: Ledger, delivery: Delivery) -> None:
    done = ledger.mark_delivered(delivery.id, "XSDD000123")
    with pytest.raises(DeliveryClosed, match="XSDD000123"):
        ledger.begin_attempt(delivery.id)
    with pytest.raises(DeliveryClosed):
        ledger.mark_delivery_failed(delivery.id, "late timeout")
    with pytest.raises(LedgerError, match="not 'XSDD000999'"):
        ledger.mark_delivered(delivery.id, "XSDD000999")
    assert ledger.get_delivery(delivery.id) == done


@pytest.mark.parametrize("state", ["failed", "review", "dead_letter"])
def test_a_failed_attempt_keeps_its_error(ledger: Ledger, delivery: Delivery, state: str) -> None:
    ledger.begin_attempt(delivery.id)
    failed = ledger.mark_delivery_failed(delivery.id, "物料编码不存在: ABC-1", state=state)
    assert (failed.state, failed.last_error, failed.attempts) == (state, "物料编码不存在: ABC-1", 1)
    event = ledger.events(delivery_id=delivery.id)[-1]
    assert (event.kind, event.message) == (f"delivery.{state}", "物料编码不存在: ABC-1")
    assert event.data == {"target": "kingdee", "from": "sending", "to": state, "attempts": 1}


@pytest.mark.parametrize("state", ["delivered", "sending", "pending", "lost"])
def test_mark_delivery_failed_accepts_only_failure_states(
    ledger: Ledger, delivery: Delivery, state: str
) -> None:
    with pytest.raises(ValueError):
        ledger.mark_delivery_failed(delivery.id, "boom", state=state)
    assert ledger.get_delivery(delivery.id) == delivery


def test_unknown_delivery_ids_raise_record_not_found(ledger: Ledger) -> None:
    for call in (
        lambda: ledger.get_delivery(5),
        lambda: ledger.begin_attempt(5),
        lambda: ledger.mark_delivered(5, "X"),
        lambda: ledger.mark_delivery_failed(5, "boom"),
    ):
        with pytest.raises(RecordNotFound, match="no delivery with id 5"):
            call()


def test_mark_delivered_needs_an_external_id(ledger: Ledger, delivery: Delivery) -> None:
    with pytest.raises(ValueError):
        ledger.mark_delivered(delivery.id, "")
    assert ledger.get_delivery(delivery.id) == delivery


def test_a_compare_and_set_fails_a_delivery_only_if_nobody_changed_it_since(
    ledger: Ledger, delivery: Delivery
) -> None:
    seen = ledger.begin_attempt(delivery.id)
    again = ledger.begin_attempt(delivery.id)  # a live push started another attempt meanwhile

    assert ledger.mark_delivery_failed(delivery.id, "stuck", if_updated_at=seen.updated_at) is None
    assert ledger.get_delivery(delivery.id).state == DeliveryState.SENDING
    failed = ledger.mark_delivery_failed(delivery.id, "stuck", if_updated_at=again.updated_at)
    assert failed is not None and failed.state == DeliveryState.FAILED


def test_deliveries_in_state_lists_every_matching_delivery_oldest_first(
    ledger: Ledger, new_order: Callable[..., Order]
) -> None:
    first, second, other = (
        ledger.open_delivery(order_id=new_order().id, target=target, idempotency_key=f"k-{n}")
        for n, target in enumerate(("kingdee", "sap", "u8"))
    )
    ledger.begin_attempt(second.id)
    ledger.begin_attempt(first.id)
    assert [d.id for d in ledger.deliveries_in_state("sending")] == [first.id, second.id]
    assert [d.id for d in ledger.deliveries_in_state("pending")] == [other.id]
    with pytest.raises(ValueError):
        ledger.deliveries_in_state("lost")
