"""General rules from the forty-third blind set: a Belarusian Galaktika ERP order (quantities with three
decimals and a space between thousands, units with their dot, two-line column captions a template names
whole, a ship-to address starting with the warehouse's word, Belarusian labels) and an Amharic workbook
(its order number after ``ቁጥር``, "number")."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ocr.candidates import COMPANY
from ocr.extraction import extract_order
from ocr.header_fields import find_candidates
from ocr.labels import split_pairs
from ocr.layout import Line
from ocr.normalise import parse_decimal
from ocr.templates import load_template, prepare
from ocr.unlabelled_number import unlabelled_number
from tests.ocr.built_documents import line, pdf, sheet


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("2 000,000", "2000"),
        ("1 500,000", "1500"),
        ("612,500", "612.5"),
        ("7 032,00", "7032"),
        ("2 000", "2000"),
    ],
)
def test_a_quantity_grouped_by_spaces_keeps_all_its_decimals_in_a_decimal_comma_order(
    printed: str, number: str
) -> None:
    assert parse_decimal(printed, decimal_comma=True) == Decimal(number)


def test_two_numbers_side_by_side_stay_apart_where_the_order_writes_decimal_points() -> None:
    assert parse_decimal("2 000,000") == 2  # (a comma-grouped order has no space-grouped thousands)


GALAKTIKA_TEMPLATE = """format_version: 1
customer: {name: ТАА «Нёман-Гідраўліка»}
recognise: {keywords: [ЗАМОВА ПАСТАЎШЧЫКУ]}
fields:
  po_number: {labels: [ЗАМОВА ПАСТАЎШЧЫКУ №]}
columns:
  № п/п: line_no
  Код: part_no
  Найменне тавару: description
  Адз. вым.: unit
  Колькасць: quantity
  Цана, CNY: unit_price
  Сума, CNY: amount
formats: {decimal_separator: ","}
"""
HEAD = line(100, (30, "№"), (60, "Код"), (120, "Найменне тавару"), (250, "Адз."), (290, "Колькасць"),
            (350, "Цана,"), (420, "Сума,"))  # fmt: skip
UNDER = line(110, (30, "п/п"), (250, "вым."), (350, "CNY"), (420, "CNY"))
ROWS = [
    line(125, (30, "1"), (60, "28.12.0418"), (120, "Шток хромаваны"), (250, "шт."), (290, "120,000"),
         (350, "58,60"), (420, "7 032,00")),
    line(140, (30, "2"), (60, "28.13.0105"), (120, "Ушчыльненне штока"), (250, "шт."), (290, "2 000,000"),
         (350, "1,85"), (420, "3 700,00")),
    line(155, (30, "3"), (60, "28.18.0120"), (120, "Пруток 40Х"), (250, "кг"), (290, "612,500"),
         (350, "9,64"), (420, "5 904,50")),
]  # fmt: skip


def galaktika(*lines) -> object:
    return pdf(line(60, (120, "ЗАМОВА ПАСТАЎШЧЫКУ № 418/26-З")), HEAD, UNDER, *ROWS,
               line(175, (300, "Усяго да аплаты, CNY:"), (420, "16 636,50")), *lines)  # fmt: skip


def test_a_template_names_a_caption_printed_over_two_lines_as_one(tmp_path: Path) -> None:
    path = tmp_path / "galaktika.yaml"
    path.write_text(GALAKTIKA_TEMPLATE, encoding="utf-8")
    template = load_template(path)
    prepared = prepare(galaktika(), template)
    head = [cell.text for cell in prepared.lines[1].cells]
    assert len(head) == 7 and "п/п" not in prepared.text.split()  # the lower line's cells joined the upper
    order = extract_order(galaktika(), template)
    assert [line.unit_price for line in order.lines] == [Decimal("58.60"), Decimal("1.85"), Decimal("9.64")]
    assert [line.quantity for line in order.lines] == [120, 2000, Decimal("612.5")]
    assert [line.amount for line in order.lines] == [
        Decimal("7032.00"),
        Decimal("3700.00"),
        Decimal("5904.50"),
    ]
    assert order.warnings == []  # every line adds up, and the lines to the total


def test_an_ocr_caption_over_two_lines_read_a_letter_off_still_names_its_column(tmp_path: Path) -> None:
    path = tmp_path / "galaktika.yaml"
    path.write_text(GALAKTIKA_TEMPLATE, encoding="utf-8")
    under = line(110, (30, "п/п"), (250, "вым."), (350, "CNY"), (420, "СМУ"))  # OCR: CNY in Cyrillic, M for N
    document = pdf(HEAD, under, *ROWS)
    scanned = replace(
        document,
        lines=[
            Line(ln.page, [replace(c, confidence=0.9) for c in ln.cells], ln.index) for ln in document.lines
        ],
    )
    head = [cell.text for cell in prepare(scanned, load_template(path)).lines[0].cells]
    assert len(head) == 7 and head[-1] != "Сума,"  # Сума, over СМУ named as the template's Сума, CNY


def test_units_keep_their_dot_where_most_of_the_order_s_units_have_one() -> None:
    order = extract_order(galaktika())
    assert [line.unit for line in order.lines] == ["шт.", "шт.", "кг"]


def test_belarusian_labels_and_company_forms_are_read() -> None:
    for text, field in [
        ("Дата замовы:", "order_date"),
        ("Тэрмін пастаўкі:", "requested_delivery_date"),
        ("Пастаўшчык:", "supplier_name"),
        ("Умовы аплаты:", "payment_terms"),
        ("Месца пастаўкі:", "ship_to_address"),
        ("Усяго да аплаты, CNY:", "total"),
    ]:
        assert split_pairs(text)[1][0].field == field, text
    assert COMPANY.search("ТАА «Нёман-Гідраўліка»")


def test_an_address_that_starts_with_the_warehouse_s_word_is_the_ship_to_address() -> None:
    """``Склад`` (a warehouse) is a label only with its colon: ``Склад № 2, вул. Суворава`` is where to."""
    document = pdf(
        line(10, (30, "Месца пастаўкі:"), (120, "Склад № 2, вул. Суворава, 312, 230005 г. Гродна")),
        line(22, (30, "Адказная асоба:"), (120, "Вольга Кавалёва, +375 152 41 82 77")),
    )
    (address,) = find_candidates(document)["ship_to_address"]
    assert (
        address.text == "Склад № 2, вул. Суворава, 312, 230005 г. Гродна"
    )  # the contact's row is none of it


def test_the_amharic_word_for_number_names_the_order_s_number() -> None:
    document = sheet(["የግዢ ትዕዛዝ"], ["አቅራቢ:", "", "የትዕዛዝ ቁጥር:", "ABM/PO/0418/26"])
    (candidate,) = unlabelled_number(document, document.lines)
    assert candidate.text == "ABM/PO/0418/26" and candidate.method == "number-label"
