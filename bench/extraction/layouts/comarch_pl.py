"""Unseen layout: a Kraków machine builder's Zamówienie printed by Comarch ERP Optima, in EUR.

Wisła Hydraulika Sp. z o.o. (hydraulic power units) keeps its purchasing in Comarch ERP Optima and mails
the standard print of a zamówienie u dostawcy (ZD), saved to PDF. What Optima prints: Miejsce wystawienia
and Data wystawienia top right (ISO dates, as Optima prints them); Sprzedawca: (us, with our address and
our tax number as NIP) and Nabywca: (the buyer, NIP 677-...) side by side under a rule; the title
Zamówienie nr ZD/412/2026 centred in bold; the order's fields one a line (Termin dostawy, Forma
płatności: przelew 60 dni, Waluta: EUR, Miejsce dostawy: the plant's warehouse, Warunki dostawy); the ruled
table Lp. | Kod | Nazwa (wrapped inside its cell) | Ilość | J.m. | Cena netto | Wartość netto with Polish
numbers (1 250,00: a space between thousands, a decimal comma; 37,5 kg) and units szt., kpl., m, kg; Razem:
under the table, then Do zapłaty: ... EUR in bold and Słownie: the amount in Polish words (... EUR 40/100);
Uwagi; the signature lines Wystawił(a) / Odebrał(a) with their small print; Optima's footer line.

Truth: the PO number the title's ZD/412/2026; the order date Data wystawienia; the requested delivery date
Termin dostawy; the currency EUR; the buyer Nabywca's name; the supplier Sprzedawca's name (us); the
ship-to address Miejsce dostawy; the payment terms Forma płatności (przelew 60 dni); the total Do
zapłaty; per line the part number Kod, the description Nazwa (its wrapped lines joined with a space),
the quantity Ilość, the unit J.m., the unit price Cena netto and the amount Wartość netto.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from bench.extraction.layouts.zakaz_1c_ru import fonts
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "Zamowienie_ZD_412_2026.pdf"
BUYER = "Wisła Hydraulika Sp. z o.o."
PO = "ZD/412/2026"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 1, 29)
ADDRESS = "ul. Półłanki 64, 30-740 Kraków, Magazyn nr 2"
TERMS = "przelew 60 dni"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 36.0, draw.PAGE_WIDTH - 36.0
# Kod, Nazwa, J.m., Ilość, Cena netto
ITEMS = [
    ("QH-6206-2RS", "Łożysko kulkowe zwykłe 6206-2RS C3", "szt.", "600", "1.32"),
    ("QH-6308-ZZ", "Łożysko kulkowe zwykłe 6308-ZZ C3", "szt.", "250", "3.48"),
    ("QH-NJ210", "Łożysko walcowe NJ210 ECP", "szt.", "80", "11.90"),
    (
        "QH-UP-6345",
        "Uszczelnienie tłoczyska UN 63×45×10 PU, do siłowników serii HW-63",
        "szt.",
        "400",
        "1.85",
    ),
    ("QH-OR-0823", "Pierścień uszczelniający O-ring 82×3 NBR70", "szt.", "1000", "0.27"),
    ("QH-KU-8050", "Komplet uszczelnień siłownika 80/50", "kpl.", "120", "14.60"),
    ("QH-TU-3228", "Tuleja prowadząca brązowa 32×28×30 CuSn8", "szt.", "300", "2.95"),
    ("QH-SR-M1050", "Śruba z łbem sześciokątnym M10×50 kl. 8.8 ocynk DIN 933", "szt.", "2500", "0.11"),
    ("QH-PZ-1040", "Podkładka sprężysta Z10 DIN 127 ocynk", "szt.", "2500", "0.02"),
    (
        "QH-WP-2012",
        "Wałek pompy zębatej z=12 m=2, stal 41Cr4, hartowany indukcyjnie, wg rys. WH-3012",
        "szt.",
        "50",
        "52.40",
    ),
    ("QH-PZ-2016", "Pompa zębata 2 gr. 16 cm³/obr", "szt.", "40", "68.50"),
    ("QH-PW-2SN12", "Przewód hydrauliczny wysokociśnieniowy 2SN DN12", "m", "200", "3.85"),
    ("QH-SM-EP2", "Smar litowy EP2 do łożysk", "kg", "37.5", "6.46"),
    ("QH-ZK-1214", "Złączka prosta 12L M18×1,5 ocynk", "szt.", "500", "0.78"),
]
COLUMNS = [  # heading, width, align
    ("Lp.", 22, "c"),
    ("Kod", 72, "l"),
    ("Nazwa", 205, "l"),
    ("Ilość", 48, "r"),
    ("J.m.", 32, "c"),
    ("Cena netto", 60, "r"),
    ("Wartość netto", RIGHT - LEFT - 439, "r"),
]
SIZE, LEADING = 7.5, 9.5


def money(value: Decimal | str, places: int = 2) -> str:
    """A Polish number as Optima prints it: 12 345,67 (a space between thousands, a decimal comma)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def quantity(qty: str) -> str:
    value = Decimal(qty)
    return money(value, 0) if value == value.to_integral_value() else money(value, 1)


