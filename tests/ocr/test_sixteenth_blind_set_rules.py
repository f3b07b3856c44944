"""What reading the sixteenth blind set taught, as general rules: a Sage X3 table whose line number and
article code are printed too close for the text layer to part them (``N° ligne Article`` over
``1000 ROUL-6205-C3``), French numbers grouped by spaces (``2 000``, ``1 280,40`` beside a date), and a
鼎捷 T100 table that prints the purchase unit and quantity beside the pricing unit and quantity (the
price is per pricing unit: 4 包 of 500 个 at 0.19 a 个), its prices without and with tax."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ocr.extraction import extract_order
from ocr.labels import split_pairs
from ocr.line_table import Row
from ocr.normalise import parse_decimal
from ocr.parted_cells import labels_apart, values_apart
from ocr.row_filters import without_unordered_rows
from ocr.templates import Template
from tests.ocr.built_documents import cell, line, pdf, sheet

SAGE_X3 = Template(
    name="breval",
    customer_name="Bréval Hydraulique SAS",
    fields={"po_number": {"labels": ["N°"]}, "total": {"labels": ["Total TTC EUR"]}},
    columns={
        "N° ligne": "line_no",
        "Article": "part_no",
        "Désignation": "description",
        "Qté": "quantity",
        "Unité": "unit",
        "Prix net": "unit_price",
        "Montant HT": "amount",
        "Livraison": "delivery_date",
    },
    decimal_separator=",",
)


def sage_x3_order():
    return pdf(
        line(10, (300, "N° :"), (340, "CF2612-00418")),
        line(
            100,
            (30, "N° ligne Article"),
            (150, "Désignation"),
            (300, "Qté"),
            (330, "Unité"),
            (370, "Prix net"),
            (420, "Montant HT"),
            (480, "Livraison"),
        ),
        line(
            115,
            (30, "1000 ROUL-6205-C3"),
            (150, "Roulement à billes"),
            (295, "2 000"),
            (330, "UN"),
            (370, "0,1700"),
            (420, "340,00"),
            (480, "22/01/2027"),
        ),
        line(
            130,
            (30, "2000 ROUE-BZ-160"),
            (150, "Roue fermée bronze"),
            (300, "30"),
            (330, "UN"),
            (370, "42,6800"),
            (410, "1 280,40 05/02/2027"),
        ),
        line(145, (300, "Total TTC EUR"), (420, "1 620,40")),
    )


def test_a_template_parts_a_header_cell_holding_two_of_its_column_names_and_the_cells_under_them() -> None:
    order = extract_order(sage_x3_order(), SAGE_X3)
    assert [(ln.line_no, ln.customer_part_no, ln.description) for ln in order.lines] == [
        (1, "ROUL-6205-C3", "Roulement à billes"),
        (2, "ROUE-BZ-160", "Roue fermée bronze"),
    ]
    assert [(ln.quantity, ln.amount) for ln in order.lines] == [
        (Decimal(2000), Decimal("340.00")),
        (Decimal(30), Decimal("1280.40")),
    ]
    assert order.warnings == [] and order.provenance["lines"].method.endswith("+arithmetic")


def test_a_header_cell_is_parted_only_into_names_all_known() -> None:
    known = {"N° ligne", "Article", "Prix net"}.__contains__
    parted = labels_apart(cell(30, 100, "N° ligne Article"), known)
    assert parted is not None and [c.text for c in parted] == ["N° ligne", "Article"]
    assert parted[0].x0 == 30 and parted[0].x1 < parted[1].x0 < parted[1].x1 == 30 + 5 * 16
    assert labels_apart(cell(30, 100, "Prix brut Rem. %"), known) is None
    assert labels_apart(cell(30, 100, "Prix net"), known) is None  # one name: nothing to part


def test_a_number_then_text_is_parted_only_where_they_stand_under_two_columns() -> None:
    ends = [64.0, 140.0, 300.0]  # N° ligne | Article | Désignation
    kinds = ["line_no", "part_no", "description"]
    parted = values_apart(cell(30, 100, "1000 ROUL-6205-C3"), ends, kinds)
    assert [c.text for c in parted] == ["1000", "ROUL-6205-C3"] and parted[1].x0 > 64
    assert [c.text for c in values_apart(cell(150, 100, "6205 bearing, sealed"), ends, kinds)] == [
        "6205 bearing, sealed"
    ]


def test_an_ocr_speck_between_a_value_and_its_text_goes_with_neither() -> None:
    ends, kinds = [64.0, 140.0], ["part_no", "description"]
    parted = values_apart(cell(30, 100, "30012590 ，限位块 POM"), ends, kinds)
    assert [c.text for c in parted] == ["30012590", "限位块 POM"]
    assert [c.text for c in values_apart(cell(30, 100, "110 ，"), ends, kinds)] == ["110 ，"]


def test_a_quantity_and_its_unit_are_parted_only_over_a_unit_column() -> None:
    ends = [280.0, 340.0]  # 数量 | 单位 or 数量 | 含税单价
    quantity_with_unit = cell(250, 100, "20,000 件件件")
    assert [c.text for c in values_apart(quantity_with_unit, ends, ["quantity", "unit"])] == [
        "20,000",
        "件件件",
    ]
    assert len(values_apart(quantity_with_unit, ends, ["quantity", "unit_price"])) == 1


def test_a_number_grouped_by_spaces_with_decimals_is_one_value_beside_a_date() -> None:
    ends = [250.0, 300.0, 360.0]  # Prix net | Montant HT | Livraison
    parted = values_apart(
        cell(260, 100, "1 280,40 05/02/2027"), ends, ["unit_price", "amount", "delivery_date"]
    )
    assert [c.text for c in parted] == ["1 280,40", "05/02/2027"]


def test_an_initialism_read_without_its_dots_is_no_label_where_digits_touch_it() -> None:
    """``CF2612-00418`` is Sage X3's order number, not Italy's C.F. (codice fiscale) before a value."""
    order = extract_order(pdf(line(10, (30, "PO No.:"), (80, "CF2612-00418")), *sage_x3_order().lines[1:]))
    assert order.po_number == "CF2612-00418"
    assert split_pairs("C.F.01234567890")[1][0].label == "C.F."
    assert split_pairs("CF 01234567890")[1][0].label == "CF"


def test_a_cell_of_space_grouped_thousands_is_one_number_where_commas_are_decimal() -> None:
    assert parse_decimal("2 000", decimal_comma=True) == Decimal(2000)
    assert parse_decimal("12 000 000", decimal_comma=True) == Decimal(12000000)
    assert parse_decimal("2 000") == Decimal(2)  # decimal points: two numbers side by side, maybe
    # with its unit after it too (POHODA's 1 000 ks, since the twenty-fourth set), but not another number
    assert parse_decimal("2 500 kg", decimal_comma=True) == Decimal(2500)
    assert parse_decimal("2 500 30,00", decimal_comma=True) == Decimal(2)


T100_HEAD = (
    (30, "项次"),
    (55, "料件编号"),
    (110, "品名"),
    (160, "采购单位"),
    (185, "采购数量"),
    (230, "计价单位"),
    (255, "计价数量"),
    (300, "未税单价"),
    (345, "含税单价"),
    (390, "未税金额"),
    (435, "含税金额"),
)


def t100_row(top: float, *values: str):
    return line(top, *zip((x for x, _ in T100_HEAD), values, strict=True))


def t100_order():
    return pdf(
        line(10, (30, "采购单号：YYP1-261200087"), (200, "供应商：QH0012 苏州启航精工科技有限公司")),
        line(100, *T100_HEAD),
        t100_row(
            115,
            "1",
            "WG-BR-0015",
            "深沟球轴承",
            "个",
            "400.000",
            "个",
            "400.000",
            "0.9204",
            "1.0400",
            "368.14",
            "416.00",
        ),
        t100_row(
            130,
            "2",
            "WG-SE-0021",
            "骨架油封",
            "箱",
            "6.000",
            "个",
            "600.000",
            "0.3805",
            "0.4300",
            "228.32",
            "258.00",
        ),
        t100_row(
            145,
            "3",
            "WG-FS-1035",
            "外六角螺栓",
            "包",
            "4.000",
            "个",
            "2,000.000",
            "0.1681",
            "0.1900",
            "336.28",
            "380.00",
        ),
        t100_row(
            160,
            "4",
            "WG-OR-0080",
            "O型圈",
            "个",
            "600.000",
            "个",
            "600.000",
            "0.2566",
            "0.2900",
            "153.98",
            "174.00",
        ),
    )


def test_the_pricing_quantity_and_its_unit_are_the_lines_when_only_they_add_up() -> None:
    order = extract_order(t100_order())
    assert [(ln.quantity, ln.unit) for ln in order.lines] == [
        (Decimal(400), "个"),
        (Decimal(600), "个"),
        (Decimal(2000), "个"),
        (Decimal(600), "个"),
    ]
    assert [ln.unit_price for ln in order.lines] == [
        Decimal(p) for p in ("1.0400", "0.4300", "0.1900", "0.2900")
    ]
    assert [ln.amount for ln in order.lines] == [Decimal(a) for a in ("416.00", "258.00", "380.00", "174.00")]
    # since the twenty-third set: two quantities (采购数量 and 计价数量) leave the choice to review
    assert [w[:48] for w in order.warnings] == ["the lines are priced per another unit than they "]
    assert order.confidence < 0.8


def test_an_erp_code_before_a_chinese_company_name_is_no_part_of_it() -> None:
    assert extract_order(t100_order()).supplier.name == "苏州启航精工科技有限公司"


def sage_x3_without_template():
    """Bréval's print as the dictionary reads it: French labels, the head office's letterhead, the
    supplier's code in the buyer's ERP beside its label and our name under it, a discount beside a net
    price."""
    return pdf(
        line(10, (30, "Bréval Hydraulique SAS - Siège social"), (300, "N° :"), (340, "CF2612-00418")),
        line(22, (300, "Date :"), (340, "09/12/2026")),
        line(40, (300, "Fournisseur : F00871")),
        line(50, (300, "Suzhou Qihang Precision Technology Co., Ltd.")),
        line(70, (30, "Devise"), (80, "EUR")),
        line(
            100,
            (30, "N° ligne Article"),
            (150, "Désignation"),
            (300, "Qté"),
            (330, "Unité"),
            (360, "Prix brut Rem. %"),
            (450, "Prix net"),
            (500, "Montant HT"),
        ),
        line(
            115,
            (30, "1000 ROUL-6205-C3"),
            (150, "Roulement à billes"),
            (300, "400"),
            (330, "UN"),
            (360, "0,9800"),
            (450, "0,9800"),
            (500, "392,00"),
        ),
        line(
            130,
            (30, "2000 JNT-TC-2535"),
            (150, "Bague d'étanchéité"),
            (300, "600"),
            (330, "UN"),
            (360, "0,4000"),
            (420, "5,0"),
            (450, "0,3800"),
            (500, "228,00"),
        ),
        line(145, (400, "Total TTC EUR"), (500, "620,00")),
    )


def test_without_a_template_french_column_names_printed_together_are_parted_and_the_article_is_the_code() -> (
    None
):
    order = extract_order(sage_x3_without_template())
    assert [(ln.line_no, ln.customer_part_no, ln.description) for ln in order.lines] == [
        (1, "ROUL-6205-C3", "Roulement à billes"),
        (2, "JNT-TC-2535", "Bague d'étanchéité"),
    ]
    assert [ln.unit_price for ln in order.lines] == [Decimal("0.9800"), Decimal("0.3800")]  # the Prix net


def test_a_net_price_beside_its_printed_discount_adds_up_as_it_is() -> None:
    order = extract_order(sage_x3_without_template())
    assert order.warnings == [] and order.provenance["lines"].method.endswith("+arithmetic")


def test_the_order_number_after_a_bare_n_degree_sign_and_its_colon() -> None:
    assert extract_order(sage_x3_without_template()).po_number == "CF2612-00418"
    assert split_pairs("N° TVA : FR38412587963")[1][0].field != "po_number"


def test_a_party_code_beside_its_label_gives_way_to_the_company_name_under_it() -> None:
    assert (
        extract_order(sage_x3_without_template()).supplier.name
        == "Suzhou Qihang Precision Technology Co., Ltd."
    )


def test_a_company_name_keeps_no_site_after_a_dash() -> None:
    assert extract_order(sage_x3_without_template()).buyer.name == "Bréval Hydraulique SAS"


def forecast_sheet():
    """An order-and-rolling-forecast workbook: the firm order one pair of columns under a merged heading,
    the forecast months beside it under another, a part not called off this month at 0."""
    document = sheet(
        ["订单号：", "RX-PO-202612-036", "", "", "", "", "订单交期：", "2027-01-05"],
        [
            "序号",
            "物料编码",
            "物料名称",
            "单位",
            "含税单价(元)",
            "本月确认订单",
            "",
            "滚动预测（仅供备料参考，非订单）",
        ],
        ["", "", "", "", "", "订单数量", "订单金额(元)", "2027-01-01", "2027-02-01"],
        ["1", "RX-B-6202", "深沟球轴承", "个", "0.86", "3000", "2580", "3500", "3500"],
        ["2", "RX-S-2035", "骨架油封", "个", "0.52", "0", "0", "1000", "1000"],
        ["3", "RX-B-WR16", "水泵轴连轴承", "个", "12.60", "1500", "18900", "1800", "2000"],
        ["合计", "", "", "", "", "4500", "21480", "6300", "6500"],
    )
    heading = document.lines[1]
    heading.cells = [  # the two headings merged over their columns, as the workbook's merged cells are read
        replace(cell, x1=cell.x1 + 1) if cell.text.startswith(("本月", "滚动")) else cell
        for cell in heading.cells
    ]
    return document


def test_a_merged_heading_over_a_second_header_line_with_forecast_months_names_the_firm_columns() -> None:
    order = extract_order(forecast_sheet())
    assert [(ln.customer_part_no, ln.quantity, ln.amount) for ln in order.lines] == [
        ("RX-B-6202", Decimal(3000), Decimal(2580)),
        ("RX-B-WR16", Decimal(1500), Decimal(18900)),
    ]
    assert order.total_amount == Decimal(21480) and order.warnings == []


def test_a_row_ordering_nothing_is_no_order_line_but_a_zero_beside_an_amount_stays() -> None:
    rows = [Row({"quantity": "0", "amount": "0"}, [], 1), Row({"quantity": "0", "amount": "12.00"}, [], 1)]
    assert without_unordered_rows(rows) == rows[1:]
    assert without_unordered_rows(rows[:1]) == rows[:1]  # nothing else: not silently no lines at all


def test_the_order_s_delivery_date_labelled_as_its_due_date() -> None:
    assert str(extract_order(forecast_sheet()).requested_delivery_date) == "2027-01-05"


def test_a_line_whose_status_says_it_was_cancelled_is_no_order_line() -> None:
    """An SRM's second version prints its cancelled line in full, with 行状态 删除 and in no total."""
    head = ((30, "行号"), (60, "物料编码"), (120, "物料描述"), (250, "数量"), (300, "含税单价"))
    head += ((360, "含税金额"), (420, "行状态"))
    row = lambda top, *values: line(top, *zip((x for x, _ in head), values, strict=True))  # noqa: E731
    order = extract_order(
        pdf(
            line(10, (30, "采购订单号"), (100, "4500186273")),
            line(100, *head),
            row(115, "60", "210301127", "迷宫密封环", "60.000", "42.5000", "2,550.00", "正常"),
            row(130, "70", "210302045", "轴承端盖", "60.000", "68.0000", "4,080.00", "删除"),
            row(145, "80", "210405210", "六角头螺栓", "2,000.000", "0.3600", "720.00", "变更"),
            line(160, (250, "合计"), (360, "3,270.00")),
        )
    )
    assert [ln.customer_part_no for ln in order.lines] == ["210301127", "210405210"]
    assert order.warnings == []


def test_ocr_reading_the_cancelled_status_as_a_near_miss_still_cancels_it() -> None:
    """At 200 dpi tesseract reads 删除 as 开除: no line status holds 删 or 除 but a cancelled one."""
    rows = [
        Row({"quantity": "60", "amount": "4080.00", "line_status": status}, [], 1)
        for status in ("开除", "正常")
    ]
    assert without_unordered_rows(rows) == rows[1:]


def test_a_total_before_tax_is_a_subtotal_not_the_total() -> None:
    assert split_pairs("不含税总金额：¥47,133.46")[1][0].field == "subtotal"
