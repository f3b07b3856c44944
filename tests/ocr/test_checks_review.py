"""What sends an order to review (confidence below the pipeline's 0.80) however complete it looks: a line
whose quantity x unit price is not its amount, lines that lost their amount while the others kept theirs,
and lines that do not sum to the printed total, by however little. Each is a misread number, a line read
that was not ordered, or a charge the canonical order cannot carry: none may go out untouched."""

from __future__ import annotations

from decimal import Decimal

from ocr.checks import amount_warnings, confidence
from orderbridge.model import Buyer, OrderLine, PurchaseOrder

REVIEW_BELOW = 0.80


def order_of(*lines: OrderLine, total: str | None = None) -> PurchaseOrder:
    return PurchaseOrder(
        po_number="CF2612-00418",
        order_date="2026-12-09",
        currency="EUR",
        buyer=Buyer(name="Bréval Hydraulique SAS"),
        total_amount=Decimal(total) if total else None,
        lines=list(lines),
    )


def order_line(number: int, qty: str, price: str | None, amount: str | None) -> OrderLine:
    return OrderLine(
        line_no=number,
        customer_part_no=f"VIS-{number}",
        quantity=Decimal(qty),
        unit_price=Decimal(price) if price else None,
        amount=Decimal(amount) if amount else None,
    )


def test_an_order_whose_lines_and_total_add_up_goes_through() -> None:
    order = order_of(
        order_line(1, "2000", "0.17", "340.00"), order_line(2, "30", "22", "660.00"), total="1000.00"
    )
    assert confidence(order) == 1.0


def test_one_line_that_does_not_add_up_sends_a_complete_order_to_review() -> None:
    """``2 000`` read as 2: 2 x 0.17 is not 340.00, though the lines still sum to the total."""
    order = order_of(
        order_line(1, "2", "0.17", "340.00"), order_line(2, "30", "22", "660.00"), total="1000.00"
    )
    assert confidence(order) < REVIEW_BELOW


def test_lines_that_lost_their_amount_send_the_order_to_review_and_are_named() -> None:
    """``1 280,40`` split apart: that line has no amount, and nothing can be summed against the total."""
    order = order_of(
        order_line(1, "2000", "0.17", "340.00"), order_line(2, "30", "42.68", None), total="1620.40"
    )
    assert confidence(order) < REVIEW_BELOW
    assert amount_warnings(order) == ["line(s) 2: no amount read, though the other lines have one"]


def test_lines_that_lost_their_unit_price_send_the_order_to_review_and_are_named() -> None:
    """A price column read for some lines only (金蝶云·星辰's 含税单价 parted from 税率(%) a little left of
    the ruling between them): the amounts still sum to the total, but the order must not go out so."""
    order = order_of(
        order_line(1, "3000", None, "5040.00"), order_line(2, "240", "96.50", "23160.00"), total="28200.00"
    )
    assert confidence(order) < REVIEW_BELOW
    assert amount_warnings(order) == ["line(s) 1: no unit price read, though the other lines have one"]
    assert amount_warnings(order_of(order_line(1, "3000", None, "5040.00"), total="5040.00")) == []


def test_an_order_printed_without_any_amounts_is_not_an_order_that_lost_them() -> None:
    order = order_of(order_line(1, "2000", "0.17", None), order_line(2, "30", "42.68", None))
    assert amount_warnings(order) == []


def test_lines_that_miss_the_printed_total_by_a_little_send_the_order_to_review() -> None:
    """A cancelled line read as ordered (7 % of the total), or freight the order has no field for."""
    order = order_of(
        order_line(1, "2000", "0.17", "340.00"), order_line(2, "30", "22", "660.00"), total="935.00"
    )
    assert confidence(order) < REVIEW_BELOW
