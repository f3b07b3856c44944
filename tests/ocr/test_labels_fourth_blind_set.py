"""What the fourth blind set taught, as general rules: a purchase contract's clauses (labels after a clause
number and inside a sentence, an address or terms that end with the clause), a letter-spaced 合 计 row,
notes in smaller print under order lines, address blocks as one address, an account number beside the
supplier label, and an ERP's flat export whose order fields are columns of the line table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from ocr.extraction import extract_order
from ocr.labels import split_pairs
from ocr.layout import Document, Line
from ocr.line_table import find_table
from ocr.normalise import address_lines
from ocr.order_columns import order_candidates, order_column_kind
from ocr.regions import region_cell
from ocr.templates import load_template
from tests.ocr.built_documents import cell, line, pdf, sheet


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("三、付款方式：货到验收合格后60日内付款。", "payment_terms", "货到验收合格后60日内付款。"),
        (
            "二、交货时间及地点：乙方应于2027年1月20日前送货",
            "requested_delivery_date",
            "乙方应于2027年1月20日前送货",
        ),
        ("1、收货地址：广州市黄埔区开发大道8号", "ship_to_address", "广州市黄埔区开发大道8号"),
    ],
)
def test_a_label_after_a_clause_number_is_a_label(text: str, field: str, value: str) -> None:
    assert [(p.field, p.value) for p in split_pairs(text)[1]] == [(field, value)]


def test_an_enumeration_after_a_clause_number_holds_no_label() -> None:
    assert split_pairs("一、产品名称、规格型号、数量、金额")[1] == ()


def test_a_long_chinese_label_inside_a_sentence_counts_only_right_before_its_colon() -> None:
    pairs = split_pairs("乙方应将货物送至甲方指定地点：武汉市汇通大道6号")[1]
    assert [(p.field, p.value) for p in pairs] == [("ship_to_address", "武汉市汇通大道6号")]
    assert split_pairs("货物送至甲方指定地点后验收")[1] == ()  # no colon: running text
    assert split_pairs("原单号：X-1")[1] == ()  # 单号 is two characters: too short to trust inside a word


def test_the_signing_place_of_a_contract_is_no_ship_to_address() -> None:
    assert [p.field for p in split_pairs("签订地点：湖北省武汉市")[1]] == ["other"]


def _contract() -> Document:
    return pdf(
        line(40, (40, "合同编号：DFZG-1187")),
        line(60, (40, "签订日期：2026年12月4日")),
        line(100, (40, "序号"), (70, "产品名称"), (150, "单位"), (190, "数量"), (230, "单价"), (280, "金额")),
        line(
            116, (40, "1"), (70, "深沟球轴承"), (150, "套"), (190, "200"), (230, "86.50"), (280, "17,300.00")
        ),
        line(132, (40, "2"), (70, "直线导轨"), (150, "根"), (190, "40"), (230, "386.00"), (280, "15,440.00")),
        line(148, (40, "合"), (60, "计"), (190, "240"), (280, "32,740.00")),
        line(180, (40, "二、交货时间及地点：乙方应于2027年1月20日前将货物送至甲方指定地点：武汉市东西湖区")),
        line(196, (40, "汇通大道6号三号库房，运输途中的风险由乙方承担。")),
        line(220, (40, "三、付款方式：货到验收合格后60日内以银行承兑汇票支付全部货款。")),
    )


def test_a_letter_spaced_total_row_ends_the_table_and_gives_the_total() -> None:
    table = find_table(_contract())
    assert [row.values["quantity"] for row in table.rows] == ["200", "40"]
    assert table.total is not None and table.total.text == "32,740.00"


def test_a_contract_s_delivery_clause_gives_the_date_and_the_address_and_its_payment_clause_the_terms() -> (
    None
):
    order = extract_order(_contract())
    assert order.requested_delivery_date == dt.date(2027, 1, 20)
    assert order.ship_to.address == "武汉市东西湖区汇通大道6号三号库房"  # the clause goes on after the comma
    assert order.payment_terms == "货到验收合格后60日内以银行承兑汇票支付全部货款"  # no full stop
    assert order.total_amount == Decimal("32740.00")


def _uk_order(note_height: float) -> Document:
    return pdf(
        line(40, (40, "Order Ref"), (120, "TW/PO/26/0912")),
        line(60, (40, "Supplier"), (120, "A/C No. QIH001")),
        line(72, (40, "Suzhou Qihang Precision Co., Ltd.")),
        line(
            100, (40, "Code"), (100, "Description"), (300, "Qty"), (340, "Price"), (380, "Total"), height=7.5
        ),
        line(
            112,
            (40, "BH075"),
            (100, "Butt hinge 75mm"),
            (300, "600"),
            (340, "1.18"),
            (380, "708.00"),
            height=7.5,
        ),
        Line(1, [cell(100, 121, "Inner 10 / Outer 50 Commodity 8302", note_height)]),
        line(
            133,
            (40, "TB150"),
            (100, "Tower bolt 150mm"),
            (300, "300"),
            (340, "0.92"),
            (380, "276.00"),
            height=7.5,
        ),
    )


def test_a_note_in_smaller_print_under_an_order_line_is_not_part_of_its_description() -> None:
    order = extract_order(_uk_order(note_height=6.5))
    assert [line.description for line in order.lines] == ["Butt hinge 75mm", "Tower bolt 150mm"]


def test_a_template_can_say_smaller_print_under_an_item_is_more_of_its_description(tmp_path: Path) -> None:
    """Business Central prints an item's Description 2 smaller under its description."""
    (tmp_path / "thornbury.yaml").write_text(
        "format_version: 1\ncustomer: {name: Thornbury}\nrecognise: {keywords: [Code]}\n"
        "formats: {item_small_print: description}\n",
        encoding="utf-8",
    )
    order = extract_order(_uk_order(note_height=6.5), load_template(tmp_path / "thornbury.yaml"))
    assert order.lines[0].description == "Butt hinge 75mm Inner 10 / Outer 50 Commodity 8302"


