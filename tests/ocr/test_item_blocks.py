"""Items printed as blocks of ``label | value`` rows (an approval app's print): each block an order line,
across page breaks, with or without a mark over it; a head's few such rows make no item."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from ocr.item_blocks import item_block_table
from ocr.layout import Line
from orderbridge.errors import DocumentRejected
from tests.ocr.built_documents import line, pdf

HEAD = [
    line(10, (54, "审批编号"), (166, "202612090046")),
    line(20, (54, "采购单号"), (166, "HL-PO-2612-0093")),
    line(30, (54, "下单日期"), (166, "2026/12/10")),
    line(40, (54, "币种"), (166, "人民币")),
]


def block(top: float, mark: str | None, *rows: tuple[str, str]) -> list[Line]:
    lines = [line(top, (60, mark))] if mark else []
    return lines + [
        line(top + 10 * (k + 1), (76, label), (188, value)) for k, (label, value) in enumerate(rows)
    ]


def item(code: str, name: str, spec: str, qty: str, price: str, amount: str) -> list[tuple[str, str]]:
    return [("物料编码", code), ("物料名称", name), ("规格型号", spec), ("单位", "套"), ("数量", qty),
            ("单价（元）", price), ("金额（元）", amount)]  # fmt: skip


def on_page(page: int, lines: list[Line]) -> list[Line]:
    return [Line(page, [replace(c, page=page) for c in ln.cells]) for ln in lines]


def test_each_marked_block_is_an_order_line_with_its_two_description_rows_joined() -> None:
    document = pdf(
        *HEAD,
        *block(100, "明细1", *item("HL-0301-0125", "深沟球轴承", "6206-2RS/C3", "400", "8.60", "3,440.00")),
        *block(
            200,
            "明细2",
            *item("HL-0302-0017", "圆锥滚子轴承", "32210", "60", "46.80", "2,808.00"),
            ("备注", "哈瓦洛或同等品牌"),
        ),
        line(300, (54, "总计"), (166, "数量：460"), (225, "金额（元）：6,248.00")),
        line(320, (54, "采购总金额（元）"), (166, "¥6,248.00")),
    )
    order = extract_order(document)
    assert order.po_number == "HL-PO-2612-0093"
    assert [ln.customer_part_no for ln in order.lines] == ["HL-0301-0125", "HL-0302-0017"]
    assert [ln.description for ln in order.lines] == ["深沟球轴承 6206-2RS/C3", "圆锥滚子轴承 32210"]
    assert [(ln.quantity, ln.unit, ln.unit_price, ln.amount) for ln in order.lines] == [
        (Decimal(400), "套", Decimal("8.60"), Decimal("3440.00")),
        (Decimal(60), "套", Decimal("46.80"), Decimal("2808.00")),
    ]
    assert order.currency == "CNY"


def test_a_block_broken_at_a_page_end_goes_on_past_the_page_number() -> None:
    first = block(600, "明细1", *item("HL-0301-0125", "深沟球轴承", "6206-2RS/C3", "400", "8.60", "3,440.00"))
    rows = item("HL-0410-0052", "梅花联轴器", "LM-112", "40", "86.00", "3,440.00")
    second_top = block(770, "明细2", *rows[:3])
    page_end = [line(808, (269, "第 1 页 / 共 2 页"))]
    second_rest = on_page(2, block(34, None, *rows[3:]))
    document = pdf(*HEAD, *first, *second_top, *page_end, *second_rest)
    lines = item_block_table(document).rows
    assert [row.values.get("part_no") for row in lines] == ["HL-0301-0125", "HL-0410-0052"]
    assert lines[1].values["quantity"] == "40" and lines[1].values["amount"] == "3,440.00"


def test_without_marks_a_second_part_number_row_starts_the_next_block() -> None:
    rows = [
        *item("A-100", "轴承", "6205", "10", "5.00", "50.00"),
        *item("B-200", "油封", "TC 45", "20", "2.00", "40.00"),
    ]
    document = pdf(*HEAD, *block(100, None, *rows))
    assert [row.values.get("part_no") for row in item_block_table(document).rows] == ["A-100", "B-200"]


def test_a_line_that_is_no_label_row_ends_the_blocks() -> None:
    document = pdf(
        *HEAD,
        *block(100, "明细1", *item("A-100", "轴承", "6205", "10", "5.00", "50.00")),
        *block(200, "明细2", *item("B-200", "油封", "TC 45", "20", "2.00", "40.00")),
        line(300, (54, "总计"), (166, "数量：30"), (225, "金额（元）：90.00")),
        line(320, (76, "数量"), (188, "30")),  # after the total: no item's row
    )
    rows = item_block_table(document).rows
    assert [row.values["quantity"] for row in rows] == ["10", "20"]


def test_a_head_s_few_label_rows_make_no_items() -> None:
    document = pdf(*HEAD, line(60, (54, "物料名称"), (166, "轴承")), line(70, (54, "数量"), (166, "10")))
    assert item_block_table(document).rows == []
    with pytest.raises(DocumentRejected, match="no order lines"):
        extract_order(document)


def ocr_read(lines: list[Line]) -> list[Line]:
    return [Line(ln.page, [replace(c, confidence=0.9) for c in ln.cells]) for ln in lines]


def test_a_row_whose_value_ocr_lost_keeps_the_block_and_marks_where_the_unit_stands() -> None:
    rows = item("HL-0301-0125", "深沟球轴承", "6206-2RS/C3", "400", "8.60", "3,440.00")
    first = block(100, "明细1", *rows)
    first[4] = line(first[4].top, (76, "单位"))  # the lone 套 beside it taken for a speck
    second = block(200, "明细2", *item("HL-0302-0017", "圆锥滚子轴承", "32210", "60", "46.80", "2,808.00"))
    document = pdf(*HEAD, *ocr_read(first), *ocr_read(second))
    found = item_block_table(document).rows
    assert [row.values["quantity"] for row in found] == ["400", "60"]  # the blank row did not end block 1
    assert "unit" not in found[0].values
    (where,) = found[0].by_kind["unit"]  # an empty cell for the unit's own re-read, where values stand
    assert where.text == "" and where.x0 == 188 and where.top == first[4].top


def test_a_row_whose_label_ocr_garbled_takes_the_role_the_other_blocks_have_at_its_place() -> None:
    blocks = [
        block(100, "明细1", *item("A-100", "轴承", "6205", "10", "5.00", "50.00")),
        block(200, "明细2", *item("B-200", "油封", "TC 45", "60", "46.80", "2,808.00")),
        block(300, "明细3", *item("C-300", "链轮", "08B-1", "20", "2.00", "40.00")),
    ]
    blocks[1][5] = line(blocks[1][5].top, (76, "tut"), (188, "60"))  # 数量 read as tut
    blocks[1][7] = line(blocks[1][7].top, (76, "金额"), (98, "(元)"), (188, "2,808.00"))  # its bracket parted
    document = pdf(*HEAD, *(ln for lines in blocks for ln in ocr_read(lines)))
    rows = item_block_table(document).rows
    assert [(row.values["quantity"], row.values["amount"]) for row in rows] == [
        ("10", "50.00"),
        ("60", "2,808.00"),
        ("20", "40.00"),
    ]
