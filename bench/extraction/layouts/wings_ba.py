"""Unseen layout: a Tešanj trailer maker's NARUDŽBENICA printed by Wings, in Bosnian, EUR, 1 page.

Usora Metal d.o.o. (farm trailers and tippers, Tešanj, Bosnia and Herzegovina) keeps its books, stock
and purchasing in Wings (Wings Soft's business package, common among firms in Serbia and Bosnia and
Herzegovina), in Bosnian (ijekavian: cijena, mjera, uslovi), and e-mails the order to a foreign supplier
as the PDF of the Wings print, saved by the clerk without the letters a file name may lose and with the
number's slash as a dash (Narudzbenica NB-418-26.pdf), in euros. What it prints (A4 portrait, Latin script
with č, ć, đ, š, ž in DejaVu Sans): the company top left with its ID broj (13 digits), PDV broj (12),
phone, fax, e-mail and transakcijski račun; a box Dobavljač: top right (us, Kina); NARUDŽBENICA br.
NB-418/26 centred; label: value rows two a row (Datum narudžbe 17.12.2026 / Rok isporuke 26.02.2027,
Vaša ponuda / Valuta EUR, Paritet FOB Šangaj (Incoterms 2020) / Način otpreme by sea to the port of
Ploče, the way Bosnian imports come in), Uslovi plaćanja, Mjesto isporuke and Kontakt osoba across; a
ruled grid with a shaded head: R.br. | Šifra (Wings article codes, 12-1102) | Naziv artikla (wrapped at
words) | JM (kom, kg, kompl.) | Količina with two decimals (5.000,00; 612,50) | Cijena with the four
decimals the company set (0,0850; 186,0000) | Rabat % (5,00 and 3,00 on four lines, 0,00 on the rest) |
Iznos after the rabat; numbers grouped by a dot with a decimal comma; 18 lines; the totals at the right
(Vrijednost robe, Rabat, Osnovica, PDV 0 % with why: an import, the VAT is charged at customs, UKUPNO ZA
PLAĆANJE (EUR)); Slovima: the sum in joined Bosnian words with the cents as 08/100; Napomena 1-3;
Narudžbu sastavila / M.P. / Odobrio with lines; a foot with the print time, the user and Strana 1 od 1.

Truth: the PO number NB-418/26; the order date Datum narudžbe; the requested delivery date Rok isporuke;
the currency EUR (Valuta); the buyer the company; the supplier Dobavljač (us); the ship-to address Mjesto
isporuke; the payment terms Uslovi plaćanja; the total UKUPNO ZA PLAĆANJE; per line the part number
Šifra, the description Naziv artikla, the unit JM, the quantity, the unit price Cijena (before the
Rabat %) and the amount Iznos (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts import zakaz_1c_ru
from bench.extraction.layouts._amounts import exact_amount
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Narudzbenica NB-418-26.pdf"
BUYER = "Usora Metal d.o.o."
PO = "NB-418/26"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 2, 26)
ADDRESS = "Skladište 2, Industrijska zona Bukva bb, 74260 Tešanj"
TERMS = "30 % avansno, 70 % u roku od 60 dana od datuma otpreme"
IN_WORDS = "dvadesetpethiljadapetstotinašezdesetdevet eura i 08/100"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
# Šifra, Naziv artikla, JM, Količina, Cijena, Rabat %
ITEMS = [
    ("10-0421", "Kuglični ležaj 6206-2RS C3", "kom", "800", "1.9200", ""),
    ("10-0425", "Kuglični ležaj 6308-2Z C3", "kom", "300", "4.8500", ""),
    ("10-0510", "Konusni ležaj 30207", "kom", "240", "6.7500", "5"),
    ("12-1102", "Hidraulični cilindar 50/30×300, dvoradni", "kom", "24", "186.0000", "3"),
    ("12-1210", "Hidraulično crijevo 2SN DN10, 1 m, s priključcima", "kom", "150", "14.2000", ""),
    ("12-1305", 'Brza spojka ISO-A 1/2", muška', "kom", "200", "6.4000", ""),
    ("12-1320", "Razvodnik hidraulični 2-sekcijski, 40 l/min", "kom", "30", "96.5000", "5"),
    ("14-0108", "Vijak M12×40, 8.8, pocinčan, DIN 933", "kg", "612.5", "2.4800", ""),
    ("14-0112", "Matica M12, klasa 8, pocinčana, DIN 934", "kg", "245.5", "2.6000", ""),
    ("14-0205", "Podloška M12, DIN 125, pocinčana", "kg", "120", "2.3500", ""),
    ("16-0301", "O-prsten 45×3,5 NBR 70", "kom", "5000", "0.0850", ""),
    ("16-0310", "Semering 40×62×8 NBR", "kom", "1200", "0.4200", ""),
    ("18-0020", "Žica za zavarivanje ER70S-6, Ø1,2 mm (kalem 15 kg)", "kg", "900", "1.6800", ""),
    ("20-0105", "Lanac valjkasti 16B-1, 5 m", "kom", "60", "38.7500", ""),
    ("20-0210", "Lančanik 16B-1, z=19, s glavčinom", "kom", "80", "12.9000", ""),
    ("22-0004", "Kuglasti zglob M16×1,5", "kom", "400", "3.1500", ""),
    ("24-0012", "Stražnje svjetlo LED 12/24 V, komplet", "kompl.", "100", "9.8500", "3"),
    ("30-0001", "Drvena paleta EUR, ISPM 15", "kom", "8", "12.0000", ""),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("R.br.",), 26, "c"),
        Column(("Šifra",), 46, "l"),
        Column(("Naziv artikla",), 0, "l"),
        Column(("JM",), 34, "c"),
        Column(("Količina",), 54, "r"),
        Column(("Cijena",), 52, "r"),
        Column(("Rabat %",), 38, "r"),
        Column(("Iznos",), 62, "r"),
    ],
    size=7.8,
    line_h=10.5,
)


def ba_number(value: Decimal | str, places: int = 2) -> str:
    """1.234,56: thousands grouped by a dot, a decimal comma."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def money(value: Decimal | str) -> str:
    return ba_number(value)


