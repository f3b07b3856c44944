"""Decimal-comma documents (ocr.number_style): ``1.500`` is fifteen hundred when the numbers say ``4,75``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ocr.extraction import extract_order
from ocr.layout import Cell, Document, Line
from ocr.number_style import uses_decimal_comma, vote
from ocr.templates import Template, load_template

CHAR = 5.0
HEADER = (
    (40, "Pos."),
    (70, "Article no."),
    (140, "Description"),
    (280, "Qty"),
    (320, "UoM"),
    (360, "Unit price"),
    (440, "Total"),
)


@pytest.mark.parametrize("printed", ["4,75", "1.234,56", "€ 2.375,00", "EUR 2.375,00", "-4,75", "0,5"])
def test_a_number_with_a_certain_decimal_comma_votes_comma(printed: str) -> None:
    assert vote(printed) == "comma"


@pytest.mark.parametrize("printed", ["4.75", "1,234.56", "$ 2,375.00", "1'234.56"])
def test_a_number_with_a_certain_decimal_point_votes_point(printed: str) -> None:
    assert vote(printed) == "point"


@pytest.mark.parametrize(
    "printed",
    [
        "1.500",  # one and a half, or fifteen hundred
        "1,500",
        "12,000,000",
        "12.000.000",
        "04.12.2026",  # a date
        "1.500 pcs",  # a quantity with its unit is no amount
        "P26-01453",
        "abc",
        "",
    ],
)
def test_groups_of_three_digits_alone_dates_and_words_do_not_vote(printed: str) -> None:
    assert vote(printed) is None


@pytest.mark.parametrize(
    ("texts", "comma"),
    [
        (["4,75", "1.500", "5.925,00", "25"], True),
        (["4.75", "1,500", "5,925.00"], False),
        (["4,75", "4,75", "4.75"], True),  # the majority decides
        (["4,75", "4.75"], False),  # a tie keeps the point
        (["1.500", "1,500", "04.12.2026", "abc"], False),  # no telling number keeps the point
        ([], False),
    ],
)
def test_the_comma_wins_only_by_a_majority_of_the_telling_numbers(texts: list[str], comma: bool) -> None:
    assert uses_decimal_comma(texts) is comma


def _line(top: float, *cells: tuple[float, str]) -> Line:
    return Line(1, [Cell(text, 1, x, top, x + CHAR * len(text), top + 10) for x, text in cells])


def _order(
    quantities: tuple[str, str], prices: tuple[str, str], amounts: tuple[str, str], total: str | None = None
) -> Document:
    """A Danish ERP's order: a PO number, then two lines under an English table header."""
    items = [("1", "SK-1001", "Hex bolt M8x30"), ("2", "SK-1002", "Washer M8")]
    rows = [
        _line(120 + 20 * n, (40, pos), (70, part), (140, text), (280, q), (320, "pcs"), (360, p), (440, a))
        for n, ((pos, part, text), q, p, a) in enumerate(zip(items, quantities, prices, amounts, strict=True))
    ]
    if total:
        rows.append(_line(180, (360, "Order total"), (440, total)))
    return Document(
        "application/pdf",
        "text-layer",
        1,
        [_line(40, (40, "Purchase Order No.: P26-01453")), _line(100, *HEADER), *rows],
    )


Numbers = list[tuple[Decimal, Decimal | None, Decimal | None]]


def _numbers(document: Document, template: Template | None = None) -> Numbers:
    """Each order line's quantity, unit price and amount."""
    order = extract_order(document, template)
    return [(line.quantity, line.unit_price, line.amount) for line in order.lines]


def test_in_a_document_whose_prices_use_a_decimal_comma_1_500_is_fifteen_hundred() -> None:
    document = _order(("1.500", "25"), ("3,95", "6,90"), ("5.925,00", "172,50"))
    assert _numbers(document) == [
        (Decimal(1500), Decimal("3.95"), Decimal("5925.00")),
        (Decimal(25), Decimal("6.90"), Decimal("172.50")),
    ]


def test_in_a_document_whose_prices_use_a_decimal_point_1_500_stays_one_and_a_half() -> None:
    document = _order(("1.500", "25"), ("3.95", "6.90"), ("5.925", "172.50"))
    assert [quantity for quantity, _, _ in _numbers(document)] == [Decimal("1.5"), Decimal(25)]


def _template(folder: Path, separator: str) -> Path:
    path = folder / "skovgaard.yaml"
    path.write_text(
        "format_version: 1\ncustomer: {name: Skovgaard Teknik A/S}\n"
        "recognise: {keywords: [Purchase Order No.]}\n"
        f'formats:\n  decimal_separator: "{separator}"\n',
        encoding="utf-8",
    )
    return path


def _untelling() -> Document:
    """Whole prices: no number in the document says which mark is the decimal one (1.5 x 4 = 6 as well)."""
    return _order(("1.500", "25"), ("4", "7"), ("6.000", "175"))


def test_without_a_telling_number_1_500_is_read_with_a_decimal_point() -> None:
    assert _numbers(_untelling())[0] == (Decimal("1.5"), Decimal(4), Decimal("6"))


def test_a_template_decimal_comma_settles_a_document_whose_numbers_do_not_tell(tmp_path: Path) -> None:
    template = load_template(_template(tmp_path, ","))
    assert template.decimal_separator == ","
    assert _numbers(_untelling(), template) == [
        (Decimal(1500), Decimal(4), Decimal(6000)),
        (Decimal(25), Decimal(7), Decimal(175)),
    ]


def test_a_template_decimal_point_outranks_what_the_numbers_say(tmp_path: Path) -> None:
    """The customer's word is final: its ``1.500`` stays one and a half though its ``3,95`` votes comma."""
    document = _order(("1.500", "25"), ("3,95", "6,90"), ("5,93", "172,50"))
    assert [q for q, _, _ in _numbers(document, load_template(_template(tmp_path, ".")))] == [
        Decimal("1.5"),
        Decimal(25),
    ]


def test_a_whole_order_total_in_a_decimal_comma_document_is_read_the_same_way_as_the_lines() -> None:
    order = extract_order(_order(("1.500", "25"), ("4,00", "6,00"), ("6.000,00", "150,00"), total="6.150"))
    assert order.total_amount == Decimal(6150)
    assert not order.warnings
