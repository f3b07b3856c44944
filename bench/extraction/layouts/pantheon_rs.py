"""Unseen layout: a Kragujevac hydraulics maker's PORUDŽBENICA printed by Pantheon (Serbia), EUR, 1 page.

ĐURĐEVIĆ HIDRAULIKA d.o.o. (Kragujevac) keeps its books and purchasing in Datalab's Pantheon and sends
the order to us as the PDF of Pantheon's porudžbenica print (A4 portrait, Latin script, DejaVu Sans embedded:
č, ć and đ are not in the PDF base fonts). What it prints: the company top left with its address, PIB and MB,
šifra delatnosti, tekući račun, phone and e-mail; PORUDŽBENICA over "Broj: 26-0130-000418" (Pantheon's
year-doctype-number) top right; Dobavljač (us, Narodna Republika Kina) in a ruled box on the left; a label
| value block on the right (Datum 18.12.2026., Rok isporuke 15.02.2027., Paritet, Način plaćanja, Valuta
EUR, Vaša ponuda, Referent); Mesto isporuke under the box (the warehouse's name, then the street and
postcode town on the next line); a ruled table with a grey head: R.br. | Šifra (DH-30412) | Naziv artikla
(č, ć, đ, š, ž; five names wrapped at words) | JM (kom, kompl, kg, m, pak) | Količina as entered with a dot
for the thousands and a decimal comma (1.500; 312,5) | Cena with two or four decimals (0,0450) | Rabat %
(5 and 2,5 on two lines) | Vrednost after it; 16 lines; Ukupno bez rabata / Rabat / Osnovica / PDV 0% /
Ukupno za plaćanje (EUR); a note why no PDV is added (import); Napomena 1-3; Porudžbinu sastavio /
Odgovorno lice with M.P.; a foot with the company, PIB, "PANTHEON" and Strana 1 od 1.

Truth: the PO number Broj; the order date Datum; the requested delivery date Rok isporuke; the currency
EUR (Valuta); the buyer the company; the supplier Dobavljač (us); the ship-to address Mesto isporuke's
second line (the warehouse's name above it left out); the payment terms Način plaćanja; the total Ukupno
za plaćanje (EUR); per line the part number Šifra, the description Naziv artikla (wrapped lines joined with
a space), the unit JM, the quantity Količina, the unit price Cena (before the Rabat %) and the amount
Vrednost (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts import zakaz_1c_ru
from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Porudzbenica_26-0130-000418.pdf"
BUYER = "ĐURĐEVIĆ HIDRAULIKA d.o.o."
PO = "26-0130-000418"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 2, 15)
WAREHOUSE = "Magacin repromaterijala – pogon Grošnica"
ADDRESS = "Industrijska zona bb, 34204 Grošnica"
TERMS = "Virmanski, 60 dana od datuma fakture"
FONT, BOLD = zakaz_1c_ru.FONT, zakaz_1c_ru.BOLD  # DejaVu Sans: č, ć, đ are not in the base fonts
WIDTH, HEIGHT = A4
LEFT, RIGHT = 38.0, A4[0] - 38.0
# Šifra, Naziv artikla, JM, Količina, Cena (EUR), Rabat %
ITEMS = [
    ("DH-30412", "Hidraulični cilindar dvosmerni 50/28×250, sa čeonim priključkom", "kom", "60", "88.40", ""),
    ("DH-30418", "Zaptivni komplet za cilindar 50/28 (NBR)", "kompl", "120", "9.75", ""),
    ("DH-31005", "Zupčasta pumpa 16 cm³/o, desna rotacija", "kom", "40", "64.00", "5"),
    ("DH-31020", "Razvodnik 4/3 NG6, 24 V DC", "kom", "80", "41.20", ""),
    ("DH-32001", 'Brza spojnica 1/2" ženska, čelik pocinkovan', "kom", "400", "3.65", ""),
    ("DH-32008", "Hidraulično crevo 2SN DN10, 400 bar", "m", "500", "4.18", ""),
    ("DH-32015", "Navojni priključak ravni M18×1,5 – 10L", "kom", "1500", "0.86", ""),
    ("DH-33002", "Čelična cev bešavna E355 Ø 20×2,5 mm", "kg", "312.5", "2.94", ""),
    ("DH-33110", "Manometar glicerinski Ø 63 mm, 0-250 bar", "kom", "150", "6.30", ""),
    ("DH-34001", "O-prsten 20×2,5 NBR 70 Shore", "kom", "5000", "0.0450", ""),
    ("DH-34006", 'Podloška bakarna 1/2" (pak. 100 kom)', "pak", "30", "7.20", ""),
    ("DH-35012", "Filter povratni 10 µm, kućište od aluminijuma", "kom", "60", "27.50", "2.5"),
    ("DH-35020", "Uložak filtera 10 µm, za DH-35012", "kom", "240", "8.15", ""),
    ("DH-36004", "Ventil za ograničenje pritiska, podesiv 50-315 bar", "kom", "90", "22.60", ""),
    ("DH-37001", "Hidraulično ulje HLP 46 (kanta 20 l)", "kom", "48", "46.00", ""),
    ("DH-99001", "Drvena paleta za izvoz ISPM 15", "kom", "6", "14.00", ""),
]
COLS = [  # title, width, align
    ("R.br.", 26, "c"),
    ("Šifra", 52, "l"),
    ("Naziv artikla", 176, "l"),
    ("JM", 32, "c"),
    ("Količina", 50, "r"),
    ("Cena", 52, "r"),
    ("Rabat %", 40, "r"),
    ("Vrednost", 0, "r"),
]
COLS[-1] = ("Vrednost", RIGHT - LEFT - sum(width for _, width, _ in COLS), "r")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 8.0, 10.0


def rs_number(value: Decimal | str, places: int = 2) -> str:
    """1.234,56: Serbian thousands with a dot, decimal comma."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def money(value: Decimal | str) -> str:
    return rs_number(value)


