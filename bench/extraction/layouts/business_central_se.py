"""Unseen layout: Lindqvist Maskinteknik AB's Purchase Order from Dynamics 365 Business Central, EUR.

A Swedish machine builder in Jönköping runs Business Central and mails its Chinese supplier the standard
"Purchase - Order" report in English (the vendor's language code) but with the company's Swedish format
region, so numbers are written the Swedish way: a decimal comma and a NO-BREAK SPACE between thousands
(6 572,95; 37,5 meters) and dates as ISO 2026-12-07. The page: "Purchase Order" top left and the company
block (name, address, phone, e-mail, VAT registration no.) top right; the vendor's address in the envelope
window under it (no label); then the "Ship-to Address" block on the left (company, goods reception, street,
postcode and town, country) and BC's document fields on the right as label | value rows (Order No.,
Document Date, Vendor No., Your Reference, Purchaser, Payment Terms, Shipment Method, Expected Receipt Date,
Prices Including VAT, Page). The line table has BC's captions, the long ones over two lines in their narrow
columns (No. | Description | Quantity | Unit of | Measure | Direct Unit Cost | Excl. VAT | Line Amount |
Excl. VAT), a rule under the heads and none between lines; a line's "Description 2", when the item has one,
is printed under its description in smaller grey type. 20 lines over 2 pages: page 2 repeats the title,
the Order No. and the column heads; each page has "Page 1 / 2" in its field block and the company's legal
footer (Org. No., Bankgiro, IBAN). The currency is named only in the totals (Total EUR Excl. VAT, VAT
Amount, Total EUR Incl. VAT), followed by a VAT Amount Specification (VAT Identifier IMPORT, 0 %) and
the order's closing text.

Truth: the PO number Order No.; the order date Document Date; the requested delivery date Expected Receipt
Date; the currency EUR; the buyer Lindqvist Maskinteknik AB; the supplier the window's first line (us);
the ship-to address the block's street line and postcode/town line joined with ", "; the payment terms
Payment Terms; the total Total EUR Incl. VAT (= Excl. VAT: import VAT is paid at customs, 0 % here); per
line the part number No. (Lindqvist's item number), the description Description and Description 2 joined
with a space, the quantity Quantity, the unit Unit of Measure (BC prints the unit's description, "Piece"),
the unit price Direct Unit Cost Excl. VAT and the amount Line Amount Excl. VAT.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "Purchase Order PO26-00412.pdf"
BUYER = "Lindqvist Maskinteknik AB"
PO = "PO26-00412"
DOCUMENT_DATE = dt.date(2026, 12, 7)
RECEIPT = dt.date(2027, 1, 29)
STREET, TOWN = "Torsviksvägen 8", "556 52 Jönköping"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "60 days net"
NBSP = "\u00a0"  # .NET's thousands separator for sv-SE
# No., Description, Description 2, Quantity, Unit of Measure, Direct Unit Cost
ITEMS = [
    (
        "70-10215",
        "Deep groove ball bearing 6205-2RS",
        "25x52x15 mm, rubber seals both sides",
        "300",
        "Piece",
        "0.92",
    ),
    ("70-10308", "Deep groove ball bearing 6308ZZ C3", "", "120", "Piece", "3.15"),
    ("70-11205", "Pillow block bearing UCP205", "Cast iron housing, grease nipple", "90", "Piece", "2.48"),
    ("70-20020", "Linear ball bearing LM20UU", "", "200", "Piece", "1.55"),
    (
        "71-30816",
        "Linear shaft 16 mm h6, induction hardened",
        "Cut to 500 mm, both ends chamfered",
        "100",
        "Piece",
        "4.40",
    ),
    ("71-30920", "Linear guide rail HGR20", "Cut to length from 4 m bars", "37.5", "Meter", "28.40"),
    ("71-30921", "Linear guide block HGH20CA", "", "60", "Piece", "14.85"),
    ("72-40058", "Timing belt HTD 5M-800-25", "Polyurethane, steel cord", "60", "Piece", "6.45"),
    ("72-40112", "Timing pulley HTD 5M, 24 teeth", "Bore 12 mm H7 with keyway", "60", "Piece", "7.90"),
    ("72-41030", "Jaw coupling D30 L40", "Bores 10 mm / 12 mm, aluminium", "80", "Piece", "3.48"),
    ("73-50830", "Socket head cap screw M8x30 12.9", "Black oxide, DIN 912, box of 100", "50", "Box", "4.20"),
    ("73-51010", "Flange nut M10 class 8", "Zinc plated, DIN 6923, box of 100", "30", "Box", "3.60"),
    ("73-52006", "Dowel pin 6x30 m6", "", "25", "Box", "5.75"),
    (
        "74-60120",
        "Ball screw SFU1605 C7",
        "Machined ends for BK12/BF12, length 650 mm",
        "12",
        "Piece",
        "38.50",
    ),
    ("74-60121", "Support unit BK12", "", "12", "Set", "19.80"),
    ("74-60122", "Support unit BF12", "", "12", "Set", "11.25"),
    ("75-70032", "Rod clevis CA-32 for pneumatic cylinder", "", "40", "Piece", "2.10"),
    ("75-70410", "Drag chain 18x37 R48", "Open type, end brackets included", "15", "Meter", "12.60"),
    ("76-80005", "Shaft collar 20 mm, clamping", "", "150", "Piece", "0.86"),
    ("76-80044", "Spring plunger M8 with ball", "Stainless steel", "400", "Piece", "0.38"),
]
LEFT, RIGHT = 50, 545
NO_X, DESC_X, QTY_R, UOM_X, COST_R, AMOUNT_R = 50, 112, 348, 356, 470, 545
PAGE_BOTTOM = 96
PAGES = 2


def money(value: Decimal | str, places: int = 2) -> str:
    """Swedish format region: 6 572,95 (the page prints a no-break space where this has a space)."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",")


