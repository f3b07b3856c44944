"""Unseen layout: an Ashgabat textile-machinery service firm's Üpjün edijä sargyt in Turkmen, USD, 1 page.

«Köpetdag Tehniki Hyzmat» HJ keeps the spinning and weaving lines of the state textile complexes running and
buys its spares from China with 1C:Kärhana (1C:Enterprise in its Turkmen-language build, the bookkeeping
most Ashgabat firms run); the purchasing clerk prints the 1C order form "Üpjün edijä sargyt" (A4 portrait,
Turkmen Latin script with ä, ç, ň, ş, ý, ž: DejaVu Sans embedded) and saves it under the form's name and
number (Sargyt KT-000418.pdf). What it prints: the title line Üpjün edijä sargyt № KT-000418 16-njy dekabr
2026 ý. over a heavy rule; Üpjün ediji: (us, address, bank) and Sargyt ediji: (the firm with its SHB
salgyt belgisi, Aşgabat address, phone) as label | value rows; a strip of Sargyt senesi 16.12.2026 /
Getirmeli möhleti 25.02.2027 / Töleg şertleri / Walýuta ABŞ dollary; Eltip bermeli salgysy across; a ruled
table with two-line captions № | Haryt kody (KT-PD-6205) | Harydyň ady (wrapped at words) | Ölçeg
birligi (sany, toplum, kg, metr, gutu) | Mukdary (1 500; 62,5) | Bahasy, USD (0,3650) | Arzanladyş, % (5 on
four lines) | Jemi, USD after it (space-grouped thousands, a decimal comma); 17 lines; Jemi:, Şol sanda
GBS (0%): (imported: paid at the customs), Jemi tölemeli:; Jemi 17 at, 31 … USD möçberinde; the sum in
Turkmen words; Bellik 1-3; Ýolbaşçy / Baş hasapçy / Jogapkär with lines; a foot with the page.

Truth: the PO number №; the order date Sargyt senesi; the requested delivery date Getirmeli möhleti; the
currency USD; the buyer the firm; the supplier Üpjün ediji (us); the ship-to address Eltip bermeli
salgysy; the payment terms Töleg şertleri; the total Jemi tölemeli; per line the part number Haryt kody,
the description (its lines joined with a space), the unit, the quantity, the unit price Bahasy (before the
Arzanladyş) and the amount Jemi (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts import zakaz_1c_ru
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Sargyt KT-000418.pdf"
BUYER = "«Köpetdag Tehniki Hyzmat» HJ"
PO = "KT-000418"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 2, 25)
ADDRESS = "Aşgabat ş., Büzmeýin etraby, Senagat zolagy, 7-nji ammar, Türkmenistan"
TERMS = "30% öňünden, galany ýük gümrükde resmileşdirilenden soň 15 günde"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 30.0, A4[0] - 30.0
# Haryt kody, Harydyň ady, Ölçeg birligi, Mukdary, Bahasy (USD), Arzanladyş (%)
ITEMS = [
    ("KT-PD-6205", "Podşipnik 6205-2RS C3", "sany", "1500", "1.18", ""),
    (
        "KT-PD-6308",
        "Podşipnik 6308-ZZ C3 (iplik egriji maşynyň hereketlendirijisi üçin)",
        "sany",
        "400",
        "3.46",
        "",
    ),
    ("KT-PD-NJ210", "Silindrik podşipnik NJ 210 ECP", "sany", "120", "14.80", "5"),
    ("KT-RH-3525", "Rezin halka 35x2,5 NBR", "sany", "3000", "0.3650", ""),
    ("KT-GS-1120", "Dişli guşak HTD 1120-8M-30 (darak maşyny üçin)", "sany", "60", "18.40", "5"),
    ("KT-GS-A1250", "Ponasly guşak A-1250 Lw", "sany", "200", "2.95", ""),
    ("KT-ZN-08B1", "Zynjyr 08B-1, 5 m rulon", "toplum", "40", "22.60", ""),
    ("KT-IG-0412", "Örme iňňesi Vo 141.52 G04 (gutuda 100 sany)", "gutu", "250", "16.75", ""),
    ("KT-IG-0638", "Tikiş maşyny iňňesi DBx1 Nm 110, gutuda 100 sany", "gutu", "180", "4.20", ""),
    (
        "KT-WL-0250",
        "Rezin örtükli wal, Ø25 mm, uzynlygy 250 mm, egriji maşyn üçin ýygnalan görnüşde",
        "sany",
        "90",
        "38.50",
        "5",
    ),
    ("KT-SR-0024", "Datçik induktiw M18, 24 V DC, PNP", "sany", "75", "12.90", ""),
    ("KT-EL-4011", "Elektrik motor 0,75 kW 1400 aý/min, 380 V", "sany", "16", "96.00", "5"),
    ("KT-BL-1250", "Bolt M12x50 8.8 sink örtükli, hozly we şaýbaly", "toplum", "2000", "0.42", ""),
    ("KT-PL-0020", "Polat list 20 mm, 09G2S", "kg", "1250.5", "1.16", ""),
    ("KT-ŞL-0012", "Pnewmatik şlang Ø12 mm PU", "metr", "62.5", "1.84", ""),
    ("KT-ÝG-0046", "Ýag süzgüji HF 46, gidrawlika üçin", "sany", "48", "9.35", ""),
    ("KT-ÇT-0180", "Çotga toplumy, ýuwujy maşyn üçin (6 bölekli)", "toplum", "30", "27.40", ""),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("№",), 18, "c"),
        Column(("Haryt", "kody"), 62, "l"),
        Column(("Harydyň ady",), 0, "l"),
        Column(("Ölçeg", "birligi"), 40, "c"),
        Column(("Mukdary",), 48, "r"),
        Column(("Bahasy,", "USD"), 48, "r"),
        Column(("Arzanladyş,", "%"), 50, "r"),
        Column(("Jemi,", "USD"), 60, "r"),
    ],
    size=7.5,
    line_h=9.5,
)
MONTHS = ("ýanwar", "fewral", "mart", "aprel", "maý", "iýun")
MONTHS += ("iýul", "awgust", "sentýabr", "oktýabr", "noýabr", "dekabr")
ONES = ("", "bir", "iki", "üç", "dört", "bäş", "alty", "ýedi", "sekiz", "dokuz")
TENS = ("", "on", "ýigrimi", "otuz", "kyrk", "elli", "altmyş", "ýetmiş", "segsen", "togsan")


def money(value: Decimal | str, places: int = 2) -> str:
    """31 234,56: a space groups thousands and a comma parts the decimals, as 1C prints them in Turkmen."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",")


