"""Sample 3: a bilingual XLSX from 深圳新辉电子有限公司 (C0003).

Merged title and header cells, the order date as a date-formatted serial and the delivery date as a bare
serial number (both happen in real customer workbooks), amounts as numbers with a two-decimal format.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "xinhui-PO-XH-2026-0456.xlsx"
BUYER = "深圳新辉电子有限公司"
LINES = [
    ("XH-PCB-V2", "PCB 控制板 V2", "500", "PCS", "45.00", "22500.00"),
    ("XH-PWR-12", "电源适配器 12V 2A", "500", "PCS", "16.80", "8400.00"),
    ("XH-ORG-40", "硅胶密封圈 40mm", "2000", "PCS", "0.45", "900.00"),
    ("XH-BLT-M8", "不锈钢螺栓 M8", "3000", "PCS", "0.30", "900.00"),
]
EXCEL_EPOCH = dt.date(1899, 12, 30)
FIXED_TIME = dt.datetime(2026, 11, 18, 9, 0, 0)


def expected() -> PurchaseOrder:
    return order(
        po_number="XH-2026-0456",
        order_date=dt.date(2026, 11, 19),
        delivery=dt.date(2026, 12, 8),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address="深圳市宝安区福永街道新辉工业园A栋", contact="李娜", phone="0755-2788 6600"),
        payment_terms="月结60天",
        lines=LINES,
    )


def serial(day: dt.date) -> int:
    return (day - EXCEL_EPOCH).days


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "OrderBridge sample generator"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "采购订单"
    bold = Font(bold=True)
    sheet.merge_cells("A1:H1")
    sheet["A1"] = f"{BUYER} Shenzhen Xinhui Electronics Co., Ltd."
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.merge_cells("A2:H2")
    sheet["A2"] = "采购订单 PURCHASE ORDER"
    sheet["A2"].alignment = Alignment(horizontal="center")
    sheet["A4"], sheet["B4"] = "订单号 PO No.", "XH-2026-0456"
    sheet["E4"], sheet["F4"] = "订单日期 Order Date", serial(dt.date(2026, 11, 19))
    sheet["F4"].number_format = "yyyy-mm-dd"
    sheet["A5"], sheet["B5"] = "采购方 Buyer", BUYER
    sheet["E5"], sheet["F5"] = "交货日期 Delivery Date", serial(dt.date(2026, 12, 8))
    sheet["A6"], sheet["B6"] = "供应商 Supplier", OUR_NAME_ZH
    sheet["E6"], sheet["F6"] = "币种 Currency", "RMB"
    sheet["A7"], sheet["B7"] = "送货地址 Ship To", "深圳市宝安区福永街道新辉工业园A栋"
    sheet["A8"], sheet["B8"] = "联系人 Contact", "李娜"
    sheet["E8"], sheet["F8"] = "电话 Tel", "0755-2788 6600"
    sheet["A9"], sheet["B9"] = "付款方式 Payment Terms", "月结60天"
    for merged in ("B4:C4", "B5:C5", "B6:D6", "B7:H7", "B8:C8", "B9:C9", "F4:G4", "F5:G5", "F6:G6", "F8:G8"):
        sheet.merge_cells(merged)
    header = [
        "序号 No.",
        "客户料号 Part No.",
        "品名 Description",
        None,
        "数量 Qty",
        "单位 Unit",
        "单价 Unit Price",
        "金额 Amount",
    ]
    for col, value in enumerate(header, start=1):
        if value:
            sheet.cell(row=11, column=col, value=value).font = bold
    sheet.merge_cells("C11:D11")
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        row = 11 + i
        values = [i, part, description, None, int(qty), unit, float(Decimal(price)), float(Decimal(amount))]
        for col, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=row, column=col, value=value)
        sheet.cell(row=row, column=7).number_format = "#,##0.00"
        sheet.cell(row=row, column=8).number_format = "#,##0.00"
    total_row = 12 + len(LINES)
    sheet.cell(row=total_row, column=1, value="合计 Total").font = bold
    sheet.cell(row=total_row, column=8, value=float(expected().total_amount or 0)).number_format = "#,##0.00"
    for col, width in zip("ABCDEFGH", (16, 20, 18, 8, 16, 10, 16, 16), strict=True):
        sheet.column_dimensions[col].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
