"""Unseen layout: an Ålesund hydraulics maker's Tripletex Innkjøpsordre (Norway), NOK, 1 page.

Nordfjord Hydraulikk AS (Ålesund) keeps its books and purchasing in Tripletex; the buyer sends the order
from Tripletex's Innkjøp module as the PDF it makes (A4, Tripletex's plain standard layout). What it prints:
the company's name big top left with Org.nr. ... MVA, its address, phone and e-mail; INNKJØPSORDRE top
right over a label / value block (Ordrenummer 10418, Ordredato 21.12.2026, Leveringsdato 05.02.2027, Vår
referanse, Deres referanse our quotation, Leveringsbetingelse FCA Shanghai, Betalingsbetingelse 60 dager
netto, Valuta NOK); Leverandør (us, Kina) and Leveringsadresse (the warehouse's name over its street and
postcode town, Norge) side by side; the lines under a rule with no vertical rules: Varenr. (the buyer's
product numbers, 4-5 digits) | Varenavn (wrapped at words) | Antall (Norwegian numbers, a space for the
thousands and a decimal comma: 1 000; 42,5) | Enhet (stk, sett, m, kg, rull, pk) | Pris with two or four
decimals (0,8750) | Rabatt % (5 and 10 on two lines, blank on the rest) | Sum after the discount; 16
lines; Sum eks. mva / Mva 0 % (import: merverdiavgiften beregnes ved innførsel) / Totalt NOK; Merknad;
Tripletex's foot with the company's bank account and Side 1 av 1.

Truth: the PO number Ordrenummer; the order date Ordredato; the requested delivery date Leveringsdato; the
currency NOK; the buyer the company; the supplier Leverandør (us); the ship-to address Leveringsadresse's
street and postcode-town lines joined with ", "; the payment terms Betalingsbetingelse; the total Totalt NOK;
per line the part number Varenr., the description Varenavn (wrapped lines joined with a space), the unit
Enhet, the quantity Antall, the unit price Pris (before the Rabatt) and the amount Sum (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Innkjopsordre_10418.pdf"
BUYER = "Nordfjord Hydraulikk AS"
PO = "10418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 5)
SHIP_LINES = ["Nordfjord Hydraulikk AS - Sentrallager", "Breivika Industrivei 24", "6018 Ålesund"]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "60 dager netto"
CENT = Decimal("0.01")
NBSP = "\u00a0"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = A4
LEFT, RIGHT = 42.0, A4[0] - 42.0
# Varenr., Varenavn, Enhet, Antall, Pris, Rabatt %
ITEMS = [
    ("20145", "Stempelstang forkrommet 25 x 1000 mm, CK45", "stk", "150", "162.00", ""),
    ("20152", "Sylinderrør honet 50/60 x 1000 mm, E355", "stk", "120", "231.50", ""),
    ("21010", "Tetningssett stempel 50 mm, PU/NBR", "sett", "400", "36.40", ""),
    ("21015", "Stangtetning 25 x 33 x 7, polyuretan", "stk", "800", "8.75", ""),
    ("21040", "O-ring 45 x 3, NBR 70", "stk", "2000", "0.8750", ""),
    ("22308", "Rett kobling 1/2 BSP - 12L, forsinket", "stk", "1500", "6.90", ""),
    ("22312", "Vinkelkobling 90° 12L, forsinket", "stk", "1000", "12.60", ""),
    ("23101", "Kuleventil høytrykk 1/2 BSP, 350 bar", "stk", "200", "118.00", "5"),
    ("23215", "Trykkbegrensningsventil patron, 210 bar", "stk", "150", "84.50", ""),
    ("24020", "Tannhjulspumpe gruppe 2, 8 cm³/omdr, SAE A flens", "stk", "40", "689.00", "10"),
    ("25006", "Hydraulikkslange 2SN DN12, 50 m rull", "rull", "30", "1845.00", ""),
    ("26410", "Manometer 63 mm, 0-400 bar, glyserinfylt", "stk", "200", "49.80", ""),
    ("27003", "Gaffelhode M20 x 1,5 for stempelstang 25 mm", "stk", "150", "41.20", ""),
    ("28001", "Stålplate S355 3 mm, kappet 1000 x 2000", "kg", "42.5", "14.60", ""),
    ("29015", "Slangeklemme 16-27 mm, rustfri W4 (pk à 50)", "pk", "60", "118.00", ""),
    ("29099", "Eksportpall ISPM 15, varmebehandlet", "stk", "6", "185.00", ""),
]
COLS = [  # title, width, align
    ("Varenr.", 48, "l"),
    ("Varenavn", 208, "l"),
    ("Antall", 50, "r"),
    ("Enhet", 38, "l"),
    ("Pris", 60, "r"),
    ("Rabatt %", 46, "r"),
    ("Sum", 0, "r"),
]
COLS[-1] = ("Sum", RIGHT - LEFT - sum(width for _, width, _ in COLS), "r")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 8.5, 10.5


def no_number(value: Decimal | str, places: int = 2) -> str:
    """1 234,56: Norwegian thousands with a space, decimal comma (the page prints a no-break space)."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",")


def printed(value: str) -> str:
    return value.replace(" ", NBSP)


def money(value: Decimal | str) -> str:
    return no_number(value)


def quantity(value: str) -> str:
    number = Decimal(value)
    return no_number(number, 0) if number == number.to_integral_value() else no_number(number, 1)


