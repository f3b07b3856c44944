"""Unseen layout: a Seinäjoki machine-parts maker's Lemonsoft ostotilaus (Finnish), EUR, 2 pages.

Lakeuden Konetekniikka Oy (Seinäjoki, South Ostrobothnia) makes drives and frames for forest and farm
machinery and runs Lemonsoft (the Finnish ERP of many small manufacturers); its buyer prints the
ostotilaus (purchase order) with Lemonsoft's standard form to PDF and e-mails it. The form follows the
Finnish letter standard SFS 2487: the company name and address top left; the document's identifiers in
the right half: OSTOTILAUS with the page as 1 (2) at the right edge, then label / value rows Tilausnumero
41872, Päivämäärä 8.12.2026 (d.m.yyyy, no leading zeros), Toimittajanumero, Viitteenne (our quotation),
Viitteemme (the buyer); the supplier (us) in the window under a small Toimittaja, the country as Finns
write it (KIINA); a block of label / value rows: Toimitusosoite on three lines (the warehouse, the street,
postcode and town), Toimitusaika 5.2.2027 (vko 5) with the ISO week, Toimitusehto FCA Shanghai Incoterms
2020, Toimitustapa Merirahti, Maksuehto 60 pv netto, Valuutta EUR; a line table with a rule under the head
and one under the last line: Rivi | Tuotenumero (the buyer's codes, LK-104512) | Nimike (Finnish names,
wrapped by word) | Määrä (2 000; 37,5) | Yks (kpl, m, kg, pkt, sarja) | À-hinta (two decimals or as many
as entered: 0,385) | Ale % (5,0 and 3,0 on three lines) | Yhteensä after the discount; a grey
Toimittajan tuotenumero: QH-... line (our number) under some items; Finnish numbers with a no-break space
between thousands and a decimal comma; 21 lines, 17 on page 1, which ends with jatkuu ...; page 2 headed
by the company, OSTOTILAUS 2 (2), Tilausnumero and Päivämäärä, the table head again; Veroton yhteensä /
ALV 0 % (maahantuonti) / Yhteensä EUR; Lisätiedot; Ystävällisin terveisin and the buyer; the foot with
Y-tunnus, kotipaikka and IBAN on both pages.

Truth: the PO number Tilausnumero; the order date Päivämäärä; the requested delivery date Toimitusaika
(2027-02-05); the currency EUR; the buyer Lakeuden Konetekniikka Oy; the supplier (us); the ship-to
address Toimitusosoite's street and town lines joined with ", " (not the warehouse's name); the payment
terms Maksuehto; the total Yhteensä EUR; per line the part number Tuotenumero (not our number on the grey
line), the description Nimike (its wrapped lines joined with a space), the unit Yks, the quantity Määrä,
the unit price À-hinta (before the Ale %) and the amount Yhteensä (after it).
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

FILENAME = "Ostotilaus_41872.pdf"
BUYER = "Lakeuden Konetekniikka Oy"
PO = "41872"
ORDER_DATE = dt.date(2026, 12, 8)
DELIVERY = dt.date(2027, 2, 5)
SHIP_LINES = ["Lakeuden Konetekniikka Oy / Varasto 2", "Rengastie 7", "60120 Seinäjoki"]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "60 pv netto"
CENT = Decimal("0.01")
NBSP = "\u00a0"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 56.0, draw.PAGE_WIDTH - 40.0
MIDDLE = 297.0  # SFS 2487: the identifiers start at the page's fourth tab stop
# Tuotenumero, Nimike, Määrä, Yks, À-hinta, Ale %, the supplier's number on the grey line
ITEMS = [
    ("LK-104512", "Urakuulalaakeri 6205-2RS C3", "2000", "kpl", "1.18", "", "QH-6205-2RS"),
    ("LK-104530", "Urakuulalaakeri 6308-2Z C3", "400", "kpl", "5.95", "", "QH-6308-2Z"),
    ("LK-104611", "Laippalaakeriyksikkö UCF 206, valurautapesä", "300", "kpl", "9.40", "5", "QH-UCF206"),
    ("LK-210044", "Kuusiokoloruuvi DIN 912 M8×30 12.9 musta", "10000", "kpl", "0.048", "", ""),
    ("LK-210102", "Lukkomutteri DIN 985 M12 8 sinkitty", "5000", "kpl", "0.065", "", ""),
    ("LK-210230", "Aluslevy DIN 125 M10 A2", "8000", "kpl", "0.021", "", ""),
    (
        "LK-305517",
        "Akseli Ø30 h7 L=420, C45, piirustuksen LKT-2207 rev. C mukaan",
        "150",
        "kpl",
        "24.60",
        "",
        "QH-SH30-420",
    ),
    ("LK-306020", "Ketjupyörä 08B-1 z=18, karkaistut hampaat", "240", "kpl", "7.85", "", "QH-SP08B18"),
    ("LK-306101", "Rullaketju 08B-1, 5 m rulla", "120", "sarja", "22.40", "5", "QH-RC08B-5"),
    ("LK-402215", "O-rengas 45×3 NBR70", "50", "pkt", "6.80", "", ""),
    ("LK-402230", "Rasvanippa M8×1 suora, sinkitty", "3000", "kpl", "0.385", "", ""),
    ("LK-503001", "Hydrauliletku 2SN DN10, metritavara", "500", "m", "3.72", "", "QH-HH2SN10"),
    ("LK-503310", "Pronssiholkki CuSn8 30/35×30", "37.5", "kg", "19.80", "", ""),
    ("LK-210310", "Jousisokka DIN 1481 8×40", "4000", "kpl", "0.032", "", ""),
    ("LK-306215", "Kiilahihna SPA 1250", "200", "kpl", "4.65", "", "QH-SPA1250"),
    ("LK-402240", "Letkunkiristin W4 20–32 mm", "2000", "kpl", "0.29", "", ""),
    ("LK-503120", "Suora liitin DKOL 12L, 1/2 tuuman BSP-kierre", "600", "kpl", "1.46", "3", "QH-FT12L"),
    ("LK-210415", "Kuusioruuvi DIN 933 M12×40 8.8 sinkitty", "3000", "kpl", "0.118", "", ""),
    ("LK-306330", "Hammaspyörä m2 z=40, piirustus LKT-3114", "80", "kpl", "18.75", "", "QH-GR2-40"),
    ("LK-402305", "Tiivistesarja sylinteriin 50/30", "150", "sarja", "8.90", "", "QH-SK5030"),
    ("LK-900001", "Vientilava ISPM 15, käsitelty", "8", "kpl", "24.00", "", ""),
]
COLS = [  # title, left edge from LEFT, width, align
    ("Rivi", 0, 22, "l"),
    ("Tuotenumero", 22, 58, "l"),
    ("Nimike", 80, 170, "l"),
    ("Määrä", 250, 48, "r"),
    ("Yks", 298, 30, "l"),
    ("À-hinta", 328, 52, "r"),
    ("Ale %", 380, 34, "r"),
    ("Yhteensä", 414, RIGHT - LEFT - 414, "r"),
]
SIZE = 8.5
PAGES = 2
HEAD_BOTTOM = HEIGHT - 48 - 272  # where _head leaves off
BOTTOM = 66.0  # the form's body ends above the "jatkuu" line and the foot's rule


def fi(value: Decimal | str, places: int = 2) -> str:
    """Finnish number: 12 345,60 (the page prints a no-break space where this has a space)."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",")