def test_a_wrapped_description_in_the_same_print_still_joins_its_line() -> None:
    order = extract_order(_uk_order(note_height=7.5))
    assert order.lines[0].description == "Butt hinge 75mm Inner 10 / Outer 50 Commodity 8302"


def test_an_account_number_beside_the_supplier_label_is_not_the_supplier() -> None:
    assert extract_order(_uk_order(note_height=6.5)).supplier.name == "Suzhou Qihang Precision Co., Ltd."


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            ["Bay 14, Central Park, Severn Road", "Avonmouth, Bristol BS11 0YH"],
            "Bay 14, Central Park, Severn Road, Avonmouth, Bristol BS11 0YH",
        ),
        (["Unit 7, Kingsway Business Park,", "Thornbury"], "Unit 7, Kingsway Business Park, Thornbury"),
        (
            ["湖北省武汉市东西湖区", "汇通大道6号"],
            "湖北省武汉市东西湖区汇通大道6号",
        ),  # Chinese wraps mid-word: nothing between the lines
    ],
)
def test_the_lines_of_an_address_block_make_one_address(lines: list[str], address: str) -> None:
    assert address_lines(lines) == address


def test_a_template_region_over_a_two_line_address_reads_it_as_one_address() -> None:
    doc = pdf(line(200, (300, "Bay 14, Central Park, Severn Road")), line(211, (300, "Avonmouth, Bristol")))
    doc.page_sizes[1] = (595.0, 842.0)
    region = {"page": 1, "x0": 290, "y0": 195, "x1": 560, "y1": 225}
    found = region_cell(doc, region, "ship_to_address")
    assert found is not None and found.text == "Bay 14, Central Park, Severn Road, Avonmouth, Bristol"
    assert (
        region_cell(doc, region, "payment_terms").text
        == "Bay 14, Central Park, Severn Road Avonmouth, Bristol"
    )


def test_an_order_field_s_label_alone_in_a_table_header_names_an_order_column() -> None:
    assert [order_column_kind(t) for t in ("采购订单号", "Currency", "供应商", "数量", "Order No.: 1")] == [
        "order:po_number",
        "order:currency",
        "order:supplier_name",
        None,
        None,  # a label with its value is a header field, not a column
    ]


_EXPORT_HEAD = [
    "采购订单号",
    "订单日期",
    "供应商",
    "收货地址",
    "币种",
    "行号",
    "物料编码",
    "物料描述",
    "单位",
    "采购数量",
    "含税单价",
    "价税合计",
]


