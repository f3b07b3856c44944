"""The label dictionary's matching rules for header fields and table columns."""

from __future__ import annotations

import pytest

from ocr.label_dictionary import COLUMN_LABELS, HEADER_LABELS
from ocr.labels import Pair, column_kind, split_pairs


@pytest.mark.parametrize(
    ("cell", "field", "value"),
    [
        ("订单编号：HD20261118-01", "po_number", "HD20261118-01"),
        ("采购单号: PO-7", "po_number", "PO-7"),
        ("P.O. Number 4500012345", "po_number", "4500012345"),
        ("PO No.: 4500012345", "po_number", "4500012345"),
        ("po no 4500012345", "po_number", "4500012345"),
        ("Order No. 88", "po_number", "88"),
        ("下单日期：2026/11/18", "order_date", "2026/11/18"),
        ("Date: 18.11.2026", "order_date", "18.11.2026"),
        ("要求交期：2026-12-05", "requested_delivery_date", "2026-12-05"),
        ("Delivery Date: Dec 5, 2026", "requested_delivery_date", "Dec 5, 2026"),
        ("币别：港币", "currency", "港币"),
        ("买方：华东精密", "buyer_name", "华东精密"),
        ("Bill To: Acme", "buyer_name", "Acme"),
        ("Vendor: Qihang", "supplier_name", "Qihang"),
        ("送货地址：上海市", "ship_to_address", "上海市"),
        ("Ship To: Warehouse 3", "ship_to_address", "Warehouse 3"),
        ("Attn: John", "contact", "John"),
        ("Phone: 123", "phone", "123"),
        ("付款方式：月结", "payment_terms", "月结"),
        ("Grand Total: 42,700.00", "total", "42,700.00"),
        ("总金额 ￥100", "total", "￥100"),
    ],
)
def test_a_label_and_its_value_in_one_cell(cell: str, field: str, value: str) -> None:
    prefix, pairs = split_pairs(cell)
    assert prefix == ""
    assert [(p.field, p.value) for p in pairs] == [(field, value)]


def test_a_bilingual_label_is_one_label() -> None:
    assert split_pairs("订单号 PO No.") == ("", (Pair("po_number", "订单号 PO No.", ""),))
    assert split_pairs("交货日期/Delivery Date：2026-12-05")[1][0].value == "2026-12-05"


def test_two_pairs_in_one_cell_when_the_second_label_has_a_colon() -> None:
    _, pairs = split_pairs("订单编号：A1 订单日期：2026-01-01")
    assert [(p.field, p.value) for p in pairs] == [("po_number", "A1"), ("order_date", "2026-01-01")]


def test_the_longer_label_wins() -> None:
    assert split_pairs("Delivery Date: x")[1][0].field == "requested_delivery_date"
    assert split_pairs("Ship To Name: Acme DC")[1][0].field == "ship_to_name"


@pytest.mark.parametrize(
    "cell",
    [
        "客户料号",  # 客户 runs on into more Chinese
        "Dated 5 May",  # Date runs on into more letters
        "请随货附送货单，送货单上注明订单编号。",  # a label inside a sentence, no colon after it
        "Please quote our PO number on all invoices.",
        "Purchase Order 4500012345 (continued)",
        "1. The supplier shall deliver by the agreed delivery date.",
    ],
)
def test_words_that_only_look_like_labels_are_not_labels(cell: str) -> None:
    prefix, pairs = split_pairs(cell)
    assert pairs == ()
    assert prefix == cell


@pytest.mark.parametrize(
    ("cell", "kind", "hint"),
    [
        ("序号", "line_no", None),
        ("No.", "line_no", None),
        ("Item", "line_no", None),
        ("物料编码", "part_no", None),
        ("客户料号 Part No.", "part_no", None),
        ("Item Code", "part_no", None),
        ("品名规格", "description", None),
        ("Description", "description", None),
        ("数量", "quantity", None),
        ("数量(Qty)", "quantity", "Qty"),
        ("Qty", "quantity", None),
        ("UOM", "unit", None),
        ("单价(元)", "unit_price", "元"),
        ("Unit Price (USD)", "unit_price", "USD"),
        ("金额（含税）", "amount", "含税"),
        ("Amount", "amount", None),
        ("Total", "amount", None),  # a line's total (SAP Business One's Total USD column)
        ("交期", "delivery_date", None),
    ],
)
def test_column_headers(cell: str, kind: str, hint: str | None) -> None:
    assert column_kind(cell) == (kind, hint)


@pytest.mark.parametrize(
    "cell",
    ["HD-BLT-0830", "5,000", "不锈钢六角螺栓 M8x30", "Description of the goods as agreed", "Grand Total", ""],
)
def test_ordinary_cells_are_not_column_headers(cell: str) -> None:
    assert column_kind(cell) is None


def test_every_label_in_the_dictionary_matches_itself() -> None:
    for field, labels in HEADER_LABELS.items():
        for label in labels:
            assert split_pairs(f"{label}: X1")[1][0].field == field, label
    for kind, labels in COLUMN_LABELS.items():
        for label in labels:
            found = column_kind(label)
            assert found is not None and found[0] in (kind, "delivery_date"), label


@pytest.mark.parametrize(("cell", "hint"), [("型号规格", None), ("名称型号", None), ("型号规格(mm)", "mm")])
def test_two_labels_of_one_column_run_together_are_that_column(cell: str, hint: str | None) -> None:
    """型号规格 is 型号 + 规格, both the description's labels, printed as one word."""
    assert column_kind(cell) == ("description", hint)


@pytest.mark.parametrize("cell", ["数量单价", "物料编码品名", "单价金额"])
def test_two_labels_of_different_columns_run_together_are_no_column(cell: str) -> None:
    assert column_kind(cell) is None
