"""Re-validation after a correction: the order is checked again (master data, validate_order, the target
mappings), its remaining issues are stored for the page, and approval is refused while any blocks it."""

from __future__ import annotations

import pytest
from review_support import in_force, in_review, incoming, mappings_copy

from orderbridge.review import ReviewError, approve_checked, correct_order, recheck


@pytest.fixture
def mappings(tmp_path, sqlite_ledger):
    return in_force(mappings_copy(tmp_path), tmp_path / "home", sqlite_ledger)


def codes(issues) -> list[str]:
    return [i["code"] for i in issues]


def test_a_correction_shows_what_remains_and_approval_waits_for_the_last_fix(sqlite_ledger, mappings):
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-R1", amount="99.00"))
    assert codes(sqlite_ledger.get_order(order_id).canonical["issues"]) == [
        "sku-unresolved",
        "line-amount-mismatch",
    ]
    first = correct_order(sqlite_ledger, order_id, {"lines.0.sku": "M1001"}, user="lin", mappings=mappings)
    assert codes(first.issues) == ["line-amount-mismatch"] and len(first.blocking) == 1
    assert "1 blocking issue(s) remain" in first.summary()
    assert codes(sqlite_ledger.get_order(order_id).canonical["issues"]) == ["line-amount-mismatch"]

    with pytest.raises(ReviewError) as refused:
        approve_checked(sqlite_ledger, order_id, user="lin", mappings=mappings)
    assert str(refused.value).startswith("cannot approve: 1 blocking issue(s) remain (line-amount-mismatch")
    assert sqlite_ledger.get_order(order_id).state == "review"
    assert sqlite_ledger.events(order_id=order_id, kind="review.approved") == []

    second = correct_order(
        sqlite_ledger, order_id, {"lines.0.amount": "35.00"}, user="lin", mappings=mappings
    )
    assert second.issues == [] and "no blocking issue remains" in second.summary()
    approve_checked(sqlite_ledger, order_id, user="lin", mappings=mappings)
    assert sqlite_ledger.get_order(order_id).state == "ready"
    rechecks = sqlite_ledger.events(order_id=order_id, kind="review.rechecked")
    # correct, the refused approval, correct, approve: each re-validated
    assert [e.data["blocking"] for e in rechecks] == [1, 1, 0, 0]


def test_approval_re_validates_instead_of_trusting_stale_issues(sqlite_ledger, mappings):
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-R2", part="HD-BLT-0830"))
    order = sqlite_ledger.get_order(order_id)
    stale = {**order.canonical, "issues": []}
    stale["lines"][0]["quantity"] = "-5"  # wrong, but the stored issues say nothing
    sqlite_ledger.update_order_canonical(order_id, stale)
    with pytest.raises(ReviewError, match="quantity-not-positive"):
        approve_checked(sqlite_ledger, order_id, user="lin", mappings=mappings)
    assert sqlite_ledger.get_order(order_id).state == "review"


def test_a_payload_the_target_mapping_cannot_render_is_a_blocking_issue(sqlite_ledger, mappings):
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-R3", part="HD-BLT-0830"))
    broken = {**sqlite_ledger.get_order(order_id).canonical}
    broken["order_date"] = None  # kingdee.yaml: FDate is required
    sqlite_ledger.update_order_canonical(order_id, broken)
    issues = recheck(sqlite_ledger, order_id, mappings())
    assert "mapping-render" in codes(issues)
    render = next(i for i in issues if i["code"] == "mapping-render")
    assert render["severity"] == "error" and render["message"].startswith("kingdee: ")


def test_recheck_fills_what_master_data_now_knows_but_never_overwrites_the_reviewer(sqlite_ledger, mappings):
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-R4", part="HD-BLT-0830"))
    order = sqlite_ledger.get_order(order_id)
    assert order.canonical["lines"][0]["sku"] == "M1001"
    correct_order(sqlite_ledger, order_id, {"lines.0.sku": "M1003"}, user="lin", mappings=mappings)
    assert sqlite_ledger.get_order(order_id).canonical["lines"][0]["sku"] == "M1003"
    cleared = correct_order(sqlite_ledger, order_id, {"lines.1.sku": ""}, user="lin", mappings=mappings)
    assert cleared.issues == []  # HD-WSH-08 resolves again from customers.yaml
    assert sqlite_ledger.get_order(order_id).canonical["lines"][1]["sku"] == "M1002"
    last = sqlite_ledger.events(order_id=order_id, kind="review.rechecked")[-1]
    assert last.data["filled"] == ["lines.1.sku"]


def test_only_orders_in_review_are_approved(sqlite_ledger, mappings):
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-R5", part="HD-BLT-0830"))
    approve_checked(sqlite_ledger, order_id, user="lin", mappings=mappings)
    with pytest.raises(ReviewError, match="not in review"):
        approve_checked(sqlite_ledger, order_id, user="lin", mappings=mappings)
