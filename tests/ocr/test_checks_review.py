"""What sends an order to review (confidence below the pipeline's 0.80) however complete it looks: a line
whose quantity x unit price is not its amount, lines that lost their amount while the others kept theirs,
lines that do not sum to the printed total, by however little, or a total no line amount adds up to. Each
is a misread number, a line read that was not ordered, or a charge the canonical order cannot carry: none
may go out untouched. So does an order whose number, date or currency no known label gave."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ocr.candidates import SCORES
from ocr.checks import amount_warnings, confidence, weakly_sourced
from ocr.extraction import extract_order
from orderbridge.model import Buyer, FieldSource, OrderLine, PurchaseOrder
from tests.ocr.built_documents import sheet

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


def test_a_printed_total_that_no_line_amount_adds_up_to_sends_the_order_to_review() -> None:
    """Galaktika's ``1 500,000`` read as 1 and its prices and amounts lost on every line: nothing is left
    to check against the total, so nothing may be trusted."""
    order = order_of(order_line(1, "1", None, None), order_line(2, "2", None, None), total="3540.00")
    assert confidence(order) < REVIEW_BELOW
    assert amount_warnings(order) == [
        "no line has an amount that adds up to the total printed, 3540.00: "
        "the lines' prices and amounts were not read"
    ]


def test_lines_priced_without_amounts_that_make_the_total_go_through() -> None:
    order = order_of(order_line(1, "2000", "0.17", None), order_line(2, "30", "22", None), total="1000.00")
    assert confidence(order) == 1.0 and amount_warnings(order) == []
    wrong = order_of(order_line(1, "2", "0.17", None), order_line(2, "30", "22", None), total="1000.00")
    assert confidence(wrong) < REVIEW_BELOW


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("po_number", "file-name"),
        ("po_number", "number-label"),
        ("order_date", "date-order"),
        ("currency", "code-value"),
    ],
)
def test_a_number_date_or_currency_found_without_a_known_label_sends_the_order_to_review(
    path: str, method: str
) -> None:
    """The order's identity, date and currency guessed from the file name, an unknown label or the
    language: right more often than not, but a person confirms them once before an ERP has them."""
    order = order_of(order_line(1, "2000", "0.17", "340.00"), total="340.00")
    order.provenance = {path: FieldSource(method=method, score=SCORES[method])}
    assert weakly_sourced(order) == [
        f"{path}: found by {method} (score {SCORES[method]}), not by a known label"
    ]


def test_a_key_field_a_label_or_the_customer_s_template_gave_is_no_guess() -> None:
    order = order_of(order_line(1, "2000", "0.17", "340.00"), total="340.00")
    order.provenance = {
        "po_number": FieldSource(method="label-right", score=0.9),
        "order_date": FieldSource(method="template-regex", score=0.5),  # the customer's IT wrote the rule
        "currency": FieldSource(method="home-currency", score=0.4),  # CNY, in simplified Chinese
        "buyer.name": FieldSource(method="title-size", score=0.5),  # a party's name is not a key field
        "payment_terms": FieldSource(method="template-value", score=1.0),
    }
    assert weakly_sourced(order) == []


def test_an_order_whose_number_came_from_an_unknown_label_is_extracted_for_review() -> None:
    document = sheet(
        ["ዓባይ ብረታ ብረት ሥራዎች", "", "የግዢ ትዕዛዝ"],
        ["የትዕዛዝ ቁጥር:", "ABM/PO/0418/26"],
        ["ተ.ቁ", "የዕቃ ኮድ", "የዕቃው ዝርዝር", "Qty", "Unit Price", "Amount"],
        ["1", "ABM-HG-102", "የበር ማጠፊያ", "6000", "0.42", "2520.00"],
        ["", "", "", "", "Total", "2520.00"],
    )
    order = extract_order(document)
    assert order.po_number == "ABM/PO/0418/26" and order.provenance["po_number"].method == "number-label"
    assert order.confidence is not None and order.confidence < REVIEW_BELOW
    assert "po_number: found by number-label (score 0.5), not by a known label" in order.warnings