def price(value: str) -> str:
    places = 4 if Decimal(value) != Decimal(value).quantize(CENT) or len(value.split(".")[1]) == 4 else 2
    return no_number(value, places)


def no_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def line_total(item: tuple) -> Decimal:
    gross = amount(item[3], item[4])
    return (gross * (100 - Decimal(item[5] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[3]),
            unit=item[2],
            unit_price=Decimal(item[4]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="NOK",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _head(c: Canvas) -> float:
    top = HEIGHT - 50
    draw.text(c, LEFT, top, BUYER, BOLD, 15)
    company = ["Org.nr. 918 274 563 MVA", "Breivika Industrivei 24, 6018 Ålesund", "Tlf. +47 70 17 42 00"]
    company.append("innkjop@nordfjord-hydraulikk.no")
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 15 - 10.5 * k, value, FONT, 8.5)
    draw.text(c, RIGHT, top, "INNKJØPSORDRE", BOLD, 15, "right")
    info = [
        ("Ordrenummer", PO),
        ("Ordredato", no_date(ORDER_DATE)),
        ("Leveringsdato", no_date(DELIVERY)),
        ("Vår referanse", "Kari Solheim"),
        ("Deres referanse", "QH-Q26-1221"),
        ("Leveringsbetingelse", "FCA Shanghai"),
        ("Betalingsbetingelse", TERMS),
        ("Valuta", "NOK"),
    ]
    for k, (label, value) in enumerate(info):
        y = top - 20 - 11 * k
        draw.text(c, RIGHT - 200, y, label, FONT, 8.5)
        draw.text(c, RIGHT - 110, y, value, BOLD if k == 0 else FONT, 8.5)
    y = top - 125
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "Kina"]
    for x, label, lines in (
        (LEFT, "Leverandør", supplier),
        (LEFT + 280, "Leveringsadresse", [*SHIP_LINES, "Norge"]),
    ):
        draw.text(c, x, y, label, BOLD, 9)
        for k, value in enumerate(lines):
            draw.text(c, x, y - 13 - 10.5 * k, value, FONT, 8.5)
    return y - 70


def _cell(c: Canvas, k: int, base: float, value: str, font: str) -> None:
    if COLS[k][2] == "r":
        draw.text(c, EDGES[k + 1] - 2, base, value, font, SIZE, "right")
    else:
        draw.text(c, EDGES[k] + 2, base, value, font, SIZE)


def _table(c: Canvas, y: float) -> float:
    for k, (title, _, _) in enumerate(COLS):
        _cell(c, k, y - 10, title, BOLD)
    c.setLineWidth(0.8)
    c.line(LEFT, y - 14, RIGHT, y - 14)
    y -= 14
    for item in ITEMS:
        code, name, unit, qty, cost, discount = item
        parts = wrap_words(name, FONT, SIZE, COLS[1][1] - 6)
        numbers = [
            printed(quantity(qty)),
            unit,
            printed(price(cost)),
            discount,
            printed(money(line_total(item))),
        ]
        cells = [code, "", *numbers]
        for k, value in enumerate(cells):
            if value:
                _cell(c, k, y - 12, value, FONT)
        for n, part in enumerate(parts):
            _cell(c, 1, y - 12 - LINE_H * n, part, FONT)
        y -= 5 + LINE_H * len(parts)
    c.line(LEFT, y - 4, RIGHT, y - 4)
    return y - 4


def _totals(c: Canvas, y: float) -> float:
    x = EDGES[4]
    rows = [("Sum eks. mva", printed(money(total()))), ("Mva 0 % (import)", money(0))]
    y -= 16
    for label, value in rows:
        draw.text(c, x, y, label, FONT, 9)
        draw.text(c, RIGHT - 2, y, value, FONT, 9, "right")
        y -= 13
    c.setLineWidth(0.8)
    c.line(x, y + 8, RIGHT, y + 8)
    draw.text(c, x, y - 5, "Totalt NOK", BOLD, 10)
    draw.text(c, RIGHT - 2, y - 5, printed(money(total())), BOLD, 10, "right")
    y -= 36
    draw.text(c, LEFT, y, "Merknad", BOLD, 9)
    notes = [
        "Vennligst oppgi vårt ordrenummer på faktura, pakkliste og alle kolli.",
        "Merverdiavgiften beregnes ved innførsel. Opprinnelsessertifikat og materialsertifikat 3.1 "
        "skal følge.",
        "Varemottak man-fre 07:00-15:00. Kontakt Kari Solheim, tlf. +47 70 17 42 14.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 13 - 10.5 * k, value, FONT, 8.5)
    return y


def _foot(c: Canvas) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 48, RIGHT, 48)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    foot = (
        f"{BUYER} | Breivika Industrivei 24, 6018 Ålesund | Org.nr. 918 274 563 MVA | Bankkonto 3910.44.81276"
    )
    draw.text(c, LEFT, 36, foot, FONT, 7)
    draw.text(c, RIGHT, 24, "Side 1 av 1", FONT, 7, "right")
    draw.text(c, LEFT, 24, "Tripletex", FONT, 7)
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Innkjøpsordre {PO}")
    c.setAuthor(BUYER)
    c.setCreator("Tripletex")
    y = _table(c, _head(c))
    y = _totals(c, y)
    if y < 90:
        raise AssertionError(f"the page runs into its foot ({y:.0f})")
    _foot(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
