"""Unseen layout: a US buyer's Standard Purchase Order as Oracle BI Publisher writes it to Excel (.xlsx).

A Dayton (Ohio) maker of hydraulic cylinders runs Oracle E-Business Suite / Fusion Procurement and sends
its purchase orders as the "PO Output for Communication" BI Publisher report with the Excel output type,
so the supplier gets the PRINTED FORM AS A WORKBOOK: BI Publisher turns the RTF layout's every x position
into a column, so the sheet is a grid of 24 NARROW COLUMNS with every value in a MERGED RANGE of several of
them; empty spacer rows of 4 points; no gridlines. The form: the company block top left, PURCHASE ORDER
and Standard Purchase Order top right, ``Order 1000487, 0`` (the order number and its revision in one
cell, Oracle's way), Creation Date and Revision Date (blank on revision 0) as text in Oracle's default
mask DD-MON-YYYY (09-DEC-2026); Supplier / Ship To / Bill To blocks side by side; the terms strip
(Customer Account No., Supplier No., Payment Terms, Freight Terms, FOB, Transportation, Currency) as a
head row over a value row. The line table: Line | Part Number / Description | Delivery Date/Time | Quantity
| UOM | Unit Price (USD) | Tax | Amount (USD). EVERY LINE TAKES TWO OR THREE ROWS: the line row (line
number, the buyer's part number, the Needed date as text 15-JAN-2027, the quantity, Oracle's UOM names
Each / Set / Foot / Box, the price shown with up to five decimals, the amount), then the item description
under the part number (uppercase, noun-first: BEARING, BALL, DEEP GROOVE ...), and on some lines a third
row: Supplier Item: ... or Note to Supplier: ... The Total (USD) row at the end; the page header and
footer (Purchase Order 1000487, 0 / Page &P of &N) only in the print setup, not in cells.

Truth: the PO number 1000487 (, 0 is the revision); the order date Creation Date; the requested delivery
date the earliest line Delivery Date; the currency USD; the buyer the company top left; the supplier the
Supplier block's first line (us, as the buyer keyed it); the ship-to address the Ship To block's address
line; the payment terms Payment Terms; the total Total (USD) (= the sum of the lines); per line the part
number, the description (the row under it), the unit UOM, the quantity, the unit price and the amount
(= quantity x price).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "PO_1000487_0.xlsx"
BUYER = "Norland Fluid Power, Inc."
SUPPLIER = "SUZHOU QIHANG PRECISION TECHNOLOGY CO LTD"
PO, REVISION = "1000487", "0"
ORDER_DATE = dt.date(2026, 12, 9)
ADDRESS = "1150 Stanley Ave, Dayton, OH 45404, United States"
TERMS = "Net 60"
FIXED_TIME = dt.datetime(2026, 12, 9, 16, 2, 11)
JAN15, JAN29, FEB12 = dt.date(2027, 1, 15), dt.date(2027, 1, 29), dt.date(2027, 2, 12)
# part, description, Needed, qty, UOM, price, third row (or "")
ITEMS = [
    ("NF-BRG-06205", "BEARING, BALL, DEEP GROOVE, 6205-2RS C3", JAN15, "400", "Each", "0.92", ""),
    ("NF-BRG-06308", "BEARING, BALL, DEEP GROOVE, 6308-ZZ C3", JAN15, "120", "Each", "3.15", ""),
    ("NF-BRG-30207", "BEARING, TAPERED ROLLER, 30207", JAN15, "80", "Each", "4.48", ""),
    (
        "NF-SEA-50031",
        "SEAL, O-RING, 50 X 3.1, NBR 70",
        JAN15,
        "2000",
        "Each",
        "0.045",
        "Supplier Item: OR-50X3.1-N70",
    ),
    ("NF-SEA-63485", "SEAL, PISTON, GSF 63 X 48.5, KIT", JAN29, "150", "Set", "1.72", ""),
    ("NF-SEA-40507", "WIPER, ROD, DKB 40 X 50 X 7/10", JAN29, "300", "Each", "0.38", ""),
    (
        "NF-FAS-10035",
        "SCREW, SOCKET HEAD CAP, M10 X 35, 12.9, BLACK OXIDE",
        JAN15,
        "3000",
        "Each",
        "0.058",
        "",
    ),
    ("NF-FAS-16010", "NUT, HEX, M16, CLASS 10, ZINC", JAN15, "1000", "Each", "0.075", ""),
    (
        "NF-HOS-10002",
        "HOSE, HYDRAULIC, DN10 2SN",
        JAN29,
        "500",
        "Foot",
        "0.7125",
        "Note to Supplier: Cut to 10 ft lengths",
    ),
    ("NF-ROD-25620", "ROD, CHROME PLATED, 25 MM X 620 MM, CK45", FEB12, "80", "Each", "11.40", ""),
    (
        "NF-FIT-03812",
        "FITTING, STRAIGHT, GE12LR 3/8",
        JAN29,
        "40",
        "Box",
        "16.25",
        "Supplier Item: GE12LR-38 (box of 10)",
    ),
    ("NF-PMP-31600", "PUMP, GEAR, CBN-E316", FEB12, "12", "Each", "38.50", ""),
]
COLS = 24  # the RTF layout's x positions become 24 narrow columns
WIDTHS = [3.3, 4.1, 2.6, 5.0, 4.4, 3.0, 6.2, 2.8, 3.6, 5.5, 3.2, 4.0, 2.5, 4.8, 3.9, 4.4, 2.9, 5.1, 3.0, 4.6]
WIDTHS += [3.4, 5.2, 2.7, 4.0]
TABLE = {  # heading -> (first column, last column), 1-based
    "Line": (1, 2),
    "Part Number / Description": (3, 9),
    "Delivery Date/Time": (10, 12),
    "Quantity": (13, 14),
    "UOM": (15, 16),
    "Unit Price (USD)": (17, 19),
    "Tax": (20, 20),
    "Amount (USD)": (21, 24),
}
THIN = Side(style="thin", color="808080")


def oracle_date(value: dt.date) -> str:
    """Oracle's default date mask DD-MON-YYYY (09-DEC-2026)."""
    return value.strftime("%d-%b-%Y").upper()


