"""What reading the twentieth blind set taught, as general rules: an SAP Ariba purchase order (the number
under the title, a two-line header with two names printed close, items as blocks of lines, ``500 (EA)``),
a 鼎捷 易飞 采购单 printed as a text
report (dashes under the column heads, the spec on the line under the name as 品名 over 规格 says), and
a Japanese buyer's Excel 注文書 (Japanese labels, a 令和 era date, ¥ amounts with no currency named, the
issuer's company under the addressee's 御中)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from ocr.asian_labels import COLUMN_LABELS
from ocr.character_rulings import _is_rule_line
from ocr.column_roles import profile
from ocr.extraction import extract_order, read_document
from ocr.labels import column_kind
from ocr.language_currency import japanese_yen
from ocr.line_table import _closing_label, _labelled_note
from ocr.normalise import parse_currency, parse_date
from ocr.ocr_labels import repair_labels
from ocr.sheet_reader import cell_text
from ocr.title_fields import title_number
from orderbridge.samples import pdf_drawing as draw
from tests.ocr.built_documents import line, pdf, sheet

HEADS = (
    (30, "序号"),
    (60, "品号"),
    (120, "品名"),
    (230, "单位"),
    (270, "采购数量"),
    (340, "单价"),
    (400, "金额"),
)
ROWS = (
    ("0001", "3010100012", "深沟球轴承", "PCS", "5,000.000", "0.8500", "4,250.00", "608ZZ 8*22*7 P5"),
    ("0002", "3030100422", "扭簧", "PCS", "8,000.000", "0.0950", "760.00", "线径0.8 180度 SUS304"),
)


def text_report() -> bytes:
    """An 易飞-style 采购单: label lines, heads with 规格 under 品名 and dashes under each head, two lines
    an item (the spec under the name, in the same size)."""
    buffer = io.BytesIO()
    canvas = draw.new_canvas(buffer, "采购单")
    font = draw.cjk_font()
    draw.text(
        canvas, 30, 800, "单别：3301 一般采购    单号：3301-20261215008    采购日期：2026/12/15", font, 9
    )
    draw.text(canvas, 30, 786, "厂商简称：启航精工    厂商全称：苏州启航精工科技有限公司", font, 9)
    for x, head in HEADS:
        draw.text(canvas, x, 760, head, font, 9)
    draw.text(canvas, 120, 749, "规格", font, 9)
    for x, _ in HEADS:
        draw.text(canvas, x, 740, "-" * 9, font, 9)
    for k, row in enumerate(ROWS):
        top = 726 - 26 * k
        for (x, _), value in zip(HEADS, row[:7], strict=True):
            draw.text(canvas, x, top, value, font, 9)
        draw.text(canvas, 120, top - 11, row[7], font, 9)
    draw.text(canvas, 30, 660, "-" * 80, font, 9)
    draw.text(canvas, 30, 646, "合计：", font, 9)
    draw.text(canvas, 400, 646, "5,010.00", font, 9)
    canvas.save()
    return buffer.getvalue()


def test_lines_of_dashes_are_rules_not_a_row_that_ends_the_table() -> None:
    order = extract_order(read_document(text_report(), "采购单.pdf"))
    assert [(line.customer_part_no, line.quantity) for line in order.lines] == [
        ("3010100012", Decimal("5000.000")),
        ("3030100422", Decimal("8000.000")),
    ]
    assert order.supplier.name == "苏州启航精工科技有限公司"  # 厂商全称, not its short name


def test_the_spec_under_the_name_keeps_its_space_when_the_heads_say_name_over_spec() -> None:
    order = extract_order(read_document(text_report(), "采购单.pdf"))
    assert [line.description for line in order.lines] == [
        "深沟球轴承 608ZZ 8*22*7 P5",
        "扭簧 线径0.8 180度 SUS304",
    ]


def test_a_rule_line_is_dashes_or_equals_only() -> None:
    assert (
        _is_rule_line("---------") and _is_rule_line("------ ---------- ===") and _is_rule_line("+----+---+")
    )
    assert not _is_rule_line("-") and not _is_rule_line("--") and not _is_rule_line("")
    assert not _is_rule_line("---- 合计") and not _is_rule_line("2026-12-15")


def test_japanese_era_dates() -> None:
    assert parse_date("令和8年12月15日") == dt.date(2026, 12, 15)
    assert parse_date("令和元年5月1日") == dt.date(2019, 5, 1)  # 元年: the era's first year
    assert parse_date("平成31年4月30日") == dt.date(2019, 4, 30)
    assert parse_date("令和8年13月1日") is None  # no thirteenth month: no date (not an error)


def test_japanese_labels() -> None:
    assert [column_kind(name)[0] for name in ("品番", "品名", "規格", "単位", "単価", "金額", "数量")] == [
        "part_no",
        "description",
        "description",
        "unit",
        "unit_price",
        "amount",
        "quantity",
    ]
    assert "備考" in COLUMN_LABELS["other"]
    assert parse_currency("1,034,250円") == "JPY"


def chumonsho(*more: list[str]) -> list[list[str]]:
    return [
        ["注　文　書"],
        ["Suzhou Qihang Precision Technology Co., Ltd. 御中", "", "注文番号", "KB-2612-0153"],
        ["", "", "注文日", "令和8年12月15日"],
        ["下記の通り注文いたします。"],
        ["", "株式会社小林精機製作所", "印"],
        ["ご注文金額（税込）", "¥34650"],
        *more,
        ["No.", "品番", "品名", "数量", "単位", "単価", "金額"],
        ["1", "KSP-10231", "六角穴付ボルト", "2000", "本", "8.5", "17000"],
        ["2", "KSP-10244", "平行ピン", "1000", "本", "14.5", "14500"],
        ["", "", "", "", "", "小計", "31500"],
        ["", "", "", "", "", "合計金額", "34650"],
    ]


def test_a_japanese_order_naming_no_currency_is_in_yen_and_its_issuer_is_the_buyer() -> None:
    order = extract_order(sheet(*chumonsho()))
    assert order.po_number == "KB-2612-0153" and order.order_date == dt.date(2026, 12, 15)
    assert order.currency == "JPY"  # ¥ on a Japanese order (kana: の, い, ご ...), not the yuan
    assert order.buyer.name == "株式会社小林精機製作所"  # the issuer's block under the 御中 line
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."
    assert [(line.customer_part_no, line.amount) for line in order.lines] == [
        ("KSP-10231", Decimal("17000")),
        ("KSP-10244", Decimal("14500")),
    ]


def test_a_named_currency_beats_the_yen_sign() -> None:
    order = extract_order(sheet(*chumonsho(["通貨", "USD"])))
    assert order.currency == "USD"


def test_a_chinese_order_with_a_yen_sign_stays_in_yuan() -> None:
    chinese = sheet(["采购订单"], ["订单编号", "PO-1"], ["总金额", "¥100"])
    assert japanese_yen(chinese) == []


def test_a_workbook_cell_shows_the_currency_sign_of_its_number_format() -> None:
    assert cell_text(1034250, '"¥"#,##0') == "¥1034250"
    assert cell_text(19.5, "[$€-407] #,##0.00") == "€19.5"
    assert cell_text(1200, "$#,##0") == "$1200"
    assert cell_text(1200, "#,##0.00") == "1200.00"  # no sign, as before


ARIBA_HEAD = (
    line(100, (20, "Line"), (50, "No. Schedule Part # /"), (190, "Customer"), (250, "Type"),
         (300, "Qty (Unit)"), (360, "Need By"), (420, "Unit Price"), (480, "Subtotal")),
    line(107, (20, "#"), (50, "Lines"), (120, "Description"), (190, "Part #")),
)  # fmt: skip


def ariba_item(top: float, no: str, code: str, customer: str, qty: str, price: str, amount: str, text: str):
    return [
        line(top, (20, no), (50, "1"), (120, code), (190, customer), (250, "Material"), (300, qty),
             (360, "15 Jan 2027"), (420, price), (480, amount)),
        line(top + 11, (120, text)),
        line(top + 20, (120, "Manufacturer Part ID: 6205-2RSH/C3")),
        line(top + 29, (120, "Ship To: Saxon Fluid Systems GmbH, Werk 2")),
        line(top + 38, (120, "Requested Delivery Date: 15 Jan 2027")),
    ]  # fmt: skip


def ariba_order():
    return pdf(
        line(10, (20, "From:"), (300, "To:")),
        line(20, (20, "Saxon Fluid Systems GmbH"), (300, "Suzhou Qihang Precision Technology Co., Ltd.")),
        line(60, (20, "Purchase Order (New)"), (300, "Routing Status: Sent")),
        line(72, (20, "4500187326")),
        *ARIBA_HEAD,
        *ariba_item(120, "10", "QH-6205-2RS", "100231455", "500 (EA)", "€2.64 EUR", "€1,320.00 EUR",
                    "Deep groove ball bearing 6205-2RS C3"),
        *ariba_item(170, "20", "QH-6306-ZZ", "100231460", "240 (EA)", "€4.85 EUR", "€1,164.00 EUR",
                    "Deep groove ball bearing 6306-2Z C3"),
        line(230, (420, "Sub-total:"), (480, "€2,484.00 EUR")),
    )  # fmt: skip


def test_an_ariba_order_reads_its_number_under_the_title_and_its_items_as_blocks() -> None:
    order = extract_order(ariba_order())
    assert order.po_number == "4500187326"  # the bare number right under ``Purchase Order (New)``
    assert [
        (line.customer_part_no, line.sku, line.description, line.quantity, line.unit, line.amount)
        for line in order.lines
    ] == [
        ("100231455", "QH-6205-2RS", "Deep groove ball bearing 6205-2RS C3", 500, "EA", Decimal("1320.00")),
        ("100231460", "QH-6306-ZZ", "Deep groove ball bearing 6306-2Z C3", 240, "EA", Decimal("1164.00")),
    ]  # the buyer's part number; ours first in the description column; per-item Ship To lines are notes


def test_a_bare_number_under_a_title_with_a_label_beside_it_is_no_po_number() -> None:
    document = pdf(line(60, (20, "Purchase Order")), line(72, (20, "Page: 1 of 2")), *ARIBA_HEAD)
    assert not any(c.field == "po_number" for c in title_number(document))


def test_ariba_dates_its_order_in_the_submitted_on_line() -> None:
    document = pdf(
        *ariba_order().lines, line(260, (20, "Order submitted on: Monday 14 Dec 2026 8:47 AM GMT+01:00"))
    )
    assert extract_order(document).order_date == dt.date(2026, 12, 14)


def test_dates_with_month_names_make_a_date_column() -> None:
    assert profile(["15 Jan 2027", "29 Jan 2027"]) == "date"
    assert profile(["15", "29"]) != "date"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Ship To: Saxon Fluid Systems GmbH, Werk 2", True),  # one field, its label and a colon
        ("Requested Delivery Date 15 Jan 2027", True),  # a date field and its date (a template's rewrite)
        ("Manufacturer Part ID: 6205-2RSH/C3", True),
        ("Deep groove ball bearing 6205-2RS C3", False),  # more description
        ("Delivery Date soon after approval", False),  # a date label without a date: words
    ],
)
def test_one_labelled_field_under_an_item_is_a_note(text: str, note: bool) -> None:
    assert _labelled_note(line(0, (120, text))) is note


def test_an_ocr_lost_colon_after_a_number_label_is_put_back_before_a_code() -> None:
    document = pdf(
        line(
            10,
            (
                30,
                "单号 3301-20261215008",
            ),
        )
    )
    repair_labels(document.lines)
    assert document.lines[0].cells[0].text == "单号：3301-20261215008"
    kept = pdf(line(10, (30, "编号 12")), line(30, (30, "单号 见附件")))
    repair_labels(kept.lines)
    assert [line.cells[0].text for line in kept.lines] == ["编号 12", "单号 见附件"]  # no code: left alone


def test_a_two_line_header_wins_over_its_first_line_when_it_names_more_of_the_lines_columns() -> None:
    """A scan parts ``No. Schedule`` from ``Part #/``, so the first line alone reads as a header, with
    ``Customer`` as the order's customer; merged with the line under it, it names the lines' columns."""
    head = (
        line(100, (20, "Line"), (50, "No. Schedule"), (120, "Part #/"), (190, "Customer"), (250, "Type"),
             (300, "Qty (Unit)"), (360, "Need By"), (420, "Unit Price"), (480, "Subtotal")),
        line(107, (20, "#"), (50, "Lines"), (120, "Description"), (190, "Part #")),
    )  # fmt: skip
    order = extract_order(pdf(*ariba_order().lines[:4], *head, *ariba_order().lines[6:]))
    assert [(line.customer_part_no, line.sku) for line in order.lines] == [
        ("100231455", "QH-6205-2RS"),
        ("100231460", "QH-6306-ZZ"),
    ]


def test_a_title_cell_keeps_its_number_when_ocr_lost_the_status_bracket() -> None:
    document = pdf(line(60, (20, "Purchase Order new)")), line(72, (20, "4500187326")))
    assert [c.text for c in title_number(document)] == ["4500187326"]


def test_a_sums_line_whose_first_label_ocr_garbled_is_still_the_total() -> None:
    sums = line(70, (30, "eit:"), (60, "MSM: 40,271.68"), (200, "税额"), (240, "5,235.32"), (300, "金额合计"),
                (400, "45,507.00"))  # fmt: skip
    assert _closing_label(sums) == "total"  # 合计 misread; 税额 … 金额合计 45,507.00 say what the line is
    item = line(55, (30, "0001"), (60, "3010100012"), (120, "深沟球轴承"), (270, "100"), (400, "200.00"))
    assert _closing_label(item) is None
    alone = line(70, (30, "Seal kit"), (80, "63/36"), (120, "Total"), (200, "4.00"))  # no other label before
    assert _closing_label(alone) is None
