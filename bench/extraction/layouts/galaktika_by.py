"""Unseen layout: a Grodno hydraulics plant's ЗАМОВА ПАСТАЎШЧЫКУ printed by Галактыка ERP, in Belarusian, CNY.

ТАА «Нёман-Гідраўліка» (hydraulic cylinders and farm-machinery hydraulics, Grodno, Belarus) runs
Галактыка ERP (Galaktika, the ERP of many Belarusian plants) with its print forms in Belarusian, and
e-mails the order to its Chinese supplier as the PDF of the print, in yuan (Belarusian importers pay
Chinese suppliers in CNY), saved as Замова 418-26.pdf. What it prints (A4 portrait, Cyrillic with і, ў in
DejaVu Sans): the company top left with its УНП (9 digits), address, IBAN BY.., bank and BIC, phone and
e-mail; a Пастаўшчык: box top right (us, Кітай); ЗАМОВА ПАСТАЎШЧЫКУ № 418/26-З centred; label: value
rows two a row (Дата замовы 16.12.2026 / Тэрмін пастаўкі 20.02.2027, Ваша прапанова / Валюта CNY, Умовы
пастаўкі FCA Шанхай / Транспарт by rail through Małaszewicze), Умовы аплаты, Месца пастаўкі and
Адказная асоба across; a ruled grid with a shaded head of two-line captions: № п/п | Код (Galaktika's
nomenclature codes, 28.12.0418) | Найменне тавару (wrapped at words) | Адз. вым. (шт., кг, м, кампл.) |
Колькасць with three decimals (5 000,000; 612,500) | Цана, CNY (two to four decimals as keyed, 0,4250) |
Скідка, % (on three lines) | Сума, CNY after it; space thousands and a decimal comma; 17 lines; Усяго
без ПДВ / ПДВ 0 % (import: VAT at customs) / Усяго да аплаты, CNY at the right; Сума прапісам in
Belarusian words; Заўвагі 1-3; Дырэктар / Галоўны бухгалтар / Выканаўца with lines and М.П.; a foot with
Галактыка ERP, the print time and Старонка 1 з 1.

Truth: the PO number 418/26-З; the order date Дата замовы; the requested delivery date Тэрмін пастаўкі;
the currency CNY (Валюта); the buyer the company; the supplier Пастаўшчык (us); the ship-to address Месца
пастаўкі; the payment terms Умовы аплаты; the total Усяго да аплаты; per line the part number Код, the
description Найменне тавару, the unit Адз. вым., the quantity, the unit price Цана (before the Скідка)
and the amount Сума (after it).
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

FILENAME = "Замова 418-26.pdf"
BUYER = "ТАА «Нёман-Гідраўліка»"
PO = "418/26-З"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 2, 20)
ADDRESS = "Склад № 2, вул. Суворава, 312, 230005 г. Гродна"
TERMS = "30 % перадаплата, 70 % на працягу 45 дзён пасля адгрузкі"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 34.0, A4[0] - 34.0
# Код, Найменне тавару, Адз. вым., Колькасць, Цана, Скідка %
ITEMS = [
    ("28.12.0418", "Шток хромаваны Ø40 мм, даўжыня 1000 мм, CK45", "шт.", "120", "58.60", ""),
    ("28.12.0420", "Труба хонінгаваная 63×75 мм, St52, даўжыня 1000 мм", "шт.", "80", "96.40", "3"),
    ("28.13.0105", "Ушчыльненне штока U-манжэта 40×50×10, PU", "шт.", "2000", "1.85", ""),
    ("28.13.0110", "Ушчыльненне поршня 63×48×20, NBR/PTFE", "шт.", "1000", "4.20", ""),
    ("28.13.0210", "Кольца ўшчыльняльнае (O-кольца) 45×3,5 NBR 70", "шт.", "5000", "0.4250", ""),
    ("28.13.0215", "Кольца апорнае 40×45×9,7, PTFE з бронзай", "шт.", "2400", "1.3650", ""),
    ("28.14.0301", "Гідрараспрадзельнік секцыйны 3-секц., 80 л/мін, 12 В", "шт.", "36", "842.00", "5"),
    ("28.14.0318", "Насос шасцярэнны 22 см³, левага кручэння", "шт.", "60", "486.50", "5"),
    ("28.15.0025", "Рукаў высокага ціску 2SN DN12, 1,0 м, з фітынгамі", "шт.", "400", "38.90", ""),
    ("28.15.0110", 'Хуткаразборнае злучэнне ISO-A 1/2"', "кампл.", "300", "27.40", ""),
    ("28.16.0008", 'Ніпель BSP 1/2" - M18×1,5', "шт.", "1500", "2.3600", ""),
    ("28.17.0002", "Шарнір шаравы M20×1,5, з пыльнікам", "шт.", "600", "12.80", "3"),
    ("28.18.0120", "Пруток 40Х Ø60 мм, гарачакатаны", "кг", "612.5", "9.64", ""),
    ("28.18.0135", "Ліст 09Г2С, таўшчыня 10 мм", "кг", "1840", "7.35", ""),
    ("28.19.0044", "Шруба M12×40, кл. 8.8, DIN 912, ацынкаваная", "кг", "245.5", "21.60", ""),
    ("28.20.0006", "Шланг дрэнажны ПВХ Ø16 мм", "м", "350", "3.1250", ""),
    ("28.99.0001", "Паддон драўляны ISPM 15, 1200×800", "шт.", "10", "95.00", ""),
]
IN_WORDS = "Сума прапісам: Сто сорак пяць тысяч восемсот восемдзесят пяць кітайскіх юаняў 19 фэняў"
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("№", "п/п"), 22, "c"),
        Column(("Код",), 50, "l"),
        Column(("Найменне тавару",), 0, "l"),
        Column(("Адз.", "вым."), 32, "c"),
        Column(("Колькасць",), 56, "r"),
        Column(("Цана,", "CNY"), 50, "r"),
        Column(("Скідка,", "%"), 38, "r"),
        Column(("Сума,", "CNY"), 64, "r"),
    ],
    size=7.6,
    line_h=10.0,
)


def by_number(value: Decimal | str, places: int = 2) -> str:
    """5 000,00: thousands grouped by a space, a decimal comma."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def money(value: Decimal | str) -> str:
    return by_number(value)


