"""Unseen layout: a Bishkek equipment dealer's ЖЕТКИРҮҮЧҮГӨ БУЙРУТМА from a 1C-style package, Kyrgyz, USD.

ЖЧК «Тулпар Агротехника» (farm machinery, pumps and spare parts, Bishkek, Kyrgyzstan) keeps its books in a
1C:Бухгалтерия-style package with its print forms in Kyrgyz, and e-mails its Chinese supplier the PDF of
the order in dollars, saved as Буйрутма ТА-000418.pdf. What it prints (A4 portrait, Cyrillic with ң, ө, ү
in DejaVu Sans): ЖЕТКИРҮҮЧҮГӨ БУЙРУТМА № ТА-000418, 2026-жылдын 16-декабры bold over a thick rule; the
1C head of label | value rows (Жеткирүүчү: us with our address; Сатып алуучу: the company with its ИСН,
address and bank; Негиз: our quotation); then Жеткирүү мөөнөтү 22.02.2027, Валюта АКШ доллары (USD),
Төлөө шарттары and Жеткирүү дареги each on its row; a ruled grid with a head of two-line captions:
№ | Артикул (TA-PM-0418) | Товар (wrapped at words) | Саны with three decimals (1 500,000; 62,500) |
Өлч. бир. (даана, компл., кг, м, куту) | Баасы | Арзандатуу, % (on three lines) | Суммасы after it; space
thousands and a decimal comma; 18 lines; Жыйынтыгы: / КНС (0 %): / Бардыгы төлөөгө: at the right; Бардыгы
18 аталыш, 12 345,67 USD суммасына and the sum in Kyrgyz words; Эскертүүлөр 1-3; Жетекчи / Башкы бухгалтер
/ Жооптуу адам with lines and М.О.; a foot with the print time and Барак 1 / 1.

Truth: the PO number ТА-000418; the order date (the title's date); the requested delivery date Жеткирүү
мөөнөтү; the currency USD; the buyer the company (Сатып алуучу); the supplier Жеткирүүчү (us); the ship-to
address Жеткирүү дареги; the payment terms Төлөө шарттары; the total Бардыгы төлөөгө; per line the part
number Артикул, the description Товар, the unit, the quantity, the unit price Баасы (before the discount)
and the amount Суммасы (after it).
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

FILENAME = "Буйрутма ТА-000418.pdf"
BUYER = "ЖЧК «Тулпар Агротехника»"
PO = "ТА-000418"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 2, 22)
ADDRESS = "Бишкек ш., Ибраимов көч., 418, № 3 кампа"
TERMS = "30 % алдын ала төлөм, 70 % жүк жөнөтүлгөндөн кийин 45 күндүн ичинде"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 34.0, A4[0] - 34.0
# Артикул, Товар, Өлч. бир., Саны, Баасы, Арзандатуу %
ITEMS = [
    (
        "TA-PM-0418",
        "Борбордон тепкич насос CDL4-8, 1,1 кВт, 380 В, дат баспас болот",
        "даана",
        "12",
        "412.00",
        "",
    ),
    ("TA-PM-0422", "Суу астындагы насос 4SD6/12, 1,5 кВт, кабели менен 30 м", "даана", "20", "238.50", "5"),
    ("TA-PM-0701", "Насостун механикалык тыгыны 16 мм, SiC/SiC/EPDM", "компл.", "60", "14.80", ""),
    ("TA-BR-6208", "Подшипник 6208-2RS C3", "даана", "400", "2.65", ""),
    (
        "TA-BR-2216",
        "Сфералык роликтүү подшипник 22216 EK C3, адаптер втулкасы H316 менен",
        "компл.",
        "24",
        "88.40",
        "5",
    ),
    ("TA-SL-0455", "Май тыгыны TC 45×65×10 NBR", "даана", "1500", "0.3650", ""),
    ("TA-SL-0810", "О-шакек 80×3,5 FKM", "даана", "1000", "0.4250", ""),
    ("TA-BL-0120", "Ремень клиндүү B-1120 Li", "даана", "300", "3.40", ""),
    ("TA-CH-0801", "Роликтүү чынжыр 80-1, 10 фут (3,05 м)", "куту", "30", "52.75", ""),
    ("TA-GB-1040", "Червяктуу редуктор NMRV090, катышы 1:40, 1,5 кВт", "даана", "8", "286.00", "3"),
    ("TA-VL-2050", "Шар кран DN50 PN16 фланецтүү, SS316", "даана", "36", "44.60", ""),
    ("TA-VL-3080", "Дисктүү бекиткич DN80, тутка менен, EPDM", "даана", "24", "27.90", ""),
    ("TA-PP-0632", "Полиэтилен түтүк PE100 Ø32 мм, PN10", "м", "1200", "0.86", ""),
    ("TA-PP-1050", "Дат баспас түтүк AISI 304 Ø50×2 мм", "м", "62.5", "17.60", ""),
    ("TA-HW-1660", "Болт M16×60 кл. 8.8, ысык цинктелген, гайка жана шайба менен", "кг", "245.5", "3.20", ""),
    (
        "TA-NZ-0225",
        "Тамчылатып сугаруучу лента 16 мм, 20 см аралык, 1000 м оромо",
        "даана",
        "150",
        "38.00",
        "",
    ),
    ("TA-FL-0120", 'Диск фильтр 2", 120 меш', "даана", "40", "26.50", ""),
    ("TA-MN-0016", "Манометр 0-16 бар Ø63 мм, глицерин менен", "даана", "100", "4.85", ""),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("№",), 20, "c"),
        Column(("Артикул",), 54, "l"),
        Column(("Товар",), 0, "l"),
        Column(("Саны",), 52, "r"),
        Column(("Өлч.", "бир."), 34, "c"),
        Column(("Баасы,", "USD"), 46, "r"),
        Column(("Арзандатуу,", "%"), 48, "r"),
        Column(("Суммасы,", "USD"), 58, "r"),
    ],
    size=7.4,
    line_h=9.6,
)
ONES = ["", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"]
TENS = ["", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон"]


def by_number(value: Decimal | str, places: int = 2) -> str:
    """12 345,67: thousands grouped by a space, a decimal comma."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def money(value: Decimal | str) -> str:
    return by_number(value)


