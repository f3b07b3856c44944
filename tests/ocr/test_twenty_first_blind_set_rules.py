"""What reading the twenty-first blind set taught, as general rules: a Polish Comarch Optima Zamówienie
(units abbreviated with a dot, Warunki dostawy after the delivery place), an Indonesian Accurate Online
Pesanan Pembelian (its labels, month names and PT company form, Jl. addresses), and a 1688 order export
workbook (one row per line with the order repeated, a refunded row, order-level amounts beside the lines)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ocr.assemble import _unit, order_lines
from ocr.candidates import COMPANY
from ocr.column_roles import profile
from ocr.extraction import extract_order
from ocr.labels import column_kind, split_pairs
from ocr.layout import Cell
from ocr.line_table import Row
from ocr.normalise import parse_date
from tests.ocr.built_documents import line, pdf, sheet


def test_an_abbreviated_unit_keeps_its_dot_and_an_ocr_speck_does_not() -> None:
    assert [_unit(unit) for unit in ("szt.", "kpl.", "กก.", "个.", "PCS", "pcs,")] == [
        "szt.",
        "kpl.",
        "กก.",
        "个",
        "PCS",
        "pcs",
    ]


def test_polish_delivery_terms_are_no_part_of_the_delivery_address() -> None:
    document = pdf(
        line(10, (30, "Zamówienie nr ZD/412/2026")),
        line(30, (30, "Miejsce dostawy:"), (120, "ul. Półłanki 64, 30-740 Kraków")),
        line(42, (30, "Warunki dostawy:"), (120, "FCA Szanghaj (Incoterms 2020)")),
        line(70, (30, "Lp."), (60, "Kod"), (150, "Nazwa"), (300, "Ilość"), (340, "Cena netto"),
             (420, "Wartość netto")),
        line(85, (30, "1"), (60, "QH-6206-2RS"), (150, "Łożysko 6206-2RS"), (300, "600"), (340, "1.32"),
             (420, "792.00")),
    )  # fmt: skip
    order = extract_order(document)
    assert order.ship_to.address == "ul. Półłanki 64, 30-740 Kraków"
    assert order.po_number == "ZD/412/2026"


def test_indonesian_labels_months_and_company_form() -> None:
    assert parse_date("15 Des 2026") == dt.date(2026, 12, 15)
    assert parse_date("3 Agu 2026") == dt.date(2026, 8, 3) and parse_date("1 Okt 2026") == dt.date(
        2026, 10, 1
    )
    assert parse_date("5 Mei 2027") == dt.date(2027, 5, 5)
    kinds = [
        column_kind(name)[0]
        for name in ("Kode Barang", "Nama Barang", "Kts", "Satuan", "@Harga", "Total Harga")
    ]
    assert kinds == ["part_no", "description", "quantity", "unit", "unit_price", "amount"]
    assert split_pairs("Syarat Pembayaran: T/T 30% DP")[1][0].field == "payment_terms"
    assert COMPANY.search("PT Sumber Teknik Abadi") and not COMPANY.search("Pt 100 sensor")


def accurate_order():
    return pdf(
        line(10, (30, "PT Sumber Teknik Abadi"), (400, "PESANAN PEMBELIAN")),
        line(22, (30, "Jl. Kembang Jepun No. 112, Surabaya"), (300, "No. Pesanan"), (400, "Tgl Pesanan")),
        line(34, (300, "PO.2612.00187"), (400, "15 Des 2026")),
        line(50, (30, "Pemasok"), (300, "Kirim Ke")),
        line(62, (30, "Suzhou Qihang Precision Technology Co., Ltd."), (300, "PT Sumber Teknik Abadi")),
        line(74, (30, "Huoju Road 88, Suzhou"), (300, "Jl. Rungkut Industri III No. 18")),
        line(100, (30, "Kode Barang"), (110, "Nama Barang"), (260, "Kts"), (300, "Satuan"), (350, "@Harga"),
             (420, "Total Harga")),
        line(112, (30, "BRG-6201-2RS"), (110, "Bearing 6201-2RS C3"), (260, "2,000"), (300, "PCS"),
             (350, "0.46"), (420, "920.00")),
        line(130, (350, "Total"), (420, "920.00")),
    )  # fmt: skip


def test_an_accurate_pesanan_pembelian() -> None:
    order = extract_order(accurate_order())
    assert (order.po_number, order.order_date) == ("PO.2612.00187", dt.date(2026, 12, 15))
    assert order.buyer.name == "PT Sumber Teknik Abadi"  # the letterhead beside the title, a PT company
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."
    assert order.ship_to.address == "Jl. Rungkut Industri III No. 18"  # the block's name line is no address
    assert [(line.customer_part_no, line.quantity, line.amount) for line in order.lines] == [
        ("BRG-6201-2RS", Decimal("2000"), Decimal("920.00"))
    ]


HEAD_1688 = ["订单编号", "买家公司名", "卖家公司名", "货品总价(元)", "下单时间", "货品标题", "单品货号",
             "SKU属性", "单价(元)", "数量", "单位", "退款状态"]  # fmt: skip


def export_row(code: str, title: str, price: str, quantity: str, refund: str = "") -> list[str]:
    order = ["2389451267045318821", "义乌市恒联五金贸易有限公司", "苏州启航精工科技有限公司", "3100.00"]
    return [*order, "2026-12-15 10:32:05", title, code, "颜色:黑色", price, quantity, "个", refund]


def test_a_1688_export_is_one_order_without_its_refunded_rows() -> None:
    order = extract_order(
        sheet(
            HEAD_1688,
            export_row("QH-6204", "深沟球轴承 6204-2RS", "1.35", "2000"),
            export_row("QH-6205", "深沟球轴承 6205-2RS", "1.62", "1500", refund="退款成功"),
            export_row("QH-M830", "内六角螺丝 M8×30", "0.05", "8000"),
        )
    )
    assert order.po_number == "2389451267045318821"
    assert order.order_date == dt.date(2026, 12, 15)
    assert order.buyer.name == "义乌市恒联五金贸易有限公司"
    assert order.supplier.name == "苏州启航精工科技有限公司"
    assert [(line.customer_part_no, line.description, line.quantity) for line in order.lines] == [
        ("QH-6204", "深沟球轴承 6204-2RS 颜色:黑色", Decimal("2000")),
        ("QH-M830", "内六角螺丝 M8×30 颜色:黑色", Decimal("8000")),
    ]  # the title and its SKU attributes; the refunded row is no line
    assert order.requested_delivery_date is None  # 货品总价 3100.00 is money, not an Excel date serial


def test_amounts_with_cents_are_no_date_column() -> None:
    assert profile(["22108.00", "22108.00"]) != "date"
    assert profile(["2026.12.15", "2027.01.05"]) == "date"


def ocr_row(unit: str) -> Row:
    """An order line read by OCR (its cells carry OCR's certainty)."""
    return Row({"quantity": "10", "unit": unit}, [Cell(unit, 1, 300, 0, 320, 10, confidence=0.9)], 1)


def test_a_dot_after_one_unit_among_undotted_ones_is_a_speck() -> None:
    rows = [ocr_row(unit) for unit in ("UN", "MT.", "KG", "UN")]
    assert [line.unit for line in order_lines(rows)] == ["UN", "MT", "KG", "UN"]
    dotted = [ocr_row(unit) for unit in ("szt.", "kpl.", "m", "szt.")]
    assert [line.unit for line in order_lines(dotted)] == ["szt.", "kpl.", "m", "szt."]
    text_layer = [Row({"quantity": "10", "unit": unit}, [], 1) for unit in ("UN", "MT.", "KG", "UN")]
    assert [line.unit for line in order_lines(text_layer)] == ["UN", "MT.", "KG", "UN"]  # printed: no speck
