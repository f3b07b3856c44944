"""Sample 5: Nordwind Antriebstechnik GmbH, a German layout: the customer-template example.

Its labels (Bestellnummer, Bestelldatum, Liefertermin ...) and columns (Art.-Nr., Menge, Einzelpreis ...)
are named in the customer template ``mappings/customers/nordwind.yaml``, which also gives the buyer as a
constant, a regex for the PO number and the date order (05/12/2026 means 5 December: ``date_order: dmy``).
It was written when the label dictionary knew Chinese and English only; since the eighth blind set
(a German Bestellung) the dictionary knows common German labels too, so it also reads without the template.
"""

from __future__ import annotations

import datetime as dt
import io

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped, order

FILENAME = "nordwind-BE-2026-7781.pdf"
BUYER = "Nordwind Antriebstechnik GmbH"
LINES = [
    ("NW-4410", "Getriebeflansch 40 mm", "250", "ST", "12.40", "3100.00"),
    ("NW-4415", "Lagerbuchse 15 mm", "1200", "ST", "0.85", "1020.00"),
]
HEADER = ["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "ME", "Einzelpreis", "Gesamt"]


def expected() -> PurchaseOrder:
    return order(
        po_number="BE-2026-7781",
        order_date=dt.date(2026, 11, 3),
        delivery=dt.date(2026, 12, 5),
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address="Hafenstrasse 12, 28217 Bremen, Germany"),
        payment_terms="30 Tage netto",
        lines=LINES,
    )


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "Bestellung BE-2026-7781")
    top = draw.PAGE_HEIGHT - 60
    left = 50
    draw.text(c, left, top, BUYER, draw.LATIN_BOLD, 15)
    draw.text(c, draw.PAGE_WIDTH - 50, top, "BESTELLUNG", draw.LATIN_BOLD, 15, "right")
    info = [
        ("Bestellnummer: BE-2026-7781", "Bestelldatum: 03/11/2026"),
        (f"Lieferant: {OUR_NAME_EN}", "Liefertermin: 05/12/2026"),
        ("Lieferanschrift: Hafenstrasse 12, 28217 Bremen, Germany", "Waehrung: EUR"),
        ("Zahlungsbedingungen: 30 Tage netto", ""),
    ]
    y = top - 50
    for first, second in info:
        draw.text(c, left, y, first, draw.LATIN_FONT, 10)
        if second:
            draw.text(c, 350, y, second, draw.LATIN_FONT, 10)
        y -= 18
    rows = [HEADER]
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        rows.append([str(i), part, description, grouped(qty, 0), unit, price, grouped(amount)])
    widths = [34, 70, 150, 56, 36, 70, 79]
    bottom = draw.table(
        c,
        left,
        y - 10,
        widths,
        rows,
        font=draw.LATIN_FONT,
        size=9.5,
        row_height=20,
        aligns="cllrcrr",
        grid=False,
    )
    total = grouped(expected().total_amount or 0)
    draw.text(c, left + 4, bottom - 18, "Gesamtbetrag", draw.LATIN_BOLD, 10)
    draw.text(c, left + sum(widths) - 4, bottom - 18, f"EUR {total}", draw.LATIN_BOLD, 10, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