def number(value: str) -> str:
    """Mukdary and Bahasy as keyed: 1 500, 62,5, 0,3650."""
    places = len(value.partition(".")[2])
    return money(value, places)


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    head = "" if not hundreds else "ýüz" if hundreds == 1 else f"{ONES[hundreds]} ýüz"
    return " ".join(part for part in (head, TENS[tens], ONES[ones]) if part)


def in_words(amount: Decimal) -> str:
    """31456.78 -> Otuz bir müň dört ýüz elli alty ABŞ dollary 78 sent (below a million)."""
    whole, cents = divmod(int(amount * 100), 100)
    thousands, rest = divmod(whole, 1000)
    head = "" if not thousands else "müň" if thousands == 1 else f"{_below_thousand(thousands)} müň"
    words = " ".join(part for part in (head, _below_thousand(rest)) if part)
    return f"{words[:1].upper()}{words[1:]} ABŞ dollary {cents:02d} sent"


def tm_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def long_date(day: dt.date) -> str:
    """16-njy dekabr 2026 ý. (1C's date in the title; -njy / -nji by the vowel harmony of the day)."""
    ending = "njy" if day.day % 10 in (6, 9) or day.day in (10, 30) else "nji"
    return f"{day.day}-{ending} {MONTHS[day.month - 1]} {day.year} ý."


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


