"""Unseen layout: an English workbook from Global Parts Distribution Ltd. (HK), fields down one column.

The header fields sit in column A (labels) and B (values) with real date cells, the line table starts
lower with its own headers (SKU, Item, Qty, Unit, Price, Line Total) and a "Grand Total" row; HKD.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_EN, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "globalparts-PO-GPD-55019.xlsx"
BUYER = "Global Parts Distribution Ltd."
ADDRESS = "Unit 12, 8/F, Kwai Cheong Centre, 50 Kwai Cheong Road, Kwai Chung, Hong Kong"
LINES = [
    ("GPD-A100", "Relay 24V DC 10A", "2000", "PCS", "3.15", "6300.00"),
    ("GPD-A245", "Terminal block 12-way", "800", "PCS", "4.60", "3680.00"),
    ("GPD-B310", "Cable gland M20", "5000", "PCS", "0.88", "4400.00"),
    ("GPD-C020", "DIN rail 1m", "250", "PCS", "7.20", "1800.00"),
    ("GPD-C118", "Fuse holder 5x20", "1000", "PCS", "1.05", "1050.00"),
]
FIXED_TIME = dt.datetime(2026, 11, 21, 10, 0, 0)


def expected() -> PurchaseOrder:
    return order(
        po_number="GPD-55019",
        order_date=dt.date(2026, 11, 21),
        delivery=dt.date(2027, 1, 8),
        currency="HKD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="30 days EOM",
        lines=LINES,
    )


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "OrderBridge benchmark generator"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "Purchase Order"
    sheet["A1"] = BUYER
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "PURCHASE ORDER"
    fields = [
        ("Order Reference", "GPD-55019"),
        ("Order Date", dt.datetime(2026, 11, 21)),
        ("Due Date", dt.datetime(2027, 1, 8)),
        ("Supplier", OUR_NAME_EN),
        ("Delivery Address", ADDRESS),
        ("Payment", "30 days EOM"),
        ("Currency", "HKD"),
    ]
    for row, (label, value) in enumerate(fields, start=4):
        sheet.cell(row=row, column=1, value=label).font = Font(bold=True)
        cell = sheet.cell(row=row, column=2, value=value)
        if isinstance(value, dt.datetime):
            cell.number_format = "dd mmm yyyy"
    first = 4 + len(fields) + 1
    for col, title in enumerate(["SKU", "Item", "Qty", "Unit", "Price", "Line Total"], start=1):
        sheet.cell(row=first, column=col, value=title).font = Font(bold=True)
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        values = [part, description, int(qty), unit, float(Decimal(price)), float(Decimal(amount))]
        for col, value in enumerate(values, start=1):
            sheet.cell(row=first + i, column=col, value=value)
        sheet.cell(row=first + i, column=5).number_format = "#,##0.00"
        sheet.cell(row=first + i, column=6).number_format = "#,##0.00"
    total_row = first + len(LINES) + 1
    sheet.cell(row=total_row, column=5, value="Grand Total").font = Font(bold=True)
    total = sheet.cell(row=total_row, column=6, value=float(expected().total_amount or 0))
    total.number_format = "#,##0.00"
    for col, width in zip("ABCDEF", (20, 40, 10, 8, 12, 14), strict=True):
        sheet.column_dimensions[col].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
