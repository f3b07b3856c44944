"""Unseen layout: a Győr drive-technology maker's Kulcs-Ügyvitel Megrendelés (Hungarian), EUR, 2 pages.

Kisalföldi Hajtástechnika Kft. keeps its books and purchasing in Kulcs-Soft's Kulcs-Ügyvitel and sends
foreign suppliers the megrendelés (order to a supplier) as the PDF the program prints. What it prints: the
company block top left (address, Adószám and EU adószám, Bankszámlaszám, phone and e-mail) and MEGRENDELÉS
top right with Sorszám: MSZ-2026-00318 under it; two framed boxes Megrendelő (the buyer) | Szállító (us,
Kína); a strip of ruled label-over-value boxes: Kelt 2026.12.18. (Hungarian dates: year first, dots, a
trailing dot), Szállítási határidő 2027.01.29., Fizetési feltétel Átutalás, számla kelte + 60 nap, Pénznem
EUR, Paritás FCA Shanghai; Szállítási cím in one line (the warehouse's name, then postcode, town and
street); Tisztelt Partnerünk! ... megrendeljük:; the ruled table Ssz. | Cikkszám | Megnevezés (wrapped by
word) | Mennyiség | Me. (db, tek., l, kg) | Egységár | Kedv. % | Nettó érték | ÁFA | Bruttó érték:
Hungarian numbers with a space between thousands and a decimal comma (1 000, 37,5, 1 664,40), prices with
two decimals or as many as entered (0,385; 0,042), Kedv. % on two lines with the values after it, the VAT
key AHK (outside the scope of Hungarian VAT: an import) so Bruttó = Nettó; DejaVu Sans for ő, ű, á; 16
lines, 13 on page 1 closed by an Átvitel (carried forward) row with the running Nettó and Bruttó, page 2
opening with the head line and an Áthozat row; Nettó összesen / ÁFA összesen (AHK) 0,00 / Bruttó összesen
... EUR and Azaz: the total in Hungarian words; Megjegyzés; Győr, 2026. december 18. with the signature
line; the foot Kulcs-Ügyvitel and Oldal: n/2.

Truth: the PO number Sorszám (MSZ-2026-00318); the order date Kelt; the requested delivery date
Szállítási határidő; the currency EUR (Pénznem); the buyer the company; the supplier Szállító (us); the
ship-to address Szállítási cím after the warehouse's name (postcode, town, street); the payment terms
Fizetési feltétel; the total Bruttó összesen (= Nettó: AHK); per line the part number Cikkszám, the
description Megnevezés (its wrapped lines joined with a space), the quantity Mennyiség, the unit Me., the
unit price Egységár (before the Kedv. %) and the amount Nettó érték (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Megrendelés MSZ-2026-00318.pdf"
BUYER = "Kisalföldi Hajtástechnika Kft."
PO = "MSZ-2026-00318"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 1, 29)
ADDRESS = "9027 Győr, Juharos utca 12."
SHIP_NAME = "Kisalföldi Hajtástechnika Kft. – Központi raktár"
TERMS = "Átutalás, számla kelte + 60 nap"
CENT = Decimal("0.01")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 36.0, draw.PAGE_WIDTH - 36.0
MONTHS = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
]
# Cikkszám, Megnevezés, Mennyiség, Me., Egységár, Kedv. %
ITEMS = [
    ("HT-10205", "Mélyhornyú golyóscsapágy 6205-2RS C3", "1000", "db", "0.92", "0"),
    ("HT-10306", "Mélyhornyú golyóscsapágy 6306-2Z C3", "400", "db", "3.18", "0"),
    ("HT-11206", "Hengergörgős csapágy NU 2206 ECP", "120", "db", "14.60", "5"),
    ("HT-20081", "Görgőslánc 08B-1 (DIN 8187), 5 m-es tekercs", "60", "tek.", "21.40", "0"),
    ("HT-20082", "Lánczár 08B-1 összekötő szem", "500", "db", "0.385", "0"),
    (
        "HT-21019",
        "Lánckerék 08B-1 Z=19, agyas, furat Ø25 H7, reteszhoronnyal és hernyócsavarral",
        "150",
        "db",
        "8.75",
        "0",
    ),
    ("HT-30024", "Tengelykapcsoló csillag ROTEX 24, 98 ShA, sárga", "300", "db", "2.64", "0"),
    ("HT-31250", "Ékszíj SPZ 1250 Lw", "250", "db", "3.95", "0"),
    ("HT-40352", "Szimmering (tengelytömítő gyűrű) 35×52×7 NBR, rugós", "2000", "db", "0.215", "0"),
    ("HT-41030", "Seeger-gyűrű DIN 471 Ø30, rugóacél, foszfátozott", "5000", "db", "0.042", "0"),
    ("HT-42874", "Retesz DIN 6885 A 8×7×40 C45", "3000", "db", "0.118", "0"),
    ("HT-50050", "Csigahajtómű NMRV 050, i=30, B3, 71B14 motorkarimával", "40", "db", "86.50", "3"),
    ("HT-51010", "Fogaskerék egyenes fogazású m2 Z=40, C45, fogfelület edzett", "80", "db", "17.20", "0"),
    ("HT-60320", "Hajtóműolaj szintetikus ISO VG 320 (20 l-es kannákban)", "200", "l", "6.85", "0"),
    ("HT-70011", "Hézagoló alátét DIN 988 30×42×0,5, ömlesztve", "37.5", "kg", "12.40", "0"),
    ("HT-90001", "Exportraklap EUR, ISPM 15 kezelt", "12", "db", "15.50", "0"),
]
COLS = [  # title, left edge from LEFT, width, align
    ("Ssz.", 0, 20, "c"),
    ("Cikkszám", 20, 50, "l"),
    ("Megnevezés", 70, 152, "l"),
    ("Mennyiség", 222, 46, "r"),
    ("Me.", 268, 24, "c"),
    ("Egységár", 292, 44, "r"),
    ("Kedv. %", 336, 36, "r"),
    ("Nettó érték", 372, 58, "r"),
    ("ÁFA", 430, 26, "c"),
    ("Bruttó érték", 456, RIGHT - LEFT - 456, "r"),
]
SIZE = 7.5
FIRST_PAGE = 13


def fonts() -> tuple[str, str]:
    """DejaVu Sans (ő and ű are not in the PDF base fonts' encoding), embedded as a subset."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))
    return FONT, BOLD


def hu(value: Decimal | str, places: int = 2) -> str:
    """A Hungarian number: a space between thousands, a decimal comma (1 664,40)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def money(value: Decimal) -> str:
    return hu(value)


def price(value: str) -> str:
    """Kulcs prints a price with two decimals, or as many as it was entered with (0,385)."""
    return hu(value, max(2, -Decimal(value).normalize().as_tuple().exponent))


def qty(value: str) -> str:
    """A quantity as entered: 1 000, 37,5."""
    places = max(0, -Decimal(value).normalize().as_tuple().exponent)
    return hu(value, places)


def hu_date(day: dt.date) -> str:
    return f"{day.year}.{day.month:02d}.{day.day:02d}."


_ONES = ["", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
_TENS = ["", "tíz", "húsz", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]
_TENS_ON = ["", "tizen", "huszon", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]


def _below_thousand(n: int, before: bool = False) -> str:
    """1..999 in words; ``before`` a multiplier (két before ezer, not kettő)."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += ("" if hundreds == 1 else "két" if hundreds == 2 else _ONES[hundreds]) + "száz"
    last = "két" if (ones == 2 and before) else _ONES[ones]
    if tens:
        out += _TENS_ON[tens] + last if ones else _TENS[tens]
    else:
        out += last
    return out


def words(value: Decimal) -> str:
    """The total as Hungarian invoices spell it: tizennyolcezer-négyszázhuszonöt euró 40 cent."""
    cents = int((value * 100).to_integral_value())
    whole, cent = divmod(cents, 100)
    if not 0 < whole < 1_000_000:
        raise ValueError("amounts from 1 to 999 999 are spelled here")
    thousands, rest = divmod(whole, 1000)
    text = ""
    if thousands:
        text = ("" if thousands == 1 else _below_thousand(thousands, before=True)) + "ezer"
        if rest:
            text += "-" if whole > 2000 else ""
    text += _below_thousand(rest)
    return f"{text} euró {cent:02d} cent"


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


def _company(c, top: float) -> None:
    draw.text(c, LEFT, top, BUYER, BOLD, 11)
    block = [
        "9027 Győr, Juharos utca 12.",
        "Adószám: 14587236-2-08 · EU adószám: HU14587236",
        "Bankszámlaszám: 10918001-00000087-45210007 (UniCredit)",
        "Tel.: +36 96 512 340 · beszerzes@kisalfoldi-hajtas.hu",
    ]
    for k, value in enumerate(block):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, FONT, 7.5)
    draw.text(c, RIGHT, top, "MEGRENDELÉS", BOLD, 17, "right")
    draw.text(c, RIGHT, top - 18, f"Sorszám: {PO}", BOLD, 9.5, "right")