def money(value: Decimal | str) -> str:
    return fi(value)


def places(value: str, least: int = 0) -> int:
    return max(least, -Decimal(value).normalize().as_tuple().exponent)


def printed(text: str) -> str:
    return text.replace(" ", NBSP)


def fi_date(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def line_total(item: tuple) -> Decimal:
    gross = amount(item[2], item[4])
    return (gross * (100 - Decimal(item[5] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


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


def _head(c) -> float:
    top = HEIGHT - 48
    draw.text(c, LEFT, top, BUYER.upper(), BOLD, 13)
    for k, value in enumerate(["Teollisuustie 14", "60100 Seinäjoki", "Puh. 06 421 8800"]):
        draw.text(c, LEFT, top - 13 - 10 * k, value, FONT, 8)
    draw.text(c, MIDDLE, top, "OSTOTILAUS", BOLD, 13)
    draw.text(c, RIGHT, top, f"1 ({PAGES})", FONT, 9, "right")
    ident = [
        ("Tilausnumero", PO),
        ("Päivämäärä", fi_date(ORDER_DATE)),
        ("Toimittajanumero", "30518"),
        ("Viitteenne", "Tarjous QH-Q26-1203 / Lily Zhang"),
        ("Viitteemme", "Mikko Hautala"),
    ]
    for k, (label, value) in enumerate(ident):
        y = top - 20 - 12 * k
        draw.text(c, MIDDLE, y, label, FONT, 8.5)
        draw.text(c, MIDDLE + 88, y, value, FONT, 8.5)
    window = [OUR_NAME_EN, "No. 88 Huoju Road", "Suzhou New District", "215163 Suzhou, Jiangsu", "KIINA"]
    draw.text(c, LEFT, top - 70, "Toimittaja", FONT, 7)
    for k, value in enumerate(window):
        draw.text(c, LEFT, top - 82 - 11 * k, value, BOLD if k == 0 else FONT, 9)
    y = top - 160
    block = [
        ("Toimitusosoite", SHIP_LINES),
        ("Toimitusaika", [f"{fi_date(DELIVERY)} (vko {DELIVERY.isocalendar().week})"]),
        ("Toimitusehto", ["FCA Shanghai Incoterms 2020"]),
        ("Toimitustapa", ["Merirahti"]),
        ("Maksuehto", [TERMS]),
        ("Valuutta", ["EUR"]),
    ]
    for label, values in block:
        draw.text(c, LEFT, y, label, FONT, 8.5)
        for k, value in enumerate(values):
            draw.text(c, LEFT + 90, y - 11 * k, value, FONT, 8.5)
        y -= 11 * len(values) + 2
    if y - 12 != HEAD_BOTTOM:
        raise AssertionError(f"the head ends at {y - 12:.0f}, not {HEAD_BOTTOM:.0f}")
    return y - 12


def _cell(c, col: int, base: float, value: str, font: str = FONT, size: float = SIZE) -> None:
    _, x, width, align = COLS[col]
    if align == "r":
        draw.text(c, LEFT + x + width - 2, base, printed(value), font, size, "right")
    else:
        draw.text(c, LEFT + x + 2, base, value, font, size)


def _table_head(c, y: float) -> float:
    for k in range(len(COLS)):
        _cell(c, k, y - 10, COLS[k][0], BOLD, 8)
    c.setLineWidth(0.8)
    c.line(LEFT, y - 15, RIGHT, y - 15)
    return y - 15


def _item(c, y: float, n: int, item: tuple) -> float:
    code, name, qty, unit, price, discount, theirs = item
    parts = wrap_words(name, FONT, SIZE, COLS[2][2] - 6)
    base = y - 12
    cells = [str(n), code, "", fi(qty, places(qty)), unit, fi(price, places(price, 2))]
    for k, value in enumerate(cells):
        if value:
            _cell(c, k, base, value)
    if discount:
        _cell(c, 6, base, fi(discount, 1))
    _cell(c, 7, base, money(line_total(item)))
    for k, part in enumerate(parts):
        _cell(c, 2, base - 10.5 * k, part)
    below = base - 10.5 * len(parts)
    if theirs:
        c.setFillColorRGB(0.45, 0.45, 0.45)
        draw.text(c, LEFT + COLS[2][1] + 2, below + 1, f"Toimittajan tuotenumero: {theirs}", FONT, 7)
        c.setFillColorRGB(0, 0, 0)
        below -= 9
    return below + 4


def _totals(c, y: float) -> float:
    c.setLineWidth(0.8)
    c.line(LEFT, y, RIGHT, y)
    x = LEFT + COLS[4][1]
    rows = [
        ("Veroton yhteensä", money(total()), FONT),
        ("ALV 0 % (maahantuonti)", "0,00", FONT),
        ("Yhteensä EUR", money(total()), BOLD),
    ]
    y -= 14
    for label, value, font in rows:
        draw.text(c, x, y, label, font, 9)
        draw.text(c, RIGHT - 2, y, printed(value), font, 9, "right")
        y -= 13
    return y - 8


def _closing(c, y: float) -> None:
    draw.text(c, LEFT, y, "Lisätiedot", BOLD, 8.5)
    notes = [
        "Pyydämme tilausvahvistuksen kolmen päivän kuluessa osoitteeseen osto@lakeudenkone.fi.",
        "Merkitkää tilausnumero 41872 ja tuotenumeromme laskuun, pakkauslistaan ja jokaiseen pakkaukseen.",
        "Ainestodistus EN 10204 3.1 akseleista (rivi 7). Tullauksen hoitaa huolitsijamme Kotka.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 12 - 11 * k, value, FONT, 8.5)
    y -= 62
    draw.text(c, LEFT, y, "Ystävällisin terveisin", FONT, 8.5)
    draw.text(c, LEFT, y - 24, "Mikko Hautala, ostopäällikkö", FONT, 8.5)
    draw.text(c, LEFT, y - 35, "puh. 040 718 2264, mikko.hautala@lakeudenkone.fi", FONT, 8.5)


def _foot(c) -> None:
    c.setLineWidth(0.5)
    c.line(LEFT, 44, RIGHT, 44)
    foot = [
        (LEFT, ["Lakeuden Konetekniikka Oy", "Teollisuustie 14, 60100 Seinäjoki"]),
        (LEFT + 170, ["Y-tunnus 2456781-3", "Kotipaikka Seinäjoki"]),
        (LEFT + 300, ["IBAN FI21 4055 0012 3456 78", "BIC HELSFIHH"]),
    ]
    for x, values in foot:
        for k, value in enumerate(values):
            draw.text(c, x, 34 - 9 * k, value, FONT, 7)


def _height(item: tuple) -> float:
    return 8 + 10.5 * len(wrap_words(item[1], FONT, SIZE, COLS[2][2] - 6)) + (9 if item[6] else 0)


def first_page() -> int:
    """How many items Lemonsoft fits on page 1 above its foot (the rest go on to page 2)."""
    y = HEAD_BOTTOM - 15
    for n, item in enumerate(ITEMS):
        y -= _height(item)
        if y < BOTTOM:
            return n
    return len(ITEMS)


def _continuation_head(c) -> float:
    top = HEIGHT - 48
    draw.text(c, LEFT, top, BUYER.upper(), BOLD, 13)
    draw.text(c, MIDDLE, top, "OSTOTILAUS", BOLD, 13)
    draw.text(c, RIGHT, top, f"2 ({PAGES})", FONT, 9, "right")
    for k, (label, value) in enumerate([("Tilausnumero", PO), ("Päivämäärä", fi_date(ORDER_DATE))]):
        draw.text(c, MIDDLE, top - 20 - 12 * k, label, FONT, 8.5)
        draw.text(c, MIDDLE + 88, top - 20 - 12 * k, value, FONT, 8.5)
    return top - 60


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Ostotilaus {PO}")
    y = _table_head(c, _head(c))
    first = first_page()
    for n, item in enumerate(ITEMS[:first], start=1):
        y = _item(c, y, n, item)
    draw.text(c, RIGHT, y - 14, "jatkuu ...", FONT, 8, "right")
    _foot(c)
    c.showPage()
    y = _table_head(c, _continuation_head(c))
    for n, item in enumerate(ITEMS[first:], start=first + 1):
        y = _item(c, y, n, item)
    y = _totals(c, y - 2)
    _closing(c, y)
    if y - 100 < 50:
        raise AssertionError(f"the closing runs into the foot ({y:.0f})")
    _foot(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
