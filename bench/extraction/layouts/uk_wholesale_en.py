"""Unseen layout: Thornbury Wholesale Ltd's purchase order, a British ironmongery wholesaler, GBP (2 pages).

Printed from a UK accounts package on its own form: letterhead top left, "Purchase Order" top right over
a label/value block (Order Ref TW/PO/26/0912, Order Date and Delivery Date written "4 Dec 2026", Buyer,
Payment Terms, Currency, Page), the supplier (us) under "Supplier" with the account number Thornbury keeps
for us, then two boxes side by side: "Invoice Address" (head office, accounts payable) and "Deliver To"
(the distribution centre: its name, then the address over two lines, then goods-in hours). The line table
is a box with vertical column rules and a shaded header row, no rules between rows: Line, Our Code (the
buyer's stock code), Supplier Code (ours), Description, Qty Ordered, UOM, Unit Cost (£), Disc %, Line
Total, Due ("15-Jan-27"); under each description a small grey note with the pack sizes and the tariff
(commodity) code for the import entry. Eight of the 25 lines carry a trade discount, so their Line Total
is qty × cost less the discount, not qty × cost. Page 1 ends "Continued..." under its box; page 2
repeats the order reference and the column header, then Goods Total, VAT @ 20% and Order Total (the
supplier ships DDP and charges UK VAT). Every page has a footer with the company registration number,
VAT number and terms.

Truth: unit_price is the printed Unit Cost and amount the printed (discounted) Line Total; the total keyed
is the Order Total including VAT (as bayline-qb keys its TOTAL with freight), so it is not the line sum;
the ship-to address is the Deliver To block's two address lines joined with ", "; the description is
the item's first line (the pack/commodity note is not keyed).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped

FILENAME = "Thornbury PO TW-PO-26-0912.pdf"
BUYER = "Thornbury Wholesale Ltd"
PO = "TW/PO/26/0912"
DELIVER_TO = [
    "Thornbury Wholesale Ltd - Avonmouth DC",
    "Bay 14, Central Park, Severn Road",
    "Avonmouth, Bristol BS11 0YH",
]
ADDRESS = ", ".join(DELIVER_TO[1:])
TERMS = "60 days from end of month"
VAT_RATE = Decimal("0.20")
CENT = Decimal("0.01")
FIRST_PAGE_ROWS = 16
ITEMS = [  # our code, supplier code, description, qty, uom, unit cost, disc %
    ("BH075SC", "QH-BH-0751", "Butt hinge 75mm satin chrome", "600", "PR", "1.18", "0"),
    ("BH100SC", "QH-BH-1002", "Butt hinge 100mm satin chrome", "800", "PR", "1.64", "5"),
    ("BH100BB", "QH-BH-1008", "Ball bearing hinge 100mm stainless", "400", "PR", "3.85", "5"),
    ("TB150BK", "QH-TB-1504", "Tower bolt 150mm black japanned", "300", "EA", "0.92", "0"),
    ("HS115GV", "QH-HS-1150", "Hasp & staple 115mm galvanised", "250", "EA", "1.36", "0"),
    ("GLRING-BK", "QH-GL-2001", "Ring gate latch, black", "200", "EA", "2.74", "0"),
    ("PL40BR", "QH-PL-4003", "Brass padlock 40mm, 3 keys", "500", "EA", "2.95", "10"),
    ("PL50BR", "QH-PL-5003", "Brass padlock 50mm, 3 keys", "300", "EA", "4.10", "10"),
    ("LHROSE-SC", "QH-LH-3120", "Lever on rose handle satin chrome", "150", "PR", "6.45", "0"),
    ("LHLATCH-SC", "QH-LH-3310", "Lever latch handle set satin chrome", "120", "SET", "8.90", "7.5"),
    ("TL65NP", "QH-TL-6500", "Tubular latch 65mm nickel plated", "400", "EA", "1.12", "0"),
    ("SB200WH", "QH-SB-2002", "Shelf bracket 200 x 150mm white", "1000", "EA", "0.48", "0"),
    ("SB250WH", "QH-SB-2503", "Shelf bracket 250 x 200mm white", "800", "EA", "0.63", "0"),
    ("CK30SC", "QH-CK-3001", "Cabinet knob 30mm satin chrome", "1200", "EA", "0.37", "0"),
    ("CH128SS", "QH-CH-1280", "Bar handle 128mm centres stainless", "900", "EA", "0.86", "2.5"),
    ("CS10100", "QH-CS-1010", "Coach screw M10 x 100 zinc, box 50", "60", "BOX", "7.25", "0"),
    ("CS12150", "QH-CS-1215", "Coach screw M12 x 150 zinc, box 25", "40", "BOX", "8.40", "0"),
    ("WP06BN", "QH-WP-0600", "Wall plug 6mm brown, pack 100", "300", "PK", "0.58", "0"),
    ("CB100ZP", "QH-CB-1000", "Corner brace 100mm zinc plated", "600", "EA", "0.29", "0"),
    ("DSFLR-ZN", "QH-DS-0040", "Door stop, floor mounted, zinc", "350", "EA", "0.94", "0"),
    ("LP250PB", "QH-LP-2504", "Letter plate 250mm polished brass", "80", "EA", "9.60", "12.5"),
    ("DC3-BK", "QH-DC-0308", "Overhead door closer size 3, black", "60", "EA", "14.75", "5"),
    ("SCH-BR", "QH-SC-0030", "Security door chain, brass finish", "200", "EA", "1.95", "0"),
    ("NUM75-SET", "QH-NB-0110", "Door numerals 0-9, 75mm, self-adhesive", "100", "SET", "3.20", "0"),
    ("PHK75", "QH-PH-0075", "Padlock hasp kit 75mm with screws", "150", "SET", "2.15", "0"),
]
HEADER = [
    "Line",
    "Our Code",
    "Supplier Code",
    "Description",
    "Qty Ordered",
    "UOM",
    "Unit Cost (£)",
    "Disc %",
    "Line Total",
    "Due",
]
WIDTHS = [24, 54, 56, 144, 52, 28, 50, 32, 50, 42]
COMMODITY = {  # tariff code by supplier-code family: printed under each line for the DDP import entry
    "BH": "8302 10 00",
    "TB": "8302 41 00",
    "HS": "8302 41 00",
    "GL": "8302 41 00",
    "PL": "8301 10 00",
    "LH": "8302 41 00",
    "TL": "8301 40 90",
    "SB": "8302 50 00",
    "CK": "8302 42 00",
    "CH": "8302 42 00",
    "CS": "7318 11 00",
    "WP": "3926 90 97",
    "CB": "8302 20 00",
    "DS": "8302 49 00",
    "LP": "8302 41 00",
    "DC": "8302 60 00",
    "SC": "7315 82 90",
    "NB": "8310 00 00",
    "PH": "8302 41 00",
}
PACKS = {
    "PR": "Inner 10 / Outer 50",
    "EA": "Inner 10 / Outer 100",
    "SET": "Outer 20",
    "BOX": "Outer 10",
    "PK": "Outer 20",
}
ALIGNS = "clllrcrrrc"
LEFT = 32
ROW_PITCH = 26


def line_total(qty: str, cost: str, disc: str) -> Decimal:
    gross = Decimal(qty) * Decimal(cost)
    return (gross * (100 - Decimal(disc)) / 100).quantize(CENT, ROUND_HALF_UP)


def goods_total() -> Decimal:
    return sum((line_total(item[3], item[5], item[6]) for item in ITEMS), Decimal(0))


def vat() -> Decimal:
    return (goods_total() * VAT_RATE).quantize(CENT, ROUND_HALF_UP)


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=ours,
            description=text,
            quantity=Decimal(qty),
            unit=uom,
            unit_price=Decimal(cost),
            amount=line_total(qty, cost, disc),
        )
        for n, (ours, _, text, qty, uom, cost, disc) in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=dt.date(2026, 12, 4),
        requested_delivery_date=dt.date(2027, 1, 15),
        currency="GBP",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=goods_total() + vat(),
        lines=lines,
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for width in WIDTHS:
        edges.append(edges[-1] + width)
    return edges


def _cells(c, y: float, cells: list[str], font: str, size: float = 7.5) -> None:
    edges = _edges()
    for n, (cell, align) in enumerate(zip(cells, ALIGNS, strict=True)):
        if align == "r":
            draw.text(c, edges[n + 1] - 3, y, cell, font, size, "right")
        elif align == "c":
            draw.text(c, (edges[n] + edges[n + 1]) / 2, y, cell, font, size, "center")
        else:
            draw.text(c, edges[n] + 3, y, cell, font, size)


def _table(c, top: float, rows: list[tuple[list[str], str]], bottom: float) -> None:
    """A box with vertical column rules, a shaded header row and no rules between the rows.

    Each item takes two text lines: its cells, then the pack and tariff note small under the description.
    """
    edges = _edges()
    c.setFillGray(0.86)
    c.rect(LEFT, top - 16, edges[-1] - LEFT, 16, stroke=0, fill=1)
    c.setFillGray(0)
    _cells(c, top - 11, HEADER, draw.LATIN_BOLD, 7.3)
    c.setLineWidth(0.7)
    c.rect(LEFT, bottom, edges[-1] - LEFT, top - bottom)
    c.setLineWidth(0.4)
    c.line(LEFT, top - 16, edges[-1], top - 16)
    for edge in edges[1:-1]:
        c.line(edge, top, edge, bottom)
    y = top - 29
    for cells, note in rows:
        _cells(c, y, cells, draw.LATIN_FONT)
        c.setFillGray(0.35)
        draw.text(c, edges[3] + 3, y - 9.5, note, "Helvetica-Oblique", 6.5)
        c.setFillGray(0)
        y -= ROW_PITCH


def _footer(c) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 56, 564, 56)
    font = draw.LATIN_FONT
    lines = [
        "Thornbury Wholesale Ltd. Registered in England and Wales, Company No. 04417829. "
        "Registered office: Unit 7, Kingsway Business Park, Thornbury, Bristol BS35 3UR.",
        "VAT Reg. No. GB 318 4472 96. This order is placed subject to our Conditions of Purchase "
        "(TWL/CP/2024), copies available on request. No deliveries accepted without an Order Ref.",
    ]
    for n, line in enumerate(lines):
        draw.text(c, LEFT, 46 - 9 * n, line, font, 6.5)


def _first_page(c, top: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    draw.text(c, LEFT, top, "THORNBURY WHOLESALE LTD", bold, 15)
    draw.text(c, LEFT, top - 12, "Builders' & Ironmongery Wholesale", "Helvetica-Oblique", 8.5)
    draw.text(c, LEFT, top - 24, "Unit 7, Kingsway Business Park, Thornbury, Bristol BS35 3UR", font, 8)
    draw.text(c, LEFT, top - 34, "Tel 01454 418200  |  purchasing@thornbury-wholesale.example", font, 8)
    draw.text(c, 564, top - 2, "Purchase Order", bold, 18, "right")
    info = [
        ("Order Ref", PO),
        ("Order Date", "4 Dec 2026"),
        ("Delivery Date", "15 Jan 2027"),
        ("Buyer", "Gareth Pryce"),
        ("Payment Terms", TERMS),
        ("Currency", "GBP"),
        ("Page", "1 of 2"),
    ]
    for n, (label, value) in enumerate(info):
        draw.text(c, 372, top - 24 - 12.5 * n, label, bold, 8.5)
        draw.text(c, 450, top - 24 - 12.5 * n, value, font, 8.5)
    y = top - 62
    draw.text(c, LEFT, y, "Supplier", bold, 9)
    draw.text(c, LEFT + 60, y, "A/C No. QIH001", font, 9)
    supplier = [OUR_NAME_EN, "No. 88 Fengli Street, Suzhou Industrial Park", "Suzhou, Jiangsu 215021, China"]
    for n, line in enumerate(supplier):
        draw.text(c, LEFT, y - 13 - 11 * n, line, font, 9)
    y -= 70
    head_office = [BUYER, "Accounts Payable", "Unit 7, Kingsway Business Park", "Thornbury, Bristol BS35 3UR"]
    boxes = [
        ("Invoice Address", head_office, "Invoices by e-mail to ap@thornbury-wholesale.example"),
        ("Deliver To", DELIVER_TO, "Goods in Mon-Fri 06:00-14:00, please book on 0117 496 0321"),
    ]
    for n, (label, lines, note) in enumerate(boxes):
        x = LEFT + 274 * n
        draw.box(c, x, y, 258, 80)
        draw.text(c, x + 6, y - 12, label, bold, 9)
        for k, line in enumerate(lines):
            draw.text(c, x + 6, y - 26 - 11 * k, line, font, 9)
        draw.text(c, x + 6, y - 74, note, "Helvetica-Oblique", 7)
    y -= 98
    intro = "Please supply the following at the prices shown. Prices in GBP, excluding VAT."
    draw.text(c, LEFT, y, intro, font, 8.5)
    return y - 10


def _row(n: int, item: tuple[str, ...]) -> tuple[list[str], str]:
    ours, supplier, text, qty, uom, cost, disc = item
    total = line_total(qty, cost, disc)
    cells = [str(n), ours, supplier, text, grouped(qty, 0), uom, cost, f"{Decimal(disc):.2f}", grouped(total)]
    return [*cells, "15-Jan-27"], f"{PACKS[uom]}   Commodity {COMMODITY[supplier[3:5]]}"


def _closing(c, y: float) -> None:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    sums = [("Goods Total", grouped(goods_total())), ("VAT @ 20%", grouped(vat()))]
    draw.box(c, 404, y, 160, 52)
    for n, (label, value) in enumerate(sums):
        draw.text(c, 410, y - 13 - 14 * n, label, font, 9)
        draw.text(c, 558, y - 13 - 14 * n, value, font, 9, "right")
    c.line(404, y - 34, 564, y - 34)
    draw.text(c, 410, y - 46, "Order Total", bold, 10)
    draw.text(c, 558, y - 46, f"£{grouped(goods_total() + vat())}", bold, 10, "right")
    notes = [
        "1. Please acknowledge this order within 3 working days.",
        "2. Quote our Order Ref and Our Code on all delivery notes and invoices.",
        "3. Goods delivered DDP Avonmouth (Incoterms 2020), palletised, max. 1.2 m high.",
        "4. Barcode labels (EAN-13) on every inner and outer carton.",
    ]
    for n, line in enumerate(notes):
        draw.text(c, LEFT, y - 10 - 11 * n, line, font, 8)
    signed = "Authorised by: ____________________  Gareth Pryce, Purchasing Manager"
    draw.text(c, LEFT, y - 78, signed, font, 8.5)


def render() -> bytes:
    rows = [_row(n, item) for n, item in enumerate(ITEMS, start=1)]
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {PO}")
    top = draw.PAGE_HEIGHT - 44
    y = _first_page(c, top)
    _table(c, y, rows[:FIRST_PAGE_ROWS], 84)
    draw.text(c, 564, 72, "Continued...", "Helvetica-Oblique", 8.5, "right")
    _footer(c)
    c.showPage()
    draw.text(c, LEFT, top, "THORNBURY WHOLESALE LTD", draw.LATIN_BOLD, 11)
    draw.text(c, 564, top, f"Purchase Order {PO}  (continued)", draw.LATIN_BOLD, 10, "right")
    draw.text(c, 564, top - 13, "Order Date 4 Dec 2026    Page 2 of 2", draw.LATIN_FONT, 8.5, "right")
    rest = rows[FIRST_PAGE_ROWS:]
    bottom = top - 30 - 16 - ROW_PITCH * len(rest) - 4
    _table(c, top - 30, rest, bottom)
    _closing(c, bottom - 14)
    _footer(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
