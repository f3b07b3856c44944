"""Unseen layout: a Vysočina hydraulic-cylinder maker's Objednávka from Stormware POHODA, in CZK, 2 pages.

Hydrotech Žďár s.r.o. keeps its books and purchasing in POHODA and sends issued orders (agenda Vydané
objednávky) printed with POHODA's standard form "Objednávka" and saved to PDF. What it prints (embedded
DejaVu Sans: ř, ě, ů, č are not in the PDF base fonts' encoding): the company name top left and OBJEDNÁVKA
č. 26OV00412 top right in one bold run (number series 26OV: year and agenda); two framed boxes side by
side, Odběratel: (the company itself, with IČ, DIČ, the Obchodní rejstřík line and its bank account) and
Dodavatel: (us, with our address, Čína and our DIČ); under them Datum vystavení 16.12.2026, Termín
dodání 29.01.2027, Platební podmínky (převodním příkazem, splatnost 60 dní), Způsob dopravy, Dodací
podmínky (FCA Shanghai, Incoterms 2020) on the left and Místo určení (the central store: its name, the
street, the postcode and town) on the right; Vyřizuje with a telephone and an e-mail; the sentence
"Na základě Vaší nabídky č. ... ze dne ... u Vás objednáváme:"; then POHODA's item table ruled under its
head Kód | Označení dodávky | Počet m.j. | Cena za m.j. | Sleva | Celkem: the buyer's stock codes
(HT-101204), Czech descriptions wrapped inside their column, quantity and unit in one cell (1 000 ks,
37,5 kg, 250 m, 120 kpl, 40 bal), Czech numbers with no-break spaces between thousands and decimal
commas (1 245,00), the line's discount as a percentage (5 %, 3 %, empty on most) and Celkem after it; one
smaller grey item note (Dle výkresu ...); 18 items, 14 on page 1; page 2 opens with Objednávka č.
26OV00412 – pokračování and the head again; the summary Celkem bez DPH and Celkem k úhradě ... Kč (no
VAT on an import from outside the EU: přenesení daňové povinnosti at customs), notes, Vystavil and Razítko
a podpis; POHODA's footer line on every page (Vytištěno z ekonomického systému POHODA) with Strana 1/2.

Truth: the PO number 26OV00412; the order date Datum vystavení; the requested delivery date Termín dodání
(29.01.2027); the currency CZK (Kč); the buyer Hydrotech Žďár s.r.o.; the supplier the Dodavatel box's
company (us); the ship-to address Místo určení's street and town lines joined with ", "; the payment
terms Platební podmínky; the total Celkem k úhradě; per line the part number Kód, the description
Označení dodávky (its wrapped lines joined with a space, the grey note left out), the quantity and the unit
from Počet m.j., the unit price Cena za m.j. (before the discount) and the amount Celkem (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from bench.extraction.layouts.zakaz_1c_ru import fonts
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Objednavka_26OV00412.pdf"
BUYER = "Hydrotech Žďár s.r.o."
PO = "26OV00412"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 1, 29)
SHIP_LINES = ["Hydrotech Žďár s.r.o. – centrální sklad", "Průmyslová 2041", "594 01 Velké Meziříčí"]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "převodním příkazem, splatnost 60 dní"
NBSP = "\u00a0"
CENT = Decimal("0.01")
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 40.0, draw.PAGE_WIDTH - 40.0
GREY = (0.4, 0.4, 0.4)
# Kód, Označení dodávky, quantity, unit, Cena za m.j., Sleva %, note under the item
ITEMS = [
    ("HT-101204", "Těsnění pístu DBM 63×48×6,3 PU/POM", "600", "ks", "48.90", "0", None),
    ("HT-101209", "Těsnění pístu DBM 80×65×6,3 PU/POM", "400", "ks", "56.40", "0", None),
    ("HT-102115", "Stírací kroužek A1 40×48×5/6,5 PU", "1000", "ks", "12.85", "5", None),
    ("HT-102120", "Stírací kroužek A1 50×58×5/6,5 PU", "800", "ks", "14.20", "5", None),
    ("HT-103040", "O-kroužek 85×3 NBR 70 Shore", "3000", "ks", "2.35", "0", None),
    (
        "HT-104512",
        "Vodicí pouzdro bronzové CuSn8 Ø40/Ø50×40 s mazací drážkou, lisované do hlavy válce",
        "300",
        "ks",
        "186.00",
        "0",
        None,
    ),
    (
        "HT-105001",
        "Pístnice chromovaná Ø40 f7, ocel 42CrMo4, tvrdochrom 25 µm, délka 1 000 mm",
        "120",
        "ks",
        "1245.00",
        "3",
        "Dle výkresu HT-3-0412, revize C",
    ),
    ("HT-105014", "Trubka honovaná Ø63 H8 × 75, E355+SR", "250", "m", "812.50", "3", None),
    ("HT-106220", "Oko kloubové s ložiskem GE25 pro M24×2", "160", "ks", "398.00", "0", None),
    ("HT-106231", "Čep oka kalený Ø25×90 s pojistkami", "160", "ks", "142.60", "0", None),
    ("HT-107300", "Sada těsnění válce 63/40 kompletní", "120", "kpl", "684.00", "5", None),
    ("HT-108015", "Šroub s vnitřním šestihranem M12×40 12.9 DIN 912", "2000", "ks", "6.48", "0", None),
    ("HT-108022", "Podložka pérová 12 DIN 127 pozinkovaná", "2000", "ks", "0.74", "0", None),
    ("HT-109101", "Šroubení přímé GE16LR-M22×1,5 ocel, pozink", "500", "ks", "58.30", "0", None),
    ("HT-109140", "Hadice vysokotlaká 2SN DN12, role 50 m", "250", "m", "96.80", "0", None),
    ("HT-110005", "Mazací tuk lithný EP2, kbelík 18 kg", "37.5", "kg", "148.00", "0", None),
    ("HT-110210", "Ochranné krytky PE na závity M22×1,5 (balení 100 ks)", "40", "bal", "215.00", "0", None),
    ("HT-111001", "Paleta exportní EPAL fumigovaná (ISPM 15)", "24", "ks", "390.00", "0", None),
]
COLS = [  # title, left or right edge from LEFT, align
    ("Kód", 0, "l"),
    ("Označení dodávky", 64, "l"),
    ("Počet m.j.", 330, "r"),
    ("Cena za m.j.", 398, "r"),
    ("Sleva", 436, "r"),
    ("Celkem", RIGHT - LEFT, "r"),
]
DESC_WIDTH = 200.0
FIRST_PAGE = 14


def cz(value: Decimal | str, places: int = 2) -> str:
    """A Czech number as POHODA prints it: 1 245,00 (a no-break space between thousands)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", NBSP).replace(".", ",")


