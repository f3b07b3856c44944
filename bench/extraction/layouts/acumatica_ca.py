"""Unseen layout: a Cambridge (Ontario) hydraulics distributor's Acumatica purchase order, CAD, 2 pages.

Grand River Hydraulics Ltd. (Cambridge, Ontario) builds and services hydraulic cylinders and runs Acumatica
Cloud ERP (Distribution Edition); its buyer e-mails the PDF of the standard Purchase Order form (PO641000)
straight from the order's Print button. The site runs the en-US locale, as many Canadian Acumatica tenants
do, so dates print month first. What the form prints on US Letter: the company, its address, phone and
GST/HST number top left; PURCHASE ORDER top right over Order Nbr. PO001852 (Acumatica's default numbering)
and Order Date 12/21/2026; Vendor and Ship To boxes side by side (the vendor's name and address, i.e. us;
the warehouse's name over its street and town and Canada); a ruled strip of labels over values (Vendor ID,
Vendor Ref. our quotation, Terms Net 60, Ship Via OCEAN-LCL, FOB Point, Promised On 02/05/2027, Buyer,
Currency CAD); the lines with a grey head and hairlines between rows: Line (Acumatica's Line Nbr.: 8 was
deleted, so 7 is followed by 9) | Inventory ID (the buyer's segmented codes, CYL-ROD-2010) | Description
wrapped at words in its column | UOM (EA, KIT, ROLL, BOX) | Order Qty. with two decimals | Unit Cost with
four (14.8500) | Disc. % (5.00, 3.00 on two lines) | Amount after the discount | Promised (per line, two
lines earlier than the head's date); 18 lines, 15 on page 1, page 2 headed by the company, the title and
the order number and date with the grey head again; Line Total / Tax Total 0.00 (an import: the GST/HST is
paid at the border) / Order Total CAD 39,353.05; Comments; Approved by; Printed ... by and Page n of 2 in the
foot.

Truth: the PO number Order Nbr.; the order date Order Date; the requested delivery date Promised On (the
head's); the currency CAD; the buyer the company; the supplier the vendor (us); the ship-to address Ship
To's street and town lines joined with ", "; the payment terms Terms; the total Order Total; per line (1, 2,
3 ... in order, whatever Line Nbr. says) the part number Inventory ID, the description as typed (its
wrapped lines joined with a space), the unit UOM, the quantity, the unit price Unit Cost (before the Disc.)
and the amount Amount (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "PurchaseOrder_PO001852.pdf"
BUYER = "Grand River Hydraulics Ltd."
PO = "PO001852"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 5)
EARLY = dt.date(2027, 1, 29)
SHIP_LINES = ["Grand River Hydraulics Ltd. - Main Warehouse", "1120 Franklin Blvd", "Cambridge ON N1R 8B5"]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "Net 60"
CENT = Decimal("0.01")
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = LETTER
LEFT, RIGHT = 36.0, LETTER[0] - 36.0
# Line Nbr., Inventory ID, Description, UOM, Order Qty., Unit Cost, Disc. %, Promised
ITEMS = [
    (
        1,
        "CYL-ROD-2010",
        "Chrome plated piston rod 20mm x 1000mm, CK45, h8",
        "EA",
        "200",
        "14.85",
        "",
        DELIVERY,
    ),
    (
        2,
        "CYL-TUBE-4050",
        "Honed cylinder tube ID 40 x OD 50 x 1000mm, ST52",
        "EA",
        "150",
        "22.60",
        "",
        DELIVERY,
    ),
    (3, "SEAL-PST-40", "Piston seal kit 40mm, PU/NBR", "KIT", "500", "3.42", "", DELIVERY),
    (4, "SEAL-ROD-20", "Rod seal U-cup 20 x 28 x 6, polyurethane", "EA", "1000", "0.785", "", DELIVERY),
    (
        5,
        "FIT-JIC-0808",
        "Straight adapter JIC 1/2 M x NPT 1/2 M, zinc nickel",
        "EA",
        "2000",
        "1.12",
        "",
        EARLY,
    ),
    (
        6,
        "FIT-ELB-0808",
        "90° elbow JIC 1/2 F swivel x JIC 1/2 M, zinc nickel",
        "EA",
        "1200",
        "1.96",
        "",
        EARLY,
    ),
    (7, "HOSE-R2-08", "Hydraulic hose SAE 100R2AT 1/2 in., 50 m reel", "ROLL", "40", "186.00", "", DELIVERY),
    (9, "VLV-BALL-08", "High pressure ball valve 1/2 NPT, 5000 PSI", "EA", "300", "12.75", "5", DELIVERY),
    (
        10,
        "VLV-RLF-10",
        "Direct acting relief valve, cartridge SDC10-2, 3000 PSI",
        "EA",
        "250",
        "9.40",
        "",
        DELIVERY,
    ),
    (
        11,
        "PMP-GEAR-08",
        "Gear pump group 2, 8 cc/rev, SAE A 2-bolt flange, CW",
        "EA",
        "60",
        "68.50",
        "3",
        DELIVERY,
    ),
    (12, "FLT-RET-10", "Return filter element 10 micron, beta 200", "EA", "400", "4.35", "", DELIVERY),
    (
        13,
        "GAUGE-63-5K",
        "Pressure gauge 63mm, 0-5000 PSI, glycerine filled",
        "EA",
        "250",
        "5.28",
        "",
        DELIVERY,
    ),
    (
        14,
        "CLMP-TW-22",
        "Twin tube clamp 22mm, polypropylene, with bolts (box of 25)",
        "BOX",
        "80",
        "24.50",
        "",
        DELIVERY,
    ),
    (15, "ORING-KIT-382", "O-ring kit, Buna-N, 382 pcs", "KIT", "120", "11.90", "", DELIVERY),
    (16, "CYL-CLV-20", "Rod clevis M16 x 1.5 for 20mm rod, zinc plated", "EA", "200", "3.65", "", DELIVERY),
    (17, "PNT-PRM-7035", "Primer grey RAL 7035, 4 L can", "CAN", "24", "38.40", "", DELIVERY),
    (
        18,
        "LBL-SER-AL",
        "Serial number labels, anodized aluminum, roll of 1000",
        "ROLL",
        "6",
        "42.00",
        "",
        DELIVERY,
    ),
    (19, "PLT-EXP", "Export pallet, ISPM 15 heat treated", "EA", "8", "18.00", "", DELIVERY),
]
COLS = [  # title, width, align
    ("Line", 24, "c"),
    ("Inventory ID", 70, "l"),
    ("Description", 150, "l"),
    ("UOM", 28, "c"),
    ("Order Qty.", 52, "r"),
    ("Unit Cost", 50, "r"),
    ("Disc. %", 36, "r"),
    ("Amount", 70, "r"),
    ("Promised", 0, "c"),
]
COLS[-1] = ("Promised", RIGHT - LEFT - sum(width for _, width, _ in COLS), "c")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H, PAD = 8.0, 10.0, 7.0
BOTTOM = 54.0
PAGES = 2


def us_date(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def line_total(item: tuple) -> Decimal:
    gross = amount(item[4], item[5])
    return (gross * (100 - Decimal(item[6] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[1],
            description=item[2],
            quantity=Decimal(item[4]),
            unit=item[3],
            unit_price=Decimal(item[5]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="CAD",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _head(c: Canvas) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, BOLD, 13)
    company = ["455 Hespeler Road, Unit 3", "Cambridge ON N3H 5L4", "Canada", "Phone: (519) 653-2210"]
    company.append("GST/HST No. 81234 5678 RT0001")
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 10 * k, value, FONT, 8)
    draw.text(c, RIGHT, top, "PURCHASE ORDER", BOLD, 16, "right")
    for k, (label, value) in enumerate([("Order Nbr.", PO), ("Order Date", us_date(ORDER_DATE))]):
        draw.text(c, RIGHT - 150, top - 20 - 13 * k, label, BOLD, 8.5)
        draw.text(c, RIGHT, top - 20 - 13 * k, value, FONT, 8.5, "right")
    y = top - 76
    half = (RIGHT - LEFT) / 2
    vendor = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "Suzhou, Jiangsu 215163", "China"]
    for x, label, lines in (
        (LEFT, "Vendor:", vendor),
        (LEFT + half + 6, "Ship To:", [*SHIP_LINES, "Canada"]),
    ):
        draw.text(c, x, y, label, BOLD, 8.5)
        c.setLineWidth(0.5)
        c.rect(x, y - 62, half - 6, 56)
        for k, value in enumerate(lines):
            draw.text(c, x + 5, y - 18 - 11 * k, value, FONT, 8.5)
    return y - 72


def _strip(c: Canvas, y: float) -> float:
    strip = [
        ("Vendor ID", "V000318"),
        ("Vendor Ref.", "QH-Q26-1221"),
        ("Terms", TERMS),
        ("Ship Via", "OCEAN-LCL"),
        ("FOB Point", "FOB Ningbo"),
        ("Promised On", us_date(DELIVERY)),
        ("Buyer", "Megan Hoekstra"),
        ("Currency", "CAD"),
    ]
    width = (RIGHT - LEFT) / len(strip)
    c.setLineWidth(0.5)
    c.rect(LEFT, y - 28, RIGHT - LEFT, 28)
    c.line(LEFT, y - 13, RIGHT, y - 13)
    for k, (label, value) in enumerate(strip):
        x = LEFT + k * width
        if k:
            c.line(x, y, x, y - 28)
        draw.text(c, x + width / 2, y - 9.5, label, BOLD, 7.5, "center")
        draw.text(c, x + width / 2, y - 23.5, value, FONT, 8, "center")
    return y - 40


def _cell(c: Canvas, k: int, base: float, value: str, font: str) -> None:
    align = COLS[k][2]
    if align == "r":
        draw.text(c, EDGES[k + 1] - 3, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, EDGES[k] + 3, base, value, font, SIZE)


def _table_head(c: Canvas, y: float) -> float:
    c.setFillColorRGB(0.86, 0.86, 0.86)
    c.rect(LEFT, y - 16, RIGHT - LEFT, 16, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, (title, _, _) in enumerate(COLS):
        _cell(c, k, y - 11, title, BOLD)
    return y - 16


def _item(c: Canvas, y: float, item: tuple) -> float:
    number, code, description, unit, qty, cost, discount, promised = item
    parts = wrap_words(description, FONT, SIZE, COLS[2][1] - 6)
    cells = [str(number), code, "", unit, money(qty), f"{Decimal(cost):,.4f}"]
    cells += [money(discount) if discount else "0.00", money(line_total(item)), us_date(promised)]
    for k, value in enumerate(cells):
        if value:
            _cell(c, k, y - 11, value, FONT)
    for n, part in enumerate(parts):
        _cell(c, 2, y - 11 - LINE_H * n, part, FONT)
    height = PAD + 7 + LINE_H * len(parts)
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.3)
    c.line(LEFT, y - height, RIGHT, y - height)
    c.setStrokeColorRGB(0, 0, 0)
    return y - height


def _totals(c: Canvas, y: float) -> float:
    x = EDGES[5]
    rows = [("Line Total", money(total())), ("Tax Total", "0.00")]
    y -= 16
    for label, value in rows:
        draw.text(c, x, y, label, BOLD, 8.5)
        draw.text(c, RIGHT - 3, y, value, FONT, 8.5, "right")
        y -= 13
    c.setLineWidth(0.8)
    c.line(x, y + 8, RIGHT, y + 8)
    draw.text(c, x, y - 4, "Order Total", BOLD, 9.5)
    draw.text(c, RIGHT - 3, y - 4, f"CAD {money(total())}", BOLD, 9.5, "right")
    return y - 30


def _comments(c: Canvas, y: float) -> float:
    draw.text(c, LEFT, y, "Comments:", BOLD, 8.5)
    notes = [
        "Please quote our PO number on the commercial invoice, packing list and every carton.",
        "Ship LCL from Ningbo to Toronto; our customs broker clears. Certificate of origin required.",
        "Receiving hours Mon-Fri 7:00 am - 3:00 pm. Contact Megan Hoekstra, (519) 653-2210 ext. 214.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 12 - 10.5 * k, value, FONT, 8)
    y -= 12 + 10.5 * len(notes) + 26
    c.setLineWidth(0.5)
    c.line(LEFT + 60, y, LEFT + 230, y)
    draw.text(c, LEFT, y + 2, "Approved by:", BOLD, 8.5)
    draw.text(c, LEFT + 62, y - 10, "Darren MacLeod, Operations Manager", FONT, 7.5)
    return y - 10


def _page_two_head(c: Canvas) -> float:
    """Acumatica's page header on the pages after the first: the company, the title and the order."""
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, BOLD, 13)
    draw.text(c, RIGHT, top, "PURCHASE ORDER", BOLD, 16, "right")
    for k, (label, value) in enumerate([("Order Nbr.", PO), ("Order Date", us_date(ORDER_DATE))]):
        draw.text(c, RIGHT - 150, top - 20 - 13 * k, label, BOLD, 8.5)
        draw.text(c, RIGHT, top - 20 - 13 * k, value, FONT, 8.5, "right")
    return top - 50


