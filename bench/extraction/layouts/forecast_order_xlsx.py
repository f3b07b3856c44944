"""Unseen layout: an auto-parts maker's monthly 采购订单及滚动预测 workbook: a firm order among forecasts.

芜湖瑞祥汽车零部件有限公司 (water pumps for car makers) sends each supplier one workbook a month: the
planner's sheet of every part it buys from that supplier, with THIS MONTH'S FIRM ORDER in one pair of
columns and the next three months' rolling forecast beside it. Sheet "12月订单+预测": merged title rows;
label cells with merged values, two blocks side by side (供应商 us / 供应商代码 S0237 / 交货地址 / 付款方式 /
采购员 with a phone on the left; 订单号 RX-PO-202612-036 / 下单日期 / 订单交期 as real dates (yyyy-mm-dd) /
币种 人民币（含13%增值税） / 计划员 on the right); a two-row head: 序号, 物料编码, 物料名称, 规格型号, 单位,
含税单价(元), 安全库存 and 当前库存 (an outline group, collapsed: hidden columns), then 本月确认订单
merged over 订单数量 | 订单金额(元), then 滚动预测（仅供备料参考，非订单） merged over three month columns
whose heads are DATES shown as 2027年1月 / 2027年2月 / 2027年3月 (yyyy"年"m"月"), then 备注.
Twenty part rows: sixteen with a firm quantity, four with 0 this month (shown "-" by the
accounting-style format) but forecasts in
the following months; 订单金额 as formulas =I*F with the values Excel cached; the firm column filled pale
yellow; a 合计 row summing the firm quantity, the firm amount and each forecast month; numbered notes
(the forecast is no order; deliver the firm quantity by the 订单交期); a sign-off row. Frozen at C12. A
second sheet "近三月交货" lists the same part numbers with the quantities delivered in September to
November (numbers that look like an order's).

Truth: the PO number 订单号 (not the 供应商代码); the order date 下单日期; the requested delivery date
订单交期; the currency CNY; the buyer the company in the title; the supplier 供应商 (us); the ship-to
address 交货地址; the payment terms 付款方式; the total the 合计 row's 订单金额 (the firm order only);
the order lines are the rows with a firm quantity (the four rows at 0 and every forecast month are no
order), each with the part number 物料编码, the description 物料名称 and 规格型号 joined with a space, the
quantity 订单数量, the unit 单位, the unit price 含税单价(元) and the amount 订单金额(元).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "瑞祥-启航 2026年12月采购订单及滚动预测.xlsx"
BUYER = "芜湖瑞祥汽车零部件有限公司"
PO = "RX-PO-202612-036"
ORDER_DATE = dt.datetime(2026, 12, 11)
DELIVERY = dt.datetime(2027, 1, 5)
ADDRESS = "安徽省芜湖市经济技术开发区凤鸣湖北路68号"
TERMS = "月结90天，6个月银行承兑汇票"
FIXED_TIME = dt.datetime(2026, 12, 11, 16, 25, 40)
SHEET = "12月订单+预测"
MONTHS = [dt.datetime(2027, 1, 1), dt.datetime(2027, 2, 1), dt.datetime(2027, 3, 1)]
# 物料编码, 物料名称, 规格型号, 单位, 含税单价, 安全库存, 当前库存, 订单数量, 1月, 2月, 3月, 备注
ITEMS = [
    ("RX-B-6202", "深沟球轴承", "6202-2RS", "个", "0.86", 2000, 2650, 3000, 3500, 3500, 4000, ""),
    ("RX-B-6203", "深沟球轴承", "6203-2RS", "个", "0.98", 1500, 1210, 2000, 2000, 2500, 2500, ""),
    (
        "RX-B-WR16",
        "水泵轴连轴承",
        "WR1630094",
        "个",
        "12.60",
        1000,
        880,
        1500,
        1800,
        1800,
        2000,
        "按图纸RX-D-016",
    ),
    ("RX-S-1632", "水封", "16×32 碳化硅/石墨", "个", "4.35", 1000, 940, 1500, 1800, 1800, 2000, ""),
    ("RX-S-2035", "骨架油封", "TC 20×35×7 FKM", "个", "0.52", 500, 1800, 0, 1000, 1000, 1000, "1月起恢复"),
    ("RX-O-3424", "O型圈", "34×2.4 EPDM", "个", "0.08", 4000, 3100, 5000, 6000, 6000, 6000, ""),
    ("RX-O-5030", "O型圈", "50×3.0 EPDM", "个", "0.12", 2000, 1750, 3000, 3000, 3600, 3600, ""),
    (
        "RX-F-0620",
        "法兰面螺栓",
        "M6×20 10.9级 达克罗",
        "个",
        "0.11",
        8000,
        5300,
        12000,
        12000,
        14000,
        14000,
        "",
    ),
    ("RX-F-0825", "法兰面螺栓", "M8×25 10.9级 达克罗", "个", "0.16", 4000, 2900, 6000, 6000, 7000, 7000, ""),
    ("RX-F-0600", "法兰螺母", "M6 10级 达克罗", "个", "0.06", 6000, 9800, 0, 6000, 6000, 8000, "库存充足"),
    ("RX-P-0080", "叶轮", "PPS+GF40 Φ80", "个", "3.80", 1000, 760, 1500, 1800, 1800, 2000, ""),
    ("RX-P-0120", "皮带轮", "Φ120 冲压件 镀锌", "个", "6.40", 1000, 820, 1500, 1800, 1800, 2000, ""),
    (
        "RX-H-0010",
        "水泵壳体",
        "铝压铸 ADC12 精加工",
        "件",
        "28.50",
        600,
        410,
        800,
        900,
        900,
        1000,
        "首批100件全检",
    ),
    ("RX-G-0101", "水泵密封垫", "无石棉 0.8mm", "个", "0.45", 1000, 900, 1600, 1800, 1800, 2000, ""),
    ("RX-G-0102", "节温器座密封圈", "FKM 黑色", "个", "0.95", 500, 1300, 0, 600, 600, 800, ""),
    ("RX-K-0408", "弹性圆柱销", "Φ4×8", "个", "0.03", 3000, 2400, 4000, 4000, 5000, 5000, ""),
    ("RX-T-0500", "定位套", "Φ8×10", "个", "0.22", 1000, 1100, 1600, 1800, 1800, 2000, ""),
    ("RX-C-0300", "卡箍", "Φ30 蜗杆式 304", "个", "0.58", 1500, 1200, 2000, 2000, 2400, 2400, ""),
    ("RX-L-0001", "标签", "PET 40×20 不干胶", "张", "0.05", 5000, 12000, 0, 0, 6000, 6000, "另行下单"),
    ("RX-V-0110", "排气阀", "塑料 带滤网", "个", "1.75", 600, 450, 1000, 1000, 1200, 1200, ""),
]
HEAD_ROW, FIRST_ROW = 10, 12
WIDTHS = {"A": 6, "B": 13, "C": 15, "D": 22, "E": 6, "F": 12, "G": 10, "H": 10, "I": 12, "J": 14}
WIDTHS |= {"K": 12, "L": 12, "M": 12, "N": 16}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
ACCOUNTING = '#,##0;-#,##0;"-"'
MONEY = '#,##0.00;-#,##0.00;"-"'


def firm(item: tuple) -> bool:
    return item[7] > 0


def line_amount(item: tuple) -> Decimal:
    return amount(str(item[7]), item[4])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE.date(),
        delivery=DELIVERY.date(),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (item[0], f"{item[1]} {item[2]}", str(item[7]), item[3], item[4], f"{line_amount(item)}")
            for item in ITEMS
            if firm(item)
        ],
    )


def _label(sheet, ref: str, text: str) -> None:
    sheet[ref] = text
    sheet[ref].font = Font(bold=True, size=10)
    sheet[ref].alignment = Alignment(horizontal="right")


def _head(sheet) -> None:
    sheet.merge_cells("A1:N1")
    sheet["A1"] = BUYER
    sheet["A1"].font = Font(bold=True, size=16)
    sheet.merge_cells("A2:N2")
    sheet["A2"] = "采购订单及滚动需求预测（2026年12月版）"
    sheet["A2"].font = Font(bold=True, size=13)
    for ref in ("A1", "A2"):
        sheet[ref].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 26
    sheet.row_dimensions[2].height = 22
    left = [
        ("供应商：", OUR_NAME_ZH),
        ("供应商代码：", "S0237"),
        ("交货地址：", ADDRESS),
        ("付款方式：", TERMS),
        ("采购员：", "刘敏  0553-5961234"),
    ]
    right: list[tuple[str, object, str | None]] = [
        ("订单号：", PO, None),
        ("下单日期：", ORDER_DATE, "yyyy-mm-dd"),
        ("订单交期：", DELIVERY, "yyyy-mm-dd"),
        ("币种：", "人民币（含13%增值税）", None),
        ("计划员：", "何俊", None),
    ]
    for k, ((label, value), (label2, value2, fmt)) in enumerate(zip(left, right, strict=True)):
        row = 4 + k
        sheet.merge_cells(f"A{row}:B{row}")
        _label(sheet, f"A{row}", label)
        sheet.merge_cells(f"C{row}:F{row}")
        sheet[f"C{row}"] = value
        _label(sheet, f"I{row}", label2)
        sheet.merge_cells(f"J{row}:K{row}")
        sheet[f"J{row}"] = value2
        sheet[f"J{row}"].alignment = Alignment(horizontal="left")
        if fmt:
            sheet[f"J{row}"].number_format = fmt


def _table(sheet) -> dict[str, float]:
    """The two-row head, the part rows with the 订单金额 formulas, 合计; returns the cached values."""
    heads = ["序号", "物料编码", "物料名称", "规格型号", "单位", "含税单价(元)", "安全库存", "当前库存"]
    for col, text in enumerate(heads, start=1):
        letter = sheet.cell(HEAD_ROW, col).column_letter
        sheet.merge_cells(f"{letter}{HEAD_ROW}:{letter}{HEAD_ROW + 1}")
        sheet.cell(HEAD_ROW, col, text)
    sheet.merge_cells(f"I{HEAD_ROW}:J{HEAD_ROW}")
    sheet[f"I{HEAD_ROW}"] = "本月确认订单"
    sheet[f"I{HEAD_ROW + 1}"] = "订单数量"
    sheet[f"J{HEAD_ROW + 1}"] = "订单金额(元)"
    sheet.merge_cells(f"K{HEAD_ROW}:M{HEAD_ROW}")
    sheet[f"K{HEAD_ROW}"] = "滚动预测（仅供备料参考，非订单）"
    for col, month in zip("KLM", MONTHS, strict=True):
        sheet[f"{col}{HEAD_ROW + 1}"] = month
        sheet[f"{col}{HEAD_ROW + 1}"].number_format = 'yyyy"年"m"月"'
    sheet.merge_cells(f"N{HEAD_ROW}:N{HEAD_ROW + 1}")
    sheet[f"N{HEAD_ROW}"] = "备注"
    grey = PatternFill("solid", fgColor="D9E1F2")
    yellow = PatternFill("solid", fgColor="FFF2CC")
    for row in (HEAD_ROW, HEAD_ROW + 1):
        for col in range(1, 15):
            cell = sheet.cell(row, col)
            cell.font = Font(bold=True, size=10)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
            cell.fill = yellow if col in (9, 10) else grey
    cached: dict[str, float] = {}
    for n, item in enumerate(ITEMS, start=1):
        row = FIRST_ROW + n - 1
        code, name, spec, unit, price, safety, stock, count, m1, m2, m3, note = item
        values = [n, code, name, spec, unit, float(Decimal(price)), safety, stock, count]
        for col, value in enumerate(values, start=1):
            sheet.cell(row, col, value)
        sheet[f"J{row}"] = f"=I{row}*F{row}"
        cached[f"J{row}"] = float(line_amount(item))
        for col, value in zip("KLM", (m1, m2, m3), strict=True):
            sheet[f"{col}{row}"] = value
        if note:
            sheet[f"N{row}"] = note
        for col in range(1, 15):
            cell = sheet.cell(row, col)
            cell.border = BOX
            cell.font = Font(size=10)
            if col in (9, 10):
                cell.fill = yellow
        sheet[f"F{row}"].number_format = "0.00"
        for col in "GHIKLM":
            sheet[f"{col}{row}"].number_format = ACCOUNTING
        sheet[f"J{row}"].number_format = MONEY
    last = FIRST_ROW + len(ITEMS) - 1
    total_row = last + 1
    sheet.merge_cells(f"A{total_row}:H{total_row}")
    sheet[f"A{total_row}"] = "合计"
    sheet[f"A{total_row}"].alignment = Alignment(horizontal="center")
    for col in "IJKLM":
        sheet[f"{col}{total_row}"] = f"=SUM({col}{FIRST_ROW}:{col}{last})"
        sheet[f"{col}{total_row}"].number_format = MONEY if col == "J" else ACCOUNTING
    cached[f"I{total_row}"] = float(sum(item[7] for item in ITEMS))
    cached[f"J{total_row}"] = float(total())
    for col, k in zip("KLM", (8, 9, 10), strict=True):
        cached[f"{col}{total_row}"] = float(sum(item[k] for item in ITEMS))
    for col in range(1, 15):
        cell = sheet.cell(total_row, col)
        cell.border = BOX
        cell.font = Font(bold=True, size=10)
    notes = [
        "说明：1、“本月确认订单”为正式采购订单，请按订单交期一次送达交货地址，送货单注明订单号。",
        "2、滚动预测数量仅供贵司备料参考，不作为采购订单，瑞祥不承担预测变动产生的任何费用。",
        "3、订单数量为“-”的物料本月不下单；含税单价含13%增值税，运费由供方承担。",
        "4、请于收到后2个工作日内签字盖章回传确认。",
    ]
    for k, text in enumerate(notes):
        row = total_row + 2 + k
        sheet.merge_cells(f"A{row}:N{row}")
        sheet[f"A{row}"] = text
    row = total_row + 2 + len(notes) + 1
    sheet[f"B{row}"] = "编制：何俊"
    sheet[f"E{row}"] = "审核：刘敏"
    sheet[f"J{row}"] = "供方确认（盖章）："
    return cached


def _history(workbook) -> None:
    sheet = workbook.create_sheet("近三月交货")
    sheet.append(["物料编码", "物料名称", "2026年9月", "2026年10月", "2026年11月", "累计"])
    for k, item in enumerate(ITEMS):
        delivered = [max(item[7] - 500 + 100 * (k % 3), 0), item[7], max(item[7] - 200, 0)]
        sheet.append([item[0], item[1], *delivered, sum(delivered)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 13
    sheet.column_dimensions["B"].width = 15


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "何俊"
    workbook.properties.lastModifiedBy = "何俊"
    workbook.properties.title = "采购订单及滚动预测"
    workbook.properties.created = dt.datetime(2025, 6, 3, 9, 30, 0)
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = SHEET
    for col, width in WIDTHS.items():
        sheet.column_dimensions[col].width = width
    _head(sheet)
    cached = _table(sheet)
    sheet.column_dimensions.group("G", "H", hidden=True, outline_level=1)
    sheet.freeze_panes = f"C{FIRST_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW + 1}"
    _history(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