def money(value: Decimal) -> str:
    """The amounts as the page's text reads with its spaces made plain: 1 245,00."""
    return cz(value).replace(NBSP, " ")


def cz_qty(qty: str) -> str:
    value = Decimal(qty)
    return cz(value, 0) if value == value.to_integral_value() else cz(value, 1)


def cz_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


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
        currency="CZK",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _top(c, page: int) -> float:
    _, bold = fonts()
    top = HEIGHT - 40
    draw.text(c, LEFT, top, BUYER, bold, 13)
    title = f"OBJEDNÁVKA č. {PO}" if page == 1 else f"Objednávka č. {PO} – pokračování"
    draw.text(c, RIGHT, top, title, bold, 13 if page == 1 else 10, "right")
    c.setLineWidth(1.2)
    c.line(LEFT, top - 8, RIGHT, top - 8)
    return top - 22


def _boxes(c, y: float) -> float:
    font, bold = fonts()
    half = (RIGHT - LEFT) / 2
    left = [
        BUYER,
        "Jihlavská 1580/12",
        "591 01 Žďár nad Sázavou",
        "IČ: 26954128    DIČ: CZ26954128",
        "Zapsáno v OR u KS v Brně, oddíl C, vložka 45781",
        "Bankovní spojení: Komerční banka, a.s.",
        "Číslo účtu: 115-4528710237/0100",
    ]
    right = [
        OUR_NAME_EN,
        "No. 88 Huoju Road, Suzhou New District",
        "215163 Suzhou, Jiangsu",
        "Čína",
        "DIČ: CN91320505MA1X8Q2Y3K",
    ]
    height = 104.0
    c.setLineWidth(0.6)
    c.rect(LEFT, y - height, half - 6, height)
    c.rect(LEFT + half + 6, y - height, half - 6, height)
    for x, label, lines in ((LEFT, "Odběratel:", left), (LEFT + half + 6, "Dodavatel:", right)):
        draw.text(c, x + 6, y - 12, label, bold, 8)
        for k, value in enumerate(lines):
            draw.text(c, x + 10, y - 27 - 11 * k, value, bold if k == 0 else font, 8.5 if k == 0 else 7.5)
    y -= height + 16
    fields = [
        ("Datum vystavení:", cz_date(ORDER_DATE)),
        ("Termín dodání:", cz_date(DELIVERY)),
        ("Platební podmínky:", TERMS),
        ("Způsob dopravy:", "námořní + kamion"),
        ("Dodací podmínky:", "FCA Shanghai (Incoterms 2020)"),
    ]
    for k, (label, value) in enumerate(fields):
        draw.text(c, LEFT, y - 11 * k, label, font, 8)
        draw.text(c, LEFT + 90, y - 11 * k, value, bold if k < 2 else font, 8)
    draw.text(c, LEFT + half + 6, y, "Místo určení:", font, 8)
    for k, value in enumerate(SHIP_LINES):
        draw.text(c, LEFT + half + 70, y - 11 * k, value, font, 8)
    y -= 11 * len(fields) + 8
    draw.text(
        c,
        LEFT,
        y,
        "Vyřizuje: Ing. Petra Nováková, tel.: +420 566 628 411, e-mail: novakova@hydrotech-zdar.cz",
        font,
        7.5,
    )
    y -= 20
    draw.text(
        c, LEFT, y, "Na základě Vaší nabídky č. QH-Q26-1187 ze dne 02.12.2026 u Vás objednáváme:", font, 8.5
    )
    return y - 16


