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
