"""Unseen layout: a QuickBooks-style purchase order from a Californian distributor, in US dollars (1 page).

Bayline Industrial Supply, Inc. prints its POs from its accounting package: the company's name and
address top left, "PURCHASE ORDER" top right with a small label/value block under it ("P.O. #" with a
bare four-digit number, "Date:" month first as 12/04/2026), then "Vendor:" (us, our address over three
lines) beside "Ship To:" (the receiving dock's name, then its one-line street address). A shaded bar holds
Ship Via / F.O.B. / Terms / Requested / Buyer with the value under each label. The line table has
#, Item, Description, Qty, Rate, Amount (no unit column: QuickBooks has none on a PO) with rules only
above and below the header; under it Subtotal, Sales Tax (0%), Shipping & Handling (the freight the
vendor prepays and adds) and TOTAL with "$". The total keyed into the order is that TOTAL (lines plus
shipping), so the lines do not add up to it. A memo, "Authorized by" and "Page 1 of 1" close it.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped, order

FILENAME = "Bayline PO 4471.pdf"
BUYER = "Bayline Industrial Supply, Inc."
PO = "4471"
ADDRESS = "31555 Huntwood Ave, Hayward, CA 94544"
TERMS = "Net 60"
SHIPPING = Decimal("185.00")
LINES = [  # item, description, qty, rate, amount
    ("BIS-60042RS", "Deep groove ball bearing 6004-2RS, C3", "2000", "0.86", "1720.00"),
    ("BIS-HTD5M-24", "Timing pulley HTD-5M, 24T, 15 mm belt, aluminum", "150", "7.45", "1117.50"),
    ("BIS-SHF12-300", "Linear shaft 12 mm x 300 mm, case hardened", "400", "3.125", "1250.00"),
    ("BIS-LM12UU", "Linear bearing LM12UU", "1200", "1.18", "1416.00"),
    ("BIS-CPL-5X8", "Flexible shaft coupling 5 x 8 mm", "500", "1.64", "820.00"),
    ("BIS-SHCS-M5X16", "Socket head cap screw M5 x 16, alloy steel, box/100", "80", "4.90", "392.00"),
    ("BIS-GT2-6-50M", "GT2 timing belt 6 mm, open, 50 m roll", "24", "38.50", "924.00"),
    ("BIS-NEMA17-48", "Stepper motor NEMA 17, 48 mm, 1.7 A", "300", "9.85", "2955.00"),
]
COLUMNS = [(42, "l"), (62, "l"), (150, "l"), (420, "r"), (488, "r"), (553, "r")]


def expected() -> PurchaseOrder:
    po = order(
        po_number=PO,
        order_date=dt.date(2026, 12, 4),
        delivery=dt.date(2027, 1, 15),
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[(item, text, qty, None, rate, amount) for item, text, qty, rate, amount in LINES],
    )
    return po.model_copy(update={"total_amount": (po.lines_total() or Decimal(0)) + SHIPPING})


def _row(c, y: float, cells: list[str], font: str, size: float = 8.5) -> None:
    for (x, align), cell in zip(COLUMNS, cells, strict=True):
        draw.text(c, x, y, cell, font, size, "right" if align == "r" else "left")


def render() -> bytes:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    top = draw.PAGE_HEIGHT - 48
    draw.text(c, 40, top, "Bayline Industrial Supply, Inc.", bold, 14)
    for n, line in enumerate(
        [
            "2150 Industrial Pkwy West",
            "Hayward, CA 94545",
            "(510) 555-0187",
            "purchasing@bayline-supply.example",
        ]
    ):
        draw.text(c, 40, top - 15 - 11 * n, line, font, 9)
    draw.text(c, 556, top, "PURCHASE ORDER", bold, 18, "right")
    for n, (label, value) in enumerate([("P.O. #", PO), ("Date:", "12/04/2026")]):
        draw.text(c, 440, top - 24 - 14 * n, label, bold, 9.5)
        draw.text(c, 556, top - 24 - 14 * n, value, font, 9.5, "right")
    y = top - 80
    draw.text(c, 40, y, "Vendor:", bold, 9.5)
    vendor = [OUR_NAME_EN, "No. 88 Fengli Street, Suzhou Industrial Park", "Suzhou, Jiangsu 215021", "China"]
    for n, line in enumerate(vendor):
        draw.text(c, 40, y - 13 - 11.5 * n, line, font, 9)
    draw.text(c, 320, y, "Ship To:", bold, 9.5)
    draw.text(c, 320, y - 13, "Bayline Industrial Supply - Receiving Dock 3", font, 9)
    draw.text(c, 320, y - 24.5, ADDRESS, font, 9)
    draw.text(c, 320, y - 36, "Dock hours 7:00 AM - 3:30 PM PST", font, 8)
    y -= 78
    c.setFillGray(0.88)
    c.rect(40, y - 4, 516, 14, stroke=0, fill=1)
    c.setFillGray(0)
    bar = [
        ("Ship Via", "Ocean LCL - Expeditors"),
        ("F.O.B.", "Shanghai"),
        ("Terms", TERMS),
        ("Requested", "01/15/2027"),
        ("Buyer", "Dana Whitfield"),
    ]
    for n, (label, value) in enumerate(bar):
        x = 44 + 104 * n
        draw.text(c, x, y, label, bold, 8.5)
        draw.text(c, x, y - 16, value, font, 8.5)
    y -= 46
    c.setLineWidth(0.8)
    c.line(40, y + 12, 556, y + 12)
    _row(c, y, ["#", "Item", "Description", "Qty", "Rate", "Amount"], bold)
    c.setLineWidth(0.5)
    c.line(40, y - 5, 556, y - 5)
    y -= 19
    for n, (item, text, qty, rate, amount) in enumerate(LINES, start=1):
        _row(c, y, [str(n), item, text, grouped(qty, 0), rate, grouped(amount)], font)
        y -= 16
    c.line(40, y + 9, 556, y + 9)
    subtotal = sum((Decimal(line[4]) for line in LINES), Decimal(0))
    totals = [
        ("Subtotal", grouped(subtotal)),
        ("Sales Tax (0%)", "0.00"),
        ("Shipping & Handling", grouped(SHIPPING)),
    ]
    for n, (label, value) in enumerate(totals):
        draw.text(c, 400, y - 8 - 14 * n, label, font, 9)
        draw.text(c, 553, y - 8 - 14 * n, value, font, 9, "right")
    c.setLineWidth(0.8)
    c.line(400, y - 44, 556, y - 44)
    draw.text(c, 400, y - 57, "TOTAL", bold, 10.5)
    draw.text(c, 553, y - 57, f"${grouped(subtotal + SHIPPING)}", bold, 10.5, "right")
    draw.text(c, 40, y - 8, "Memo:", bold, 9)
    memo = [
        "Please confirm price and ship date by return e-mail.",
        "Reference P.O. # on all cartons, packing lists and invoices.",
        "Country of origin marking required on every carton.",
    ]
    for n, line in enumerate(memo):
        draw.text(c, 40, y - 21 - 11 * n, line, font, 8.5)
    draw.text(c, 40, y - 100, "Authorized by: ______________________   Dana Whitfield, Purchasing", font, 9)
    draw.text(c, 298, 34, "Page 1 of 1", font, 8, "center")
    c.showPage()
    c.save()
    return buffer.getvalue()
