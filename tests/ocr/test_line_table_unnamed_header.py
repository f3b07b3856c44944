"""A table whose header is in words no dictionary knows is still read when nothing else in the document
is a table: the rows' content names the columns (quantity x price = amount on every row, codes, the
longest text), and the order says so and goes to review."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from ocr.line_table import find_table
from orderbridge.errors import DocumentRejected
from tests.ocr.built_documents import ENGLISH_HEAD, line, pdf

AT = (30, 60, 150, 300, 350, 420)


def row(top: float, *texts: str):
    """One line of six cells under ``AT``."""
    return line(top, *zip(AT, texts, strict=True))


# Icelandic, which the dictionary does not know (Hungarian was this example until its labels came in)
UNKNOWN_HEAD = row(100, "Lína", "Vörunúmer", "Lýsing", "Magn", "Einingarverð", "Upphæð")
ROWS = [
    row(115, "1", "HU-100", "Hajtotengely", "250", "18.60", "4650.00"),
    row(130, "2", "HU-101", "Csapagy 6205", "40", "2.50", "100.00"),
    row(145, "3", "HU-102", "Tomites", "10", "1.25", "12.50"),
]


def test_an_unknown_header_over_rows_that_add_up_is_read_by_the_rows_content() -> None:
    order = extract_order(pdf(line(10, (40, "Order No.: HU-2026-0042")), UNKNOWN_HEAD, *ROWS))
    assert [(i.customer_part_no, i.description, i.quantity, i.unit_price, i.amount) for i in order.lines] == [
        ("HU-100", "Hajtotengely", Decimal("250"), Decimal("18.60"), Decimal("4650.00")),
        ("HU-101", "Csapagy 6205", Decimal("40"), Decimal("2.50"), Decimal("100.00")),
        ("HU-102", "Tomites", Decimal("10"), Decimal("1.25"), Decimal("12.50")),
    ]
    assert "columns found by content" in order.provenance["lines"].note
    assert order.confidence < 0.9  # no total to check the lines against: a person looks first


def test_numbers_that_do_not_add_up_make_no_table() -> None:
    rows = [row(115 + 15 * k, "1", f"HU-10{k}", "Tengely", "250", "18.60", "99.00") for k in range(3)]
    with pytest.raises(DocumentRejected, match="no order lines"):
        extract_order(pdf(line(10, (40, "Order No.: HU-2026-0042")), UNKNOWN_HEAD, *rows))


def test_a_line_of_words_over_a_single_row_of_numbers_is_no_header() -> None:
    document = pdf(UNKNOWN_HEAD, ROWS[0], line(200, (30, "Koszonjuk a megrendelest")))
    assert find_table(document).rows == []


def test_a_known_header_elsewhere_keeps_an_unknown_one_from_being_read() -> None:
    """The content-named reading is a fallback: a document with a dictionary header reads only it."""
    known = [line(300, *ENGLISH_HEAD), row(315, "1", "A-1", "Widget", "5", "2.00", "10.00")]
    table = find_table(pdf(UNKNOWN_HEAD, *ROWS, *known))
    assert [row.values["part_no"] for row in table.rows] == ["A-1"]


def test_an_unlabelled_row_under_the_lines_holding_their_sum_is_the_total() -> None:
    sum_row = line(170, (300, "Osszesen"), (430, "4762.50"))
    order = extract_order(pdf(line(10, (40, "Order No.: HU-2026-0042")), UNKNOWN_HEAD, *ROWS, sum_row))
    assert order.total_amount == Decimal("4762.50")
    assert order.provenance["total_amount"].method == "table-sum-row"


def test_an_unlabelled_row_whose_number_is_not_the_sum_is_no_total() -> None:
    other = line(170, (300, "Suly kg"), (430, "4700.00"))
    order = extract_order(pdf(line(10, (40, "Order No.: HU-2026-0042")), UNKNOWN_HEAD, *ROWS, other))
    assert order.total_amount is None
