"""Unseen layout: Ridgeline Builders, LLC's job-cost purchase order, landscape, many narrow columns, USD.

A Denver general contractor buys cast-in anchors, embed plates and seismic bracing hardware from us for
its building jobs and prints its POs from its construction accounting system (Sage 300 Construction and
Real Estate, the old Timberline, whose PO form is landscape so that the job-cost distribution fits on
every line). Page furniture: a LANDSCAPE A4 page; the company name and address top left, "PURCHASE
ORDER" and the PO number (JOB-PO form: job number, dash, sequence: 24117-0093) top right; a row of
boxed header cells with the label on top and the value under it: PO Date | Vendor # | Ship Via | F.O.B. |
Terms | Required By | Ordered By; then three address blocks side by side (Vendor: us, Ship To: the job
site's laydown yard, Bill To: the head office). The line table is a ruled grid of thirteen narrow columns:
Ln | Job | Phase | Cost Code | Cat | Item | Description | Qty | UM | Unit Cost | Tax | Extension |
Need By; every line is charged to a job and cost code, and one PO serves two jobs (24117 Platte River
Medical Office, 24131 Aurora Logistics Hub). Units are construction units: EA, BX (box), LF (linear
feet), SET. The Tax column is a flag (N: exempt, resale certificate on file). Dates are MM/DD/YYYY.
Under the table: Subtotal, Sales Tax 0.00, Freight (blank: FOB origin, collect), PO Total; then the
standard conditions in small print and an "Authorized Signature" line.

Truth: the PO number is the printed "PO No." (24117-0093, the job prefix is part of it); the order date
is PO Date; the requested delivery date is the header's Required By (the earliest Need By of the lines);
the currency USD (the form prints "All amounts in US Dollars"); the buyer Ridgeline Builders, LLC; the
supplier our English name from the Vendor block; the ship-to address the two lines under the job yard's
name in the Ship To block, joined with ", "; the payment terms the Terms box; the total PO Total (the sum
of the extensions, no tax, no freight); per line the part number is Item, the description the
Description column as printed (one string, Sage's item description), the unit price Unit Cost and the
amount Extension. Job, Phase, Cost Code, Cat, Tax and Need By are job-cost data, not order data.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped, order

FILENAME = "Ridgeline_PO_24117-0093.pdf"
BUYER = "Ridgeline Builders, LLC"
PO = "24117-0093"
PO_DATE = "12/05/2026"
REQUIRED = "01/11/2027"
TERMS = "Net 45 after B/L"
YARD = "Ridgeline Builders - Job 24117 Laydown Yard"
STREET, CITY = "4850 S Santa Fe Dr, Gate 3", "Englewood, CO 80110"
ADDRESS = f"{STREET}, {CITY}"
WIDTH, HEIGHT = draw.PAGE_HEIGHT, draw.PAGE_WIDTH  # landscape
# Job, Phase, Cost Code, Cat, Item, Description, Qty, UM, Unit Cost, Need By
ITEMS = [
    (
        "24117",
        "03",
        "03-1510",
        "M",
        "QH-AB-0612",
        "Anchor bolt F1554 Gr36 3/4x12 galv",
        "400",
        "EA",
        "6.85",
        "01/11/2027",
    ),
    (
        "24117",
        "03",
        "03-1510",
        "M",
        "QH-EP-1208",
        "Embed plate A36 12x8x1/2 w/ 4 studs",
        "120",
        "EA",
        "38.40",
        "01/11/2027",
    ),
    (
        "24117",
        "05",
        "05-1200",
        "M",
        "QH-SB-3810",
        "Shear stud 3/8x4 7/16 weld-on",
        "20",
        "BX",
        "92.50",
        "01/11/2027",
    ),
    (
        "24117",
        "22",
        "22-0529",
        "M",
        "QH-UC-1658",
        "Strut channel 1-5/8 12ga HDG",
        "1200",
        "LF",
        "3.15",
        "01/18/2027",
    ),
    (
        "24117",
        "22",
        "22-0548",
        "M",
        "QH-SK-0410",
        "Seismic brace kit cable 1/8 w/ fittings",
        "60",
        "SET",
        "44.75",
        "01/18/2027",
    ),
    (
        "24131",
        "03",
        "03-1510",
        "M",
        "QH-AB-0818",
        "Anchor bolt F1554 Gr55 1x18 galv",
        "240",
        "EA",
        "14.20",
        "01/25/2027",
    ),
    (
        "24131",
        "03",
        "03-1520",
        "M",
        "QH-LP-0606",
        "Leveling plate A36 6x6x1/4 slotted",
        "240",
        "EA",
        "7.60",
        "01/25/2027",
    ),
    (
        "24131",
        "05",
        "05-1200",
        "M",
        "QH-CL-0375",
        "Beam clamp 3/8 rod malleable iron",
        "500",
        "EA",
        "2.48",
        "01/25/2027",
    ),
    (
        "24131",
        "22",
        "22-0529",
        "M",
        "QH-UC-1658",
        "Strut channel 1-5/8 12ga HDG",
        "800",
        "LF",
        "3.15",
        "01/25/2027",
    ),
    (
        "24131",
        "26",
        "26-0529",
        "M",
        "QH-RH-0370",
        "Threaded rod 3/8-16 A307 zinc 10 ft",
        "300",
        "EA",
        "5.90",
        "01/25/2027",
    ),
]
COLUMNS = [  # heading, width, align
    ("Ln", 22, "c"),
    ("Job", 38, "c"),
    ("Phase", 32, "c"),
    ("Cost Code", 50, "c"),
    ("Cat", 24, "c"),
    ("Item", 72, "l"),
    ("Description", 206, "l"),
    ("Qty", 46, "r"),
    ("UM", 28, "c"),
    ("Unit Cost", 54, "r"),
    ("Tax", 24, "c"),
    ("Extension", 70, "r"),
    ("Need By", 56, "c"),
]


def total() -> Decimal:
    return sum((amount(item[6], item[8]) for item in ITEMS), Decimal(0))


def day(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%m/%d/%Y").date()


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=day(PO_DATE),
        delivery=day(REQUIRED),
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (part, text, qty, unit, price, f"{amount(qty, price)}")
            for _, _, _, _, part, text, qty, unit, price, _ in ITEMS
        ],
    )


def _head(c) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    top = HEIGHT - 40
    draw.text(c, 30, top, BUYER, bold, 14)
    draw.text(
        c,
        30,
        top - 13,
        "1735 W Evans Ave, Denver, CO 80223  |  (303) 555-0148  |  purchasing@ridgelinebuild.com",
        font,
        8,
    )
    draw.text(c, WIDTH - 30, top, "PURCHASE ORDER", bold, 16, "right")
    draw.text(c, WIDTH - 30, top - 15, f"PO No. {PO}", bold, 11, "right")
    draw.text(c, WIDTH - 30, top - 27, "All amounts in US Dollars", font, 7.5, "right")
    boxes = [
        ("PO Date", PO_DATE),
        ("Vendor #", "V-20418"),
        ("Ship Via", "Ocean LCL / Denver rail ramp"),
        ("F.O.B.", "Origin - Shanghai"),
        ("Terms", TERMS),
        ("Required By", REQUIRED),
        ("Ordered By", "Dana Whitfield"),
    ]
    widths = [80, 70, 150, 110, 120, 80, 172]
    x, y = 30, top - 40
    for (label, value), width in zip(boxes, widths, strict=True):
        c.setFillColorRGB(0.88, 0.9, 0.93)
        c.rect(x, y - 13, width, 13, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw.box(c, x, y, width, 13)
        draw.box(c, x, y - 13, width, 16)
        draw.text(c, x + 4, y - 9.5, label, bold, 7.5)
        draw.text(c, x + 4, y - 25, value, font, 8.5)
        x += width
    y -= 48
    blocks = [
        (
            "Vendor:",
            [OUR_NAME_EN, "No. 88 Fengli Street, Suzhou Industrial Park", "Suzhou, Jiangsu 215000, China"],
        ),
        ("Ship To:", [YARD, STREET, CITY, "Site contact: Luis Ortega (720) 555-0192"]),
        ("Bill To:", [BUYER, "Accounts Payable", "1735 W Evans Ave, Denver, CO 80223"]),
    ]
    for n, (label, lines) in enumerate(blocks):
        bx = 30 + 262 * n
        draw.text(c, bx, y, label, bold, 8.5)
        for k, line in enumerate(lines):
            draw.text(c, bx + 8, y - 12 - 11 * k, line, font, 8.5)
    return y - 12 - 11 * 4 - 8


def _table(c, y: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    edges = [30]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    head_h, row_h = 16, 15
    c.setFillColorRGB(0.88, 0.9, 0.93)
    c.rect(edges[0], y - head_h, edges[-1] - edges[0], head_h, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for n, (heading, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[n] + edges[n + 1]) / 2, y - 11, heading, bold, 7.5, "center")
    rows = [
        [
            str(n),
            job,
            phase,
            code,
            cat,
            part,
            text,
            f"{int(qty):,}",
            unit,
            price,
            "N",
            grouped(amount(qty, price)),
            need,
        ]
        for n, (job, phase, code, cat, part, text, qty, unit, price, need) in enumerate(ITEMS, start=1)
    ]
    for r, row in enumerate(rows):
        base = y - head_h - r * row_h - 10.5
        for col, value in enumerate(row):
            align = COLUMNS[col][2]
            if align == "r":
                draw.text(c, edges[col + 1] - 3, base, value, font, 7.5, "right")
            elif align == "c":
                draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, 7.5, "center")
            else:
                draw.text(c, edges[col] + 3, base, value, font, 7.5)
    bottom = y - head_h - row_h * len(rows)
    c.setLineWidth(0.5)
    for i in range(len(rows) + 2):
        line_y = y - (0 if i == 0 else head_h + (i - 1) * row_h)
        c.line(edges[0], line_y, edges[-1], line_y)
    for edge in edges:
        c.line(edge, y, edge, bottom)
    y = bottom - 14
    for label, value in (
        ("Subtotal", grouped(total())),
        ("Sales Tax", "0.00"),
        ("Freight", ""),
        ("PO Total", grouped(total())),
    ):
        face = bold if label == "PO Total" else font
        draw.text(c, edges[9] + 3, y, label, face, 8.5)
        draw.text(c, edges[12] - 3, y, value, face, 8.5, "right")
        y -= 12
    return y


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    c.setPageSize((WIDTH, HEIGHT))
    y = _table(c, _head(c))
    font = draw.LATIN_FONT
    conditions = [
        "1. Show the PO number, job number and cost code on every packing slip and invoice. "
        "Partial shipments require Ridgeline's approval.",
        "2. Material shall meet the project specifications and ship with mill certificates. "
        "Sales tax exempt: resale certificate on file.",
        "3. Deliveries to the job yard Mon-Fri 7:00 am-2:00 pm only; call the site contact 24 hours ahead.",
    ]
    for line in conditions:
        draw.text(c, 30, y - 4, line, font, 6.5)
        y -= 9
    c.setLineWidth(0.5)
    c.line(WIDTH - 230, 46, WIDTH - 30, 46)
    draw.text(c, WIDTH - 230, 36, "Authorized Signature", font, 7.5)
    draw.text(c, 30, 36, "Page 1 of 1", font, 7.5)
    c.showPage()
    c.save()
    return buffer.getvalue()
