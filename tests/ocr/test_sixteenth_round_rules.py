"""What reading the fifteenth blind set with its templates taught, as general rules: a description printed
under its part number and wrapped over more lines stays the description (not more of the code), a line
comment in smaller print under it is no part of it, a ``Rev`` column's letter is no description, and a
ship-to block goes on past its ``Attn:`` line."""

from __future__ import annotations

from decimal import Decimal

from ocr.extraction import extract_order
from tests.ocr.built_documents import line, pdf

HEAD = line(
    100,
    (30, "Line"),
    (50, "Part Number / Description"),
    (230, "Rev"),
    (260, "Our Qty"),
    (310, "UOM"),
    (340, "Unit Price"),
    (420, "Ext. Price"),
)


def order_line(top: float, no: str, part: str, rev: str, qty: str, price: str, amount: str):
    cells = [(30, no), (50, part), (260, qty), (310, "EA"), (340, price), (420, amount)]
    return line(top, *(cells[:2] + ([(230, rev)] if rev else []) + cells[2:]))


def epicor_lines(comment_height: float) -> list:
    return [
        line(10, (30, "PO:"), (80, "20931")),
        HEAD,
        order_line(112, "1", "KR-100-30207", "", "80.00", "4.48000", "358.40"),
        line(124, (50, "Bearing, Tapered Roller, Cone and Cup Assembly 30207,")),
        line(136, (50, "Matched Set")),
        line(148, (50, "Your Part: QH-TR-30207")),
        order_line(162, "2", "KR-210-2535", "B", "600.00", "0.38000", "228.00"),
        line(174, (50, "Seal, Shaft, TC 25x35x7, NBR")),
        line(186, (50, "Box of 100"), height=comment_height),
        line(198, (60, "Rel 1 Due: 01/22/2027 Qty: 600.00")),
        line(220, (340, "Total (USD):"), (420, "586.40")),
    ]


def test_a_description_under_its_part_number_wraps_on_as_the_description_and_a_rev_letter_is_none() -> None:
    order = extract_order(pdf(*epicor_lines(comment_height=9.2)))
    assert [ln.customer_part_no for ln in order.lines] == ["KR-100-30207", "KR-210-2535"]
    assert [ln.description for ln in order.lines] == [
        "Bearing, Tapered Roller, Cone and Cup Assembly 30207, Matched Set",
        "Seal, Shaft, TC 25x35x7, NBR",  # not the Rev column's B, and not the comment in smaller print
    ]
    assert [ln.quantity for ln in order.lines] == [Decimal("80.00"), Decimal("600.00")]


def test_a_line_under_the_description_in_the_same_print_is_more_of_it() -> None:
    order = extract_order(pdf(*epicor_lines(comment_height=10.0)))
    assert order.lines[1].description == "Seal, Shaft, TC 25x35x7, NBR Box of 100"


def test_a_description_set_smaller_than_its_code_is_still_the_description() -> None:
    """NetSuite prints the item's code on the line row and its description under it in smaller type."""
    document = pdf(
        line(10, (30, "Purchase Order"), (300, "#PO10482")),
        line(100, (30, "Item"), (260, "Qty"), (310, "Rate"), (380, "Amount")),
        line(112, (30, "QH-BR-6205"), (260, "300"), (310, "$3.85"), (380, "$1,155.00")),
        line(124, (30, "Deep groove ball bearing 6205-2RS, 25x52x15 mm"), height=9.0),
        line(136, (30, "QH-BR-6308"), (260, "120"), (310, "$11.40"), (380, "$1,368.00")),
        line(148, (30, "Deep groove ball bearing 6308ZZ C3, 40x90x23 mm"), height=9.0),
    )
    order = extract_order(document)
    assert [ln.description for ln in order.lines] == [
        "Deep groove ball bearing 6205-2RS, 25x52x15 mm",
        "Deep groove ball bearing 6308ZZ C3, 40x90x23 mm",
    ]


def test_a_ship_to_block_goes_on_past_its_attention_line() -> None:
    document = pdf(
        line(10, (30, "PURCHASE ORDER"), (300, "PO: 20931")),
        line(40, (30, "Vendor:"), (300, "Ship To:")),
        line(
            52, (30, "Suzhou Qihang Precision Technology Co., Ltd."), (300, "Kettle River Fluid Power, Inc.")
        ),
        line(64, (30, "No. 88 Fengli Street"), (300, "Attn: Receiving - Dock 3")),
        line(76, (30, "Suzhou, Jiangsu 215021"), (300, "2210 Progress Drive")),
        line(88, (300, "Owatonna, MN 55060")),
        *[
            line(
                120,
                (30, "Line"),
                (60, "Part Number"),
                (200, "Description"),
                (330, "Qty"),
                (380, "Unit Price"),
            ),
            line(132, (30, "1"), (60, "KR-100-6205"), (200, "Bearing 6205"), (330, "400"), (380, "0.92")),
        ],
    )
    order = extract_order(document)
    assert order.ship_to.address == "2210 Progress Drive, Owatonna, MN 55060"
    assert order.ship_to.contact == "Receiving - Dock 3"


def ruled_order(spec_lines: list[str], ruled: bool = True):
    """A ruled 规格型号 cell (x 100..260) wrapped over ``spec_lines``, under a one-line order table."""
    head = line(
        100, (30, "序号"), (60, "品名"), (102, "规格型号"), (270, "数量"), (320, "单价"), (380, "金额")
    )
    rows = [
        line(
            112, (30, "1"), (60, "司筒"), (102, spec_lines[0]), (270, "60"), (320, "18.50"), (380, "1110.00")
        )
    ]
    rows += [line(124 + 12 * k, (102, text)) for k, text in enumerate(spec_lines[1:])]
    document = pdf(line(10, (30, "订单编号：ZX20261209-02")), head, *rows)
    if ruled:
        document.rules[1] = [(x, 95.0, 160.0) for x in (25, 55, 100, 260, 265, 315, 375, 440)]
    return extract_order(document)


def test_a_ruled_chinese_cell_wrapped_short_of_its_edge_keeps_the_space_it_was_wrapped_at() -> None:
    # 10 characters of 5 points end at 152, far short of the ruling at 260: the line broke at a space
    order = ruled_order(["Φ6×Φ12 氮化", "配司筒针"])
    assert order.lines[0].description == "司筒 Φ6×Φ12 氮化 配司筒针"


def test_a_ruled_chinese_cell_wrapped_at_its_edge_joins_mid_word() -> None:
    order = ruled_order(["深沟球轴承双面橡胶密封深沟球轴承双面橡胶密封深沟球轴承双面橡", "胶密封"])
    assert order.lines[0].description.endswith("深沟球轴承双面橡胶密封")
    assert order.lines[0].description.count(" ") == 1  # between 品名 and 规格型号 only


def test_without_rulings_a_chinese_cell_s_lines_join_without_a_space() -> None:
    order = ruled_order(["Φ6×Φ12 氮化", "配司筒针"], ruled=False)
    assert order.lines[0].description == "司筒 Φ6×Φ12 氮化配司筒针"


def test_a_buyer_label_naming_a_person_with_phone_and_mail_gives_way_to_the_letterhead_company() -> None:
    lines = epicor_lines(comment_height=9.2)
    document = pdf(
        line(2, (30, "Kettle River Fluid Power, Inc."), (300, "PURCHASE ORDER")),
        *lines[:-1],
        line(240, (30, "Buyer: Dana Whitfield (507) 451-8823 dwhitfield@kettleriverfp.com")),
        lines[-1],
    )
    assert extract_order(document).buyer.name == "Kettle River Fluid Power, Inc."
