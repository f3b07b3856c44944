"""Unseen layout: a Chemnitz fluid-systems maker's SAP Ariba Network purchase order print, EUR, 2 pages.

Saxon Fluid Systems GmbH runs SAP S/4HANA and sends its orders to suppliers through the Ariba Network;
the supplier opens the order in its Ariba inbox and saves the print view to PDF (A4 portrait). What
Ariba prints: "From:" (the buyer's address block) and "To:" (ours) side by side; Purchase Order (New),
the order number 4500187326, Amount €... EUR, Version 1; Routing Status and the submitted / received
times; Payment Terms, Ship To, Bill To and Deliver To blocks; Other Information (company code, purchasing
group); then Line Items with heads over two lines (Line # | No. Schedule Lines | Part # / Description |
Customer Part # | Type | Return | Revision Level | Qty (Unit) | Need By | Unit Price | Subtotal), each
line a BLOCK: the main row (10, 20 ...; our part number under Part #, the buyer's material number under
Customer Part #, Material, 500 (EA), 15 Jan 2027, €2.64 EUR, €1,320.00 EUR), the description under it,
then small sub-lines (Manufacturer Part ID, Ship To, Requested Delivery Date, Customer Location),
a rule under each block; 16 lines over 2 pages, the running head (Purchase Order 4500187326) and
the column heads again on page 2; Order submitted on / Received by Ariba Network on; Sub-total, Tax,
Total; "Page 1 of 2".

Truth: the PO number Order ID 4500187326; the order date the submitted date (14 Dec 2026); the requested
delivery date the earliest Need By (15 Jan 2027; five lines later, 29 Jan 2027); the currency EUR; the
buyer the "From:" company; the supplier the "To:" company (us); the ship-to address the Ship To block
without the company (its lines joined with ", "); the payment terms; the total Total; per line the part
number Customer Part # (the buyer's material number), the description the block's description line, the
quantity and the unit from Qty (Unit), the unit price and the amount Subtotal.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "PO_4500187326.pdf"
BUYER = "Saxon Fluid Systems GmbH"
PO = "4500187326"
ORDER_DATE = dt.date(2026, 12, 14)
DELIVERY = dt.date(2027, 1, 15)
LATER = dt.date(2027, 1, 29)
SHIP_LINES = ["Werk 2 - Wareneingang Tor 3", "Neefestraße 88", "09119 Chemnitz", "Germany"]
ADDRESS = ", ".join(SHIP_LINES)
TERMS = "Within 60 days due net"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 30.0, draw.PAGE_WIDTH - 30.0
GREY = (0.35, 0.35, 0.35)
# Part # (ours), Customer Part #, description, manufacturer part, unit, qty, unit price, later
ITEMS = [
    (
        "QH-6205-2RS",
        "100231455",
        "Deep groove ball bearing 6205-2RS C3",
        "6205-2RSH/C3",
        "EA",
        "500",
        "2.64",
        False,
    ),
    (
        "QH-6306-ZZ",
        "100231460",
        "Deep groove ball bearing 6306-2Z C3",
        "6306-2Z/C3",
        "EA",
        "240",
        "4.85",
        False,
    ),
    (
        "QH-TC-40628",
        "100318702",
        "Radial shaft seal 40x62x8 NBR",
        "BAUSL 40x62x8",
        "PCE",
        "1200",
        "0.46",
        False,
    ),
    ("QH-OR-KIT-R1", "100318799", "O-ring kit cylinder R1 FKM 80", "KIT-R1-FKM", "SET", "150", "6.90", False),
    (
        "QH-SK-6336",
        "100320114",
        "Seal kit hydraulic cylinder 63/36",
        "SK 63/36-PU",
        "SET",
        "80",
        "18.75",
        True,
    ),
    ("QH-ROD-CK45-25", "100402210", "Chrome plated rod CK45 d25 h6", "CK45-25-H6", "M", "240", "9.35", False),
    (
        "QH-TUBE-E355-63",
        "100402233",
        "Honed tube E355 63x76 ISO H8",
        "E355-63X76",
        "M",
        "120",
        "21.40",
        False,
    ),
    (
        "QH-FIT-GE12L",
        "100515007",
        "Straight male stud coupling GE12-LR 1/4",
        "GE12LR1/4",
        "PCE",
        "800",
        "1.18",
        False,
    ),
    ("QH-FIT-W12L", "100515019", "Equal elbow W12-L steel zinc-nickel", "W12L", "PCE", "600", "1.62", False),
    ("QH-BV-DN15", "100517340", "Ball valve DN15 PN500 2-way", "BKH-15-1213", "EA", "60", "38.50", True),
    (
        "QH-CLAMP-GR2",
        "100520455",
        "Pipe clamp group 2 PP, double",
        "2 PP 12 DP-AS",
        "SET",
        "400",
        "1.95",
        False,
    ),
    (
        "QH-PIN-20X60",
        "100601288",
        "Clevis pin 20x60 hardened with circlips",
        "BZ-20-60",
        "EA",
        "300",
        "2.25",
        False,
    ),
    ("QH-SHIM-050", "100601301", "Shim ring DIN 988 50x62x0.5", "DIN988-50", "PCE", "2000", "0.18", False),
    ("QH-GREASE-EP2", "100700016", "Lithium grease EP2, 18 kg pail", "LGEP2-18", "KG", "72.5", "6.40", True),
    ("QH-HOSE-2SN-10", "100712004", "Hydraulic hose 2SN DN10 bulk", "2SN-10-BULK", "M", "350", "3.72", True),
    (
        "QH-FILT-P160",
        "100730119",
        "Pressure filter element 160 l/min 10 um",
        "P160-10-GL",
        "EA",
        "48",
        "27.80",
        True,
    ),
]
COLUMNS = [  # heading (two lines), width, align
    (("Line", "#"), 24, "l"),
    (("No. Schedule", "Lines"), 46, "l"),
    (("Part # /", "Description"), 86, "l"),
    (("Customer", "Part #"), 52, "l"),
    (("Type", ""), 40, "l"),
    (("Return", ""), 28, "l"),
    (("Revision", "Level"), 34, "l"),
    (("Qty (Unit)", ""), 52, "r"),
    (("Need By", ""), 50, "r"),
    (("Unit Price", ""), 58, "r"),
    (("Subtotal", ""), RIGHT - LEFT - 470, "r"),
]
SIZE, STEP, SMALL = 7.0, 9.0, 6.2
BOTTOM = 70.0
LOCATION = "1000 (Saxon Fluid Systems GmbH) / Plant 1200 Chemnitz Werk 2"


def line_amount(item: tuple) -> Decimal:
    return amount(item[5], item[6])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def money(value: Decimal | str) -> str:
    return f"€{Decimal(value):,.2f} EUR"


def when(day: dt.date) -> str:
    return day.strftime("%d %b %Y")


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (customer, text, qty, unit, price, f"{amount(qty, price)}")
            for _, customer, text, _, unit, qty, price, _ in ITEMS
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _put(c, col: int, base: float, value: str, font: str = FONT, size: float = SIZE) -> None:
    edges, align = _edges(), COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 2, base, value, font, size, "right")
    else:
        draw.text(c, edges[col] + 2, base, value, font, size)


def _sub_lines(item: tuple) -> list[str]:
    later = item[7]
    return [
        f"Manufacturer Part ID: {item[3]}",
        "Ship To: Saxon Fluid Systems GmbH, Werk 2 - Wareneingang Tor 3",
        f"Requested Delivery Date: {when(LATER if later else DELIVERY)}",
        f"Customer Location: {LOCATION}",
    ]


def _height(item: tuple) -> float:
    return 6 + STEP * 2 + 8 * len(_sub_lines(item)) + 4


def _address(c, x: float, top: float, lines: list[str], size: float = 8) -> float:
    for k, value in enumerate(lines):
        draw.text(c, x, top - size * 1.3 * k, value, BOLD if k == 0 else FONT, size)
    return top - size * 1.3 * len(lines)


def _head(c, page: int, pages: int) -> float:
    top = HEIGHT - 36
    if page > 1:
        draw.text(c, LEFT, top, f"Purchase Order: {PO}", BOLD, 10)
        draw.text(c, RIGHT, top, f"{BUYER}  |  Version 1", FONT, 8, "right")
        c.setLineWidth(0.6)
        c.line(LEFT, top - 6, RIGHT, top - 6)
        return top - 22
    draw.text(c, LEFT, top, "From:", FONT, 7.5)
    draw.text(c, WIDTH / 2, top, "To:", FONT, 7.5)
    buyer = [
        BUYER,
        "Neefestraße 82",
        "09119 Chemnitz",
        "Germany",
        "Phone: +49 (371) 5345-0",
        "Fax: +49 (371) 5345-299",
    ]
    ours = [
        OUR_NAME_EN,
        "No. 88 Huoju Road, Suzhou New District",
        "Suzhou, Jiangsu 215163",
        "China",
        "Phone: +86 (512) 6651-2280",
        "Email: orders@qihang-precision.cn",
    ]
    _address(c, LEFT, top - 12, buyer)
    _address(c, WIDTH / 2, top - 12, ours)
    top -= 96
    draw.text(c, LEFT, top, "Purchase Order", BOLD, 15)
    draw.text(c, LEFT + 122, top, "(New)", FONT, 9)
    draw.text(c, LEFT, top - 15, PO, BOLD, 11)
    draw.text(c, LEFT, top - 28, f"Amount: {money(total())}", FONT, 8.5)
    draw.text(c, LEFT, top - 40, "Version: 1", FONT, 8.5)
    right = WIDTH / 2
    draw.text(c, right, top, "Routing Status: Sent", FONT, 8)
    draw.text(c, right, top - 12, "External Document Type: NB (Standard PO)", FONT, 8)
    draw.text(c, right, top - 24, "Related Documents: Contract CW4611 (framework 2026-2027)", FONT, 8)
    top -= 60
    c.setLineWidth(0.4)
    c.line(LEFT, top + 8, RIGHT, top + 8)
    blocks = [
        (LEFT, "Payment Terms", [TERMS]),
        (LEFT + 180, "Ship To", [BUYER, *SHIP_LINES]),
        (
            LEFT + 360,
            "Bill To",
            [BUYER, "Accounts Payable", "Postfach 11 07 44", "09027 Chemnitz", "Germany"],
        ),
    ]
    for x, title, lines in blocks:
        draw.text(c, x, top, title, BOLD, 8.5)
        _address(c, x, top - 12, lines, 7.5)
    draw.text(c, LEFT, top - 36, "Deliver To", BOLD, 8.5)
    draw.text(c, LEFT, top - 48, "Thomas Krause (Lager Werk 2)", FONT, 7.5)
    draw.text(c, LEFT, top - 58, "Building 14, dock 3", FONT, 7.5)
    top -= 84
    draw.text(c, LEFT, top, "Other Information", BOLD, 8.5)
    info = "Company Code: 1000   Purchasing Organization: 1000   Purchasing Group: P12 (Fluid Components)"
    draw.text(c, LEFT, top - 12, info, FONT, 7.5)
    draw.text(c, LEFT, top - 22, "Buyer: Katrin Weber  k.weber@saxon-fluid.de  +49 (371) 5345-214", FONT, 7.5)
    top -= 42
    draw.text(c, LEFT, top, "Line Items", BOLD, 10)
    return top - 8


def _heads(c, top: float) -> float:
    edges = _edges()
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(LEFT, top - 20, RIGHT - LEFT, 20, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for col, ((first, second), _, align) in enumerate(COLUMNS):
        x = edges[col + 1] - 2 if align == "r" else edges[col] + 2
        how = "right" if align == "r" else "left"
        draw.text(c, x, top - 8, first, BOLD, 6.5, how)
        if second:
            draw.text(c, x, top - 16, second, BOLD, 6.5, how)
    c.setLineWidth(0.6)
    c.line(LEFT, top - 20, RIGHT, top - 20)
    return top - 20


def _block(c, top: float, n: int, item: tuple) -> float:
    ours, customer, text, _, unit, qty, price, later = item
    base = top - 9
    _put(c, 0, base, str(10 * n))
    _put(c, 1, base, "1")
    _put(c, 2, base, ours)
    _put(c, 3, base, customer)
    _put(c, 4, base, "Material")
    _put(c, 6, base, "")
    _put(c, 7, base, f"{qty} ({unit})")
    _put(c, 8, base, when(LATER if later else DELIVERY))
    _put(c, 9, base, money(price))
    _put(c, 10, base, money(line_amount(item)))
    draw.text(c, _edges()[2] + 2, base - STEP, text, FONT, SIZE)
    c.setFillColorRGB(*GREY)
    y = base - STEP * 2
    for sub in _sub_lines(item):
        draw.text(c, _edges()[2] + 10, y, sub, FONT, SMALL)
        y -= 8
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.3)
    c.line(LEFT, top - _height(item), RIGHT, top - _height(item))
    return top - _height(item)


def _totals(c, top: float) -> float:
    rows = [("Sub-total", money(total())), ("Tax", money("0")), ("Total", money(total()))]
    for k, (label, value) in enumerate(rows):
        font = BOLD if label == "Total" else FONT
        draw.text(c, RIGHT - 120, top - 12 - 12 * k, label, font, 8)
        draw.text(c, RIGHT - 2, top - 12 - 12 * k, value, font, 8, "right")
    top -= 52
    draw.text(c, LEFT, top, f"Order submitted on: Monday {when(ORDER_DATE)} 8:47 AM GMT+01:00", FONT, 7.5)
    draw.text(
        c,
        LEFT,
        top - 11,
        f"Received by Ariba Network on: Monday {when(ORDER_DATE)} 8:48 AM GMT+01:00",
        FONT,
        7.5,
    )
    sent = f"This Purchase Order was sent by {BUYER} AN01427339051 and delivered by Ariba Network."
    draw.text(c, LEFT, top - 22, sent, FONT, 7.5)
    return top - 30


def _foot(c, page: int, pages: int) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 44, RIGHT, 44)
    draw.text(c, LEFT, 34, "SAP Business Network - Purchase Order", FONT, 6.5)
    draw.text(c, RIGHT, 34, f"Page {page} of {pages}", FONT, 6.5, "right")


def _pages() -> list[list[int]]:
    pages: list[list[int]] = [[]]
    room = HEIGHT - 36 - 96 - 60 - 84 - 42 - 8 - 20 - BOTTOM
    for index, item in enumerate(ITEMS):
        if room - _height(item) < 0:
            pages.append([])
            room = HEIGHT - 36 - 22 - 20 - BOTTOM
        pages[-1].append(index)
        room -= _height(item)
    return pages


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    chunks = _pages()
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        y = _heads(c, _head(c, page, len(chunks)))
        for index in chunk:
            y = _block(c, y, index + 1, ITEMS[index])
        if y < BOTTOM - 1:
            raise AssertionError(f"page {page} overflows")
        if page == len(chunks) and _totals(c, y) < 48:
            raise AssertionError("the totals do not fit")
        _foot(c, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
