"""What the twelfth blind set taught, as general rules: an import-template export (金蝶云星空 引出) names
its columns ``(group)field#code|name`` and fills the order's fields on its first line only; a quantity in
the pricing unit is no price unit when the amount says the price is each unit's; a template that names a
column keeps the dictionary from naming a second one for the same role; Brazilian and Polish currency
words, Latin American and European company forms."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ocr.candidates import COMPANY
from ocr.extraction import extract_order
from ocr.labels import column_kind
from ocr.normalise import parse_currency
from ocr.order_columns import order_column_kind
from ocr.templates import load_template
from tests.ocr.built_documents import sheet

EXPORT = [
    ["FBillHead", "FBillNo", "FDate", "FSupplierId#Name", "FSettleCurrId#Number", "FSettleCurrId#Name",
     "FBillAllAmount", "*Split*1", "FMaterialId#Number", "FMaterialId#Name", "FQty", "FPriceUnitQty",
     "FPrice", "FTaxPrice", "FAmount", "FAllAmount"],
    ["单据头(序号)", "(单据头)单据编号", "(单据头)采购日期", "(单据头)供应商#名称", "(财务信息)结算币别#编码",
     "(财务信息)结算币别#名称", "(财务信息)价税合计", "间隔列", "(明细信息)物料编码#编码",
     "(明细信息)物料编码#名称", "(明细信息)采购数量", "(明细信息)计价数量", "(明细信息)单价",
     "(明细信息)含税单价", "(明细信息)金额", "(明细信息)价税合计"],
    ["1", "CGDD002731", "2026-12-08", "苏州启航精工科技有限公司", "PRE001", "人民币", "6612.00", "",
     "01.03.0112", "深沟球轴承", "600", "600", "5.132743", "5.80", "3079.65", "3480.00"],
    ["", "", "", "", "", "", "", "", "01.03.0118", "深沟球轴承", "300", "300", "8.318584", "9.40", "2495.58",
     "2820.00"],
    ["", "", "", "", "", "", "", "", "01.03.0241", "外球面轴承", "12", "12", "23.008850", "26.00", "276.11",
     "312.00"],
]  # fmt: skip


def test_an_exports_keyed_captions_name_their_columns() -> None:
    assert column_kind("(明细信息)物料编码#编码") == ("part_no", None)
    assert column_kind("(明细信息)物料编码#名称") == ("description", None)
    assert column_kind("(明细信息)采购单位#名称") == ("unit", None)
    assert column_kind("(财务信息)结算币别#编码") == ("other", None)
    assert order_column_kind("(单据头)供应商#名称") == "order:supplier_name"
    assert order_column_kind("(财务信息)结算币别#名称") == "order:currency"
    assert order_column_kind("(财务信息)结算币别#编码") is None


def test_an_export_with_its_order_fields_on_the_first_line_only_is_read_whole() -> None:
    order = extract_order(sheet(*EXPORT))
    assert (order.po_number, order.supplier.name, order.currency) == (
        "CGDD002731",
        "苏州启航精工科技有限公司",
        "CNY",
    )
    assert order.total_amount == Decimal("6612.00")  # the head's 价税合计, not a line column
    assert [
        (item.customer_part_no, item.description, item.unit_price, item.amount) for item in order.lines
    ] == [
        ("01.03.0112", "深沟球轴承", Decimal("5.80"), Decimal("3480.00")),
        ("01.03.0118", "深沟球轴承", Decimal("9.40"), Decimal("2820.00")),
        ("01.03.0241", "外球面轴承", Decimal("26.00"), Decimal("312.00")),
    ]  # the tax-inclusive pair: its lines add up to the 价税合计 (计价数量 divides nothing)


def test_a_price_per_several_units_is_still_divided_when_the_amount_says_so() -> None:
    order = extract_order(
        sheet(
            ["PO No.:", "T-1"],
            ["Item", "Part No.", "Description", "Qty", "Rate", "Per", "Amount"],
            ["1", "B-10", "Bolt M8", "500", "8.40", "100", "42.00"],
            ["2", "B-12", "Bolt M12", "200", "15.00", "100", "30.00"],
        )
    )
    assert [item.unit_price for item in order.lines] == [Decimal("0.084"), Decimal("0.15")]


TEMPLATE = """format_version: 1
customer: {name: 重庆渝德机电设备有限公司}
recognise: {keywords: [CGDD002731]}
fields:
  total: {labels: [(财务信息)价税合计]}
columns:
  (明细信息)物料编码#编码: part_no
  (明细信息)采购数量: quantity
  (明细信息)含税单价: unit_price
  (明细信息)价税合计: amount
"""


def test_a_template_naming_the_price_column_sets_the_dictionarys_other_price_aside(tmp_path: Path) -> None:
    """单价/金额 add up as well as 含税单价/价税合计 do; the template picked the latter, and its labels are
    rewritten to the dictionary's own (单价, 金额), so the printed ones must not compete with them."""
    (tmp_path / "yude.yaml").write_text(TEMPLATE, encoding="utf-8")
    order = extract_order(sheet(*EXPORT), load_template(tmp_path / "yude.yaml"))
    assert [item.unit_price for item in order.lines] == [Decimal("5.80"), Decimal("9.40"), Decimal("26.00")]
    assert order.total_amount == Decimal("6612.00")  # the head's 价税合计, which a template label names


@pytest.mark.parametrize(
    ("word", "code"), [("DOLAR", "USD"), ("R$ 1.234,50", "BRL"), ("zł", "PLN"), ("CHF", "CHF")]
)
def test_currency_words_of_latin_america_and_europe(word: str, code: str) -> None:
    assert parse_currency(word) == code


@pytest.mark.parametrize(
    "name",
    ["METALURGICA VALE DO PARAIBA LTDA", "Talleres Bilbao S.L.", "Precíz Gépgyártó Kft", "Ferrandi SpA"],
)
def test_company_forms_of_latin_america_and_europe(name: str) -> None:
    assert COMPANY.search(name)