def _parties(c, y: float) -> float:
    half = (RIGHT - LEFT) / 2
    boxes = [
        ("Megrendelő:", [BUYER, "9027 Győr, Juharos utca 12.", "Magyarország", "Adószám: 14587236-2-08"]),
        (
            "Szállító:",
            [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "Kína"],
        ),
    ]
    height = 62
    c.setLineWidth(0.6)
    for k, (title, lines) in enumerate(boxes):
        x = LEFT + k * (half + 4)
        c.rect(x, y - height, half - 4, height)
        draw.text(c, x + 5, y - 11, title, FONT, 7.5)
        for n, value in enumerate(lines):
            draw.text(c, x + 5, y - 24 - 11 * n, value, BOLD if n == 0 else FONT, 8.5)
    return y - height - 8


def _strip(c, y: float) -> float:
    boxes = [
        ("Kelt", hu_date(ORDER_DATE), 82),
        ("Szállítási határidő", hu_date(DELIVERY), 92),
        ("Fizetési feltétel", TERMS, 162),
        ("Pénznem", "EUR", 56),
        ("Paritás", "FCA Shanghai", RIGHT - LEFT - 392),
    ]
    height, x = 26, LEFT
    c.setLineWidth(0.6)
    for label, value, width in boxes:
        c.rect(x, y - height, width, height)
        draw.text(c, x + 4, y - 9, label, FONT, 6.5)
        draw.text(c, x + 4, y - 21, value, BOLD, 8.5)
        x += width
    y -= height + 14
    draw.text(c, LEFT, y, "Szállítási cím:", FONT, 8.5)
    draw.text(c, LEFT + 66, y, f"{SHIP_NAME}, {ADDRESS}", FONT, 8.5)
    y -= 12
    draw.text(c, LEFT, y, "Ügyintéző: Horváth Eszter · +36 96 512 347", FONT, 8.5)
    y -= 18
    draw.text(c, LEFT, y, "Tisztelt Partnerünk!", FONT, 8.5)
    y -= 11
    draw.text(c, LEFT, y, "QH-Q26-1218 számú ajánlata alapján az alábbi tételeket megrendeljük:", FONT, 8.5)
    return y - 10


