"""What reading the eighteenth blind set taught, as general rules: a Korean 발주서 (Korean labels with the
English in brackets, ``2026. 12. 11.`` dates, a letter-spaced ``상 | 호`` label, the company in Hangul and
Latin in one cell, the supplier addressed with 귀중) and a Vietnamese MISA Đơn mua hàng workbook
(``Số:``, ``Ngày 11 tháng 12 năm 2026``, ``Loại tiền (Currency): | USD`` in a row of label boxes)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from ocr.labels import column_kind, split_pairs
from ocr.normalise import parse_date
from tests.ocr.built_documents import english_table, line, pdf, sheet


@pytest.mark.parametrize(
    ("cell", "field"),
    [
        ("발주번호 (P/O No.)", "po_number"),  # the English in brackets after the Korean
        ("납기일자 (Delivery Date)", "requested_delivery_date"),
        ("Điều khoản thanh toán (Payment terms):", "payment_terms"),  # Latin words before the bracket
        ("Nhà cung cấp (Supplier):", "supplier_name"),
        ("P/O No.", "po_number"),
    ],
)
def test_a_bracketed_english_label_after_other_words_labels_the_cell(cell: str, field: str) -> None:
    _, pairs = split_pairs(cell)
    assert [pair.field for pair in pairs] == [field]
    assert pairs[0].value == ""  # the value is in the next cell; the bracket is no value


def test_a_bracketed_label_runs_on_to_its_colon_and_the_value_after_it() -> None:
    _, pairs = split_pairs("Loại tiền (Currency): USD")
    assert [(pair.field, pair.value) for pair in pairs] == [("currency", "USD")]
    _, pairs = split_pairs("Tổng tiền thanh toán (Total payment): 8.362,60")
    assert [(pair.field, pair.value) for pair in pairs] == [("total", "8.362,60")]


def test_a_bracketed_label_needs_no_colon_its_brackets_set_it_apart() -> None:
    assert split_pairs("수신 (To)")[1][0].field == "supplier_name"  # To alone needs its colon
    assert split_pairs("To whom it may concern")[1] == ()


def test_a_bracket_that_does_not_end_the_label_is_no_label() -> None:
    assert split_pairs("Ghi chú (xem PO No. 4711 kèm theo)")[1][0].field == "other"  # Ghi chú: a note
    assert split_pairs("Vòng bi (Ball bearing) 6205")[1] == ()


def test_korean_and_vietnamese_labels_name_fields_and_columns() -> None:
    assert split_pairs("Số: DMH00458")[1][0].field == "po_number"
    assert split_pairs("Số lượng lớn")[1] == ()  # Số needs its colon: 'number of' in a sentence
    assert column_kind("수량")[0] == "quantity"
    assert column_kind("Đơn giá")[0] == "unit_price"
    assert column_kind("Q'ty")[0] == "quantity"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2026. 12. 11.", dt.date(2026, 12, 11)),  # Korean dots and spaces
        ("2027. 01. 20", dt.date(2027, 1, 20)),
        ("2026년 12월 11일", dt.date(2026, 12, 11)),
        ("Ngày 11 tháng 12 năm 2026", dt.date(2026, 12, 11)),  # Vietnamese day, month, year
    ],
)
def test_korean_and_vietnamese_dates(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


BUYER = "한빛정밀(주) Hanbit Precision Co., Ltd."


def test_a_korean_order_reads_its_spaced_buyer_label_and_drops_the_honorific() -> None:
    doc = pdf(
        line(10, (30, "발 주 서"), (200, "PURCHASE ORDER")),
        line(40, (30, "발주번호 (P/O No.)"), (110, ": HB-2612-0418")),
        line(
            52, (30, "발주일자 (P/O Date)"), (110, ": 2026. 12. 11."), (300, "상"), (315, "호"), (340, BUYER)
        ),
        line(64, (30, "수신 (To)"), (110, ": Suzhou Qihang Precision Technology Co., Ltd. 귀중")),
        line(76, (30, "통화 (Currency)"), (110, "USD")),
        *english_table("1", "HP-10112", "Ball Bearing", "2,000", "0.9200", "1,840.00"),
        line(140, (300, "합 계 (TOTAL)"), (420, "1,840.00")),
    )
    order = extract_order(doc)
    assert order.po_number == "HB-2612-0418"
    assert order.order_date == dt.date(2026, 12, 11)
    assert order.buyer.name == "Hanbit Precision Co., Ltd."  # the Latin half, not the title 발 주 서
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."
    assert order.total_amount == Decimal("1840.00")


CURRENCY = "Loại tiền (Currency):"


def test_a_vietnamese_workbook_pairs_its_currency_box_and_names_its_company() -> None:
    doc = sheet(
        ["CÔNG TY TNHH CƠ KHÍ AN PHÁT"],
        ["ĐƠN MUA HÀNG"],
        ["Ngày 11 tháng 12 năm 2026"],
        ["Số: DMH00458"],
        ["Nhà cung cấp (Supplier):", "", "Suzhou Qihang Precision Technology Co., Ltd."],
        ["Ngày giao hàng (Delivery date):", "", "15/01/2027", "", CURRENCY, "USD", "Tỷ giá:", "25"],
        ["Địa điểm giao hàng (Delivery place):", "", "Kho số 2, KCN VSIP II", "", "", "", "", ""],
        ["STT (No.)", "Mã hàng (Item code)", "Tên hàng (Description)", "ĐVT (Unit)", "Số lượng (Quantity)",
         "Đơn giá (Unit price)", "Thành tiền (Amount)"],
        ["1", "VT-VB-6205", "Vòng bi cầu 6205-2RS C3", "Cái", "1.000", "0,9500", "950,00"],
        ["2", "VT-VB-6306", "Vòng bi cầu 6306-ZZ C3", "Cái", "400", "2,3500", "940,00"],
        ["Tổng tiền thanh toán (Total payment):", "", "", "", "", "", "1.890,00"],
    )  # fmt: skip
    order = extract_order(doc)
    assert (order.po_number, order.order_date, order.currency) == ("DMH00458", dt.date(2026, 12, 11), "USD")
    assert order.buyer.name == "CÔNG TY TNHH CƠ KHÍ AN PHÁT"
    assert [(line.quantity, line.unit_price) for line in order.lines] == [
        (Decimal("1000"), Decimal("0.9500")),
        (Decimal("400"), Decimal("2.3500")),
    ]
    assert order.total_amount == Decimal("1890.00")


LUYUE_HEAD = ((30, "行号"), (60, "物料编码"), (140, "物料名称 / 规格型号"), (300, "单位"), (330, "数量"),
              (370, "含税单价"), (420, "价税合计"))  # fmt: skip


def item_with_spec(top: float, no: str, code: str, name: str, spec: str, *numbers: str) -> list:
    """An item as 浪潮 GS prints it: the name over the row's numbers, the spec in smaller print under."""
    return [  # (the name and the numbers overlap, as printed: each is a line of its own)
        line(top, (140, name), height=7.5),
        line(top + 4.5, (30, no), (60, code), *zip((300, 330, 370, 420), numbers, strict=True), height=7.5),
        line(top + 10.2, (140, spec), height=6.6),
    ]


