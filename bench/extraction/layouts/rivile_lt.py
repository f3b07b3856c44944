"""Unseen layout: a Kaunas furniture-fittings maker's Rivilė GAMA PIRKIMO UŽSAKYMAS (Lithuania), EUR, 1 page.

UAB „Nemuno furnitūra“ (Kaunas) keeps its books and purchasing in Rivilė GAMA and sends the order to us as
the PDF of GAMA's purchase-order print form (A4 portrait). What it prints: the company's name top left with
Įmonės kodas, PVM mokėtojo kodas (LT...), address, phone and e-mail; PIRKIMO UŽSAKYMAS centred over
"Serija PU Nr. 2026-0418" and the date the Lithuanian way, year first (2026-12-21); Tiekėjas (us, Kinija,
with Įmonės kodas) and Pirkėjas (the company) side by side; a label / value block (Užsakymo data 2026-12-21,
Pristatymo data 2027-02-08, Pristatymo sąlygos FCA Šanchajus (Incoterms 2020), Apmokėjimo sąlygos,
Valiuta EUR, Jūsų pasiūlymas our quotation, Atsakingas asmuo); Pristatymo adresas (the warehouse's name,
street, postcode town, Lietuva) on one line; a ruled grid: Eil. Nr. | Prekės kodas (NF-10211) | Prekės
pavadinimas (ą, č, ė, į, š, ų, ū, ž; wrapped at words in its cell) | Mato vnt. (vnt., kompl., pak., kg) |
Kiekis with two decimals and a space for the thousands (1 200,00; 612,50) | Kaina, EUR with two or four
decimals (0,0680) | Nuolaida, % (5 and 3 on two lines, blank on the rest) | Suma, EUR after it; 15 lines;
Suma be PVM / PVM 0 % (importas: PVM skaičiuojamas muitinėje) / Iš viso EUR; Suma žodžiais; Pastabos;
Užsakymą parengė / Patvirtino with A.V. (the stamp's place); a foot with Rivilė GAMA, the print time and
Puslapis 1 iš 1.

Truth: the PO number the Nr. (2026-0418; the series PU is printed before it as its own field); the order date
Užsakymo data; the requested delivery date Pristatymo data; the currency EUR; the buyer the company; the
supplier Tiekėjas (us); the ship-to address Pristatymo adresas's street and postcode-town parts joined with
", " (the warehouse's name before them and the country after them left out); the payment terms Apmokėjimo
sąlygos; the total Iš viso EUR; per line the part number Prekės kodas, the description Prekės pavadinimas
(wrapped lines joined with a space), the unit Mato vnt., the quantity Kiekis, the unit price Kaina (before
the Nuolaida) and the amount Suma (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Pirkimo_uzsakymas_PU_2026-0418.pdf"
BUYER = "UAB „Nemuno furnitūra“"
SERIES, PO = "PU", "2026-0418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 8)
WAREHOUSE = "UAB „Nemuno furnitūra“ centrinis sandėlis"
STREET, TOWN = "Pramonės pr. 16A", "LT-51329 Kaunas"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "60 d. nuo sąskaitos faktūros datos, bankiniu pavedimu"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
# Prekės kodas, Prekės pavadinimas, Mato vnt., Kiekis, Kaina (EUR), Nuolaida %
ITEMS = [
    ("NF-10211", "Stalčiaus bėgelis pilno išstūmimo 450 mm, apkrova 45 kg", "kompl.", "1200", "4.85", ""),
    ("NF-10215", "Stalčiaus bėgelis su švelniu uždarymu 500 mm", "kompl.", "800", "7.40", ""),
    (
        "NF-20104",
        "Lankstas užkeliamas 35 mm, 110°, su integruotu amortizatoriumi",
        "vnt.",
        "6000",
        "0.62",
        "",
    ),
    ("NF-20108", "Lanksto montavimo plokštelė, cinkuota", "vnt.", "6000", "0.18", ""),
    ("NF-30412", "Rankenėlė aliuminė 128 mm, matinė juoda", "vnt.", "2500", "0.94", ""),
    ("NF-30418", "Rankenėlė lanko formos 160 mm, nerūdijantis plienas", "vnt.", "1500", "1.36", "5"),
    ("NF-40020", "Baldų kojelė reguliuojama 100 mm, Ø30", "vnt.", "4000", "0.57", ""),
    ("NF-50110", "Varžtas konfirmatas 7 x 50, cinkuotas (pak. 1000 vnt.)", "pak.", "40", "18.20", ""),
    ("NF-50133", "Įsukama įvorė M6 x 13, žalvarinė", "vnt.", "10000", "0.0680", ""),
    ("NF-60201", "Dujinis amortizatorius 100 N pakeliamoms durelėms", "vnt.", "900", "1.72", "3"),
    ("NF-70015", "Kabelio įvorė Ø60 mm, plastikinė, balta", "vnt.", "3000", "0.21", ""),
    ("NF-80320", "Plieninė juosta 20 x 2 mm, cinkuota, ritėmis", "kg", "612.5", "1.28", ""),
    ("NF-90004", "Magnetinis durelių laikiklis, rudas", "vnt.", "5000", "0.0950", ""),
    ("NF-90018", "Lentynos laikiklis Ø5 mm, nikeliuotas", "vnt.", "20000", "0.0215", ""),
    ("NF-99001", "Eksporto padėklas ISPM 15, termiškai apdorotas", "vnt.", "8", "14.50", ""),
]
COLS = [  # title, width, align
    ("Eil. Nr.", 24, "c"),
    ("Prekės kodas", 50, "l"),
    ("Prekės pavadinimas", 196, "l"),
    ("Mato vnt.", 34, "c"),
    ("Kiekis", 54, "r"),
    ("Kaina, EUR", 48, "r"),
    ("Nuolaida, %", 46, "r"),
    ("Suma, EUR", 0, "r"),
]
SIZE, LINE_H = 7.5, 9.5
GRID = RuledGrid(
    LEFT, RIGHT, [Column((caption,), width, align) for caption, width, align in COLS], SIZE, LINE_H
)
# the column heads as printed, wrapped in their cells
HEADS = {
    "Eil. Nr.": ["Eil.", "Nr."],
    "Prekės kodas": ["Prekės", "kodas"],
    "Prekės pavadinimas": ["Prekės pavadinimas"],
    "Mato vnt.": ["Mato", "vnt."],
    "Kiekis": ["Kiekis"],
    "Kaina, EUR": ["Kaina,", "EUR"],
    "Nuolaida, %": ["Nuolaida,", "%"],
    "Suma, EUR": ["Suma,", "EUR"],
}
# the total in words as GAMA prints it (Lithuanian: 2-9 -> "eurai", cents as digits)
IN_WORDS = "Dvidešimt aštuoni tūkstančiai keturi šimtai penkiasdešimt du eurai, 56 ct"


def fonts() -> tuple[str, str]:
    """DejaVu Sans (ą, ė, į, ų, ū are not in the PDF base fonts' encoding), embedded as a subset."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))
    return FONT, BOLD


def lt_number(value: Decimal | str, places: int = 2) -> str:
    """1 234,56: Lithuanian thousands with a space, decimal comma."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",")


def money(value: Decimal | str) -> str:
    return lt_number(value)


def price(value: str) -> str:
    return lt_number(value, 4 if len(value.split(".")[1]) == 4 else 2)


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
        "Įmonės kodas 302418736, PVM mokėtojo kodas LT100005187314",
        f"{STREET}, {TOWN}, Lietuva",
        "Tel. +370 37 40 18 22, el. paštas pirkimai@nemunofurnitura.lt",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, FONT, 7.5)
    y = top - 62
    draw.text(c, WIDTH / 2, y, "PIRKIMO UŽSAKYMAS", BOLD, 14, "center")
    draw.text(c, WIDTH / 2, y - 16, f"Serija {SERIES} Nr. {PO}", BOLD, 9.5, "center")
    draw.text(c, WIDTH / 2, y - 29, ORDER_DATE.isoformat(), FONT, 8.5, "center")
    y -= 52
    parties = [
        (
            "Tiekėjas:",
            [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu, Kinija"],
        ),
        ("Pirkėjas:", [BUYER, "Įmonės kodas 302418736", "PVM mokėtojo kodas LT100005187314"]),
    ]
    for x, (label, lines) in zip((LEFT, LEFT + 280), parties, strict=True):
        draw.text(c, x, y, label, BOLD, 8.5)
        for k, value in enumerate(lines):
            draw.text(c, x, y - 12 - 10 * k, value, BOLD if k == 0 else FONT, 8)
    y -= 54
    info = [
        ("Užsakymo data:", ORDER_DATE.isoformat()),
        ("Pristatymo data:", DELIVERY.isoformat()),
        ("Pristatymo sąlygos:", "FCA Šanchajus (Incoterms 2020)"),
        ("Apmokėjimo sąlygos:", TERMS),
        ("Valiuta:", "EUR"),
        ("Jūsų pasiūlymas:", "QH-Q26-1221, 2026-12-15"),
        ("Atsakingas asmuo:", "Rasa Petrauskienė, tel. +370 37 40 18 27"),
    ]
    for k, (label, value) in enumerate(info):
        draw.text(c, LEFT, y - 11 * k, label, FONT, 8)
        draw.text(c, LEFT + 96, y - 11 * k, value, FONT, 8)
    y -= 11 * len(info) + 4
    draw.text(c, LEFT, y, "Pristatymo adresas:", BOLD, 8)
    draw.text(c, LEFT + 96, y, f"{WAREHOUSE}, {ADDRESS}, Lietuva", FONT, 8)
    return y - 12


def _table(c: Canvas, y: float) -> float:
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(LEFT, y - 23, RIGHT - LEFT, 23, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    GRID.framed(c, y, [HEADS[title] for title, _, _ in COLS], BOLD, 23)
    y -= 23
    for n, item in enumerate(ITEMS, start=1):
        code, name, unit, qty, cost, discount = item
        parts = wrap_words(name, FONT, SIZE, GRID.width(2))
        cells = [[str(n)], [code], parts, [unit], [lt_number(qty)], [price(cost)], [discount]]
        cells.append([money(FIELDS.amount(item))])
        height = 4 + LINE_H * len(parts)
        GRID.framed(c, y, cells, FONT, height)
        y -= height
    return y


def _totals(c: Canvas, y: float) -> float:
    rows = [
        ("Suma be PVM:", money(FIELDS.total(ITEMS)), FONT),
        ("PVM 0 % (importas: PVM skaičiuojamas muitinėje):", money(0), FONT),
        ("Iš viso EUR:", money(FIELDS.total(ITEMS)), BOLD),
    ]
    for k, (label, value, font) in enumerate(rows):
        base = y - 13 - 12 * k
        draw.text(c, GRID.edges[7] - 6, base, label, font, 8.5, "right")
        draw.text(c, RIGHT - 2.5, base, value, font, 8.5, "right")
    y -= 13 + 12 * len(rows) + 6
    draw.text(c, LEFT, y, f"Suma žodžiais: {IN_WORDS}", FONT, 8)
    y -= 20
    draw.text(c, LEFT, y, "Pastabos:", BOLD, 8)
    notes = [
        "1. Sąskaitoje faktūroje, važtaraštyje ir ant kiekvienos pakuotės nurodykite mūsų užsakymo numerį.",
        "2. Kartu su kroviniu pateikite kilmės sertifikatą (Form A) ir pakuočių sąrašą.",
        "3. Prekės priimamos darbo dienomis 8:00–15:30, iš anksto suderinus atvykimo laiką.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 10 * k, value, FONT, 7.5)
    y -= 11 + 10 * len(notes) + 22
    draw.text(c, LEFT, y, "Užsakymą parengė:", FONT, 8)
    draw.text(c, LEFT + 84, y, "Rasa Petrauskienė, pirkimų vadybininkė", FONT, 8)
    draw.text(c, LEFT + 300, y, "Patvirtino:", FONT, 8)
    draw.text(c, LEFT + 350, y, "Tomas Jankauskas, direktorius", FONT, 8)
    c.setLineWidth(0.4)
    c.line(LEFT + 84, y - 16, LEFT + 250, y - 16)
    c.line(LEFT + 350, y - 16, RIGHT, y - 16)
    draw.text(c, LEFT + 84, y - 24, "(vardas, pavardė, parašas)", FONT, 6)
    draw.text(c, LEFT + 350, y - 24, "(vardas, pavardė, parašas)", FONT, 6)
    draw.text(c, LEFT + 300, y - 40, "A.V.", FONT, 8)
    return y - 40


def _foot(c: Canvas) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 30, "Rivilė GAMA · Atspausdinta 2026-12-21 09:47", FONT, 6.5)
    draw.text(c, RIGHT, 30, "Puslapis 1 iš 1", FONT, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Pirkimo užsakymas {SERIES} {PO}")
    c.setAuthor(BUYER)
    c.setCreator("Rivilė GAMA")
    y = _totals(c, _table(c, _head(c)))
    if y < 50:
        raise AssertionError(f"the page runs into its foot ({y:.0f})")
    _foot(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
