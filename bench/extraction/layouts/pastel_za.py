"""Unseen layout: a Worcester irrigation firm's AANKOOPBESTELLING from Sage Pastel Partner in Afrikaans, USD.

Breërivier Besproeiing (Edms) Bpk (irrigation systems for the Breede River valley's vineyards and orchards)
keeps its books and stock in Sage Pastel Partner, run in Afrikaans (Pastel keeps its document forms per
language), and e-mails a purchase order to a foreign supplier as the PDF Pastel writes for the document, named
after its number (AB000418.pdf), in the supplier's currency. The plain-paper document layout (A4 portrait,
Helvetica; ë, ê, ï are in its encoding) prints on every page: the company top left (Posbus and street address,
Tel / Faks, E-pos, BTW-nr. and Reg.nr.); AANKOOPBESTELLING top right over a box of Dokumentnr. AB000418 /
Datum 16/12/2026 / Bladsy n; Verskaffer (us, China) beside Aflewer aan (five free lines as Pastel keeps a
delivery address: the company, Pakhuis 3, Nywerheidstraat 27, Worcester, 6850) in boxes; a strip of
label-over-value boxes (Rekening QIH001, U verwysing our quotation, Koper, Afleweringsdatum 26/02/2027,
Betaalterme 60 dae vanaf faktuurdatum, Valuta USD); the line frame with a shaded head whose column rules run
down to the totals through the empty rows, no rule between lines: Kode (Pastel's item codes, KLEP-BAL-050) |
Beskrywing (Pastel's 40 characters, never wrapped) | Hoeveelheid with two decimals (20 000.00; 412.50) |
Eenheid (stuk, rol, doos, kg) | Eenheidsprys with the three decimals the company set (1.920; 0.085) | Afsl. %
(0.00 on most lines, 5.00 and 2.50 on three) | BTW % 0.00 (an import: the VAT is paid at customs) | Totaal
Uitsl. after the discount; numbers grouped by a space with a decimal point (12 345.67); two Pastel comment
lines among the items (a description with no code nor numbers); the layout's 18 detail lines on page 1 (17
items and a comment line), the rest on page 2; Boodskap (three message lines) beside the totals box, which on
page 1 says Vervolg... and on page 2 Totaal Uitsl. / BTW / Totaal USD; Gemagtig deur and Datum lines; the
company's purchase conditions in small print.

Truth: the PO number Dokumentnr.; the order date Datum; the requested delivery date Afleweringsdatum; the
currency USD (Valuta); the buyer the company; the supplier Verskaffer (us); the ship-to address Aflewer aan's
street, town and postcode lines joined with ", " (the company and Pakhuis 3 left out); the payment terms
Betaalterme; the total Totaal USD; per line the part number Kode, the description Beskrywing (the comment
lines are no order lines), the unit Eenheid, the quantity, the unit price Eenheidsprys (before the Afsl. %)
and the amount Totaal Uitsl. (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount
from bench.extraction.layouts._order_truth import LineTruth, after_discount, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "AB000418.pdf"
BUYER = "Breërivier Besproeiing (Edms) Bpk"
PO = "AB000418"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 2, 26)
DELIVER_TO = [BUYER, "Pakhuis 3", "Nywerheidstraat 27", "Worcester", "6850"]
ADDRESS = ", ".join(DELIVER_TO[2:])
TERMS = "60 dae vanaf faktuurdatum"
FONT, BOLD = "Helvetica", "Helvetica-Bold"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 34.0, A4[0] - 34.0
PER_PAGE = 18  # the layout's detail lines a page (items and comment lines)
PAGES = 2
# Kode, Beskrywing, Eenheid, Hoeveelheid, Eenheidsprys, Afsl. %; a comment line is ("", text)
ITEMS = [
    ("LAER-6205", "Koeëllaer 6205-2RS C3", "stuk", "400", "1.92", ""),
    ("LAER-6305", "Koeëllaer 6305-ZZ C3", "stuk", "200", "3.45", ""),
    ("SEEL-MEG-35", "Meganiese seël 35 mm, SiC/koolstof", "stuk", "60", "24.80", "5"),
    ("KLEP-BAL-050", "Balklep 50 mm PVC, dubbele unie", "stuk", "120", "8.65", ""),
    ("KLEP-BAL-025", "Balklep 25 mm geelkoper, BSP-draad", "stuk", "150", "6.40", ""),
    ("KLEP-SOL-100", 'Solenoïedklep 1" 24 V AC, nylon', "stuk", "80", "18.75", "5"),
    ("KLEP-TRG-050", "Terugslagklep 50 mm, swaaitipe", "stuk", "40", "22.50", ""),
    ("METER-DRUK-10", "Drukmeter 0-10 bar, 63 mm, gliserien", "stuk", "100", "4.85", ""),
    ("FILT-SKYF-080", "Skyffilter 80 mm, 120 mesh", "stuk", "24", "86.00", "2.5"),
    ("", "  Met 2 ekstra filterskywe per eenheid"),
    ("DRUP-2L-16", "Drupper 2 l/h, drukvergoed, 16 mm", "stuk", "20000", "0.085", ""),
    ("PYP-LDPE-16", "LDPE-pyp 16 mm, 2,5 bar (rol 400 m)", "rol", "30", "46.50", ""),
    ("KOPP-KOMP-050", "Kompressiekoppeling 50 mm", "stuk", "200", "3.78", ""),
    ("KLAMP-VV-3250", "Slangklamp 32-50 mm, vlekvrye staal", "stuk", "1000", "0.365", ""),
    ("BOUT-M10-40", "Bout M10 x 40 vlekvry A2 (100/doos)", "doos", "40", "12.60", ""),
    ("MOER-M10", "Moer M10 vlekvry A2 (100/doos)", "doos", "40", "4.25", ""),
    ("TEFLON-12", "Teflonband 12 mm x 10 m", "stuk", "2000", "0.11", ""),
    ("PAKK-EPDM-80", "Pakking EPDM 80 mm flens", "stuk", "600", "0.72", ""),
    ("STAAL-PLT-3", "Vlekvrye plaat 304, 3 mm", "kg", "412.5", "3.52", ""),
    ("", "  Gesny volgens tekening BB-2214"),
    ("PALET-UITV", "Houtpalet ISPM 15 (uitvoer)", "stuk", "6", "14.35", ""),
]
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("Kode",), 76, "l"),
        Column(("Beskrywing",), 168, "l"),
        Column(("Hoeveelheid",), 56, "r"),
        Column(("Eenheid",), 38, "c"),
        Column(("Eenheidsprys",), 56, "r"),
        Column(("Afsl. %",), 34, "r"),
        Column(("BTW %",), 32, "r"),
        Column(("Totaal Uitsl.",), 0, "r"),
    ],
    size=8.2,
    line_h=17.0,
)
FRAME_ROWS = PER_PAGE  # the frame is as high on every page


def za_number(value: Decimal | str, places: int = 2) -> str:
    """12 345.67: thousands grouped by a space, a decimal point (Pastel's picture under the company's
    regional settings)."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ")


