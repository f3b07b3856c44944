"""Unseen layout: a Hultsfred forestry-machine maker's INKÖPSORDER printed by Monitor ERP (Sweden), USD.

Emån Skogsteknik AB (forwarder cranes and trailers, Småland) runs Monitor ERP G5, the Swedish ERP for
manufacturers, and e-mails its purchase orders from it as PDF, in Swedish even to a Chinese supplier
(A4 portrait, Helvetica: å, ä, ö, À are in the standard fonts). What it prints: the company top left;
INKÖPSORDER top right over a box of label-over-value cells (Ordernr 31874, Orderdatum 2026-12-18, Sida
1 (2)); on page 1 Leveransadress on the left (the company, Godsmottagning, port 3, the street, postcode and
town, Sverige) and the supplier in the window on the right under a small Leverantör (us, KINA); a block of
label / value rows in two columns (Vår referens, Telefon, E-post, Leverantörsnr; Er referens,
Leveransvillkor FCA Shanghai (Incoterms 2020), Leveranssätt, Betalningsvillkor 60 dagar netto, Valuta USD,
Godsmärkning); "Vi beställer enligt er offert ..."; the line table with rules over and under its head and
none between lines: Pos | Artikelnr (310-2215) | Benämning | Lev.datum (ISO, two lines later than the
rest) | Antal in Swedish numbers, a NO-BREAK SPACE between thousands and a decimal comma, with the unit's
decimals (2 000; 250,00; 62,50) | Enh (st, m, kg, förp, set) | À-pris (0,0850) | Rab % (5,00) | Belopp after
the discount; under each line in smaller grey type "Er art.nr:" and our article number, and under two a
drawing number (Ritn.nr 3104-227 rev. C); 18 lines; "Forts. på nästa sida" at the foot of page 1; page 2
under the same head (Sida 2 (2)) with Leverantör on one line and the column heads again; Ordervärde exkl.
moms / Moms 0 % / Totalt USD; four lines of conditions; Med vänlig hälsning and the buyer; on every page
the company's footer (Postadress Box 114, 577 22 Hultsfred, Besöksadress, Telefon, Org.nr, Momsreg.nr,
Bankgiro, Styrelsens säte, Godkänd för F-skatt).

Truth: the PO number Ordernr; the order date Orderdatum; the requested delivery date the earliest
Lev.datum; the currency USD (Valuta); the buyer the company; the supplier Leverantör (us); the ship-to
address Leveransadress's street and postcode-town lines joined with ", " (the company, the Godsmottagning
line and Sverige left out); the payment terms Betalningsvillkor; the total Totalt USD; per line the part
number Artikelnr (Emån's), the description Benämning (wrapped at words, joined with a space; the Er art.nr
and Ritn.nr lines are notes), the unit Enh, the quantity Antal, the unit price À-pris (before the Rab %)
and the amount Belopp (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Inköpsorder 31874.pdf"
BUYER = "Emån Skogsteknik AB"
PO = "31874"
ORDER_DATE = dt.date(2026, 12, 18)
FIRST_DUE, LATER_DUE = dt.date(2027, 2, 15), dt.date(2027, 3, 1)
STREET, TOWN = "Industrigatan 14", "577 36 Hultsfred"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "60 dagar netto"
NBSP = "\u00a0"  # the sv-SE thousands separator
CENT = Decimal("0.01")
FONT, BOLD = "Helvetica", "Helvetica-Bold"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 42.0, A4[0] - 42.0
PAGES = 2
DECIMALS = {"st": 0, "set": 0, "förp": 0, "m": 2, "kg": 2}  # Monitor prints a quantity in its unit's decimals
# Artikelnr, Benämning, Er art.nr, Ritn.nr, Lev.datum later, Antal, Enh, À-pris, Rab %
ITEMS = [
    ("310-2215", "Hydraulcylinder 50/30-300, kranarm", "QH-HC5030-300", "", True, "24", "st", "168.00", ""),
    ("310-2231", "Hydraulcylinder 63/40-450, vridning", "QH-HC6340-450", "", True, "16", "st", "214.50", ""),
    ("320-1104", 'Kulventil 1/2" BSP, 350 bar', "QH-BV-12-350", "", False, "120", "st", "9.85", ""),
    (
        "320-1120",
        'Backventil 3/4" BSP, öppningstryck 0,5 bar',
        "QH-CV-34-05",
        "",
        False,
        "80",
        "st",
        "12.40",
        "5",
    ),
    (
        "330-0412",
        "Hydraulslang 2SN DN12, pressade kopplingar, längd 1500 mm",
        "QH-HS2SN12-1500",
        "",
        False,
        "150",
        "st",
        "11.20",
        "",
    ),
    ("330-0450", "Hydraulslang 1SN DN10 på rulle", "QH-HS1SN10-R", "", False, "250", "m", "2.38", ""),
    ("340-0033", 'Kopplingsnippel M22x1,5 - 3/4" BSP', "QH-AD-M22-34", "", False, "400", "st", "1.65", ""),
    ("340-0051", "O-ring 32x3 NBR 70", "QH-OR-32X3-N70", "", False, "2000", "st", "0.0850", ""),
    ("350-7720", "Kullager 6206-2RS C3", "QH-6206-2RS-C3", "", False, "300", "st", "2.46", ""),
    ("350-7745", "Glidlager PTFE 40x44x30", "QH-GB-404430", "", False, "200", "st", "3.15", "3"),
    ("360-1208", "Stålrör E355 Ø 38x4 mm, 6 m längder", "QH-TU-E355-38X4", "", False, "180", "m", "6.92", ""),
    (
        "360-1230",
        "Plåt S355 8 mm, laserskuren enligt ritning",
        "QH-LC-3104227",
        "3104-227 rev. C",
        False,
        "62.5",
        "kg",
        "3.84",
        "",
    ),
    (
        "370-0090",
        "Skruv M12x40 8.8 fzv DIN 933 (100 st/förp)",
        "QH-B-M12X40-88",
        "",
        False,
        "20",
        "förp",
        "14.60",
        "",
    ),
    (
        "370-0095",
        "Mutter M12 kl. 8 fzv DIN 934 (100 st/förp)",
        "QH-N-M12-8",
        "",
        False,
        "20",
        "förp",
        "6.35",
        "",
    ),
    ("380-0301", "Arbetsbelysning LED 24 W, 12-24 V", "QH-WL-LED24", "", False, "40", "st", "28.75", "10"),
    ("380-0315", "Kabelsats arbetsbelysning 5 m", "QH-WL-CK5", "", False, "40", "set", "7.90", ""),
    (
        "390-0012",
        "Tätningssats cylinder 50/30",
        "QH-SK-5030",
        "3104-115 rev. A",
        False,
        "60",
        "set",
        "8.45",
        "",
    ),
    ("390-0020", "Engångspall ISPM 15, 1200x800", "QH-PAL-1208", "", False, "8", "st", "18.00", ""),
]
COLS = [  # title, left edge, width, align
    ("Pos", LEFT, 20, "r"),
    ("Artikelnr", LEFT + 26, 56, "l"),
    ("Benämning", LEFT + 84, 160, "l"),
    ("Lev.datum", LEFT + 250, 46, "l"),
    ("Antal", LEFT + 296, 50, "r"),
    ("Enh", LEFT + 352, 24, "l"),
    ("À-pris", LEFT + 376, 50, "r"),
    ("Rab %", LEFT + 426, 32, "r"),
    ("Belopp", LEFT + 458, RIGHT - LEFT - 458, "r"),
]
SIZE, LINE_H, SMALL = 8.5, 11.0, 7.0
BOTTOM = 92.0  # the footer's rule and a little air


def sv(value: Decimal | str, places: int = 2) -> str:
    """Swedish: 1 234,56 (a no-break space between thousands on the page, a space here)."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",")


