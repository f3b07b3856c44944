"""What four unseen layouts taught, as general rules: traditional-Chinese labels (Hong Kong, Taiwan), SAP
form labels, tax notes on a total, real spaces between Chinese words, and a template's short label."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ocr.assemble import order_lines, pick
from ocr.extraction import extract_order
from ocr.header_fields import find_candidates
from ocr.labels import column_kind, label_spans, ocr_column_kind, split_pairs
from ocr.layout import Cell, Document, Line
from ocr.line_table import Row
from ocr.ocr_labels import repair_labels, repaired_translation
from ocr.templates import Template, prepare
from orderbridge.errors import DocumentRejected

CHAR = 5.0


def line(top: float, *cells: tuple[float, str], page: int = 1) -> Line:
    return Line(page, [Cell(text, page, x, top, x + CHAR * len(text), top + 10) for x, text in cells])


def pdf(*lines: Line) -> Document:
    return Document("application/pdf", "text-layer", 1, list(lines))


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("P.O. No. 訂單號碼 KF-PO-26-0917", "po_number", "KF-PO-26-0917"),
        ("交貨日期 05/12/2026", "requested_delivery_date", "05/12/2026"),
        ("貨幣: EUR", "currency", "EUR"),
        ("付款條件 T/T 30 days", "payment_terms", "T/T 30 days"),
        ("送貨地址：九龍觀塘道9號", "ship_to_address", "九龍觀塘道9號"),
    ],
)
def test_a_traditional_spelling_of_a_label_is_the_same_label(text: str, field: str, value: str) -> None:
    _, pairs = split_pairs(text)
    assert [(p.field, p.value) for p in pairs] == [(field, value)]


def test_traditional_column_headers_name_their_columns() -> None:
    kinds = [column_kind(t) for t in ("貨號", "品名及規格", "數量", "單位", "單價", "金額", "項次")]
    assert [k[0] if k else None for k in kinds] == [
        "part_no",
        "description",
        "quantity",
        "unit",
        "unit_price",
        "amount",
        "line_no",
    ]


def test_a_traditional_label_running_on_into_more_chinese_is_no_label() -> None:
    assert split_pairs("訂單號碼表 附件")[1] == ()
    assert column_kind("數量單") is None


def _hong_kong_order() -> Document:
    return pdf(
        line(40, (40, "KAM FUNG TRADING COMPANY LIMITED")),
        line(60, (40, "P.O. No. 訂單號碼 KF-PO-26-0917")),
        line(75, (40, "Date 日期 18/11/2026")),
        line(90, (40, "Currency 貨幣 EUR")),
        line(
            120,
            (40, "項目"),
            (70, "貨號"),
            (130, "品名及規格"),
            (300, "數量"),
            (350, "單位"),
            (400, "單價"),
            (470, "金額"),
        ),
        line(
            140,
            (42, "1"),
            (70, "KF-88103"),
            (130, "Ball valve 1/2 inch"),
            (300, "1,200"),
            (350, "PCS"),
            (400, "3.85"),
            (470, "4,620.00"),
        ),
        line(
            160,
            (42, "2"),
            (70, "KF-90215"),
            (130, "Hose connector"),
            (300, "2,500"),
            (350, "PCS"),
            (400, "0.96"),
            (470, "2,400.00"),
        ),
        line(180, (300, "Total Amount 總金額 EUR 7,020.00")),
    )


def test_a_hong_kong_order_in_traditional_chinese_is_read_without_a_template() -> None:
    order = extract_order(_hong_kong_order())
    assert order.po_number == "KF-PO-26-0917"
    assert order.currency == "EUR"
    assert [ln.customer_part_no for ln in order.lines] == ["KF-88103", "KF-90215"]
    assert order.total_amount == Decimal("7020.00")


def test_without_its_labels_the_same_order_is_still_no_purchase_order() -> None:
    bare = pdf(*[ln for ln in _hong_kong_order().lines if ln.top != 120])
    with pytest.raises(DocumentRejected) as caught:
        extract_order(bare)
    assert caught.value.reason == "no-purchase-order"


def test_an_sap_form_is_read_by_its_own_labels() -> None:
    order = extract_order(
        pdf(
            line(30, (40, "Purchasing Document 4500087312")),
            line(45, (300, "Date 20.11.2026")),
            line(60, (40, "Currency EUR")),
            line(
                100,
                (40, "Item"),
                (78, "Material"),
                (140, "Short Text"),
                (330, "Order Qty"),
                (362, "OUn"),
                (400, "Net Price"),
                (455, "Per"),
                (500, "Net Value"),
            ),
            line(
                120,
                (40, "00010"),
                (78, "10023117"),
                (140, "Bracket steel 60x40"),
                (335, "650"),
                (362, "PC"),
                (415, "1.85"),
                (460, "1"),
                (505, "1,202.50"),
            ),
            line(
                140,
                (40, "00020"),
                (78, "10023134"),
                (140, "Cable gland M20"),
                (330, "1,200"),
                (362, "PC"),
                (415, "0.72"),
                (460, "1"),
                (510, "864.00"),
            ),
            line(170, (300, "Total net value excl. tax EUR 2,066.50")),
        )
    )
    assert order.po_number == "4500087312"
    assert [(ln.description, ln.unit, ln.unit_price) for ln in order.lines] == [
        ("Bracket steel 60x40", "PC", Decimal("1.85")),
        ("Cable gland M20", "PC", Decimal("0.72")),
    ]
    assert order.total_amount == Decimal("2066.50")


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Total net value excl. tax EUR 31,334.00", "Total net value excl. tax EUR", "31,334.00"),
        ("Total (incl. VAT): 1,200.00", "Total (incl. VAT)", "1,200.00"),
        ("Grand Total including taxes USD 5.00", "Grand Total including taxes USD", "5.00"),
    ],
)
def test_a_tax_note_after_a_total_belongs_to_its_label(text: str, label: str, value: str) -> None:
    assert split_pairs(text)[1][0].label == label
    assert split_pairs(text)[1][0].value == value


def test_a_total_followed_by_other_words_keeps_them_in_its_value() -> None:
    assert split_pairs("Total excluding freight 12.00")[1][0].value == "excluding freight 12.00"
    assert split_pairs("Total taxes 3.00")[1][0].value == "taxes 3.00"


def _row(description: str, confidence: float | None) -> Row:
    cell = Cell(description, 1, 100, 10, 200, 20, confidence=confidence)
    values = {"description": description, "quantity": "10"}
    return Row(values, [cell], 1, by_kind={"description": [cell]})


def test_a_printed_space_between_chinese_words_is_kept() -> None:
    assert order_lines([_row("硅胶按键 12键 灰色", None)])[0].description == "硅胶按键 12键 灰色"


def test_letter_spacing_and_ocr_spaces_between_chinese_characters_go() -> None:
    assert order_lines([_row("采 购 订 单", None)])[0].description == "采购订单"
    assert order_lines([_row("硅胶按 键 灰色", 0.9)])[0].description == "硅胶按键灰色"


def test_label_spans_name_each_printed_label_once() -> None:
    assert label_spans("Delivery date 15.01.2027") == [("requested_delivery_date", 0, 13)]
    assert label_spans("Date 20.11.2026 Currency EUR") == [("order_date", 0, 4), ("currency", 16, 24)]
    assert label_spans("Hex bolt M8 stainless") == []


def _sap_template(**fields: dict[str, object]) -> Template:
    return Template(name="sap", customer_name="Vestmark", fields=dict(fields))


def test_a_template_date_label_does_not_take_the_date_of_a_longer_label() -> None:
    doc = pdf(line(40, (300, "Date 20.11.2026")), line(55, (40, "Delivery date 15.01.2027")))
    template = _sap_template(
        order_date={"labels": ["Date"]}, requested_delivery_date={"labels": ["Delivery date"]}
    )
    found = find_candidates(prepare(doc, template))
    assert pick(found, "order_date")[0] == dt.date(2026, 11, 20)
    assert pick(found, "requested_delivery_date")[0] == dt.date(2027, 1, 15)


def test_a_template_date_label_alone_still_leaves_a_longer_printed_label_its_field() -> None:
    doc = pdf(line(40, (300, "Date 20.11.2026")), line(55, (40, "Delivery date 15.01.2027")))
    prepared = prepare(doc, _sap_template(order_date={"labels": ["Date"]}))
    found = find_candidates(prepared)
    assert pick(found, "order_date")[0] == dt.date(2026, 11, 20)
    assert pick(found, "requested_delivery_date")[0] == dt.date(2027, 1, 15)
    assert [c.text for c in prepared.lines[0].cells] == ["订单日期 20.11.2026"]
    assert [c.text for c in doc.lines[0].cells] == ["Date 20.11.2026"]  # the read document as read


def test_a_k3_cloud_purchase_unit_column_is_the_unit_not_the_price() -> None:
    assert column_kind("采购单位") == ("unit", None)
    assert ocr_column_kind("采购单位") == ("unit", None)  # not 采购单价, one character away
    assert column_kind("采购单价") == ("unit_price", None)


def _ocr_line(top: float, *cells: tuple[float, float, str]) -> Line:
    return Line(1, [Cell(text, 1, x0, top, x1, top + 10, confidence=0.9) for x0, x1, text in cells])


def test_an_address_ocr_split_at_a_wide_gap_is_joined_again() -> None:
    doc = Document(
        "application/pdf",
        "ocr",
        1,
        [
            _ocr_line(
                100,
                (40, 76, "交货地址"),
                (89, 303, "江苏省常州市武进区延政西路58号二号"),
                (312, 321, "厂房"),
                (410, 446, "联系电话"),
                (456, 525, "0519-8631 2270"),
            )
        ],
    )
    found = find_candidates(doc)
    assert pick(found, "ship_to_address")[0] == "江苏省常州市武进区延政西路58号二号厂房"
    assert pick(found, "phone")[0] == "0519-8631 2270"


def test_an_address_keeps_apart_from_a_far_cell_of_the_next_header_block() -> None:
    doc = Document(
        "application/pdf",
        "ocr",
        1,
        [
            _ocr_line(
                100, (40, 76, "交货地址"), (89, 250, "江苏省常州市延政西路58号"), (300, 360, "标准采购订单")
            )
        ],
    )
    assert pick(find_candidates(doc), "ship_to_address")[0] == "江苏省常州市延政西路58号"


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("Date 日其", "Date 日期"),
        ("Payment Terms 付款人条件", "Payment Terms 付款条件"),
        ("Date 日其 18/11/2026", "Date 日期 18/11/2026"),
    ],
)
def test_ocr_slips_in_a_bilingual_labels_chinese_half_are_repaired(read: str, repaired: str) -> None:
    assert repaired_translation(read) == repaired


@pytest.mark.parametrize(
    "read",
    [
        "Currency 人民币",
        "Payment Terms 月结",
        "Date 日期",
        "Delivery Date 交货日 期",
        "Department 采购部",
        "日其",
    ],
)
def test_a_chinese_value_or_a_whole_label_after_an_english_label_is_left_alone(read: str) -> None:
    assert repaired_translation(read) is None


def test_a_repaired_bilingual_label_takes_the_value_right_of_it() -> None:
    lines = [_ocr_line(100, (305, 340, "Date 日其"), (417, 470, "18/11/2026"))]
    repair_labels(lines)
    found = find_candidates(Document("application/pdf", "ocr", 1, lines))
    assert pick(found, "order_date")[0] == dt.date(2026, 11, 18)


ADDRESS_TEMPLATE = Template(
    "box", "Kam Fung", fields={"ship_to_address": {"labels": ["Delivery address", "Ship To 送貨地址"]}}
)


@pytest.mark.parametrize("template", [None, ADDRESS_TEMPLATE])
def test_an_address_under_its_label_comes_out_once(template: Template | None) -> None:
    doc = pdf(
        line(100, (40, "Delivery address")),
        line(114, (40, "Vestmark Warehouse 3, Waalhaven Zuidzijde 19, 3089 JH Rotterdam")),
        line(140, (40, "Please deliver to the above address")),
    )
    found = find_candidates(prepare(doc, template) if template else doc)
    assert (
        pick(found, "ship_to_address")[0] == "Vestmark Warehouse 3, Waalhaven Zuidzijde 19, 3089 JH Rotterdam"
    )


@pytest.mark.parametrize("template", [None, ADDRESS_TEMPLATE])
def test_a_two_line_address_in_a_box_under_a_bilingual_label_keeps_both_lines(
    template: Template | None,
) -> None:
    doc = pdf(
        line(100, (40, "Supplier 供應商:"), (300, "Ship To 送貨地址:")),
        line(114, (40, "Suzhou Qihang Co., Ltd."), (300, "Flat B, 6/F, Wing Tat Building,")),
        line(126, (40, "No. 88 Fengli Street"), (300, "9 Kwun Tong Road, Kowloon")),
    )
    found = find_candidates(prepare(doc, template) if template else doc)
    assert pick(found, "ship_to_address")[0] == "Flat B, 6/F, Wing Tat Building, 9 Kwun Tong Road, Kowloon"


def test_a_totals_row_ends_in_its_amount_though_ocr_left_digits_after_the_label() -> None:
    lines = [_ocr_line(100, (380, 470, "Total Amount 48434"), (493, 560, "EUR 13,710.00"))]
    found = find_candidates(Document("application/pdf", "ocr", 1, lines))
    assert pick(found, "total")[0] == Decimal("13710.00")


def test_a_total_with_its_amount_in_its_own_cell_keeps_it() -> None:
    found = find_candidates(pdf(line(100, (380, "Total Amount 13,710.00"), (493, "Tax: 100"))))
    assert pick(found, "total")[0] == Decimal("13710.00")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("P.O. # 4471", "po_number", "4471"),  # QuickBooks
        ("录单日期:2026年12月04日", "order_date", "2026年12月04日"),  # 管家婆
        ("要货日期:2026年12月28日", "requested_delivery_date", "2026年12月28日"),
        ("摘要:12月第一批备料", "other", "12月第一批备料"),  # a memo: no field of ours, ends an address block
        ("经手人:刘建军", "other", "刘建军"),
    ],
)
def test_labels_of_the_third_blind_set(text: str, field: str, value: str) -> None:
    _, pairs = split_pairs(text)
    assert [(p.field, p.value) for p in pairs] == [(field, value)]


def test_a_full_product_name_column_is_the_description() -> None:
    assert column_kind("商品全名") == ("description", None)
