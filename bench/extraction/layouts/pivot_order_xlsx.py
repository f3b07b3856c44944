"""Unseen layout: a gear-reducer maker's 采购订单 workbook built on a pasted pivot table of delivery dates.

常州久鼎传动机械有限公司 plans its purchases in an MRP list of part x delivery date x quantity. The buyer
pivots that list by part and date, pastes the pivot as values onto the order sheet (keeping the pivot's
look), types the order's head above it and adds VLOOKUP columns beside it for the name, spec, unit and
price from a parts list, then an amount formula. Sheet "采购订单": merged title rows (the company,
采购订单（按交期汇总）); label cells with values beside them, two blocks (供应商 us, 联系人 with a mobile,
收货地址, 币种 人民币（单价含13%增值税） on the left; 订单号 JD-PO-2612-0158, 下单日期 as a real date
(yyyy/m/d), 付款方式 月结60天，电汇, 采购员 with a phone on the right); a note row; the pivot as Excel
lays it out in compact form: 求和项:数量 over 行标签 in the first column, 列标签 over three DATE column
heads (2026/12/22, 2027/1/6, 2027/1/20: the delivery batches) and 总计; one row per part (row labels sorted
ascending, the cells of dates a part is not due on left empty), then the pivot's own 总计 row; beside
the pivot, the clerk's columns 物料名称 | 规格型号 | 单位 | 含税单价(元) as VLOOKUP formulas into the
parts list and 含税金额(元) = 总计 x 含税单价, all with the values Excel cached, 备注 typed; under it
订单总金额（含税） with a ¥ format, the amount in 大写 typed in, numbered notes (split deliveries by the
date columns), a sign-off row. Sheet "交货明细": the pivot's source, one row per part and date (the same
parts and quantities again, split). Sheet "物料清单": the VLOOKUP source, every part the buyer buys from
us and from others (parts, names, prices that are in no order).

Truth: the PO number 订单号; the order date 下单日期; the requested delivery date the earliest date
column (2026-12-22, the first batch); the currency CNY; the buyer the company in the title; the supplier
供应商 (us); the ship-to address 收货地址; the payment terms 付款方式; the total 订单总金额（含税） (= the
含税金额 column's sum); per part row of the order sheet one line: the part number the 行标签, the
description 物料名称 and 规格型号 joined with a space, the quantity the pivot's 总计 column (all batches;
a date column is one batch), the unit 单位, the unit price 含税单价(元) and the amount 含税金额(元). The
pivot's 总计 row, the 交货明细 and 物料清单 sheets are no order lines.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "久鼎JD-PO-2612-0158 采购订单(启航).xlsx"
BUYER = "常州久鼎传动机械有限公司"
PO = "JD-PO-2612-0158"
ORDER_DATE = dt.datetime(2026, 12, 10)
ADDRESS = "江苏省常州市武进区湖塘镇长虹西路288号久鼎二号厂房"
TERMS = "月结60天，电汇"
FIXED_TIME = dt.datetime(2026, 12, 10, 17, 2, 11)
SHEET = "采购订单"
BATCHES = [dt.datetime(2026, 12, 22), dt.datetime(2027, 1, 6), dt.datetime(2027, 1, 20)]
# 物料编码, 物料名称, 规格型号, 单位, 含税单价, 各批数量 (0: not due), 备注
ITEMS = [
    ("1101-6206", "深沟球轴承", "6206-2RS C3", "个", "1.45", (400, 400, 0), ""),
    ("1101-6309", "深沟球轴承", "6309-ZZ C3", "个", "4.20", (0, 150, 150), ""),
    ("1102-32210", "圆锥滚子轴承", "32210", "套", "9.80", (60, 0, 60), ""),
    ("1201-3552", "骨架油封", "TC 35×52×8 NBR", "个", "0.62", (500, 500, 500), ""),
    ("1201-6590", "骨架油封", "TC 65×90×10 FKM", "个", "3.35", (0, 200, 0), "氟橡胶，需材质报告"),
    ("1203-0095", "O型圈", "95×3.55 NBR70", "个", "0.26", (1000, 0, 1000), ""),
    ("2105-0040", "输入轴", "40Cr Φ40×265 调质 图号JD-R87-03", "根", "58.00", (30, 30, 0), "按图纸B版"),
    ("2105-0065", "输出轴", "42CrMo Φ65×310 图号JD-R87-05", "根", "96.50", (0, 30, 30), ""),
    ("2201-2420", "平键", "GB/T 1096 12×8×50", "个", "0.45", (600, 0, 0), ""),
    ("2202-0062", "孔用弹性挡圈", "GB/T 893 62", "个", "0.18", (600, 0, 600), ""),
    ("2301-1630", "内六角螺钉", "M16×30 12.9级 发黑", "个", "0.52", (2000, 0, 0), ""),
    ("2302-0016", "弹簧垫圈", "M16 镀锌", "个", "0.04", (2000, 0, 0), ""),
    ("2401-0001", "透气帽", "M16×1.5 带防尘罩", "个", "2.80", (0, 0, 120), "新供应商首批，先送样"),
    ("2402-0022", "放油螺塞", "M22×1.5 磁性", "个", "3.15", (120, 0, 0), ""),
    ("2501-0003", "油位镜", "M27×1.5 铝合金", "个", "4.60", (0, 120, 0), ""),
    ("2601-0460", "齿轮油", "VG460 18L/桶", "桶", "412.00", (4, 0, 4), ""),
]
# the 物料清单's other rows: parts bought elsewhere or not this month
OTHER_PARTS = [
    ("1101-6205", "深沟球轴承", "6205-2RS C3", "个", "1.12", "苏州启航精工科技有限公司"),
    ("1301-0080", "联轴器", "梅花型 L80 孔28H7", "套", "46.00", "常州恒力联轴器厂"),
    ("2701-0150", "减速机箱体", "HT250 R87 精加工", "件", "380.00", "武进鑫达铸造有限公司"),
    ("2702-0151", "箱盖", "HT250 R87", "件", "142.00", "武进鑫达铸造有限公司"),
    ("2801-0001", "铭牌", "铝 70×45 丝印", "个", "1.30", "常州美标标牌厂"),
    ("2901-0012", "包装木箱", "R87 免熏蒸", "个", "65.00", "常州林森包装有限公司"),
]
HEAD_ROW = 10  # 行标签 | dates | 总计 | the clerk's columns
FIRST_ROW = HEAD_ROW + 1
THIN = Side(style="thin", color="8EA9DB")
PIVOT_HEAD = PatternFill("solid", fgColor="DDEBF7")
MONEY = '"¥"#,##0.00'
CLERK = ["物料名称", "规格型号", "单位", "含税单价(元)", "含税金额(元)", "备注"]


def rows() -> list[tuple]:
    """The pivot's row labels are sorted ascending."""
    return sorted(ITEMS, key=lambda item: item[0])