def _head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, f"Üpjün edijä sargyt № {PO}, {long_date(ORDER_DATE)}", bold, 13)
    c.setLineWidth(1.5)
    c.line(LEFT, top - 7, RIGHT, top - 7)
    parties = [
        (
            "Üpjün ediji:",
            f"{OUR_NAME_EN}, No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu, Hytaý, "
            "Bank of China Suzhou Branch, SWIFT BKCHCNBJ95E",
        ),
        (
            "Sargyt ediji:",
            f"{BUYER}, SHB 101418004182, Aşgabat ş., Görogly köçesi, 418-nji jaý, "
            "tel.: +993 12 41-84-18, e-poçta: satynalys@kopetdag-th.tm",
        ),
    ]
    y = top - 24
    for label, value in parties:
        draw.text(c, LEFT, y, label, font, 8)
        for k, part in enumerate(wrap_words(value, bold, 8, RIGHT - LEFT - 70)):
            draw.text(c, LEFT + 70, y - 10 * k, part, bold, 8)
            last = k
        y -= 10 * last + 16
    strip = [
        ("Sargyt senesi:", tm_date(ORDER_DATE)),
        ("Getirmeli möhleti:", tm_date(DELIVERY)),
        ("Walýuta:", "ABŞ dollary (USD)"),
        ("Töleg şertleri:", TERMS),
        ("Eltip bermeli salgysy:", ADDRESS),
        ("Eltip bermek şerti:", "CPT Aşgabat (Incoterms 2020), Hytaý - Gazagystan - Türkmenistan demir ýoly"),
    ]
    for label, value in strip:
        draw.text(c, LEFT, y, label, font, 8)
        draw.text(c, LEFT + 100, y, value, font, 8)
        y -= 11
    return y - 4


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, unit, qty, price, discount = item
    cells = [
        [f"{n}"],
        [code],
        wrap_words(name, font, GRID.size, GRID.width(2)),
        [unit],
        [number(qty)],
        [number(price) if len(price.partition(".")[2]) > 2 else money(price)],
        [discount],
        [money(FIELDS.amount(item))],
    ]
    return GRID.row(c, y, cells, font)


def _end(c: Canvas, y: float, font: str, bold: str) -> float:
    rows = [("Jemi:", money(total()), bold), ("Şol sanda GBS (0%):", "0,00", font)]
    rows.append(("Jemi tölemeli:", money(total()), bold))
    for k, (label, value, face) in enumerate(rows):
        base = y - 11 - 11 * k
        draw.text(c, GRID.edges[7] - 6, base, label, face, 8.5, "right")
        draw.text(c, RIGHT - 2.5, base, value, face, 8.5, "right")
    y -= 11 * len(rows) + 14
    draw.text(c, LEFT, y, f"Jemi {len(ITEMS)} at, {money(total())} USD möçberinde", font, 8.5)
    draw.text(c, LEFT, y - 12, in_words(total()), bold, 8.5)
    c.setLineWidth(1.5)
    c.line(LEFT, y - 18, RIGHT, y - 18)
    y -= 32
    draw.text(c, LEFT, y, "Bellik:", bold, 8)
    notes = [
        "1. Sargydyň belgisini hasap-fakturada, gaplama sanawynda we her ýeşikde görkezmeli.",
        "2. Gelip çykyş şahadatnamasy (CT-1 ýa-da Form A) we hasap-faktura ýük bilen bile iberilmeli.",
        "3. Harytlar täze bolmaly, zawod gaplamasynda; kepillik möhleti 12 aýdan az bolmaly däl.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 10 * k, value, font, 7.5)
    y -= 11 + 10 * len(notes) + 30
    third = (RIGHT - LEFT) / 3
    c.setLineWidth(0.4)
    for k, (role, name) in enumerate(
        (("Ýolbaşçy", "Ataýew B."), ("Baş hasapçy", "Orazowa G."), ("Jogapkär", "Nurmyradow D."))
    ):
        x = LEFT + third * k
        draw.text(c, x, y, role, bold, 8)
        c.line(x + 58, y - 1, x + third - 14, y - 1)
        draw.text(c, x + third - 14, y - 11, name, font, 7.5, "right")
    return y - 14


def render() -> bytes:
    font, bold = zakaz_1c_ru.fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Sargyt {PO}")
    c.setAuthor("Nurmyradow D.")
    c.setCreator("1C:Kärhana 8.3")
    y = GRID.head(c, _head(c, font, bold), bold, grey=0.88, lines=2)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _end(c, y, font, bold) < 50:
        raise AssertionError("the order runs into its foot")
    draw.text(c, RIGHT, 28, "Sahypa 1 / 1", font, 7, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
