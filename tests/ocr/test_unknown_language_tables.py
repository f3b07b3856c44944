"""An order in a language no dictionary holds is still read from what its rows say: a discount column
found by the arithmetic, units by how they repeat, a header cell the text layer joined parted over its
columns, and the order number from the file's name. (The thirtieth set's Norwegian and Slovak orders and
the twenty-eighth's Finnish one were rejected at first sight for want of these; the words below are
Icelandic, a language the dictionary does not know.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from ocr.column_roles import profile, resolve
from ocr.extraction import extract_order
from ocr.file_name_number import file_name_number
from ocr.labels import split_pairs
from tests.ocr.built_documents import line, pdf, sheet

HEAD = ["Vörunúmer", "Lýsing", "Magn", "Verð", "Afsl. %", "Upphæð"]
ROWS = [  # the second and fourth lines 5 % and 10 % off
    ["LV-1001", "Gultnis 6205-2RS", "150", "16.20", "", "2430.00"],
    ["LV-1002", "Blīvgredzens 45x3", "200", "118.00", "5", "22420.00"],
    ["LV-1003", "Uzgrieznis M8", "400", "36.40", "", "14560.00"],
    ["LV-1004", "Vārsts 1/2 BSP", "20", "689.00", "10", "12402.00"],
]


def _columns(rows: list[list[str]]) -> list[list[str]]:
    return [list(column) for column in zip(*rows, strict=True)]


def test_a_column_of_percentages_no_name_tells_is_the_discount_when_only_less_it_every_row_adds_up() -> None:
    kinds, inferred = resolve([None] * len(HEAD), _columns(ROWS), HEAD)
    assert kinds == ["part_no", "description", "quantity", "unit_price", "discount", "amount"]
    assert inferred[4] == "discount"


def test_percentages_that_do_not_make_the_rows_add_up_name_no_column() -> None:
    rows = [[*row[:4], row[4] and "7", *row[5:]] for row in ROWS]  # 7 % would give other amounts
    kinds, _ = resolve([None] * len(HEAD), _columns(rows), HEAD)
    assert "discount" not in kinds and "quantity" not in kinds  # nothing guessed


def test_a_rate_printed_on_every_row_is_no_discount_of_some_lines() -> None:
    rows = [[*row[:4], "13", *row[5:]] for row in ROWS]  # a tax rate: every line has it
    kinds, _ = resolve([None] * len(HEAD), _columns(rows), HEAD)
    assert "discount" not in kinds


def test_an_order_in_unknown_words_with_a_discount_on_some_lines_is_read() -> None:
    # the text layer joined two names printed close (Vörunúmer Lýsing) into one cell over two columns
    head = line(
        100,
        (30, "Lína"),
        (60, "Vörunúmer Lýsing"),
        (240, "Magn"),
        (300, "Verð"),
        (350, "Afsl. %"),
        (400, "Upphæð"),
    )
    rows = [
        line(115 + 15 * k, *((x, text) for x, text in zip(_XS, [str(k + 1), *row], strict=True) if text))
        for k, row in enumerate(ROWS)
    ]
    title = line(20, (30, "PASŪTĪJUMS"), (200, "LV-2026-0418"))
    order = extract_order(replace(pdf(title, head, *rows), name="Pasutijums_LV-2026-0418.pdf"))
    assert order.po_number == "LV-2026-0418"  # from the file's name, printed on the page
    assert [row.customer_part_no for row in order.lines] == ["LV-1001", "LV-1002", "LV-1003", "LV-1004"]
    second = order.lines[1]
    assert second.description == "Blīvgredzens 45x3"
    assert (second.quantity, second.unit_price, second.amount) == (
        200,
        Decimal("118.00"),
        Decimal("22420.00"),
    )


_XS = (
    30,
    60,
    105,
    240,
    300,
    350,
    400,
)  # the rows' cells: line, code, name, quantity, price, discount, amount


@pytest.mark.parametrize(
    ("values", "shape"),
    [
        (["kom", "kpl", "kom", "m", "kom", "kg", "kom", "kom"], "unit"),  # Croatian kom, kpl; m and kg
        (["gab.", "gab.", "kompl.", "gab."], "unit"),
        (["бр.", "бр.", "к-т", "оп.", "бр.", "кг", "бр.", "бр."], "unit"),  # Bulgarian, a hyphen in к-т
        (["EUR", "EUR", "EUR"], "text"),  # a currency is no unit
        (["Gultnis", "Vārsts", "Uzgrieznis"], "text"),  # words that do not repeat are names
    ],
)
def test_short_words_that_repeat_down_a_column_are_its_units(values: list[str], shape: str) -> None:
    assert profile(values) == shape


@pytest.mark.parametrize(
    ("name", "printed", "number"),
    [
        ("Ostotilaus_41872.pdf", "41872", "41872"),  # five digits in a file name: no date serial
        ("Narudzbenica 418-2026 Qihang.xlsx", "418/2026", "418/2026"),  # a file name cannot hold the slash
    ],
)
def test_the_file_name_gives_numbers_a_date_serial_or_a_slash_once_hid(
    name: str, printed: str, number: str
) -> None:
    document = replace(pdf(line(10, (30, "Broj"), (90, printed))), name=name)
    (candidate,) = file_name_number(document)
    assert candidate.text == number


def _order_with_head(*head: list[str]):
    rows = [
        ["Kods", "Nosaukums", "Daudzums", "Cena", "Summa"],
        ["LV-1001", "Gultnis 6205-2RS", "150", "16.20", "2430.00"],
    ]
    return extract_order(sheet(["PASŪTĪJUMS", "PO No.", "LV-0418"], *head, *rows))


def test_dates_after_unknown_labels_are_the_order_date_then_the_delivery_date_by_time() -> None:
    order = _order_with_head(["Dagsetning pöntunar:", "21.12.2026"], ["Afhendingardagur:", "01.02.2027"])
    assert (order.order_date, order.requested_delivery_date) == (dt.date(2026, 12, 21), dt.date(2027, 2, 1))
    assert order.provenance["order_date"].method == "date-order"  # weak: the order goes to review


def test_a_known_order_date_leaves_the_one_later_unknown_date_for_the_delivery() -> None:
    order = _order_with_head(["Piegādes termiņš:", "01.02.2027"], ["Datums:", "21.12.2026"])
    assert (order.order_date, order.requested_delivery_date) == (dt.date(2026, 12, 21), dt.date(2027, 2, 1))


def test_two_later_dates_name_no_delivery_date() -> None:
    order = _order_with_head(
        ["Datums:", "21.12.2026"], ["Piegāde:", "01.02.2027"], ["Derīgs līdz:", "31.01.2027"]
    )
    assert order.order_date == dt.date(2026, 12, 21) and order.requested_delivery_date is None


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Услови плаћања:", "60 дана од дана фактуре"),  # Serbian
        ("Skilmálar:", "greiðsla innan 60 daga"),  # Icelandic, the count before its noun
        ("Greiðsluskilmálar:", "30 dagar nettó"),  # Icelandic
    ],
)
def test_a_value_counting_days_after_an_unknown_label_is_the_payment_terms(label: str, value: str) -> None:
    order = _order_with_head([label, value])
    assert order.payment_terms == value
    assert order.provenance["payment_terms"].method == "days-value"


def test_a_date_or_a_known_label_counting_days_gives_no_payment_terms_by_its_days() -> None:
    assert _order_with_head(["Derīgs līdz:", "31.01.2027"]).payment_terms is None
    order = _order_with_head(["Payment Terms:", "Net 45"], ["Piegāde:", "14 dienas"])
    assert order.payment_terms == "Net 45"  # a label gave the terms: the delivery's days are none


def test_a_header_in_unknown_words_printed_over_two_lines_heads_the_rows_under_it() -> None:
    # Rivilė's heads wrap in their cells (``Eil.`` over ``Nr.``, ``Kaina,`` over ``EUR``)
    top = line(
        100,
        (30, "Eil."),
        (60, "Prekės"),
        (120, "Prekės pavadinimas"),
        (240, "Kiekis"),
        (300, "Kaina,"),
        (360, "Suma,"),
    )
    below = line(110, (30, "Nr."), (60, "kodas"), (300, "EUR"), (360, "EUR"))
    rows = [
        line(125 + 15 * k, (30, str(k + 1)), (60, code), (120, name), (240, qty), (300, price), (360, amount))
        for k, (code, name, qty, price, _, amount) in enumerate(ROWS[:1] + ROWS[2:3])
    ]
    order = extract_order(
        replace(pdf(line(20, (30, "UŽSAKYMAS"), (200, "PU-0418")), top, below, *rows), name="PU-0418.pdf")
    )
    assert [(row.customer_part_no, row.quantity, row.amount) for row in order.lines] == [
        ("LV-1001", 150, Decimal("2430.00")),
        ("LV-1003", 400, Decimal("14560.00")),
    ]


def test_a_code_whose_letters_spell_a_label_is_no_label() -> None:
    # WinMENTOR's CF-1874 under ``Nr. comandă``: ``CF`` is Italy's C.F. (a tax code) only before a space
    assert split_pairs("CF-1874") == ("CF-1874", ())
    assert split_pairs("C.F. 12345678901")[1][0].field == "other"


def test_dates_in_a_strip_of_unknown_labels_over_their_values() -> None:
    order = _order_with_head(
        ["Nr. comandă", "Data comenzii", "Termen de livrare", "Moneda"],
        ["CF-1874", "21.12.2026", "15.02.2027", "EUR"],
        ["Condiții de plată:", "OP la 60 de zile de la data facturii"],  # 60 *de* zile: Romanian's count
    )
    assert (order.order_date, order.requested_delivery_date) == (dt.date(2026, 12, 21), dt.date(2027, 2, 15))
    assert order.payment_terms == "OP la 60 de zile de la data facturii"


def test_a_currency_code_after_an_unknown_label_is_the_currency() -> None:
    assert _order_with_head(["Valuuta", "EUR"]).currency == "EUR"  # Estonian
    order = _order_with_head(["Gjaldmiðill:", "BGN"])  # Icelandic
    assert order.currency == "BGN" and order.provenance["currency"].method == "code-value"
    assert _order_with_head(["Kood", "ABC"]).currency != "ABC"  # no currency's code