def quantity(item: tuple) -> int:
    return sum(item[5])


def line_amount(item: tuple) -> Decimal:
    return amount(str(quantity(item)), item[4])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE.date(),
        delivery=BATCHES[0].date(),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (item[0], f"{item[1]} {item[2]}", str(quantity(item)), item[3], item[4], f"{line_amount(item)}")
            for item in rows()
        ],
    )


def _head(sheet) -> None:
    for ref, text, size in (("A1", BUYER, 16), ("A2", "采购订单（按交期汇总）", 13)):
        sheet.merge_cells(f"{ref}:K{ref[1:]}")
        sheet[ref] = text
        sheet[ref].font = Font(bold=True, size=size)
        sheet[ref].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 26
    left = [
        ("供应商：", OUR_NAME_ZH),
        ("联系人：", "王磊 13913578026"),
        ("收货地址：", ADDRESS),
        ("币种：", "人民币（单价含13%增值税）"),
    ]
    right: list[tuple[str, object]] = [
        ("订单号：", PO),
        ("下单日期：", ORDER_DATE),
        ("付款方式：", TERMS),
        ("采购员：", "蒋丽 0519-86551230"),
    ]
    for k, ((label, value), (label2, value2)) in enumerate(zip(left, right, strict=True)):
        row = 4 + k
        sheet[f"A{row}"] = label
        sheet[f"A{row}"].font = Font(bold=True)
        sheet.merge_cells(f"B{row}:F{row}")
        sheet[f"B{row}"] = value
        sheet[f"H{row}"] = label2
        sheet[f"H{row}"].font = Font(bold=True)
        sheet.merge_cells(f"I{row}:K{row}")
        sheet[f"I{row}"] = value2
        sheet[f"I{row}"].alignment = Alignment(horizontal="left")
    sheet["I5"].number_format = "yyyy/m/d"
    sheet.merge_cells("A8:K8")
    sheet["A8"] = "说明：下表按交货日期分批，请按各日期列的数量分批送货，送货单注明订单号及交货日期。"
    sheet["A8"].font = Font(italic=True, size=10, color="595959")


