"""Unseen layout: 宁波甬川液压机械有限公司's 采购订单 made in WPS 表格, delivered in two batches (.xlsx).

A Ningbo hydraulic-cylinder maker has an ERP for its books only; its buyer types purchase orders into a
WPS 表格 (Kingsoft WPS Office, the spreadsheet most small Chinese firms use) form of her own and mails the
.xlsx. What WPS leaves in the file: the sheet still called Sheet1, WPS's document properties
(KSOProductBuildVer 2052-..., ICV), date formats as WPS writes them (yyyy"年"m"月"d"日"), and the total in
Chinese capitals as WPS's 人民币大写 special format ([DBNum2]) on a formula cell: the cell holds the number,
WPS shows 叁万肆仟捌佰壹拾陆元整. The form: the company name and 采 购 订 单 merged across the sheet, the
company's address and phone left and "订单号：" with its value right on one row; then 供方 (us) and 需方
side by side in label | value cells (values merged over several columns): 供方 / 需方, 联系人 / 联系人,
下单日期 / 交货日期 (a real date, with "分批交货，详见下表交货计划" after it), 付款方式 / 发票, and
送货地址 across. The line table has a TWO-ROW head: 序号, 物料编码, 品名, 规格型号, 单位, 订购数量,
含税单价, 含税金额 and 备注 merged down both rows, and 交货计划 merged across two batch columns whose
second-row heads are the batch DATES (real dates shown 12月18日 / 1月8日), each line's quantity split
over them (one item only in the second batch). 订购数量 is =SUM of the batches and 含税金额 =订购数量 x
单价, both formulas with the values WPS cached; the 合计 row sums them. A drop-down (data validation) on
单位, a comment on one price, notes 1、2、3、 merged across the sheet, and the signature block (需方（盖章）
/ 供方确认（盖章）, 经办人, 日期) with the buyer's red seal picture floating over it; print titles on the
head rows.

Truth: the PO number 订单号; the order date 下单日期; the requested delivery date 交货日期 (the first
batch's date); the currency CNY (nothing but 人民币大写 and 含税 say it); the buyer 需方 (the company at the
top); the supplier 供方 (us); the ship-to address 送货地址; the payment terms 付款方式; the total the 合计
row's 含税金额 (= the 大写 cell's value = the sum of the lines); per line the part number 物料编码, the
description 品名 and 规格型号 joined with a space, the unit 单位, the quantity 订购数量 (the batches are its
parts, not quantities of their own), the unit price 含税单价 and the amount 含税金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "甬川液压采购订单YCCG-2612-0107.xlsx"
BUYER = "宁波甬川液压机械有限公司"
PO = "YCCG-2612-0107"
ORDER_DATE = dt.datetime(2026, 12, 10)
FIRST, SECOND = dt.datetime(2026, 12, 18), dt.datetime(2027, 1, 8)
ADDRESS = "浙江省宁波市北仑区大港工业城黄山西路188号甬川液压2号车间"
TERMS = "月结60天（银行承兑汇票）"
FIXED_TIME = dt.datetime(2026, 12, 10, 16, 48, 0)
# 物料编码, 品名, 规格型号, 单位, 第一批, 第二批, 含税单价, 备注
ITEMS = [
    ("10301206", "深沟球轴承", "6206-2RS", "套", 200, 200, "8.20", ""),
    ("10301307", "深沟球轴承", "6307ZZ", "套", 100, 0, "19.60", ""),
    ("10405016", "自润滑轴套", "SF-1 25×28×20", "个", 500, 500, "1.35", ""),
    ("10405021", "铜基镶嵌轴套", "JDB 40×50×50", "个", 120, 0, "16.80", ""),
    ("20110032", "活塞杆", "Φ32×450 45# 镀硬铬", "根", 60, 60, "58.00", "镀层≥0.03"),
    ("20110040", "活塞杆", "Φ40×520 45# 镀硬铬", "根", 0, 80, "72.50", "镀层≥0.03"),
    ("20215008", "销轴", "Φ20×85 40Cr 调质", "个", 300, 0, "4.60", ""),
    ("30102012", "内六角圆柱头螺钉", "M12×40 10.9级 发黑", "个", 2000, 2000, "0.78", ""),
    ("30102016", "内六角圆柱头螺钉", "M16×60 10.9级 发黑", "个", 1000, 0, "2.15", ""),
    ("30305012", "平垫圈", "M12 镀锌", "个", 4000, 0, "0.06", ""),
    ("40201025", "导向套", "QT500 Φ40/Φ80 图号YC-DX-0408", "件", 40, 40, "46.00", "附材质单"),
    ("40201031", "缸底法兰", "Q355B 厚25 图号YC-FL-0312", "件", 40, 40, "38.50", "附材质单"),
]
COLUMNS = "ABCDEFGHIJK"  # 序号 编码 品名 规格 单位 订购数量 第一批 第二批 单价 金额 备注
WIDTHS = [5, 11, 14, 24, 6, 10, 9, 9, 10, 12, 12]
HEAD = 10  # first row of the two-row table head
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center")
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
CAPITALS_FORMAT = '[DBNum2][$RMB]G/通用格式"元整";[Red][DBNum2][$RMB]G/通用格式"元整"'


def quantity(item: tuple) -> int:
    return item[4] + item[5]


def total() -> Decimal:
    return sum((amount(str(quantity(item)), item[6]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE.date(),
        delivery=FIRST.date(),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (
                item[0],
                f"{item[1]} {item[2]}",
                str(quantity(item)),
                item[3],
                item[6],
                f"{amount(str(quantity(item)), item[6])}",
            )
            for item in ITEMS
        ],
    )


def seal() -> bytes:
    """The buyer's round red seal as the picture WPS floats over the signature block (deterministic PNG)."""
    image = Image.new("RGBA", (150, 150), (255, 255, 255, 0))
    pen = ImageDraw.Draw(image)
    red = (214, 32, 38, 215)
    pen.ellipse((5, 5, 145, 145), outline=red, width=5)
    pen.ellipse((17, 17, 133, 133), outline=(214, 32, 38, 90), width=1)
    star = [
        (75, 52),
        (81, 69),
        (99, 69),
        (85, 80),
        (90, 97),
        (75, 87),
        (60, 97),
        (65, 80),
        (51, 69),
        (69, 69),
    ]
    pen.polygon(star, fill=red)
    pen.rectangle((47, 106, 103, 112), fill=(214, 32, 38, 150))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _label(sheet, ref: str, text: str) -> None:
    sheet[ref] = text
    sheet[ref].font = Font(bold=True, size=10)
    sheet[ref].alignment = Alignment(horizontal="right", vertical="center")


