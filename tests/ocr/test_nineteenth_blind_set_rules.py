"""What reading the nineteenth blind set taught, as general rules: a 用友 YonSuite 委外订单 (a subcontract
order: 委外数量, 委外商, the material the buyer supplies listed under each line as ``└ 用料：…``), a Russian
1C Заказ поставщику (number and date in the title, party blocks that run on into tax numbers and
addresses, the currency only in ``на сумму … USD``), and a Thai workbook (Buddhist-era years, Thai month
abbreviations, Thai units with their dot, the company's Thai name)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ocr.assemble import _unit
from ocr.candidates import COMPANY
from ocr.column_roles import profile
from ocr.extraction import extract_order
from ocr.header_fields import _without_details
from ocr.labels import column_kind
from ocr.layout import Document, Line
from ocr.line_table import find_table
from ocr.normalise import parse_currency, parse_date
from tests.ocr.built_documents import cell, line, pdf, sheet

YONSUITE_HEAD = ((30, "行号"), (55, "产品编码"), (113, "产品名称"), (163, "规格型号"), (285, "单位"),
                 (310, "委外数量"), (360, "含税单价"), (420, "价税合计"))  # fmt: skip


def subcontract_order():
    head = YONSUITE_HEAD
    return pdf(
        line(10, (30, "单据编号"), (84, "WWDD202612140031"), (230, "单据日期"), (264, "2026-12-14")),
        line(22, (30, "委外商"), (84, "苏州启航精工科技有限公司"), (230, "币种"), (264, "人民币")),
        line(40, *head),
        line(55, *zip((x for x, _ in head), ("10", "HC2101-0031", "活塞杆", "Φ40×386 42CrMo", "件", "200.00",
                                             "38.5000", "7,700.00"), strict=True)),
        line(70, (30, "└ 用料：3101042"), (113, "42CrMo圆钢"), (163, "Φ45"), (285, "应发数量 96.500 千克"),
             (420, "供应方式：甲供")),
        line(85, *zip((x for x, _ in head), ("20", "HC2101-0032", "活塞杆", "Φ50×452 42CrMo", "件", "150.00",
                                             "52.8000", "7,920.00"), strict=True)),
        line(100, (30, "└ 用料：3101052"), (113, "42CrMo圆钢"), (163, "Φ55"), (285, "应发数量 123.600 千克")),
        line(115, (30, "合计"), (420, "15,620.00")),
    )  # fmt: skip


def test_a_subcontract_orders_material_rows_are_no_lines_and_do_not_end_the_table() -> None:
    order = extract_order(subcontract_order())
    assert [(line.customer_part_no, line.quantity) for line in order.lines] == [
        ("HC2101-0031", Decimal("200.00")),
        ("HC2101-0032", Decimal("150.00")),
    ]
    assert order.supplier.name == "苏州启航精工科技有限公司"  # 委外商: the subcontractor
    assert order.total_amount == Decimal("15620.00")


def test_subcontract_quantity_and_russian_columns_are_known() -> None:
    assert column_kind("委外数量")[0] == "quantity"
    assert [column_kind(name)[0] for name in ("Артикул", "Товары (работы, услуги)", "Кол-во", "Цена")] == [
        "part_no",
        "description",
        "quantity",
        "unit_price",
    ]


OUR_NAME = "Suzhou Qihang Precision Technology Co., Ltd."


def one_c_order():
    head = ((30, "№"), (45, "Артикул"), (110, "Товары (работы, услуги)"), (330, "Кол-во"), (370, "Ед."),
            (400, "Цена"), (450, "Сумма"))  # fmt: skip
    return pdf(
        line(10, (30, "Заказ поставщику № УГ00-000412 от 14 декабря 2026 г.")),
        line(30, (30, "Поставщик:"), (110, f"{OUR_NAME}, Китай, 215163, Jiangsu")),
        line(45, (30, "Покупатель:"), (110, 'ООО "Уралгидропривод", ИНН 6679123456, КПП 667901001')),
        line(60, (30, "Дата поступления:"), (110, "25.01.2027")),
        line(80, *head),
        line(95, *zip((x for x, _ in head), ("1", "QH-6205-2RS", "Подшипник 6205-2RS C3", "1 000", "шт",
                                             "0,95", "950,00"), strict=True)),
        line(110, *zip((x for x, _ in head), ("2", "QH-NU208", "Подшипник NU208 ECP", "120", "шт", "9,80",
                                              "1 176,00"), strict=True)),
        line(130, (330, "Итого:"), (450, "2 126,00")),
        line(145, (330, "Всего к оплате:"), (450, "2 126,00")),
        line(160, (30, "Всего наименований 2, на сумму 2 126,00 USD")),
    )  # fmt: skip


def test_a_1c_order_reads_its_title_number_and_date_and_cuts_the_parties_details() -> None:
    order = extract_order(one_c_order())
    assert (order.po_number, order.order_date) == ("УГ00-000412", dt.date(2026, 12, 14))
    assert order.requested_delivery_date == dt.date(2027, 1, 25)
    assert order.supplier.name == OUR_NAME
    assert order.buyer.name == 'ООО "Уралгидропривод"'
    assert order.currency == "USD"  # only in the sum line under the totals
    assert [line.quantity for line in order.lines] == [Decimal("1000"), Decimal("120")]
    assert order.total_amount == Decimal("2126.00")


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Acme, Inc.", "Acme, Inc."),  # the legal form after the comma is the name's own
        ("Suzhou Qihang Co., Ltd., Китай, 215163", "Suzhou Qihang Co., Ltd."),
        ('ООО "Уралгидропривод", ИНН 6679123456', 'ООО "Уралгидропривод"'),
        ("Kettle River Supply, Duluth", "Kettle River Supply, Duluth"),  # no legal form: as printed
    ],
)
def test_a_party_name_runs_to_its_legal_form_not_into_its_details(name: str, kept: str) -> None:
    assert _without_details(name) == kept


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("14 декабря 2026 г.", dt.date(2026, 12, 14)),
        ("1 марта 2027", dt.date(2027, 3, 1)),
        ("15 ม.ค. 2570", dt.date(2027, 1, 15)),  # Thai month, Buddhist-era year
        ("วันที่ 14/12/2569", dt.date(2026, 12, 14)),
        ("14 ธันวาคม 2569", dt.date(2026, 12, 14)),
    ],
)
def test_russian_and_thai_dates(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


def test_thai_units_keep_their_dot_and_thai_and_russian_companies_have_legal_forms() -> None:
    assert (_unit("กก."), _unit("个、"), _unit("pcs.")) == ("กก.", "个", "pcs")
    assert COMPANY.search("บริษัท สยามไฮดรอลิกส์ จำกัด") and COMPANY.search('ООО "Уралгидропривод"')
    assert (parse_currency("руб."), parse_currency("долларов США")) == ("RUB", "USD")


def test_a_thai_workbook_names_its_company_as_its_letterhead_prints_it_first() -> None:
    doc = sheet(
        ["บริษัท สยามไฮดรอลิกส์ จำกัด", "", "", "ใบสั่งซื้อ PURCHASE ORDER"],
        ["SIAM HYDRAULICS CO., LTD."],
        ["ผู้ขาย / Vendor:", OUR_NAME, "เลขที่ / PO No.:", "PO-256912-0047"],
        ["ส่งสินค้าที่ / Ship to:", "คลังสินค้า 3", "กำหนดส่ง / Delivery Date:", "15 ม.ค. 2570"],
        ["No.", "Item Code", "Description", "Quantity", "Unit", "Unit Price", "Amount"],
        ["1", "SH-GRS-EP2", "Lithium grease EP2", "54.5", "กก.", "4.20", "228.90"],
        ["", "", "", "", "รวมทั้งสิ้น / Grand Total", "", "228.90"],
    )  # fmt: skip
    order = extract_order(doc)
    assert order.buyer.name == "บริษัท สยามไฮดรอลิกส์ จำกัด"
    assert order.requested_delivery_date == dt.date(2027, 1, 15)
    assert order.lines[0].unit == "กก."


def ocr_line(top: float, *cells: tuple[float, str]) -> Line:
    """A line as OCR gives it: every cell with tesseract's certainty."""
    return Line(1, [cell(x, top, text, confidence=0.9) for x, text in cells])


