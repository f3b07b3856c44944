"""Unseen layout: an English purchase order from a Danish distributor, European dates and numbers (2 pages).

Skovgaard Teknik A/S writes to its Chinese supplier in English but prints as a Danish ERP does: day-first
dates with dots (04.12.2026) beside a written-out requested delivery date (22 January 2027), numbers with
a decimal comma and dots between thousands (1.000 pieces, 2.345,60), the currency as the code "EUR" in the
header and the sign "€" at the total. Letterhead on the left, "PURCHASE ORDER" and a label/value block on
the right (Purchase Order No., Date, Our reference, Your reference (a quotation with its own date), Vendor
no., Currency), the vendor's window address under "Vendor", then "Ship to" with the site's name and its
one-line address, and terms beside it (Requested delivery, Payment conditions, Incoterms, Shipping).
The table is semi-ruled (rules above and under the header and under the last row of a page only) with
Pos., Article no., Description, Qty, UoM, Unit price, Total; 34 positions, page 2 repeats the title line
and the column header, every page has a bank-details footer and "Page n of 2".
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "Skovgaard-PO-P26-01453.pdf"
BUYER = "Skovgaard Teknik A/S"
PO = "P26-01453"
ADDRESS = "Lysholt Allé 9, Gate 4, DK-7100 Vejle, Denmark"
TERMS = "Current month + 30 days net"
FIRST_PAGE_ROWS = 18
_ARTICLES = [  # description, unit, price
    ("Shaft collar 20 mm, steel zinc plated", "pcs", "1.45"),
    ("Ball bearing 6205-2RS C3", "pcs", "2.38"),
    ("Linear bushing LM16UU", "pcs", "3.95"),
    ("Timing pulley HTD 5M, 24 teeth", "pcs", "8.60"),
    ("Roller chain 08B-1, simplex", "m", "6.20"),
    ("Hinge, die-cast zinc, black", "pair", "4.75"),
    ("Gas spring 200 N, stroke 100 mm", "pcs", "7.10"),
    ("Levelling foot M12x75, swivel", "pcs", "2.05"),
    ("O-ring assortment NBR 70", "set", "18.90"),
    ("Cable carrier 15x20, R38", "m", "9.40"),
    ("Socket head cap screw ISO 4762 M6x20, box of 100", "box", "6.90"),
]
_QUANTITIES = ["50", "100", "200", "250", "500", "1000", "1500", "2000", "25", "40", "300"]
HEADER = ["Pos.", "Article no.", "Description", "Qty", "UoM", "Unit price", "Total"]
COLUMNS = [(44, "l"), (74, "l"), (146, "l"), (384, "r"), (394, "l"), (478, "r"), (553, "r")]


def eu(value: Decimal | str, places: int = 2) -> str:
    """1234.5 -> 1.234,50: dots between thousands, a decimal comma (0 places: 1.000)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _quantity(value: str) -> str:
    number = Decimal(value)
    return eu(number, 0) if number == number.to_integral_value() else eu(number, 1)


def items(count: int = 34) -> list[tuple[str, str, str, str, str, str]]:
    """``count`` deterministic positions (article, description, qty, unit, price, total) that add up."""
    out = []
    for i in range(1, count + 1):
        text, unit, price = _ARTICLES[(i * 5) % len(_ARTICLES)]
        if unit == "m":
            qty = f"{Decimal('12.5') * (1 + i % 7):f}".removesuffix(".0")  # metres, some with a half metre
        elif unit == "set":
            qty = str(5 * (1 + i % 4))
        else:
            qty = _QUANTITIES[(i * 4 + i // 11) % len(_QUANTITIES)]
        total = Decimal(qty) * Decimal(price)
        article = f"SK-{200 + (i * 37) % 90:03d}-{(i * 613) % 10000:04d}"
        out.append((article, text, qty, unit, price, f"{total:.2f}"))
    return out


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 12, 4),
        delivery=dt.date(2027, 1, 22),
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=items(),
    )


def _row(c, y: float, cells: list[str], font: str, size: float = 8.5) -> None:
    for (x, align), cell in zip(COLUMNS, cells, strict=True):
        draw.text(c, x, y, cell, font, size, "right" if align == "r" else "left")


def _table_header(c, y: float) -> float:
    c.setLineWidth(0.8)
    c.line(40, y + 12, 556, y + 12)
    _row(c, y, HEADER, draw.LATIN_BOLD)
    c.setLineWidth(0.5)
    c.line(40, y - 6, 556, y - 6)
    return y - 20


def _footer(c, page_no: int, pages: int) -> None:
    c.setLineWidth(0.4)
    c.line(40, 50, 556, 50)
    bank = "Skovgaard Teknik A/S · Industrivej Nord 22 · DK-7100 Vejle · CVR 31427709"
    draw.text(c, 40, 39, bank, draw.LATIN_FONT, 7)
    draw.text(c, 40, 30, "Danske Bank · IBAN DK50 3000 0012 3456 78 · SWIFT DABADKKK", draw.LATIN_FONT, 7)
    draw.text(c, 556, 39, f"Page {page_no} of {pages}", draw.LATIN_FONT, 8, "right")