def test_a_flat_export_repeating_the_order_on_every_line_gives_the_order_fields_and_the_lines() -> None:
    doc = sheet(
        _EXPORT_HEAD,
        [
            "HTPO-31",
            "2026-12-04",
            "苏州启航",
            "台州市恒泰路1号",
            "人民币",
            "1",
            "20103017",
            "深沟球轴承",
            "套",
            "3000",
            "2.35",
            "7050.00",
        ],
        [
            "HTPO-31",
            "2026-12-04",
            "苏州启航",
            "台州市恒泰路1号",
            "人民币",
            "2",
            "20105102",
            "滚针轴承",
            "个",
            "8000",
            "0.865",
            "6920.00",
        ],
    )
    order = extract_order(doc)
    assert (order.po_number, order.order_date, order.currency) == ("HTPO-31", dt.date(2026, 12, 4), "CNY")
    assert (order.supplier.name, order.ship_to.address) == ("苏州启航", "台州市恒泰路1号")
    assert [(line.customer_part_no, line.quantity) for line in order.lines] == [
        ("20103017", Decimal("3000")),
        ("20105102", Decimal("8000")),
    ]


def test_an_export_holding_two_orders_gives_no_order_number_from_its_column() -> None:
    table = find_table(
        sheet(
            _EXPORT_HEAD,
            [
                "HTPO-31",
                "2026-12-04",
                "苏州启航",
                "台州",
                "人民币",
                "1",
                "A1",
                "轴承",
                "套",
                "3",
                "2.35",
                "7.05",
            ],
            [
                "HTPO-32",
                "2026-12-04",
                "苏州启航",
                "台州",
                "人民币",
                "1",
                "A2",
                "轴承",
                "套",
                "8",
                "1.00",
                "8.00",
            ],
        )
    )
    fields = {candidate.field: candidate.text for candidate in order_candidates(table.rows)}
    assert "po_number" not in fields  # the lines disagree: no single order number
    assert fields["supplier_name"] == "苏州启航"


@pytest.mark.parametrize(
    ("text", "prefix", "pairs"),
    [
        (
            "、 付款方式",
            "",
            [("payment_terms", "")],
        ),  # OCR kept the clause number's 、 and lost 三 and the colon
        ("(2) 交货日期：2026-12-01", "", [("requested_delivery_date", "2026-12-01")]),
        (
            "乙方应于2027年1月20日前将货物送至甲方指定地点",
            "乙方应于2027年1月20日前将货物送至甲方",
            [("ship_to_address", "")],
        ),
        ("1.5 kg", "1.5 kg", []),  # a decimal number is no clause number
    ],
)
def test_a_clause_number_or_a_cell_end_does_for_the_colon_ocr_lost(
    text: str, prefix: str, pairs: list
) -> None:
    found_prefix, found = split_pairs(text)
    assert (found_prefix, [(p.field, p.value) for p in found]) == (prefix, pairs)


def _signature_block(heading_value: str) -> Document:
    return pdf(
        line(40, (40, "合同编号：DFZG-1187")),
        line(100, (40, "序号"), (70, "产品名称"), (150, "单位"), (190, "数量"), (230, "单价"), (280, "金额")),
        line(
            116, (40, "1"), (70, "深沟球轴承"), (150, "套"), (190, "200"), (230, "86.50"), (280, "17,300.00")
        ),
        line(300, (40, f"甲方（需方）：{heading_value}"), (300, "乙方（供方）"), (360, "（盖章）")),
        line(
            320, (40, "单位名称：湖北东方重工装备股份有限公司"), (300, "单位名称：苏州启航精工科技有限公司")
        ),
        line(340, (40, "地址：湖北省武汉市金银湖路18号"), (300, "地址：江苏省苏州市凤里街88号")),
    )


def test_a_contract_s_signature_block_names_both_parties_under_their_stamp_places() -> None:
    order = extract_order(_signature_block("（盖章）"))
    assert order.buyer.name == "湖北东方重工装备股份有限公司"
    assert order.supplier.name == "苏州启航精工科技有限公司"


def test_a_party_label_with_a_name_of_its_own_keeps_it() -> None:
    order = extract_order(_signature_block("东方重工"))
    assert order.buyer.name == "东方重工"
    assert order.supplier.name == "苏州启航精工科技有限公司"