def _table_head(c, y: float) -> float:
    height = 16
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(LEFT, y - height, RIGHT - LEFT, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for title, x, width, align in COLS:
        c.line(LEFT + x, y, LEFT + x, y - height)
        _cell(c, x, width, align, y - 11, title, BOLD, 6.5)
    return y - height


def _cell(c, x: float, width: float, align: str, base: float, value: str, font: str, size: float) -> None:
    if align == "r":
        draw.text(c, LEFT + x + width - 3, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, LEFT + x + width / 2, base, value, font, size, "center")
    else:
        draw.text(c, LEFT + x + 3, base, value, font, size)


def _item(c, y: float, n: int, item: tuple) -> float:
    code, name, quantity, unit, unit_price, discount = item
    parts = wrap_words(name, FONT, SIZE, COLS[2][2] - 6)
    height = 9 + 11 * len(parts)
    net = money(line_total(item))
    cells = [str(n), code, "", qty(quantity), unit, price(unit_price), hu(discount), net, "AHK", net]
    c.setLineWidth(0.4)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for (_, x, width, align), value in zip(COLS, cells, strict=True):
        c.line(LEFT + x, y, LEFT + x, y - height)
        if value:
            _cell(c, x, width, align, y - 12, value, FONT, SIZE)
    for k, part in enumerate(parts):
        _cell(c, COLS[2][1], COLS[2][2], "l", y - 12 - 11 * k, part, FONT, SIZE)
    return y - height


def _carry(c, y: float, label: str, value: Decimal) -> float:
    height = 15
    c.setLineWidth(0.6)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    _cell(c, COLS[2][1], 200, "l", y - 10.5, label, BOLD, SIZE)
    _cell(c, COLS[7][1], COLS[7][2], "r", y - 10.5, money(value), BOLD, SIZE)
    _cell(c, COLS[9][1], COLS[9][2], "r", y - 10.5, money(value), BOLD, SIZE)
    return y - height


def _end(c, y: float) -> None:
    x = LEFT + 300
    rows = [
        ("Nettó összesen:", f"{money(total())} EUR", FONT),
        ("ÁFA összesen (AHK):", "0,00 EUR", FONT),
        ("Bruttó összesen:", f"{money(total())} EUR", BOLD),
    ]
    y -= 14
    for k, (label, value, font) in enumerate(rows):
        draw.text(c, x, y - 12 * k, label, font, 9)
        draw.text(c, RIGHT, y - 12 * k, value, font, 9, "right")
    y -= 42
    draw.text(c, LEFT, y, f"Azaz: {words(total())}", FONT, 8.5)
    notes = [
        "Megjegyzés: A számlán és a szállítólevélen kérjük feltüntetni a megrendelés sorszámát.",
        "Anyagbizonylat (EN 10204 3.1) és származási bizonyítvány szállítmányonként szükséges.",
        "A megrendelés visszaigazolását 3 munkanapon belül kérjük e-mailben.",
    ]
    y -= 20
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 10 * k, value, FONT, 7.5)
    y -= 54
    draw.text(
        c, LEFT, y, f"Győr, {ORDER_DATE.year}. {MONTHS[ORDER_DATE.month - 1]} {ORDER_DATE.day}.", FONT, 8.5
    )
    c.setLineWidth(0.5)
    c.line(RIGHT - 170, y, RIGHT, y)
    draw.text(c, RIGHT - 85, y - 11, "Megrendelő aláírása (P.H.)", FONT, 7.5, "center")