def money(value: Decimal | str) -> str:
    return sv(value)


def printed(value: str) -> str:
    """A number as the page holds it: the thousands space a no-break one."""
    return value.replace(" ", NBSP)


def quantity(item: tuple) -> str:
    return sv(item[5], DECIMALS[item[6]])


def price(value: str) -> str:
    return sv(value, len(value.split(".")[1]))


def line_total(item: tuple) -> Decimal:
    gross = amount(item[5], item[7])
    return (gross * (100 - Decimal(item[8] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[5]),
            unit=item[6],
            unit_price=Decimal(item[7]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=FIRST_DUE,
        currency="USD",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _number(c: Canvas, x: float, y: float, value: str, font: str = FONT) -> None:
    """A number right-aligned at ``x`` with its no-break thousands space."""
    draw.text(c, x, y, printed(value), font, SIZE, "right")


def _title(c: Canvas, page: int) -> float:
    top = HEIGHT - 48
    draw.text(c, LEFT, top, BUYER, BOLD, 15)
    draw.text(c, LEFT, top - 12, "Skogsmaskiner · Kranar · Service", FONT, 7.5)
    x = 330.0
    draw.text(c, x, top + 2, "INKÖPSORDER", BOLD, 15)
    cells = [
        ("Ordernr", PO, 58),
        ("Orderdatum", ORDER_DATE.isoformat(), 72),
        ("Sida", f"{page} ({PAGES})", 0),
    ]
    box_top, left = top - 8, x
    c.setLineWidth(0.5)
    for label, value, width in cells:
        width = width or RIGHT - left
        c.rect(left, box_top - 26, width, 26)
        draw.text(c, left + 3, box_top - 8, label, FONT, 6.5)
        draw.text(c, left + 3, box_top - 20, value, BOLD, 9)
        left += width
    return box_top - 26


def _parties(c: Canvas, y: float) -> float:
    draw.text(c, LEFT, y - 18, "Leveransadress", BOLD, 7)
    for k, value in enumerate([BUYER, "Godsmottagning, port 3", STREET, TOWN, "Sverige"]):
        draw.text(c, LEFT, y - 30 - 11 * k, value, FONT, 9)
    x = 330.0
    draw.text(c, x, y - 18, "Leverantör", BOLD, 7)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "KINA"]
    for k, value in enumerate(supplier):
        draw.text(c, x, y - 30 - 11 * k, value, FONT, 9)
    y -= 30 + 11 * 5 + 8
    left = [
        ("Vår referens", "Maria Ek"),
        ("Telefon", "0495-24 18 37"),
        ("E-post", "maria.ek@emanskog.se"),
        ("Leverantörsnr", "20417"),
    ]
    right = [
        ("Er referens", "Zhang Li"),
        ("Leveransvillkor", "FCA Shanghai (Incoterms 2020)"),
        ("Leveranssätt", "Sjöfrakt, samlast till Göteborg"),
        ("Betalningsvillkor", TERMS),
        ("Valuta", "USD"),
        ("Godsmärkning", f"{PO} EMÅN HULTSFRED"),
    ]
    for k, (label, value) in enumerate(left):
        draw.text(c, LEFT, y - 11 * k, label, FONT, 8)
        draw.text(c, LEFT + 70, y - 11 * k, value, FONT, 8)
    for k, (label, value) in enumerate(right):
        draw.text(c, x, y - 11 * k, label, FONT, 8)
        draw.text(c, x + 74, y - 11 * k, value, FONT, 8)
    y -= 11 * len(right) + 10
    draw.text(c, LEFT, y, "Vi beställer härmed enligt er offert QH-Q26-1207 av 2026-12-11:", FONT, 8.5)
    return y - 8


def _short_parties(c: Canvas, y: float) -> float:
    draw.text(c, LEFT, y - 18, f"Leverantör: {OUR_NAME_EN}", FONT, 8.5)
    return y - 26


def _table_head(c: Canvas, y: float) -> float:
    c.setLineWidth(0.8)
    c.line(LEFT, y, RIGHT, y)
    for title, left, width, align in COLS:
        if align == "r":
            draw.text(c, left + width, y - 10, title, BOLD, SIZE, "right")
        else:
            draw.text(c, left, y - 10, title, BOLD, SIZE)
    c.setLineWidth(0.5)
    c.line(LEFT, y - 14, RIGHT, y - 14)
    return y - 14


def _item_lines(item: tuple) -> list[str]:
    return wrap_words(item[1], FONT, SIZE, COLS[2][2])


def _item_height(item: tuple) -> float:
    return 7 + LINE_H * len(_item_lines(item)) + 9 * (1 + bool(item[3]))


def _item(c: Canvas, y: float, n: int, item: tuple) -> float:
    code, _, their_code, drawing, later, _, unit, cost, discount = item
    base = y - 12
    draw.text(c, COLS[0][1] + COLS[0][2], base, str(n), FONT, SIZE, "right")
    draw.text(c, COLS[1][1], base, code, FONT, SIZE)
    for k, part in enumerate(_item_lines(item)):
        draw.text(c, COLS[2][1], base - LINE_H * k, part, FONT, SIZE)
    draw.text(c, COLS[3][1], base, (LATER_DUE if later else FIRST_DUE).isoformat(), FONT, SIZE)
    _number(c, COLS[4][1] + COLS[4][2], base, quantity(item))
    draw.text(c, COLS[5][1] + 4, base, unit, FONT, SIZE)
    _number(c, COLS[6][1] + COLS[6][2], base, price(cost))
    if discount:
        _number(c, COLS[7][1] + COLS[7][2], base, sv(discount))
    _number(c, RIGHT, base, money(line_total(item)))
    small = base - LINE_H * (len(_item_lines(item)) - 1) - 9
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, COLS[2][1], small, f"Er art.nr: {their_code}", FONT, SMALL)
    if drawing:
        draw.text(c, COLS[2][1], small - 9, f"Ritn.nr {drawing}", FONT, SMALL)
    c.setFillColorRGB(0, 0, 0)
    return y - _item_height(item)


def _totals(c: Canvas, y: float) -> float:
    c.setLineWidth(0.5)
    c.line(COLS[4][1], y - 4, RIGHT, y - 4)
    rows = [("Ordervärde exkl. moms", money(total()), FONT), ("Moms 0 %", money(0), FONT)]
    rows.append(("Totalt USD", money(total()), BOLD))
    for k, (label, value, font) in enumerate(rows):
        base = y - 16 - 12 * k
        draw.text(c, COLS[4][1], base, label, font, 9)
        draw.text(c, RIGHT, base, printed(value), font, 9, "right")
    y -= 16 + 12 * len(rows) + 14
    notes = [
        "Orderbekräftelse med bekräftat leveransdatum önskas inom tre arbetsdagar till inkop@emanskog.se.",
        "Ange vårt ordernummer och våra artikelnummer på följesedel, faktura och samtliga kollin.",
        "Ursprungsintyg, packlista och materialintyg 3.1 för pos 1, 2, 11 och 12 ska medfölja sändningen.",
        "Moms tillkommer ej (import från land utanför EU). Emån Skogstekniks allmänna inköpsvillkor gäller.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 * k, value, FONT, 8)
    y -= 11 * len(notes) + 16
    for k, value in enumerate(["Med vänlig hälsning", BUYER, "", "Maria Ek, Inköp"]):
        draw.text(c, LEFT, y - 11 * k, value, FONT, 8.5)
    return y - 11 * 4


def _foot(c: Canvas) -> None:
    c.setLineWidth(0.5)
    c.line(LEFT, 70, RIGHT, 70)
    columns = [
        ("Postadress", "Box 114", "577 22 Hultsfred"),
        ("Besöksadress", STREET, TOWN),
        ("Telefon", "0495-24 18 00", "www.emanskog.se"),
        ("Org.nr", "556712-4187", "Styrelsens säte: Hultsfred"),
        ("Momsreg.nr", "SE556712418701", "Godkänd för F-skatt"),
        ("Bankgiro", "5312-4187", "SWIFT: HANDSESS"),
    ]
    width = (RIGHT - LEFT) / len(columns)
    for k, (label, *values) in enumerate(columns):
        x = LEFT + k * width
        draw.text(c, x, 60, label, BOLD, 6.5)
        for n, value in enumerate(values):
            draw.text(c, x, 51 - 8.5 * n, value, FONT, 6.5)


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Inköpsorder {PO}")
    c.setAuthor(BUYER)
    c.setCreator("Monitor ERP")
    page = 1
    y = _table_head(c, _parties(c, _title(c, page)))
    for n, item in enumerate(ITEMS, start=1):
        if y - _item_height(item) < BOTTOM:
            draw.text(c, RIGHT, y - 14, "Forts. på nästa sida", FONT, 8, "right")
            _foot(c)
            c.showPage()
            page += 1
            y = _table_head(c, _short_parties(c, _title(c, page)))
        y = _item(c, y, n, item)
    if y - 150 < BOTTOM:
        raise AssertionError(f"the totals do not fit under the last line ({y:.0f})")
    _totals(c, y)
    _foot(c)
    c.showPage()
    c.save()
    if page != PAGES:
        raise AssertionError(f"{page} pages, not {PAGES}")
    return buffer.getvalue()
