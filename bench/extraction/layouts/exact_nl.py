"""Unseen layout: a Brabant farm-machinery maker's Exact Online Inkooporder in Dutch, EUR, 2 pages.

Kempen Landbouwmachines B.V. (Eersel) keeps its books and purchasing in Exact Online (Dutch) and e-mails
the inkooporder as the PDF Exact makes from its standard document layout. What Exact prints: the company
name, address and contact lines top left and Inkooporder as the title top right; our address in the
envelope window (Aan: us, CHINA); an info block of label | value lines on the right (Ordernummer 26000418,
Orderdatum 17-12-2026 in Exact's d-m-yyyy, Ontvangstdatum 29-01-2027, Leveranciercode 40218, Uw referentie
our quotation, Inkoper, Pagina 1 van 2); under it Afleveradres (the warehouse: its name, street, postcode
and town, Nederland) beside Leveringsvoorwaarde FCA Shanghai (Incoterms 2020), Verzendwijze Zeevracht,
Betalingscondities 60 dagen na factuurdatum and Valuta EUR; Omschrijving (the order's description); the
item table under a grey band Artikelcode | Omschrijving | Ontvangstdatum | Aantal | Eenheid | Prijs |
Korting | Bedrag: the buyer's article codes (KL-10231), Dutch descriptions wrapped inside their column,
Ontvangstdatum per line (three lines 12-02-2027), quantities with two decimals like the money (1.500,00,
54,00 kg), units st / rol / m / kg, prices to three decimals where the price needs them (0,385), Korting as
a percentage with two decimals (0,00% on most, 5,00% and 3,00% on two) and Bedrag after it; a small grey
Art.nr. leverancier line (our number) under most items; 15 lines, 12 on page 1; page 2 opens with
Inkooporder 26000418 (vervolg) and the band again; Totaal excl. btw, Btw 0% (invoer buiten EU) and Totaal
incl. btw EUR; a paragraph on the general purchasing conditions; the foot with KvK, btw-nummer, IBAN and
BIC, and Pagina n van 2.

Truth: the PO number Ordernummer 26000418; the order date Orderdatum; the requested delivery date the
head's Ontvangstdatum (2027-01-29, the earliest); the currency EUR; the buyer Kempen Landbouwmachines B.V.;
the supplier the window's addressee (us); the ship-to address Afleveradres's street and postcode-town lines
joined with ", "; the payment terms Betalingscondities; the total Totaal incl. btw; per line the part
number Artikelcode, the description Omschrijving (its wrapped lines joined with a space; the grey Art.nr.
leverancier line is no part of it), the quantity Aantal, the unit Eenheid, the unit price Prijs (before the
Korting) and the amount Bedrag (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Inkooporder 26000418.pdf"
BUYER = "Kempen Landbouwmachines B.V."
PO = "26000418"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 1, 29)
LATER = dt.date(2027, 2, 12)
SHIP_LINES = [
    "Kempen Landbouwmachines B.V. - Magazijn 2",
    "Ekkersrijt 4108",
    "5692 DA Son en Breugel",
    "Nederland",
]
ADDRESS = ", ".join(SHIP_LINES[1:3])
TERMS = "60 dagen na factuurdatum"
CENT = Decimal("0.01")
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 42.0, draw.PAGE_WIDTH - 42.0
GREY = (0.42, 0.42, 0.42)
# Artikelcode, Omschrijving, Aantal, Eenheid, Prijs, Korting %, later, Art.nr. leverancier
ITEMS = [
    ("KL-10231", "Kogellager 6205-2RS C3", "1500", "st", "0.92", "0", False, "QH-6205-2RS"),
    ("KL-10238", "Kogellager 6308-2Z C3", "400", "st", "3.45", "0", False, "QH-6308-2Z"),
    ("KL-10412", "Flenslager UCF 206 gietijzer", "240", "st", "7.85", "0", False, "QH-UCF206"),
    ("KL-11020", "Rollenketting 12B-1 (ISO 606), rol 5 m", "120", "rol", "18.40", "5", False, "QH-12B1-5M"),
    ("KL-11025", "Kettingslot 12B-1 verbindingsschakel", "600", "st", "0.385", "0", False, "QH-12B1-CL"),
    ("KL-12007", "Kettingwiel 12B-1 Z=17, naaf Ø30 H7 met spiebaan", "160", "st", "9.60", "0", False, ""),
    (
        "KL-13110",
        'Aftakas profielbuis citroen 1 3/8" Z6, lengte 1.000 mm, verzinkt, met beschermkap en borgpen',
        "80",
        "st",
        "46.50",
        "3",
        True,
        "QH-PTO-138-1000",
    ),
    ("KL-14002", "V-snaar SPB 1800 Lw", "300", "st", "4.18", "0", False, "QH-SPB1800"),
    ("KL-15301", "Tandwiel recht m3 Z=24 C45 gehard", "120", "st", "12.75", "0", True, "QH-SG-M3Z24"),
    ("KL-16044", "Hydraulische slang 2SN DN10", "400", "m", "1.46", "0", True, "QH-2SN-DN10"),
    ("KL-17010", "Zeskantbout M12×40 8.8 DIN 933 verzinkt", "4000", "st", "0.085", "0", False, "QH-B-M1240"),
    ("KL-17015", "Borgmoer M12 DIN 985 klasse 8 verzinkt", "4000", "st", "0.042", "0", False, "QH-N-M12"),
    ("KL-18003", "Lagervet lithium EP2, emmer 18 kg", "54", "kg", "2.35", "0", False, "QH-EP2-18"),
    ("KL-19001", "Exportpallet EPAL, ISPM 15 behandeld", "16", "st", "15.50", "0", False, ""),
    ("KL-19010", "Materiaalcertificaat 3.1 EN 10204 (per zending)", "1", "st", "45.00", "0", False, ""),
]
COLS = [  # title, x from LEFT (left edge, or right edge when right-aligned), align
    ("Artikelcode", 0, "l"),
    ("Omschrijving", 58, "l"),
    ("Ontvangstdatum", 230, "l"),
    ("Aantal", 338, "r"),
    ("Eenheid", 344, "l"),
    ("Prijs", 418, "r"),
    ("Korting", 462, "r"),
    ("Bedrag", RIGHT - LEFT, "r"),
]
DESC_WIDTH = 166.0
FIRST_PAGE = 12


def nl(value: Decimal | str, places: int = 2) -> str:
    """A Dutch number: 1.500,00 (dots between thousands, a decimal comma)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", "#").replace(".", ",").replace("#", ".")


