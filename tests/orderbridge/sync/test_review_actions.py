"""The review queue's actions: each checks the order's state, validates before writing, names the person."""

from __future__ import annotations

import pytest
from sync_support import canonical, delivered_order

from orderbridge.ledger import KeyConflict
from orderbridge.review import OrderFilter, ReviewError, approve, correct, order_list, reject, retry


def in_review(ledger, po: str = "PO-R1") -> int:
    order_id, _ = delivered_order(ledger, po, f"X-{po}")
    ledger.set_order_state(order_id, "review", detail="unknown part")
    return order_id


def test_a_correction_is_validated_recorded_and_marked_as_from_review(sqlite_ledger):
    order_id = in_review(sqlite_ledger)
    done = correct(sqlite_ledger, order_id, {"lines.0.quantity": "120", "lines.0.sku": "M1001"}, user="lin")
    assert done == {"lines.0.quantity": ["100", "120"]}  # the sku was M1001 already
    order = sqlite_ledger.get_order(order_id)
    assert order.canonical["lines"][0]["quantity"] == "120"
    source = order.canonical["provenance"]["lines.0.quantity"]
    assert (source["method"], source["score"], source["note"]) == ("review", 1.0, "lin")
    event = sqlite_ledger.events(order_id=order_id, kind="review.corrected")[0]
    assert event.data == {"user": "lin", "changes": {"lines.0.quantity": ["100", "120"]}}


def test_a_value_the_model_refuses_changes_nothing(sqlite_ledger):
    order_id = in_review(sqlite_ledger)
    before = sqlite_ledger.get_order(order_id).canonical
    with pytest.raises(ReviewError, match="quantity"):
        correct(sqlite_ledger, order_id, {"lines.0.quantity": "lots"}, user="lin")
    with pytest.raises(ReviewError, match="not an editable field"):
        correct(sqlite_ledger, order_id, {"state": "delivered"}, user="lin")
    assert sqlite_ledger.get_order(order_id).canonical == before


def test_correcting_the_po_number_to_another_orders_is_refused(sqlite_ledger):
    order_id = in_review(sqlite_ledger, "PO-A")
    in_review(sqlite_ledger, "PO-B")
    with pytest.raises(KeyConflict):
        correct(sqlite_ledger, order_id, {"po_number": "PO-B"}, user="lin")


def test_approve_sends_the_order_on_and_reject_parks_it_with_the_reason(sqlite_ledger):
    first, second = in_review(sqlite_ledger, "PO-1"), in_review(sqlite_ledger, "PO-2")
    approve(sqlite_ledger, first, user="lin")
    with pytest.raises(ReviewError, match="reason"):
        reject(sqlite_ledger, second, user="lin", reason=" ")
    reject(sqlite_ledger, second, user="lin", reason="not our customer")
    assert sqlite_ledger.get_order(first).state == "ready"
    assert sqlite_ledger.get_order(second).state == "dead_letter"
    assert sqlite_ledger.get_order(second).detail == "rejected by lin: not our customer"
    with pytest.raises(ReviewError, match="not in review"):
        approve(sqlite_ledger, first, user="lin")


def test_an_order_without_a_resolved_customer_cannot_be_approved(sqlite_ledger):
    order_id = in_review(sqlite_ledger)
    correct(sqlite_ledger, order_id, {"buyer.customer_code": ""}, user="lin")
    with pytest.raises(ReviewError, match="customer"):
        approve(sqlite_ledger, order_id, user="lin")


def test_only_failed_or_dead_letter_orders_are_retried(sqlite_ledger):
    order_id = in_review(sqlite_ledger)
    with pytest.raises(ReviewError, match="only failed or dead_letter"):
        retry(sqlite_ledger, order_id, user="lin")
    sqlite_ledger.set_order_state(order_id, "dead_letter", detail="HTTP 503")
    retry(sqlite_ledger, order_id, user="lin")
    assert sqlite_ledger.get_order(order_id).state == "ready"


def test_the_list_filters_and_counts(sqlite_ledger):
    review = in_review(sqlite_ledger, "PO-R")
    delivered_order(sqlite_ledger, "PO-D", "X-D")
    listing = order_list(sqlite_ledger, OrderFilter(needs_review=True))
    assert [r["order_id"] for r in listing["rows"]] == [review]
    assert listing["counts"] == {"delivered": 1, "review": 1}
    assert order_list(sqlite_ledger, OrderFilter(target="sap"))["total"] == 0
    assert order_list(sqlite_ledger, OrderFilter(min_age_hours=1))["total"] == 0
    assert canonical("x", [])["lines"] == []
