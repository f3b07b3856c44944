"""Unseen layout: a Nairobi hardware distributor's LOCAL PURCHASE ORDER printed by QuickBooks, USD, 1 page.

Savanna Hardware & Tools Limited (Enterprise Road, Industrial Area) wholesales bearings, power transmission,
fasteners and plumbing to Nairobi's fundis and contractors and keeps its books in QuickBooks Desktop Premier,
as most Kenyan distributors of its size do; its purchase orders go out on a customised template titled LOCAL
PURCHASE ORDER (Kenyan offices say LPO for any order, local or not), in USD with multi-currency on, saved with
QuickBooks' Save as PDF under the form and number (Purchase Order_LPO-26-4182.pdf). What it prints: the
company top left with P.O. Box 46218-00100, Tel (a landline and a Safaricom number), Email and its KRA PIN;
LOCAL PURCHASE ORDER top right over the Date / L.P.O. No. box (18/12/2026, dates day first); the Vendor box
(us) beside the Ship To box (the go-down off Mombasa Road); a strip of custom fields Expected Date
(26/02/2027) | Terms (30% deposit, balance against copy of B/L) | Ship Via | FOB | Quote Ref.; the body in a
column frame under a ruled head Item | Description | Qty | U/M | Rate | Amount: the item code as the item list
names it (SH-BRG-6205), the purchase description wrapped at words, the quantity as keyed with thousands
(1,500; 62.5), U/M (pcs, set, box, roll, mtr, kg, pair), the rate as keyed up to four decimals (0.365;
0.0950), the amount with thousands; two description-only rows (a note typed into the lines, no item, no
quantity); 18 lines; Total with the currency (USD 11,341.50); under it the template's footer text (quote our
LPO No., KEBS PVoC certificate, delivery hours) and Authorised Signature / Date lines, with the Page 1 of 1
QuickBooks prints at the foot.

Truth: the PO number L.P.O. No.; the order date Date; the requested delivery date Expected Date; the currency
USD; the buyer the company; the supplier Vendor (us); the ship-to address Ship To (its lines joined with a
comma and a space); the payment terms Terms; the total Total; per line the part number Item, the description
(wrapped lines joined with a space), the unit U/M, the quantity, the rate and the amount.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Purchase Order_LPO-26-4182.pdf"
BUYER = "SAVANNA HARDWARE & TOOLS LIMITED"
PO = "LPO-26-4182"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 2, 26)
SHIP = ["Savanna Hardware & Tools Ltd", "Go-down No. 7, Kitui Road off Mombasa Road", "Nairobi, Kenya"]
ADDRESS = ", ".join(SHIP)
TERMS = "30% deposit, balance against copy of B/L"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
# Item, Description, U/M, Qty, Rate; a row with no item is a note typed into the lines
ITEMS = [
    ("SH-BRG-6205", "Deep groove ball bearing 6205-2RS C3, sealed both sides", "pcs", "600", "0.98"),
    ("SH-BRG-6305", "Deep groove ball bearing 6305-ZZ C3", "pcs", "400", "1.46"),
    (
        "SH-BRG-UCP208",
        "Pillow block bearing UCP208 (40mm bore), cast iron housing with grease nipple, complete unit",
        "pcs",
        "120",
        "6.85",
    ),
    ("SH-VB-B68", "V-belt B68 classical wrapped", "pcs", "300", "2.12"),
    ("SH-VB-SPB2000", "Wedge belt SPB 2000 Lw, oil and heat resistant", "pcs", "150", "4.30"),
    ("SH-CH-08B", "Roller chain 08B-1 simplex, 5m boxes", "box", "60", "11.75"),
    ("", "Note: all bearings to be packed in individual boxes with the brand and size printed.", "", "", ""),
    ("SH-OR-KIT382", "O-ring assortment kit 382 pcs NBR 70 in plastic case", "set", "80", "7.40"),
    ("SH-OS-3552", "Oil seal TC 35x52x7 NBR", "pcs", "2000", "0.365"),
    (
        "SH-HB-1650",
        "Hex bolt M16x50 grade 8.8 zinc plated, complete with hex nut and flat washer, 50 sets a bag",
        "pcs",
        "1500",
        "0.2850",
    ),
    ("SH-WS-M10", "Spring washer M10 zinc plated (1000 pcs a box)", "box", "40", "5.60"),
    ("SH-PVC-0032", "PPR pipe PN20 32mm x 4m length, green", "mtr", "62.5", "1.84"),
    (
        "SH-GT-0050",
        "Gate valve brass 2 inch BSP female threaded, PN16, rising stem with cast iron hand wheel",
        "pcs",
        "90",
        "14.25",
    ),
    ("SH-TP-0019", "PTFE thread seal tape 19mm x 10m", "roll", "5000", "0.0950"),
    ("SH-WR-0025", "Welding rod E6013 2.5mm, 5 kg packets", "kg", "450", "1.38"),
    ("SH-CD-0250", "Cutting disc 230 x 3 x 22.23mm for steel, EN 12413", "pcs", "1200", "0.72"),
    ("", "Note: cutting discs and welding rods need the KEBS PVoC Certificate of Conformity.", "", "", ""),
    ("SH-GL-0011", "Leather welding gloves, lined, 14 inch", "pair", "250", "2.05"),
    ("SH-HM-0500", "Sledge hammer 5 kg fibreglass handle", "pcs", "60", "8.90"),
    (
        "SH-WB-0650",
        "Wheelbarrow 65L heavy duty, 0.8mm pan, pneumatic tyre 3.50-8, knocked down (CKD), 2 pcs a carton",
        "pcs",
        "40",
        "24.60",
    ),
]
LINES = [item for item in ITEMS if item[0]]
FIELDS = ItemFields(part=0, description=1, unit=2, quantity=3, price=4, discount=None)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("Item",), 78, "l"),
        Column(("Description",), 0, "l"),
        Column(("Qty",), 44, "r"),
        Column(("U/M",), 30, "c"),
        Column(("Rate",), 50, "r"),
        Column(("Amount",), 66, "r"),
    ],
    size=8,
    line_h=10,
)


def money(value: Decimal | str) -> str:
    """1,234.50: QuickBooks' amounts."""
    return f"{Decimal(value):,.2f}"


