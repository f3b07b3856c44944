"""What the twelfth blind set taught, as general rules: an import-template export (金蝶云星空 引出) names
its columns ``(group)field#code|name`` and fills the order's fields on its first line only; names and
values printed too close to part are parted by the columns over them, and a row's printed discount
counts in the arithmetic that names the columns (金蝶 KIS); a quantity in
the pricing unit is no price unit when the amount says the price is each unit's; a template that names a
column keeps the dictionary from naming a second one for the same role; Brazilian and Polish currency
words, Latin American and European company forms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from ocr.candidates import COMPANY
from ocr.column_roles import resolve
from ocr.extraction import extract_order
from ocr.labels import column_kind
from ocr.normalise import parse_currency
from ocr.order_columns import order_column_kind
from ocr.templates import load_template
from tests.ocr.built_documents import line, pdf, sheet

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


KIS_HEAD = line(
    100, (30, "序号"), (60, "物料代码"), (130, "物料名称"), (222, "辅助属性 单位"), (285, "数量"),
    (325, "含税单价"), (395, "折扣率(%) 实际含税单价"), (510, "价税合计"), (580, "交货日期"), (680, "备注"),
)  # fmt: skip


def test_close_printed_names_and_values_are_parted_by_the_columns_over_them() -> None:
    """金蝶 KIS prints its 18 columns so close that the text layer joins neighbours: ``辅助属性 单位`` in
    the head, ``2,880.00 2026-12-15 急料`` in a row (价税合计, 交货日期 and a remark)."""
    order = extract_order(
        pdf(
            line(10, (40, "编号：POORD002318")),
            KIS_HEAD,
            line(115, (30, "1"), (60, "2.01.015"), (130, "深沟球轴承"), (262, "套"), (298, "400"),
                 (330, "7.2000"), (450, "7.2000"), (510, "2,880.00 2026-12-15 急料")),
            line(130, (30, "2"), (60, "2.03.011"), (130, "直线轴承"), (262, "个"), (298, "300"),
                 (330, "9.6000"), (410, "8.00"), (450, "8.8320"), (510, "2,649.60 2026-12-15")),
            line(150, (30, "合计"), (510, "5,529.60")),
        )
    )  # fmt: skip
    got = [(i.unit, i.quantity, i.unit_price, i.amount) for i in order.lines]
    assert got == [
        ("套", Decimal("400"), Decimal("7.2000"), Decimal("2880.00")),
        ("个", Decimal("300"), Decimal("9.6000"), Decimal("2649.60")),  # the printed price, less 8 %
    ]
    assert order.requested_delivery_date == dt.date(2026, 12, 15) and order.warnings == []


def test_a_cell_of_one_number_and_words_stays_whole() -> None:
    """Only two values or more are parted: ``400 pcs`` is a quantity with its unit."""
    from ocr.line_table import Column, _assign

    columns = [Column("quantity", 0, 50, None), Column("unit", 50, 100, None)]
    placed = _assign(line(0, (20, "400 pcs")), columns)
    assert [cell.text for cells in placed.values() for cell in cells] == ["400 pcs"]


def test_a_chinese_label_the_dictionary_does_not_know_ends_an_address_block() -> None:
    order = extract_order(
        pdf(
            line(10, (40, "编号：POORD002318")),
            line(30, (40, "交货地点：广东省东莞市松山湖高新区工业西路12号")),
            line(42, (40, "采购方式：赊购")),
            line(100, (30, "序号"), (60, "物料代码"), (130, "物料名称"), (300, "数量"), (350, "单价"),
                 (420, "金额")),
            line(115, (30, "1"), (60, "2.01.015"), (130, "深沟球轴承"), (300, "400"), (350, "7.20"),
                 (420, "2,880.00")),
        )
    )  # fmt: skip
    assert order.ship_to.address == "广东省东莞市松山湖高新区工业西路12号"


def test_a_discount_column_of_amounts_is_no_percentage_in_the_arithmetic() -> None:
    """OCR reads 折扣额 (the discount's amount) as 折扣率: 148.80 is no percent, so the rows' arithmetic
    goes on without it, and the price after the discount beside the amount after it adds up."""
    kinds = ["quantity", "unit_price", "unit_price", "discount", "amount"]
    rows = [("120", "24.8000", "23.5600", "148.80", "2827.20"), ("60", "21.5000", "21.5000", "", "1290.00"),
            ("300", "9.6000", "8.8320", "230.40", "2649.60")]  # fmt: skip
    columns = [list(column) for column in zip(*rows, strict=True)]
    names = ["数量", "含税单价", "实际含税单价", "折扣率", "价税合计"]
    assert resolve(kinds, columns, names)[0] == ["quantity", "other", "unit_price", "discount", "amount"]
    columns[3] = ["5.00", "", "8.00"]  # the percentages: the printed price, less them, adds up
    assert resolve(kinds, columns, names)[0] == ["quantity", "unit_price", "other", "discount", "amount"]


def test_ocr_words_between_two_rulings_are_one_cell_though_spaced_wide() -> None:
    """A fixed-pitch font's space is wider than the cell gap of OCR'd capitals; on a scanned text-mode
    report, between its bars the words still make one cell, and a bar between words still parts them."""
    from ocr.layout import Word, group_lines

    words = [Word(text, 1, x, 100, x + 6 * len(text), 106, 0.9) for x, text in
             ((40, "ROLAMENTO"), (100, "RIGIDO"), (142, "DE"), (160, "ESFERAS"), (220, "PC"))]  # fmt: skip
    rules = [(35.0, 90.0, 120.0), (210.0, 90.0, 120.0), (240.0, 90.0, 120.0)]
    joined = group_lines(words, rules, ruled_cells=True)[0].cells
    assert [c.text for c in joined] == ["ROLAMENTO RIGIDO DE ESFERAS", "PC"]
    assert len(group_lines(words, [], ruled_cells=True)[0].cells) == 5  # no rulings: the gaps decide
    assert len(group_lines(words, rules)[0].cells) == 5  # no report's page: as before


def test_a_number_marked_in_the_cell_before_it_in_a_titled_line_is_the_po_number() -> None:
    from ocr.layout import Document
    from ocr.title_fields import title_number

    document = Document("application/pdf", "ocr", 1, [
        line(10, (40, "METALURGICA VALE DO PARAIBA LTDA"), (300, "PEDIDO DE"), (360, "COMPRAS - DOLAR No"),
             (460, "004187"), (500, "/1")),
    ])  # fmt: skip
    assert [candidate.text for candidate in title_number(document)] == ["004187"]


def test_header_cells_between_the_same_two_rulings_are_bounded_by_the_gaps_between_them() -> None:
    """A scan lost the report's bars in its header row: Código, Descrição and UM stand between the same
    two rulings, so each column reaches only to the gaps beside it, not over all three."""
    from ocr.layout import Document
    from ocr.line_table import header_columns

    head = line(100, (32, "Item"), (60, "Codigo"), (120, "Descricao"), (246, "UM"), (280, "Quant."),
                (330, "Valor Unitario"), (420, "Valor Total"))  # fmt: skip
    rows = [
        line(115 + 15 * k, (34, f"000{k + 1}"), (60, f"ME00104{k}"), (120, "ROLAMENTO RIGIDO"), (248, "PC"),
             (285, "400,00"), (345, "0,9200"), (430, "368,00"))
        for k in range(3)
    ]  # fmt: skip
    rules = {1: [(x, 95.0, 170.0) for x in (30.0, 56.0, 275.0, 320.0, 410.0, 480.0)]}
    document = Document("application/pdf", "ocr", 1, [head, *rows], rules)
    document.decimal_comma = True
    columns = header_columns(head, document, rows)
    spans = {column.kind: (round(column.x0), round(column.x1)) for column in columns}
    assert spans["line_no"] == (30, 56) and spans["unit"][0] > 200 and spans["description"][1] < 250


def test_an_ocrd_header_word_ending_in_a_column_name_is_split_there() -> None:
    """OCR reads 金蝶 KIS's close-printed 辅助属性 | 单位 as one word; its end names the unit column."""
    from ocr.parted_cells import name_at_end

    assert name_at_end("辅助属性单位") == ["辅助属性", "单位"]
    assert name_at_end("含税单价折扣率(%)") == ["含税单价", "折扣率(%)"]
    assert name_at_end("实际含税单价") == ["实际含税单价"]  # one name, qualified
    assert name_at_end("数量单位") == ["数量单位"]  # a quantity with its unit
