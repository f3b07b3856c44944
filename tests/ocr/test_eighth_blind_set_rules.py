"""What the eighth blind set taught, as general rules: a qualified Chinese column name (主数量, 主单位) names
its column, a purchasing department is no buyer beside the letterhead company, and payment terms that
say when beat a payment method that only says how."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from ocr.labels import column_kind, split_pairs
from ocr.layout import Line
from tests.ocr.built_documents import ENGLISH_HEAD, cell, english_table, line, pdf, sheet

NC_TABLE = [
    line(
        100,
        (30, "行号"),
        (60, "物料编码"),
        (130, "物料名称"),
        (220, "主单位"),
        (260, "主数量"),
        (320, "含税单价"),
        (400, "价税合计"),
    ),
    line(
        115,
        (30, "10"),
        (60, "0301020045"),
        (130, "直线导轨"),
        (220, "根"),
        (260, "40.00"),
        (320, "186.5000"),
        (400, "7,460.00"),
    ),
]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("主数量", "quantity"),
        ("辅数量", "quantity"),
        ("主单位", "unit"),
        ("本币金额", "amount"),
        ("本次数量", "quantity"),
    ],
)
def test_a_column_name_after_a_qualifier_names_that_column(head: str, kind: str) -> None:
    assert column_kind(head) == (kind, None)


@pytest.mark.parametrize("head", ["主要", "主税率", "收货仓库", "计划"])
def test_a_qualifier_before_nothing_known_names_no_column(head: str) -> None:
    assert column_kind(head) is None or column_kind(head)[0] == "other"


def test_an_nc_cloud_table_headed_by_main_quantity_and_unit_is_read() -> None:
    order = extract_order(pdf(line(10, (30, "订单编号：CGDD202612050087")), *NC_TABLE))
    (item,) = order.lines
    assert (item.quantity, item.unit, item.amount) == (40, "根", 7460)


def test_a_purchasing_department_is_no_buyer_beside_the_letterhead_company() -> None:
    document = pdf(
        line(10, (300, "无锡万嘉智能装备有限公司")),
        line(30, (330, "采购订单")),
        line(50, (30, "订单编号：CGDD202612050087"), (300, "采购组织：万嘉装备采购中心")),
        *NC_TABLE,
    )
    assert extract_order(document).buyer.name == "无锡万嘉智能装备有限公司"


def test_a_purchasing_organisation_that_is_a_company_stays_the_buyer() -> None:
    document = pdf(
        line(10, (300, "采购订单")),
        line(50, (30, "订单编号：CGDD202612050087"), (300, "采购组织：无锡万嘉智能装备有限公司")),
        *NC_TABLE,
    )
    assert extract_order(document).buyer.name == "无锡万嘉智能装备有限公司"


def test_payment_terms_that_say_when_beat_a_method_that_says_how() -> None:
    document = pdf(
        line(10, (30, "订单编号：CGDD202612050087")),
        line(25, (30, "结算方式：电汇"), (300, "付款协议：月结60天（货到票到）")),
        *NC_TABLE,
    )
    assert extract_order(document).payment_terms == "月结60天（货到票到）"


def test_a_payment_method_alone_is_still_the_terms() -> None:
    document = pdf(line(10, (30, "订单编号：CGDD202612050087")), line(25, (30, "结算方式：电汇")), *NC_TABLE)
    assert extract_order(document).payment_terms == "电汇"


def test_a_vendor_portal_export_with_a_banner_gives_its_order_fields_and_parties() -> None:
    document = sheet(
        [
            "Cartwell Vendor Hub | Cartwell Retail LLC | Purchase order 4KX7RT2M | "
            "Vendor QIHP1 - Suzhou Qihang Precision Technology Co., Ltd."
        ],
        [
            "PO",
            "Vendor",
            "Window start",
            "Window end",
            "ASIN",
            "Model number",
            "Title",
            "Case pack",
            "Quantity requested",
            "Unit cost",
            "Total cost",
            "Currency",
        ],
        [
            "4KX7RT2M",
            "QIHP1",
            "2027-01-18",
            "2027-01-25",
            "B0DK7Q2M4X",
            "QH-DP-500",
            "Dowel Pin Assortment",
            "12",
            "240",
            "8.75",
            "2100.00",
            "USD",
        ],
        [
            "4KX7RT2M",
            "QIHP1",
            "2027-01-18",
            "2027-01-25",
            "B0DK7R9P1C",
            "QH-BR-6205",
            "Ball Bearing 6205",
            "20",
            "300",
            "14.60",
            "4380.00",
            "USD",
        ],
    )
    order = extract_order(document)
    assert order.po_number == "4KX7RT2M" and order.currency == "USD"
    assert order.requested_delivery_date.isoformat() == "2027-01-25"  # the window's end
    assert order.buyer.name == "Cartwell Retail LLC"  # the banner's company part, not the whole banner
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."  # not its code QIHP1
    first = order.lines[0]
    assert (first.customer_part_no, first.description) == ("B0DK7Q2M4X", "Dowel Pin Assortment")
    assert (first.quantity, first.unit_price, first.amount) == (
        240,
        Decimal("8.75"),
        2100,
    )  # not the case pack


def test_a_german_bestellung_is_read_by_its_german_labels() -> None:
    document = pdf(
        line(10, (300, "Bestell-Nr. / Order No."), (400, "EK-26-04187")),
        line(22, (300, "Datum / Date"), (400, "05.12.2026")),
        line(40, (30, "Liefertermin / Delivery date"), (200, "12.02.2027 (KW 06/2027)")),
        line(52, (30, "Zahlungsbedingungen / Payment terms"), (200, "30 Tage netto")),
        line(64, (30, "Währung / Currency"), (200, "EUR")),
        line(
            90,
            (30, "Pos."),
            (60, "Artikel-Nr."),
            (130, "Bezeichnung"),
            (300, "Menge"),
            (340, "ME"),
            (380, "Einzelpreis"),
            (450, "Gesamtpreis"),
        ),
        line(
            105,
            (30, "10"),
            (60, "100-2045-01"),
            (130, "Antriebswelle"),
            (300, "250"),
            (340, "Stk"),
            (380, "18,60 €"),
            (450, "4.650,00 €"),
        ),
        line(140, (300, "Gesamtbetrag EUR"), (450, "4.650,00 €")),
    )
    order = extract_order(document)
    assert (order.po_number, order.order_date.isoformat()) == ("EK-26-04187", "2026-12-05")
    assert order.requested_delivery_date.isoformat() == "2027-02-12"
    assert (order.payment_terms, order.currency, order.total_amount) == ("30 Tage netto", "EUR", 4650)
    (item,) = order.lines
    assert (item.customer_part_no, item.quantity, item.unit, item.unit_price) == (
        "100-2045-01",
        250,
        "Stk",
        Decimal("18.60"),
    )


def test_a_letters_return_address_names_the_buyer_over_a_logo_cut_letterhead() -> None:
    document = pdf(
        line(10, (450, "KESSLER")),
        line(20, (450, "Maschinenbau GmbH")),
        line(60, (30, "Kessler Maschinenbau GmbH · Gewerbestraße 12 · 78532 Tuttlingen"), height=6),
        line(68, (30, "Suzhou Qihang Precision Technology Co., Ltd.")),
        line(80, (30, "Order No.: EK-26-04187")),
        *TABLE_EN,
    )
    order = extract_order(document)
    assert order.buyer.name == "Kessler Maschinenbau GmbH"
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."


@pytest.mark.parametrize(
    "note", ["Ihre Art.-Nr.: QH-SH-3041 Zeichnung Z-2045", "Ihre Art.-Nr. QH-SH-3041", "Your ref: 4711"]
)
def test_a_labelled_code_under_an_item_is_a_note_not_more_description(note: str) -> None:
    document = pdf(line(10, (30, "Order No.: EK-26-04187")), *TABLE_EN, line(126, (150, note)))
    assert extract_order(document).lines[0].description == "Drive shaft"


def test_a_wrapped_description_line_is_still_joined() -> None:
    document = pdf(
        line(10, (30, "Order No.: EK-26-04187")), *TABLE_EN, line(126, (150, "hardened and ground"))
    )
    assert extract_order(document).lines[0].description == "Drive shaft hardened and ground"


TABLE_EN = english_table("1", "100-2045-01", "Drive shaft", "250", "18.60", "4,650.00")


def test_ocr_s_at_sign_glued_to_a_number_in_a_description_is_the_diameter_sign() -> None:
    values = ("1", "100-2045-01", "Antriebswelle @30 x 412", "250", "18.60", "4,650.00")
    places = [x for x, _ in ENGLISH_HEAD]
    scanned = [cell(x, 115, text, confidence=0.9) for x, text in zip(places, values, strict=True)]
    scanned_row = Line(1, scanned)
    document = pdf(line(10, (30, "Order No.: EK-26-04187")), TABLE_EN[0], scanned_row)
    assert extract_order(document).lines[0].description == "Antriebswelle Ø30 x 412"


@pytest.mark.parametrize("head", ["数量单位", "数量 单位", "Qty Unit"])
def test_a_quantity_head_with_its_unit_head_in_one_cell_names_the_quantity(head: str) -> None:
    assert column_kind(head) == ("quantity", None)  # S/4HANA: 数量 单位 over ``2,000 件``


def test_two_heads_of_different_columns_run_together_name_no_column() -> None:
    assert column_kind("单位数量") is None and column_kind("单价金额") is None


@pytest.mark.parametrize(
    ("cell", "label"),
    [
        ("Bestell-Nr. / Order No.", "Bestell-Nr. / Order No."),  # known now, but any language / English
        ("Pedido n.º / Order No.", "Order No."),
        ("避注禾号。 P.O. No.", "P.O. No."),  # OCR's garble of 発注番号 before the English label
    ],
)
def test_a_label_ending_its_cell_after_its_translation_is_that_label(cell: str, label: str) -> None:
    pairs = split_pairs(cell)[1]
    assert [(pair.field, pair.label, pair.value) for pair in pairs] == [("po_number", label, "")]


def test_a_sentence_ending_in_a_label_is_no_label() -> None:
    assert split_pairs("Please quote our Order No.")[1] == ()


def test_a_speck_read_as_a_quote_before_a_label_is_no_part_of_the_cell() -> None:
    pairs = split_pairs("”DeliverTo")[1]  # OCR: Deliver To run together behind a speck
    assert [(pair.field, pair.value) for pair in pairs] == [("ship_to_address", "")]
