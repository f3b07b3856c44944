"""Sample 2: an English two-page PDF from Acme Industrial Supply Ltd. (C0002) with a ruled grid table.

The table breaks after line 2 and continues on page 2 under a repeated header row.
"""

from __future__ import annotations

import datetime as dt
import io

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped, order

FILENAME = "acme-PO-4500012345.pdf"
BUYER = "Acme Industrial Supply Ltd."
LINES = [
    ("ACM-55120", "PCB controller board V2", "1200", "EA", "18.50", "22200.00"),
    ("ACM-55121", "Power adapter 12V 2A", "2500", "EA", "6.80", "17000.00"),
    ("ACM-77002", "Silicone O-ring 40mm", "10000", "EA", "0.35", "3500.00"),
]
HEADER = ["Item", "Part No.", "Description", "Qty", "UOM", "Unit Price", "Amount"]
WIDTHS = [36, 80, 150, 56, 40, 66, 72]
ALIGNS = "clllcrr"


def expected() -> PurchaseOrder:
    return order(
        po_number="4500012345",
        order_date=dt.date(2026, 11, 18),
        delivery=dt.date(2026, 12, 5),
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(
            address="Warehouse 3, 1200 Harbor Road, Long Beach, CA 90802, USA",
            contact="John Miller",
            phone="+1 562-555-0147",
        ),
        payment_terms="Net 30 days",
        lines=LINES,
    )


def _row(i: int) -> list[str]:
    part, description, qty, unit, price, amount = LINES[i - 1]
    return [str(i), part, description, grouped(qty, 0), unit, price, grouped(amount)]


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "Purchase Order 4500012345")
    top = draw.PAGE_HEIGHT - 56
    left, right = 50, 320
    draw.text(c, left, top, "ACME INDUSTRIAL SUPPLY LTD.", draw.LATIN_BOLD, 16)
    draw.text(c, left, top - 16, "88 Commerce Way, Long Beach, CA 90802, USA", draw.LATIN_FONT, 9)
    draw.text(c, draw.PAGE_WIDTH - 50, top, "PURCHASE ORDER", draw.LATIN_BOLD, 16, "right")
    info = [
        ("PO No.: 4500012345", "Order Date: Nov 18, 2026"),
        (f"Buyer: {BUYER}", "Required Date: 5 December 2026"),
        (f"Supplier: {OUR_NAME_EN}", "Currency: USD"),
        ("Payment Terms: Net 30 days", ""),
        ("Ship To: Warehouse 3, 1200 Harbor Road, Long Beach, CA 90802, USA", ""),
        ("Attn: John Miller", "Tel: +1 562-555-0147"),
    ]
    y = top - 56
    for first, second in info:
        draw.text(c, left, y, first, draw.LATIN_FONT, 10)
        if second:
            draw.text(c, right, y, second, draw.LATIN_FONT, 10)
        y -= 18
    draw.table(c, left, y - 10, WIDTHS, [HEADER, _row(1), _row(2)], font=draw.LATIN_FONT, aligns=ALIGNS)
    draw.text(c, left, 60, "Continued on page 2", draw.LATIN_FONT, 8)
    draw.text(c, draw.PAGE_WIDTH - 50, 60, "Page 1 of 2", draw.LATIN_FONT, 8, "right")
    c.showPage()

    draw.text(c, left, top, "Purchase Order 4500012345 (continued)", draw.LATIN_BOLD, 11)
    bottom = draw.table(c, left, top - 20, WIDTHS, [HEADER, _row(3)], font=draw.LATIN_FONT, aligns=ALIGNS)
    total = grouped(expected().total_amount or 0)
    total_row = [["Total", "", "", "", "", "", total]]
    draw.table(c, left, bottom, WIDTHS, total_row, font=draw.LATIN_BOLD, aligns=ALIGNS)
    notes = [
        "Please confirm this order within two business days and quote our PO number on all invoices.",
        "Deliveries are accepted Monday to Friday, 8:00-16:00.",
    ]
    for i, note in enumerate(notes):
        draw.text(c, left, bottom - 50 - 14 * i, note, draw.LATIN_FONT, 9)
    draw.text(c, draw.PAGE_WIDTH - 50, 60, "Page 2 of 2", draw.LATIN_FONT, 8, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
