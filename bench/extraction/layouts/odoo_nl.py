"""Unseen layout: Van der Berg Pompen B.V.'s purchase order as Odoo 17 prints it (English, EUR, € after).

A Dutch pump maker in Veldhoven (near Eindhoven) buys castings and machined parts from us and prints its
purchase orders from Odoo 17 (Purchase app, standard "Purchase Order" QWeb report, company language English
(UK)). The page: the company logo (a drawn mark) and tagline top left, the company's address block top
right; then "Shipping address:" (the receiving warehouse, over four lines) on the LEFT and the vendor's
address (us, with "Tax ID") on the RIGHT, as Odoo places them when the delivery address is not the
company's; the title "Purchase Order #P00417"; an information row of three label-over-value cells (Purchase
Representative, Your Order Reference, Order Date); dates in en_GB order, day first (05/12/2026). The line
table has a rule under its heading and light rules between lines, no vertical rules: Description | Taxes |
Date Req. | Qty | Unit Price | Disc.% | Amount. The description is Odoo's product display name with the
internal reference in brackets ("[VB-PX-200] Pump housing") followed by the purchase description on a second
(sometimes third) line; the Taxes cell is empty (an import from outside the EU: no VAT on the order); the
quantity holds the unit of measure in the same cell with two decimals ("125.50 kg", "120.00 Units"); unit
prices have four decimals; two lines have a discount; amounts carry the euro sign AFTER the number
("1,234.50 €", Odoo's position for EUR). Under the table: Untaxed Amount, Taxes and Total, then "Payment
terms: 30 Days End of Month" and "Incoterm: FOB" (the company's customised report shows them), and Odoo's
footer (phone, email, web, VAT number, Chamber of Commerce number) with "Page: 1 / 1".

Truth: the PO number is "P00417" (without the "#"); the order date is Order Date; the requested delivery
date is the earliest Date Req. of the lines (no header field); the part number is the bracketed internal
reference; the description is the product name after the brackets and the purchase description lines,
joined with a space; the unit is the unit of measure printed after the quantity; the unit price is the
printed Unit Price (before discount) and the amount the printed Amount (net of the line's Disc.%, so
quantity × unit price is not the amount on the two discounted lines, as in thornbury-uk); the ship-to
address is the Shipping address lines under the warehouse name joined with ", "; the total is Total; the
supplier is our English name as printed in the vendor block.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped

FILENAME = "Purchase Order - P00417.pdf"
BUYER = "Van der Berg Pompen B.V."
PO = "P00417"
ORDER_DATE = "05/12/2026"
WAREHOUSE = ["Van der Berg Pompen B.V. - Warehouse Best", "Industrieweg 27", "5683 CG Best", "Netherlands"]
ADDRESS = ", ".join(WAREHOUSE[1:])
TERMS = "30 Days End of Month"
# internal reference, product name, purchase description lines, date req., qty, unit, price, disc. %
ITEMS = [
    (
        "VB-PX-200",
        "Pump housing",
        ["Cast iron EN-GJL-250, DN50, machined and primed"],
        "22/12/2026",
        "120",
        "Units",
        "38.6500",
        "0",
    ),
    (
        "VB-IM-145",
        "Impeller closed 145 mm",
        ["Bronze CC491K, balanced G6.3", "Bore 24 H7 with keyway"],
        "22/12/2026",
        "120",
        "Units",
        "27.4000",
        "5",
    ),
    (
        "VB-SH-024",
        "Pump shaft",
        ["1.4021 (X20Cr13), D24 x 312 mm, ground"],
        "12/01/2027",
        "150",
        "Units",
        "14.8800",
        "0",
    ),
    (
        "VB-SL-024",
        "Mechanical seal 24 mm",
        ["Carbon/SiC/EPDM, EN 12756 KU"],
        "22/12/2026",
        "300",
        "Units",
        "9.7250",
        "0",
    ),
    (
        "VB-BR-6305",
        "Ball bearing 6305-2Z C3",
        ["For motor side, grease filled"],
        "22/12/2026",
        "600",
        "Units",
        "2.1375",
        "0",
    ),
    (
        "VB-OR-CORD",
        "O-ring cord NBR 70 Shore A",
        ["Diameter 5 mm, sold per metre"],
        "12/01/2027",
        "250",
        "m",
        "0.8400",
        "0",
    ),
    (
        "VB-BZ-SW17",
        "Brass hex bar CuZn39Pb3 SW 17",
        ["Drawn, length 3 m bars, by weight"],
        "12/01/2027",
        "125.5",
        "kg",
        "7.9000",
        "0",
    ),
    (
        "VB-GK-050",
        "Gasket kit DN50",
        ["Aramid fibre / NBR, 2 mm", "Flange gasket and cover gasket"],
        "22/12/2026",
        "200",
        "Units",
        "3.3600",
        "2.5",
    ),
]
LEFT, RIGHT = 42, 553
# column right edges (the description column is left-aligned from LEFT)
COLS = {"taxes": 290, "date": 350, "qty": 410, "price": 462, "disc": 500, "amount": RIGHT}
PURPLE = (0.44, 0.29, 0.40)


def line_amount(qty: str, price: str, disc: str) -> Decimal:
    gross = Decimal(qty) * Decimal(price)
    return (gross * (100 - Decimal(disc)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_amount(item[4], item[6], item[7]) for item in ITEMS), Decimal(0))


def euro(value: Decimal) -> str:
    return f"{grouped(value)} €"


def dmy(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%d/%m/%Y").date()


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=ref,
            description=" ".join([name, *more]),
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=line_amount(qty, price, disc),
        )
        for n, (ref, name, more, _, qty, unit, price, disc) in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=dmy(ORDER_DATE),
        requested_delivery_date=min(dmy(item[3]) for item in ITEMS),
        currency="EUR",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _logo(c, x: float, y: float) -> None:
    c.setFillColorRGB(*PURPLE)
    c.circle(x + 14, y + 10, 14, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    path = c.beginPath()
    path.moveTo(x + 6, y + 16)
    path.lineTo(x + 14, y + 2)
    path.lineTo(x + 22, y + 16)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, x + 34, y + 8, "VAN DER BERG", draw.LATIN_BOLD, 13)
    draw.text(c, x + 34, y - 2, "pumps that keep running", "Helvetica-Oblique", 7.5)


def _top(c) -> float:
    top = draw.PAGE_HEIGHT - 62
    _logo(c, LEFT, top)
    company = [BUYER, "De Run 4312", "5503 LN Veldhoven", "Netherlands"]
    for n, line in enumerate(company):
        draw.text(c, RIGHT, top + 16 - 10 * n, line, draw.LATIN_FONT, 8, "right")
    c.setStrokeColorRGB(*PURPLE)
    c.setLineWidth(1)
    c.line(LEFT, top - 26, RIGHT, top - 26)
    c.setStrokeColorRGB(0, 0, 0)
    y = top - 50
    draw.text(c, LEFT, y, "Shipping address:", draw.LATIN_BOLD, 9)
    for n, line in enumerate(WAREHOUSE):
        draw.text(c, LEFT, y - 13 - 11 * n, line, draw.LATIN_FONT, 9)
    vendor = [
        OUR_NAME_EN,
        "No. 88 Fengli Street",
        "Suzhou Industrial Park",
        "215021 Suzhou, Jiangsu",
        "China",
        "Tax ID: 91320594MA1X8QH27K",
    ]
    for n, line in enumerate(vendor):
        draw.text(c, 330, y - 11 * n, line, draw.LATIN_FONT, 9)
    y -= 84
    draw.text(c, LEFT, y, f"Purchase Order #{PO}", draw.LATIN_FONT, 17)
    y -= 28
    info = [
        ("Purchase Representative:", "Sanne de Vries"),
        ("Your Order Reference:", "QH-Q-26-1203"),
        ("Order Date:", ORDER_DATE),
    ]
    for n, (label, value) in enumerate(info):
        x = LEFT + 170 * n
        draw.text(c, x, y, label, draw.LATIN_BOLD, 9)
        draw.text(c, x, y - 12, value, draw.LATIN_FONT, 9)
    return y - 34


def _table(c, y: float) -> float:
    bold, font = draw.LATIN_BOLD, draw.LATIN_FONT
    draw.text(c, LEFT, y, "Description", bold, 8.5)
    for key, head in (
        ("taxes", "Taxes"),
        ("date", "Date Req."),
        ("qty", "Qty"),
        ("price", "Unit Price"),
        ("disc", "Disc.%"),
        ("amount", "Amount"),
    ):
        draw.text(c, COLS[key], y, head, bold, 8.5, "right")
    c.setLineWidth(1)
    c.line(LEFT, y - 5, RIGHT, y - 5)
    y -= 18
    c.setLineWidth(0.3)
    c.setStrokeGray(0.75)
    for ref, name, more, due, qty, unit, price, disc in ITEMS:
        draw.text(c, LEFT, y, f"[{ref}] {name}", font, 8.5)
        for k, line in enumerate(more, start=1):
            draw.text(c, LEFT, y - 10 * k, line, font, 8.5)
        draw.text(c, COLS["date"], y, due, font, 8.5, "right")
        draw.text(c, COLS["qty"], y, f"{Decimal(qty):,.2f} {unit}", font, 8.5, "right")
        draw.text(c, COLS["price"], y, price, font, 8.5, "right")
        draw.text(c, COLS["disc"], y, f"{Decimal(disc):.2f}", font, 8.5, "right")
        draw.text(c, COLS["amount"], y, euro(line_amount(qty, price, disc)), font, 8.5, "right")
        y -= 10 * len(more) + 8
        c.line(LEFT, y + 3, RIGHT, y + 3)
        y -= 10
    c.setStrokeGray(0)
    return y


def _totals(c, y: float) -> float:
    bold, font = draw.LATIN_BOLD, draw.LATIN_FONT
    x = 380
    rows = [
        ("Untaxed Amount", euro(total()), font),
        ("Taxes", euro(Decimal(0)), font),
        ("Total", euro(total()), bold),
    ]
    c.setLineWidth(0.6)
    for n, (label, value, face) in enumerate(rows):
        if n in (0, 2):
            c.line(x, y + 10, RIGHT, y + 10)
        draw.text(c, x + 2, y, label, face, 9)
        draw.text(c, RIGHT, y, value, face, 9, "right")
        y -= 16
    y -= 14
    draw.text(c, LEFT, y, f"Payment terms: {TERMS}", font, 9)
    draw.text(c, LEFT, y - 13, "Incoterm: FOB - Free on Board, Shanghai", font, 9)
    notes = [
        "Please confirm this order within 3 working days and state our PO number on all documents.",
        "Each shipment must be accompanied by a packing list and material certificates EN 10204 3.1.",
    ]
    for n, line in enumerate(notes):
        draw.text(c, LEFT, y - 36 - 11 * n, line, font, 8)
    return y


def _footer(c) -> None:
    c.setLineWidth(0.5)
    c.line(LEFT, 56, RIGHT, 56)
    foot = "+31 40 230 5500   purchase@vdberg-pompen.example   www.vdberg-pompen.example"
    draw.text(c, draw.PAGE_WIDTH / 2, 44, foot, draw.LATIN_FONT, 7.5, "center")
    legal = "VAT: NL861234567B01   KvK 17084512   IBAN NL91 ABNA 0417 1643 00"
    draw.text(c, draw.PAGE_WIDTH / 2, 34, legal, draw.LATIN_FONT, 7.5, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, 22, "Page: 1 / 1", draw.LATIN_FONT, 7.5, "center")


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order - {PO}")
    y = _top(c)
    y = _table(c, y)
    _totals(c, y - 6)
    _footer(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
