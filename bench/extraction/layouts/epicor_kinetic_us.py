"""Unseen layout: a Minnesota hydraulics maker's Purchase Order as Epicor Kinetic prints it, 2 pages.

Kettle River Fluid Power builds hydraulic power units and buys bearings, seals, fittings and machined parts
from us; it runs Epicor Kinetic (the former Epicor ERP 10) and sends the standard POForm report (US Letter)
as a PDF. What it prints: the company block top left, PURCHASE ORDER top right over a small box (PO 20931,
Order Date 12/09/2026, Page 1 of 2); Vendor (our Vendor ID QIHANG01 over our name and address) beside Ship
To (the company name, an Attn: Receiving line, the plant's street, city / state / ZIP, USA; not the
head-office street of the company block); a ruled strip of label-over-value boxes: Buyer (a person), Ship
Via, FOB, Terms, Freight, Due Date, Quote (our quotation number); the PO comment. Then the lines, Epicor's
way: Line | Part Number / Description | Rev | Our Qty | UOM | Unit Price | Ext. Price, the line row with the
part number, the description on the rows UNDER it (wrapped over two rows for long ones), a "Your Part:" row
with our part number on most lines, line comments in italics on some, and one release row per delivery (Rel
1 Due: 01/22/2027 Qty: 400.00), two releases with different dates on four lines, so the release quantities
are smaller than the line's Our Qty. US dates (mm/dd/yyyy), quantities with two decimals, Epicor's
five-decimal unit prices (0.92000), every price per one unit (each / box / foot / pound / kit). Page 2
repeats the company block, the PO box (Page 2 of 2) and the column heads. The foot of the last page: "Total
(USD):" and the sum of the Ext. Price column, the standard-terms reference (KRF-QP-7.4 Rev 6), an Authorized
signature line and the print stamp with its own date.

Truth: the PO number PO (20931; not the Vendor ID, the Quote or the terms document number); the order
date Order Date; the requested delivery date the strip's Due Date (the first releases' date; the later
second releases do not change it); the currency USD; the buyer the company top left (the strip's Buyer
is a person); the supplier the Vendor block's name (us); the ship-to address the Ship To block's street
and city lines joined with ", " (not its name, Attn or country lines); the payment terms Terms; the total
Total (USD) (the sum of the Ext. Price column); per line the part number Part Number, the description the
description rows under it joined with a space (not the Your Part, comment or release rows), the quantity
Our Qty, the unit UOM, the unit price Unit Price and the amount Ext. Price.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "PO_20931_Kettle_River_Fluid_Power.pdf"
BUYER = "Kettle River Fluid Power, Inc."
PO = "20931"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2027, 1, 22)
SECOND = dt.date(2027, 2, 19)
STREET = "2210 Progress Drive"
CITY = "Owatonna, MN 55060"
ADDRESS = f"{STREET}, {CITY}"
TERMS = "Net 60 Days"
WIDTH, HEIGHT = letter
FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
# Part Number, Rev, Description, Your Part, comment, UOM, Our Qty, Unit Price, second release qty
ITEMS = [
    ("KR-100-6205", "", "Bearing, Ball, 6205-2RS C3, Sealed", "QH-BR-6205", "", "EA", "400", "0.92", ""),
    ("KR-100-6308", "", "Bearing, Ball, 6308-ZZ C3, Shielded", "QH-BR-6308", "", "EA", "120", "3.15", ""),
    (
        "KR-100-30207",
        "",
        "Bearing, Tapered Roller, Cone and Cup Assembly 30207, Matched Set",
        "QH-TR-30207",
        "",
        "EA",
        "80",
        "4.48",
        "40",
    ),
    ("KR-210-2535", "B", "Seal, Shaft, TC 25x35x7, NBR", "QH-OS-2535", "", "EA", "600", "0.38", ""),
    ("KR-210-4562", "B", "Seal, Shaft, TC 45x62x8, FKM", "QH-OS-4562F", "", "EA", "300", "1.26", ""),
    ("KR-220-0500", "", "O-Ring, -214, Buna-N 70 Duro", "", "", "BX", "12", "18.40", ""),
    ("KR-220-0510", "", "O-Ring, -226, Viton 75 Duro", "", "Box of 100", "BX", "6", "42.75", ""),
    (
        "KR-305-0824",
        "C",
        "Shaft, Drive, 1.000 in Dia x 8.25 in, 4140 HT, Keyway 1/4 in, per Dwg KR-305-0824",
        "QH-SH-0824",
        "First article inspection report required with first shipment.",
        "EA",
        "60",
        "24.60",
        "30",
    ),
    (
        "KR-305-0910",
        "A",
        "Coupling Half, Jaw, L100, 1.000 in Bore w/ Keyway",
        "QH-CP-L100",
        "",
        "EA",
        "60",
        "7.85",
        "",
    ),
    (
        "KR-305-0911",
        "",
        "Spider, Jaw Coupling, L100, Urethane 95A",
        "QH-CP-L100S",
        "",
        "EA",
        "120",
        "2.10",
        "",
    ),
    (
        "KR-410-0406",
        "",
        "Fitting, JIC 37 Straight, -06 x -06, Steel Zinc",
        "QH-FT-0606",
        "",
        "EA",
        "500",
        "1.14",
        "",
    ),
    (
        "KR-410-0408",
        "",
        "Fitting, JIC 37 Elbow 90, -08 x -08, Steel Zinc",
        "QH-FT-0808E",
        "",
        "EA",
        "300",
        "2.36",
        "",
    ),
    (
        "KR-450-0250",
        "",
        "Tubing, Hydraulic, 1/2 in OD x 0.065 in Wall, SAE J525",
        "",
        "Cut to 10 ft lengths.",
        "FT",
        "400",
        "1.72",
        "",
    ),
    (
        "KR-510-1035",
        "",
        "Screw, Hex Cap, M10 x 35, Class 10.9, Zinc",
        "QH-SC-1035",
        "",
        "EA",
        "2000",
        "0.165",
        "",
    ),
    ("KR-510-1200", "", "Nut, Hex Flange, M12, Class 10, Zinc", "QH-NT-1200F", "", "EA", "2000", "0.085", ""),
    ("KR-620-0040", "", "Bronze Bar, C93200, 1.500 in Dia", "", "", "LB", "212.5", "6.40", ""),
    (
        "KR-705-0160",
        "D",
        "Impeller, Closed, Bronze, 160 mm, Balanced to G6.3, 24 mm Bore with Keyway",
        "QH-IM-160",
        "Include balancing certificate.",
        "EA",
        "30",
        "42.50",
        "15",
    ),
    (
        "KR-710-0050",
        "",
        "Flange, Weld Neck, 2 in, 316 SS, Class 150",
        "QH-FL-50W",
        "",
        "EA",
        "40",
        "12.35",
        "",
    ),
    ("KR-720-0012", "", "Gasket Kit, Pump Housing, PH-12 Series", "QH-GK-PH12", "", "KT", "50", "8.90", "25"),
    (
        "KR-900-0300",
        "",
        "Nameplate, Stainless, Laser Etched, KRF Logo and Serial No.",
        "QH-NP-300",
        "",
        "EA",
        "300",
        "0.42",
        "",
    ),
]
LEFT, RIGHT = 36.0, WIDTH - 36.0
COLUMNS = [  # heading, width, align
    ("Line", 26, "c"),
    ("Part Number / Description", 238, "l"),
    ("Rev", 28, "c"),
    ("Our Qty", 58, "r"),
    ("UOM", 34, "c"),
    ("Unit Price", 68, "r"),
    ("Ext. Price", RIGHT - LEFT - 452, "r"),
]
SIZE, LEAD = 7.6, 9.0
BOTTOM = 52.0


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def us_date(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def total() -> Decimal:
    return sum((amount(item[6], item[7]) for item in ITEMS), Decimal(0))


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
            (part, text, qty, unit, price, f"{amount(qty, price)}")
            for part, _, text, _, _, unit, qty, price, _ in ITEMS
        ],
    )


def wrap(text: str, width: float, font: str = FONT, size: float = SIZE) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def rows_of(item: tuple) -> list[tuple[str, str, float]]:
    """The rows under a line row: (text, font, indent) for description, Your Part, comment, releases."""
    _, _, text, yours, comment, _, qty, _, second = item
    out = [(piece, FONT, 10.0) for piece in wrap(text, COLUMNS[1][1] - 14)]
    if yours:
        out.append((f"Your Part: {yours}", FONT, 10.0))
    if comment:
        out.append((comment, ITALIC, 10.0))
    first = Decimal(qty) - Decimal(second or "0")
    out.append((f"Rel 1    Due: {us_date(DELIVERY)}    Qty: {first:,.2f}", FONT, 22.0))
    if second:
        out.append((f"Rel 2    Due: {us_date(SECOND)}    Qty: {Decimal(second):,.2f}", FONT, 22.0))
    return out


def _height(item: tuple) -> float:
    return LEAD * (1 + len(rows_of(item))) + 5


def _company(c, top: float) -> None:
    draw.text(c, LEFT, top, BUYER, BOLD, 13)
    for k, text in enumerate(
        (
            "1450 Hoffman Drive NW",
            "Owatonna, MN 55060  USA",
            "Phone (507) 451-8800   Fax (507) 451-8810",
            "purchasing@kettleriverfp.com",
        )
    ):
        draw.text(c, LEFT, top - 13 - 10 * k, text, FONT, 8)


def _po_box(c, top: float, page: int, pages: int) -> None:
    x, w = RIGHT - 190, 190
    draw.text(c, RIGHT, top, "PURCHASE ORDER", BOLD, 15, "right")
    c.setLineWidth(0.8)
    c.rect(x, top - 56, w, 46)
    for k, (label, value) in enumerate(
        (("PO:", PO), ("Order Date:", us_date(ORDER_DATE)), ("Page:", f"{page} of {pages}"))
    ):
        draw.text(c, x + 8, top - 22 - 13 * k, label, BOLD, 8.5)
        draw.text(
            c, RIGHT - 8, top - 22 - 13 * k, value, BOLD if k == 0 else FONT, 9 if k == 0 else 8.5, "right"
        )


def _blocks(c, top: float) -> float:
    half = (RIGHT - LEFT - 12) / 2
    vendor = [
        "Vendor ID: QIHANG01",
        OUR_NAME_EN,
        "No. 88 Fengli Street, Suzhou Industrial Park",
        "Suzhou, Jiangsu 215021",
        "CHINA",
    ]
    ship = [BUYER, "Attn: Receiving - Dock 3", STREET, CITY, "USA"]
    for x, title, lines in ((LEFT, "Vendor:", vendor), (LEFT + half + 12, "Ship To:", ship)):
        draw.text(c, x, top, title, BOLD, 8.5)
        c.setLineWidth(0.6)
        c.rect(x, top - 66, half, 60)
        for k, text in enumerate(lines):
            draw.text(c, x + 6, top - 17 - 10 * k, text, BOLD if k == 1 and title == "Vendor:" else FONT, 8.3)
    top -= 76
    boxes = [
        ("Buyer", "Dana Whitfield", 86),
        ("Ship Via", "Ocean - LCL", 70),
        ("FOB", "Shanghai", 60),
        ("Terms", TERMS, 70),
        ("Freight", "Collect", 52),
        ("Due Date", us_date(DELIVERY), 62),
        ("Quote", "QH-Q2026-1188", RIGHT - LEFT - 400),
    ]
    x = LEFT
    for label, value, w in boxes:
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(x, top - 11, w, 11, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, top - 25, w, 25)
        draw.text(c, x + 3, top - 8.5, label, BOLD, 7.2)
        draw.text(c, x + 3, top - 21.5, value, FONT, 8)
        x += w
    top -= 36
    comment = (
        "Please reference PO number on all packing lists, invoices and cartons. Certificates of conformance "
        "required for all machined parts. Partial shipments accepted only per release dates."
    )
    for k, part in enumerate(wrap(comment, RIGHT - LEFT, FONT, 7.8)):
        draw.text(c, LEFT, top - 10 * k, part, FONT, 7.8)
    return top - 10 * len(wrap(comment, RIGHT - LEFT, FONT, 7.8)) - 4


def _heads(c, top: float) -> float:
    edges = _edges()
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.rect(LEFT, top - 14, edges[-1] - LEFT, 14, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    for col, (heading, _, align) in enumerate(COLUMNS):
        if align == "r":
            draw.text(c, edges[col + 1] - 4, top - 10, heading, BOLD, 7.8, "right")
        elif align == "c":
            draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 10, heading, BOLD, 7.8, "center")
        else:
            draw.text(c, edges[col] + 4, top - 10, heading, BOLD, 7.8)
    c.setFillColorRGB(0, 0, 0)
    return top - 16


def _line(c, y: float, n: int, item: tuple) -> float:
    part, rev, _, _, _, unit, qty, price, _ = item
    edges = _edges()
    base = y - 9
    cells = [
        str(n),
        part,
        rev,
        f"{Decimal(qty):,.2f}",
        unit,
        f"{Decimal(price):,.5f}",
        money(amount(qty, price)),
    ]
    for col, value in enumerate(cells):
        align = COLUMNS[col][2]
        font = BOLD if col == 1 else FONT
        if not value:
            continue
        if align == "r":
            draw.text(c, edges[col + 1] - 4, base, value, font, SIZE, "right")
        elif align == "c":
            draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, SIZE, "center")
        else:
            draw.text(c, edges[col] + 4, base, value, font, SIZE)
    for k, (text, font, indent) in enumerate(rows_of(item), start=1):
        draw.text(c, edges[1] + indent, base - LEAD * k, text, font, SIZE - (0.6 if font == ITALIC else 0))
    bottom = y - _height(item)
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setDash(1, 2)
    c.line(LEFT, bottom + 2, edges[-1], bottom + 2)
    c.setDash()
    c.setStrokeColorRGB(0, 0, 0)
    return bottom


def _foot(c) -> None:
    draw.text(
        c,
        LEFT,
        30,
        "Printed: 12/09/2026 3:42:18 PM   by dwhitfield   Epicor Kinetic 2024.2   POForm",
        FONT,
        6.8,
    )
    draw.text(c, RIGHT, 30, f"PO {PO}", FONT, 6.8, "right")


def _totals(c, y: float) -> None:
    y -= 8
    c.setLineWidth(0.8)
    c.line(RIGHT - 200, y, RIGHT, y)
    draw.text(c, RIGHT - 196, y - 14, "Total (USD):", BOLD, 10)
    draw.text(c, RIGHT - 4, y - 14, money(total()), BOLD, 10, "right")
    c.line(RIGHT - 200, y - 20, RIGHT, y - 20)
    y -= 32
    terms = (
        "This Purchase Order is subject to Kettle River Fluid Power standard terms and conditions "
        "KRF-QP-7.4 Rev 6, available on request. Acceptance of this order constitutes acceptance of "
        "those terms."
    )
    for k, part in enumerate(wrap(terms, RIGHT - LEFT, FONT, 7.2)):
        draw.text(c, LEFT, y - 9 * k, part, FONT, 7.2)
    y -= 44
    c.line(RIGHT - 220, y, RIGHT, y)
    draw.text(c, RIGHT - 220, y - 10, "Authorized Signature", FONT, 7.5)
    draw.text(
        c, LEFT, y - 10, "Buyer: Dana Whitfield   (507) 451-8823   dwhitfield@kettleriverfp.com", FONT, 7.5
    )


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    c.setPageSize(letter)
    pages, page = 2, 1
    top = HEIGHT - 44
    _company(c, top)
    _po_box(c, top, page, pages)
    y = _heads(c, _blocks(c, top - 70))
    for n, item in enumerate(ITEMS, start=1):
        if y - _height(item) < BOTTOM:
            draw.text(c, RIGHT, y - 12, "Continued on next page", FONT, 7.5, "right")
            _foot(c)
            c.showPage()
            c.setPageSize(letter)
            page += 1
            _company(c, top)
            _po_box(c, top, page, pages)
            y = _heads(c, top - 70)
        y = _line(c, y, n, item)
    if y - 120 < 36:
        raise AssertionError("the totals do not fit")
    _totals(c, y)
    _foot(c)
    c.showPage()
    c.save()
    if page != pages:
        raise AssertionError(f"{page} pages, not {pages}")
    return buffer.getvalue()