def _value(sheet, span: str, value: object, number_format: str | None = None) -> None:
    if ":" in span:
        sheet.merge_cells(span)
    ref = span.split(":")[0]
    sheet[ref] = value
    sheet[ref].alignment = LEFT
    if number_format:
        sheet[ref].number_format = number_format


def _head(sheet) -> None:
    for row, text, size, height in ((1, BUYER, 18, 30), (2, "采 购 订 单", 16, 26)):
        sheet.merge_cells(f"A{row}:K{row}")
        sheet[f"A{row}"] = text
        sheet[f"A{row}"].font = Font(name="宋体", bold=True, size=size)
        sheet[f"A{row}"].alignment = CENTRE
        sheet.row_dimensions[row].height = height
    sheet.merge_cells("A3:H3")
    sheet["A3"] = "地址：宁波市北仑区大港工业城黄山西路188号　电话：0574-8685 2210　传真：0574-8685 2211"
    sheet["A3"].font = Font(size=9)
    _label(sheet, "I3", "订单号：")
    _value(sheet, "J3:K3", PO)
    sheet["J3"].font = Font(bold=True, color="C00000")
    _label(sheet, "A4", "供方：")
    _value(sheet, "B4:E4", OUR_NAME_ZH)
    _label(sheet, "F4", "需方：")
    _value(sheet, "G4:K4", BUYER)
    _label(sheet, "A5", "联系人：")
    _value(sheet, "B5:E5", "钱晓峰 139 6218 8420")
    _label(sheet, "F5", "联系人：")
    _value(sheet, "G5:K5", "邬海波 138 0574 5512")
    _label(sheet, "A6", "下单日期：")
    _value(sheet, "B6:E6", ORDER_DATE, DATE_FORMAT)
    _label(sheet, "F6", "交货日期：")
    _value(sheet, "G6:H6", FIRST, DATE_FORMAT)
    _value(sheet, "I6:K6", "分批交货，详见下表交货计划")
    _label(sheet, "A7", "付款方式：")
    _value(sheet, "B7:E7", TERMS)
    _label(sheet, "F7", "发票：")
    _value(sheet, "G7:K7", "13%增值税专用发票")
    _label(sheet, "A8", "送货地址：")
    _value(sheet, "B8:K8", ADDRESS)
    for row in range(3, 9):
        sheet.row_dimensions[row].height = 20
    sheet.row_dimensions[9].height = 8