def qty(value: str) -> str:
    """A quantity as keyed, with thousands (1,500; 62.5)."""
    whole, _, decimals = value.partition(".")
    return f"{int(whole):,}" + (f".{decimals}" if decimals else "")


def ke_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def total() -> Decimal:
    return FIELDS.total(LINES)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(LINES),
    )


def _boxes(c: Canvas, x: float, y: float, cells: list[tuple[str, str, float]]) -> None:
    """A ruled strip of caption cells over value cells (QuickBooks' header fields)."""
    for caption, value, width in cells:
        c.rect(x, y - 14, width, 14)
        c.rect(x, y - 30, width, 16)
        draw.text(c, x + width / 2, y - 10, caption, FONT, 8, "center")
        draw.text(c, x + width / 2, y - 25, value, FONT, 8, "center")
        x += width


def _head(c: Canvas) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, BOLD, 12)
    company = [
        "Enterprise Road, Industrial Area",
        "P.O. Box 46218-00100, Nairobi, Kenya",
        "Tel: +254 20 655 4182 / 0722 418 218",
        "Email: procurement@savannahardware.co.ke",
        "KRA PIN: P051418218K",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 10 * k, value, FONT, 8.5)
    draw.text(c, RIGHT, top, "LOCAL PURCHASE ORDER", BOLD, 16, "right")
    c.setLineWidth(0.6)
    _boxes(c, RIGHT - 180, top - 16, [("Date", ke_date(ORDER_DATE), 90), ("L.P.O. No.", PO, 90)])
    y = top - 82
    vendor = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "Suzhou 215163, Jiangsu, China"]
    for x, caption, lines in ((LEFT, "Vendor", vendor), (LEFT + 280, "Ship To", SHIP)):
        c.rect(x, y - 14, 240, 14)
        c.rect(x, y - 60, 240, 46)
        draw.text(c, x + 4, y - 10, caption, FONT, 8.5)
        for k, value in enumerate(lines):
            draw.text(c, x + 5, y - 26 - 10.5 * k, value, FONT, 8.5)
    y -= 74
    strip = [
        ("Expected Date", ke_date(DELIVERY), 76),
        ("Terms", TERMS, 180),
        ("Ship Via", "Sea freight, FCL", 86),
        ("FOB", "Ningbo", 76),
        ("Quote Ref.", "QH-Q26-1207", RIGHT - LEFT - 418),
    ]
    _boxes(c, LEFT, y, strip)
    return y - 40


def _row(c: Canvas, y: float, item: tuple) -> float:
    code, name, unit, quantity, rate = item
    description = wrap_words(name, FONT, GRID.size, GRID.width(1))
    if not code:
        return GRID.cells(c, y, [[""], description, [""], [""], [""], [""]], FONT)
    cells = [[code], description, [qty(quantity)], [unit], [rate], [money(FIELDS.amount(item))]]
    return GRID.cells(c, y, cells, FONT)


def _end(c: Canvas, y: float, top: float) -> None:
    bottom = 196.0
    if y < bottom:
        raise AssertionError("the lines run out of their frame")
    GRID.rules(c, top, bottom, 0.6)
    c.rect(GRID.edges[4], bottom - 20, RIGHT - GRID.edges[4], 20)
    draw.text(c, GRID.edges[4] + 4, bottom - 13.5, "Total", BOLD, 10)
    draw.text(c, RIGHT - 3, bottom - 13.5, f"USD {money(total())}", BOLD, 10, "right")
    notes = [
        "Please quote our L.P.O. No. on all invoices, packing lists and delivery notes.",
        "Goods subject to inspection on arrival; imported items must carry the KEBS PVoC Certificate",
        "of Conformity. Deliveries to the go-down Mon-Fri 8.00 am - 4.30 pm only.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, bottom - 14 - 10 * k, value, FONT, 7.5)
    base = bottom - 90
    c.setLineWidth(0.5)
    for x, caption in ((LEFT, "Authorised Signature"), (LEFT + 200, "Date"), (LEFT + 340, "Company Stamp")):
        c.line(x, base, x + 140, base)
        draw.text(c, x, base - 11, caption, FONT, 8)
    draw.text(c, LEFT, base - 24, "Prepared by: Wanjiku Mwangi (Procurement)", FONT, 7.5)


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Purchase Order {PO}")
    c.setAuthor("Savanna Hardware & Tools Limited")
    c.setCreator("QuickBooks Desktop Premier 2024")
    top = GRID.head(c, _head(c), BOLD, grey=0.85, lines=1)
    y = top
    for item in ITEMS:
        y = _row(c, y, item)
    _end(c, y, top)
    draw.text(c, WIDTH / 2, 24, "Page 1 of 1", FONT, 7.5, "center")
    c.showPage()
    c.save()
    return buffer.getvalue()
