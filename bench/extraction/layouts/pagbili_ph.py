"""Unseen layout: a Valenzuela hardware distributor's ORDER NG PAGBILI in Filipino labels, USD, 1 page.

Bayanihan Hardware & Industrial Supply Corp. imports tools and fasteners for its branches and keeps its
books in a local, BIR-registered computerized accounting system (CAS) whose forms the company had set in
Filipino; the purchase order prints on A4 (ORDER NG PAGBILI) and is exported to PDF under its number
(PO-BHI-26-00418.pdf). What it prints: the company centred with its address, VAT Reg. TIN and phone; ORDER
NG PAGBILI; two boxes side by side, Tagapagtustos: (us, address, Kontak) and Ipadala sa: (the warehouse);
label : value pairs at the right of them (Blg. ng P.O., Petsa 12/16/2026 US style, Petsa ng Paghahatid
02/05/2027, Pera USD, Mga Tuntunin ng Pagbabayad, Paraan ng Pagpapadala FOB Xiamen, Inihanda ni); the
line table, ruled, with two-line captions (Blg. | Kodigo ng / Item | Paglalarawan (wrapped at words) |
Dami (1,500) | Yunit (pcs, set, kahon, rolyo, kg, metro) | Presyo / bawat Yunit (0.4250) | Diskwento / (%)
(5.00 on four lines) | Halaga); 16 lines; Kabuuan (Gross), Diskwento, Kabuuang Halaga (USD) at the right;
Halaga sa Salita in English words as Philippine forms write it (US DOLLARS: … ONLY); Mga Tala 1-4; Inihanda
ni / Sinuri ni / Inaprubahan ni; the BIR CAS furniture at the foot (Acknowledgment Certificate No., Date
Issued, the system's name and version, "HINDI ITO OPISYAL NA RESIBO").

Truth: the PO number Blg. ng P.O.; the order date Petsa (month first); the requested delivery date
Petsa ng Paghahatid; the currency USD; the buyer the company; the supplier Tagapagtustos (us); the
ship-to address Ipadala sa (its lines joined with a space); the payment terms Mga Tuntunin ng
Pagbabayad; the total Kabuuang Halaga; per line the part number Kodigo ng Item, the description
(wrapped lines joined with a space), the unit Yunit, the quantity Dami, the unit price (before the
discount) and the amount Halaga (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "PO-BHI-26-00418.pdf"
BUYER = "BAYANIHAN HARDWARE & INDUSTRIAL SUPPLY CORP."
PO = "PO-BHI-26-00418"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 2, 5)
SHIP = [
    "Bodega 3, 418 MacArthur Highway,",
    "Brgy. Malinta, Valenzuela City,",
    "1440 Metro Manila, Philippines",
]
ADDRESS = " ".join(SHIP)
TERMS = "T/T 30% paunang bayad, 70% bago ang pagpapadala"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
# Kodigo ng Item, Paglalarawan, Yunit, Dami, Presyo bawat Yunit (USD), Diskwento %
ITEMS = [
    (
        "HT-DR-13V",
        "Cordless Hammer Drill 20V 13mm, may 2 baterya 4.0Ah at charger",
        "set",
        "40",
        "58.50",
        "5",
    ),
    ("HT-GR-100", 'Angle Grinder 4" 850W, switch sa gilid', "pcs", "120", "17.80", "5"),
    ("HT-CD-105", 'Cutting Disc 4" x 1.0mm para sa Inox (50 pcs/kahon)', "kahon", "200", "11.25", ""),
    ("HT-GD-105", 'Grinding Disc 4" x 6mm A24R', "pcs", "1500", "0.4250", ""),
    ("HT-HS-620", 'Hacksaw Blade 12" 24T Bi-Metal', "pcs", "1000", "0.3800", ""),
    ("FS-TS-812", "Tek Screw 12 x 3/4 Hex Washer Head, Zinc", "kahon", "300", "4.60", ""),
    ("FS-AB-1275", "Anchor Bolt 1/2 x 75mm Sleeve Type", "pcs", "3000", "0.2150", ""),
    (
        "FS-BL-1640",
        "Machine Bolt M16 x 40 Gr. 8.8 na may Nut at Washer, Hot-Dip Galvanized",
        "set",
        "2000",
        "0.3650",
        "",
    ),
    ("EL-TP-1910", "Electrical Tape 19mm x 10m, itim", "rolyo", "2400", "0.1850", ""),
    (
        "EL-WR-THHN",
        "THHN Wire 3.5mm2 Stranded, pula (150m bawat rolyo), UL Listed",
        "rolyo",
        "60",
        "64.00",
        "5",
    ),
    ("EL-BR-2030", "Circuit Breaker 2P 30A Plug-in", "pcs", "400", "3.85", ""),
    ("PL-PV-0050", 'PVC Pipe Blue 1/2" x 3m Sch40', "pcs", "800", "1.12", ""),
    ("PL-GV-0075", 'Gate Valve Tanso 3/4" 200WOG', "pcs", "300", "4.95", ""),
    ("HD-PD-0060", "Padlock Brass 60mm, Long Shackle, 3 susi", "pcs", "500", "2.78", ""),
    ("MT-GI-0418", "G.I. Wire #16 Tie Wire", "kg", "2500", "1.08", ""),
    ("MT-CH-0860", "Welded Link Chain 8mm Galvanized", "metro", "312.5", "1.64", "5"),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("Blg.",), 24, "c"),
        Column(("Kodigo ng", "Item"), 62, "l"),
        Column(("Paglalarawan",), 0, "l"),
        Column(("Dami",), 44, "r"),
        Column(("Yunit",), 34, "c"),
        Column(("Presyo", "bawat Yunit"), 52, "r"),
        Column(("Diskwento", "(%)"), 44, "r"),
        Column(("Halaga",), 62, "r"),
    ],
    size=7.5,
    line_h=9.5,
)
ONES = [
    "ZERO",
    "ONE",
    "TWO",
    "THREE",
    "FOUR",
    "FIVE",
    "SIX",
    "SEVEN",
    "EIGHT",
    "NINE",
    "TEN",
    "ELEVEN",
    "TWELVE",
    "THIRTEEN",
    "FOURTEEN",
    "FIFTEEN",
    "SIXTEEN",
    "SEVENTEEN",
    "EIGHTEEN",
    "NINETEEN",
]
TENS = ["_", "_", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def money(value: Decimal | str, places: int = 2) -> str:
    """1,234.50: the system's number format."""
    return f"{Decimal(value):,.{places}f}"