def _heads(c, y: float) -> float:
    _, bold = fonts()
    for title, x, align in COLS:
        draw.text(c, LEFT + x, y, title, bold, 8, "right" if align == "r" else "left")
    c.setLineWidth(0.8)
    c.line(LEFT, y - 5, RIGHT, y - 5)
    return y - 18


def _item(c, y: float, item: tuple) -> float:
    font, _ = fonts()
    code, name, qty, unit, price, discount, note = item
    parts = wrap_words(name, font, 8, DESC_WIDTH)
    draw.text(c, LEFT, y, code, font, 8)
    draw.text(c, LEFT + 330, y, f"{cz_qty(qty)} {unit}", font, 8, "right")
    draw.text(c, LEFT + 398, y, cz(price), font, 8, "right")
    if discount != "0":
        draw.text(c, LEFT + 436, y, f"{discount} %", font, 8, "right")
    draw.text(c, RIGHT, y, cz(line_total(item)), font, 8, "right")
    for k, part in enumerate(parts):
        draw.text(c, LEFT + 64, y - 10 * k, part, font, 8)
    y -= 10 * (len(parts) - 1)
    if note:
        y -= 9
        c.setFillColorRGB(*GREY)
        draw.text(c, LEFT + 64, y, note, font, 6.5)
        c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.2)
    c.setDash(1, 2)
    c.line(LEFT, y - 4, RIGHT, y - 4)
    c.setDash()
    return y - 15


def _end(c, y: float) -> None:
    font, bold = fonts()
    c.setLineWidth(0.8)
    c.line(LEFT, y + 6, RIGHT, y + 6)
    draw.text(c, LEFT + 300, y - 8, "Celkem bez DPH", font, 8.5)
    draw.text(c, RIGHT, y - 8, f"{cz(total())} Kč", font, 8.5, "right")
    draw.text(c, LEFT + 300, y - 20, "DPH (dovoz ze třetí země)", font, 8.5)
    draw.text(c, RIGHT, y - 20, "0,00 Kč", font, 8.5, "right")
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(LEFT + 296, y - 40, RIGHT - LEFT - 296, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, LEFT + 300, y - 36, "Celkem k úhradě", bold, 10)
    draw.text(c, RIGHT - 2, y - 36, f"{cz(total())} Kč", bold, 10, "right")
    notes = [
        "Objednávku prosím potvrďte do 3 pracovních dnů na e-mail novakova@hydrotech-zdar.cz.",
        "Na faktuře, dodacím listu a balení uvádějte číslo naší objednávky.",
        "K dodávce přiložte materiálové atesty 3.1 dle EN 10204 a prohlášení o původu zboží.",
    ]
    y -= 66
    draw.text(c, LEFT, y, "Poznámka:", bold, 8)
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 12 - 11 * k, value, font, 8)
    y -= 80
    draw.text(c, LEFT, y, "Vystavil: Ing. Petra Nováková", font, 8)
    draw.text(c, LEFT + 300, y, "Razítko a podpis:", font, 8)
    c.setLineWidth(0.4)
    c.line(LEFT + 370, y - 2, RIGHT, y - 2)


def _foot(c, page: int, pages: int) -> None:
    font, _ = fonts()
    c.setLineWidth(0.3)
    c.line(LEFT, 38, RIGHT, 38)
    c.setFillColorRGB(*GREY)
    draw.text(c, LEFT, 28, "Vytištěno z ekonomického systému POHODA", font, 6.5)
    draw.text(c, RIGHT, 28, f"Strana {page}/{pages}", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Objednávka {PO}")
    chunks = [list(range(FIRST_PAGE)), list(range(FIRST_PAGE, len(ITEMS)))]
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        y = _top(c, page)
        if page == 1:
            y = _boxes(c, y)
        y = _heads(c, y)
        for index in chunk:
            y = _item(c, y, ITEMS[index])
        if page == len(chunks):
            _end(c, y)
        _foot(c, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
