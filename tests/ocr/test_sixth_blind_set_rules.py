"""What the sixth blind set taught, as general rules: SAP's schedule lines (计划行) under an order line are
no order lines of their own, a text layer's space between a payment key and its Chinese text is kept,
single words between Chinese words keep their spaces, SAP's 物料 and 凭证日期 labels, a block far right
of its label stays the weaker candidate when split into name and address, and an unlabelled addressee
block names the supplier (Odoo)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ocr.assemble import order_lines
from ocr.extraction import extract_order
from ocr.layout import Cell, Document, Line
from ocr.line_table import Row, find_table, header_columns
from ocr.row_filters import without_schedule_rows
from tests.ocr.built_documents import line, pdf

SAP_HEADER = line(
    100, (30, "项目"), (60, "物料"), (120, "物料描述"), (250, "数量"), (300, "含税单价"), (360, "价税合计")
)


def sap_row(top: float, item: str, code: str, name: str, qty: str, price: str, amount: str):
    return line(top, (30, item), (60, code), (120, name), (250, qty), (300, price), (360, amount))


def schedule(top: float, number: str, qty: str):
    return line(top, (60, f"计划行 {number}"), (250, qty))


def test_schedule_lines_that_split_an_order_lines_quantity_are_no_order_lines() -> None:
    document = pdf(
        line(10, (30, "采购订单号"), (100, "4500038127"), (200, "凭证日期"), (260, "2026.12.05")),
        SAP_HEADER,
        sap_row(115, "10", "30012457", "深沟球轴承 6205-2RS C3", "2,000 件", "3.8500", "7,700.00"),
        sap_row(125, "20", "30012460", "法兰螺栓 M8×25", "50,000 件", "0.1860", "9,300.00"),
        schedule(135, "0001", "20,000 件"),
        schedule(145, "0002", "20,000 件"),
        schedule(155, "0003", "10,000 件"),
        sap_row(165, "30", "30012478", "定位销 Φ8×30", "5,000 件", "0.9200", "4,600.00"),
    )
    order = extract_order(document)
    assert [ln.customer_part_no for ln in order.lines] == ["30012457", "30012460", "30012478"]
    assert [ln.quantity for ln in order.lines] == [Decimal(2000), Decimal(50000), Decimal(5000)]
    assert order.order_date == dt.date(2026, 12, 5)


def row(qty: str, price: str = "", amount: str = "") -> Row:
    values = {"description": "x", "quantity": qty, "unit_price": price, "amount": amount}
    return Row({k: v for k, v in values.items() if v}, [], 1)


def test_rows_without_price_stay_order_lines_unless_they_add_up_to_the_line_above() -> None:
    priced = row("100", "2.00", "200.00")
    free = row("5")  # a free sample under a priced line: not a split of it
    assert without_schedule_rows([priced, free]) == [priced, free]
    split = [row("60"), row("40")]
    assert without_schedule_rows([priced, *split, free]) == [priced, free]


def test_schedule_rows_give_back_the_quantity_ocr_lost_on_their_line() -> None:
    """Oracle's 发运 Shipment 1 | 40 and Shipment 2 | 50 under a line whose 90 the scan lost: 245 x 90 is
    its amount, so the rows are its schedule, and their sum its quantity."""
    lost = Row({"description": "油缸密封组件", "unit_price": "245", "amount": "22,050.00"}, [], 1)
    lost.gaps["quantity"] = (346.0, 394.0)
    shipments, sample = [row("40"), row("50")], row("5")
    assert without_schedule_rows([lost, *shipments, sample]) == [lost, sample]
    assert (lost.values["quantity"], lost.reread, lost.gaps) == ("90", ["quantity"], {})


def test_rows_under_a_line_without_quantity_that_do_not_make_its_amount_stay_lines() -> None:
    lost = Row({"description": "油缸密封组件", "unit_price": "245", "amount": "22,050.00"}, [], 1)
    rows = [lost, row("40"), row("40")]
    assert without_schedule_rows(rows) == rows and "quantity" not in lost.values


def test_a_text_layers_space_between_a_payment_key_and_chinese_is_kept() -> None:
    document = pdf(
        line(10, (30, "采购订单号"), (100, "4500038127")),
        line(20, (30, "付款条件"), (100, "Z060 月结60天，电汇")),
        SAP_HEADER,
        sap_row(115, "10", "30012457", "深沟球轴承", "2,000 件", "3.8500", "7,700.00"),
    )
    assert extract_order(document).payment_terms == "Z060 月结60天，电汇"


def test_single_characters_in_a_row_join_but_a_single_word_between_words_keeps_its_spaces() -> None:
    def printed(text: str) -> Row:
        cell = line(0, (0, text)).cells[0]
        return Row({"description": text, "quantity": "1"}, [cell], 1, by_kind={"description": [cell]})

    rows = [printed("平垫圈 M8 大 镀锌"), printed("采 购 订 单")]
    assert [ln.description for ln in order_lines(rows)] == ["平垫圈 M8 大 镀锌", "采购订单"]


def test_sap_material_column_is_the_part_number() -> None:
    document = pdf(SAP_HEADER, sap_row(115, "10", "30012457", "深沟球轴承", "2,000 件", "3.8500", "7,700.00"))
    assert find_table(document).rows[0].values["part_no"] == "30012457"


ODOO_TOP = [
    line(40, (457, "Van der Berg Pompen B.V.")),
    line(50, (506, "De Run 4312")),
    line(60, (483, "5503 LN Veldhoven")),
    line(105, (42, "Shipping address:"), (330, "Suzhou Qihang Precision Technology Co., Ltd.")),
    line(116, (42, "Van der Berg Pompen B.V. - Warehouse Best"), (330, "No. 88 Fengli Street")),
    line(127, (42, "Industrieweg 27"), (330, "Suzhou Industrial Park")),
    line(138, (42, "5683 CG Best"), (330, "215021 Suzhou, Jiangsu")),
    line(149, (42, "Netherlands"), (330, "China")),
    line(170, (42, "Purchase Order #P00417")),
]
ODOO_TABLE = [
    line(200, (42, "Description"), (250, "Qty"), (330, "Unit Price"), (450, "Amount")),
    line(215, (42, "[VB-PX-200] Pump housing"), (250, "120.00 Units"), (330, "38.6500"), (450, "4,638.00 €")),
]


def test_the_shipping_block_under_its_label_wins_over_the_block_far_right_of_it() -> None:
    order = extract_order(pdf(*ODOO_TOP, *ODOO_TABLE))
    assert order.ship_to.address == "Industrieweg 27, 5683 CG Best, Netherlands"
    assert order.ship_to.name == "Van der Berg Pompen B.V. - Warehouse Best"


def test_an_unlabelled_addressee_block_names_the_supplier() -> None:
    order = extract_order(pdf(*ODOO_TOP, *ODOO_TABLE))
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."
    assert order.provenance["supplier.name"].method == "addressee"


def test_a_labelled_supplier_is_never_replaced_by_an_addressee_block() -> None:
    labelled = [line(180, (42, "Vendor: Qihang Precision"))]
    order = extract_order(pdf(*ODOO_TOP, *labelled, *ODOO_TABLE))
    assert order.supplier.name == "Qihang Precision"


def scanned(*lines: Line) -> Document:
    """Lines as OCR gives them (every cell with a certainty), pages marked as scanned."""
    ocr_lines = [Line(ln.page, [replace(c, confidence=0.9) for c in ln.cells], ln.index) for ln in lines]
    pages = {ln.page for ln in lines}
    return Document("application/pdf", "ocr", len(pages), ocr_lines, scans=dict.fromkeys(pages))


def wide(x0: float, x1: float, text: str, top: float = 100, page: int = 1) -> Cell:
    return Cell(text, page, x0, top, x1, top + 10)


# 项目 | 物料 read as one cell, 数量 单位 misread as 计量单位, 含税单价 | 税率 as one cell
OCR_HEADER = Line(
    1,
    [
        wide(41, 87, "项目 物料"),
        wide(121, 152, "物料描述"),
        wide(271, 304, "交货日期"),
        wide(344, 379, "计量单位"),
        wide(398, 456, "含税单价 BH"),
        wide(522, 554, "价税合计"),
    ],
)


def ocr_row(top: float, item: str, code: str, name: str, qty: str, price: str, amount: str, page: int = 1):
    row = line(top, (42, item), (71, code), (123, name), (266, "2026.12.21"), (339, qty), (404, price))
    row.cells += line(top, (442, "13%"), (521, amount)).cells
    row.page = page
    for c in row.cells:
        object.__setattr__(c, "page", page)
    return row


ROWS = [
    ocr_row(115, "10", "30012457", "深沟球轴承", "2,000 件", "3.8500", "7,700.00"),
    ocr_row(125, "20", "30012460", "法兰螺栓", "50,000 件", "0.1860", "9,300.00"),
    ocr_row(135, "30", "30012478", "定位销", "件", "0.9200", "4,600.00"),  # OCR lost this quantity
    ocr_row(145, "40", "30012502", "衬套", "3,000 件", "1.4500", "4,350.00"),
]


def test_an_ocrd_header_cell_over_two_columns_is_split_and_quantities_with_units_are_found() -> None:
    table = find_table(scanned(OCR_HEADER, *ROWS))
    first = table.rows[0].values
    assert (first["line_no"], first["part_no"], first["quantity"]) == ("10", "30012457", "2,000 件")
    assert (first["unit_price"], first["amount"]) == ("3.8500", "7,700.00")
    assert "计量单位 -> quantity" in table.inferred


def test_a_text_layers_header_cell_is_split_only_into_column_names() -> None:
    """A text layer's gaps are as printed, but columns printed close together share a cell there too
    (金蝶 KIS, the twelfth blind set): a cell of Chinese names that is no name itself is parted."""
    table = find_table(pdf(OCR_HEADER, *ROWS))
    assert [row.values.get("part_no") for row in table.rows][:2] == ["30012457", "30012460"]
    letter_spaced = Line(1, [wide(41, 87, "物料 编码"), *OCR_HEADER.cells[1:]])
    columns = header_columns(letter_spaced, pdf(letter_spaced, *ROWS), ROWS)
    assert [column.kind for column in columns or []][:1] == ["part_no"]  # one name, letter-spaced: whole


def test_a_later_pages_header_that_ocr_misread_repeats_the_first_pages_columns() -> None:
    names = [
        (41, 56, "mA"),
        (71, 87, "物料"),
        (121, 152, "物料描述"),
        (271, 304, "交货日期"),
        (344, 379, "计量单位"),
    ]
    names += [(398, 437, "含税单价"), (437, 456, "税率"), (522, 554, "PRAT")]
    page_two = Line(2, [wide(x0, x1, text, top=20, page=2) for x0, x1, text in names])
    rows = [ocr_row(35, "290", "30012773", "铝型材", "300 件", "21.8000", "6,540.00", page=2)]
    table = find_table(scanned(OCR_HEADER, *ROWS, page_two, *rows))
    assert [row.values["part_no"] for row in table.rows][-1] == "30012773"
    assert table.rows[-1].values["amount"] == "6,540.00"


def test_a_later_pages_header_read_with_fewer_names_than_the_first_takes_the_first_pages_columns() -> None:
    names = [
        (41, 56, "mA"),
        (71, 87, "物料"),
        (121, 152, "物料描述"),
        (271, 304, "交货日期"),
        (344, 379, "数量单位"),  # names the quantity: the line is a header of its own, but without 价税合计
    ]
    names += [(398, 437, "含税单价"), (437, 456, "税率"), (522, 554, "PRAT")]
    page_two = Line(2, [wide(x0, x1, text, top=20, page=2) for x0, x1, text in names])
    rows = [
        ocr_row(35, "290", "30012773", "铝型材", "300 件", "21.8000", "6,540.00", page=2),
        ocr_row(45, "300", "30012787", "密封垫片", "件", "1.0500", "2,100.00", page=2),  # quantity lost
    ]
    table = find_table(scanned(OCR_HEADER, *ROWS, page_two, *rows))
    assert [row.values.get("amount") for row in table.rows[-2:]] == ["6,540.00", "2,100.00"]