def quantity(value: str) -> str:
    """As entered: 1.500, 312,5."""
    number = Decimal(value)
    places = 0 if number == number.to_integral_value() else len(value.split(".")[1])
    return rs_number(number, places)


def price(value: str) -> str:
    return rs_number(value, 4 if len(value.split(".")[1]) == 4 else 2)


def discount(value: str) -> str:
    return value.replace(".", ",")


def rs_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y.")


def gross(item: tuple) -> Decimal:
    return amount(item[3], item[4])


FIELDS = ItemFields()


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _head(c: Canvas) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, BOLD, 12)
    company = [
        "Kneza Miloša 112, 34000 Kragujevac, Srbija",
        "PIB: 104829317   MB: 20418736   Šifra delatnosti: 2812",
        "Tekući račun: 160-0000000418236-17 (Banca Intesa)",
        "Tel: +381 34 335 418   E-mail: nabavka@djurdjevic-hidraulika.rs",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, FONT, 7.5)
    x = RIGHT - 190
    draw.text(c, x, top + 2, "PORUDŽBENICA", BOLD, 16)
    draw.text(c, x, top - 14, f"Broj: {PO}", BOLD, 10)
    y = top - 66
    box_w = 250
    c.setLineWidth(0.6)
    c.rect(LEFT, y - 58, box_w, 66)
    draw.text(c, LEFT + 5, y, "Dobavljač:", BOLD, 8)
    supplier = [
        OUR_NAME_EN,
        "No. 88 Huoju Road, Suzhou New District",
        "215163 Suzhou, Jiangsu",
        "Narodna Republika Kina",
    ]
    for k, value in enumerate(supplier):
        draw.text(c, LEFT + 5, y - 12 - 10 * k, value, BOLD if k == 0 else FONT, 8)
    info = [
        ("Datum:", rs_date(ORDER_DATE)),
        ("Rok isporuke:", rs_date(DELIVERY)),
        ("Paritet:", "FCA Šangaj (Incoterms 2020)"),
        ("Način plaćanja:", TERMS),
        ("Valuta:", "EUR"),
        ("Vaša ponuda:", "QH-Q26-1218 od 11.12.2026."),
        ("Referent:", "Jelena Stojković"),
    ]
    for k, (label, value) in enumerate(info):
        draw.text(c, x, y - 11 * k, label, FONT, 8)
        draw.text(c, x + 64, y - 11 * k, value, FONT, 8)
    y -= 78
    draw.text(c, LEFT, y, "Mesto isporuke:", BOLD, 8)
    draw.text(c, LEFT + 80, y, WAREHOUSE, FONT, 8)
    draw.text(c, LEFT + 80, y - 10, ADDRESS, FONT, 8)
    y -= 24
    draw.text(c, LEFT, y, "Na osnovu Vaše ponude poručujemo sledeću robu:", FONT, 8)
    return y - 8


