"""Unseen layout: a Melbourne buyer's MYOB AccountRight "Purchase Order" exported to Excel, AUD.

Southbank Fluid Systems Pty Ltd (pumps and irrigation gear, Dandenong South) keeps its books in MYOB
AccountRight and sends purchase orders as MYOB's Excel export of the printed form. What the export holds, on
a sheet "Purchase Order": the company block top left (name, ABN, street, suburb with state and postcode,
phone); "PURCHASE ORDER" in large bold type; on the right Purchase No. 00001482 (text, leading zeros) and
Date (a real date shown dd/mm/yyyy); the Supplier block (us, our address) and the Ship To block side by
side; Promised Date (a real date), Terms (Net 30th after EOM), Ship Via; the table Item Number | Description
| Ordered | Received | Backorder | Price | Disc% | Total | Tax, prices ex GST, Received 0 and Backorder the
whole order (nothing received yet), Disc% 0 or 5 / 10, Total after the discount, Tax the GST code (GST, or
FRE for the one GST-free item); long descriptions wrapped by MYOB onto a second row of the sheet with no
item number; 12 items; then Subtotal, Freight, GST (10 % of the taxable lines and the freight) and Total
Amount (inc GST); a comment row. A second sheet "Notes" holds the delivery instructions.

Truth: the PO number Purchase No. (00001482, leading zeros kept); the order date Date; the requested delivery
date the Promised Date; the currency AUD (MYOB prints no currency: an Australian company's file is in AUD);
the buyer the company block's name; the supplier the Supplier block's first line (us); the ship-to address
the Ship To block's lines after the company joined with ", "; the payment terms Terms; the total Total
Amount (what the buyer will pay: the lines, the freight and the GST); per item the part number Item Number
(the buyer's code), the description the Description with its wrapped row joined with a space, the quantity
Ordered, no unit (none printed), the unit price Price (before the discount) and the amount Total (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples.sample import OUR_NAME_EN
from orderbridge.samples.zip_bytes import freeze

FILENAME = "Purchase_Order_00001482.xlsx"
BUYER = "Southbank Fluid Systems Pty Ltd"
PO = "00001482"
ORDER_DATE = dt.date(2026, 12, 15)
PROMISED = dt.date(2027, 1, 22)
SHIP_LINES = ["Unit 4, 27 Greens Road", "Dandenong South VIC 3175", "Australia"]
ADDRESS = ", ".join(SHIP_LINES)
TERMS = "Net 30th after EOM"
FREIGHT = Decimal("185.00")
FIXED_TIME = dt.datetime(2026, 12, 15, 14, 32, 0)
CENT = Decimal("0.01")
# item number, description (| marks MYOB's wrap onto a second row), ordered, price, disc %, tax code
ITEMS = [
    ("SFS-IMP-125", "Impeller bronze 125 mm for CP-40 pump", "60", "38.40", "0", "GST"),
    ("SFS-IMP-160", "Impeller bronze 160 mm for CP-65 pump", "40", "52.80", "0", "GST"),
    ("SFS-HSG-40", "Volute casing cast iron CP-40,|machined flanges, primed", "24", "118.50", "5", "GST"),
    ("SFS-SHF-22", "Pump shaft 316 SS 22 mm x 280 mm", "80", "26.75", "0", "GST"),
    ("SFS-MS-22", "Mechanical seal 22 mm carbon/ceramic/NBR", "150", "14.20", "10", "GST"),
    ("SFS-BRG-6204", "Bearing 6204-2RS C3", "300", "3.15", "0", "GST"),
    (
        "SFS-ORK-01",
        "O-ring kit CP series (12 sizes, NBR 70)|in divided plastic case",
        "36",
        "22.40",
        "0",
        "GST",
    ),
    ("SFS-CPL-2428", "Jaw coupling 24/28 complete with spider", "50", "17.60", "5", "GST"),
    ("SFS-VLV-50", "Foot valve brass 50 mm BSP with strainer", "45", "31.90", "0", "GST"),
    ("SFS-GSK-65", "Flange gasket 65 mm PN16 non-asbestos", "200", "1.85", "0", "GST"),
    ("SFS-TST-CERT", "Hydrostatic test certificate per batch (export)", "4", "45.00", "0", "FRE"),
    (
        "SFS-BASE-40",
        "Baseplate galvanised steel CP-40|pre-drilled for 2.2 kW motor",
        "24",
        "64.30",
        "10",
        "GST",
    ),
]
THIN = Side(style="thin")
BOLD = Font(name="Arial", size=9, bold=True)
PLAIN = Font(name="Arial", size=9)


def line_total(item: tuple) -> Decimal:
    gross = amount(item[2], item[3])
    return (gross * (100 - Decimal(item[4])) / 100).quantize(CENT, ROUND_HALF_UP)


def subtotal() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def gst() -> Decimal:
    taxable = sum((line_total(i) for i in ITEMS if i[5] == "GST"), Decimal(0)) + FREIGHT
    return (taxable / 10).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return subtotal() + FREIGHT + gst()


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1].replace("|", " "),
            quantity=Decimal(item[2]),
            unit=None,
            unit_price=Decimal(item[3]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=PROMISED,
        currency="AUD",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _put(
    sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, align: str | None = None
) -> None:
    cell = sheet[ref]
    cell.value = value
    cell.font = font
    if fmt:
        cell.number_format = fmt
    if align:
        cell.alignment = Alignment(horizontal=align)


def _head(sheet) -> None:
    company = [
        BUYER,
        "ABN 41 138 562 907",
        "Unit 4, 27 Greens Road",
        "Dandenong South VIC 3175",
        "Ph: (03) 9791 4420",
    ]
    for k, value in enumerate(company):
        _put(sheet, f"A{1 + k}", value, Font(name="Arial", size=11 if k == 0 else 9, bold=k == 0))
    _put(sheet, "F1", "PURCHASE ORDER", Font(name="Arial", size=16, bold=True))
    _put(sheet, "F3", "Purchase No.", BOLD)
    _put(sheet, "H3", PO, PLAIN, "@", "right")
    _put(sheet, "F4", "Date", BOLD)
    _put(sheet, "H4", dt.datetime.combine(ORDER_DATE, dt.time()), PLAIN, "dd/mm/yyyy", "right")
    _put(sheet, "A8", "Supplier", BOLD)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "Suzhou, Jiangsu 215163", "China"]
    for k, value in enumerate(supplier):
        _put(sheet, f"A{9 + k}", value)
    _put(sheet, "E8", "Ship To", BOLD)
    for k, value in enumerate([BUYER, *SHIP_LINES]):
        _put(sheet, f"E{9 + k}", value)
    _put(sheet, "A14", "Promised Date", BOLD)
    _put(sheet, "B14", dt.datetime.combine(PROMISED, dt.time()), PLAIN, "dd/mm/yyyy", "left")
    _put(sheet, "D14", "Terms", BOLD)
    _put(sheet, "E14", TERMS)
    _put(sheet, "G14", "Ship Via", BOLD)
    _put(sheet, "H14", "Sea freight")


def _table(sheet) -> int:
    heads = [
        "Item Number",
        "Description",
        "Ordered",
        "Received",
        "Backorder",
        "Price",
        "Disc%",
        "Total",
        "Tax",
    ]
    for col, title in enumerate(heads, start=1):
        cell = sheet.cell(row=16, column=col, value=title)
        cell.font = BOLD
        cell.border = Border(top=THIN, bottom=THIN)
    row = 17
    for item in ITEMS:
        number, description, qty, price, disc, tax = item
        parts = description.split("|")
        values = [
            number,
            parts[0],
            int(qty),
            0,
            int(qty),
            float(price),
            float(disc),
            float(line_total(item)),
            tax,
        ]
        fmts = [None, None, "0", "0", "0", "#,##0.00", "0.00", "#,##0.00", None]
        for col, (value, fmt) in enumerate(zip(values, fmts, strict=True), start=1):
            cell = sheet.cell(row=row, column=col, value=value)
            cell.font = PLAIN
            if fmt:
                cell.number_format = fmt
        row += 1
        for part in parts[1:]:
            sheet.cell(row=row, column=2, value=part).font = PLAIN
            row += 1
    for col in range(1, 10):
        sheet.cell(row=row - 1, column=col).border = Border(bottom=THIN)
    row += 1
    for label, value in [
        ("Subtotal", subtotal()),
        ("Freight", FREIGHT),
        ("GST", gst()),
        ("Total Amount", total()),
    ]:
        _put(sheet, f"F{row}", label, BOLD)
        _put(sheet, f"H{row}", float(value), BOLD if label == "Total Amount" else PLAIN, "#,##0.00")
        row += 1
    _put(sheet, f"A{row + 1}", "Comment", BOLD)
    _put(sheet, f"B{row + 1}", "Please quote our PO number on all invoices and delivery dockets.")
    return row + 1


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "MYOB AccountRight"
    workbook.properties.lastModifiedBy = "accounts"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "Purchase Order"
    widths = {"A": 15, "B": 44, "C": 9, "D": 9, "E": 10, "F": 12, "G": 8, "H": 13, "I": 6}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    _head(sheet)
    last = _table(sheet)
    sheet.print_area = f"A1:I{last}"
    notes = workbook.create_sheet("Notes")
    notes.column_dimensions["A"].width = 90
    for k, value in enumerate(
        [
            "Delivery instructions",
            "Deliver Monday to Friday 7:00 am - 3:00 pm, Greens Road gate, forklift on site.",
            "Pack impellers and casings on heat-treated pallets (ISPM 15), max 800 kg per pallet.",
            "Email the commercial invoice and packing list to accounts@southbankfluid.com.au "
            "before shipping.",
        ],
        start=1,
    ):
        notes.cell(row=k, column=1, value=value).font = BOLD if k == 1 else PLAIN
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
