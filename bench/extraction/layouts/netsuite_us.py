"""Unseen layout: Lakeshore Industrial Supply Co.'s Purchase Order from Oracle NetSuite's standard PDF, USD.

A Milwaukee MRO distributor runs Oracle NetSuite and sends its POs with the account's standard "Purchase
Order" advanced-PDF template, barely touched: the logo block top left (a drawn mark, the company name and
its address), the title "Purchase Order" top right with "#PO10482" under it and the date (12/5/2026, US
month-first without leading zeros as NetSuite prints them); the "Vendor" and "Ship To" address blocks side
by side under grey labels; a strip of grey-headed boxes Terms | Due Date | Ship Via | Memo with their values
under them; then the item table under a grey head band: Item | Options | Qty | Rate | Amount, where the
Item cell holds the item's vendor-facing name in bold (our code, the vendor name NetSuite keeps per item)
and under it, in normal type, the item's purchase description; Options is empty but for one line; money
with $ and commas ($14.60, $4,380.00); "Total $…" bottom right and the footer with "1 of 1".

Truth: the PO number is PO10482 (printed "#PO10482"); the order date the date under it; the requested
delivery date Due Date; the currency USD; the buyer Lakeshore Industrial Supply Co.; the supplier our
English name (the Vendor block); the ship-to address the Ship To block's street and city lines joined with
", " (the first lines name the company and the receiving dock, the last the country); the payment terms
Terms; the total Total (= the sum of the lines); per line the part number the Item name, the description
the line under it, the quantity Qty, no unit (NetSuite's template prints none), the unit price Rate and
the amount Amount.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "PurchaseOrder_PO10482.pdf"
BUYER = "Lakeshore Industrial Supply Co."
PO = "PO10482"
ORDER_DATE = dt.date(2026, 12, 5)
DUE = dt.date(2027, 1, 15)
STREET, CITY = "4120 W Lake Park Dr", "Milwaukee WI 53224"
ADDRESS = f"{STREET}, {CITY}"
TERMS = "Net 60"
# Item (vendor name), description, options, qty, rate
ITEMS = [
    ("QH-BR-6205", "Deep groove ball bearing 6205-2RS, 25x52x15 mm", "", "300", "3.85"),
    ("QH-BR-6308", "Deep groove ball bearing 6308ZZ C3, 40x90x23 mm", "", "120", "11.40"),
    ("QH-LB-LM20UU", "Linear ball bearing LM20UU, 20 mm bore", "", "200", "4.15"),
    ("QH-SC-M8X30", "Socket head cap screw M8 x 30, class 12.9, black oxide", "Box of 100", "150", "9.60"),
    ("QH-NT-M10F", "Flange nut M10, grade 8, zinc plated", "", "4000", "0.085"),
    ("QH-CP-D30", "Jaw coupling D30 L40, bores 10 mm / 12 mm, aluminum", "", "80", "6.75"),
    ("QH-TB-HTD5M800", "Timing belt HTD 5M, 800 mm long, 25 mm wide, polyurethane", "", "60", "12.90"),
    ("QH-SH-LS16", "Linear shaft 16 mm x 500 mm, induction hardened, h6", "", "100", "8.20"),
    ("QH-PB-UCP205", "Pillow block bearing UCP205, cast iron housing", "", "90", "7.35"),
    ("QH-DP-0630", "Dowel pin 6 x 30 mm, hardened and ground", "", "2500", "0.12"),
]
LEFT, RIGHT = 36, 559
ITEM_X, OPT_X, QTY_R, RATE_R, AMOUNT_R = 42, 330, 420, 480, 553


def usd(value: Decimal | str) -> str:
    """NetSuite's money: $ and commas, two decimals at least (a rate keeps its third)."""
    number = Decimal(value)
    places = max(2, -number.as_tuple().exponent)
    return f"${number:,.{places}f}"


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def us_date(day: dt.date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def total() -> Decimal:
    return sum((amount(item[3], item[4]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DUE,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[(item, text, qty, None, rate, f"{amount(qty, rate)}") for item, text, _, qty, rate in ITEMS],
    )


def _head(c, top: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    c.setFillColorRGB(0.05, 0.36, 0.55)
    c.circle(LEFT + 16, top - 12, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    draw.text(c, LEFT + 16, top - 17, "LS", bold, 13, "center")
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, LEFT + 40, top - 8, BUYER, bold, 11)
    for k, line in enumerate(["2250 N Commerce St", "Milwaukee WI 53212", "United States"]):
        draw.text(c, LEFT + 40, top - 21 - 10 * k, line, font, 8)
    draw.text(c, RIGHT, top - 10, "Purchase Order", bold, 20, "right")
    draw.text(c, RIGHT, top - 28, f"#{PO}", bold, 11, "right")
    draw.text(c, RIGHT, top - 41, us_date(ORDER_DATE), font, 10, "right")
    y = top - 80
    blocks = [
        (
            LEFT,
            "Vendor",
            [OUR_NAME_EN, "No. 88 Fengli Street", "Suzhou Industrial Park", "Suzhou Jiangsu 215000", "China"],
        ),
        (318, "Ship To", [BUYER, "Attn: Receiving - DC 2", STREET, CITY, "United States"]),
    ]
    for x, label, lines in blocks:
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(x, y - 4, 240, 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw.text(c, x + 4, y, label, bold, 9)
        for k, line in enumerate(lines):
            draw.text(c, x + 4, y - 16 - 11 * k, line, font, 9)
    return y - 84


def _strip(c, y: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    boxes = [
        ("Terms", TERMS),
        ("Due Date", us_date(DUE)),
        ("Ship Via", "Ocean LCL"),
        ("Memo", "Q1 restock DC2"),
    ]
    width = (RIGHT - LEFT) / len(boxes)
    c.setLineWidth(0.5)
    for k, (label, value) in enumerate(boxes):
        x = LEFT + k * width
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(x, y - 4, width, 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, y - 20, width, 30, stroke=1, fill=0)
        draw.text(c, x + 4, y, label, bold, 8.5)
        draw.text(c, x + 4, y - 15, value, font, 9)
    return y - 44


def _items(c, y: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    c.setFillColorRGB(0.89, 0.89, 0.89)  # NetSuite's th: #e3e3e3 behind dark bold text
    c.rect(LEFT, y - 5, RIGHT - LEFT, 16, stroke=0, fill=1)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    draw.text(c, ITEM_X, y, "Item", bold, 9)
    draw.text(c, OPT_X, y, "Options", bold, 9)
    draw.text(c, QTY_R, y, "Qty", bold, 9, "right")
    draw.text(c, RATE_R, y, "Rate", bold, 9, "right")
    draw.text(c, AMOUNT_R, y, "Amount", bold, 9, "right")
    c.setFillColorRGB(0, 0, 0)
    y -= 20
    c.setLineWidth(0.3)
    for item, text, options, qty, rate in ITEMS:
        draw.text(c, ITEM_X, y, item, bold, 9)
        draw.text(c, ITEM_X, y - 11, text, font, 8.5)
        if options:
            draw.text(c, OPT_X, y, options, font, 8.5)
        draw.text(c, QTY_R, y, f"{int(qty):,}", font, 9, "right")
        draw.text(c, RATE_R, y, usd(rate), font, 9, "right")
        draw.text(c, AMOUNT_R, y, usd(amount(qty, rate)), font, 9, "right")
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.line(LEFT, y - 17, RIGHT, y - 17)
        c.setStrokeColorRGB(0, 0, 0)
        y -= 30
    c.setLineWidth(0.8)
    c.line(380, y + 6, RIGHT, y + 6)
    draw.text(c, 440, y - 8, "Total", bold, 11, "right")
    draw.text(c, AMOUNT_R, y - 8, usd(total()), bold, 11, "right")
    return y - 30


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order #{PO}")
    _items(c, _strip(c, _head(c, draw.PAGE_HEIGHT - 40)))
    font = draw.LATIN_FONT
    draw.text(c, LEFT, 40, "Please reference the PO number on all packing slips and invoices.", font, 7.5)
    draw.text(c, draw.PAGE_WIDTH / 2, 24, "1 of 1", font, 8, "center")
    c.showPage()
    c.save()
    return buffer.getvalue()