def line_amount(item: tuple) -> Decimal:
    return amount(item[3], item[4])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, name, qty, unit, price, f"{amount(qty, price)}") for code, name, unit, qty, price in ITEMS
        ],
    )


ONES = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
TEENS = [
    "dziesięć",
    "jedenaście",
    "dwanaście",
    "trzynaście",
    "czternaście",
    "piętnaście",
    "szesnaście",
    "siedemnaście",
    "osiemnaście",
    "dziewiętnaście",
]
TENS = [
    "",
    "",
    "dwadzieścia",
    "trzydzieści",
    "czterdzieści",
    "pięćdziesiąt",
    "sześćdziesiąt",
    "siedemdziesiąt",
    "osiemdziesiąt",
    "dziewięćdziesiąt",
]
HUNDREDS = [
    "",
    "sto",
    "dwieście",
    "trzysta",
    "czterysta",
    "pięćset",
    "sześćset",
    "siedemset",
    "osiemset",
    "dziewięćset",
]


def _three(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        words.append(TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        words += [w for w in (TENS[tens], ONES[ones]) if w]
    return words


def polish_words(n: int) -> str:
    """Whole euros in words: 25 431 -> dwadzieścia pięć tysięcy czterysta trzydzieści jeden."""
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands == 1:
        words.append("tysiąc")
    elif thousands:
        last, teen = thousands % 10, thousands % 100 in range(12, 15)
        form = "tysiące" if last in (2, 3, 4) and not teen else "tysięcy"
        words += [*_three(thousands), form]
    words += _three(rest)
    return " ".join(words)


def in_words(value: Decimal) -> str:
    euros, cents = divmod(int((value * 100).to_integral_value()), 100)
    return f"{polish_words(euros)} EUR {cents:02d}/100"


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _put(c, col: int, base: float, value: str, font: str) -> None:
    edges, align = _edges(), COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 3, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, edges[col] + 3, base, value, font, SIZE)


def _parties(c, y: float) -> float:
    font, bold = fonts()
    middle = (LEFT + RIGHT) / 2 + 10
    blocks = [
        (
            LEFT,
            "Sprzedawca:",
            [
                OUR_NAME_EN,
                "Huoju Road 88, Suzhou New District",
                "215163 Suzhou, Chiny",
                "NIP: CN91320505MA1XK7T2",
            ],
        ),
        (
            middle,
            "Nabywca:",
            [BUYER, "ul. Półłanki 64", "30-740 Kraków", "NIP: 677-241-85-36"],
        ),
    ]
    for x, label, lines in blocks:
        draw.text(c, x, y, label, bold, 8.5)
        for k, value in enumerate(lines):
            draw.text(c, x, y - 12 - 10 * k, value, bold if k == 0 else font, 8)
    return y - 12 - 10 * 4 - 4


def _table(c, top: float) -> float:
    font, bold = fonts()
    edges = _edges()
    head = 15.0
    rows = []
    for item in ITEMS:
        lines = wrap_words(item[1], font, SIZE, COLUMNS[2][1] - 6)
        rows.append((item, lines, 5 + LEADING * len(lines)))
    bottom = top - head - sum(height for *_, height in rows)
    c.setFillGray(0.88)
    c.rect(LEFT, top - head, edges[-1] - LEFT, head, stroke=0, fill=1)
    c.setFillGray(0)
    c.setLineWidth(0.5)
    y = top - head
    c.line(LEFT, y, edges[-1], y)
    for *_, height in rows[:-1]:
        y -= height
        c.line(LEFT, y, edges[-1], y)
    for edge in edges:
        c.line(edge, top, edge, bottom)
    c.line(LEFT, top, edges[-1], top)
    c.line(LEFT, bottom, edges[-1], bottom)
    for col, (heading, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 10.5, heading, bold, SIZE, "center")
    y = top - head
    for n, (item, lines, height) in enumerate(rows, start=1):
        code, _, unit, qty, price = item
        base = y - 10
        _put(c, 0, base, str(n), font)
        _put(c, 1, base, code, font)
        for k, part in enumerate(lines):
            draw.text(c, edges[2] + 3, base - LEADING * k, part, font, SIZE)
        _put(c, 3, base, quantity(qty), font)
        _put(c, 4, base, unit, font)
        _put(c, 5, base, money(price), font)
        _put(c, 6, base, money(line_amount(item)), font)
        y -= height
    return bottom


def render() -> bytes:
    font, bold = fonts()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Zamówienie {PO}")
    y = HEIGHT - 42
    draw.text(c, LEFT, y, BUYER, bold, 11)
    draw.text(c, LEFT, y - 11, "ul. Półłanki 64, 30-740 Kraków, tel. +48 12 654 38 20", font, 7.5)
    draw.text(c, RIGHT - 70, y, "Miejsce wystawienia:", font, 8, "right")
    draw.text(c, RIGHT, y, "Kraków", bold, 8, "right")
    draw.text(c, RIGHT - 70, y - 11, "Data wystawienia:", font, 8, "right")
    draw.text(c, RIGHT, y - 11, ORDER_DATE.isoformat(), bold, 8, "right")
    c.setLineWidth(0.8)
    c.line(LEFT, y - 22, RIGHT, y - 22)
    y = _parties(c, y - 38)
    c.line(LEFT, y, RIGHT, y)
    y -= 24
    draw.text(c, WIDTH / 2, y, f"Zamówienie nr {PO}", bold, 14, "center")
    y -= 22
    fields = [
        ("Termin dostawy:", DELIVERY.isoformat()),
        ("Forma płatności:", TERMS),
        ("Waluta:", "EUR"),
        ("Miejsce dostawy:", ADDRESS),
        ("Warunki dostawy:", "FCA Szanghaj (Incoterms 2020)"),
    ]
    for label, value in fields:
        draw.text(c, LEFT, y, label, font, 8)
        draw.text(c, LEFT + 80, y, value, bold, 8)
        y -= 11
    y = _table(c, y - 4)
    edges = _edges()
    y -= 13
    draw.text(c, edges[5] - 4, y, "Razem:", bold, 8, "right")
    draw.text(c, edges[7] - 3, y, money(total()), bold, 8, "right")
    y -= 22
    label = "Do zapłaty:"
    draw.text(c, LEFT, y, label, bold, 10)
    draw.text(c, LEFT + stringWidth(label, bold, 10) + 8, y, f"{money(total())} EUR", bold, 10)
    y -= 13
    draw.text(c, LEFT, y, f"Słownie: {in_words(total())}", font, 8)
    y -= 18
    draw.text(c, LEFT, y, "Uwagi:", bold, 8)
    notes = [
        "Prosimy o potwierdzenie zamówienia w ciągu 3 dni roboczych "
        "oraz podanie numeru zamówienia na fakturze.",
        "Do każdej dostawy prosimy dołączyć świadectwo odbioru 3.1 (EN 10204) oraz specyfikację wysyłkową.",
    ]
    for k, note in enumerate(notes):
        draw.text(c, LEFT + 34, y - 10 * k, note, font, 7.5)
    y -= 70
    for x, title in ((LEFT + 20, "Wystawił(a)"), (RIGHT - 200, "Odebrał(a)")):
        draw.text(c, x + 90, y + 12, "Anna Nowak" if title.startswith("W") else "", font, 8, "center")
        c.setDash(1, 2)
        c.line(x, y + 8, x + 180, y + 8)
        c.setDash()
        draw.text(c, x + 90, y - 2, title, font, 7.5, "center")
        small = (
            "Podpis osoby upoważnionej do wystawienia"
            if title.startswith("W")
            else "Podpis osoby upoważnionej do odbioru"
        )
        draw.text(c, x + 90, y - 11, small, font, 6, "center")
    draw.text(c, LEFT, 30, "Wygenerowano z programu Comarch ERP Optima", font, 6)
    draw.text(c, RIGHT, 30, "Strona 1 z 1", font, 6, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