def _put(c: Canvas, k: int, base: float, value: str, font: str, align: str) -> None:
    if align == "r":
        draw.text(c, EDGES[k + 1] - 3, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, EDGES[k] + 3, base, value, font, SIZE)


def _row(c: Canvas, y: float, height: float) -> None:
    c.setLineWidth(0.4)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for edge in EDGES[1:-1]:
        c.line(edge, y, edge, y - height)


def _table(c: Canvas, y: float) -> float:
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _row(c, y, 15)
    for k, (title, _, align) in enumerate(COLS):
        _put(c, k, y - 10.5, title, BOLD, align)
    y -= 15
    for n, item in enumerate(ITEMS, start=1):
        code, name, unit, qty, cost, rebate = item
        parts = wrap_words(name, FONT, SIZE, COLS[2][1] - 6)
        height = 5 + LINE_H * len(parts)
        _row(c, y, height)
        cells = [f"{n}.", code, parts[0], unit, quantity(qty), price(cost), discount(rebate)]
        cells.append(money(FIELDS.amount(item)))
        for k, value in enumerate(cells):
            _put(c, k, y - 10, value, FONT, COLS[k][2])
        for m, part in enumerate(parts[1:], start=1):
            _put(c, 2, y - 10 - LINE_H * m, part, FONT, "l")
        y -= height
    return y


def _totals(c: Canvas, y: float) -> float:
    brutto = sum((gross(item) for item in ITEMS), Decimal(0))
    rows = [
        ("Ukupno bez rabata:", money(brutto), FONT),
        ("Rabat:", money(brutto - FIELDS.total(ITEMS)), FONT),
        ("Osnovica:", money(FIELDS.total(ITEMS)), FONT),
        ("PDV 0%:", money(0), FONT),
        ("Ukupno za plaćanje (EUR):", money(FIELDS.total(ITEMS)), BOLD),
    ]
    for k, (label, value, font) in enumerate(rows):
        base = y - 13 - 11 * k
        draw.text(c, EDGES[4], base, label, font, 8.5)
        draw.text(c, RIGHT - 3, base, value, font, 8.5, "right")
    y -= 13 + 11 * len(rows) + 6
    no_vat = "PDV nije obračunat: roba se uvozi, PDV se plaća pri carinjenju (čl. 17 Zakona o PDV)."
    draw.text(c, LEFT, y, no_vat, FONT, 7.5)
    y -= 18
    draw.text(c, LEFT, y, "Napomena:", BOLD, 8)
    notes = [
        "1. Molimo potvrdu porudžbenice u roku od 3 radna dana; njen broj navesti na fakturi i otpremnici.",
        "2. Uz robu dostaviti sertifikat o poreklu, specifikaciju pakovanja i izjavu o usaglašenosti.",
        "3. Prijem robe radnim danima od 7 do 15 časova, uz prethodnu najavu.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 10 * k, value, FONT, 7.5)
    y -= 11 + 10 * len(notes) + 26
    draw.text(c, LEFT, y, "Porudžbinu sastavio:", FONT, 8)
    draw.text(c, LEFT + 300, y, "Odgovorno lice:", FONT, 8)
    draw.text(c, LEFT, y - 11, "Jelena Stojković", FONT, 8)
    draw.text(c, LEFT + 300, y - 11, "Dragan Đurđević, direktor", FONT, 8)
    c.setLineWidth(0.4)
    c.line(LEFT, y - 36, LEFT + 160, y - 36)
    c.line(LEFT + 300, y - 36, RIGHT, y - 36)
    draw.text(c, LEFT + 215, y - 30, "M.P.", FONT, 8)
    return y - 36


def _foot(c: Canvas) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 42, RIGHT, 42)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 32, f"{BUYER} · Kneza Miloša 112, Kragujevac · PIB 104829317 · MB 20418736", FONT, 6.5)
    draw.text(c, LEFT, 23, "PANTHEON", FONT, 6.5)
    draw.text(c, RIGHT, 23, "Strana 1 od 1", FONT, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    zakaz_1c_ru.fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Porudžbenica {PO}")
    c.setAuthor(BUYER)
    c.setCreator("PANTHEON")
    y = _totals(c, _table(c, _head(c)))
    if y < 52:
        raise AssertionError(f"the page runs into its foot ({y:.0f})")
    _foot(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
