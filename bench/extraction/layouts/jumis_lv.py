"""Unseen layout: a Valmiera trailer maker's Tildes Jumis PASŪTĪJUMS PIEGĀDĀTĀJAM (Latvia), EUR, 2 pages.

SIA "Vidzemes metālapstrāde" (Valmiera) keeps its books and purchasing in Tildes Jumis and sends the order
to us as the PDF of Jumis's Pasūtījums piegādātājam print form (A4 portrait, DejaVu Sans for ā, č, ē, ģ,
ī, ķ, ļ, ņ, š, ū, ž). What it prints: the company top left with Reģ. Nr., PVN reģ. Nr. (LV...), Juridiskā
adrese, Banka / Konts (IBAN) and Tālr. / e-pasts; PASŪTĪJUMS PIEGĀDĀTĀJAM Nr. PP26-0418 centred over the place
and date in words ("Valmierā, 2026. gada 21. decembrī"); Piegādātājs (us, Ķīna, our Reģ. Nr.) beside
Pasūtītājs (the company); a label: value block with Latvian dates, day first with the closing dot
(Pasūtījuma datums 21.12.2026., Piegādes termiņš 15.02.2027.), Piegādes noteikumi FCA Šanhaja, Apmaksas
noteikumi, Valūta EUR, Jūsu piedāvājums, Kontaktpersona; Piegādes adrese (the warehouse's name, street,
town, postcode, Latvija) on one line; "Lūdzam piegādāt šādas preces:"; a ruled grid with a shaded head:
Nr. p.k. | Preces kods (VM-10112) | Preces nosaukums (wrapped at words in its cell) | Mērv. (gab., kompl.,
pāris, m, iep., kg, rull.) | Daudzums with three decimals and no thousands separator (800,000; 1250,500) |
Cena, EUR with two to four decimals (2,2150) | Atl., % (5 and 3 on two lines, blank on the rest) | Summa,
EUR after it, thousands grouped by a space (5 500,50); 22 lines, 16 on page 1; page 2 under a short head
(the company, Pasūtījums piegādātājam Nr. PP26-0418 no 21.12.2026. (turpinājums)) and the grid head again;
Summa bez PVN / PVN 0 % (preču imports: PVN maksā muitā) / Kopā apmaksai, EUR; Summa vārdiem; Piezīmes 1-3;
Sagatavoja / Apstiprināja with (paraksts) lines and Z. v. (the stamp's place); a foot with Tildes Jumis, the
print time and Lapa n no 2.

Truth: the PO number the Nr. (PP26-0418); the order date Pasūtījuma datums; the requested delivery date
Piegādes termiņš; the currency EUR; the buyer Pasūtītājs (the company); the supplier Piegādātājs (us); the
ship-to address Piegādes adrese's street, town and postcode parts as printed, joined with ", " (the
warehouse's name before them and Latvija after them left out); the payment terms Apmaksas noteikumi; the
total Kopā apmaksai; per line the part number Preces kods, the description Preces nosaukums (wrapped lines
joined with a space), the unit Mērv., the quantity Daudzums, the unit price Cena (before the Atl.) and the
amount Summa (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from bench.extraction.layouts.zakaz_1c_ru import fonts
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Pasutijums_piegadatajam_PP26-0418.pdf"
BUYER = 'SIA "Vidzemes metālapstrāde"'
PO = "PP26-0418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 15)
WAREHOUSE = 'SIA "Vidzemes metālapstrāde" noliktava Nr. 2'
ADDRESS = "Rūpniecības iela 14, Valmiera, LV-4201"
TERMS = "60 dienu laikā no rēķina datuma, ar pārskaitījumu"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
FIRST = 16  # lines on page 1
PAGES = 2
# Preces kods, Preces nosaukums, Mērv., Daudzums, Cena (EUR), Atl. %
ITEMS = [
    ("VM-10112", "Lodīšu gultnis 6206-2RS, C3", "gab.", "800", "2.35", ""),
    ("VM-10118", "Rumbas gultņu komplekts piekabes asij 1350 kg", "kompl.", "150", "18.40", ""),
    ("VM-20104", "Hidrauliskais cilindrs 50/30×300, divpusējas darbības", "gab.", "60", "96.50", "5"),
    ("VM-20131", "Augstspiediena šļūtene 2SN DN10, L=1000 mm, ar uzgriežņiem", "gab.", "400", "6.85", ""),
    ("VM-20140", 'Ātrā savienotāja uzmava ISO-A 1/2", ārējā vītne', "gab.", "300", "4.12", ""),
    ("VM-30210", "Lokšņu atspere, 3 lokšņu, 60×7 mm, piekabei", "gab.", "120", "27.90", ""),
    ("VM-30225", "U veida skava M14×1,5, 65×220 mm, cinkota", "gab.", "480", "1.64", ""),
    ("VM-40011", "Sakabes cilpa Ø40 mm, DIN 74054", "gab.", "90", "21.30", ""),
    ("VM-40020", "Atbalsta ritenis ar skavu Ø48 mm, kravnesība 150 kg", "gab.", "90", "19.75", "3"),
    ("VM-50102", "LED aizmugurējais lukturis 12/24 V, 5 funkcijas", "pāris", "150", "14.60", ""),
    ("VM-50118", "Elektroinstalācijas kabelis 7×0,75 mm², melns", "m", "1500", "0.86", ""),
    ("VM-50125", "Kontaktdakša 13 kontaktu, plastmasas, ūdensizturīga", "gab.", "200", "3.48", ""),
    ("VM-60301", "Sešstūra skrūve M12×40, 8.8, cinkota (iep. 100 gab.)", "iep.", "120", "11.20", ""),
    ("VM-60305", "Pašbloķējošs uzgrieznis M12, cinkots (iep. 100 gab.)", "iep.", "120", "4.95", ""),
    ("VM-60320", "Paplāksne M12 DIN 125, cinkota (iep. 200 gab.)", "iep.", "60", "3.10", ""),
    ("VM-70015", "Dubļu sargs 450×600 mm, gumijas", "gab.", "240", "5.40", ""),
    ("VM-70040", "Bortu aizbīdnis, nerūsējošais tērauds", "gab.", "600", "2.2150", ""),
    ("VM-80002", "Tērauda loksne S355, 4 mm, griezta pēc rasējuma", "kg", "1250.5", "1.18", ""),
    ("VM-80010", "Vītņstienis M10×1000 mm, 4.8, cinkots", "gab.", "500", "0.9650", ""),
    ("VM-90007", "Pulverkrāsa RAL 9005, matēta (kaste 20 kg)", "kg", "400", "6.35", ""),
    ("VM-90015", "Gumijas blīve 10×20 mm, pašlīmējoša (rullis 10 m)", "rull.", "80", "7.60", ""),
    ("VM-99001", "Eksporta palete ISPM 15, termiski apstrādāta", "gab.", "10", "16.00", ""),
]
COLS = [  # title, width, align
    ("Nr. p.k.", 34, "c"),
    ("Preces kods", 56, "l"),
    ("Preces nosaukums", 188, "l"),
    ("Mērv.", 34, "c"),
    ("Daudzums", 52, "r"),
    ("Cena, EUR", 50, "r"),
    ("Atl., %", 36, "r"),
    ("Summa, EUR", 0, "r"),
]
SIZE, LINE_H = 7.5, 9.5
GRID = RuledGrid(
    LEFT, RIGHT, [Column((caption,), width, align) for caption, width, align in COLS], SIZE, LINE_H
)
# the total in words as Jumis prints it
IN_WORDS = "Trīsdesmit seši tūkstoši astoņdesmit trīs euro un 97 centi"


def lv_number(value: Decimal | str, places: int = 2, group: bool = True) -> str:
    """12 345,67: Latvian thousands with a space (none when ``group`` is off), decimal comma."""
    text = f"{Decimal(value):,.{places}f}" if group else f"{Decimal(value):.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def money(value: Decimal | str) -> str:
    return lv_number(value)


def price(value: str) -> str:
    return lv_number(value, 4 if len(value.split(".")[1]) == 4 else 2, group=False)


def lv_date(day: dt.date) -> str:
    """21.12.2026.: day first, with the closing dot Latvian writes after the year."""
    return day.strftime("%d.%m.%Y.")


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


def _head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 42
    draw.text(c, LEFT, top, BUYER, bold, 12)
    company = [
        "Reģ. Nr. 44103087615, PVN reģ. Nr. LV44103087615",
        "Juridiskā adrese: Rūpniecības iela 14, Valmiera, LV-4201",
        'Banka: AS "Swedbank", HABALV22, konts LV47HABA0551038471922',
        "Tālr. +371 64 207 318, e-pasts: iepirkumi@vidzemesmetals.lv",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, font, 7.5)
    y = top - 70
    draw.text(c, WIDTH / 2, y, f"PASŪTĪJUMS PIEGĀDĀTĀJAM Nr. {PO}", bold, 13, "center")
    draw.text(c, WIDTH / 2, y - 15, "Valmierā, 2026. gada 21. decembrī", font, 8.5, "center")
    y -= 38
    parties = [
        (
            "Piegādātājs:",
            [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu, Ķīna"],
        ),
        ("Pasūtītājs:", [BUYER, "Reģ. Nr. 44103087615", "PVN reģ. Nr. LV44103087615"]),
    ]
    for x, (label, lines) in zip((LEFT, LEFT + 280), parties, strict=True):
        draw.text(c, x, y, label, bold, 8.5)
        for k, value in enumerate(lines):
            draw.text(c, x, y - 12 - 10 * k, value, bold if k == 0 else font, 8)
    y -= 54
    info = [
        ("Pasūtījuma datums:", lv_date(ORDER_DATE)),
        ("Piegādes termiņš:", lv_date(DELIVERY)),
        ("Piegādes noteikumi:", "FCA Šanhaja (Incoterms 2020)"),
        ("Apmaksas noteikumi:", TERMS),
        ("Valūta:", "EUR"),
        ("Jūsu piedāvājums:", "QH-Q26-1221 no 15.12.2026."),
        ("Kontaktpersona:", "Ilze Bērziņa, iepirkumu speciāliste, tālr. +371 26 418 207"),
    ]
    for k, (label, value) in enumerate(info):
        draw.text(c, LEFT, y - 11 * k, label, font, 8)
        draw.text(c, LEFT + 100, y - 11 * k, value, font, 8)
    y -= 11 * len(info) + 4
    draw.text(c, LEFT, y, "Piegādes adrese:", bold, 8)
    draw.text(c, LEFT + 100, y, f"{WAREHOUSE}, {ADDRESS}, Latvija", font, 8)
    draw.text(c, LEFT, y - 18, "Lūdzam piegādāt šādas preces:", font, 8)
    return y - 26


def _short_head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 42
    draw.text(c, LEFT, top, BUYER, bold, 10)
    value = f"Pasūtījums piegādātājam Nr. {PO} no {lv_date(ORDER_DATE)} (turpinājums)"
    draw.text(c, LEFT, top - 14, value, font, 8.5)
    return top - 26


def _thead(c: Canvas, y: float, bold: str) -> float:
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.rect(LEFT, y - 14, RIGHT - LEFT, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    GRID.framed(c, y, [[title] for title, _, _ in COLS], bold, 14)
    return y - 14


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, unit, qty, cost, discount = item
    parts = wrap_words(name, font, SIZE, GRID.width(2))
    cells = [[f"{n}."], [code], parts, [unit], [lv_number(qty, 3, group=False)], [price(cost)]]
    cells += [[discount], [money(FIELDS.amount(item))]]
    height = 4 + LINE_H * len(parts)
    GRID.framed(c, y, cells, font, height)
    return y - height


def _totals(c: Canvas, y: float, font: str, bold: str) -> float:
    rows = [
        ("Summa bez PVN:", money(FIELDS.total(ITEMS)), font),
        ("PVN 0 % (preču imports: PVN maksā muitā):", money(0), font),
        ("Kopā apmaksai, EUR:", money(FIELDS.total(ITEMS)), bold),
    ]
    for k, (label, value, face) in enumerate(rows):
        base = y - 13 - 12 * k
        draw.text(c, GRID.edges[7] - 6, base, label, face, 8.5, "right")
        draw.text(c, RIGHT - 2.5, base, value, face, 8.5, "right")
    y -= 13 + 12 * len(rows) + 6
    draw.text(c, LEFT, y, f"Summa vārdiem: {IN_WORDS}", font, 8)
    y -= 20
    draw.text(c, LEFT, y, "Piezīmes:", bold, 8)
    notes = [
        "1. Rēķinā, pavadzīmē un uz katra iepakojuma norādīt mūsu pasūtījuma numuru.",
        "2. Kravai pievienot izcelsmes sertifikātu (Form A) un iepakojuma sarakstu.",
        "3. Preces pieņem darba dienās no 8:00 līdz 16:00, ierašanās laiku iepriekš saskaņojot.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 10 * k, value, font, 7.5)
    y -= 11 + 10 * len(notes) + 24
    draw.text(c, LEFT, y, "Sagatavoja:", font, 8)
    draw.text(c, LEFT + 56, y, "Ilze Bērziņa", font, 8)
    draw.text(c, LEFT + 280, y, "Apstiprināja:", font, 8)
    draw.text(c, LEFT + 344, y, "Andris Kalniņš, valdes loceklis", font, 8)
    c.setLineWidth(0.4)
    c.line(LEFT + 56, y - 16, LEFT + 220, y - 16)
    c.line(LEFT + 344, y - 16, RIGHT, y - 16)
    draw.text(c, LEFT + 56, y - 24, "(paraksts)", font, 6)
    draw.text(c, LEFT + 344, y - 24, "(paraksts)", font, 6)
    draw.text(c, LEFT + 280, y - 40, "Z. v.", font, 8)
    return y - 40


def _foot(c: Canvas, page: int, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 30, "Tildes Jumis · izdrukāts 21.12.2026. 10:42", font, 6.5)
    draw.text(c, RIGHT, 30, f"Lapa {page} no {PAGES}", font, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font, bold = fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Pasūtījums piegādātājam {PO}")
    c.setAuthor(BUYER)
    c.setCreator("Tildes Jumis")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _head(c, font, bold) if page == 1 else _short_head(c, font, bold)
        y = _thead(c, y, bold)
        for n, item in enumerate(chunk, start=1 + (FIRST if page == 2 else 0)):
            y = _item(c, y, n, item, font)
        if page == PAGES:
            y = _totals(c, y, font, bold)
        if y < 50:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, page, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