def money(value: Decimal) -> str:
    return nl(value)


def price(value: str) -> str:
    """Exact prints a price with two decimals, or with as many as it was entered with (0,385)."""
    places = max(2, -Decimal(value).normalize().as_tuple().exponent)
    return nl(value, places)


def nl_date(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def line_total(item: tuple) -> Decimal:
    gross = amount(item[2], item[4])
    return (gross * (100 - Decimal(item[5])) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[2]),
            unit=item[3],
            unit_price=Decimal(item[4]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="EUR",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _letterhead(c) -> float:
    top = HEIGHT - 46
    draw.text(c, LEFT, top, BUYER, BOLD, 14)
    contact = [
        "Ekkersrijt 4108 · 5692 DA Son en Breugel",
        "Tel. +31 499 57 12 40 · inkoop@kempen-landbouw.nl",
        "www.kempen-landbouw.nl",
    ]
    for k, value in enumerate(contact):
        draw.text(c, LEFT, top - 14 - 10 * k, value, FONT, 7.5)
    draw.text(c, RIGHT, top, "Inkooporder", BOLD, 20, "right")
    return top - 60


def _window_and_info(c, y: float) -> float:
    draw.text(c, LEFT, y + 6, "Aan:", FONT, 7)
    window = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "CHINA"]
    for k, value in enumerate(window):
        draw.text(c, LEFT, y - 8 - 12 * k, value, BOLD if k == 0 else FONT, 9)
    info = [
        ("Ordernummer", PO),
        ("Orderdatum", nl_date(ORDER_DATE)),
        ("Ontvangstdatum", nl_date(DELIVERY)),
        ("Leveranciercode", "40218"),
        ("Uw referentie", "QH-Q26-1217"),
        ("Inkoper", "Sanne de Vries"),
        ("Pagina", "1 van 2"),
    ]
    x = LEFT + 320
    for k, (label, value) in enumerate(info):
        draw.text(c, x, y - 11 * k, label, FONT, 8.5)
        draw.text(c, x + 92, y - 11 * k, value, BOLD if k == 0 else FONT, 8.5)
    y -= 11 * len(info) + 16
    draw.text(c, LEFT, y, "Afleveradres", BOLD, 8.5)
    for k, value in enumerate(SHIP_LINES):
        draw.text(c, LEFT, y - 12 - 11 * k, value, FONT, 8.5)
    terms = [
        ("Leveringsvoorwaarde", "FCA Shanghai (Incoterms 2020)"),
        ("Verzendwijze", "Zeevracht"),
        ("Betalingscondities", TERMS),
        ("Valuta", "EUR"),
    ]
    for k, (label, value) in enumerate(terms):
        draw.text(c, x, y - 11 * k, label, FONT, 8.5)
        draw.text(c, x + 92, y - 11 * k, value, FONT, 8.5)
    y -= 12 + 11 * len(SHIP_LINES) + 10
    draw.text(c, LEFT, y, "Omschrijving", BOLD, 8.5)
    draw.text(c, LEFT + 80, y, "Aandrijfdelen en bevestigingsmateriaal productie Q1 2027", FONT, 8.5)
    return y - 20


def _band(c, y: float) -> float:
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT - 2, y - 5, RIGHT - LEFT + 4, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for title, x, align in COLS:
        draw.text(c, LEFT + x, y, title, BOLD, 8, "right" if align == "r" else "left")
    return y - 18


def _item(c, y: float, item: tuple) -> float:
    code, name, qty, unit, unit_price, discount, later, supplier_no = item
    parts = wrap_words(name, FONT, 8, DESC_WIDTH)
    draw.text(c, LEFT, y, code, FONT, 8)
    draw.text(c, LEFT + 230, y, nl_date(LATER if later else DELIVERY), FONT, 8)
    draw.text(c, LEFT + 338, y, nl(qty), FONT, 8, "right")
    draw.text(c, LEFT + 344, y, unit, FONT, 8)
    draw.text(c, LEFT + 418, y, price(unit_price), FONT, 8, "right")
    draw.text(c, LEFT + 462, y, f"{nl(discount)}%", FONT, 8, "right")
    draw.text(c, RIGHT, y, money(line_total(item)), FONT, 8, "right")
    for k, part in enumerate(parts):
        draw.text(c, LEFT + 58, y - 10 * k, part, FONT, 8)
    y -= 10 * (len(parts) - 1)
    if supplier_no:
        y -= 9
        c.setFillColorRGB(*GREY)
        draw.text(c, LEFT + 58, y, f"Art.nr. leverancier: {supplier_no}", FONT, 6.5)
        c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.3)
    c.line(LEFT, y - 5, RIGHT, y - 5)
    c.setStrokeColorRGB(0, 0, 0)
    return y - 17


