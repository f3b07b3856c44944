"""Unseen layout: 深圳市云帆智能硬件有限公司's order as a 飞书 (Feishu/Lark) online sheet downloaded as .xlsx.

A Shenzhen consumer-hardware start-up keeps its purchasing in Feishu: the buyer fills in a shared 飞书表格
order sheet (one tab per order, copied from the team's template) and sends the supplier the tab
downloaded as Excel (下载为 Excel). The download keeps what the online sheet has: rows 1-5 FROZEN (the
header stays on screen while one scrolls the lines): row 1 the title "采购订单" merged across the
sheet; rows 2-4 a bordered 2x4 header grid of label/value pairs (订单编号 | value | 下单日期 | value /
采购方 | value | 供应商 | value / 币种 | 人民币 | 期望到货 | value), each label cell filled grey; row 5
收货地址 and 付款方式 side by side. Row 6 is empty, row 7 the table head, then one row per line: 序号,
物料编码, 物料名称/规格 (ONE cell with a line break: the name on the first line, the spec on the second,
as Feishu's "自动换行" cells are typed with Alt+Enter), 单位, 数量, 单价, 金额, 需求日期, 状态 (a
单选 option: 待确认/已确认), 急件 (a checkbox column: Excel TRUE/FALSE booleans) and 负责人 (a Feishu
@mention written as "@林晓彤"). Money cells are numbers with the currency format "¥#,##0.00"; dates are
real dates formatted yyyy/mm/dd; the currency is written as the Chinese word 人民币, not a code. After
the lines one 合计 row (quantity and amount sums as values), then 备注 text. A second tab 操作记录
holds Feishu's edit history (who changed what when), which is not order data.

Truth: the PO number is 订单编号; the order date 下单日期; the requested delivery date 期望到货 (the
earliest 需求日期 of the lines); the currency CNY (人民币); the buyer 采购方; the supplier 供应商 (our
Chinese name); the ship-to address 收货地址; the payment terms 付款方式; the total the 合计 row's
amount (the sum of 金额); the description is the two lines of 物料名称/规格 joined with a space (name +
spec, the corpus's convention; the cell's line break is a space); the unit price 单价 and the amount 金额.
状态, 急件 and 负责人 are workflow data, not order data.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "云帆采购订单_YF-CG-20261205-03.xlsx"
BUYER = "深圳市云帆智能硬件有限公司"
PO = "YF-CG-20261205-03"
ORDER_DATE = dt.date(2026, 12, 5)
ADDRESS = "广东省深圳市南山区西丽街道留仙大道创智云城A3栋9楼 云帆研发中心前台"
TERMS = "预付30%，发货前付清余款"
FIXED_TIME = dt.datetime(2026, 12, 5, 10, 12, 0)
# 物料编码, 物料名称, 规格, 单位, 数量, 单价, 需求日期, 状态, 急件
ITEMS = [
    (
        "YF-M-01023",
        "电机支架",
        "AL6061 阳极氧化 黑色 图号YF-0234",
        "个",
        "2000",
        "4.35",
        dt.date(2026, 12, 20),
        "已确认",
        True,
    ),
    ("YF-M-01024", "转轴", "SUS303 Φ4×38 滚花", "个", "4000", "1.28", dt.date(2026, 12, 20), "已确认", True),
    (
        "YF-M-01031",
        "外壳上盖",
        "PC+ABS 哑光白 YF-0301",
        "个",
        "2000",
        "6.90",
        dt.date(2026, 12, 27),
        "待确认",
        False,
    ),
    (
        "YF-M-01032",
        "外壳下盖",
        "PC+ABS 哑光白 YF-0302",
        "个",
        "2000",
        "7.45",
        dt.date(2026, 12, 27),
        "待确认",
        False,
    ),
    (
        "YF-S-00410",
        "自攻螺丝",
        "PT2.6×8 十字沉头 镀镍",
        "千个",
        "12",
        "38.00",
        dt.date(2026, 12, 20),
        "已确认",
        False,
    ),
    (
        "YF-M-01040",
        "散热片",
        "AL1070 20×20×6 鳍片",
        "个",
        "2000",
        "2.15",
        dt.date(2027, 1, 3),
        "待确认",
        False,
    ),
    (
        "YF-M-01052",
        "硅胶按键",
        "硅胶 邵氏50A 灰 YF-0520",
        "套",
        "2000",
        "1.96",
        dt.date(2027, 1, 3),
        "待确认",
        False,
    ),
]
HEADINGS = [
    "序号",
    "物料编码",
    "物料名称/规格",
    "单位",
    "数量",
    "单价",
    "金额",
    "需求日期",
    "状态",
    "急件",
    "负责人",
]
WIDTHS = [6, 14, 30, 7, 9, 11, 13, 12, 9, 7, 10]
TABLE_ROW = 7
GREY = PatternFill("solid", fgColor="F2F3F5")
HEAD_FILL = PatternFill("solid", fgColor="E1EAFF")
THIN = Side(style="thin", color="DEE0E3")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MONEY = '"¥"#,##0.00'


def total() -> Decimal:
    return sum((amount(item[4], item[5]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=min(item[6] for item in ITEMS),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, price, *_ in ITEMS
        ],
    )


def _put(sheet, row: int, col: int, value, *, fill=None, fmt=None, bold=False, wrap=False):
    cell = sheet.cell(row=row, column=col, value=value)
    cell.border = BORDER
    if fill is not None:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = Font(bold=True)
    cell.alignment = Alignment(vertical="center", wrap_text=wrap)
    return cell


def _head(sheet) -> None:
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADINGS))
    title = sheet.cell(row=1, column=1, value="采购订单")
    title.font = Font(bold=True, size=16)
    title.alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30
    grid = [
        [("订单编号", PO), ("下单日期", ORDER_DATE)],
        [("采购方", BUYER), ("供应商", OUR_NAME_ZH)],
        [("币种", "人民币"), ("期望到货", min(item[6] for item in ITEMS))],
        [("收货地址", ADDRESS), ("付款方式", TERMS)],
    ]
    # label in B, value C:E merged; label in G, value H:K merged
    for r, pairs in enumerate(grid, start=2):
        for (label, value), (label_col, first, last) in zip(pairs, ((2, 3, 5), (7, 8, 11)), strict=True):
            _put(sheet, r, label_col, label, fill=GREY, bold=True)
            cell = _put(sheet, r, first, value, fmt="yyyy/mm/dd" if isinstance(value, dt.date) else None)
            for col in range(first + 1, last + 1):
                _put(sheet, r, col, None)
            sheet.merge_cells(start_row=r, start_column=first, end_row=r, end_column=last)
            cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        sheet.row_dimensions[r].height = 20
    sheet.row_dimensions[5].height = 32


def _table(sheet) -> int:
    for col, heading in enumerate(HEADINGS, start=1):
        _put(sheet, TABLE_ROW, col, heading, fill=HEAD_FILL, bold=True)
    row = TABLE_ROW
    for n, (code, name, spec, unit, qty, price, due, state, urgent) in enumerate(ITEMS, start=1):
        row = TABLE_ROW + n
        _put(sheet, row, 1, n)
        _put(sheet, row, 2, code)
        _put(sheet, row, 3, f"{name}\n{spec}", wrap=True)
        _put(sheet, row, 4, unit)
        _put(sheet, row, 5, int(qty), fmt="#,##0")
        _put(sheet, row, 6, float(price), fmt=MONEY)
        _put(sheet, row, 7, float(amount(qty, price)), fmt=MONEY)
        _put(sheet, row, 8, due, fmt="yyyy/mm/dd")
        _put(sheet, row, 9, state)
        _put(sheet, row, 10, urgent)
        _put(sheet, row, 11, "@林晓彤")
        sheet.row_dimensions[row].height = 32
    row += 1
    _put(sheet, row, 1, "合计", bold=True)
    for col in range(2, len(HEADINGS) + 1):
        _put(sheet, row, col, None)
    sheet.cell(row=row, column=5, value=sum(int(item[4]) for item in ITEMS)).number_format = "#,##0"
    total_cell = sheet.cell(row=row, column=7, value=float(total()))
    total_cell.number_format, total_cell.font = MONEY, Font(bold=True)
    return row


def _history(workbook) -> None:
    sheet = workbook.create_sheet("操作记录")
    rows = [
        ("时间", "操作人", "操作"),
        ("2026/12/05 09:31", "林晓彤", "创建工作表（复制自 采购订单模板）"),
        ("2026/12/05 09:58", "林晓彤", "修改 外壳上盖 数量 1500 → 2000"),
        ("2026/12/05 10:06", "周子豪", "审批通过"),
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    for c, width in enumerate((18, 10, 40), start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Feishu"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = PO
    _head(sheet)
    last = _table(sheet)
    sheet.cell(
        row=last + 2,
        column=1,
        value="备注：请随货附送检报告；外壳件颜色以签样为准。如有疑问请在飞书群内联系 @林晓彤。",
    )
    for col, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A6"
    _history(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
