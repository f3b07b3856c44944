"""What keeps an order from the ERP: each rule on a clean order and on one that breaks it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from orderbridge.model import Buyer, OrderLine, PurchaseOrder
from orderbridge.validate import Issue, has_errors, validate_order


def clean(**changes) -> PurchaseOrder:
    order = PurchaseOrder(
        po_number="PO-7",
        order_date=dt.date(2026, 11, 20),
        requested_delivery_date=dt.date(2026, 12, 1),
        currency="CNY",
        buyer=Buyer(name="Acme", customer_code="C0002"),
        total_amount=Decimal("35.10"),
        lines=[
            OrderLine(
                line_no=1, sku="M1001", quantity=Decimal(100), unit_price=Decimal("0.3"), amount=Decimal(30)
            ),
            OrderLine(
                line_no=2, sku="M1002", quantity=Decimal(3), unit_price=Decimal("1.7"), amount=Decimal("5.1")
            ),
        ],
    )
    return order.model_copy(update=changes)


def codes(order: PurchaseOrder) -> list[tuple[str, str | None]]:
    return [(issue.code, issue.field) for issue in validate_order(order)]


def with_line(index: int, **changes) -> PurchaseOrder:
    order = clean()
    order.lines[index] = order.lines[index].model_copy(update=changes)
    return order


def test_a_clean_order_has_no_issues():
    assert validate_order(clean()) == []


def test_required_header_fields():
    assert codes(clean(po_number="  ")) == [("po-number-missing", "po_number")]
    assert codes(clean(order_date=None)) == [("order-date-missing", "order_date")]
    assert codes(clean(currency=None)) == [("currency-missing", "currency")]


def test_at_least_one_line():
    assert codes(clean(lines=[], total_amount=None)) == [("no-lines", "lines")]


def test_every_quantity_above_zero():
    assert codes(with_line(1, quantity=Decimal(0), amount=Decimal(0), unit_price=None)) == [
        ("quantity-not-positive", "lines[1].quantity"),
        ("total-mismatch", "total_amount"),
    ]


def test_customer_must_be_resolved():
    assert codes(clean(buyer=Buyer(name="Unknown Ltd"))) == [("customer-unresolved", "buyer.customer_code")]


def test_every_line_needs_our_sku():
    assert codes(with_line(0, sku=None)) == [("sku-unresolved", "lines[0].sku")]


def test_line_arithmetic_within_a_cent():
    assert codes(with_line(1, amount=Decimal("5.11"))) == []
    assert codes(with_line(1, amount=Decimal("5.12"), unit_price=Decimal("1.7"))) == [
        ("line-amount-mismatch", "lines[1].amount"),
        ("total-mismatch", "total_amount"),
    ]
    (issue,) = validate_order(
        with_line(1, amount=Decimal("5.20"), quantity=Decimal(3), unit_price=Decimal("1.7")).model_copy(
            update={"total_amount": Decimal("35.20")}
        )
    )
    assert issue.message == "line 2: 3 x 1.7 = 5.1, but the amount is 5.20"


def test_line_arithmetic_is_skipped_when_a_value_is_absent():
    assert codes(with_line(0, unit_price=None)) == []


def test_sum_of_lines_matches_the_total_within_a_cent():
    assert codes(clean(total_amount=Decimal("35.11"))) == []
    assert codes(clean(total_amount=Decimal("35.12"))) == [("total-mismatch", "total_amount")]
    assert codes(clean(total_amount=None)) == []


def test_total_not_checked_when_a_line_lacks_an_amount():
    assert codes(with_line(0, amount=None)) == []


def test_delivery_not_before_the_order_date():
    assert codes(clean(requested_delivery_date=dt.date(2026, 11, 20))) == []
    assert codes(clean(requested_delivery_date=dt.date(2026, 11, 19))) == [
        ("delivery-before-order", "requested_delivery_date")
    ]


def test_duplicate_line_numbers():
    assert codes(with_line(1, line_no=1)) == [("duplicate-line-no", "lines[1].line_no")]


def test_negative_unit_price():
    issues = codes(with_line(1, unit_price=Decimal("-1.7"), amount=Decimal("-5.1")))
    assert ("unit-price-negative", "lines[1].unit_price") in issues


def test_all_rules_report_together_and_are_errors():
    order = clean(order_date=None, currency=None, buyer=Buyer(name="x"), total_amount=Decimal(1))
    issues = validate_order(order)
    assert [i.code for i in issues] == [
        "order-date-missing",
        "currency-missing",
        "customer-unresolved",
        "total-mismatch",
    ]
    assert all(i.severity == "error" for i in issues) and has_errors(issues)


def test_has_errors_ignores_warnings():
    assert not has_errors([Issue("sku-fuzzy", "close match", "warning", "lines[0].sku")])
    assert has_errors([Issue("x", "y")])


def test_merge_issues_keeps_the_first_of_each_code_and_field():
    from orderbridge.validate import merge_issues

    resolved = [Issue("sku-unresolved", "line 1: no material close to 'Widget'", field="lines[0].sku")]
    other = Issue("sku-unresolved", "other line", field="lines[1].sku")
    assert merge_issues(resolved, validate_order(with_line(0, sku=None)), [other]) == [
        resolved[0],
        Issue("sku-unresolved", "other line", field="lines[1].sku"),
    ]