def ba_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def gross() -> Decimal:
    return sum((exact_amount(item[3], item[4]) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return FIELDS.total(ITEMS)


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


def _head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 46
    draw.text(c, LEFT, top, BUYER, bold, 14)
    company = [
        "Industrijska zona Bukva bb, 74260 Tešanj, Bosna i Hercegovina",
        "ID broj: 4218437290002   PDV broj: 218437290002",
        "Tel.: +387 32 650 418   Fax: +387 32 650 419",
        "E-mail: nabavka@usorametal.ba",
        "Transakcijski račun: 1610450012345678, Raiffeisen Bank d.d. BiH",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 14 - 9.5 * k, value, font, 7.3)
    x0 = RIGHT - 232
    c.setLineWidth(0.6)
    c.rect(x0, top - 70, RIGHT - x0, 78)
    draw.text(c, x0 + 6, top - 3, "Dobavljač:", font, 7.3)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "Kina"]
    for k, value in enumerate(supplier):
        draw.text(c, x0 + 10, top - 17 - 12 * k, value, bold if k == 0 else font, 8.3)
    y = top - 100
    draw.text(c, WIDTH / 2, y, f"NARUDŽBENICA br. {PO}", bold, 15, "center")
    y -= 26
    pairs = [
        (("Datum narudžbe:", ba_date(ORDER_DATE)), ("Rok isporuke:", ba_date(DELIVERY))),
        (("Vaša ponuda:", "QH-Q26-1211 od 11.12.2026"), ("Valuta:", "EUR")),
        (("Paritet:", "FOB Šangaj (Incoterms 2020)"), ("Način otpreme:", "morem do luke Ploče")),
    ]
    half = LEFT + (RIGHT - LEFT) / 2 + 20
    for row in pairs:
        for x, (label, value) in zip((LEFT, half), row, strict=True):
            draw.text(c, x, y, label, font, 8.3)
            draw.text(c, x + 76, y, value, bold if label == "Rok isporuke:" else font, 8.3)
        y -= 13
    across = [
        ("Uslovi plaćanja:", TERMS),
        ("Mjesto isporuke:", ADDRESS),
        ("Kontakt osoba:", "Amra Hodžić, +387 32 650 427, amra.hodzic@usorametal.ba"),
    ]
    for label, value in across:
        draw.text(c, LEFT, y, label, font, 8.3)
        draw.text(c, LEFT + 76, y, value, font, 8.3)
        y -= 13
    draw.text(c, LEFT, y - 6, "Na osnovu Vaše ponude naručujemo sljedeću robu:", font, 8.3)
    return y - 14


def _cells(n: int, item: tuple, font: str) -> list[list[str]]:
    code, name, unit, qty, price, rabat = item
    return [
        [f"{n}."],
        [code],
        wrap_words(name, font, GRID.size, GRID.width(2)),
        [unit],
        [ba_number(qty)],
        [ba_number(price, 4)],
        [ba_number(rabat or "0")],
        [money(FIELDS.amount(item))],
    ]


def _totals(c: Canvas, font: str, bold: str, y: float) -> float:
    x = RIGHT - 230
    rows = [
        ("Vrijednost robe:", gross(), font),
        ("Rabat:", gross() - total(), font),
        ("Osnovica:", total(), font),
        ("PDV 0 % (uvoz – PDV se obračunava pri carinjenju):", Decimal(0), font),
        ("UKUPNO ZA PLAĆANJE (EUR):", total(), bold),
    ]
    y -= 14
    for label, value, face in rows:
        draw.text(c, RIGHT - 70, y, label, face, 8.3, "right")
        draw.text(c, RIGHT - 3, y, money(value), face, 8.3, "right")
        y -= 12.5
    c.setLineWidth(0.5)
    c.line(x, y + 22, RIGHT, y + 22)
    y -= 6
    draw.text(c, LEFT, y, f"Slovima: {IN_WORDS}", font, 8.3)
    y -= 22
    notes = [
        "Napomena:",
        "1. Broj narudžbenice navesti na predračunu, fakturi, otpremnici i na svakom koletu.",
        "2. Uz robu dostaviti uvjerenje o porijeklu robe (Form A) i atestove EN 10204 3.1 za ležajeve "
        "i cilindre.",
        "3. Molimo potvrdu narudžbe i roka isporuke e-mailom u roku od 3 dana.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 * k, value, bold if k == 0 else font, 7.8)
    y -= 11 * len(notes) + 34
    draw.text(c, LEFT, y, "Narudžbu sastavila:", font, 8.3)
    draw.text(c, WIDTH / 2, y, "M.P.", font, 8.3, "center")
    draw.text(c, RIGHT - 170, y, "Odobrio:", font, 8.3)
    c.line(LEFT, y - 22, LEFT + 150, y - 22)
    c.line(RIGHT - 170, y - 22, RIGHT, y - 22)
    draw.text(c, LEFT, y - 32, "Amra Hodžić", font, 7.8)
    draw.text(c, RIGHT - 170, y - 32, "Edin Mehmedović, direktor", font, 7.8)
    return y - 32


def render() -> bytes:
    font, bold = zakaz_1c_ru.fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Narudžbenica {PO}")
    c.setAuthor("AHODZIC")
    c.setCreator("Wings")
    y = GRID.head(c, _head(c, font, bold), bold)
    for n, item in enumerate(ITEMS, start=1):
        y = GRID.row(c, y, _cells(n, item, font), font)
    end = _totals(c, font, bold, y)
    if end < 60:
        raise AssertionError(f"the order does not fit on one page ({end:.0f})")
    draw.text(c, LEFT, 30, "Wings   Štampano: 17.12.2026 10:42   Korisnik: AHODZIC", font, 6.8)
    draw.text(c, RIGHT, 30, "Strana 1 od 1", font, 6.8, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
