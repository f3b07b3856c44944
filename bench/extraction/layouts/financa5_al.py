"""Unseen layout: a Durrës pump distributor's URDHËR BLERJE printed by Financa 5 (Albania), EUR, 1 page.

ILIRIA HIDRAULIK sh.p.k. (Durrës) keeps its books, stock and purchasing in Financa 5, the Albanian
accounting package, and sends the order to us as the PDF of its purchase-order print (A4 portrait,
Helvetica: ë and ç are in the standard fonts). What it prints: the company top left with NIPT, address,
phone and e-mail; URDHËR BLERJE and "Nr. UB-2026/0418" top right over a label : value block (Data
22.12.2026, Afati i dorëzimit 19.02.2027, Monedha EUR, Kushtet e pagesës, Kushtet e dorëzimit FOB Ningbo
(Incoterms 2020), Oferta juaj); Furnitori (us, with our tax number as NIPT/NUIS and Kinë) on the left and
Vendi i dorëzimit (the warehouse's name, the street, the postcode and town, Shqipëri) on the right; a ruled
table with a grey head: Nr. | Kodi (IH-3105) | Përshkrimi (ë, ç; wrapped at words) | Njësia (copë, palë,
kg, m, kuti, set) | Sasia in Albanian numbers (1.200; 62,5) | Çmimi (0,0650) | Zbritje % (5, 3) | Vlera pa
TVSH after it; 15 lines; Vlera pa TVSH / TVSH 0% (import) / Totali për pagesë (EUR); Shënime 1-3;
Përgatiti / Miratoi with (emri, mbiemri, nënshkrimi) and V.V. for the stamp; the foot with the company,
NIPT, Financa 5 and Faqe 1 nga 1.

Truth: the PO number UB-2026/0418; the order date Data; the requested delivery date Afati i dorëzimit;
the currency EUR (Monedha); the buyer the company; the supplier Furnitori (us); the ship-to address
Vendi i dorëzimit's street and postcode-town lines joined with ", " (the warehouse's name and Shqipëri left
out); the payment terms Kushtet e pagesës; the total Totali për pagesë; per line the part number Kodi, the
description Përshkrimi (wrapped lines joined with a space), the unit Njësia, the quantity Sasia, the unit
price Çmimi (before the Zbritje) and the amount Vlera pa TVSH (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Urdher_blerje_UB-2026-0418.pdf"
BUYER = "ILIRIA HIDRAULIK sh.p.k."
PO = "UB-2026/0418"
ORDER_DATE = dt.date(2026, 12, 22)
DELIVERY = dt.date(2027, 2, 19)
WAREHOUSE = "Magazina qendrore ILIRIA HIDRAULIK"
STREET, TOWN = "Rruga Aleksandër Goga, Lagjja 11", "2001 Durrës"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "30 ditë nga data e faturës"
FONT, BOLD = "Helvetica", "Helvetica-Bold"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 38.0, A4[0] - 38.0
# Kodi, Përshkrimi, Njësia, Sasia, Çmimi (EUR), Zbritje %
ITEMS = [
    (
        "IH-3105",
        "Pompë centrifugale 1,1 kW, trupi prej gize, me motor elektrik 230 V",
        "copë",
        "40",
        "142.00",
        "",
    ),
    ("IH-3112", "Pompë zhytëse për ujëra të zeza 0,75 kW, me notues", "copë", "24", "118.50", "5"),
    ("IH-3120", "Presostat 1,4-2,8 bar me manometër", "copë", "60", "14.80", ""),
    ("IH-4010", "Rezervuar presioni 50 litra, membranë EPDM", "copë", "30", "46.00", ""),
    ("IH-4102", 'Valvul kontrolli 1" prej bronzi', "copë", "120", "6.35", ""),
    ("IH-4108", 'Valvul sferike 1 1/4" me dorezë çeliku', "copë", "150", "7.90", "3"),
    ("IH-5001", "Fllanxhë çeliku DN50 PN16", "palë", "80", "11.20", ""),
    ("IH-5020", "Guarnicion gome për fllanxhë DN50", "copë", "400", "0.0650", ""),
    ("IH-6003", "Tub polietileni PE100 Ø32 mm, PN10", "m", "600", "0.92", ""),
    ("IH-6010", "Kabllo elektrike për pompa zhytëse 4 x 1,5 mm²", "m", "1200", "1.15", ""),
    ("IH-7002", "Çelës elektrik mbrojtës për motor 2,5-4 A", "copë", "60", "19.60", ""),
    ("IH-7015", "Bulona inoksi M10 x 40 me dado (kuti 50 copë)", "kuti", "40", "8.40", ""),
    ("IH-8001", "Tel saldimi inoksi ER308L Ø 1,0 mm", "kg", "62.5", "9.80", ""),
    ("IH-8010", "Komplet rakordesh bronzi për pompë (9 copë)", "set", "45", "16.75", ""),
    ("IH-9001", "Paletë druri ISPM 15 për eksport", "copë", "6", "14.00", ""),
]
COLS = [  # title, width, align
    ("Nr.", 22, "c"),
    ("Kodi", 46, "l"),
    ("Përshkrimi", 186, "l"),
    ("Njësia", 36, "c"),
    ("Sasia", 46, "r"),
    ("Çmimi", 50, "r"),
    ("Zbritje %", 42, "r"),
    ("Vlera pa TVSH", 0, "r"),
]
COLS[-1] = ("Vlera pa TVSH", RIGHT - LEFT - sum(width for _, width, _ in COLS), "r")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 8.0, 10.0
BOTTOM = 56.0


def al_number(value: Decimal | str, places: int = 2) -> str:
    """1.234,56: Albanian thousands with a dot, decimal comma."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def money(value: Decimal | str) -> str:
    return al_number(value)