def money(value: Decimal | str) -> str:
    return za_number(value)


def za_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _items() -> list[tuple]:
    return [item for item in ITEMS if item[0]]


def line_total(item: tuple) -> Decimal:
    return after_discount(exact_amount(item[3], item[4]), item[5])


def total() -> Decimal:
    return sum((line_total(item) for item in _items()), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [LineTruth(item[0], item[1], item[2], item[3], item[4], line_total(item)) for item in _items()]
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=lines,
    )


def _head(c: Canvas, page: int) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, BOLD, 13)
    company = [
        "Posbus 412, Worcester, 6849",
        "Nywerheidstraat 27, Worcester, 6850",
        "Tel: 023 342 1187    Faks: 023 342 1190",
        "E-pos: aankope@breeriv.co.za",
        "BTW-nr.: 4270193846    Reg.nr.: 1998/004712/07",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 14 - 9.5 * k, value, FONT, 7.5)
    draw.text(c, RIGHT, top, "AANKOOPBESTELLING", BOLD, 15, "right")
    box = [("Dokumentnr.", PO), ("Datum", za_date(ORDER_DATE)), ("Bladsy", f"{page}")]
    x0, x1 = RIGHT - 170, RIGHT - 86
    c.setLineWidth(0.6)
    c.rect(x0, top - 12 - 13 * len(box), RIGHT - x0, 13 * len(box))
    c.line(x1, top - 12, x1, top - 12 - 13 * len(box))
    for k, (label, value) in enumerate(box):
        base = top - 21.5 - 13 * k
        if k:
            c.line(x0, top - 12 - 13 * k, RIGHT, top - 12 - 13 * k)
        draw.text(c, x0 + 4, base, label, FONT, 8)
        draw.text(c, x1 + 4, base, value, BOLD if k == 0 else FONT, 8.5)
    y = top - 70
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "Suzhou 215163, Jiangsu", "China"]
    half = (RIGHT - LEFT) / 2
    for k, (title, lines) in enumerate((("Verskaffer", supplier), ("Aflewer aan", DELIVER_TO))):
        x = LEFT + k * (half + 6)
        c.rect(x, y - 76, half - 6, 76)
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.rect(x, y - 13, half - 6, 13, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.line(x, y - 13, x + half - 6, y - 13)
        draw.text(c, x + 4, y - 9.5, title, BOLD, 8)
        for n, value in enumerate(lines):
            draw.text(c, x + 6, y - 24 - 11 * n, value, FONT, 8.5)
    y -= 86
    strip = [
        ("Rekening", "QIH001", 58),
        ("U verwysing", "QH-Q26-1207", 72),
        ("Koper", "J-H. Louw", 70),
        ("Afleweringsdatum", za_date(DELIVERY), 78),
        ("Betaalterme", TERMS, 198),
        ("Valuta", "USD", 0),
    ]
    x = LEFT
    for label, value, width in strip:
        width = width or RIGHT - x
        c.rect(x, y - 26, width, 26)
        draw.text(c, x + 3, y - 9, label, FONT, 6.5)
        draw.text(c, x + 3, y - 21, value, FONT, 8.5)
        x += width
    return y - 34


def _body(c: Canvas, y: float, rows: list[tuple]) -> float:
    """The detail lines of one page inside the frame; the column rules run to the frame's foot."""
    top = GRID.head(c, y, BOLD)
    bottom = top - 4 - GRID.line_h * FRAME_ROWS
    GRID.rules(c, top, bottom)
    y = top - 2
    for item in rows:
        if not item[0]:  # a comment line: Pastel prints its description alone
            GRID.cells(c, y, [[], [item[1].strip()]], FONT)
        else:
            code, name, unit, qty, cost, discount = item
            cells = [
                [code],
                [name],
                [za_number(qty)],
                [unit],
                [za_number(cost, 3)],
                [za_number(discount or "0")],
                [za_number("0")],
                [money(line_total(item))],
            ]
            GRID.cells(c, y, cells, FONT)
        y -= GRID.line_h
    return bottom


def _foot(c: Canvas, y: float, last: bool) -> None:
    y -= 8
    split = RIGHT - 190
    c.setLineWidth(0.6)
    c.rect(LEFT, y - 52, split - LEFT - 8, 52)
    draw.text(c, LEFT + 4, y - 10, "Boodskap", BOLD, 7.5)
    message = [
        "Bevestig asseblief ontvangs en afleweringsdatum van hierdie bestelling per e-pos.",
        f"Merk alle kartonne en dokumente met ons bestelnommer {PO}.",
        "Versending: FOB Shanghai (Incoterms 2020), seevrag na Kaapstad.",
    ]
    for k, value in enumerate(message):
        draw.text(c, LEFT + 6, y - 22 - 10.5 * k, value, FONT, 7.5)
    c.rect(split, y - 52, RIGHT - split, 52)
    if last:
        rows = [
            ("Totaal Uitsl.", money(total()), FONT),
            ("BTW", money(0), FONT),
            ("Totaal USD", money(total()), BOLD),
        ]
        for k, (label, value, face) in enumerate(rows):
            base = y - 13 - 15 * k
            draw.text(c, split + 6, base, label, face, 8.5)
            draw.text(c, RIGHT - 5, base, value, face, 8.5, "right")
    else:
        draw.text(c, (split + RIGHT) / 2, y - 29, "Vervolg...", BOLD, 9, "center")
    y -= 80
    draw.text(c, LEFT, y, "Gemagtig deur:", FONT, 8)
    c.line(LEFT + 62, y - 2, LEFT + 230, y - 2)
    draw.text(c, LEFT + 270, y, "Datum:", FONT, 8)
    c.line(LEFT + 302, y - 2, LEFT + 400, y - 2)
    small = [
        "Alle bestellings is onderhewig aan ons standaard aankoopvoorwaardes, beskikbaar op versoek. "
        "Hierdie bestelnommer",
        "moet op alle fakture, pakstrokies en afleweringsbriewe verskyn. Goedere word slegs Maandag tot "
        "Vrydag, 07:30-16:00, ontvang.",
    ]
    for k, value in enumerate(small):
        draw.text(c, LEFT, 48 - 8 * k, value, FONT, 6.2)


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Aankoopbestelling {PO}")
    c.setAuthor(BUYER)
    c.setCreator("Sage Pastel Partner")
    pages = [ITEMS[:PER_PAGE], ITEMS[PER_PAGE:]]
    for page, rows in enumerate(pages, start=1):
        y = _body(c, _head(c, page), rows)
        _foot(c, y, page == PAGES)
        c.showPage()
    c.save()
    if len(pages) != PAGES or len(pages[-1]) > PER_PAGE:
        raise AssertionError("the lines do not fill two pages")
    return buffer.getvalue()
