"""Unseen layout: a Chinese order workbook as 东莞市鑫达塑胶制品有限公司's purchasing clerk makes it.

Title rows merged across the sheet (company name, then "采购单"). Header fields mixed the way
clerks type them: some as ``标签：值`` in one merged cell (供应商, 送货地址), some as a label
cell with the value in the next cell (单号, 下单日期, 交货日期, 付款方式, 币别). The order date
is text typed as 2026.11.23, the delivery date a real Excel date. The line table's header spans
two rows: 序号, 物料编号, 品名规格, 单位, 数量, 交期备注 merged down both rows, and 含税价格
merged across the 单价 and 金额 columns, which are named on the second row. Unit prices have
four decimals (0.0365), the 合计 row sums quantity and amount, and 制表 / 审核 / 批准 follow.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "鑫达采购单XD-PO-261123-02.xlsx"
BUYER = "东莞市鑫达塑胶制品有限公司"
ADDRESS = "广东省东莞市长安镇乌沙社区兴发南路28号鑫达工业园C栋1楼仓库"
LINES = [
    ("XD-M-0312", "自攻螺丝 PA3×10 镀镍", "20000", "PCS", "0.0365", "730.00"),
    ("XD-M-0318", "铜螺母 M3×4 滚花", "50000", "PCS", "0.0420", "2100.00"),
    ("XD-E-1106", "硅胶按键 12键 灰色", "3000", "PCS", "0.8500", "2550.00"),
    ("XD-P-2201", "PE自封袋 100×150mm", "10", "KG", "18.5000", "185.00"),
    ("XD-P-2305", "五层瓦楞纸箱 450×320×280", "800", "个", "4.7500", "3800.00"),
    ("XD-E-1210", "导电泡棉 5×5×3mm", "6000", "PCS", "0.1250", "750.00"),
]
FIXED_TIME = dt.datetime(2026, 11, 23, 9, 30, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def expected() -> PurchaseOrder:
    return order(
        po_number="XD-PO-261123-02",
        order_date=dt.date(2026, 11, 23),
        delivery=dt.date(2026, 12, 5),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="月结30天",
        lines=LINES,
    )


def _header(sheet) -> None:
    sheet.merge_cells("A1:H1")
    sheet["A1"] = BUYER
    sheet["A1"].font = Font(bold=True, size=16)
    sheet.merge_cells("A2:H2")
    sheet["A2"] = "采 购 单"
    sheet["A2"].font = Font(bold=True, size=14)
    for cell in ("A1", "A2"):
        sheet[cell].alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells("A3:D3")
    sheet["A3"] = f"供应商：{OUR_NAME_ZH}"
    sheet["F3"], sheet["G3"] = "单号", "XD-PO-261123-02"
    sheet["A4"], sheet["B4"] = "联系人", "刘小姐 0769-8532 1106"
    sheet["F4"], sheet["G4"] = "下单日期", "2026.11.23"
    sheet["A5"], sheet["B5"] = "付款方式", "月结30天"
    sheet["D5"], sheet["E5"] = "币别", "人民币"
    sheet["F5"], sheet["G5"] = "交货日期", dt.datetime(2026, 12, 5)
    sheet["G5"].number_format = "yyyy/m/d"
    sheet.merge_cells("A6:H6")
    sheet["A6"] = f"送货地址：{ADDRESS}"
    for merged in ("B4:C4", "B5:C5", "G3:H3", "G4:H4", "G5:H5"):
        sheet.merge_cells(merged)


def _table(sheet, first: int) -> int:
    for col, title in zip(
        "ABCDEFGH",
        ["序号", "物料编号", "品名规格", "单位", "数量", "含税价格", None, "交期备注"],
        strict=True,
    ):
        if title:
            sheet[f"{col}{first}"] = title
    for col in "ABCDEH":
        sheet.merge_cells(f"{col}{first}:{col}{first + 1}")
    sheet.merge_cells(f"F{first}:G{first}")
    # the quantity column sits under 数量 (E); 含税价格 spans 单价 (F) and 金额 (G)
    sheet[f"F{first + 1}"], sheet[f"G{first + 1}"] = "单价", "金额"
    row = first + 2
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        values = [i, part, description, unit, int(qty), float(Decimal(price)), float(Decimal(amount)), None]
        for col, value in zip("ABCDEFGH", values, strict=True):
            if value is not None:
                sheet[f"{col}{row}"] = value
        sheet[f"F{row}"].number_format = "0.0000"
        sheet[f"G{row}"].number_format = "#,##0.00"
        row += 1
    sheet[f"A{row}"] = "合计"
    sheet[f"E{row}"] = sum(int(line[2]) for line in LINES)
    sheet[f"G{row}"] = float(expected().total_amount or 0)
    sheet[f"G{row}"].number_format = "#,##0.00"
    for r in range(first, row + 1):
        for col in "ABCDEFGH":
            sheet[f"{col}{r}"].border = BOX
    for col in "ABCDEFGH":
        sheet[f"{col}{first}"].font = Font(bold=True)
        sheet[f"{col}{first + 1}"].font = Font(bold=True)
    return row


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "刘芳"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "采购单"
    _header(sheet)
    last = _table(sheet, 8)
    sheet[f"A{last + 2}"] = "备注：1、送货时请附送货单，注明我司单号；2、来料须符合ROHS要求。"
    sheet[f"A{last + 4}"], sheet[f"D{last + 4}"], sheet[f"F{last + 4}"] = "制表：刘芳", "审核：", "批准："
    for col, width in zip("ABCDEFGH", (8, 16, 30, 7, 10, 10, 12, 12), strict=True):
        sheet.column_dimensions[col].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