def _end(c, y: float) -> None:
    x = LEFT + 300
    rows = [
        ("Totaal excl. btw", f"EUR {money(total())}", FONT),
        ("Btw 0% (invoer buiten EU)", "EUR 0,00", FONT),
        ("Totaal incl. btw", f"EUR {money(total())}", BOLD),
    ]
    c.setLineWidth(0.8)
    c.line(x, y + 6, RIGHT, y + 6)
    for k, (label, value, font) in enumerate(rows):
        draw.text(c, x, y - 8 - 13 * k, label, font, 9)
        draw.text(c, RIGHT, y - 8 - 13 * k, value, font, 9, "right")
    conditions = [
        "Op deze inkooporder zijn de Algemene Inkoopvoorwaarden van Kempen Landbouwmachines B.V. van"
        " toepassing,",
        "gedeponeerd bij de KvK Oost-Brabant. Vermeld ons ordernummer op alle pakbonnen en facturen.",
        "Levering van materiaalcertificaten 3.1 per zending; afwijkingen vooraf schriftelijk melden bij de"
        " inkoper.",
    ]
    y -= 66
    for k, value in enumerate(conditions):
        draw.text(c, LEFT, y - 10 * k, value, FONT, 7.5)
    y -= 52
    draw.text(c, LEFT, y, "Met vriendelijke groet,", FONT, 8.5)
    draw.text(c, LEFT, y - 26, "Sanne de Vries, Inkoop", FONT, 8.5)


def _foot(c, page: int, pages: int) -> None:
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setLineWidth(0.4)
    c.line(LEFT, 44, RIGHT, 44)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(*GREY)
    foot = "KvK 17084512 · Btw NL008512347B01 · IBAN NL42 RABO 0145 2210 88 · BIC RABONL2U"
    draw.text(c, LEFT, 32, foot, FONT, 7)
    draw.text(c, RIGHT, 32, f"Pagina {page} van {pages}", FONT, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Inkooporder {PO}")
    chunks = [list(range(FIRST_PAGE)), list(range(FIRST_PAGE, len(ITEMS)))]
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
            y = HEIGHT - 50
            draw.text(c, LEFT, y, BUYER, BOLD, 10)
            draw.text(c, RIGHT, y, f"Inkooporder {PO} (vervolg)", BOLD, 10, "right")
            y = _band(c, y - 30)
        else:
            y = _band(c, _window_and_info(c, _letterhead(c)))
        for index in chunk:
            y = _item(c, y, ITEMS[index])
        if page == len(chunks):
            _end(c, y)
        _foot(c, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
