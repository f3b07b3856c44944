"""Unseen layout: 浙江恒泰汽车零部件有限公司's order as an ERP list export, one flat sheet, no header block.

Many Chinese buyers do not print a purchase order at all: the buyer runs the ERP's 采购订单列表 query, picks
"导出Excel" and mails the file. What arrives is ONE sheet whose first row is the column header and whose
every other row is one order line carrying the order's header fields again in its own columns:
采购订单号, 订单日期 (a real Excel date), 供应商编码, 供应商 (us), 采购组织 (the buyer), 采购员, 收货地址,
交货日期 (a real date, the same on every line), 币种 (人民币), 付款条件, then the line's 行号, 物料编码,
物料描述, 规格, 单位, 采购数量, 含税单价 (up to four decimals), 价税合计 (values, not formulas),
税率 (0.13 shown as 13%) and 行备注. The export's furniture: a bold shaded header row, the pane frozen
under it, an autofilter over the table, 15 lines, no title, no total row and nothing under the table.

Truth: the header fields are read once from the repeated columns; the description is 物料描述 and 规格
joined with a space (as for the other Chinese layouts); the document states no total, so the total is
None (the contract's "grand total as printed"; a clerk lets the ERP add up the lines).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "采购订单列表_HTPO26120031.xlsx"
BUYER = "浙江恒泰汽车零部件有限公司"
PO = "HTPO26120031"
ADDRESS = "浙江省台州市路桥区峰江街道恒泰路1号恒泰汽配三号仓收货处"
TERMS = "票到60天付款"
ORDERED, DELIVERY = dt.datetime(2026, 12, 4), dt.datetime(2026, 12, 28)
ITEMS = [  # code, description, spec, unit, qty, price incl. tax, amount, remark
    ("20103017", "深沟球轴承", "6004-2RS C3", "套", "3000", "2.35", "7050.00", ""),
    ("20103025", "深沟球轴承", "6201-2Z", "套", "5000", "1.68", "8400.00", ""),
    ("20105102", "滚针轴承", "HK1210", "个", "8000", "0.865", "6920.00", ""),
    ("20211044", "粉末冶金衬套", "SF-1 1210", "个", "6000", "0.425", "2550.00", ""),
    ("20211059", "骨架油封", "TC 25×40×7 NBR", "个", "4000", "0.62", "2480.00", ""),
    ("20302031", "圆柱销", "GB/T119.2 6×20 淬硬", "只", "20000", "0.0385", "770.00", ""),
    ("20302048", "弹性圆柱销", "GB/T879.1 4×16", "只", "30000", "0.0215", "645.00", ""),
    ("20405006", "压缩弹簧", "0.8×6×25 SUS304", "只", "15000", "0.096", "1440.00", "按图纸HT-S-0214"),
    ("20405013", "扭簧", "1.2×10 左旋 90°", "只", "8000", "0.185", "1480.00", "按图纸HT-S-0229"),
    ("20508120", "O型圈", "20×2.4 FKM", "只", "10000", "0.1275", "1275.00", ""),
    ("20508137", "O型圈", "32×3.1 NBR70", "只", "10000", "0.089", "890.00", ""),
    ("20610077", "轴用挡圈", "GB/T894 Φ15", "只", "25000", "0.0345", "862.50", ""),
    ("20610084", "孔用挡圈", "GB/T893 Φ35", "只", "12000", "0.078", "936.00", ""),
    ("20712009", "六角法兰面螺栓", "GB/T5787 M8×20 10.9级", "只", "40000", "0.112", "4480.00", "达克罗"),
    ("20712016", "六角法兰面螺母", "GB/T6177 M8 10级", "只", "40000", "0.0465", "1860.00", "达克罗"),
]
COLUMNS = [  # header, width, number format
    ("采购订单号", 15, None),
    ("订单日期", 11, "yyyy-mm-dd"),
    ("供应商编码", 10, None),
    ("供应商", 26, None),
    ("采购组织", 26, None),
    ("采购员", 8, None),
    ("收货地址", 44, None),
    ("交货日期", 11, "yyyy-mm-dd"),
    ("币种", 7, None),
    ("付款条件", 13, None),
    ("行号", 6, "0"),
    ("物料编码", 11, None),
    ("物料描述", 14, None),
    ("规格", 20, None),
    ("单位", 6, None),
    ("采购数量", 10, "#,##0"),
    ("含税单价", 10, "0.00##"),
    ("价税合计", 12, "#,##0.00"),
    ("税率", 6, "0%"),
    ("行备注", 16, None),
]
FIXED_TIME = dt.datetime(2026, 12, 4, 9, 42, 0)
THIN = Side(style="thin", color="A6A6A6")


def expected() -> PurchaseOrder:
    po = order(
        po_number=PO,
        order_date=ORDERED.date(),
        delivery=DELIVERY.date(),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, amount)
            for code, name, spec, unit, qty, price, amount, _ in ITEMS
        ],
    )
    return po.model_copy(update={"total_amount": None})  # the export prints no total


def rows() -> list[list[object]]:
    """The data rows as the export writes them: the order's fields repeated, then the line's."""
    head = [PO, ORDERED, "V20318", OUR_NAME_ZH, BUYER, "陈丽", ADDRESS, DELIVERY, "人民币", TERMS]
    out = []
    for n, (code, name, spec, unit, qty, price, amount, remark) in enumerate(ITEMS, start=1):
        line = [n, code, name, spec, unit, int(qty), float(Decimal(price)), float(Decimal(amount)), 0.13]
        out.append([*head, *line, remark or None])
    return out


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "ERP"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "采购订单"
    for col, (title, width, _) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col, value=title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        sheet.column_dimensions[get_column_letter(col)].width = width
    for r, values in enumerate(rows(), start=2):
        for col, (value, (_, _, number_format)) in enumerate(zip(values, COLUMNS, strict=True), start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            if number_format:
                cell.number_format = number_format
    last = get_column_letter(len(COLUMNS))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(ITEMS) + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