def price(value: str) -> str:
    """Цана as keyed: two decimals, or four where the price has them (0,4250)."""
    return by_number(value, 4 if len(value.split(".")[1]) > 2 else 2)


def by_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def total() -> Decimal:
    return FIELDS.total(ITEMS)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, bold, 13)
    company = [
        "вул. Суворава, 312, 230005 г. Гродна, Рэспубліка Беларусь",
        "УНП 590418273",
        "Р/р BY27 AKBB 3012 0000 4187 3000 0000 у ААТ «АСБ Беларусбанк», BIC AKBBBY2X",
        "Тэл.: +375 152 41 82 70   E-mail: zakup@nioman-hydraulika.by",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 14 - 9.5 * k, value, font, 7.2)
    x0 = RIGHT - 200
    c.setLineWidth(0.6)
    c.rect(x0, top - 62, RIGHT - x0, 70)
    draw.text(c, x0 + 6, top - 3, "Пастаўшчык:", font, 7.2)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu, Кітай"]
    for k, value in enumerate(supplier):
        draw.text(c, x0 + 8, top - 17 - 12 * k, value, bold if k == 0 else font, 7.8)
    y = top - 92
    draw.text(c, WIDTH / 2, y, f"ЗАМОВА ПАСТАЎШЧЫКУ № {PO}", bold, 14, "center")
    y -= 24
    pairs = [
        (("Дата замовы:", by_date(ORDER_DATE)), ("Тэрмін пастаўкі:", by_date(DELIVERY))),
        (("Ваша прапанова:", "QH-Q26-1209 ад 09.12.2026"), ("Валюта:", "CNY")),
        (("Умовы пастаўкі:", "FCA Шанхай (Incoterms 2020)"), ("Транспарт:", "чыгунка праз Малашэвічы")),
    ]
    half = LEFT + (RIGHT - LEFT) / 2 + 16
    for row in pairs:
        for x, (label, value) in zip((LEFT, half), row, strict=True):
            draw.text(c, x, y, label, font, 8.1)
            draw.text(c, x + 84, y, value, font, 8.1)
        y -= 13
    across = [
        ("Умовы аплаты:", TERMS),
        ("Месца пастаўкі:", ADDRESS),
        ("Адказная асоба:", "Вольга Кавалёва, +375 152 41 82 77, v.kavaliova@nioman-hydraulika.by"),
    ]
    for label, value in across:
        draw.text(c, LEFT, y, label, font, 8.1)
        draw.text(c, LEFT + 84, y, value, font, 8.1)
        y -= 13
    draw.text(c, LEFT, y - 5, "Просім паставіць наступныя тавары згодна з Вашай прапановай:", font, 8.1)
    return y - 13


