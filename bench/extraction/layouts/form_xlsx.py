"""Unseen layout: 厦门鹭岛电子科技有限公司's order form workbook, Excel-saved: formulas, a hidden column.

The purchasing clerk keeps an Excel "order form" template and saves one copy per order. Sheet 采购订单:
a logo picture over A1:B3, the company's Chinese and English names and its address merged across C1:K3,
the title 采 购 订 单 merged across the sheet. Every header field is "label：value" in ONE merged cell,
two per row, with the labels padded to the same width the way clerks align them (供 应 商：, 币    别：):
订单编号, 订单日期 and 交货日期 (typed as text, 2026年12月5日), 供 应 商 (us), 联 系 人, 付款方式,
币    别 (人民币(RMB)), 税    率 (13%) and 送货地址 across the row. The line table starts lower, with a
two-row header: 序号, 物料编码, 物料名称, 规格型号, 单位, 数量, 金额(元) (含税), 交期 and 备注 merged
down both rows, 单价(元) merged across two columns named 不含税 and 含税 on the second row. Between
含税 and 金额 sits a HIDDEN column 上次单价 (the clerk's price check). The clerk types the price without
tax; 含税 is =ROUND(G*1.13,4), 金额 =ROUND(F*H,2), the 合计 row =SUM(...) for quantity and amount, and
the file is the one Excel saved, so every formula cell carries its cached value (openpyxl writes
formulas without values; the cached <v> values Excel would store are written into the sheet XML here).
Two lines are a second delivery (交期 2027-01-08, 备注 第二批), the others 2026-12-22 (real dates shown
as 12月22日). Under the table 大写金额 (typed), 备注 notes, and 制单 / 审核 / 批准 / 供应商确认（签字盖章）.
A second sheet 采购条款 holds the purchase terms as numbered paragraphs.

Truth: the unit price is the tax-inclusive 含税 price (the cached value of its formula) and the amount
金额(元) (含税), as for the other Chinese layouts that print both; the hidden 上次单价 and the 不含税
price are not keyed; the description is 物料名称 and 规格型号 joined with a space; the requested delivery
date is the header's 交货日期 (the first delivery; the two second-delivery lines have their own 交期);
the total is the 合计 amount.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw

from bench.extraction.layouts._cached_formulas import with_cached_values
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "鹭岛电子采购订单LD-PO-2612-0058.xlsx"
BUYER = "厦门鹭岛电子科技有限公司"
PO = "LD-PO-2612-0058"
ADDRESS = "厦门市海沧区新阳工业区阳光西路268号鹭岛电子2号楼1楼仓库"
TERMS = "月结60天"
FIRST, SECOND = dt.datetime(2026, 12, 22), dt.datetime(2027, 1, 8)
TAX = Decimal("1.13")
ITEMS = [  # code, name, spec, unit, qty, price excl. tax, last price, delivery, remark
    ("LD-301-0125", "贴片电阻", "0603 10KΩ ±1%", "PCS", "50000", "0.0042", "0.0045", FIRST, ""),
    ("LD-301-0218", "贴片电容", "0805 10uF 25V X7R", "PCS", "30000", "0.0380", "0.0380", FIRST, ""),
    ("LD-312-0507", "铝电解电容", "470uF 35V 10×16", "PCS", "8000", "0.2600", "0.2700", FIRST, ""),
    ("LD-420-1102", "排针", "2.54mm 1×40P 镀金", "PCS", "5000", "0.3500", "0.3500", FIRST, ""),
    ("LD-420-1102", "排针", "2.54mm 1×40P 镀金", "PCS", "5000", "0.3500", "0.3500", SECOND, "第二批"),
    ("LD-515-0033", "铜柱", "M3×10+6 六角 镀镍", "PCS", "20000", "0.0900", "0.0950", FIRST, ""),
    ("LD-515-0041", "不锈钢螺丝", "M3×8 盘头十字 SUS304", "PCS", "40000", "0.0300", "0.0300", FIRST, ""),
    ("LD-608-0210", "散热片", "铝 40×40×11 黑色氧化", "PCS", "3000", "1.2500", "1.3000", FIRST, ""),
    ("LD-608-0210", "散热片", "铝 40×40×11 黑色氧化", "PCS", "3000", "1.2500", "1.3000", SECOND, "第二批"),
    ("LD-702-0016", "硅胶导热垫", "40×40×1mm 3W/mK", "PCS", "6000", "0.4500", "0.4800", FIRST, ""),
]
COLUMNS = "ABCDEFGHIJKL"  # 序号 编码 名称 规格 单位 数量 不含税 含税 (上次单价, hidden) 金额 交期 备注
WIDTHS = [6, 14, 12, 22, 6, 10, 10, 10, 10, 12, 10, 10]
TOP = 14  # first header row of the line table
FIXED_TIME = dt.datetime(2026, 12, 5, 10, 15, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def with_tax(price: str) -> Decimal:
    return (Decimal(price) * TAX).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def line_amount(qty: str, price: str) -> Decimal:
    return (Decimal(qty) * with_tax(price)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 12, 5),
        delivery=FIRST.date(),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, f"{with_tax(price)}", f"{line_amount(qty, price)}")
            for code, name, spec, unit, qty, price, *_ in ITEMS
        ],
    )


def logo() -> bytes:
    """A small blue-and-white logo picture (deterministic PNG bytes)."""
    image = Image.new("RGB", (120, 54), "white")
    pen = ImageDraw.Draw(image)
    pen.ellipse((4, 4, 50, 50), fill=(0, 84, 166))
    pen.polygon([(14, 36), (27, 14), (40, 36)], fill="white")
    pen.rectangle((58, 18, 116, 24), fill=(0, 84, 166))
    pen.rectangle((58, 30, 100, 36), fill=(0, 84, 166))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _head(sheet) -> None:
    picture = SheetImage(io.BytesIO(logo()))
    picture.anchor = "A1"
    sheet.add_image(picture)
    for row, text, size in (
        (1, BUYER, 16),
        (2, "XIAMEN LUDAO ELECTRONIC TECHNOLOGY CO., LTD.", 10),
        (3, "地址：厦门市海沧区新阳工业区阳光西路268号　电话：0592-6512800　传真：0592-6512801", 9),
    ):
        sheet.merge_cells(f"C{row}:L{row}")
        sheet[f"C{row}"] = text
        sheet[f"C{row}"].font = Font(bold=row == 1, size=size)
        sheet[f"C{row}"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells("A5:L5")
    sheet["A5"] = "采 购 订 单"
    sheet["A5"].font = Font(bold=True, size=18)
    sheet["A5"].alignment = Alignment(horizontal="center", vertical="center")
    pairs = [
        ("订单编号：" + PO, "订单日期：2026年12月5日"),
        (f"供 应 商：{OUR_NAME_ZH}", "联 系 人：王海燕 0592-6512812"),
        ("交货日期：2026年12月22日", f"付款方式：{TERMS}"),
        ("币    别：人民币(RMB)", "税    率：13%"),
    ]
    for n, (left, right) in enumerate(pairs):
        row = 7 + n
        sheet.merge_cells(f"A{row}:F{row}")
        sheet.merge_cells(f"G{row}:L{row}")
        sheet[f"A{row}"], sheet[f"G{row}"] = left, right
    sheet.merge_cells("A11:L11")
    sheet["A11"] = f"送货地址：{ADDRESS}"
    for row in range(7, 12):
        sheet.row_dimensions[row].height = 18


def _table(sheet) -> tuple[int, dict[str, float]]:
    """The two-row header, the lines with their formulas, 合计; returns the last row and cached values."""
    first, second = TOP, TOP + 1
    down = {
        "A": "序号",
        "B": "物料编码",
        "C": "物料名称",
        "D": "规格型号",
        "E": "单位",
        "F": "数量",
        "I": "上次单价",
        "J": "金额(元)\n(含税)",
        "K": "交期",
        "L": "备注",
    }
    for col, title in down.items():
        sheet.merge_cells(f"{col}{first}:{col}{second}")
        sheet[f"{col}{first}"] = title
    sheet.merge_cells(f"G{first}:H{first}")
    sheet[f"G{first}"] = "单价(元)"
    sheet[f"G{second}"], sheet[f"H{second}"] = "不含税", "含税"
    fill = PatternFill("solid", fgColor="D9E1F2")
    for row in (first, second):
        for col in COLUMNS:
            cell = sheet[f"{col}{row}"]
            cell.font, cell.alignment, cell.border, cell.fill = Font(bold=True), CENTRE, BOX, fill
    cached: dict[str, float] = {}
    row = second
    for n, (code, name, spec, unit, qty, price, last, due, remark) in enumerate(ITEMS, start=1):
        row = second + n
        values = [n, code, name, spec, unit, int(qty), float(Decimal(price))]
        for col, value in zip("ABCDEFG", values, strict=True):
            sheet[f"{col}{row}"] = value
        sheet[f"H{row}"] = f"=ROUND(G{row}*1.13,4)"
        sheet[f"I{row}"] = float(Decimal(last))
        sheet[f"J{row}"] = f"=ROUND(F{row}*H{row},2)"
        sheet[f"K{row}"] = due
        sheet[f"L{row}"] = remark or None
        cached[f"H{row}"] = float(with_tax(price))
        cached[f"J{row}"] = float(line_amount(qty, price))
        for col, fmt in zip(
            "FGHIJK", ["#,##0", "0.0000", "0.0000", "0.0000", "#,##0.00", "m月d日"], strict=True
        ):
            sheet[f"{col}{row}"].number_format = fmt
        for col in COLUMNS:
            sheet[f"{col}{row}"].border = BOX
    total_row = row + 1
    sheet.merge_cells(f"A{total_row}:E{total_row}")
    sheet[f"A{total_row}"] = "合    计"
    sheet[f"A{total_row}"].alignment = CENTRE
    sheet[f"F{total_row}"] = f"=SUM(F{second + 1}:F{row})"
    sheet[f"J{total_row}"] = f"=SUM(J{second + 1}:J{row})"
    sheet[f"F{total_row}"].number_format, sheet[f"J{total_row}"].number_format = "#,##0", "#,##0.00"
    total = expected().total_amount or Decimal(0)
    cached[f"F{total_row}"] = float(sum(int(item[4]) for item in ITEMS))
    cached[f"J{total_row}"] = float(total)
    for col in COLUMNS:
        sheet[f"{col}{total_row}"].border = BOX
        sheet[f"{col}{total_row}"].font = Font(bold=True)
    words = total_row + 1
    sheet.merge_cells(f"A{words}:L{words}")
    sheet[f"A{words}"] = f"大写金额：{capitals(total)}"
    return words, cached


def _foot(sheet, row: int) -> None:
    notes = [
        "备注：1. 请于收到订单后24小时内签字盖章回传，逾期视为接受。",
        "　　　2. 送货单请注明订单编号及物料编码，分批交货按明细交期；来料须符合RoHS。",
        "　　　3. 发票请开具13%增值税专用发票，随货或月底前寄达。",
    ]
    for n, text in enumerate(notes):
        sheet.merge_cells(f"A{row + 2 + n}:L{row + 2 + n}")
        sheet[f"A{row + 2 + n}"] = text
    sign = row + 6
    for col, text in (
        ("A", "制单：陈晓玲"),
        ("D", "审核：黄志明"),
        ("G", "批准："),
        ("J", "供应商确认（签字盖章）："),
    ):
        sheet[f"{col}{sign}"] = text


def _terms(workbook) -> None:
    sheet = workbook.create_sheet("采购条款")
    sheet.column_dimensions["A"].width = 100
    clauses = [
        "采购条款",
        "一、质量：供方所供物料须符合双方确认的规格书及样品，来料检验不合格的，需方有权退货。",
        "二、交期：供方须按订单交期送货，延期交货每日按延期部分货款的0.5%扣款。",
        "三、包装：物料须防静电、防潮包装，外箱标明物料编码、数量、生产日期及批号。",
        "四、结算：月结60天，以需方收到增值税专用发票之日起计算。",
        "五、本条款为订单附件，与订单具有同等效力。",
    ]
    for n, text in enumerate(clauses, start=1):
        sheet[f"A{n}"] = text
    sheet["A1"].font = Font(bold=True, size=14)


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "陈晓玲"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "采购订单"
    for col, width in zip(COLUMNS, WIDTHS, strict=True):
        sheet.column_dimensions[col].width = width
    sheet.column_dimensions["I"].hidden = True  # 上次单价: the clerk's check, hidden before sending
    sheet.row_dimensions[1].height = 22
    _head(sheet)
    last, cached = _table(sheet)
    _foot(sheet, last)
    sheet.print_area = f"A1:L{last + 6}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    _terms(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