def quantity(value: str) -> str:
    """Dami as the system keeps it: whole numbers without decimals, a fraction with two."""
    number = Decimal(value)
    return f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,.2f}"


def ph_date(day: dt.date) -> str:
    """12/16/2026: month first, as Philippine systems print dates."""
    return day.strftime("%m/%d/%Y")


def _words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else f"-{ONES[n % 10]}")
    if n < 1000:
        rest = n % 100
        return f"{ONES[n // 100]} HUNDRED" + (f" {_words(rest)}" if rest else "")
    rest = n % 1000
    return f"{_words(n // 1000)} THOUSAND" + (f" {_words(rest)}" if rest else "")


def in_words(amount: Decimal) -> str:
    """US DOLLARS: FORTY-ONE THOUSAND … AND 25/100 ONLY, as Philippine checks and forms write it."""
    whole = int(amount)
    cents = int((amount - whole) * 100)
    return f"US DOLLARS: {_words(whole)} AND {cents:02d}/100 ONLY"


def gross() -> Decimal:
    return sum((exact_amount(item[3], item[4]) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return FIELDS.total(ITEMS)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _head(c: Canvas) -> float:
    top = HEIGHT - 42
    draw.text(c, WIDTH / 2, top, BUYER, BOLD, 13, "center")
    company = [
        "418 MacArthur Highway, Brgy. Malinta, Valenzuela City, 1440 Metro Manila",
        "VAT Reg. TIN: 009-418-226-000   Tel: (02) 8294-1418   purchasing@bayanihanhardware.ph",
    ]
    for k, value in enumerate(company):
        draw.text(c, WIDTH / 2, top - 12 - 9 * k, value, FONT, 7.5, "center")
    draw.text(c, WIDTH / 2, top - 44, "ORDER NG PAGBILI", BOLD, 14, "center")
    y = top - 58
    boxes = [
        ("Tagapagtustos:", [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "Suzhou, Jiangsu, China"]),
        ("Ipadala sa:", SHIP),
    ]
    box_w = 168.0
    for k, (label, parts) in enumerate(boxes):
        x = LEFT + (box_w + 6) * k
        c.setLineWidth(0.5)
        c.rect(x, y - 62, box_w, 62)
        draw.text(c, x + 4, y - 10, label, BOLD, 7.5)
        for n, part in enumerate(parts):
            draw.text(c, x + 4, y - 21 - 9.5 * n, part, FONT, 7.5)
    draw.text(c, LEFT + 4, y - 57, "Kontak: Ms. Chen Li  +86 512 6618 4418", FONT, 7)
    pairs = [
        ("Blg. ng P.O.", PO),
        ("Petsa", ph_date(ORDER_DATE)),
        ("Petsa ng Paghahatid", ph_date(DELIVERY)),
        ("Pera", "USD"),
        ("Paraan ng Pagpapadala", "FOB Xiamen"),
        ("Inihanda ni", "Ma. Teresa D. Villanueva"),
    ]
    x = LEFT + 2 * (box_w + 6) + 4
    for k, (label, value) in enumerate(pairs):
        base = y - 10 - 10 * k
        draw.text(c, x, base, label, FONT, 7.5)
        draw.text(c, x + 80, base, f": {value}", BOLD if k == 0 else FONT, 7.5)
    y -= 74
    draw.text(c, LEFT, y, "Mga Tuntunin ng Pagbabayad:", BOLD, 7.5)
    draw.text(c, LEFT + 112, y, TERMS, FONT, 7.5)
    return y - 8


def _item(c: Canvas, y: float, n: int, item: tuple) -> float:
    code, name, unit, qty, price, discount = item
    cells = [
        [f"{n}"],
        [code],
        wrap_words(name, FONT, GRID.size, GRID.width(2)),
        [quantity(qty)],
        [unit],
        [money(price, max(2, len(price.partition(".")[2])))],
        [money(discount) if discount else ""],
        [money(FIELDS.amount(item))],
    ]
    return GRID.row(c, y, cells, FONT)


def _end(c: Canvas, y: float) -> float:
    rows = [
        ("Kabuuan (Gross)", money(gross()), FONT),
        ("Diskwento", f"({money(gross() - total())})", FONT),
        ("Kabuuang Halaga (USD)", money(total()), BOLD),
    ]
    for k, (label, value, face) in enumerate(rows):
        base = y - 11 - 12 * k
        draw.text(c, GRID.edges[6] - 4, base, label, face, 8, "right")
        draw.text(c, RIGHT - 2.5, base, value, face, 8, "right")
    c.line(GRID.edges[7], y - 28, RIGHT, y - 28)
    draw.text(c, LEFT, y - 11, "Halaga sa Salita:", BOLD, 7.5)
    for k, part in enumerate(wrap_words(in_words(total()), FONT, 7.5, 230)):
        draw.text(c, LEFT, y - 21 - 9.5 * k, part, FONT, 7.5)
    y -= 56
    notes = [
        "1. Pakisulat ang Blg. ng P.O. sa lahat ng invoice, packing list at kahon.",
        "2. Ang Commercial Invoice, Packing List, B/L at Certificate of Origin (Form E) ay ipadala bago "
        "dumating ang kargamento.",
        "3. Ang hindi tugma sa order o sira ay ibabalik sa gastos ng tagapagtustos.",
        "4. Walang partial shipment kung walang nakasulat na pahintulot.",
    ]
    draw.text(c, LEFT, y, "Mga Tala:", BOLD, 7.5)
    for k, note in enumerate(notes):
        draw.text(c, LEFT, y - 10 - 9.5 * k, note, FONT, 7)
    y -= 10 + 9.5 * len(notes) + 34
    signs = [
        ("Inihanda ni:", "Ma. Teresa D. Villanueva"),
        ("Sinuri ni:", "Rodel P. Santiago"),
        ("Inaprubahan ni:", "Engr. Jose Emmanuel C. Reyes"),
    ]
    third = (RIGHT - LEFT) / 3
    c.setLineWidth(0.4)
    for k, (role, name) in enumerate(signs):
        x = LEFT + third * k
        draw.text(c, x + 6, y + 14, role, FONT, 7.5)
        c.line(x + 6, y, x + third - 14, y)
        draw.text(c, x + 6, y - 10, name, BOLD, 7.5)
    return y - 20


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(PO)
    c.setCreator("BizBooks CAS 5.2")
    y = GRID.head(c, _head(c), BOLD, grey=0.85)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item)
    if _end(c, y) < 64:
        raise AssertionError("the order runs into its foot")
    foot = [
        "Acknowledgment Certificate No.: 0412026000418   Date Issued: 03/15/2026   BizBooks CAS ver. 5.2",
        "HINDI ITO OPISYAL NA RESIBO.",
    ]
    for k, value in enumerate(foot):
        draw.text(c, WIDTH / 2, 40 - 9 * k, value, FONT, 6.5, "center")
    draw.text(c, RIGHT, 40, "Pahina 1 ng 1", FONT, 6.5, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
