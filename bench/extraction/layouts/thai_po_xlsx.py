"""Unseen layout: a Chonburi hydraulics maker's own Excel ใบสั่งซื้อ / PURCHASE ORDER, Buddhist-era dates.

บริษัท สยามไฮดรอลิกส์ จำกัด (Amata City, Chonburi) buys from China with an Excel form its purchasing clerk
keeps (Thai Excel, Thai locale) and mails the workbook. What it holds: sheet ใบสั่งซื้อ with the company in
Thai and English top left, its address and เลขประจำตัวผู้เสียภาษี with สำนักงานใหญ่ (head office, as Thai tax
rules want it printed); ใบสั่งซื้อ / PURCHASE ORDER top right; label cells in Thai / English with merged
values: ผู้ขาย / Vendor (us, our address and contact under it), ส่งสินค้าที่ / Ship to (the company's
warehouse, not the head office), เงื่อนไขการชำระเงิน / Payment Terms, ผู้ติดต่อ / Contact; on the right
เลขที่ / PO No. PO-256912-0047 (the Buddhist-era year 2569 and the month in the number), วันที่ / Date as a
real date shown in the Thai Buddhist calendar (format [$-1070000]d/mm/yyyy: 14/12/2569), อ้างอิงใบเสนอราคา /
Quotation Ref., กำหนดส่ง / Delivery Date typed as text with a Thai month and the Buddhist-era year (15 ม.ค.
2570), สกุลเงิน / Currency USD, ขนส่ง / Shipment; the table under TWO head rows, Thai over English
(ลำดับ / No., รหัสสินค้า / Item Code, รายการ / Description, จำนวน / Quantity, หน่วย / Unit, ราคาต่อหน่วย / Unit
Price, จำนวนเงิน / Amount, หมายเหตุ / Remark); descriptions in English, some after a Thai name; Thai units
(ชิ้น, ชุด, กล่อง, เส้น, ม้วน, กก.); numbers as numbers (#,##0 and #,##0.00), the amounts =D*F formulas with
cached values; one row the clerk cancelled (quantity 0, ยกเลิก) HIDDEN rather than deleted; รวมเงิน / Sub
Total, ภาษีมูลค่าเพิ่ม 0% / VAT 0%, รวมทั้งสิ้น / Grand Total as SUM formulas; the amount in Thai words in
brackets ((...ดอลลาร์สหรัฐ...เซนต์)); ผู้จัดทำ / Prepared by and ผู้อนุมัติ / Approved by with names and
dates; a second sheet เงื่อนไข / Terms with numbered conditions.

Truth: the PO number เลขที่ (PO-256912-0047); the order date วันที่ (2026-12-14, the cell's date; shown as
14/12/2569); the requested delivery date กำหนดส่ง (15 ม.ค. 2570 is 2027-01-15); the currency USD; the buyer
the company's Thai name on row 1; the supplier ผู้ขาย (us); the ship-to address ส่งสินค้าที่; the payment
terms เงื่อนไขการชำระเงิน; the total รวมทั้งสิ้น / Grand Total; per line the part number รหัสสินค้า, the
description รายการ as typed, the quantity จำนวน, the unit หน่วย, the unit price ราคาต่อหน่วย and the amount
จำนวนเงิน (cached). The hidden cancelled row is no order line.
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
from orderbridge.samples.sample import OUR_NAME_EN, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "PO-256912-0047.xlsx"
BUYER = "บริษัท สยามไฮดรอลิกส์ จำกัด"
BUYER_EN = "SIAM HYDRAULICS CO., LTD."
PO = "PO-256912-0047"
ORDER_DATE = dt.date(2026, 12, 14)
DELIVERY = dt.date(2027, 1, 15)
DELIVERY_TEXT = "15 ม.ค. 2570"
ADDRESS = "คลังสินค้า 3 เลขที่ 700/415 หมู่ 7 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี ต.ดอนหัวฬ่อ อ.เมืองชลบุรี จ.ชลบุรี 20000"
TERMS = "T/T 60 days after B/L date"
SHEET = "ใบสั่งซื้อ"
FIXED_TIME = dt.datetime(2026, 12, 14, 10, 12, 0)
FIRST_ROW = 15  # the first item row, under the two head rows 13 and 14
# รหัสสินค้า, รายการ, หน่วย, จำนวน, ราคาต่อหน่วย, หมายเหตุ, hidden (cancelled)
ROWS = [
    ("SH-BRG-6205", "ตลับลูกปืน Ball bearing 6205-2RS C3", "ชิ้น", "1500", "0.92", "", False),
    ("SH-BRG-6308", "ตลับลูกปืน Ball bearing 6308-2Z C3", "ชิ้น", "300", "3.45", "", False),
    ("SH-SEAL-3552", "ซีลกันน้ำมัน Oil seal TC 35x52x8 NBR", "ชิ้น", "1000", "0.38", "", False),
    ("SH-SEAL-KIT63", "Seal kit for cylinder 63/36 (PU + NBR)", "ชุด", "200", "9.60", "", False),
    ("SH-OR-AS568", "O-ring kit AS568 382 pcs NBR70", "กล่อง", "40", "14.50", "", False),
    ("SH-BUSH-3040", "Bronze bush 30x40x30 CuSn8", "ชิ้น", "0", "2.80", "ยกเลิก", True),
    ("SH-ROD-2012", "Chrome rod 20 mm CK45 length 1000 mm", "เส้น", "120", "11.25", "", False),
    ("SH-HOSE-R2-06", 'ท่อไฮดรอลิก Hydraulic hose 2SN 3/8" (50 m)', "ม้วน", "12", "168.00", "", False),
    ("SH-FIT-1210", "Hose fitting 12-10 JIC female 37 deg", "ชิ้น", "800", "0.85", "", False),
    ("SH-PIN-1060", "Clevis pin 10x60 with R-clip, zinc", "ชุด", "500", "0.64", "", False),
    ("SH-GRS-EP2", "จาระบี Lithium grease EP2", "กก.", "54.5", "4.20", "", False),
    ("SH-VLV-DCV06", "Directional valve 4WE6 24VDC", "ชิ้น", "24", "57.50", "ตามตัวอย่าง", False),
]
ITEMS = [row for row in ROWS if not row[6]]
THAI_DIGITS = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
THAI_PLACES = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="FCE4D6")
FONT = "Angsana New"


def line_amount(item: tuple) -> Decimal:
    return amount(item[3], item[4])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, name, qty, unit, price, f"{amount(qty, price)}")
            for code, name, unit, qty, price, *_ in ITEMS
        ],
    )


def thai_words(number: int) -> str:
    """Thai number words below a million, as BAHTTEXT writes them: 11 สิบเอ็ด, 21 ยี่สิบเอ็ด, 20 ยี่สิบ."""
    if number == 0:
        return "ศูนย์"
    if number >= 1_000_000:
        raise ValueError("amounts of a million and more are not written here")
    digits = str(number)
    words = ""
    for i, char in enumerate(digits):
        place, digit = len(digits) - 1 - i, int(char)
        if digit == 0:
            continue
        if place == 1:
            words += "สิบ" if digit == 1 else "ยี่สิบ" if digit == 2 else THAI_DIGITS[digit] + "สิบ"
        elif place == 0 and digit == 1 and number > 10:
            words += "เอ็ด"
        else:
            words += THAI_DIGITS[digit] + THAI_PLACES[place]
    return words


def in_words(value: Decimal) -> str:
    dollars, cents = divmod(int((value * 100).to_integral_value()), 100)
    text = f"{thai_words(dollars)}ดอลลาร์สหรัฐ"
    return f"({text}{thai_words(cents)}เซนต์)" if cents else f"({text}ถ้วน)"


def _merge(sheet, cells: str, value, **style) -> None:
    if ":" in cells:
        sheet.merge_cells(cells)
    first = sheet[cells.split(":")[0]]
    first.value = value
    for key, setting in style.items():
        setattr(first, key, setting)


def _head(sheet) -> None:
    _merge(sheet, "A1:E1", BUYER, font=Font(name=FONT, bold=True, size=18))
    _merge(sheet, "A2:E2", BUYER_EN, font=Font(name=FONT, bold=True, size=14))
    _merge(
        sheet,
        "A3:E3",
        "700/412 หมู่ 7 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี ต.ดอนหัวฬ่อ อ.เมืองชลบุรี จ.ชลบุรี 20000",
        font=Font(name=FONT, size=12),
    )
    _merge(
        sheet,
        "A4:E4",
        "เลขประจำตัวผู้เสียภาษี / Tax ID 0205559012345 (สำนักงานใหญ่)   โทร. 038-457-120",
        font=Font(name=FONT, size=12),
    )
    _merge(
        sheet,
        "F1:H2",
        "ใบสั่งซื้อ\nPURCHASE ORDER",
        font=Font(name=FONT, bold=True, size=20),
        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
    )
    label, value = Font(name=FONT, size=13), Font(name=FONT, bold=True, size=13)
    left = [
        (6, "ผู้ขาย / Vendor:", OUR_NAME_EN),
        (7, None, "No. 88 Huoju Road, Suzhou New District, Jiangsu 215163, China"),
        (8, None, "Attn: Ms. Chen Li   Tel: +86 512 6651 2280"),
        (9, "ส่งสินค้าที่ / Ship to:", ADDRESS),
        (10, "เงื่อนไขการชำระเงิน / Payment Terms:", TERMS),
        (11, "ผู้ติดต่อ / Contact:", "คุณสมชาย ใจดี (Purchasing)  081-234-5678"),
    ]
    for row, text, data in left:
        if text:
            _merge(sheet, f"A{row}:B{row}", text, font=label)
        _merge(sheet, f"C{row}:D{row}", data, font=value if row in (6, 9, 10) else label)
    right = [
        (6, "เลขที่ / PO No.:", PO),
        (7, "วันที่ / Date:", ORDER_DATE),
        (8, "อ้างอิงใบเสนอราคา / Quotation Ref.:", "QH-Q2026-1206"),
        (9, "กำหนดส่ง / Delivery Date:", DELIVERY_TEXT),
        (10, "สกุลเงิน / Currency:", "USD"),
        (11, "ขนส่ง / Shipment:", "FOB Shanghai by sea"),
    ]
    for row, text, data in right:
        _merge(sheet, f"E{row}:F{row}", text, font=label, alignment=Alignment(horizontal="right"))
        _merge(sheet, f"G{row}:H{row}", data, font=value, alignment=Alignment(horizontal="left"))
    sheet["G7"].number_format = "[$-1070000]d/mm/yyyy;@"  # the Thai Buddhist calendar: 14/12/2569
    sheet.row_dimensions[9].height = 34
    sheet["C9"].alignment = Alignment(wrap_text=True, vertical="top")


def _table(sheet) -> tuple[int, dict[str, float]]:
    thai = ["ลำดับ", "รหัสสินค้า", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน", "หมายเหตุ"]
    english = ["No.", "Item Code", "Description", "Quantity", "Unit", "Unit Price", "Amount", "Remark"]
    for k, (top, bottom) in enumerate(zip(thai, english, strict=True)):
        col = "ABCDEFGH"[k]
        for row, text in ((13, top), (14, bottom)):
            cell = sheet[f"{col}{row}"]
            cell.value = text
            cell.font = Font(name=FONT, bold=True, size=13)
            cell.alignment = Alignment(horizontal="center")
            cell.fill = HEAD_FILL
            cell.border = BOX
    cached: dict[str, float] = {}
    number = 0
    for k, item in enumerate(ROWS):
        row = FIRST_ROW + k
        code, name, unit, qty, price, note, hidden = item
        if not hidden:
            number += 1
        values = {
            "A": number if not hidden else None,
            "B": code,
            "C": name,
            "D": int(qty) if Decimal(qty) == int(Decimal(qty)) else float(qty),
            "E": unit,
            "F": float(price),
            "G": f"=D{row}*F{row}",
            "H": note or None,
        }
        cached[f"G{row}"] = float(Decimal(qty) * Decimal(price))
        for col, value in values.items():
            cell = sheet[f"{col}{row}"]
            cell.value = value
            cell.font = Font(name=FONT, size=13)
            cell.border = BOX
            if col == "D":
                cell.number_format = "#,##0.0" if isinstance(value, float) else "#,##0"
            elif col in "FG":
                cell.number_format = "#,##0.00"
            elif col in "AE":
                cell.alignment = Alignment(horizontal="center")
        if hidden:
            sheet.row_dimensions[row].hidden = True
    last = FIRST_ROW + len(ROWS) - 1
    row = last + 1
    sums = [
        ("รวมเงิน / Sub Total", f"=SUM(G{FIRST_ROW}:G{last})", float(total())),
        ("ภาษีมูลค่าเพิ่ม 0% / VAT 0%", f"=G{row}*0", 0.0),
        ("รวมทั้งสิ้น / Grand Total", f"=G{row}+G{row + 1}", float(total())),
    ]
    for k, (text, formula, value) in enumerate(sums):
        r = row + k
        _merge(sheet, f"E{r}:F{r}", text, font=Font(name=FONT, bold=k == 2, size=13))
        sheet[f"E{r}"].alignment = Alignment(horizontal="right")
        sheet[f"G{r}"] = formula
        sheet[f"G{r}"].number_format = "#,##0.00"
        sheet[f"G{r}"].font = Font(name=FONT, bold=k == 2, size=13)
        sheet[f"G{r}"].border = BOX
        cached[f"G{r}"] = value
    _merge(sheet, f"A{row}:D{row + 1}", "หมายเหตุ: โปรดระบุเลขที่ใบสั่งซื้อในใบแจ้งหนี้และเอกสารการส่งสินค้าทุกฉบับ")
    sheet[f"A{row}"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet[f"A{row}"].font = Font(name=FONT, size=12)
    _merge(sheet, f"A{row + 2}:D{row + 2}", in_words(total()), font=Font(name=FONT, bold=True, size=13))
    return row + 5, cached


def _signatures(sheet, row: int) -> None:
    blocks = [
        ("A", "C", "ผู้จัดทำ / Prepared by", "(นางสาวพิมพ์ชนก ศรีสุข)"),
        ("E", "H", "ผู้อนุมัติ / Approved by", "(นายวิชัย ตั้งเจริญ)"),
    ]
    centre = Alignment(horizontal="center")
    for first, last, title, name in blocks:
        _merge(
            sheet,
            f"{first}{row}:{last}{row}",
            "..............................................",
            alignment=centre,
        )
        _merge(
            sheet, f"{first}{row + 1}:{last}{row + 1}", name, font=Font(name=FONT, size=13), alignment=centre
        )
        _merge(
            sheet,
            f"{first}{row + 2}:{last}{row + 2}",
            title,
            font=Font(name=FONT, bold=True, size=13),
            alignment=centre,
        )
        _merge(
            sheet,
            f"{first}{row + 3}:{last}{row + 3}",
            "วันที่ 14/12/2569",
            font=Font(name=FONT, size=12),
            alignment=centre,
        )


def _terms(workbook) -> None:
    sheet = workbook.create_sheet("เงื่อนไข")
    sheet.column_dimensions["A"].width = 110
    lines = [
        "เงื่อนไขการสั่งซื้อ / Terms and Conditions",
        "1. ผู้ขายต้องส่งสินค้าตามกำหนดส่ง หากล่าช้าต้องแจ้งล่วงหน้า 7 วัน / Notify any delay 7 days in advance.",
        "2. สินค้าต้องมีใบรับรองคุณภาพ (Mill certificate / COC) ทุกล็อต / A certificate with every lot.",
        "3. บริษัทฯ ขอสงวนสิทธิ์ในการคืนสินค้าที่ไม่ตรงตามข้อกำหนด / Non-conforming goods will be returned.",
        "4. ใบแจ้งหนี้ต้องระบุเลขที่ใบสั่งซื้อ / Quote the PO number on every invoice.",
    ]
    for n, text in enumerate(lines, start=1):
        sheet[f"A{n}"] = text
        sheet[f"A{n}"].font = Font(name=FONT, bold=n == 1, size=14 if n == 1 else 13)


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Pimchanok S."
    workbook.properties.lastModifiedBy = "Pimchanok S."
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = SHEET
    widths = {"A": 7, "B": 18, "C": 44, "D": 11, "E": 10, "F": 14, "G": 16, "H": 14}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    _head(sheet)
    row, cached = _table(sheet)
    _signatures(sheet, row)
    sheet.print_area = f"A1:H{row + 4}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    _terms(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
