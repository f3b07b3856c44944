"""Unseen layout: a Grand Rapids automation builder's Coupa purchase order print, USD, 2 pages.

Pinecrest Automation Inc. buys through Coupa; the supplier gets the order by e-mail with Coupa's PDF print.
What Coupa prints: the buyer's name and address top left; "Purchase Order #PO-104872" in large type and, in
a box on the right, Order Date 12/14/2026 (US, month first), Revision 0, Requester, Email; Supplier (us,
with our address and the supplier number), Ship To and Bill To blocks side by side; a strip Payment Terms
Net 45 | Shipping Terms FOB Origin | Shipping Method | Currency; then the lines table Line | Item | Qty |
UOM | Price | Total | Need By whose Item cell holds the item name (long names wrapped inside the cell), a
grey "Supplier Part Num: ..." sub-line and a small "Commodity: ..." line; 14 lines over 2 pages, the column
heads again on page 2; "Total USD" under the table; the terms and conditions paragraph; "Page 1 of 2".

Truth: the PO number PO-104872; the order date Order Date; the requested delivery date the earliest Need
By (01/15/2027; four lines later, 01/29/2027); the currency USD; the buyer the company top left; the
supplier the Supplier block's company (us); the ship-to address the Ship To block's lines under the company
joined with ", "; the payment terms Net 45; the total Total USD; per line the part number Supplier Part Num
(the only part number printed), the description the item name (its wrapped lines joined with a space), the
quantity, the unit UOM, the unit price Price and the amount Total.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "Pinecrest_Automation_PO-104872.pdf"
BUYER = "Pinecrest Automation Inc."
PO = "PO-104872"
ORDER_DATE = dt.date(2026, 12, 14)
DELIVERY = dt.date(2027, 1, 15)
LATER = dt.date(2027, 1, 29)
SHIP_LINES = ["4410 Kraft Ave SE", "Building B, Dock 4", "Grand Rapids, MI 49512", "United States"]
ADDRESS = ", ".join(SHIP_LINES)
TERMS = "Net 45"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 36.0, draw.PAGE_WIDTH - 36.0
GREY = (0.4, 0.4, 0.4)
# item name, supplier part num, commodity, uom, qty, price, later
ITEMS = [
    ("Bearing, Deep Groove Ball 6205-2RS C3", "QH-6205-2RS", "MRO > Bearings", "EA", "600", "2.64", False),
    ("Bearing, Deep Groove Ball 6308-ZZ C3", "QH-6308-ZZ", "MRO > Bearings", "EA", "200", "4.85", False),
    (
        "Linear Guide Rail HGR20, 1200 mm, induction hardened, with end caps and mounting bolts",
        "QH-HGR20-1200",
        "Production Materials > Motion Components",
        "EA",
        "40",
        "38.50",
        True,
    ),
    (
        "Carriage Block HGH20CA, standard preload",
        "QH-HGH20CA",
        "Production Materials > Motion Components",
        "EA",
        "80",
        "16.75",
        True,
    ),
    (
        "Ball Screw SFU1605, C7, 800 mm, machined ends BK12/BF12",
        "QH-SFU1605-800",
        "Production Materials > Motion Components",
        "EA",
        "24",
        "46.20",
        True,
    ),
    (
        "Shaft Coupling, Jaw Type, 14 x 16 mm",
        "QH-CPL-1416",
        "Production Materials > Power Transmission",
        "EA",
        "120",
        "6.35",
        False,
    ),
    (
        "Socket Head Cap Screw M6 x 20, Class 12.9, Black Oxide (Box of 100)",
        "QH-SHCS-M620",
        "MRO > Fasteners",
        "BX",
        "60",
        "4.90",
        False,
    ),
    (
        "Hex Nut M8, Class 8, Zinc Plated (Box of 100)",
        "QH-HN-M8",
        "MRO > Fasteners",
        "BX",
        "45",
        "2.15",
        False,
    ),
    ("O-Ring 20 x 2.4 mm FKM 75 Duro", "QH-OR-2024", "MRO > Seals", "EA", "1500", "0.18", False),
    (
        "Timing Belt HTD 5M-425, 15 mm wide",
        "QH-HTD5M-425",
        "Production Materials > Power Transmission",
        "EA",
        "150",
        "7.40",
        False,
    ),
    (
        "Timing Pulley HTD 5M, 24 Teeth, Aluminum, 8 mm Bore",
        "QH-PUL-5M24",
        "Production Materials > Power Transmission",
        "EA",
        "150",
        "5.85",
        False,
    ),
    ("Hydraulic Hose 2SN, 3/8 in, Bulk", "QH-HOSE-2SN-06", "MRO > Hydraulics", "FT", "820", "1.12", False),
    (
        "Grease, Lithium Complex EP2, 35 lb Pail",
        "QH-GR-EP2-35",
        "MRO > Lubricants",
        "EA",
        "12",
        "86.00",
        False,
    ),
    (
        "Precision Shaft 12 mm h6, 500 mm, Case Hardened",
        "QH-SHAFT-12-500",
        "Production Materials > Motion Components",
        "EA",
        "96",
        "11.25",
        False,
    ),
]
COLUMNS = [  # heading, width, align
    ("Line", 30, "l"),
    ("Item", 210, "l"),
    ("Qty", 44, "r"),
    ("UOM", 36, "l"),
    ("Price", 58, "r"),
    ("Total", 78, "r"),
    ("Need By", RIGHT - LEFT - 456, "r"),
]
SIZE, STEP = 8.0, 10.0
BOTTOM = 64.0
CONDITIONS = (
    "Terms and Conditions: This Purchase Order is subject to Pinecrest Automation Inc. Standard Terms and "
    "Conditions of Purchase (Rev. 2025-03), available at pinecrestautomation.com/supplier-terms, which are "
    "incorporated by reference. Acceptance of this order, shipment of goods or commencement of performance "
    "constitutes acceptance of these terms. The PO number must appear on all invoices, packing slips and "
    "bills of lading. Invoices shall be submitted through the Coupa Supplier Portal. Certificates of "
    "conformance are required for all production materials. Partial shipments are accepted only with the "
    "prior written approval of the buyer."
)


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def line_amount(item: tuple) -> Decimal:
    return amount(item[4], item[5])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def us_date(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


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
            (part, name, qty, unit, price, f"{amount(qty, price)}")
            for name, part, _, unit, qty, price, _ in ITEMS
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _names(item: tuple) -> list[str]:
    return wrap_words(item[0], BOLD, SIZE, COLUMNS[1][1] - 8)


def _height(item: tuple) -> float:
    return 8 + STEP * len(_names(item)) + 9 + 8 + 4


def _block(c, lines: list[str], x: float, top: float, title: str, size: float = 8) -> None:
    draw.text(c, x, top, title, BOLD, 9)
    for k, value in enumerate(lines):
        draw.text(c, x, top - 13 - 10.5 * k, value, FONT, size)


def _head(c, page: int) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, BOLD, 13)
    draw.text(c, LEFT, top - 13, "4410 Kraft Ave SE, Grand Rapids, MI 49512", FONT, 8)
    draw.text(c, LEFT, top - 23, "Phone (616) 555-0187", FONT, 8)
    title = f"Purchase Order #{PO}"
    draw.text(c, LEFT, top - 52, title, BOLD, 17)
    box = RIGHT - 205
    c.setLineWidth(0.5)
    c.rect(box, top - 62, 205, 72)
    rows = [
        ("Order Date", us_date(ORDER_DATE)),
        ("Revision", "0"),
        ("Requester", "Mark Delaney"),
        ("Email", "mdelaney@pinecrestautomation.com"),
    ]
    for k, (label, value) in enumerate(rows):
        draw.text(c, box + 6, top - 4 - 16 * k, label, BOLD, 7.5)
        draw.text(c, box + 62, top - 4 - 16 * k, value, FONT, 7.5)
    if page > 1:
        return top - 78
    y = top - 96
    _block(
        c,
        [
            OUR_NAME_EN,
            "No. 88 Huoju Road, Suzhou New District",
            "Suzhou, Jiangsu 215163",
            "China",
            "Supplier Number: 100734",
        ],
        LEFT,
        y,
        "Supplier",
    )
    _block(c, [BUYER, *SHIP_LINES], LEFT + 186, y, "Ship To")
    _block(
        c,
        [BUYER, "Attn: Accounts Payable", "PO Box 2290", "Grand Rapids, MI 49501", "United States"],
        LEFT + 372,
        y,
        "Bill To",
    )
    y -= 82
    strip = [
        ("Payment Terms", TERMS),
        ("Shipping Terms", "FOB Origin"),
        ("Shipping Method", "Ocean LCL"),
        ("Currency", "USD"),
    ]
    c.setFillColorRGB(0.92, 0.94, 0.97)
    c.rect(LEFT, y - 22, RIGHT - LEFT, 30, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, (label, value) in enumerate(strip):
        x = LEFT + 6 + 131 * k
        draw.text(c, x, y - 2, label, BOLD, 7.5)
        draw.text(c, x, y - 14, value, FONT, 8)
    return y - 36


def _heads(c, top: float) -> float:
    edges = _edges()
    c.setFillColorRGB(0.22, 0.33, 0.47)
    c.rect(LEFT, top - 16, RIGHT - LEFT, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    for col, (title, _, align) in enumerate(COLUMNS):
        if align == "r":
            draw.text(c, edges[col + 1] - 4, top - 11, title, BOLD, 8, "right")
        else:
            draw.text(c, edges[col] + 4, top - 11, title, BOLD, 8)
    c.setFillColorRGB(0, 0, 0)
    return top - 16


def _row(c, top: float, n: int, item: tuple) -> float:
    _, part, commodity, unit, qty, price, later = item
    edges = _edges()
    base = top - 8 - SIZE
    draw.text(c, edges[0] + 4, base, str(n), FONT, SIZE)
    for k, part_of_name in enumerate(_names(item)):
        draw.text(c, edges[1] + 4, base - STEP * k, part_of_name, BOLD, SIZE)
    y = base - STEP * len(_names(item))
    c.setFillColorRGB(*GREY)
    draw.text(c, edges[1] + 4, y + 1, f"Supplier Part Num: {part}", FONT, 7.2)
    draw.text(c, edges[1] + 4, y - 8, f"Commodity: {commodity}", FONT, 6.2)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, edges[3] - 4, base, f"{Decimal(qty):,}", FONT, SIZE, "right")
    draw.text(c, edges[3] + 4, base, unit, FONT, SIZE)
    draw.text(c, edges[5] - 4, base, f"{money(price)} USD", FONT, SIZE, "right")
    draw.text(c, edges[6] - 4, base, f"{money(line_amount(item))} USD", FONT, SIZE, "right")
    draw.text(c, edges[7] - 4, base, us_date(LATER if later else DELIVERY), FONT, SIZE, "right")
    bottom = top - _height(item)
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.4)
    c.line(LEFT, bottom, RIGHT, bottom)
    c.setStrokeColorRGB(0, 0, 0)
    return bottom


def _end(c, y: float) -> None:
    y -= 18
    draw.text(c, RIGHT - 160, y, "Total USD", BOLD, 10)
    draw.text(c, RIGHT - 4, y, money(total()), BOLD, 10, "right")
    y -= 30
    for k, part in enumerate(wrap_words(CONDITIONS, FONT, 6.8, RIGHT - LEFT)):
        draw.text(c, LEFT, y - 8.5 * k, part, FONT, 6.8)


def _foot(c, page: int, pages: int) -> None:
    draw.text(c, LEFT, 34, f"Pinecrest Automation Inc. - Purchase Order #{PO} - Powered by Coupa", FONT, 6.5)
    draw.text(c, RIGHT, 34, f"Page {page} of {pages}", FONT, 7, "right")


def _pages(first_room: float, room_after: float) -> list[list[int]]:
    pages: list[list[int]] = [[]]
    room = first_room
    for index, item in enumerate(ITEMS):
        if room < _height(item):
            pages.append([])
            room = room_after
        pages[-1].append(index)
        room -= _height(item)
    return pages


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order #{PO}")
    # room for lines: page 1 under the blocks and strip, later pages under the head, less the foot
    chunks = _pages(HEIGHT - 44 - 96 - 82 - 36 - 16 - BOTTOM - 100, HEIGHT - 44 - 78 - 16 - BOTTOM)
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        y = _heads(c, _head(c, page))
        for index in chunk:
            y = _row(c, y, index + 1, ITEMS[index])
        if page == len(chunks):
            _end(c, y)
        _foot(c, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
