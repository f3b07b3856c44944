"""Unseen layout: Rajdhani Engineering Works Pvt. Ltd.'s purchase order as Tally Prime prints it, in USD.

An Indian machine builder (Pune) imports from us and prints its POs from Tally Prime, the accounting
package most Indian SMEs use, with its stock layout: "PURCHASE ORDER" over one big ruled frame. On the
left three stacked boxes: the company itself ("Invoice To": name, address, GSTIN/UIN, State Name and
Code, E-Mail), "Consignee (Ship to)" (the plant: name, address over two lines, GSTIN, State) and
"Supplier (Bill from)" (us, with "Country : China"). On the right a grid of label-over-value cells in
two columns: Voucher No. (RE/PO/26-27/0418, the Indian financial year in it) | Dated (5-Dec-26, Tally's
d-Mmm-yy), a blank cell | Mode/Terms of Payment, Reference No. & Date. | Other References, Dispatched
through | Destination, and Terms of Delivery across both. The item table has Tally's columns: Sl No.,
Description of Goods, Due on, Quantity, Rate, per, Amount (the import order's currency only in the
column heads, "Rate (USD)" and "Amount (USD)"). The quantity cell holds the number with its unit
("12,000 Nos"); the "per" cell is the rate's unit: "Nos" or "Set", but "100 Nos" for the small fasteners
the buyer prices per hundred. Each item is the stock item's name in bold, wrapped to two or three lines
when long, with the buyer's part number in italics under it ("Part No. RE-FB-0825"). The table has only
vertical rules and ends with a Total row (the amount with "$"), then "Amount Chargeable (in words)"
("US Dollar Ten Thousand ... Only") with "E. & O.E", the company's PAN, a declaration, "for <company>"
and "Authorised Signatory", and "This is a Computer Generated Document" under the frame.

Truth: the PO number is the Voucher No.; dates are Dated and the items' Due on (all 15-Jan-27); the
unit is the unit in the quantity cell; the unit price is the price of ONE unit (the Rate divided by the
"per" quantity: 8.40 per 100 Nos is 0.084), since the canonical order has no price unit and its amount is
quantity × unit price; the amount is the printed Amount; the description is the bold item name with its
wrapped lines joined by a space (the Part No. line is the part number, not description); the ship-to
address is the Consignee's two address lines joined with ", "; the payment terms are the Mode/Terms of
Payment value (wrapped over two lines in its cell, joined with a space); the total is the
Total row.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped

FILENAME = "Rajdhani PO RE-PO-26-27-0418.pdf"
BUYER = "Rajdhani Engineering Works Pvt. Ltd."
PO = "RE/PO/26-27/0418"
CONSIGNEE = [
    "Rajdhani Engineering Works Pvt. Ltd. - Plant II",
    "Gat No. 214, Nighoje, Chakan MIDC Phase II",
    "Taluka Khed, Pune 410501",
]
ADDRESS = ", ".join(CONSIGNEE[1:])
TERMS = "30% advance by T/T, balance 70% against copy of B/L"
DUE = "15-Jan-27"
ITEMS = [  # part no., item name, quantity, unit, rate (USD), per (quantity the rate is for)
    ("RE-FB-0825", "Hex Flange Bolt M8 x 25, Gr 10.9, Zinc Flake Coated", "12000", "Nos", "8.40", 100),
    ("RE-FN-0800", "Hex Flange Nut M8, Gr 10, Zinc Flake Coated", "12000", "Nos", "3.15", 100),
    (
        "RE-SH-2045",
        "Precision Ground Shaft CK45, Induction Hardened, Dia 20 h6 x 450 mm, Chamfered Both Ends",
        "400",
        "Nos",
        "6.85",
        1,
    ),
    ("RE-LB-2560", "Linear Bush LM20UU", "800", "Nos", "1.92", 1),
    ("RE-BR-6204", "Deep Groove Ball Bearing 6204-2RS C3", "1500", "Nos", "0.78", 1),
    (
        "RE-CP-1922",
        "Jaw Coupling Aluminium, Bore 19 x 22 mm, with Polyurethane Spider 98 Shore A",
        "250",
        "Set",
        "4.60",
        1,
    ),
    ("RE-DP-0624", "Dowel Pin 6 x 24 m6, Hardened and Ground", "20000", "Nos", "1.65", 100),
    (
        "RE-TP-1030",
        "Timing Pulley HTD 5M, 30 Teeth, 15 mm Belt Width, Pilot Bore, Aluminium Anodised, with Flanges",
        "300",
        "Nos",
        "3.95",
        1,
    ),
    ("RE-GS-0850", "Gas Spring 500 N, Stroke 150 mm, with M8 Eye Ends", "600", "Nos", "2.48", 1),
]
LEFT, RIGHT = 28, 567
# column edges: Sl No. | Description of Goods | Due on | Quantity | Rate (USD) | per | Amount (USD)
EDGES = [LEFT, 52, 282, 330, 394, 446, 488, RIGHT]
NAME_WIDTH = EDGES[2] - EDGES[1] - 8
ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def line_amount(qty: str, rate: str, per: int) -> Decimal:
    return (Decimal(qty) * Decimal(rate) / per).quantize(Decimal("0.01"))


def total() -> Decimal:
    return sum((line_amount(q, r, p) for _, _, q, _, r, p in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=part,
            description=name,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(rate) / per,
            amount=line_amount(qty, rate, per),
        )
        for n, (part, name, qty, unit, rate, per) in enumerate(ITEMS, start=1)
    ]
    for line in lines:
        assert line.quantity * (line.unit_price or 0) == line.amount, line
    return PurchaseOrder(
        po_number=PO,
        order_date=dt.date(2026, 12, 5),
        requested_delivery_date=dt.date(2027, 1, 15),
        currency="USD",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _words(number: int) -> str:
    """English words as Tally writes an amount (international system for a foreign currency)."""
    if number < 20:
        return ONES[number]
    if number < 100:
        return TENS[number // 10] + ("" if number % 10 == 0 else " " + ONES[number % 10])
    if number < 1000:
        rest = number % 100
        return ONES[number // 100] + " Hundred" + ("" if rest == 0 else " " + _words(rest))
    rest = number % 1000
    return _words(number // 1000) + " Thousand" + ("" if rest == 0 else " " + _words(rest))


def in_words(amount: Decimal) -> str:
    dollars, cents = divmod(int(amount * 100), 100)
    text = f"US Dollar {_words(dollars)}"
    return text + (f" and {_words(cents)} Cents" if cents else "") + " Only"


def _label_value(c, x: float, y: float, label: str, value: str, bold_value: bool = True) -> None:
    draw.text(c, x + 3, y - 9, label, draw.LATIN_FONT, 7)
    if value:
        draw.text(c, x + 3, y - 20, value, draw.LATIN_BOLD if bold_value else draw.LATIN_FONT, 8.5)


def _parties(c, top: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    middle = 298
    blocks = [
        (
            "Invoice To",
            [BUYER],
            [
                "Plot No. B-17, MIDC Bhosari",
                "Pune 411026",
                "GSTIN/UIN: 27AAFCR4821K1Z5",
                "State Name : Maharashtra, Code : 27",
                "E-Mail : purchase@rajdhani-engg.example",
            ],
        ),
        (
            "Consignee (Ship to)",
            CONSIGNEE[:1],
            [*CONSIGNEE[1:], "GSTIN/UIN: 27AAFCR4821K2Z4", "State Name : Maharashtra, Code : 27"],
        ),
        (
            "Supplier (Bill from)",
            [OUR_NAME_EN],
            ["No. 88 Fengli Street, Suzhou Industrial Park", "Suzhou, Jiangsu 215021", "Country : China"],
        ),
    ]
    y = top
    for n, (label, names, lines) in enumerate(blocks):
        if n:
            c.line(LEFT, y, middle, y)
        draw.text(c, LEFT + 3, y - 10, label, font, 7)
        for k, name in enumerate(names):
            draw.text(c, LEFT + 3, y - 21 - 10 * k, name, bold, 8.5)
        for k, line in enumerate(lines):
            draw.text(c, LEFT + 3, y - 31 - 10 * k, line, font, 8)
        y -= 38 + 10 * len(lines)
    bottom = y
    c.line(middle, top, middle, bottom)
    cells = [
        (("Voucher No.", PO), ("Dated", "5-Dec-26")),
        (("", ""), ("Mode/Terms of Payment", TERMS)),
        (("Reference No. & Date.", "QH-Q-26-1187 dt. 28-Nov-26"), ("Other References", "Indent IND-0931")),
        (("Dispatched through", "Sea freight (FCL)"), ("Destination", "Nhava Sheva, India")),
    ]
    width = (RIGHT - middle) / 2
    y = top
    for left, right in cells:
        _label_value(c, middle, y, *left)
        if right[0] == "Mode/Terms of Payment":  # the long value wraps inside its cell, as Tally does
            _label_value(c, middle + width, y, right[0], "")
            for k, line in enumerate(wrap_words(right[1], draw.LATIN_BOLD, 8.5, width - 6)):
                draw.text(c, middle + width + 3, y - 20 - 10 * k, line, draw.LATIN_BOLD, 8.5)
            y -= 36
            c.line(middle, y, RIGHT, y)
            continue
        _label_value(c, middle + width, y, *right)
        y -= 26
        c.line(middle, y, RIGHT, y)
    c.line(middle + width, top, middle + width, y)
    draw.text(c, middle + 3, y - 9, "Terms of Delivery", font, 7)
    delivery = [
        "CIF Nhava Sheva, India (Incoterms 2020).",
        "Shipment latest by 15-Jan-2027, partial shipment",
        "not allowed. Packing: export cartons on pallets.",
    ]
    for k, line in enumerate(delivery):
        draw.text(c, middle + 3, y - 21 - 10 * k, line, font, 8)
    c.line(LEFT, bottom, RIGHT, bottom)
    return bottom


def _cell(c, col: int, y: float, value: str, font: str, size: float, align: str) -> None:
    if align == "r":
        draw.text(c, EDGES[col + 1] - 3, y, value, font, size, "right")
    elif align == "c":
        draw.text(c, (EDGES[col] + EDGES[col + 1]) / 2, y, value, font, size, "center")
    else:
        draw.text(c, EDGES[col] + 4, y, value, font, size)


def _items(c, top: float) -> float:
    font, bold, italic = draw.LATIN_FONT, draw.LATIN_BOLD, "Helvetica-Oblique"
    heads = ["Sl\nNo.", "Description of Goods", "Due on", "Quantity", "Rate\n(USD)", "per", "Amount\n(USD)"]
    for col, head in enumerate(heads):
        parts = head.split("\n")
        for k, part in enumerate(parts):
            _cell(c, col, top - 10 - 9 * k - (4.5 if len(parts) == 1 else 0), part, font, 7.5, "c")
    c.line(LEFT, top - 24, RIGHT, top - 24)
    y = top - 36
    for n, (part, name, qty, unit, rate, per) in enumerate(ITEMS, start=1):
        names = wrap_words(name, bold, 8.5, NAME_WIDTH)
        _cell(c, 0, y, str(n), font, 8.5, "c")
        for k, line in enumerate(names):
            _cell(c, 1, y - 10 * k, line, bold, 8.5, "l")
        _cell(c, 1, y - 10 * len(names), f"Part No. {part}", italic, 7.5, "l")
        _cell(c, 2, y, DUE, font, 8.5, "c")
        _cell(c, 3, y, f"{grouped(qty, 0)} {unit}", bold, 8.5, "r")
        _cell(c, 4, y, rate, font, 8.5, "r")
        _cell(c, 5, y, f"{per} {unit}" if per != 1 else unit, font, 8.5, "l")
        _cell(c, 6, y, grouped(line_amount(qty, rate, per)), bold, 8.5, "r")
        y -= 10 * (len(names) + 1) + 8
    bottom = y - 6
    c.line(LEFT, bottom, RIGHT, bottom)
    _cell(c, 1, bottom - 12, "Total", bold, 8.5, "r")
    _cell(c, 6, bottom - 12, f"$ {grouped(total())}", bold, 9, "r")
    c.line(LEFT, bottom - 18, RIGHT, bottom - 18)
    for edge in EDGES[1:-1]:
        c.line(edge, top, edge, bottom - 18)
    return bottom - 18


def _closing(c, top: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    draw.text(c, LEFT + 3, top - 10, "Amount Chargeable (in words)", font, 7.5)
    draw.text(c, RIGHT - 3, top - 10, "E. & O.E", "Helvetica-Oblique", 7.5, "right")
    draw.text(c, LEFT + 3, top - 22, in_words(total()), bold, 8.5)
    draw.text(c, LEFT + 3, top - 44, "Company's PAN : AAFCR4821K", font, 8)
    draw.text(c, LEFT + 3, top - 60, "Declaration", font, 7.5)
    declaration = [
        "Please quote our Voucher No. on all shipping documents. Goods must be accompanied by test",
        "certificates (EN 10204 3.1) and packing list per carton. Prices are firm till final shipment.",
    ]
    for k, line in enumerate(declaration):
        draw.text(c, LEFT + 3, top - 70 - 9 * k, line, font, 7.5)
    draw.text(c, RIGHT - 3, top - 60, f"for {BUYER}", bold, 8.5, "right")
    draw.text(c, RIGHT - 3, top - 100, "Authorised Signatory", font, 8, "right")
    return top - 108


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    top = draw.PAGE_HEIGHT - 40
    draw.text(c, draw.PAGE_WIDTH / 2, top, "PURCHASE ORDER", draw.LATIN_BOLD, 12, "center")
    frame_top = top - 8
    c.setLineWidth(0.6)
    y = _parties(c, frame_top)
    y = _items(c, y)
    y = _closing(c, y)
    c.rect(LEFT, y, RIGHT - LEFT, frame_top - y)
    draw.text(
        c,
        draw.PAGE_WIDTH / 2,
        y - 12,
        "This is a Computer Generated Document",
        draw.LATIN_FONT,
        7.5,
        "center",
    )
    c.showPage()
    c.save()
    return buffer.getvalue()
