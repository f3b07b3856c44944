"""Unseen layout: Pacific Harbor Trading Co., a US purchase order with a whitespace table (no rulings).

US habits: dates written month first (11/24/2026, 12/07/2026: the second is ambiguous without the
customer's template), "Vendor" and "Deliver To" labels, column headers "Item #", "Qty Ordered", "Unit
Cost", "Ext. Cost", and a "TOTAL USD" line under the table.
"""

from __future__ import annotations

import datetime as dt
import io

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped, order

FILENAME = "pacific-harbor-PO-PH-88412.pdf"
BUYER = "Pacific Harbor Trading Co."
ADDRESS = "Dock 7, 2200 Terminal Way, Oakland, CA 94607, USA"
LINES = [
    ("PH-10021", "Stainless hinge 3 inch", "400", "EA", "2.75", "1100.00"),
    ("PH-10388", "Cabinet handle 128mm", "1500", "EA", "1.20", "1800.00"),
    ("PH-20410", "Drawer slide 18 inch pair", "300", "PR", "9.40", "2820.00"),
    ("PH-31007", "Wood screw 4x30 box of 200", "60", "BX", "6.50", "390.00"),
]
HEADER = ["Line", "Item #", "Description", "Qty Ordered", "U/M", "Unit Cost", "Ext. Cost"]
COLUMNS = [(50, "l"), (90, "l"), (170, "l"), (380, "r"), (400, "l"), (480, "r"), (545, "r")]


def expected() -> PurchaseOrder:
    return order(
        po_number="PH-88412",
        order_date=dt.date(2026, 11, 24),
        delivery=dt.date(2026, 12, 7),
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="Net 45",
        lines=LINES,
    )


def _row(c, y: float, cells: list[str], font: str) -> None:
    for (x, align), cell in zip(COLUMNS, cells, strict=True):
        draw.text(c, x, y, cell, font, 9.5, "right" if align == "r" else "left")


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "Purchase Order PH-88412")
    top, left = draw.PAGE_HEIGHT - 60, 50
    draw.text(c, left, top, BUYER.upper(), draw.LATIN_BOLD, 17)
    draw.text(
        c,
        left,
        top - 15,
        "1450 Embarcadero Blvd, Oakland, CA 94606  |  purchasing@pacharbor.example",
        draw.LATIN_FONT,
        8.5,
    )
    draw.text(c, draw.PAGE_WIDTH - 50, top, "PURCHASE ORDER", draw.LATIN_BOLD, 15, "right")
    info = [
        ("Purchase Order No: PH-88412", "Date: 11/24/2026"),
        (f"Vendor: {OUR_NAME_EN}", "Deliver By: 12/07/2026"),
        (f"Deliver To: {ADDRESS}", ""),
        ("Terms: Net 45", "Currency: USD"),
    ]
    y = top - 55
    for first, second in info:
        draw.text(c, left, y, first, draw.LATIN_FONT, 10)
        if second:
            draw.text(c, 380, y, second, draw.LATIN_FONT, 10)
        y -= 18
    y -= 16
    _row(c, y, HEADER, draw.LATIN_BOLD)
    y -= 22
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        _row(
            c, y, [str(i), part, description, grouped(qty, 0), unit, price, grouped(amount)], draw.LATIN_FONT
        )
        y -= 18
    total = grouped(expected().total_amount or 0)
    draw.text(c, 400, y - 12, "TOTAL USD", draw.LATIN_BOLD, 10)
    draw.text(c, 545, y - 12, total, draw.LATIN_BOLD, 10, "right")
    draw.text(
        c,
        left,
        y - 60,
        "Please reference the PO number on all packing lists and invoices.",
        draw.LATIN_FONT,
        8.5,
    )
    draw.text(c, left, y - 74, "Authorized by: M. Alvarez, Purchasing Manager", draw.LATIN_FONT, 8.5)
    c.showPage()
    c.save()
    return buffer.getvalue()