def _cells(n: int, item: tuple, font: str) -> list[list[str]]:
    code, name, unit, qty, cost, discount = item
    return [
        [str(n)],
        [code],
        wrap_words(name, font, GRID.size, GRID.width(2)),
        [unit],
        [by_number(qty, 3)],
        [price(cost)],
        [by_number(discount, 0) if discount else ""],
        [money(FIELDS.amount(item))],
    ]


def _totals(c: Canvas, font: str, bold: str, y: float) -> float:
    rows = [
        ("Усяго без ПДВ:", money(total()), font),
        ("ПДВ 0 % (імпарт – ПДВ спаганяецца пры мытным афармленні):", "–", font),
        ("Усяго да аплаты, CNY:", money(total()), bold),
    ]
    y -= 14
    for label, value, face in rows:
        draw.text(c, RIGHT - 72, y, label, face, 8.1, "right")
        draw.text(c, RIGHT - 3, y, value, face, 8.1, "right")
        y -= 12.5
    y -= 4
    draw.text(c, LEFT, y, IN_WORDS, font, 8.1)
    y -= 20
    notes = [
        "Заўвагі:",
        "1. Нумар замовы паказваць у інвойсе, спецыфікацыі, CMR / СМГС і на кожным грузавым месцы.",
        "2. Да тавару прыкласці сертыфікат паходжання формы A і сертыфікаты якасці EN 10204 3.1.",
        "3. Просім пацвердзіць замову і тэрмін адгрузкі па e-mail на працягу 3 рабочых дзён.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 * k, value, bold if k == 0 else font, 7.6)
    y -= 11 * len(notes) + 30
    for x, label, name in (
        (LEFT, "Дырэктар", "А. М. Жукоўскі"),
        (LEFT + 180, "Галоўны бухгалтар", "Т. І. Ярмоліч"),
        (LEFT + 370, "Выканаўца", "В. С. Кавалёва"),
    ):
        draw.text(c, x, y, label, font, 8.1)
        c.line(x, y - 18, x + 110, y - 18)
        draw.text(c, x, y - 28, name, font, 7.6)
    draw.text(c, LEFT + 140, y - 44, "М.П.", font, 8.1)
    return y - 44


def render() -> bytes:
    font, bold = zakaz_1c_ru.fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Замова пастаўшчыку {PO}")
    c.setAuthor("kavaliova")
    c.setCreator("Галактыка ERP 9.1")
    y = GRID.head(c, _head(c, font, bold), bold)
    for n, item in enumerate(ITEMS, start=1):
        y = GRID.row(c, y, _cells(n, item, font), font)
    end = _totals(c, font, bold, y)
    if end < 52:
        raise AssertionError(f"the order does not fit on one page ({end:.0f})")
    draw.text(
        c, LEFT, 28, "Галактыка ERP   Надрукавана: 16.12.2026 11:18   Карыстальнік: kavaliova", font, 6.6
    )
    draw.text(c, RIGHT, 28, "Старонка 1 з 1", font, 6.6, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