def _height(item: tuple) -> float:
    return PAD + 7 + LINE_H * len(wrap_words(item[2], FONT, SIZE, COLS[2][1] - 6))


def first_page() -> int:
    """How many lines fit on page 1 above its foot (the report breaks before a line that does not)."""
    y = HEIGHT - 44 - 76 - 72 - 40 - 16
    for n, item in enumerate(ITEMS):
        y -= _height(item)
        if y < BOTTOM:
            return n
    return len(ITEMS)


def _foot(c: Canvas, page: int) -> None:
    c.setFillColorRGB(0.4, 0.4, 0.4)
    draw.text(c, LEFT, 28, f"Printed {us_date(ORDER_DATE)} 10:14 AM by mhoekstra", FONT, 7)
    draw.text(c, RIGHT, 28, f"Page {page} of {PAGES}", FONT, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=LETTER, invariant=1)
    c.setTitle(f"Purchase Order {PO}")
    c.setAuthor("Acumatica")
    c.setCreator("Acumatica Report Designer")
    y = _table_head(c, _strip(c, _head(c)))
    first = first_page()
    for item in ITEMS[:first]:
        y = _item(c, y, item)
    _foot(c, 1)
    c.showPage()
    y = _table_head(c, _page_two_head(c))
    for item in ITEMS[first:]:
        y = _item(c, y, item)
    y = _comments(c, _totals(c, y))
    if y < BOTTOM:
        raise AssertionError(f"page 2 runs into its foot ({y:.0f})")
    _foot(c, 2)
    c.showPage()
    c.save()
    return buffer.getvalue()
