"""Unseen layout: Vestmark Industrial Components B.V.'s purchase order as an SAP form prints it (2 pages).

An SAP ME9F-style output: sender line and window address (the vendor: us) on the left, an info block on
the right (Purchasing Document, Date, Vendor No., Contact, Telephone, Currency), then "Delivery date",
"Terms of payment", "Incoterms" and the delivery address under its label. The item table has no rulings:
one row per item with SAP's column names (Item, Material, Short Text, Order Qty, OUn, Net Price, Per, Net
Value), item numbers in steps of ten (00010, 00020, ...), eight-digit material numbers, dates as
20.11.2026. Page 2 repeats the document number and the column header; every page ends with "Page n of 2";
the last page has the total and the terms text.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped, order

FILENAME = "vestmark-PO-4500087312.pdf"
BUYER = "Vestmark Industrial Components B.V."
ADDRESS = "Vestmark Warehouse 3, Waalhaven Zuidzijde 19, 3089 JH Rotterdam, Netherlands"
PO = "4500087312"
FIRST_PAGE_ROWS = 17
_PARTS = [  # short text, unit, net price
    ("Hex bolt DIN933 M8x30 A2", "PC", "0.21"),
    ("Hex nut DIN934 M8 A2", "PC", "0.06"),
    ("Washer DIN125 8.4 A2", "PC", "0.03"),
    ("Bracket steel 60x40 galv.", "PC", "1.85"),
    ("Hinge stainless 80mm", "PC", "3.40"),
    ("Gasket EPDM 40x3", "M", "0.95"),
    ("Cable gland M20 IP68", "PC", "0.72"),
    ("Bushing bronze 12x16x20", "PC", "1.16"),
    ("Handle aluminium 128mm", "PC", "2.45"),
    ("Spring pin 4x24 DIN1481", "PC", "0.04"),
]
HEADER = ["Item", "Material", "Short Text", "Order Qty", "OUn", "Net Price", "Per", "Net Value"]
COLUMNS = [(40, "l"), (78, "l"), (140, "l"), (352, "r"), (362, "l"), (438, "r"), (462, "r"), (552, "r")]


def items(count: int = 28) -> list[tuple[str, str, str, str, str, str]]:
    """``count`` deterministic items (material, short text, qty, unit, price, value) that add up."""
    out = []
    for i in range(1, count + 1):
        text, unit, price = _PARTS[(i * 3) % len(_PARTS)]
        qty = 50 * (2 + (i * 11) % 37)
        value = Decimal(price) * qty
        out.append((str(10023100 + 17 * i), text, str(qty), unit, price, f"{value:.2f}"))
    return out


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 11, 20),
        delivery=dt.date(2027, 1, 15),
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="Within 60 days net",
        lines=items(),
    )


def _row(c, y: float, cells: list[str], font: str, size: float = 8.5) -> None:
    for (x, align), cell in zip(COLUMNS, cells, strict=True):
        draw.text(c, x, y, cell, font, size, "right" if align == "r" else "left")


def _table_header(c, y: float) -> float:
    _row(c, y, HEADER, draw.LATIN_BOLD)
    c.setLineWidth(0.4)
    c.line(40, y - 5, 555, y - 5)
    return y - 18


def _first_page(c, top: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    draw.text(c, 40, top, BUYER, bold, 13)
    draw.text(c, 40, top - 13, "Maasboulevard 210, 3011 TX Rotterdam, Netherlands", font, 8)
    draw.text(c, 330, top, "Purchase Order", bold, 15)
    draw.text(c, 40, top - 50, f"{BUYER} - Maasboulevard 210 - 3011 TX Rotterdam", font, 6.5)
    window = [OUR_NAME_EN, "No. 88 Fengli Street, Suzhou Industrial Park", "215021 Suzhou, Jiangsu", "CHINA"]
    for n, line in enumerate(window):
        draw.text(c, 40, top - 64 - 12 * n, line, font, 9.5)
    info = [
        ("Purchasing Document", PO),
        ("Date", "20.11.2026"),
        ("Vendor No.", "300412"),
        ("Contact", "P. de Vries"),
        ("Telephone", "+31 10 450 7731"),
        ("Currency", "EUR"),
    ]
    for n, (label, value) in enumerate(info):
        draw.text(c, 330, top - 40 - 13 * n, label, font, 9)
        draw.text(c, 440, top - 40 - 13 * n, value, font, 9)
    y = top - 136
    for label, value in (
        ("Delivery date", "15.01.2027"),
        ("Terms of payment", "Within 60 days net"),
        ("Incoterms", "FOB Shanghai"),
    ):
        draw.text(c, 40, y, label, font, 9)
        draw.text(c, 150, y, value, font, 9)
        y -= 13
    draw.text(c, 40, y - 6, "Delivery address", bold, 9)
    draw.text(c, 40, y - 19, ADDRESS, font, 9)
    draw.text(
        c, 40, y - 40, "Please deliver to the above address, quoting our purchase order number:", font, 8.5
    )
    return _table_header(c, y - 66)


def render() -> bytes:
    lines = items()
    pages = [lines[:FIRST_PAGE_ROWS], lines[FIRST_PAGE_ROWS:]]
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    top = draw.PAGE_HEIGHT - 50
    number = 0
    for page_no, chunk in enumerate(pages, start=1):
        if page_no == 1:
            y = _first_page(c, top)
        else:
            draw.text(c, 40, top, f"Purchase Order {PO} of 20.11.2026", draw.LATIN_BOLD, 10)
            draw.text(c, 40, top - 13, BUYER, draw.LATIN_FONT, 8.5)
            y = _table_header(c, top - 40)
        for material, text, qty, unit, price, value in chunk:
            number += 1
            cells = [f"{10 * number:05d}", material, text, grouped(qty, 0), unit, price, "1", grouped(value)]
            _row(c, y, cells, draw.LATIN_FONT)
            y -= 15
        if page_no == len(pages):
            y = _closing(c, y)
        draw.text(c, draw.PAGE_WIDTH / 2, 32, f"Page {page_no} of {len(pages)}", draw.LATIN_FONT, 8, "center")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _closing(c, y: float) -> float:
    c.setLineWidth(0.4)
    c.line(352, y + 4, 555, y + 4)
    total = grouped(expected().total_amount or 0)
    draw.text(c, 300, y - 10, "Total net value excl. tax EUR", draw.LATIN_BOLD, 9)
    draw.text(c, 552, y - 10, total, draw.LATIN_BOLD, 9, "right")
    terms = [
        "Please confirm this order within 3 working days, stating price and delivery date.",
        "Our purchase order number and item number must appear on all delivery notes and invoices.",
        "Partial deliveries only after written agreement. Goods are to be packed seaworthy.",
        "Our General Terms and Conditions of Purchase (edition 2024) apply exclusively.",
    ]
    y -= 44
    for line in terms:
        draw.text(c, 40, y, line, draw.LATIN_FONT, 8)
        y -= 11
    draw.text(c, 40, y - 22, "Vestmark Industrial Components B.V. - Purchasing", draw.LATIN_FONT, 8)
    return y
