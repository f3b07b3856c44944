"""Unseen layout: a Pavlodar hydraulics maker's own Excel ЖЕТКІЗУШІГЕ ТАПСЫРЫС (Kazakhstan, Kazakh), CNY.

«Ертіс Гидромаш» ЖШС (hydraulic cylinders and pump units, Pavlodar) orders its imports from China on a
workbook its supply department keeps as the order form, in Kazakh (Cyrillic with ә, ғ, қ, ң, ө, ұ, ү, һ, і),
and pays its Chinese suppliers in yuan. What it holds: sheet Тапсырыс in Arial without gridlines; the company
on rows 1-4 (its address, БСН / ЖСК (the IBAN) / bank and БСК / Кбе on one row, phone and e-mail) over a rule;
ЖЕТКІЗУШІГЕ ТАПСЫРЫС № ЕГ-0418/26 merged across, Павлодар қ. and the date in words (2026 жылғы 22 желтоқсан,
text) under it; label | merged value rows: Жеткізуші (us), Мекенжайы (Қытай), Тапсырыс нөмірі ЕГ-0418/26 typed
as text, Тапсырыс күні and Жеткізу мерзімі real dates shown dd.mm.yyyy, Валюта CNY, Төлем шарттары, Жеткізу
шарттары DAP Павлодар through Khorgos, Жеткізу мекенжайы (the warehouse's street), Жүк алушы (the warehouse
and its keeper), Жауапты тұлға; a request sentence naming our offer; a ruled table with a shaded head № |
Артикул (ЕГ-10215, Cyrillic letters) | Тауардың атауы | ЕАЭО СЭҚ ТН коды (the goods' ten-digit customs code,
typed as text: the importer declares every line) | Өлш. бірл. (дана, кг, орам, жинақ) | Саны (1500; 612.5) |
Бағасы, CNY with two to four decimals (0.315) | Сомасы, CNY =ROUND(F*G,2) with cached values | Ескертпе (a few
lines); 17 lines; Барлығы =SUM, ҚҚС 0 % (import: the VAT is paid at customs clearance) and Төлеуге барлығы,
CNY as formulas; the sum in Kazakh words (... юань 60 фэнь); Ескертулер 1-3; Директор / Бас бухгалтер with
signature lines, Орындаған and М.О. (the stamp's place); a print footer Бет &P / &N.

Truth: the PO number Тапсырыс нөмірі; the order date Тапсырыс күні; the requested delivery date Жеткізу
мерзімі; the currency CNY (Валюта); the buyer the company; the supplier Жеткізуші (us); the ship-to address
Жеткізу мекенжайы; the payment terms Төлем шарттары; the total Төлеуге барлығы; per line the part number
Артикул (not the customs code), the description Тауардың атауы, the unit Өлш. бірл., the quantity Саны, the
unit price Бағасы and the amount Сомасы.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._form_table import boxed_cells, head_cells, total_rows
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Тапсырыс ЕГ-0418-26.xlsx"
BUYER = "«Ертіс Гидромаш» ЖШС"
PO = "ЕГ-0418/26"
ORDER_DATE = dt.date(2026, 12, 22)
DELIVERY = dt.date(2027, 2, 26)
ADDRESS = "Павлодар қ., Өнеркәсіп көшесі, 27/1, 140000"
TERMS = "Банктік аударым, тауар жөнелтілгеннен кейін 45 күн ішінде"
IN_WORDS = "Бір жүз сексен мың төрт жүз он бір юань 60 фэнь"
FONT = "Arial"
HEAD_ROW = 23
FIXED_TIME = dt.datetime(2026, 12, 22, 11, 40, 0)
MONEY = "#,##0.00"
KZ_DATE = "dd.mm.yyyy"
# Артикул, Тауардың атауы, ЕАЭО СЭҚ ТН коды, Өлш. бірл., Саны, Бағасы (CNY), Ескертпе
ITEMS = [
    ("ЕГ-10215", "Шарикті мойынтірек 6206-2RS C3", "8482101009", "дана", "1500", "11.80", ""),
    ("ЕГ-10218", "Шарикті мойынтірек 6308-ZZ C3", "8482101009", "дана", "600", "26.40", ""),
    (
        "ЕГ-11402",
        "Жоғары қысымды шланг 2SN DN12, 1 м, екі ұшы гайкалы",
        "4009420000",
        "дана",
        "300",
        "52.60",
        "",
    ),
    ("ЕГ-11410", "Жоғары қысымды шланг 1SN DN10, орамда 50 м", "4009420000", "орам", "40", "486.00", ""),
    ("ЕГ-12007", "Тығыздағыш сақина (O-ring) 45×3,5, NBR 70", "4016930005", "дана", "8000", "0.315", ""),
    ("ЕГ-12015", "Манжета 50×60×10, полиуретан", "4016930005", "дана", "1200", "4.85", ""),
    ("ЕГ-13001", "Бұранда M12×40, 8.8, мырышталған, DIN 933", "7318158209", "кг", "612.5", "13.60", ""),
    ("ЕГ-13005", "Сомын M12, 8 класс, мырышталған, DIN 934", "7318169100", "кг", "245.5", "14.20", ""),
    ("ЕГ-13012", "Шайба M12, DIN 125, мырышталған", "7318220009", "кг", "120", "12.80", ""),
    (
        "ЕГ-14020",
        "Тісті сорғы CBN-E316, оң айналым",
        "8413602000",
        "дана",
        "36",
        "620.00",
        "сынақ хаттамасымен",
    ),
    ("ЕГ-14033", "Электрмагниттік таратқыш 4WE6E, DC 24 В", "8481201009", "дана", "40", "385.00", ""),
    (
        "ЕГ-15002",
        "Гидроцилиндр 63/35×400, екі жақты әрекетті",
        "8412212009",
        "дана",
        "24",
        "1185.00",
        "сызба бойынша",
    ),
    ("ЕГ-15010", "Гидроцилиндр тығыздағыштарының жинағы 63/35", "4016930005", "жинақ", "120", "38.50", ""),
    ("ЕГ-16004", "Манометр 0-250 бар, Ø63, глицеринмен", "9026204000", "дана", "80", "36.90", ""),
    ("ЕГ-16010", "Гидравликалық сүзгі элементі, 10 мкм", "8421290009", "дана", "150", "42.75", ""),
    ("ЕГ-17001", "Дәнекерлеу сымы ER70S-6, Ø1,2 мм (катушка 15 кг)", "7229200000", "кг", "900", "9.85", ""),
    ("ЕГ-18001", "Ағаш паллет ISPM 15, экспорттық", "4415202000", "дана", "10", "95.00", "қайтарылмайды"),
]
HEADS = [
    "№",
    "Артикул",
    "Тауардың атауы",
    "ЕАЭО СЭҚ ТН коды",
    "Өлш. бірл.",
    "Саны",
    "Бағасы, CNY",
    "Сомасы, CNY",
    "Ескертпе",
]
COLUMNS = "ABCDEFGHI"
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
SMALL = Font(name=FONT, size=8)


FIELDS = ItemFields(unit=3, quantity=4, price=5, discount=None)


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


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _head(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=13, bold=True), merge="I1")
    company = [
        "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, 418 құрылыс, 140000, "
        "Қазақстан Республикасы",
        "БСН 091240012718   ЖСК KZ86722S000018412756   «Kaspi Bank» АҚ, БСК CASPKZKA   Кбе 17",
        "Тел.: +7 7182 61 04 18   E-mail: snab@ertis-gidromash.kz",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, SMALL, merge=f"I{k}")
    for col in COLUMNS:
        sheet[f"{col}4"].border = Border(bottom=Side(style="medium", color="000000"))
    title = f"ЖЕТКІЗУШІГЕ ТАПСЫРЫС № {PO}"
    centre = Alignment(horizontal="center")
    _put(sheet, "A6", title, Font(name=FONT, size=13, bold=True), merge="I6", alignment=centre)
    _put(sheet, "A7", "Павлодар қ.", merge="C7")
    _put(sheet, "G7", "2026 жылғы 22 желтоқсан", merge="I7", alignment=Alignment(horizontal="right"))
    rows = [
        (9, "Жеткізуші:", OUR_NAME_EN, BOLD, None),
        (10, "Мекенжайы:", "No. 88 Huoju Road, Suzhou New District, 215163 Suzhou, Қытай", PLAIN, None),
        (11, "Тапсырыс нөмірі:", PO, BOLD, None),
        (12, "Тапсырыс күні:", ORDER_DATE, PLAIN, KZ_DATE),
        (13, "Жеткізу мерзімі:", DELIVERY, PLAIN, KZ_DATE),
        (14, "Валюта:", "CNY", PLAIN, None),
        (15, "Төлем шарттары:", TERMS, PLAIN, None),
        (16, "Жеткізу шарттары:", "DAP Павлодар (Incoterms 2020), Қорғас арқылы автокөлікпен", PLAIN, None),
        (17, "Жеткізу мекенжайы:", ADDRESS, PLAIN, None),
        (18, "Жүк алушы:", f"{BUYER}, №2 қойма, меңгеруші Н. Ахметов, +7 701 418 27 63", PLAIN, None),
        (19, "Жауапты тұлға:", "Әсел Нұрланқызы, жабдықтау бөлімі, +7 7182 61 04 27", PLAIN, None),
    ]
    for row, label, value, font, fmt in rows:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"I{row}", alignment=Alignment(horizontal="left"))
    text = (
        "Сіздің 2026 жылғы 15 желтоқсандағы QH-Q26-1215 коммерциялық ұсынысыңыз негізінде келесі "
        "тауарларды жеткізуді сұраймыз:"
    )
    _put(sheet, "A21", text, merge="I21", alignment=Alignment(wrap_text=True, vertical="top"))
    sheet.row_dimensions[21].height = 27


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, customs, unit, qty, price, note = item
        number = Decimal(qty)
        values = [
            (n + 1, "0"),
            (code, None),
            (name, None),
            (customs, "@"),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.###"),
            (float(price), "#,##0.00##"),
            (f"=ROUND(F{row}*G{row},2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        for col in "ADE":
            sheet[f"{col}{row}"].alignment = Alignment(horizontal="center")
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = (
        "Барлығы:",
        "ҚҚС 0 % (импорт – ҚҚС кедендік ресімдеу кезінде төленеді):",
        "Төлеуге барлығы, CNY:",
    )
    total_rows(
        sheet,
        labels,
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(total()),
        money=MONEY,
        cached=cached,
    )
    r = last + 5
    _put(sheet, f"A{r}", f"Барлығы жазбаша: {IN_WORDS}", merge=f"I{r}")
    r += 2
    _put(sheet, f"A{r}", "Ескертулер:", BOLD, merge=f"C{r}")
    notes = [
        "1. Тапсырыс нөмірі инвойсте, қаптама парағында және әрбір жәшікте көрсетілуі тиіс.",
        "2. Жүкпен бірге шығу тегі сертификаты (Form A) және сапа сертификаттары жіберілсін.",
        "3. Тауар дүйсенбі – жұма күндері 09:00 – 17:00 аралығында алдын ала келісім бойынша қабылданады.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 6
    _put(sheet, f"A{sign}", "Директор ______________ Б. Сейітов", merge=f"D{sign}")
    _put(sheet, f"F{sign}", "Бас бухгалтер ______________ Г. Омарова", merge=f"I{sign}")
    _put(
        sheet, f"A{sign + 2}", "Орындаған: Ә. Нұрланқызы, тел. +7 7182 61 04 27", SMALL, merge=f"D{sign + 2}"
    )
    _put(sheet, f"F{sign + 2}", "М.О.", BOLD)
    return sign + 2


def render() -> bytes:
    widths = {"A": 5, "B": 11, "C": 42, "D": 14, "E": 8, "F": 10, "G": 11, "H": 13, "I": 18}
    workbook, sheet = form_sheet("Тапсырыс", "Әсел Нұрланқызы", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    end = _end(sheet, _table(sheet, cached), cached)
    print_setup(sheet, f"A1:I{end}", landscape=True, footer="Бет &P / &N")
    return workbook_bytes(workbook, cached)