def quantity(value: str) -> str:
    """As entered: 1.200, 62,5."""
    number = Decimal(value)
    places = 0 if number == number.to_integral_value() else len(value.split(".")[1])
    return al_number(number, places)


def price(value: str) -> str:
    return al_number(value, 4 if len(value.split(".")[1]) == 4 else 2)


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
        "NIPT: L71516024H",
        "Rruga Tregtare, Lagjja 14, 2001 Durrës, Shqipëri",
        "Tel.: +355 52 230 418   E-mail: blerje@iliriahidraulik.al",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, FONT, 7.5)
    x = RIGHT - 210
    draw.text(c, x, top + 2, "URDHËR BLERJE", BOLD, 15)
    draw.text(c, x, top - 14, f"Nr. {PO}", BOLD, 10.5)
    info = [
        ("Data:", ORDER_DATE.strftime("%d.%m.%Y")),
        ("Afati i dorëzimit:", DELIVERY.strftime("%d.%m.%Y")),
        ("Monedha:", "EUR"),
        ("Kushtet e pagesës:", TERMS),
        ("Kushtet e dorëzimit:", "FOB Ningbo (Incoterms 2020)"),
        ("Oferta juaj:", "QH-Q26-1219"),
    ]
    y = top - 31
    for k, (label, value) in enumerate(info):
        draw.text(c, x, y - 11 * k, label, FONT, 8)
        draw.text(c, x + 82, y - 11 * k, value, FONT, 8)
    y = y - 11 * len(info) - 10
    draw.text(c, LEFT, y, "Furnitori:", BOLD, 8.5)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu, Kinë"]
    supplier.append("NIPT/NUIS: 91320505MA1W8Q3K2T")
    for k, value in enumerate(supplier):
        draw.text(c, LEFT, y - 12 - 10 * k, value, BOLD if k == 0 else FONT, 8)
    draw.text(c, x, y, "Vendi i dorëzimit:", BOLD, 8.5)
    for k, value in enumerate([WAREHOUSE, STREET, TOWN, "Shqipëri"]):
        draw.text(c, x, y - 12 - 10 * k, value, FONT, 8)
    return y - 12 - 10 * 4 - 8