def _pivot(sheet) -> dict[str, object]:
    """The pasted pivot (compact form) and the clerk's columns; returns the formulas' cached values."""
    sheet["A9"] = "求和项:数量"
    sheet["B9"] = "列标签"
    sheet[f"A{HEAD_ROW}"] = "行标签"
    for k, day in enumerate(BATCHES):
        cell = sheet.cell(HEAD_ROW, 2 + k, day)
        cell.number_format = "yyyy/m/d"
    sheet.cell(HEAD_ROW, 5, "总计")
    for k, text in enumerate(CLERK):
        sheet.cell(HEAD_ROW, 6 + k, text)
    for row in (9, HEAD_ROW):
        for col in range(1, 12):
            cell = sheet.cell(row, col)
            cell.font = Font(bold=True, size=10)
            cell.fill = PIVOT_HEAD if col <= 5 else PatternFill("solid", fgColor="FCE4D6")
            cell.border = Border(bottom=THIN) if row == HEAD_ROW else Border()
            if row == HEAD_ROW and col > 1:
                cell.alignment = Alignment(horizontal="center")
    cached: dict[str, object] = {}
    last = FIRST_ROW + len(ITEMS) - 1
    for n, item in enumerate(rows()):
        row = FIRST_ROW + n
        code, name, spec, unit, price, batches, note = item
        sheet.cell(row, 1, code).alignment = Alignment(horizontal="left")
        for k, count in enumerate(batches):
            if count:
                sheet.cell(row, 2 + k, count)
        sheet.cell(row, 5, quantity(item)).font = Font(bold=True)
        for col, k in zip("FGHI", (2, 3, 4, 5), strict=True):
            sheet[f"{col}{row}"] = f"=VLOOKUP($A{row},物料清单!$A:$F,{k},0)"
        cached[f"F{row}"], cached[f"G{row}"], cached[f"H{row}"] = name, spec, unit
        cached[f"I{row}"] = float(Decimal(price))
        sheet[f"J{row}"] = f"=E{row}*I{row}"
        cached[f"J{row}"] = float(line_amount(item))
        if note:
            sheet[f"K{row}"] = note
        sheet[f"I{row}"].number_format = "0.00"
        sheet[f"J{row}"].number_format = "#,##0.00"
        for col in "BCDE":
            sheet[f"{col}{row}"].number_format = "#,##0"
    grand = last + 1
    sheet[f"A{grand}"] = "总计"
    for col, k in zip("BCD", range(3), strict=True):
        sheet[f"{col}{grand}"] = sum(item[5][k] for item in ITEMS)
    sheet[f"E{grand}"] = sum(quantity(item) for item in ITEMS)
    sheet[f"J{grand}"] = f"=SUM(J{FIRST_ROW}:J{last})"
    cached[f"J{grand}"] = float(total())
    for col in range(1, 12):
        cell = sheet.cell(grand, col)
        cell.font = Font(bold=True, size=10)
        cell.border = Border(top=THIN)
        if col <= 5:
            cell.fill = PIVOT_HEAD
    for col in "BCDE":
        sheet[f"{col}{grand}"].number_format = "#,##0"
    sheet[f"J{grand}"].number_format = "#,##0.00"
    row = grand + 2
    sheet[f"A{row}"] = "订单总金额（含税）："
    sheet[f"A{row}"].font = Font(bold=True)
    sheet.merge_cells(f"A{row}:B{row}")
    sheet[f"C{row}"] = f"=J{grand}"
    cached[f"C{row}"] = float(total())
    sheet[f"C{row}"].number_format = MONEY
    sheet[f"C{row}"].font = Font(bold=True)
    sheet[f"F{row}"] = "大写："
    sheet.merge_cells(f"G{row}:K{row}")
    sheet[f"G{row}"] = f"人民币{capitals(total())}"
    notes = [
        "1、各日期列为该批交货数量，总计为本订单数量；请按日期分批送达，不得提前超过3天。",
        "2、单价含13%增值税及运费，请开具增值税专用发票，发票备注订单号。",
        "3、质量按久鼎技术要求及图纸验收，不合格品退货并承担往返运费。",
        "4、收到订单后请签字盖章回传确认。",
    ]
    for k, text in enumerate(notes):
        note_row = row + 2 + k
        sheet.merge_cells(f"A{note_row}:K{note_row}")
        sheet[f"A{note_row}"] = text
    sign = row + 2 + len(notes) + 1
    sheet[f"A{sign}"] = "采购：蒋丽"
    sheet[f"D{sign}"] = "审核："
    sheet[f"H{sign}"] = "供方确认（盖章）："
    return cached


def _schedule(workbook) -> None:
    sheet = workbook.create_sheet("交货明细")
    sheet.append(["物料编码", "交货日期", "数量", "MRP单号"])
    for k, item in enumerate(ITEMS):
        for day, count in zip(BATCHES, item[5], strict=True):
            if count:
                sheet.append([item[0], day, count, f"MRP2612-{k + 1:03d}"])
                sheet.cell(sheet.max_row, 2).number_format = "yyyy/m/d"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 13
    sheet.column_dimensions["B"].width = 12


def _parts(workbook) -> None:
    sheet = workbook.create_sheet("物料清单")
    sheet.append(["物料编码", "物料名称", "规格型号", "单位", "含税单价", "供应商"])
    listed = [(*item[:5], OUR_NAME_ZH) for item in ITEMS] + OTHER_PARTS
    for code, name, spec, unit, price, supplier in sorted(listed):
        sheet.append([code, name, spec, unit, float(Decimal(price)), supplier])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["C"].width = 30
    sheet.column_dimensions["F"].width = 28


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "蒋丽"
    workbook.properties.lastModifiedBy = "蒋丽"
    workbook.properties.created = dt.datetime(2024, 3, 18, 8, 40, 0)
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = SHEET
    for col, width in zip("ABCDEFGHIJK", (14, 11, 11, 11, 9, 13, 30, 6, 12, 13, 20), strict=True):
        sheet.column_dimensions[col].width = width
    _head(sheet)
    cached = _pivot(sheet)
    sheet.freeze_panes = f"B{FIRST_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    _schedule(workbook)
    _parts(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