def price(value: str) -> str:
    """Баасы as keyed: two decimals, or four where the price has them (0,3650)."""
    return by_number(value, 4 if len(value.split(".")[1]) > 2 else 2)


def kg_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _hundreds(n: int) -> list[str]:
    h, rest = divmod(n, 100)
    words = ([ONES[h]] if h > 1 else []) + (["жүз"] if h else [])
    return words + [w for w in (TENS[rest // 10], ONES[rest % 10]) if w]


def in_words(amount: Decimal) -> str:
    """12 345,67 -> Он эки миң үч жүз кырк беш АКШ доллары 67 цент (below a million)."""
    dollars, cents = divmod(int(amount * 100), 100)
    thousands, rest = divmod(dollars, 1000)
    words = ([*_hundreds(thousands), "миң"] if thousands else []) + _hundreds(rest)
    text = " ".join(words)
    return f"{text[0].upper()}{text[1:]} АКШ доллары {cents:02d} цент"


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
    top = HEIGHT - 46
    draw.text(c, LEFT, top, f"ЖЕТКИРҮҮЧҮГӨ БУЙРУТМА № {PO}, 2026-жылдын 16-декабры", bold, 13)
    c.setLineWidth(1.6)
    c.line(LEFT, top - 8, RIGHT, top - 8)
    rows = [
        ("Жеткирүүчү:", [f"{OUR_NAME_EN}, No. 88 Huoju Road, Suzhou New District,", "215163 Suzhou, Кытай"]),
        (
            "Сатып алуучу:",
            [
                f"{BUYER}, ИСН 01412201810418, Бишкек ш., Ибраимов көч., 418,",
                "тел.: +996 312 41 84 18, э/с KG 1280 0001 2345 4180 \u201cKICB\u201d ЖАК, БИК 128001",
            ],
        ),
        ("Негиз:", ["Коммерциялык сунуш № QH-Q26-1210, 10.12.2026"]),
    ]
    y = top - 26
    for label, values in rows:
        draw.text(c, LEFT, y, label, font, 8)
        for k, value in enumerate(values):
            draw.text(c, LEFT + 92, y - 10.5 * k, value, bold if k == 0 else font, 8)
        y -= 10.5 * len(values) + 5
    y -= 4
    across = [
        ("Жеткирүү мөөнөтү:", kg_date(DELIVERY)),
        ("Валюта:", "АКШ доллары (USD)"),
        ("Төлөө шарттары:", TERMS),
        ("Жеткирүү шарты:", "FCA Урумчи (Incoterms 2020), Торугарт аркылуу"),
        ("Жеткирүү дареги:", ADDRESS),
    ]
    for label, value in across:
        draw.text(c, LEFT, y, label, font, 8)
        draw.text(c, LEFT + 92, y, value, font, 8)
        y -= 12
    return y - 4


def _cells(n: int, item: tuple, font: str) -> list[list[str]]:
    code, name, unit, qty, cost, discount = item
    return [
        [str(n)],
        [code],
        wrap_words(name, font, GRID.size, GRID.width(2)),
        [by_number(qty, 3)],
        [unit],
        [price(cost)],
        [by_number(discount, 0) if discount else ""],
        [money(FIELDS.amount(item))],
    ]


def _totals(c: Canvas, font: str, bold: str, y: float) -> float:
    rows = [
        ("Жыйынтыгы:", money(total()), bold),
        ("КНС (0 %):", "–", font),
        ("Бардыгы төлөөгө:", money(total()), bold),
    ]
    y -= 13
    for label, value, face in rows:
        draw.text(c, RIGHT - 66, y, label, face, 8.2, "right")
        draw.text(c, RIGHT - 3, y, value, face, 8.2, "right")
        y -= 11.5
    draw.text(c, LEFT, y - 2, f"Бардыгы {len(ITEMS)} аталыш, {money(total())} USD суммасына", font, 8)
    draw.text(c, LEFT, y - 14, in_words(total()), bold, 8)
    c.setLineWidth(1.6)
    c.line(LEFT, y - 21, RIGHT, y - 21)
    y -= 36
    notes = [
        "Эскертүүлөр:",
        "1. Буйрутманын номерин инвойсто, таңгак баракчасында жана ар бир жүк ордунда көрсөтүңүз.",
        "2. Жүк менен кошо СТ-1 же A формасындагы келип чыгуу сертификаты жана сапат "
        "сертификаттары берилсин.",
        "3. Буйрутманы жана жөнөтүү мөөнөтүн 3 иш күнүнүн ичинде э-почта аркылуу ырастаңыз.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 10.5 * k, value, bold if k == 0 else font, 7.4)
    y -= 10.5 * len(notes) + 26
    for x, label, name in (
        (LEFT, "Жетекчи", "Б. Т. Асанов"),
        (LEFT + 180, "Башкы бухгалтер", "Г. К. Өмүрбекова"),
        (LEFT + 365, "Жооптуу адам", "Н. А. Үсөнов"),
    ):
        draw.text(c, x, y, label, font, 8)
        c.setLineWidth(0.5)
        c.line(x, y - 16, x + 110, y - 16)
        draw.text(c, x, y - 26, name, font, 7.4)
    draw.text(c, LEFT + 130, y - 40, "М.О.", font, 8)
    return y - 40


def render() -> bytes:
    font, bold = zakaz_1c_ru.fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Жеткирүүчүгө буйрутма {PO}")
    c.setAuthor("usonov")
    c.setCreator("1С:Предприятие 8.3")
    y = GRID.head(c, _head(c, font, bold), bold)
    for n, item in enumerate(ITEMS, start=1):
        y = GRID.row(c, y, _cells(n, item, font), font)
    end = _totals(c, font, bold, y)
    if end < 46:
        raise AssertionError(f"the order does not fit on one page ({end:.0f})")
    draw.text(c, LEFT, 26, "Басылып чыккан: 16.12.2026 15:07   Колдонуучу: Үсөнов Н. А.", font, 6.6)
    draw.text(c, RIGHT, 26, "Барак 1 / 1", font, 6.6, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
