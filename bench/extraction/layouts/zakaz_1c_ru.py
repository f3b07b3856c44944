"""Unseen layout: a Yekaterinburg hydraulics maker's Заказ поставщику printed by 1С:Управление торговлей, USD.

ООО "Уралгидропривод" (hydraulic cylinders and gear pumps) keeps its purchasing in 1С:Управление торговлей
11 and mails the standard print form of the заказ поставщику (A4, «Печать → Заказ поставщику», saved to
PDF). What 1C prints: the title in bold, Заказ поставщику № УГ00-000412 от 14 декабря 2026 г. (1C's
number with its Cyrillic prefix, the date with the month's name in the genitive), a thick rule under it;
Поставщик: and Покупатель: with the parties' full details in bold after the label (our name, Китай and
our address; the buyer's name in straight quotes, ИНН, КПП, its legal address and phone), then the
order's own fields one a line (Дата поступления 25.01.2027, Адрес доставки: the warehouse, Условия
оплаты, Условия поставки); the lines in 1C's fully ruled table with a heavy outer frame: № | Артикул |
Товары (работы, услуги) (long names wrapped inside the cell, the other cells on the first line) |
Кол-во | Ед. (шт, компл, кг, м) | Цена | Сумма; Russian numbers: a no-break space between thousands, a
decimal comma (1 000; 36,5; 2 940,00); Итого:, Без налога (НДС) -, Всего к оплате: right-aligned under
the table; Всего наименований 12, на сумму ... USD and the amount in Russian words in bold (... долларов
США 20 центов); Менеджер and Руководитель with their names.

Truth: the PO number the № in the title (УГ00-000412); the order date the title's от 14 декабря 2026 г.;
the requested delivery date Дата поступления (25.01.2027); the currency USD; the buyer Покупатель's name
as printed (ООО "Уралгидропривод"); the supplier Поставщик's name (us, without Китай and the address); the
ship-to address Адрес доставки; the payment terms Условия оплаты; the total Всего к оплате; per line the
part number Артикул, the description Товары (its wrapped lines joined with a space), the quantity Кол-во
(1 000 is a thousand, 36,5 is thirty-six and a half), the unit Ед., the unit price Цена and the amount
Сумма.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "Zakaz_postavshchiku_UG00-000412.pdf"
BUYER = 'ООО "Уралгидропривод"'
PO = "УГ00-000412"
ORDER_DATE = dt.date(2026, 12, 14)
DELIVERY = dt.date(2027, 1, 25)
ADDRESS = "620102, Свердловская обл, Екатеринбург г, Монтерская ул, дом № 3, склад № 2"
TERMS = "30% предоплата, 70% по копии коносамента"
NBSP = "\u00a0"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 42.0, draw.PAGE_WIDTH - 30.0
MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
# Артикул, Товары (работы, услуги), Ед., Кол-во, Цена
ITEMS = [
    ("QH-6205-2RS", "Подшипник шариковый радиальный 6205-2RS C3 (25×52×15 мм)", "шт", "1000", "0.95"),
    ("QH-6306-ZZ", "Подшипник шариковый радиальный 6306-ZZ C3", "шт", "400", "2.35"),
    ("QH-NU208", "Подшипник роликовый цилиндрический NU208 ECP", "шт", "120", "9.80"),
    ("QH-TC-35528", "Манжета армированная TC 35×52×8 NBR", "шт", "800", "0.42"),
    ("QH-OR-1003", "Кольцо уплотнительное круглого сечения 100×3 FKM", "шт", "600", "0.55"),
    (
        "QH-HB-M1240",
        "Болт с шестигранной головкой М12×40 кл. пр. 8.8 оцинкованный DIN 933",
        "шт",
        "3000",
        "0.12",
    ),
    (
        "QH-GS-2530",
        "Втулка направляющая бронзовая 25×30×30 CuSn8 с графитовыми вставками",
        "шт",
        "250",
        "3.60",
    ),
    ("QH-PR-0840", "Штифт цилиндрический закалённый 8×40 ISO 8734", "шт", "2000", "0.09"),
    (
        "QH-SH-2512",
        "Вал-шестерня z=12 m=2,5 сталь 40Х, закалка ТВЧ, по чертежу УГП.301.112",
        "шт",
        "60",
        "48.50",
    ),
    ("QH-KT-8045", "Комплект уплотнений гидроцилиндра 80/45", "компл", "150", "12.40"),
    ("QH-GR-EP2", "Смазка литиевая высокотемпературная EP2", "кг", "36.5", "6.80"),
    ("QH-HS-2SN10", "Рукав высокого давления 2SN DN10", "м", "250", "3.15"),
]
COLUMNS = [  # heading, width, align
    ("№", 20, "c"),
    ("Артикул", 70, "l"),
    ("Товары (работы, услуги)", 215, "l"),
    ("Кол-во", 46, "r"),
    ("Ед.", 34, "l"),
    ("Цена", 56, "r"),
    ("Сумма", RIGHT - LEFT - 441, "r"),
]
SIZE, LEADING = 7.5, 9.5


def fonts() -> tuple[str, str]:
    """DejaVu Sans (Cyrillic is not in the PDF base fonts' encoding), embedded as a subset."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))
    return FONT, BOLD


def money(value: Decimal | str, places: int = 2) -> str:
    """A Russian number as plain text: 12 345,67 (the PDF prints a no-break space between thousands)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def ru(value: Decimal | str, places: int = 2) -> str:
    return money(value, places).replace(" ", NBSP)


def quantity(qty: str) -> str:
    value = Decimal(qty)
    return ru(value, 0) if value == value.to_integral_value() else ru(value, 1)


def line_amount(item: tuple) -> Decimal:
    return amount(item[3], item[4])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, name, qty, unit, price, f"{amount(qty, price)}") for code, name, unit, qty, price in ITEMS
        ],
    )


ONES_M = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
ONES_F = ["ноль", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
TENS = [
    "_",
    "_",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
]
HUNDREDS = [
    "_",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
]


def plural(n: int, one: str, few: str, many: str) -> str:
    if n % 100 in range(11, 20):
        return many
    return one if n % 10 == 1 else few if n % 10 in (2, 3, 4) else many


def _three(n: int, feminine: bool) -> list[str]:
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(HUNDREDS[hundreds])
    if 10 <= rest < 20:
        words.append(TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            words.append(TENS[tens])
        if ones:
            words.append((ONES_F if feminine else ONES_M)[ones])
    return words


def russian_words(n: int) -> str:
    """Whole dollars in words: 14873 -> четырнадцать тысяч восемьсот семьдесят три."""
    if n == 0:
        return "ноль"
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands:
        words += [*_three(thousands, feminine=True), plural(thousands, "тысяча", "тысячи", "тысяч")]
    words += _three(rest, feminine=False)
    return " ".join(words)


def in_words(value: Decimal) -> str:
    dollars, cents = divmod(int((value * 100).to_integral_value()), 100)
    text = f"{russian_words(dollars)} {plural(dollars, 'доллар', 'доллара', 'долларов')} США"
    text += f" {cents:02d} {plural(cents, 'цент', 'цента', 'центов')}"
    return text[0].upper() + text[1:]


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _put(c, col: int, base: float, value: str, font: str, size: float = SIZE) -> None:
    edges, align = _edges(), COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 3, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, edges[col] + 3, base, value, font, size)


def _party(c, y: float, label: str, value: str) -> float:
    font, bold = fonts()
    draw.text(c, LEFT, y, label, font, 8)
    for k, part in enumerate(wrap_words(value, bold, 8, RIGHT - LEFT - 90)):
        draw.text(c, LEFT + 90, y - 10 * k, part, bold, 8)
    return y - 10 * len(wrap_words(value, bold, 8, RIGHT - LEFT - 90)) - 6


def _table(c, top: float) -> float:
    font, bold = fonts()
    edges = _edges()
    head = 16.0
    rows = []
    for item in ITEMS:
        lines = wrap_words(item[1], font, SIZE, COLUMNS[2][1] - 6)
        rows.append((item, lines, 4 + LEADING * len(lines)))
    bottom = top - head - sum(height for *_, height in rows)
    c.setLineWidth(0.4)
    y = top - head
    c.line(LEFT, y, edges[-1], y)
    for *_, height in rows[:-1]:
        y -= height
        c.line(LEFT, y, edges[-1], y)
    for edge in edges[1:-1]:
        c.line(edge, top, edge, bottom)
    c.setLineWidth(1.4)
    c.rect(LEFT, bottom, edges[-1] - LEFT, top - bottom)
    for col, (heading, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 11, heading, bold, SIZE, "center")
    y = top - head
    for n, (item, lines, height) in enumerate(rows, start=1):
        code, _, unit, qty, price = item
        base = y - 9.5
        _put(c, 0, base, str(n), font)
        _put(c, 1, base, code, font)
        for k, part in enumerate(lines):
            draw.text(c, edges[2] + 3, base - LEADING * k, part, font, SIZE)
        _put(c, 3, base, quantity(qty), font)
        _put(c, 4, base, unit, font)
        _put(c, 5, base, ru(price), font)
        _put(c, 6, base, ru(line_amount(item)), font)
        y -= height
    return bottom


def render() -> bytes:
    font, bold = fonts()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Заказ поставщику № {PO} от {ORDER_DATE:%d.%m.%Y}")
    y = HEIGHT - 48
    date = f"{ORDER_DATE.day} {MONTHS[ORDER_DATE.month - 1]} {ORDER_DATE.year} г."
    draw.text(c, LEFT, y, f"Заказ поставщику № {PO} от {date}", bold, 13)
    c.setLineWidth(2)
    c.line(LEFT, y - 7, RIGHT, y - 7)
    y -= 26
    supplier = (
        f"{OUR_NAME_EN}, Китай, 215163, Jiangsu, Suzhou New District, Huoju Road 88, тел.: +86 512 6651 2280"
    )
    buyer = (
        f"{BUYER}, ИНН 6679123456, КПП 667901001, 620026, Свердловская обл, Екатеринбург г, Куйбышева ул, "
        "дом № 44, тел.: +7 (343) 310-22-45"
    )
    y = _party(c, y, "Поставщик:", supplier)
    y = _party(c, y, "Покупатель:", buyer)
    y -= 2
    fields = [
        ("Дата поступления:", DELIVERY.strftime("%d.%m.%Y")),
        ("Адрес доставки:", ADDRESS),
        ("Условия оплаты:", TERMS),
        ("Условия поставки:", "FOB Шанхай (Инкотермс 2020)"),
    ]
    for label, value in fields:
        draw.text(c, LEFT, y, label, font, 8)
        draw.text(c, LEFT + 90, y, value, font, 8)
        y -= 11
    y = _table(c, y - 6)
    edges = _edges()
    sums = [("Итого:", ru(total())), ("Без налога (НДС)", "-"), ("Всего к оплате:", ru(total()))]
    for label, value in sums:
        y -= 12
        draw.text(c, edges[5] + 50, y, label, bold, 8, "right")
        draw.text(c, edges[7] - 3, y, value, bold, 8, "right")
    y -= 20
    draw.text(c, LEFT, y, f"Всего наименований {len(ITEMS)}, на сумму {ru(total())} USD", font, 8)
    y -= 12
    draw.text(c, LEFT, y, in_words(total()), bold, 8.5)
    c.setLineWidth(2)
    c.line(LEFT, y - 8, RIGHT, y - 8)
    y -= 40
    for x, title, name in (
        (LEFT, "Менеджер", "Е. А. Петрова"),
        (LEFT + 270, "Руководитель", "С. В. Морозов"),
    ):
        draw.text(c, x, y, title, bold, 8)
        c.setLineWidth(0.5)
        c.line(x + 70, y - 2, x + 170, y - 2)
        draw.text(c, x + 120, y - 11, "подпись", font, 5.5, "center")
        draw.text(c, x + 175, y, name, font, 8)
    c.showPage()
    c.save()
    return buffer.getvalue()