def _table(sheet) -> tuple[int, dict[str, float]]:
    """The two-row head, the lines with their formulas and 合计; returns the 合计 row and cached values."""
    first, second = HEAD, HEAD + 1
    down = {
        "A": "序号",
        "B": "物料编码",
        "C": "品名",
        "D": "规格型号",
        "E": "单位",
        "F": "订购数量",
        "I": "含税单价",
        "J": "含税金额",
        "K": "备注",
    }
    for col, title in down.items():
        sheet.merge_cells(f"{col}{first}:{col}{second}")
        sheet[f"{col}{first}"] = title
    sheet.merge_cells(f"G{first}:H{first}")
    sheet[f"G{first}"] = "交货计划"
    sheet[f"G{second}"], sheet[f"H{second}"] = FIRST, SECOND
    fill = PatternFill("solid", fgColor="FFF2CC")
    for row in (first, second):
        for col in COLUMNS:
            cell = sheet[f"{col}{row}"]
            cell.font, cell.alignment, cell.border, cell.fill = Font(bold=True), CENTRE, BOX, fill
    sheet[f"G{second}"].number_format = sheet[f"H{second}"].number_format = 'm"月"d"日"'
    cached: dict[str, float] = {}
    units = DataValidation(type="list", formula1='"个,套,根,件,条,米,kg"', allow_blank=True)
    sheet.add_data_validation(units)
    row = second
    for n, (code, name, spec, unit, batch1, batch2, price, note) in enumerate(ITEMS, start=1):
        row = second + n
        values = [n, code, name, spec, unit]
        for col, value in zip("ABCDE", values, strict=True):
            sheet[f"{col}{row}"] = value
        sheet[f"F{row}"] = f"=SUM(G{row}:H{row})"
        sheet[f"G{row}"] = batch1 or None
        sheet[f"H{row}"] = batch2 or None
        sheet[f"I{row}"] = float(Decimal(price))
        sheet[f"J{row}"] = f"=F{row}*I{row}"
        sheet[f"K{row}"] = note or None
        cached[f"F{row}"] = float(batch1 + batch2)
        cached[f"J{row}"] = float(amount(str(batch1 + batch2), price))
        for col, fmt in zip("FGHIJ", ["#,##0", "#,##0", "#,##0", "0.00", "#,##0.00"], strict=True):
            sheet[f"{col}{row}"].number_format = fmt
        for col in COLUMNS:
            sheet[f"{col}{row}"].border = BOX
            sheet[f"{col}{row}"].alignment = CENTRE if col in "AEGH" else Alignment(vertical="center")
        sheet.row_dimensions[row].height = 18
    units.add(f"E{second + 1}:E{row}")
    sheet[f"I{second + 5}"].comment = Comment(
        "按11月20日报价单QH-Q261120，含运费", "邬海波", width=180, height=60
    )
    total_row = row + 1
    sheet.merge_cells(f"A{total_row}:E{total_row}")
    sheet[f"A{total_row}"] = "合计"
    for col in "FGHJ":
        sheet[f"{col}{total_row}"] = f"=SUM({col}{second + 1}:{col}{row})"
        sheet[f"{col}{total_row}"].number_format = "#,##0.00" if col == "J" else "#,##0"
    cached[f"F{total_row}"] = float(sum(quantity(item) for item in ITEMS))
    cached[f"G{total_row}"] = float(sum(item[4] for item in ITEMS))
    cached[f"H{total_row}"] = float(sum(item[5] for item in ITEMS))
    cached[f"J{total_row}"] = float(total())
    for col in COLUMNS:
        sheet[f"{col}{total_row}"].border = BOX
        sheet[f"{col}{total_row}"].font = Font(bold=True)
    sheet[f"A{total_row}"].alignment = CENTRE
    words = total_row + 1
    sheet.merge_cells(f"A{words}:C{words}")
    sheet[f"A{words}"] = "合计金额（大写）："
    sheet[f"A{words}"].font = Font(bold=True)
    sheet.merge_cells(f"D{words}:K{words}")
    sheet[f"D{words}"] = f"=J{total_row}"
    sheet[f"D{words}"].number_format = CAPITALS_FORMAT
    sheet[f"D{words}"].font = Font(bold=True)
    cached[f"D{words}"] = float(total())
    for col in COLUMNS:
        sheet[f"{col}{words}"].border = BOX
    sheet.row_dimensions[words].height = 20
    return words, cached


