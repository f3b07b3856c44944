"""What the fifth blind set taught, as general rules: a header printed over three text lines (Tally),
a quantity cell with its unit, a price for several units (``per 100 Nos``), the buyer's part number
printed under the item's name, remarks inside a table, a merged price heading over tax qualifiers, hidden
workbook columns, Taiwan's Minguo dates and vendor labels, payment terms wrapped mid-sentence, and a
letterhead's name in the language of the document's labels."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from ocr.assemble import order_lines
from ocr.extraction import extract_order
from ocr.labels import split_pairs
from ocr.layout import Cell, Document, Line
from ocr.line_table import Row, find_table, labelled_code
from ocr.normalise import parse_date
from ocr.sheet_reader import read_xlsx
from tests.ocr.built_documents import line, pdf

TALLY_HEADER = [  # Sl / No. and Rate / (USD) above and below the middle line, as Tally Prime prints them
    line(100, (30, "Sl"), (400, "Rate"), (500, "Amount")),
    line(105, (80, "Description of Goods"), (250, "Due on"), (320, "Quantity"), (450, "per")),
    line(110, (30, "No."), (398, "(USD)"), (500, "(USD)")),
]


def tally_row(top: float, no: str, name: str, qty: str, rate: str, per: str, amount: str) -> Line:
    return line(
        top, (32, no), (80, name), (250, "15-Jan-27"), (320, qty), (400, rate), (450, per), (500, amount)
    )


def test_a_header_printed_over_three_lines_is_read_as_one() -> None:
    doc = pdf(*TALLY_HEADER, tally_row(130, "1", "Hex Bolt M8", "12,000 Nos", "8.40", "100 Nos", "1,008.00"))
    table = find_table(doc)
    assert table.rows[0].values["description"] == "Hex Bolt M8"
    assert table.rows[0].values["unit_price"] == "8.40"
    assert table.rows[0].values["price_unit"] == "100 Nos"
    assert "USD" in table.hints  # Rate (USD): the currency, printed only in the column heads
    assert {line.index for line in TALLY_HEADER} <= table.used_lines


def test_three_lines_of_labels_that_name_no_more_columns_together_stay_apart() -> None:
    doc = pdf(
        line(100, (30, "Remarks")),
        line(105, (30, "Item"), (100, "Description"), (250, "Qty"), (320, "Price"), (400, "Amount")),
        line(120, (30, "1"), (100, "Bolt"), (250, "10"), (320, "2.00"), (400, "20.00")),
    )
    table = find_table(doc)
    assert [row.values["description"] for row in table.rows] == ["Bolt"]


def test_a_price_for_a_hundred_units_is_divided_down_to_one_unit() -> None:
    doc = pdf(
        line(20, (30, "Voucher No."), (300, "Dated")),
        line(30, (30, "RE/PO/26-27/0418"), (300, "5-Dec-26")),
        *TALLY_HEADER,
        tally_row(130, "1", "Hex Bolt M8", "12,000 Nos", "8.40", "100 Nos", "1,008.00"),
        tally_row(145, "2", "Shaft CK45", "400 Nos", "6.85", "Nos", "2,740.00"),
    )
    order = extract_order(doc)
    assert order.po_number == "RE/PO/26-27/0418"
    assert order.order_date == dt.date(2026, 12, 5)
    assert [(ln.quantity, ln.unit, ln.unit_price, ln.amount) for ln in order.lines] == [
        (Decimal(12000), "Nos", Decimal("0.084"), Decimal("1008.00")),
        (Decimal(400), "Nos", Decimal("6.85"), Decimal("2740.00")),
    ]
    assert order.lines[0].quantity * order.lines[0].unit_price == order.lines[0].amount


def test_the_part_number_printed_under_the_items_name_is_its_part_number() -> None:
    doc = pdf(
        *TALLY_HEADER,
        tally_row(130, "1", "Hex Bolt M8", "12,000 Nos", "8.40", "100 Nos", "1,008.00"),
        line(139, (80, "Part No. RE-FB-0825")),
        tally_row(150, "2", "Precision Shaft CK45, Dia", "400 Nos", "6.85", "Nos", "2,740.00"),
        line(159, (80, "20 h6 x 450 mm")),
        line(168, (80, "Part No. RE-SH-2045")),
    )
    rows = find_table(doc).rows
    assert [row.values.get("part_no") for row in rows] == ["RE-FB-0825", "RE-SH-2045"]
    assert rows[1].values["description"] == "Precision Shaft CK45, Dia 20 h6 x 450 mm"


@pytest.mark.parametrize(
    ("text", "code"),
    [("Part No. RE-FB-0825", "RE-FB-0825"), ("料号：A-100", "A-100"), ("Item Code: 4711", "4711")],
)
def test_a_part_number_label_and_a_code_alone_is_a_labelled_code(text: str, code: str) -> None:
    assert labelled_code(line(0, (0, text))) == code


@pytest.mark.parametrize("text", ["Part No. to follow", "Colour: blue", "20 h6 x 450 mm"])
def test_other_lines_under_an_item_are_no_labelled_code(text: str) -> None:
    assert labelled_code(line(0, (0, text))) is None


ZH_HEADER_CELLS = ((30, "序號"), (60, "品號"), (120, "品名"), (220, "數量"), (280, "單價"), (340, "金額"))
ZH_HEADER = line(100, *ZH_HEADER_CELLS)


def zh_row(top: float, no: str, code: str, name: str, qty: str, price: str, amount: str) -> Line:
    return line(top, (30, no), (60, code), (120, name), (220, qty), (280, price), (340, amount))


@pytest.mark.parametrize(
    "remark",
    [
        [(30, "備註：陽極處理須符合RoHS，每批隨貨附材質證明")],
        [(30, "備註"), (60, "依圖面HY-D-0913 Rev.B加工")],  # OCR lost the colon and cut the label off
        [(30, "Remarks: drawing rev. B")],
    ],
)
def test_a_remark_under_an_order_line_neither_ends_the_table_nor_joins_the_description(remark) -> None:
    doc = pdf(
        ZH_HEADER,
        zh_row(115, "0001", "1102-0235", "深溝滾珠軸承", "2,000", "0.4150", "830.00"),
        line(125, *remark),
        zh_row(135, "0002", "1205-1108", "鋁合金擋塊", "5,000", "0.2380", "1,190.00"),
    )
    rows = find_table(doc).rows
    assert [row.values["description"] for row in rows] == ["深溝滾珠軸承", "鋁合金擋塊"]


def test_a_remark_after_the_last_line_does_not_become_an_order_line() -> None:
    doc = pdf(
        ZH_HEADER,
        zh_row(115, "0001", "1102-0235", "深溝滾珠軸承", "2,000", "0.4150", "830.00"),
        line(125, (30, "備註：首批須送樣確認")),
        line(135, (30, "合計"), (340, "830.00")),
    )
    table = find_table(doc)
    assert len(table.rows) == 1 and table.total is not None and table.total.text == "830.00"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("115/12/04", dt.date(2026, 12, 4)),
        ("116/01/20", dt.date(2027, 1, 20)),
        ("115.12.4", dt.date(2026, 12, 4)),
        ("5-Dec-26", dt.date(2026, 12, 5)),
        ("QH-Q-26-1187 dt. 28-Nov-26", dt.date(2026, 11, 28)),
    ],
)
def test_minguo_dates_and_tallys_two_digit_years_are_read(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize("text", ["(03)328-6618", "3301-1151204001", "215/12/04", "5-Dec-2"])
def test_numbers_that_only_look_like_such_dates_are_no_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("廠商全名", "supplier_name"),
        ("廠商簡稱", "other"),
        ("課稅別", "other"),
        ("採購人員", "other"),
        ("Voucher No.", "po_number"),
        ("Dated", "order_date"),
        ("Mode/Terms of Payment", "payment_terms"),
        ("Consignee (Ship to)", "ship_to_address"),
        ("Supplier (Bill from)", "supplier_name"),
    ],
)
def test_taiwanese_and_tally_labels(text: str, field: str) -> None:
    assert split_pairs(text)[1][0].field == field


def test_dated_is_a_label_only_alone_or_before_a_colon() -> None:
    assert split_pairs("Dated 5 May")[1] == ()
    assert split_pairs("Dated: 5-Dec-26")[1][0].value == "5-Dec-26"


def test_payment_terms_wrapped_mid_sentence_go_on_in_their_column() -> None:
    doc = pdf(
        line(0, (30, "PO No.: RE/PO/26-27/0418")),
        line(10, (30, "Invoice To"), (300, "Mode/Terms of Payment")),
        line(20, (30, "Rajdhani Engineering Works Pvt. Ltd."), (300, "30% advance by T/T, balance")),
        line(25, (30, "Plot No. B-17, MIDC Bhosari")),  # the left block's line, between the two
        line(30, (300, "70% against copy of B/L")),
        line(40, (300, "Prices firm till shipment.")),
        *TALLY_HEADER,
        tally_row(130, "1", "Hex Bolt M8", "12,000 Nos", "8.40", "100 Nos", "1,008.00"),
    )
    assert extract_order(doc).payment_terms == "30% advance by T/T, balance 70% against copy of B/L"


def test_finished_payment_terms_take_no_more_lines() -> None:
    doc = pdf(
        line(0, (30, "PO No.: RE/PO/26-27/0418")),
        line(10, (300, "Payment Terms")),
        line(20, (300, "Net 30 days.")),
        line(30, (300, "Goods must be accompanied by test certificates")),
        *TALLY_HEADER,
        tally_row(130, "1", "Hex Bolt M8", "12,000 Nos", "8.40", "100 Nos", "1,008.00"),
    )
    assert extract_order(doc).payment_terms == "Net 30 days."


def _letterhead(labels: list[tuple[str, str]]) -> Document:
    rows = [
        line(10, (30, "鴻源精密工業股份有限公司")),
        line(20, (30, "HUNG YUAN PRECISION INDUSTRIAL CO., LTD.")),
    ]
    rows += [line(40 + 10 * k, (30, label), (120, value)) for k, (label, value) in enumerate(labels)]
    rows += [
        line(100, *ZH_HEADER_CELLS),
        zh_row(115, "0001", "1102-0235", "深溝滾珠軸承", "2,000", "0.4150", "830.00"),
    ]
    return pdf(*rows)


def test_a_letterhead_in_two_scripts_gives_the_name_in_the_labels_language() -> None:
    chinese = _letterhead(
        [
            ("採購單號", "3301-1151204001"),
            ("採購日期", "115/12/04"),
            ("幣別", "USD"),
            ("付款條件", "T/T"),
            ("課稅別", "零稅率"),
            ("TEL", "(03)328-6618"),
        ]
    )
    assert extract_order(chinese).buyer.name == "鴻源精密工業股份有限公司"
    english = _letterhead(
        [("PO No.", "3301-1151204001"), ("Order Date", "2026-12-04"), ("採購日期", "115/12/04")]
    )
    assert extract_order(english).buyer.name == "Hung Yuan Precision Industrial Co., Ltd."


def _workbook(hide: bool) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["订单编号：LD-PO-0058"])
    sheet.append(["序号", "物料编码", "物料名称", "数量", "单价(元)", None, "上次单价", "金额(元)(含税)"])
    sheet.append([None, None, None, None, "不含税", "含税"])
    sheet.append([1, "LD-301", "贴片电阻", 50000, 0.0042, 0.0047, 0.0045, 235.0])
    sheet.merge_cells("E2:F2")
    sheet.column_dimensions["G"].hidden = hide
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_hidden_columns_are_not_read() -> None:
    texts = [c.text for ln in read_xlsx(_workbook(hide=True)).lines for c in ln.cells]
    assert "上次单价" not in texts and "0.0045" not in texts
    assert "上次单价" in [c.text for ln in read_xlsx(_workbook(hide=False)).lines for c in ln.cells]


def test_a_price_heading_over_tax_qualifiers_names_both_columns() -> None:
    order = extract_order(read_xlsx(_workbook(hide=True)))
    line_ = order.lines[0]
    assert (line_.quantity, line_.unit_price, line_.amount) == (
        Decimal(50000),
        Decimal("0.0047"),
        Decimal("235"),
    )


def test_ocrd_units_are_spelt_as_most_lines_spell_them() -> None:
    def row(unit: str, confidence: float | None) -> Row:
        values = {
            "description": "Bolt",
            "quantity": "10",
            "unit": unit,
            "unit_price": "1.00",
            "amount": "10.00",
        }
        return Row(values, [Cell(unit, 1, 0, 0, 10, 8, confidence=confidence)], 1)

    scanned = [row(unit, 0.9) for unit in ("PCS", "PCS", "Pcs")]
    assert [ln.unit for ln in order_lines(scanned)] == ["PCS", "PCS", "PCS"]
    printed = [row(unit, None) for unit in ("PCS", "PCS", "Pcs")]  # a text layer's spelling is the sender's
    assert [ln.unit for ln in order_lines(printed)] == ["PCS", "PCS", "Pcs"]