def quantity(value: str) -> str:
    number = Decimal(value)
    places = max(0, -number.normalize().as_tuple().exponent)
    return money(number, places)


def printed(text: str) -> str:
    return text.replace(" ", NBSP)


def total() -> Decimal:
    return sum((amount(item[3], item[5]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=DOCUMENT_DATE,
        delivery=RECEIPT,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (no, f"{text} {text2}".strip(), qty, unit, cost, f"{amount(qty, cost)}")
            for no, text, text2, qty, unit, cost in ITEMS
        ],
    )


def _company(c, top: float) -> None:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    c.setFillColorRGB(0.0, 0.27, 0.45)
    c.rect(RIGHT - 34, top - 30, 34, 34, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    draw.text(c, RIGHT - 17, top - 18, "LQ", bold, 14, "center")
    c.setFillColorRGB(0, 0, 0)
    x = RIGHT - 44
    lines = [
        "Ljungarumsvägen 21",
        "553 03 Jönköping",
        "Sweden",
        "Phone No. +46 36 31 22 40",
        "Email inkop@lindqvist-mt.se",
        "VAT Registration No. SE556812447101",
    ]
    draw.text(c, x, top - 6, BUYER, bold, 10, "right")
    for k, line in enumerate(lines):
        draw.text(c, x, top - 18 - 9.5 * k, line, font, 7.5, "right")


def _fields(c, top: float, page: int) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    rows = [
        ("Order No.", PO),
        ("Document Date", DOCUMENT_DATE.isoformat()),
        ("Vendor No.", "V-20417"),
        ("Your Reference", "QT-QH-26118"),
        ("Purchaser", "Erik Sandberg"),
        ("Payment Terms", TERMS),
        ("Shipment Method", "FOB Shanghai"),
        ("Expected Receipt Date", RECEIPT.isoformat()),
        ("Prices Including VAT", "No"),
        ("Page", f"{page} / {PAGES}"),
    ]
    y = top
    for label, value in rows:
        draw.text(c, 340, y, label, bold, 8)
        draw.text(c, 440, y, value, font, 8)
        y -= 11.5
    return y


def _heads(c, y: float) -> float:
    bold = draw.LATIN_BOLD
    draw.text(c, NO_X, y, "No.", bold, 8)
    draw.text(c, DESC_X, y, "Description", bold, 8)
    draw.text(c, QTY_R, y, "Quantity", bold, 8, "right")
    draw.text(c, UOM_X, y + 5, "Unit of", bold, 8)
    draw.text(c, UOM_X, y - 5, "Measure", bold, 8)
    draw.text(c, COST_R, y + 5, "Direct Unit Cost", bold, 8, "right")
    draw.text(c, COST_R, y - 5, "Excl. VAT", bold, 8, "right")
    draw.text(c, AMOUNT_R, y + 5, "Line Amount", bold, 8, "right")
    draw.text(c, AMOUNT_R, y - 5, "Excl. VAT", bold, 8, "right")
    c.setLineWidth(0.7)
    c.line(LEFT, y - 10, RIGHT, y - 10)
    return y - 24


def _footer(c) -> None:
    font = draw.LATIN_FONT
    c.setLineWidth(0.4)
    c.line(LEFT, 60, RIGHT, 60)
    parts = [
        f"{BUYER} · Ljungarumsvägen 21 · 553 03 Jönköping · Registered office Jönköping",
        "Org. No. 556812-4471 · VAT No. SE556812447101 · Bankgiro 5421-8870 · "
        "IBAN SE45 5000 0000 0583 9825 7466 · SWIFT ESSESESS",
    ]
    for k, part in enumerate(parts):
        draw.text(c, draw.PAGE_WIDTH / 2, 48 - 10 * k, part, font, 6.5, "center")


def _first_page_head(c) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    top = draw.PAGE_HEIGHT - 50
    draw.text(c, LEFT, top - 12, "Purchase Order", bold, 18)
    _company(c, top)
    y = top - 92
    vendor = [
        OUR_NAME_EN,
        "No. 88 Fengli Street",
        "Suzhou Industrial Park",
        "215000 Suzhou, Jiangsu",
        "China",
    ]
    for k, line in enumerate(vendor):
        draw.text(c, LEFT, y - 12 * k, line, font, 9.5)
    y -= 88
    draw.text(c, LEFT, y, "Ship-to Address", bold, 8.5)
    ship = [BUYER, "Goods Reception, Gate 3", STREET, TOWN, "Sweden"]
    for k, line in enumerate(ship):
        draw.text(c, LEFT, y - 12 - 11 * k, line, font, 8.5)
    bottom = _fields(c, y, 1)
    return min(bottom, y - 12 - 11 * len(ship)) - 22


def _next_page_head(c, page: int) -> float:
    bold = draw.LATIN_BOLD
    top = draw.PAGE_HEIGHT - 50
    draw.text(c, LEFT, top - 12, "Purchase Order", bold, 18)
    _company(c, top)
    y = top - 92
    draw.text(c, 340, y, "Order No.", bold, 8)
    draw.text(c, 440, y, PO, draw.LATIN_FONT, 8)
    draw.text(c, 340, y - 11.5, "Page", bold, 8)
    draw.text(c, 440, y - 11.5, f"{page} / {PAGES}", draw.LATIN_FONT, 8)
    return y - 40


def _line(c, y: float, item: tuple[str, ...]) -> float:
    font = draw.LATIN_FONT
    no, text, text2, qty, unit, cost = item
    draw.text(c, NO_X, y, no, font, 8.5)
    draw.text(c, DESC_X, y, text, font, 8.5)
    draw.text(c, QTY_R, y, printed(quantity(qty)), font, 8.5, "right")
    draw.text(c, UOM_X, y, unit, font, 8.5)
    draw.text(c, COST_R, y, printed(money(cost)), font, 8.5, "right")
    draw.text(c, AMOUNT_R, y, printed(money(amount(qty, cost))), font, 8.5, "right")
    if text2:
        c.setFillColorRGB(0.4, 0.4, 0.4)
        draw.text(c, DESC_X, y - 9.5, text2, font, 7.5)
        c.setFillColorRGB(0, 0, 0)
        return y - 25
    return y - 15.5


def _totals(c, y: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    c.setLineWidth(0.7)
    c.line(330, y + 8, RIGHT, y + 8)
    rows = [
        ("Total EUR Excl. VAT", total(), font),
        ("VAT Amount", Decimal("0"), font),
        ("Total EUR Incl. VAT", total(), bold),
    ]
    for label, value, face in rows:
        draw.text(c, 340, y - 4, label, face, 8.5)
        draw.text(c, AMOUNT_R, y - 4, printed(money(value)), face, 8.5, "right")
        y -= 14
    y -= 22
    draw.text(c, LEFT, y, "VAT Amount Specification", bold, 8.5)
    y -= 14
    spec_heads = [("VAT Identifier", LEFT, "l"), ("VAT %", 200, "r"), ("Line Amount", 310, "r")]
    spec_heads += [("VAT Base", 420, "r"), ("VAT Amount", AMOUNT_R, "r")]
    spec_row = ["IMPORT", "0", printed(money(total())), printed(money(total())), printed(money(0))]
    for (head, x, align), value in zip(spec_heads, spec_row, strict=True):
        where = "right" if align == "r" else "left"
        draw.text(c, x, y, head, bold, 8, where)
        draw.text(c, x, y - 13, value, font, 8, where)
    c.setLineWidth(0.4)
    c.line(LEFT, y - 4, RIGHT, y - 4)
    y -= 42
    closing = [
        "Please confirm this order within three working days, stating price and delivery date.",
        "Our order number and item numbers must appear on the order confirmation, packing list and invoice.",
        "General terms of purchase: NL 17 apply unless otherwise agreed in writing.",
    ]
    for line in closing:
        draw.text(c, LEFT, y, line, font, 8)
        y -= 11
    return y


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    y = _heads(c, _first_page_head(c))
    page = 1
    for item in ITEMS:
        if y - (25 if item[2] else 15.5) < PAGE_BOTTOM:
            _footer(c)
            c.showPage()
            page += 1
            y = _heads(c, _next_page_head(c, page))
        y = _line(c, y, item)
    if page != PAGES:
        raise AssertionError(f"{page} pages, the heads say {PAGES}")
    _totals(c, y - 6)
    _footer(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