def _foot(sheet, row: int) -> None:
    notes = [
        "说明：1、供方收到订单后请于24小时内签字盖章回传，逾期未回视为接受。",
        "　　　2、请按交货计划分批送货，送货单注明订单号及物料编码；"
        "活塞杆、导向套、法兰须附材质单及检验报告。",
        "　　　3、货款月结60天，以银行承兑汇票支付；发票请开13%增值税专用发票，随货或月底前寄达。",
    ]
    for n, text in enumerate(notes):
        sheet.merge_cells(f"A{row + 2 + n}:K{row + 2 + n}")
        sheet[f"A{row + 2 + n}"] = text
        sheet[f"A{row + 2 + n}"].font = Font(size=9)
    sign = row + 6
    for offset, (left, right) in enumerate(
        (
            ("需方（盖章）：", "供方确认（盖章）："),
            ("经办人：邬海波", "经办人："),
            ("日期：2026年12月10日", "日期："),
        )
    ):
        sheet[f"A{sign + offset}"] = left
        sheet[f"G{sign + offset}"] = right
        sheet.row_dimensions[sign + offset].height = 22
    picture = SheetImage(io.BytesIO(seal()))
    picture.width = picture.height = 100
    picture.anchor = f"C{sign - 1}"
    sheet.add_image(picture)


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "邬海波"
    workbook.properties.lastModifiedBy = "邬海波"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    workbook.custom_doc_props.append(StringProperty(name="KSOProductBuildVer", value="2052-12.1.0.18912"))
    workbook.custom_doc_props.append(StringProperty(name="ICV", value="6E2F0A47C3B14D2E9A5B7C18D04F2A31_12"))
    sheet = workbook.active
    sheet.title = "Sheet1"
    for col, width in zip(COLUMNS, WIDTHS, strict=True):
        sheet.column_dimensions[col].width = width
    _head(sheet)
    last, cached = _table(sheet)
    _foot(sheet, last)
    sheet.print_area = f"A1:K{last + 8}"
    sheet.print_title_rows = f"{HEAD}:{HEAD + 1}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
