"""Unseen layout: an order workbook from a Hong Kong / Shenzhen hardware trading company, in USD.

华联实业贸易有限公司 / Sino-Link Industrial Trading Ltd. keeps one workbook per order: a logo-like
"SINO-LINK 华联" title in big coloured letters, the company's names and address under it on the left,
"PURCHASE ORDER 采购订单" and the header fields on the RIGHT of the sheet (English+Chinese label in
column G, value in H:I merged): PO No. 订单号, Order Date 日期 (a real Excel date), Delivery 交期
(typed as text, 2026.12.18), Payment 付款 and Currency 币种, plus a "Buyer 采购" who is a person. On
the left "To 致:" (us), "Attn 收件人:" and "Ship To 送货地址:". A note row sits between the header and
the table; the table header cells hold English over Chinese on two lines of one cell ("Item Code" /
"物料号"), unit prices have up to three decimals, per-line delivery dates are real dates, amounts are
values (not formulas), a blank row comes before "Total 合计", then "Remarks 备注:" and a signature row.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_EN, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "SinoLink_PO_SL-PO-2612-118.xlsx"
BUYER = "Sino-Link Industrial Trading Ltd."
ADDRESS = "深圳市宝安区福永街道凤凰第三工业区A3栋2楼华联仓"
PO = "SL-PO-2612-118"
DELIVERY = dt.date(2026, 12, 18)
TERMS = "T/T 30 days after delivery"
LINES = [
    ("SL-20118", "Concealed hinge 35mm, soft close", "5000", "PCS", "0.42", "2100.00"),
    ("SL-20125", "Drawer slide 450mm, full extension", "1200", "PRS", "2.65", "3180.00"),
    ("SL-31007", "Shelf support pin 5mm, nickel", "20000", "PCS", "0.012", "240.00"),
    ("SL-31452", "Cabinet handle 128mm, matt black", "3000", "PCS", "0.785", "2355.00"),
    ("SL-40210", "Magnetic door catch, white", "4000", "PCS", "0.135", "540.00"),
    ("SL-52001", "Leg leveller M8x25", "8000", "PCS", "0.096", "768.00"),
    ("SL-60033", "Wood screw 4x30 zinc, box of 500", "150", "BOX", "3.60", "540.00"),
]
TABLE_HEADER = [
    "No.\n序号",
    "Item Code\n物料号",
    "Description\n品名描述",
    "Qty\n数量",
    "Unit\n单位",
    "Unit Price (USD)\n单价",
    "Amount (USD)\n金额",
    "Delivery\n交期",
    "Remark\n备注",
]
FIXED_TIME = dt.datetime(2026, 12, 2, 16, 20, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NAVY = "1F3864"


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 12, 2),
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=LINES,
    )


def _letterhead(sheet) -> None:
    sheet.merge_cells("A1:C1")
    sheet["A1"] = "SINO-LINK 华联"
    sheet["A1"].font = Font(name="Arial Black", size=22, bold=True, color=NAVY)
    sheet.row_dimensions[1].height = 34
    sheet["A2"] = "Sino-Link Industrial Trading Ltd.  华联实业贸易有限公司"
    sheet["A2"].font = Font(bold=True, size=11)
    sheet["A3"] = "Unit 1502, 15/F, Nanyang Plaza, 57 Hung To Road, Kwun Tong, Kowloon, Hong Kong"
    sheet["A4"] = "Tel: (852) 2793 6618   Fax: (852) 2793 6610   Email: po@sino-link.example"
    for cell in ("A3", "A4"):
        sheet[cell].font = Font(size=9)
    sheet.merge_cells("G1:I1")
    sheet["G1"] = "PURCHASE ORDER 采购订单"
    sheet["G1"].font = Font(bold=True, size=14, color=NAVY)
    sheet["G1"].alignment = Alignment(horizontal="right", vertical="center")


def _fields(sheet) -> None:
    right = [
        ("PO No. 订单号", PO, None),
        ("Order Date 日期", dt.datetime(2026, 12, 2), "d-mmm-yyyy"),
        ("Delivery 交期", "2026.12.18", None),
        ("Payment 付款", TERMS, None),
        ("Currency 币种", "USD", None),
        ("Buyer 采购", "Kelvin Lau", None),
    ]
    for row, (label, value, number_format) in enumerate(right, start=3):
        sheet[f"G{row}"] = label
        sheet[f"G{row}"].font = Font(bold=True)
        sheet.merge_cells(f"H{row}:I{row}")
        sheet[f"H{row}"] = value
        sheet[f"H{row}"].alignment = Alignment(horizontal="left")
        if number_format:
            sheet[f"H{row}"].number_format = number_format
        for col in "GHI":
            sheet[f"{col}{row}"].border = BOX
    left = [
        ("To 致:", OUR_NAME_EN),
        ("Attn 收件人:", "Mr. Zhou Wei (Sales Dept.)"),
        ("Ship To 送货地址:", ADDRESS),
    ]
    for row, (label, value) in enumerate(left, start=6):
        sheet[f"A{row}"] = label
        sheet[f"A{row}"].font = Font(bold=True)
        sheet.merge_cells(f"B{row}:E{row}")
        sheet[f"B{row}"] = value


def _table(sheet, first: int) -> int:
    for col, title in zip("ABCDEFGHI", TABLE_HEADER, strict=True):
        cell = sheet[f"{col}{first}"]
        cell.value = title
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=NAVY)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    sheet.row_dimensions[first].height = 30
    row = first + 1
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        values = [i, part, description, int(qty), unit, float(Decimal(price)), float(Decimal(amount))]
        values += [dt.datetime.combine(DELIVERY, dt.time()), None]
        for col, value in zip("ABCDEFGHI", values, strict=True):
            sheet[f"{col}{row}"] = value
            sheet[f"{col}{row}"].border = BOX
        sheet[f"D{row}"].number_format = "#,##0"
        sheet[f"F{row}"].number_format = "0.000"
        sheet[f"G{row}"].number_format = "#,##0.00"
        sheet[f"H{row}"].number_format = "yyyy-mm-dd"
        row += 1
    sheet[f"I{first + 3}"] = "Sample approved"
    row += 1  # a blank row before the total
    sheet[f"C{row}"] = "Total 合计"
    sheet[f"C{row}"].alignment = Alignment(horizontal="right")
    sheet[f"D{row}"] = sum(int(line[2]) for line in LINES)
    sheet[f"D{row}"].number_format = "#,##0"
    sheet[f"G{row}"] = float(expected().total_amount or 0)
    sheet[f"G{row}"].number_format = '"US$"#,##0.00'
    for col in "CDG":
        sheet[f"{col}{row}"].font = Font(bold=True)
    return row


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Kelvin Lau"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "PO"
    _letterhead(sheet)
    _fields(sheet)
    sheet.merge_cells("A10:I10")
    note = "Please sign and return this P.O. within 24 hours to confirm price and delivery."
    sheet["A10"] = f"{note} 请于24小时内回签确认。"
    sheet["A10"].font = Font(italic=True, size=9)
    last = _table(sheet, 12)
    remarks = [
        "Remarks 备注:",
        '1. Packing: export cartons, max. 20 kg each, shipping mark "SINO-LINK / SHENZHEN".',
        "2. Please attach packing list and invoice with our P.O. No. to every delivery.",
        "3. Late delivery: 0.5% of order value per day, max. 5%.",
    ]
    for n, line in enumerate(remarks):
        sheet[f"A{last + 2 + n}"] = line
    sheet[f"A{last + 2}"].font = Font(bold=True)
    sign = last + 8
    sheet[f"A{sign}"] = "Authorized by 批准: ____________"
    sheet[f"G{sign}"] = "Supplier confirmation 供应商确认: ____________"
    for col, width in zip("ABCDEFGHI", (9, 13, 36, 10, 8, 16, 16, 14, 16), strict=True):
        sheet.column_dimensions[col].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