def _first_page(c, top: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    draw.text(c, 40, top, "SKOVGAARD TEKNIK A/S", bold, 15)
    draw.text(c, 40, top - 13, "Industrivej Nord 22 · DK-7100 Vejle · Denmark", font, 8)
    draw.text(c, 40, top - 23, "Tel. +45 75 82 41 00 · purchase@skovgaard-teknik.example", font, 8)
    draw.text(c, 556, top, "PURCHASE ORDER", bold, 16, "right")
    info = [
        ("Purchase Order No.", PO),
        ("Date", "04.12.2026"),
        ("Our reference", "Mette Lund"),
        ("Your reference", "Quotation Q-26-1187 of 27.11.2026"),
        ("Vendor no.", "70215"),
        ("Currency", "EUR"),
    ]
    for n, (label, value) in enumerate(info):
        draw.text(c, 330, top - 34 - 13 * n, label, font, 9)
        draw.text(c, 425, top - 34 - 13 * n, value, bold if n == 0 else font, 9)
    draw.text(c, 40, top - 50, "Vendor", bold, 9)
    vendor = [OUR_NAME_EN, "No. 88 Fengli Street, Suzhou Industrial Park", "Suzhou 215021, Jiangsu", "China"]
    for n, line in enumerate(vendor):
        draw.text(c, 40, top - 64 - 12 * n, line, font, 9.5)
    y = top - 140
    draw.text(c, 40, y, "Ship to", bold, 9)
    draw.text(c, 40, y - 14, "Skovgaard Teknik A/S - Central Warehouse", font, 9)
    draw.text(c, 40, y - 26, ADDRESS, font, 9)
    draw.text(c, 40, y - 38, "Goods receiving Mon-Fri 07:00-14:30", font, 8)
    terms = [
        ("Requested delivery", "22 January 2027"),
        ("Payment conditions", TERMS),
        ("Incoterms", "FCA Shanghai (Incoterms 2020)"),
        ("Shipping", "Sea freight, forwarder DSV Shanghai"),
    ]
    for n, (label, value) in enumerate(terms):
        draw.text(c, 330, y - 13 * n, label, font, 9)
        draw.text(c, 425, y - 13 * n, value, font, 9)
    y -= 66
    intro = "Please supply the following goods on the terms above. All prices in EUR, excl. VAT."
    draw.text(c, 40, y, intro, font, 9)
    return _table_header(c, y - 26)


def _closing(c, y: float) -> None:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    total = expected().total_amount or Decimal(0)
    draw.text(c, 394, y - 8, "Net value", font, 9)
    draw.text(c, 553, y - 8, eu(total), font, 9, "right")
    draw.text(c, 394, y - 21, "VAT 0 % (import)", font, 9)
    draw.text(c, 553, y - 21, eu(0), font, 9, "right")
    c.setLineWidth(0.8)
    c.line(394, y - 27, 556, y - 27)
    draw.text(c, 394, y - 39, "Order total", bold, 9.5)
    draw.text(c, 553, y - 39, f"€ {eu(total)}", bold, 9.5, "right")
    notes = [
        "Please return the order confirmation within 2 working days to purchase@skovgaard-teknik.example.",
        "Our order number and position must be stated on all delivery notes, packing lists and invoices.",
        "Delivery with certificate of conformity; bearings in original manufacturer's packaging only.",
        "Our General Conditions of Purchase (version 03/2025) apply.",
    ]
    y -= 70
    for line in notes:
        draw.text(c, 40, y, line, font, 8.5)
        y -= 12
    draw.text(c, 40, y - 16, "Kind regards", font, 9)
    draw.text(c, 40, y - 42, "Mette Lund, Purchasing - Skovgaard Teknik A/S", font, 9)


def render() -> bytes:
    lines = items()
    pages = [lines[:FIRST_PAGE_ROWS], lines[FIRST_PAGE_ROWS:]]
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    top = draw.PAGE_HEIGHT - 50
    position = 0
    for page_no, chunk in enumerate(pages, start=1):
        if page_no == 1:
            y = _first_page(c, top)
        else:
            draw.text(c, 40, top, "SKOVGAARD TEKNIK A/S", draw.LATIN_BOLD, 11)
            draw.text(
                c, 556, top, f"Purchase Order No. {PO} of 04.12.2026 - continued", draw.LATIN_FONT, 9, "right"
            )
            y = _table_header(c, top - 36)
        for article, text, qty, unit, price, total in chunk:
            position += 1
            _row(
                c,
                y,
                [str(position), article, text, _quantity(qty), unit, eu(price), eu(total)],
                draw.LATIN_FONT,
            )
            y -= 16
        c.setLineWidth(0.5)
        c.line(40, y + 10, 556, y + 10)
        if page_no == len(pages):
            _closing(c, y)
        else:
            draw.text(c, 556, y - 4, "continued on page 2", draw.LATIN_FONT, 8, "right")
        _footer(c, page_no, len(pages))
        c.showPage()
    c.save()
    return buffer.getvalue()