def item(top: float, no: str, code: str, spec: str, qty: str, amount: str, make=ocr_line) -> Line:
    values = (no, code, "活塞杆", spec, "件", qty, "38.5000", amount)
    return make(top, *zip((x for x, _ in YONSUITE_HEAD), values, strict=True))


def rows_around(between: Line, make=ocr_line) -> Document:
    return pdf(
        make(40, *YONSUITE_HEAD),
        item(55, "10", "HC2101-0031", "中40x386", "200.00", "7,700.00", make),
        between,
        item(85, "20", "HC2101-0032", "中50x452", "150.00", "5,775.00", make),
    )


MATERIAL_ROWS = [
    ocr_line(70, (30, "上"), (45, "用料 3101052"), (113, "42CrMo圆钢中55"), (285, "应发数量 123.600 千克")),
    ocr_line(70, (30, "上 FAR"), (60, "3102080"), (113, "27SiMn冷拔管 应发数量 86.000米")),  # 用料 garbled
    ocr_line(70, (30, "FBR: 3101042 42CrMo因钢 O45 应发数量 96.500干克"), (285, "甲供")),  # no branch left
]


@pytest.mark.parametrize("material", MATERIAL_ROWS)
def test_an_ocrd_material_row_between_order_lines_does_not_end_the_table(material: Line) -> None:
    table = find_table(rows_around(material))
    assert [row.values["part_no"] for row in table.rows] == ["HC2101-0031", "HC2101-0032"]


def test_a_text_layers_unknown_line_still_ends_the_table() -> None:
    """Only OCR garbles a line past knowing: on a text layer an unknown line between rows ends them."""
    note = line(70, (30, "质量要求：按图纸 GB/T 1804-m"), (285, "检验 100%"))
    assert [row.values["part_no"] for row in find_table(rows_around(note, line)).rows] == ["HC2101-0031"]


def test_russian_korean_vietnamese_and_thai_unit_words_make_a_unit_column() -> None:
    assert profile(["шт", "кг", "компл", "шт"]) == "unit"
    assert profile(["개", "세트", "박스"]) == "unit"
    assert profile(["Cái", "Bộ", "Hộp"]) == "unit"
    assert profile(["ชิ้น", "ชุด", "กล่อง", "กก."]) == "unit"
