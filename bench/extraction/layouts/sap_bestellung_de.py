"""Unseen layout: Rheinfeld Pumpen GmbH's SAP S/4HANA "Bestellung" (SAP's standard German form), EUR, 2 pages.

A Mannheim pump maker buys castings, seals and turned parts from us and sends the SAP output of its
purchase order (form MEDRUCK in its S/4HANA look) as a PDF. What SAP prints: the company name top right;
the DIN 5008 window on the left with the small return-address line ("Rheinfeld Pumpen GmbH · Industriestr.
41 · 68169 Mannheim") over us as addressee; the information block on the right (Bestellnummer/Datum
4500293817 / 15.12.2026, Ansprechpartner, Telefon, E-Mail, Unsere Lieferantennummer bei Ihnen); the heading
"Bestellung"; Lieferadresse (the plant's goods receipt, street, town), Lieferbedingung (Incoterms) and
Zahlungsbedingung; the item table Pos. | Material | Bezeichnung | Menge | ME | Preis pro Einheit |
Nettowert, positions 00010, 00020 ..., the price unit under the price where it is not 1 ("pro 100 ST");
under each item "Liefertermin: 20.01.2027" and "Ihre Materialnummer: QH-..."; German numbers (1.250,00);
units ST, M, KG, SAT; 14 items over two pages, "Übertrag" at the foot of page 1 and the head of page 2;
"Gesamtnettowert ohne Mwst EUR"; the footer with bank data, Handelsregister and USt-IdNr.; "Seite 1 von 2".

Truth: the PO number the Bestellnummer; the order date the Datum; the requested delivery date the earliest
Liefertermin (20.01.2027); the currency EUR; the buyer Rheinfeld Pumpen GmbH; the supplier us (the
addressee); the ship-to address the Lieferadresse's street and town lines joined with ", "; the payment
terms the Zahlungsbedingung text; the total the Gesamtnettowert; per item the part number Material
(Rheinfeld's own), the description the Bezeichnung, the quantity Menge, the unit ME, the unit price the price
of ONE unit (Preis pro Einheit divided by the price unit: 18,50 pro 100 ST is 0.185) and the amount Nettowert.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "Bestellung_4500293817.pdf"
BUYER = "Rheinfeld Pumpen GmbH"
PO = "4500293817"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 1, 20)
LATER = dt.date(2027, 2, 3)
SHIP_LINES = [
    "Rheinfeld Pumpen GmbH, Werk Mannheim, Wareneingang Tor 3",
    "Industriestr. 41",
    "68169 Mannheim",
]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "30 Tage 2% Skonto, 60 Tage netto"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 57.0, WIDTH - 40.0
# material, Bezeichnung, qty, ME, printed price, price unit, our number, later
ITEMS = [
    ("100045871", "Spiralgehäuse GG25 DN80 roh", "120", "ST", "48,60", 1, "QH-SG-DN80", False),
    ("100045872", "Spiralgehäuse GG25 DN100 roh", "80", "ST", "62,40", 1, "QH-SG-DN100", False),
    ("100051203", "Laufrad CuSn10 D 210 mm bearbeitet", "150", "ST", "37,85", 1, "QH-LR-210", False),
    ("100051209", "Laufrad CuSn10 D 250 mm bearbeitet", "90", "ST", "44,20", 1, "QH-LR-250", True),
    ("100060017", "O-Ring 85 x 3 NBR 70", "2000", "ST", "18,50", 100, "QH-OR-8530", False),
    ("100060022", "O-Ring 120 x 4 FKM 75", "1200", "ST", "64,00", 100, "QH-OR-1204", False),
    ("100071450", "Welle 1.4021 D 32 x 410 geschliffen", "140", "ST", "21,75", 1, "QH-WL-32410", False),
    ("100071455", "Wellenschutzhülse 1.4571 D 32", "300", "ST", "4,36", 1, "QH-WSH-32", False),
    ("100082310", "Gleitringdichtung Satz D 32 SiC/SiC", "140", "SAT", "28,90", 1, "QH-GLRD-32", True),
    ("100090114", "Rundstahl 1.4301 D 40 blank", "360", "M", "9,85", 1, "QH-RS-40", False),
    ("100090227", "Stahlguss-Späne Strahlmittel S230", "500", "KG", "1,84", 1, "QH-SM-S230", False),
    (
        "100093301",
        "Sechskantschraube ISO 4017 M12 x 40 A2-70",
        "4000",
        "ST",
        "23,50",
        100,
        "QH-SK-M1240",
        False,
    ),
    ("100093318", "Flachdichtung DN80 PN16 Aramid", "600", "ST", "1,15", 1, "QH-FD-DN80", True),
    ("100095020", "Lagerträger GGG40 Baugröße 2 bearbeitet", "60", "ST", "96,50", 1, "QH-LT-BG2", True),
]
COLS = [
    ("Pos.", 0, "l"),
    ("Material", 36, "l"),
    ("Bezeichnung", 96, "l"),
    ("Menge", 340, "r"),
    ("ME", 346, "l"),
    ("Preis pro Einheit", 440, "r"),
    ("Nettowert", RIGHT - LEFT, "r"),
]
FIRST_PAGE = 8


def de(value: Decimal | str) -> str:
    """German grouping: 1.250,00."""
    return f"{Decimal(value):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


money = de  # the amounts as this form prints them


def de_qty(value: str) -> str:
    return f"{int(value):,}".replace(",", ".")


def de_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def unit_price(item: tuple) -> Decimal:
    return Decimal(f"{(Decimal(item[4].replace(',', '.')) / item[5]).normalize():f}")


def line_amount(item: tuple) -> Decimal:
    return amount(item[2], str(unit_price(item)))


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (item[0], item[1], item[2], item[3], f"{unit_price(item)}", f"{line_amount(item)}")
            for item in ITEMS
        ],
    )


def _head(c, page: int, pages: int) -> float:
    top = HEIGHT - 50
    draw.text(c, RIGHT, top, BUYER, BOLD, 14, "right")
    draw.text(c, LEFT, HEIGHT - 130, "Rheinfeld Pumpen GmbH · Industriestr. 41 · 68169 Mannheim", FONT, 6.5)
    c.setLineWidth(0.3)
    c.line(LEFT, HEIGHT - 133, LEFT + 240, HEIGHT - 133)
    for k, value in enumerate(
        [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "CHINA"]
    ):
        draw.text(c, LEFT, HEIGHT - 148 - 11 * k, value, FONT, 9)
    info = [
        ("Bestellnummer/Datum", f"{PO} / {de_date(ORDER_DATE)}"),
        ("Ansprechpartner", "Frau Katrin Vogler"),
        ("Telefon", "+49 621 84712-233"),
        ("E-Mail", "k.vogler@rheinfeld-pumpen.de"),
        ("Unsere Kundennummer bei Ihnen", "RF-20931"),
        ("Ihre Lieferantennummer bei uns", "7100348"),
    ]
    x = 340
    for k, (label, value) in enumerate(info):
        draw.text(c, x, HEIGHT - 120 - 22 * k, label, FONT, 7)
        draw.text(c, x, HEIGHT - 129 - 22 * k, value, FONT, 8.5)
    draw.text(c, LEFT, HEIGHT - 270, "Bestellung", BOLD, 15)
    if page > 1:
        draw.text(c, RIGHT, HEIGHT - 270, f"Seite {page} von {pages}", FONT, 8, "right")
        return HEIGHT - 295
    y = HEIGHT - 295
    draw.text(c, LEFT, y, "Bitte liefern Sie an:", BOLD, 8.5)
    draw.text(c, LEFT, y - 12, "Lieferadresse:", FONT, 8.5)
    for k, value in enumerate(SHIP_LINES):
        draw.text(c, LEFT + 110, y - 12 - 11 * k, value, FONT, 8.5)
    draw.text(c, LEFT, y - 52, "Lieferbedingung:", FONT, 8.5)
    draw.text(c, LEFT + 110, y - 52, "FCA Shanghai (Incoterms 2020)", FONT, 8.5)
    draw.text(c, LEFT, y - 64, "Zahlungsbedingung:", FONT, 8.5)
    draw.text(c, LEFT + 110, y - 64, TERMS, FONT, 8.5)
    draw.text(c, LEFT, y - 76, "Währung:", FONT, 8.5)
    draw.text(c, LEFT + 110, y - 76, "EUR", FONT, 8.5)
    return y - 100


def _heads(c, y: float) -> float:
    c.setLineWidth(0.6)
    c.line(LEFT, y + 10, RIGHT, y + 10)
    for title, x, align in COLS:
        draw.text(c, LEFT + x, y, title, BOLD, 8, "right" if align == "r" else "left")
    c.line(LEFT, y - 5, RIGHT, y - 5)
    return y - 18


def _item(c, y: float, n: int, item: tuple) -> float:
    material, name, qty, unit, price, per, ours, later = item
    draw.text(c, LEFT, y, f"{10 * n:05d}", FONT, 8.5)
    draw.text(c, LEFT + 36, y, material, FONT, 8.5)
    draw.text(c, LEFT + 96, y, name, FONT, 8.5)
    draw.text(c, LEFT + 340, y, de_qty(qty), FONT, 8.5, "right")
    draw.text(c, LEFT + 346, y, unit, FONT, 8.5)
    draw.text(c, LEFT + 440, y, price, FONT, 8.5, "right")
    draw.text(c, RIGHT, y, de(line_amount(item)), FONT, 8.5, "right")
    y -= 11
    if per != 1:
        draw.text(c, LEFT + 440, y, f"pro {per} {unit}", FONT, 7.5, "right")
    draw.text(c, LEFT + 96, y, f"Liefertermin: {de_date(LATER if later else DELIVERY)}", FONT, 7.5)
    draw.text(c, LEFT + 96, y - 10, f"Ihre Materialnummer: {ours}", FONT, 7.5)
    return y - 24


def _foot(c, page: int, pages: int) -> None:
    c.setLineWidth(0.3)
    c.line(LEFT, 62, RIGHT, 62)
    rows = [
        ("Rheinfeld Pumpen GmbH", "Sitz: Mannheim", "Commerzbank Mannheim"),
        (
            "Industriestr. 41, 68169 Mannheim",
            "Amtsgericht Mannheim HRB 708214",
            "IBAN DE41 6704 0031 0412 8833 00",
        ),
        ("Geschäftsführer: Dr. Jens Kröger", "USt-IdNr. DE 143 829 617", "BIC COBADEFFXXX"),
    ]
    for k, row in enumerate(rows):
        for col, value in enumerate(row):
            draw.text(c, LEFT + 175 * col, 52 - 8 * k, value, FONT, 6.3)
    draw.text(c, RIGHT, 74, f"Seite {page} von {pages}", FONT, 7.5, "right")


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Bestellung {PO}")
    chunks = [list(range(FIRST_PAGE)), list(range(FIRST_PAGE, len(ITEMS)))]
    carry = sum((line_amount(ITEMS[i]) for i in chunks[0]), Decimal(0))
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        y = _heads(c, _head(c, page, len(chunks)))
        if page > 1:
            draw.text(c, LEFT + 96, y, "Übertrag", BOLD, 8.5)
            draw.text(c, RIGHT, y, de(carry), BOLD, 8.5, "right")
            y -= 20
        for index in chunk:
            y = _item(c, y, index + 1, ITEMS[index])
        if page < len(chunks):
            c.line(LEFT + 300, y + 6, RIGHT, y + 6)
            draw.text(c, LEFT + 96, y - 6, "Übertrag", BOLD, 8.5)
            draw.text(c, RIGHT, y - 6, de(carry), BOLD, 8.5, "right")
        else:
            c.line(LEFT + 300, y + 6, RIGHT, y + 6)
            draw.text(c, LEFT + 200, y - 8, "Gesamtnettowert ohne Mwst EUR", BOLD, 9)
            draw.text(c, RIGHT, y - 8, de(total()), BOLD, 9, "right")
            clauses = [
                "Bitte senden Sie uns innerhalb von 3 Arbeitstagen eine Auftragsbestätigung.",
                "Es gelten unsere Allgemeinen Einkaufsbedingungen (www.rheinfeld-pumpen.de/aeb).",
                "Bitte geben Sie auf allen Lieferpapieren und Rechnungen unsere Bestellnummer an.",
            ]
            for k, value in enumerate(clauses):
                draw.text(c, LEFT, y - 40 - 11 * k, value, FONT, 8)
        _foot(c, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
