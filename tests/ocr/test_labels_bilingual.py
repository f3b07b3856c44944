"""Bilingual labels, labels that are no field of ours, and short labels that need a colon."""

from __future__ import annotations

import pytest

from ocr.labels import column_kind, split_pairs


@pytest.mark.parametrize(
    ("cell", "field", "value"),
    [
        ("付款方式 Payment: 月结45天", "payment_terms", "月结45天"),
        ("送货地址 Deliver To: 江苏省无锡市", "ship_to_address", "江苏省无锡市"),
        ("订单号 Order No.: LF2026-1108", "po_number", "LF2026-1108"),
        # the English half is not in the dictionary at all: up to the colon it is still the label
        ("送货地址 Ship Location: 上海", "ship_to_address", "上海"),
        ("结算方式 Settlement Mode: 月结", "payment_terms", "月结"),
        # the other way round: an English label and a Chinese translation the dictionary does not know
        ("Currency 结算货币: USD", "currency", "USD"),
        # the same field again in brackets (a contract's 甲方 is the buyer)
        ("甲方（需方）：杭州云帆自动化设备有限公司", "buyer_name", "杭州云帆自动化设备有限公司"),
    ],
)
def test_a_label_and_its_translation_leave_only_the_value(cell: str, field: str, value: str) -> None:
    assert [(p.field, p.value) for p in split_pairs(cell)[1]] == [(field, value)]


def test_a_value_that_ends_in_another_label_is_not_taken_for_a_translation() -> None:
    _, pairs = split_pairs("收货人 John Tel: 555-0100")
    assert [(p.field, p.value) for p in pairs] == [("contact", "John"), ("phone", "555-0100")]


@pytest.mark.parametrize(
    ("cell", "field"),
    [
        ("Delivery Terms: FOB Shanghai", "other"),  # not "Terms" (payment terms)
        ("Terms and Conditions: see overleaf", "other"),
        ("采购员：陈静", "other"),  # the buyer's clerk is no buyer
        ("Vendor No.: V1001", "other"),  # not the vendor's name
        ("Invoice No.: INV-9", "other"),
    ],
)
def test_labels_of_things_that_are_no_field_keep_shorter_labels_from_their_values(
    cell: str, field: str
) -> None:
    assert [p.field for p in split_pairs(cell)[1]] == [field]


def test_a_total_may_name_its_currency() -> None:
    assert [(p.field, p.label, p.value) for p in split_pairs("TOTAL USD")[1]] == [("total", "TOTAL USD", "")]
    assert split_pairs("Total (USD): 9,600.00")[1][0].value == "9,600.00"


@pytest.mark.parametrize(
    ("cell", "field", "value"),
    [
        ("No.: CG20261126", "po_number", "CG20261126"),
        ("编号：CG-7", "po_number", "CG-7"),
        ("To: Qihang", "supplier_name", "Qihang"),
    ],
)
def test_short_labels_take_a_value_after_a_colon(cell: str, field: str, value: str) -> None:
    assert [(p.field, p.value) for p in split_pairs(cell)[1]] == [(field, value)]


@pytest.mark.parametrize(
    "cell", ["No. 1 Factory Road, Suzhou", "To be delivered in two lots", "Payment received with thanks"]
)
def test_short_labels_without_a_colon_are_words(cell: str) -> None:
    assert split_pairs(cell)[1] == ()


@pytest.mark.parametrize(
    ("cell", "kind", "hint"),
    [
        ("物料名称及规格", "description", None),
        ("订货数量", "quantity", None),
        ("Qty Ordered", "quantity", None),
        ("Ext. Cost", "amount", None),
        ("SKU", "part_no", None),
        ("存货编码", "part_no", None),
        ("无税单价", "unit_price", None),
        ("物料名称 Material Name", "description", None),  # an English half the dictionary lacks
        ("单价/元", "unit_price", "元"),
        ("Amount USD", "amount", "USD"),
    ],
)
def test_more_column_headers(cell: str, kind: str, hint: str | None) -> None:
    assert column_kind(cell) == (kind, hint)


@pytest.mark.parametrize("cell", ["规格 M8", "Item 5 pcs", "物料名称 螺栓 M8"])
def test_a_label_followed_by_data_is_no_column_header(cell: str) -> None:
    assert column_kind(cell) is None


@pytest.mark.parametrize(
    ("cell", "label", "value"),
    [
        ("Grand Total (incl. VAT): 1,200.00", "Grand Total (incl. VAT)", "1,200.00"),
        ("Grand Total (incl. VAT)", "Grand Total (incl. VAT)", ""),  # the value is in another cell
        ("Delivery Date (required):", "Delivery Date (required)", ""),
    ],
)
def test_a_note_in_brackets_after_a_label_belongs_to_the_label(cell: str, label: str, value: str) -> None:
    assert [(p.label, p.value) for p in split_pairs(cell)[1]] == [(label, value)]
