"""What the eighth blind set taught, as general rules: a qualified Chinese column name (主数量, 主单位) names
its column, a purchasing department is no buyer beside the letterhead company, and payment terms that
say when beat a payment method that only says how."""

from __future__ import annotations

import pytest

from ocr.extraction import extract_order
from ocr.labels import column_kind
from tests.ocr.built_documents import line, pdf

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
