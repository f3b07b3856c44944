"""What the thirteenth blind set taught, as general rules: Turkish orders (Logo Tiger) are read by their
labels and keep their capitals' casing; an Oracle print's ``Order`` box with ``number, revision``, its
``Part Number / Description`` column and its ``Note to Supplier:`` rows; a table that goes on at the top
of the next page without its header (a browser's print of a web form)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from ocr.labels import column_kind, split_pairs
from ocr.layout import Line
from ocr.title_fields import readable_name
from tests.ocr.built_documents import line, pdf, sheet

TURKISH_HEAD = (
    (30, "Sıra"), (60, "Malzeme Kodu"), (150, "Malzeme Açıklaması"), (300, "Miktar"), (340, "Birim"),
    (380, "Birim Fiyat"), (440, "İsk. %"), (480, "Tutar (EUR)"),
)  # fmt: skip


def test_a_turkish_order_is_read_by_its_labels_and_its_discounts_add_up() -> None:
    order = extract_order(
        pdf(
            line(10, (40, "Sipariş No : SAS.2026.000412")),
            line(22, (40, "Sipariş Tarihi : 09.12.2026")),
            line(34, (40, "Döviz Türü : EUR")),
            line(100, *TURKISH_HEAD),
            line(115, (30, "1"), (60, "150.01.0045"), (150, "Sabit Bilyalı Rulman"), (300, "400"),
                 (340, "ADET"), (380, "0,9200"), (480, "368,00")),
            line(130, (30, "2"), (60, "150.01.0052"), (150, "Sabit Bilyalı Rulman"), (300, "120"),
                 (340, "ADET"), (380, "3,1500"), (440, "5,00"), (480, "359,10")),
            line(150, (380, "Genel Toplam (EUR) :"), (480, "727,10")),
        )
    )  # fmt: skip
    assert (order.po_number, str(order.order_date), order.currency) == (
        "SAS.2026.000412",
        "2026-12-09",
        "EUR",
    )
    assert [(i.unit, i.unit_price, i.amount) for i in order.lines] == [
        ("ADET", Decimal("0.9200"), Decimal("368.00")),
        ("ADET", Decimal("3.1500"), Decimal("359.10")),
    ]
    assert order.total_amount == Decimal("727.10") and order.warnings == []


def test_turkish_capitals_keep_their_casing_and_an_english_letterhead_is_made_readable() -> None:
    assert (
        readable_name("KARADENİZ HİDROLİK MAKİNA SAN. VE TİC. A.Ş.")
        == "KARADENİZ HİDROLİK MAKİNA SAN. VE TİC. A.Ş."
    )
    assert readable_name("PACIFIC HARBOR TRADING CO.") == "Pacific Harbor Trading Co."
    assert column_kind("Sira") == ("line_no", None)  # OCR's dotless ı read as i


def test_an_oracle_export_order_box_part_and_description_column_and_notes() -> None:
    order = extract_order(
        sheet(
            ["Norland Fluid Power, Inc.", "", "PURCHASE ORDER"],
            ["", "", "Order", "1000487, 0"],
            ["", "", "Creation Date", "09-DEC-2026"],
            ["Line", "Part Number / Description", "Quantity", "UOM", "Unit Price (USD)", "Amount (USD)"],
            ["1", "NF-BRG-06205", "400", "Each", "0.92", "368.00"],
            ["", "BEARING, BALL, DEEP GROOVE, 6205-2RS C3"],
            ["2", "NF-HOS-10002", "500", "Foot", "0.7125", "356.25"],
            ["", "HOSE, HYDRAULIC, DN10 2SN"],
            ["", "Note to Supplier: Cut to 10 ft lengths"],
        )
    )
    assert (order.po_number, str(order.order_date)) == ("1000487", "2026-12-09")
    assert [(i.customer_part_no, i.description) for i in order.lines] == [
        ("NF-BRG-06205", "BEARING, BALL, DEEP GROOVE, 6205-2RS C3"),
        ("NF-HOS-10002", "HOSE, HYDRAULIC, DN10 2SN"),
    ]


@pytest.mark.parametrize("text", ["Order", "Order:"])
def test_a_bare_order_label_is_the_po_number_only_in_its_own_box(text: str) -> None:
    assert split_pairs(text)[1][0].field == "po_number"
    assert split_pairs("Order 12 pieces of 4711")[1] == ()


def test_a_table_going_on_at_the_next_pages_top_without_its_header_is_read_on() -> None:
    head = line(
        100,
        (30, "序号"),
        (60, "物料编码"),
        (150, "物料名称"),
        (300, "数量"),
        (350, "含税单价"),
        (420, "金额"),
    )
    rows = [
        line(115, (30, "21"), (60, "3401020008"), (150, "电磁换向阀"), (300, "16.00"), (350, "315.00"),
             (420, "5,040.00")),
        line(130, (30, "22"), (60, "3402010014"), (150, "压力表"), (300, "40.00"), (350, "32.50"),
             (420, "1,300.00")),
    ]  # fmt: skip
    page_two = [
        Line(2, [replace(cell, page=2) for cell in printed.cells])
        for printed in (
            line(20, (30, "23"), (60, "3402030006"), (150, "吸油过滤器"), (300, "24.00"), (350, "26.80"),
                 (420, "643.20")),
            line(35, (30, "合计"), (420, "6,983.20")),
        )
    ]  # fmt: skip
    document = pdf(line(10, (40, "订单编号：JR-CG-2026-0318")), head, *rows, *page_two)
    document.pages = 2
    order = extract_order(document)
    assert [item.line_no for item in order.lines] == [1, 2, 3]
    assert order.lines[-1].customer_part_no == "3402030006" and order.total_amount == Decimal("6983.20")