def total() -> Decimal:
    return sum((amount(item[3], item[5]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=min(item[2] for item in ITEMS),
        currency="USD",
        buyer=BUYER,
        supplier=SUPPLIER,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (part, text, qty, unit, price, f"{amount(qty, price)}")
            for part, text, _, qty, unit, price, _ in ITEMS
        ],
    )


class _Form:
    """Writes values into merged ranges row by row, as BI Publisher's Excel output does."""

    def __init__(self, sheet) -> None:
        self.sheet = sheet
        self.row = 0

    def spacer(self, height: float = 4) -> None:
        self.row += 1
        self.sheet.row_dimensions[self.row].height = height

    def line(self, cells: list[tuple[int, int, object]], bold: bool = False, size: float = 8, **kw) -> int:
        self.row += 1
        for first, last, value in cells:
            cell = self.sheet.cell(self.row, first, value)
            cell.font = Font(name="Arial", size=size, bold=bold)
            cell.alignment = Alignment(horizontal=kw.get("align", {}).get(first, "left"), vertical="top")
            if "fmt" in kw and first in kw["fmt"]:
                cell.number_format = kw["fmt"][first]
            if last > first:
                self.sheet.merge_cells(
                    start_row=self.row, start_column=first, end_row=self.row, end_column=last
                )
            if kw.get("boxed"):
                for col in range(first, last + 1):
                    self.sheet.cell(self.row, col).border = Border(
                        top=THIN, bottom=THIN, left=THIN, right=THIN
                    )
            if kw.get("fill"):
                cell.fill = PatternFill("solid", fgColor="E7E6E6")
        return self.row


def _head(form: _Form) -> None:
    form.line([(1, 11, BUYER), (14, 24, "PURCHASE ORDER")], bold=True, size=12)
    form.line([(1, 11, "4200 Industrial Pkwy"), (14, 24, "Standard Purchase Order")])
    form.line([(1, 11, "Dayton, OH 45414"), (14, 16, "Order"), (17, 24, f"{PO}, {REVISION}")])
    form.line([(1, 11, "United States"), (14, 16, "Creation Date"), (17, 24, oracle_date(ORDER_DATE))])
    form.line([(14, 16, "Revision Date"), (17, 24, None)])
    form.spacer()
    form.line(
        [
            (1, 3, "Supplier:"),
            (4, 11, SUPPLIER),
            (13, 15, "Ship To:"),
            (16, 24, "Norland Fluid Power - Plant 2"),
        ]
    )
    form.line([(4, 11, "NO. 88 FENGLI STREET, SUZHOU INDUSTRIAL PARK"), (16, 24, ADDRESS)])
    form.line([(4, 11, "SUZHOU, JIANGSU 215021"), (13, 15, "Bill To:"), (16, 24, "Accounts Payable")])
    form.line([(4, 11, "China"), (16, 24, "PO Box 1487, Dayton, OH 45401, United States")])
    form.spacer()
    strip = [(1, 4), (5, 7), (8, 11), (12, 14), (15, 17), (18, 20), (21, 24)]
    heads = [
        "Customer Account No.",
        "Supplier No.",
        "Payment Terms",
        "Freight Terms",
        "FOB",
        "Transportation",
    ]
    heads.append("Currency")
    values = ["", "30418", TERMS, "Prepaid & Add", "Origin", "Ocean", "USD"]
    form.line(
        [(a, b, h) for (a, b), h in zip(strip, heads, strict=True)], bold=True, size=7, boxed=True, fill=True
    )
    form.line([(a, b, v or None) for (a, b), v in zip(strip, values, strict=True)], boxed=True)
    form.spacer()
    form.line([(1, 6, "Confirm To/Telephone"), (7, 14, "Dana Whitfield  (937) 555-0148")], size=7)
    form.line([(1, 6, "Requester/Deliver To"), (7, 14, "Receiving Dock 2")], size=7)
    form.spacer()


def _lines(form: _Form) -> None:
    form.line([(a, b, h) for h, (a, b) in TABLE.items()], bold=True, size=7, boxed=True, fill=True)
    fmt = {13: "#,##0", 17: "#,##0.00###", 21: "#,##0.00"}
    align = {1: "right", 13: "right", 17: "right", 21: "right"}
    for n, (part, text, needed, qty, unit, price, extra) in enumerate(ITEMS, start=1):
        cells = [
            (1, 2, n),
            (3, 9, part),
            (10, 12, oracle_date(needed)),
            (13, 14, int(qty)),
            (15, 16, unit),
            (17, 19, float(Decimal(price))),
            (20, 20, None),
            (21, 24, float(amount(qty, price))),
        ]
        form.line(cells, fmt=fmt, align=align)
        form.line([(3, 14, text)], size=7)
        if extra:
            form.line([(3, 14, extra)], size=7)
        form.spacer()
    form.line(
        [(15, 20, "Total (USD)"), (21, 24, float(total()))],
        bold=True,
        fmt={21: "#,##0.00"},
        align={21: "right"},
    )


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Oracle BI Publisher 12.2.1.4.0"
    workbook.properties.title = f"PO_{PO}_{REVISION}"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.sheet_view.showGridLines = False
    for col, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, col).column_letter].width = width
    form = _Form(sheet)
    _head(form)
    _lines(form)
    sheet.oddHeader.right.text = f"Purchase Order {PO}, {REVISION}"
    sheet.oddFooter.center.text = "Page &P of &N"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
