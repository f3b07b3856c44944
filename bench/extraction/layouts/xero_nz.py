"""Unseen layout: a Whangārei irrigation firm's Xero purchase order (New Zealand), NZD, 2 pages.

Kauri Coast Irrigation Ltd (Whangārei, Northland) does its accounts and purchasing in Xero and sends the
purchase order as the PDF Xero makes from its standard branding theme. What Xero prints: PURCHASE ORDER
large top left with the supplier contact under it (our name and address lines, no label); a column of
bold labels over values in the middle (Date 19 Dec 2026, Delivery Date 29 Jan 2027, Purchase Order Number
PO-0418, Reference the supplier's quotation, GST Number); the organisation's own name and address top
right; the item table with rules under the head and between the items only: Item (the buyer's item code)
| Description (typed over several lines in one field, printed as typed and wrapped) | Quantity with two
decimals (1,000.00) | Unit Price as entered (0.385; 12.50) | Disc. (5.00, a percentage without the sign)
| GST (No GST: an import, the GST is paid at the border) | Amount NZD after the discount; no unit column
(Xero has none); 14 items, 9 on page 1, the head again on page 2 and no page numbers (Xero prints none);
Subtotal, TOTAL NO GST 0.00 and the bold TOTAL NZD; the DELIVERY DETAILS block under the totals (Delivery
Address on four lines, Attention, Telephone, Delivery Instructions); no payment terms (a Xero purchase
order has no such field); the theme's grey foot with the NZBN and GST number on every page. DejaVu Sans for
the macron (Whangārei).

Truth: the PO number Purchase Order Number (PO-0418); the order date Date; the requested delivery date
Delivery Date; the currency NZD (Amount NZD / TOTAL NZD); the buyer the organisation; the supplier the
contact (us); the ship-to address Delivery Address's street and town lines joined with ", "; no payment
terms; the total TOTAL NZD; per line the part number Item, the description its lines joined with a space,
no unit, the quantity, the unit price Unit Price (before the Disc.) and the amount (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "PO-0418.pdf"
BUYER = "Kauri Coast Irrigation Ltd"
PO = "PO-0418"
ORDER_DATE = dt.date(2026, 12, 19)
DELIVERY = dt.date(2027, 1, 29)
SHIP_LINES = ["Kauri Coast Irrigation Ltd – Warehouse 2", "14 Port Road, Port Whangārei", "Whangārei 0110"]
ADDRESS = ", ".join(SHIP_LINES[1:])
CENT = Decimal("0.01")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 42.0, draw.PAGE_WIDTH - 42.0
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# Item, Description (its typed lines), Quantity, Unit Price, Disc. %
ITEMS = [
    (
        "BV-050-PVC",
        ["Ball valve PVC 50mm double union", "EPDM seals, PN16", "Your code QH-BV50U"],
        "400",
        "6.85",
        "",
    ),
    (
        "BV-080-PVC",
        ["Ball valve PVC 80mm double union", "EPDM seals, PN10", "Your code QH-BV80U"],
        "120",
        "19.40",
        "",
    ),
    (
        "SV-025-24V",
        ["Solenoid valve 25mm BSP 24VAC", "normally closed, with flow control", "Your code QH-SV25-24A"],
        "600",
        "12.50",
        "5",
    ),
    (
        "DR-16-2L",
        ["Dripper line 16mm 2 L/h @ 30cm", "pressure compensating, 200m roll", "Your code QH-DL1620PC"],
        "250",
        "38.20",
        "",
    ),
    ("DR-PUNCH", ["Punch tool for 16mm dripper line"], "200", "1.95", ""),
    ("CL-16-BARB", ["Barbed joiner 16mm", "bag of 100"], "300", "4.60", ""),
    ("CL-ST-0385", ["Stake for dripper line 16mm", "UV-stabilised, 250mm"], "20000", "0.0385", ""),
    (
        "FL-050-130",
        ["Disc filter 50mm 130 micron", "with pressure gauge ports", "Your code QH-DF50-130"],
        "80",
        "42.75",
        "",
    ),
    ("PR-025-15", ["Pressure regulator 25mm preset 1.5 bar", "Your code QH-PR25-15"], "350", "7.35", "3"),
    (
        "CT-6ST",
        [
            "Irrigation controller 6 station",
            "indoor, 24VAC, Wi-Fi, NZ plug (AS/NZS 3112)",
            "Your code QH-IC6W",
        ],
        "60",
        "54.90",
        "",
    ),
    ("PS-SS-12", ["Pop-up sprinkler 12 in. body", "stainless riser, adjustable arc"], "500", "8.15", ""),
    ("FT-25-ELB", ["Elbow 25mm compression PN16"], "1500", "0.92", ""),
    ("TP-PTFE-12", ["PTFE thread tape 12mm x 12m"], "2000", "0.21", ""),
    (
        "HS-13-PVC",
        ["Lay-flat hose 50mm, 100m roll", "blue PVC, 4 bar working pressure", "Your code QH-LF50B"],
        "40",
        "96.40",
        "",
    ),
    ("VB-STD-RECT", ["Valve box standard rectangular", "black lid with lock"], "150", "11.25", "5"),
    ("PAL-EXP", ["Export pallet, ISPM 15 heat treated"], "12", "18.50", ""),
]
COLS = [  # title, left edge from LEFT, width, align
    ("Item", 0, 70, "l"),
    ("Description", 70, 182, "l"),
    ("Quantity", 252, 56, "r"),
    ("Unit Price", 308, 52, "r"),
    ("Disc.", 360, 34, "r"),
    ("GST", 394, 46, "r"),
    ("Amount NZD", 440, RIGHT - LEFT - 440, "r"),
]
SIZE = 8.0
ROW_PAD, ROW_LINE = 14.0, 11.0
BOTTOM = 56.0  # Xero breaks the table where the next item would run into the foot


def fonts() -> tuple[str, str]:
    """DejaVu Sans (the ā of Whangārei is not in the PDF base fonts' encoding), embedded as a subset."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))
    return FONT, BOLD


def xero_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def price(value: str) -> str:
    """Xero prints a unit price with two decimals, or as many as entered (up to four)."""
    return f"{Decimal(value):,.{max(2, -Decimal(value).normalize().as_tuple().exponent)}f}"


def line_total(item: tuple) -> Decimal:
    gross = amount(item[2], item[3])
    return (gross * (100 - Decimal(item[4] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=" ".join(item[1]),
            quantity=Decimal(item[2]),
            unit=None,
            unit_price=Decimal(item[3]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="NZD",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=None,
        total_amount=total(),
        lines=lines,
    )


def _logo(c) -> None:
    """The branding theme's logo top right: a green drop over the company's short name."""
    c.setFillColorRGB(0.12, 0.45, 0.32)
    c.circle(RIGHT - 96, HEIGHT - 52, 14, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.circle(RIGHT - 96, HEIGHT - 52, 6, stroke=0, fill=1)
    c.setFillColorRGB(0.12, 0.45, 0.32)
    draw.text(c, RIGHT - 76, HEIGHT - 50, "KAURI COAST", BOLD, 11)
    draw.text(c, RIGHT - 76, HEIGHT - 61, "IRRIGATION", FONT, 7.5)
    c.setFillColorRGB(0, 0, 0)


def _head(c, top: float) -> float:
    _logo(c)
    draw.text(c, LEFT, top - 10, "PURCHASE ORDER", BOLD, 20)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road", "Suzhou New District", "Suzhou Jiangsu 215163", "CHINA"]
    for k, value in enumerate(supplier):
        draw.text(c, LEFT, top - 34 - 11 * k, value, FONT, 8.5)
    middle = LEFT + 250
    info = [
        ("Date", xero_date(ORDER_DATE)),
        ("Delivery Date", xero_date(DELIVERY)),
        ("Purchase Order Number", PO),
        ("Reference", "QH-Q26-1219"),
        ("GST Number", "112-233-445"),
    ]
    for k, (label, value) in enumerate(info):
        draw.text(c, middle, top - 22 * k, label, BOLD, 8)
        draw.text(c, middle, top - 10 - 22 * k, value, FONT, 8.5)
    right = LEFT + 392
    org = [BUYER, "14 Port Road", "Port Whangārei", "Whangārei 0110", "NEW ZEALAND"]
    for k, value in enumerate(org):
        draw.text(c, right, top - 11 * k, value, BOLD if k == 0 else FONT, 8.5)
    return top - 22 * len(info) - 14


HEAD_TOP = HEIGHT - 92
HEAD_BOTTOM = HEAD_TOP - 22 * 5 - 14


def _cell(c, col: int, base: float, value: str, font: str, size: float) -> None:
    _, x, width, align = COLS[col]
    if align == "r":
        draw.text(c, LEFT + x + width - 2, base, value, font, size, "right")
    else:
        draw.text(c, LEFT + x + 2, base, value, font, size)


def _table_head(c, y: float) -> float:
    for k in range(len(COLS)):
        _cell(c, k, y - 10, COLS[k][0], BOLD, 8)
    c.setLineWidth(1.0)
    c.line(LEFT, y - 15, RIGHT, y - 15)
    return y - 15


def _parts(item: tuple) -> list[str]:
    return [part for line in item[1] for part in wrap_words(line, FONT, SIZE, COLS[1][2] - 6)]


def first_page() -> int:
    """How many items Xero fits on page 1 under the head."""
    fonts()
    y = HEAD_BOTTOM - 15
    for n, item in enumerate(ITEMS):
        y -= ROW_PAD + ROW_LINE * len(_parts(item))
        if y < BOTTOM:
            return n
    return len(ITEMS)


def _item(c, y: float, item: tuple) -> float:
    code, _, qty, unit_price, discount = item
    parts = _parts(item)
    cells = [code, "", money(qty), price(unit_price), money(discount) if discount else "", "No GST"]
    for k, value in enumerate(cells):
        if value:
            _cell(c, k, y - 12, value, FONT, SIZE)
    _cell(c, 6, y - 12, money(line_total(item)), FONT, SIZE)
    for k, part in enumerate(parts):
        _cell(c, 1, y - 12 - ROW_LINE * k, part, FONT, SIZE)
    height = ROW_PAD + ROW_LINE * len(parts)
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.5)
    c.line(LEFT, y - height, RIGHT, y - height)
    c.setStrokeColorRGB(0, 0, 0)
    return y - height


def _totals(c, y: float) -> float:
    x = LEFT + COLS[4][1]
    rows = [("Subtotal", money(total()), FONT), ("TOTAL NO GST", "0.00", FONT)]
    y -= 16
    for label, value, font in rows:
        draw.text(c, x, y, label, font, 8.5)
        draw.text(c, RIGHT - 2, y, value, font, 8.5, "right")
        y -= 14
    c.setLineWidth(1.0)
    c.line(x, y + 8, RIGHT, y + 8)
    draw.text(c, x, y - 6, "TOTAL NZD", BOLD, 10)
    draw.text(c, RIGHT - 2, y - 6, money(total()), BOLD, 10, "right")
    return y - 36


def _delivery(c, y: float) -> None:
    draw.text(c, LEFT, y, "DELIVERY DETAILS", BOLD, 11)
    y -= 18
    draw.text(c, LEFT, y, "Delivery Address", BOLD, 8)
    for k, value in enumerate([*SHIP_LINES, "NEW ZEALAND"]):
        draw.text(c, LEFT, y - 11 - 11 * k, value, FONT, 8.5)
    x = LEFT + 250
    block = [("Attention", "Aroha Ngata"), ("Telephone", "+64 9 438 2715")]
    for k, (label, value) in enumerate(block):
        draw.text(c, x, y - 24 * k, label, BOLD, 8)
        draw.text(c, x, y - 11 - 24 * k, value, FONT, 8.5)
    y -= 72
    draw.text(c, LEFT, y, "Delivery Instructions", BOLD, 8)
    instructions = [
        "FOB Ningbo. Ship LCL to Auckland, our broker clears and trucks to Warehouse 2.",
        "Quote PO-0418 on the commercial invoice, packing list and every carton.",
        "Warehouse 2 receives Mon-Fri 7:30am-3:30pm; call Aroha a day before delivery.",
    ]
    for k, value in enumerate(instructions):
        draw.text(c, LEFT, y - 11 - 11 * k, value, FONT, 8.5)


def _foot(c) -> None:
    c.setFillColorRGB(0.45, 0.45, 0.45)
    foot = (
        "Kauri Coast Irrigation Ltd · NZBN 9429041872350 · GST 112-233-445 · "
        "accounts@kauricoastirrigation.co.nz"
    )
    draw.text(c, WIDTH / 2, 30, foot, FONT, 6.5, "center")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    fonts()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    y = _table_head(c, _head(c, HEAD_TOP))
    first = first_page()
    for item in ITEMS[:first]:
        y = _item(c, y, item)
    if y < 50:
        raise AssertionError(f"page 1 runs into its foot ({y:.0f})")
    _foot(c)
    c.showPage()
    y = _table_head(c, HEIGHT - 52)
    for item in ITEMS[first:]:
        y = _item(c, y, item)
    y = _totals(c, y)
    if y < 190:
        raise AssertionError(f"page 2's delivery details run into its foot ({y:.0f})")
    _delivery(c, y)
    _foot(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