def _foot(c, page: int, pages: int) -> None:
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    draw.text(c, LEFT, 30, "Készült a Kulcs-Ügyvitel programmal · Kulcs-Soft Nyrt.", FONT, 6.5)
    draw.text(c, RIGHT, 30, f"Oldal: {page}/{pages}", FONT, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    fonts()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Megrendelés {PO}")
    pages = 2
    running = sum((line_total(item) for item in ITEMS[:FIRST_PAGE]), Decimal(0))
    y = HEIGHT - 44
    _company(c, y)
    y = _table_head(c, _strip(c, _parties(c, y - 56)))
    for n, item in enumerate(ITEMS[:FIRST_PAGE], start=1):
        y = _item(c, y, n, item)
    y = _carry(c, y, "Átvitel:", running)
    if y < 50:
        raise AssertionError(f"page 1 runs into its foot ({y:.0f})")
    _foot(c, 1, pages)
    c.showPage()
    y = HEIGHT - 44
    draw.text(c, LEFT, y, BUYER, BOLD, 9.5)
    draw.text(c, RIGHT, y, f"Megrendelés {PO} – folytatás", BOLD, 9.5, "right")
    y = _carry(c, _table_head(c, y - 16), "Áthozat:", running)
    for n, item in enumerate(ITEMS[FIRST_PAGE:], start=FIRST_PAGE + 1):
        y = _item(c, y, n, item)
    _end(c, y)
    _foot(c, 2, pages)
    c.showPage()
    c.save()
    return buffer.getvalue()