def spec_order(head: tuple = LUYUE_HEAD):
    return pdf(
        line(10, (30, "订单编号：CGDD202612110037"), (200, "订单日期：2026-12-11")),
        line(30, *head, height=7.5),
        *item_with_spec(53, "1", "Q150B1030TF2", "六角头螺栓", "M10×30 10.9级 达克罗", "个", "4,000",
                        "0.2150", "860.00"),
        *item_with_spec(77, "2", "1307015-B04", "机油滤清器座垫片", "无石棉 1.0mm", "套", "300", "38.5000",
                        "11,550.00"),
        line(100, (30, "合计"), (420, "12,410.00")),
    )  # fmt: skip


def test_the_spec_in_small_print_under_a_name_and_spec_column_is_part_of_the_description() -> None:
    order = extract_order(spec_order())
    assert [line.description for line in order.lines] == [
        "六角头螺栓 M10×30 10.9级 达克罗",
        "机油滤清器座垫片 无石棉 1.0mm",  # a part of its own: the space stays between Chinese
    ]


def test_small_print_under_a_plain_name_column_stays_a_note() -> None:
    head = tuple((x, "物料名称" if x == 140 else name) for x, name in LUYUE_HEAD)
    order = extract_order(spec_order(head))
    assert [line.description for line in order.lines] == ["六角头螺栓", "机油滤清器座垫片"]