def _put(c: Canvas, k: int, base: float, value: str, font: str, align: str) -> None:
    if align == "r":
        draw.text(c, EDGES[k + 1] - 3, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, EDGES[k] + 3, base, value, font, SIZE)


def _grid(c: Canvas, top: float, bottom: float) -> None:
    c.setLineWidth(0.5)
    c.rect(LEFT, bottom, RIGHT - LEFT, top - bottom)
    for edge in EDGES[1:-1]:
        c.line(edge, top, edge, bottom)


def _table_head(c: Canvas, y: float) -> float:
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, (title, _, align) in enumerate(COLS):
        _put(c, k, y - 10.5, title, BOLD, "c" if align == "r" else align)
    _grid(c, y, y - 15)
    return y - 15


def _item(c: Canvas, y: float, n: int, item: tuple) -> float:
    code, name, unit, qty, cost, discount = item
    parts = wrap_words(name, FONT, SIZE, COLS[2][1] - 6)
    base = y - 11
    cells = [f"{n}", code, parts[0], unit, quantity(qty), price(cost), discount, money(FIELDS.amount(item))]
    for k, value in enumerate(cells):
        _put(c, k, base, value, FONT, COLS[k][2])
    for part in parts[1:]:
        base -= LINE_H
        _put(c, 2, base, part, FONT, "l")
    bottom = base - 5
    _grid(c, y, bottom)
    return bottom


def _totals(c: Canvas, y: float) -> float:
    rows = [
        ("Vlera pa TVSH:", money(FIELDS.total(ITEMS)), FONT),
        ("TVSH 0% (import):", money(0), FONT),
        ("Totali për pagesë (EUR):", money(FIELDS.total(ITEMS)), BOLD),
    ]
    for k, (label, value, font) in enumerate(rows):
        base = y - 14 - 12 * k
        draw.text(c, EDGES[4], base, label, font, 9)
        draw.text(c, RIGHT - 3, base, value, font, 9, "right")
    y -= 14 + 12 * len(rows) + 10
    draw.text(c, LEFT, y, "Shënime:", BOLD, 8)
    notes = [
        "1. Ju lutemi konfirmoni urdhrin brenda 3 ditëve pune dhe shënoni numrin e tij në faturë dhe në "
        "listën e paketimit.",
        "2. TVSH-ja nuk aplikohet: malli importohet dhe TVSH-ja paguhet në doganë. Kërkohet certifikatë "
        "origjine.",
        "3. Malli pranohet në magazinë e hënë - e premte, ora 08:00-16:00, me njoftim paraprak.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 10 * k, value, FONT, 7.3)
    y -= 11 + 10 * len(notes) + 26
    draw.text(c, LEFT, y, "Përgatiti: Elona Hoxha, përgjegjëse blerjesh", FONT, 8)
    draw.text(c, LEFT + 280, y, "Miratoi: Arben Çela, administrator", FONT, 8)
    c.setLineWidth(0.4)
    c.line(LEFT + 40, y - 20, LEFT + 210, y - 20)
    c.line(LEFT + 318, y - 20, RIGHT, y - 20)
    draw.text(c, LEFT + 40, y - 28, "(emri, mbiemri, nënshkrimi)", FONT, 6.5)
    draw.text(c, LEFT + 318, y - 28, "(emri, mbiemri, nënshkrimi)   V.V.", FONT, 6.5)
    return y - 28


def _foot(c: Canvas) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 42, RIGHT, 42)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 32, f"{BUYER} · NIPT L71516024H · Durrës", FONT, 6.5)
    draw.text(c, LEFT, 23, "Dokument i gjeneruar nga Financa 5", FONT, 6.5)
    draw.text(c, RIGHT, 23, "Faqe 1 nga 1", FONT, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Urdhër blerje {PO}")
    c.setAuthor(BUYER)
    c.setCreator("Financa 5")
    y = _table_head(c, _head(c))
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item)
    y = _totals(c, y)
    if y < BOTTOM:
        raise AssertionError(f"the page runs into its foot ({y:.0f})")
    _foot(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
