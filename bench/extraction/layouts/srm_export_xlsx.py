"""Unseen layout: 佛山美泰电器有限公司's order as its SRM supplier portal exports it: two sheets, all text.

A Foshan appliance maker publishes purchase orders on its SRM supplier portal (a web system of the
甄云/YonBIP kind); the supplier clicks 导出 and gets one workbook per order, which the buyer's clerk also
attaches to the order e-mail. The export has no letterhead, no title and no layout: sheet 1 订单头 is a
one-row TABLE of the header (row 1 the field names, row 2 the values: 采购订单号, 订单类型, 采购组织 (the
buyer), 供应商编码, 供应商名称 (us), 订单日期, 币种, 付款条件, 收货地址, 含税总金额, 订单状态, 采购员,
创建时间); sheet 2 订单行 is the line table (采购订单号 again, 行号 10/20/30, 物料编码, 物料名称,
规格型号, 单位, 采购数量, 含税单价, 税率, 含税金额, 需求日期, 收货工厂, 备注) with NO total row; sheet 3
导出说明 says who exported what and when. Like many web exports, every cell is TEXT: numbers with thousands
separators ("12,000", "5,424.00"), rates as "13%", dates as "2026/12/05" and the creation time as
"2026/12/05 09:41:27" (the cells carry the "@" text format; Excel shows its green "number stored as text"
triangles). The header has no delivery date: each line has its own 需求日期. Column widths are set,
row 1 of each sheet is bold with a fill and frozen, an auto-filter covers the line table.

Truth: the PO number is 采购订单号; the order date 订单日期; the requested delivery date is the earliest
需求日期 of the lines; the buyer is 采购组织; the supplier 供应商名称; the currency is 币种 (the code CNY);
the ship-to address is 收货地址; the payment terms 付款条件; the total is 含税总金额 (equal to the sum of
含税金额); the description is 物料名称 and 规格型号 joined with a space; the unit price is 含税单价 and the
amount 含税金额; quantities and prices are the numbers the texts spell.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "采购订单导出_MTPO2612050037.xlsx"
BUYER = "佛山美泰电器有限公司"
PO = "MTPO2612050037"
ORDER_DATE = "2026/12/05"
ADDRESS = "广东省佛山市顺德区北滘镇工业大道东12号美泰三期2号仓"
TERMS = "货到票到月结90天"
FIXED_TIME = dt.datetime(2026, 12, 5, 9, 45, 0)
# 物料编码, 物料名称, 规格型号, 单位, 采购数量, 含税单价, 需求日期, 备注
ITEMS = [
    ("1.02.03.0117", "电机轴", "SUS420J2 Φ8×96 两端倒角", "PCS", "12000", "1.3560", "2026/12/18", ""),
    ("1.02.03.0121", "含油轴承", "FZ Φ8×Φ14×10", "PCS", "24000", "0.2150", "2026/12/18", ""),
    ("1.02.05.0042", "风叶安装座", "ZAMAK3 压铸 钝化", "PCS", "12000", "0.8700", "2026/12/25", ""),
    ("1.03.01.0310", "自攻螺钉", "ST4.2×13 十字盘头 镀锌", "PCS", "100000", "0.0186", "2026/12/18", "散装"),
    ("1.03.01.0315", "机牙螺钉", "M4×8 十字盘头 镀镍", "PCS", "60000", "0.0243", "2026/12/18", "散装"),
    ("1.02.07.0088", "调速开关拨杆", "POM 本色 L=42", "PCS", "12000", "0.3480", "2026/12/25", ""),
    ("1.02.03.0117", "电机轴", "SUS420J2 Φ8×96 两端倒角", "PCS", "8000", "1.3560", "2027/01/08", "第二批"),
    ("1.04.02.0006", "硅钢片", "50W470 t=0.5", "KG", "1500", "9.8500", "2026/12/25", ""),
    ("1.02.09.0133", "弹簧片", "SUS301 t=0.3 EH", "PCS", "30000", "0.1120", "2027/01/08", ""),
]
HEAD = [
    ("采购订单号", PO),
    ("订单类型", "标准采购订单"),
    ("采购组织", BUYER),
    ("供应商编码", "V200318"),
    ("供应商名称", OUR_NAME_ZH),
    ("订单日期", ORDER_DATE),
    ("币种", "CNY"),
    ("付款条件", TERMS),
    ("收货地址", ADDRESS),
    ("含税总金额", ""),  # filled from the lines
    ("订单状态", "已发布"),
    ("采购员", "梁嘉欣"),
    ("创建时间", "2026/12/05 09:41:27"),
]
LINE_HEAD = [
    "采购订单号",
    "行号",
    "物料编码",
    "物料名称",
    "规格型号",
    "单位",
    "采购数量",
    "含税单价",
    "税率",
    "含税金额",
    "需求日期",
    "收货工厂",
    "备注",
]
FILL = PatternFill("solid", fgColor="DDEBF7")


def total() -> Decimal:
    return sum((amount(item[4], item[5]) for item in ITEMS), Decimal(0))


def day(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%Y/%m/%d").date()


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=day(ORDER_DATE),
        delivery=min(day(item[6]) for item in ITEMS),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, price, _, _ in ITEMS
        ],
    )


def line_rows() -> list[list[str]]:
    """The 订单行 sheet's rows under its titles, every cell text as the portal writes it."""
    return [
        [
            PO,
            str(10 * n),
            code,
            name,
            spec,
            unit,
            grouped(qty, 0),
            price,
            "13%",
            grouped(amount(qty, price)),
            due,
            "1010 顺德三期工厂",
            remark,
        ]
        for n, (code, name, spec, unit, qty, price, due, remark) in enumerate(ITEMS, start=1)
    ]


def _text_sheet(sheet, rows: list[list[str]], widths: list[int]) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value if value != "" else None)
            cell.number_format = "@"
            if r == 1:
                cell.font, cell.fill = Font(bold=True), FILL
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "SRM"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    head = workbook.active
    head.title = "订单头"
    values = [grouped(total()) if name == "含税总金额" else value for name, value in HEAD]
    _text_sheet(
        head, [[name for name, _ in HEAD], values], [16, 14, 24, 12, 28, 12, 8, 20, 50, 14, 10, 10, 20]
    )
    lines = workbook.create_sheet("订单行")
    rows = line_rows()
    _text_sheet(lines, [LINE_HEAD, *rows], [16, 6, 14, 14, 26, 6, 10, 10, 6, 12, 12, 16, 10])
    lines.auto_filter.ref = f"A1:{get_column_letter(len(LINE_HEAD))}{len(rows) + 1}"
    note = workbook.create_sheet("导出说明")
    for r, text in enumerate(
        [
            "导出人：V200318 苏州启航精工科技有限公司",
            "导出时间：2026/12/05 09:45:00",
            "导出范围：采购订单 MTPO2612050037（订单头、订单行）",
            "说明：本文件由美泰SRM供应商协同平台导出，数据以平台为准。",
        ],
        start=1,
    ):
        note.cell(row=r, column=1, value=text)
    note.column_dimensions["A"].width = 60
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
