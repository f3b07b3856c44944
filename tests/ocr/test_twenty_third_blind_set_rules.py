"""What reading the twenty-third blind set taught, as general rules: a 用友 U9 order whose castings are
ordered in 件 and priced per 千克 (two quantities, one order line: for review, never sent on silently),
its 料品 columns, and an Australian MYOB export's AUD."""

from __future__ import annotations

from decimal import Decimal

from ocr.assemble import order_lines
from ocr.extraction import extract_order
from ocr.labels import column_kind
from ocr.layout import Document, Line
from ocr.line_table import Row
from ocr.normalise import parse_currency
from tests.ocr.built_documents import line, pdf, sheet

HEAD = ["行号", "料品编码", "料品名称", "采购数量", "采购单位", "计价数量", "计价单位", "最终价", "价税合计"]


def test_lines_ordered_in_one_unit_and_priced_in_another_go_to_review() -> None:
    order = extract_order(
        sheet(
            ["单号", "PO20261215-0031"],
            HEAD,
            ["10", "03.01.0012", "床身铸件", "12", "件", "22200.00", "千克", "9.8000", "217560.00"],
            ["20", "03.01.0013", "立柱铸件", "12", "件", "11520.00", "千克", "9.8000", "112896.00"],
            ["30", "03.02.0101", "圆钢", "50", "根", "3330.00", "千克", "5.6000", "18648.00"],
        )
    )
    assert [line.description for line in order.lines] == ["床身铸件", "立柱铸件", "圆钢"]  # 料品名称
    assert order.confidence < 0.8  # which quantity the ERP keys is for review: not sent on
    assert any("priced per another unit" in warning for warning in order.warnings)


def test_one_quantity_column_sends_the_order_on() -> None:
    order = extract_order(
        sheet(
            ["单号", "PO20261215-0032"],
            ["行号", "料品编码", "料品名称", "采购数量", "采购单位", "最终价", "价税合计"],
            ["10", "03.01.0012", "床身铸件", "12", "件", "18130.00", "217560.00"],
            ["20", "03.01.0013", "立柱铸件", "12", "件", "9408.00", "112896.00"],
        )
    )
    assert [line.quantity for line in order.lines] == [Decimal("12"), Decimal("12")]
    assert not any("priced per another unit" in warning for warning in order.warnings)


def test_more_currencies_and_u9_columns() -> None:
    assert [parse_currency(text) for text in ("AUD", "A$ 1,200.00", "S$", "C$", "₹", "THB")] == [
        "AUD",
        "AUD",
        "SGD",
        "CAD",
        "INR",
        "THB",
    ]
    assert parse_currency("$ 5.00") == "USD"
    assert (column_kind("料品编码")[0], column_kind("料品名称")[0]) == ("part_no", "description")


def sap_bestellung(*items: Line) -> Document:
    return pdf(
        line(10, (400, "Bestellnummer/Datum")),
        line(22, (400, "4500293817 / 15.12.2026")),
        line(60, (30, "Pos."), (70, "Material"), (130, "Bezeichnung"), (300, "Menge ME"),
             (370, "Preis pro Einheit"), (470, "Nettowert")),
        *items,
    )  # fmt: skip


def test_an_sap_bestellung_prices_some_items_per_hundred_on_the_line_under_them() -> None:
    order = extract_order(
        sap_bestellung(
            line(75, (30, "00010"), (70, "100045871"), (130, "Spiralgehäuse GG25 DN80"), (300, "120 ST"),
                 (370, "48,60"), (470, "5.832,00")),
            line(86, (130, "Liefertermin: 20.01.2027")),
            line(100, (30, "00020"), (70, "100060017"), (130, "O-Ring 85 x 3 NBR 70"), (300, "2.000 ST"),
                 (370, "18,50"), (470, "370,00")),
            line(111, (130, "Liefertermin: 20.01.2027"), (370, "pro 100 ST")),
            line(125, (30, "00030"), (70, "100071450"), (130, "Welle 1.4021 D 32"), (300, "140 ST"),
                 (370, "21,75"), (470, "3.045,00")),
        )
    )  # fmt: skip
    assert order.po_number == "4500293817" and str(order.order_date) == "2026-12-15"
    assert [(line.quantity, line.unit_price, line.amount) for line in order.lines] == [
        (Decimal("120"), Decimal("48.60"), Decimal("5832.00")),
        (Decimal("2000"), Decimal("0.185"), Decimal("370.00")),  # 18,50 pro 100 ST, and the table goes on
        (Decimal("140"), Decimal("21.75"), Decimal("3045.00")),
    ]


def test_a_price_per_pricing_unit_becomes_the_price_of_one_unit_ordered() -> None:
    rows = [
        Row(
            {"quantity": "12", "unit_price": "9.8000", "amount": "217560.00", "price_unit": "22200.00"}, [], 1
        ),
        Row({"quantity": "2000", "unit_price": "18.50", "amount": "370.00", "price_unit": "100 ST"}, [], 1),
        Row({"quantity": "10", "unit_price": "5.00", "amount": "50.00", "price_unit": "1"}, [], 1),
    ]
    assert [line.unit_price for line in order_lines(rows)] == [
        Decimal("18130"),
        Decimal("0.185"),
        Decimal("5.00"),
    ]
