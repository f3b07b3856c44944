"""Grid cells whose text wraps inside the cell and is centred on its row (精斗云 printed from a browser):
the lines above a row's numbers belong to that row, not to the one before; each column's lines join up
on their own, Chinese without a space; and a total after an order discount (优惠后金额 under 整单优惠)
is the order's total, the table's 合计 what its lines must add up to."""

from __future__ import annotations

from decimal import Decimal

from ocr.cell_stacks import CELL_BREAK, joined, stacked_text
from ocr.extraction import extract_order
from ocr.layout import Cell
from tests.ocr.built_documents import cell, line, pdf

HEAD = ((40, "序号"), (60, "商品编号"), (110, "商品名称"), (220, "规格型号"), (280, "单位"), (310, "数量"),
        (350, "单价"), (420, "金额"))  # fmt: skip


def grid_order(*, discount: bool = False) -> list:
    """Three grid rows 22 pt apart; the first and third wrap their text over three lines 4.5 pt apart,
    the row's numbers on the middle line."""
    lines = [
        line(10, (40, "单据编号：CGDD20261208003")),
        line(25, (40, "单据日期：2026-12-08")),
        line(40, (40, "采购员：叶倩")),
        line(100, *HEAD),
        line(122, (110, "深沟球轴承（双面橡胶密")),
        line(126.5, (40, "1"), (60, "SP0301"), (220, "6205-2RS"), (280, "套"), (310, "300"), (350, "6.80"),
             (420, "2,040.00")),
        line(131, (110, "封）")),
        line(151, (40, "2"), (60, "SP0302"), (110, "深沟球轴承"), (220, "6308ZZ"), (280, "套"), (310, "120"),
             (350, "23.50"), (420, "2,820.00")),
        line(173, (110, "梅花弹性联轴器（铝合"), (220, "D30L40")),
        line(177.5, (40, "3"), (60, "SP2203"), (280, "个"), (310, "80"), (350, "26.00"), (420, "2,080.00")),
        line(182, (110, "金）"), (220, "孔径10×12")),
        line(204, (40, "合计"), (310, "500"), (420, "6,940.00")),
    ]  # fmt: skip
    if discount:
        lines += [line(230, (40, "整单优惠：40.00"), (220, "优惠后金额：¥6,900.00"))]
    return lines


def test_text_above_and_below_a_rows_numbers_is_its_own_column_by_column() -> None:
    order = extract_order(pdf(*grid_order()))
    assert [(item.customer_part_no, item.description, item.quantity) for item in order.lines] == [
        ("SP0301", "深沟球轴承（双面橡胶密封） 6205-2RS", 300),
        ("SP0302", "深沟球轴承 6308ZZ", 120),
        ("SP2203", "梅花弹性联轴器（铝合金） D30L40 孔径10×12", 80),
    ]
    assert order.total_amount == Decimal("6940.00")


def test_a_total_after_an_order_discount_is_the_orders_and_the_lines_still_check_against_the_table() -> None:
    order = extract_order(pdf(*grid_order(discount=True)))
    assert order.total_amount == Decimal("6900.00")
    assert order.currency == "CNY"
    assert not order.warnings  # the lines add up to the table's 合计, the sum before the discount
    assert order.provenance["lines"].score == 0.98


def test_a_line_touching_the_row_above_stays_its_wrapped_description() -> None:
    """Lines evenly spaced (a whitespace table): text under a row is that row's, even with a row right
    under it."""
    order = extract_order(
        pdf(
            line(10, (40, "Order No.: PO-7")),
            line(100, (40, "No."), (60, "Item"), (150, "Description"), (300, "Qty"), (340, "Price"),
                 (420, "Amount")),
            line(112, (40, "1"), (60, "A-1"), (150, "Servo motor"), (300, "2"), (340, "10.00"),
                 (420, "20.00")),
            line(124, (150, "with brake")),
            line(136, (40, "2"), (60, "A-2"), (150, "Cable"), (300, "1"), (340, "5.00"), (420, "5.00")),
        )
    )  # fmt: skip
    assert [item.description for item in order.lines] == ["Servo motor with brake", "Cable"]


def test_text_with_no_order_line_touching_it_below_is_no_lead() -> None:
    """A section heading between two groups stays a heading: the row after it stands clear of it."""
    order = extract_order(
        pdf(
            line(10, (40, "订单编号：CG-1")),
            line(100, *HEAD),
            line(114, (40, "1"), (60, "A-1"), (110, "轴承"), (280, "个"), (310, "2"), (350, "10.00"),
                 (420, "20.00")),
            line(140, (110, "二、五金配件")),
            line(162, (40, "2"), (60, "A-2"), (110, "螺钉"), (280, "个"), (310, "1"), (350, "5.00"),
                 (420, "5.00")),
        )
    )  # fmt: skip
    assert [item.description for item in order.lines] == ["轴承", "螺钉"]


def test_chinese_joins_chinese_without_a_space_and_anything_else_with_one() -> None:
    assert joined("深沟球轴承（双面橡胶密", "封）") == "深沟球轴承（双面橡胶密封）"
    assert joined("带座外球面轴承（铸铁", "座）") == "带座外球面轴承（铸铁座）"
    assert joined("M8×30", "12.9级发黑") == "M8×30 12.9级发黑"
    assert joined("Servo motor", "with brake") == "Servo motor with brake"
    assert joined("", "封）") == "封）"


def test_each_column_stacks_on_its_own_and_cells_side_by_side_keep_their_break() -> None:
    name, spec = (100.0, 200.0), (200.0, 300.0)

    def at(x: float, text: str, top: float) -> Cell:
        return cell(x, top, text)

    lines = [
        [at(110, "梅花弹性联轴器（铝合", 0)],
        [at(210, "D30L40", 5), at(250, "孔径", 5)],
        [at(110, "金）", 10)],
    ]
    assert stacked_text(lines, [name, spec]) == f"梅花弹性联轴器（铝合金）{CELL_BREAK}D30L40{CELL_BREAK}孔径"
