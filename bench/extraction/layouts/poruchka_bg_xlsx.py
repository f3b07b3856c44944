"""Unseen layout: a Plovdiv farm-machinery maker's own Excel ПОРЪЧКА (Bulgaria) to us, EUR.

„Пълдин Агротехника“ ООД (Plovdiv) orders from China with its own Excel order form (Bulgaria has paid in
euro since 1 January 2026, so the form is in EUR). What it holds: sheet Поръчка in Times New Roman without
gridlines; ПОРЪЧКА merged across with "№ 0000418 / 21.12.2026 г." under it (typed text); two blocks side by
side, ВЪЗЛОЖИТЕЛ (the company: Фирма, ЕИК, ИН по ЗДДС BG..., Адрес, МОЛ, Тел.) on the left and ДОСТАВЧИК
(us: Фирма, Адрес over two rows ending Китай, Лице за контакт, E-mail) on the right, labels in their own
cells and values merged beside them; then label | merged value rows: Номер на поръчката 0000418 (text, the
leading zeros of Bulgarian document numbers kept), Дата на поръчката and Срок на доставка real dates shown
the Bulgarian way with "г." after them (dd.mm.yyyy "г.": 21.12.2026 г.), Условия на доставка FCA Шанхай
(Incoterms 2020), Начин на плащане (банков превод, 60 дни след датата на фактурата), Валута EUR, Място на
доставка the warehouse's name over its address row, Лице за контакт; "Моля, доставете ..."; a ruled table
with a shaded head № | Код (ПА-20418) | Наименование на стоката (Cyrillic with Ø, °, ×) | Мярка (бр., к-т,
кг, оп.) | Количество (612,5) | Ед. цена без ДДС, EUR shown with two to four decimals (0,065) | Отстъпка, %
typed as 5 and 8 on two lines, empty on the rest | Стойност без ДДС, EUR =ROUND(E*F*(1-G/100),2) with
cached values | Забележка (packing notes); 16 lines; Данъчна основа =SUM, ДДС 0 % (внос – ДДС се начислява
при митническото оформяне) and Сума за плащане, EUR as formulas; Словом: the sum in words (... евро и 80
евроцента); Забележки 1-3; Съставил / Одобрил with (подпис) and М.П. (the stamp's place).

Truth: the PO number Номер на поръчката (0000418, also under the title); the order date Дата на поръчката;
the requested delivery date Срок на доставка; the currency EUR; the buyer ВЪЗЛОЖИТЕЛ's Фирма (the company);
the supplier ДОСТАВЧИК's Фирма (us); the ship-to address the address row under the warehouse's name of Място
на доставка; the payment terms Начин на плащане; the total Сума за плащане; per line the part number Код,
the description Наименование на стоката, the unit Мярка, the quantity Количество, the unit price Ед. цена
(before the Отстъпка) and the amount Стойност (after it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill

from bench.extraction.layouts._form_table import boxed_cells, head_cells, total_rows
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import THIN, form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Poruchka_0000418_Qihang.xlsx"
BUYER = "„Пълдин Агротехника“ ООД"
PO = "0000418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 22)
WAREHOUSE = "„Пълдин Агротехника“ ООД – склад Радиново"
ADDRESS = "ул. „Индустриална“ 4, с. Радиново 4202, общ. Марица"
TERMS = "банков превод, 60 дни след датата на фактурата"
FONT = "Times New Roman"
HEAD_ROW = 24
FIXED_TIME = dt.datetime(2026, 12, 21, 10, 5, 0)
MONEY = "#,##0.00"
BG_DATE = 'dd.mm.yyyy "г."'
# Код, Наименование на стоката, Мярка, Количество, Ед. цена (EUR), Отстъпка %, Забележка
ITEMS = [
    ("ПА-20418", "Лагер сачмен 6206-2RS, 30×62×16 мм", "бр.", "800", "2.35", "", ""),
    ("ПА-20422", "Лагерна къща UCFL 206 с лагер, чугунена", "бр.", "120", "9.80", "", ""),
    ("ПА-21105", "Верига ролкова 12B-1, 5 м (с 1 съединително звено)", "бр.", "60", "18.40", "", "по 10 бр."),
    ("ПА-21140", "Зъбно колело 12B-1, z=19, главина Ø35 мм", "бр.", "90", "14.60", "5", ""),
    ("ПА-22012", "Болт с шестостенна глава M12×60, кл. 8.8, поцинкован", "бр.", "4000", "0.28", "", ""),
    ("ПА-22018", "Гайка самоосигуряваща M12, кл. 8, поцинкована", "бр.", "4000", "0.0650", "", ""),
    ("ПА-22031", "Шайба плоска Ø13 мм, DIN 125, поцинкована (оп. 500 бр.)", "оп.", "16", "6.90", "", ""),
    ("ПА-23007", "Хидравличен цилиндър 50/30×300 мм, двойнодействащ", "бр.", "40", "64.50", "8", "с паспорт"),
    ("ПА-23015", "Маркуч хидравличен 2SN DN10, 1 м с накрайници", "бр.", "150", "7.45", "", ""),
    ("ПА-23022", 'Бърза връзка хидравлична 1/2" ISO-A, к-т мъжка+женска', "к-т", "100", "11.20", "", ""),
    ("ПА-24004", "Разпределител хидравличен 2-секционен, 40 л/мин", "бр.", "20", "96.00", "", ""),
    ("ПА-25010", "Нож за дискова брана Ø510 мм, назъбен, бор стомана", "бр.", "240", "21.75", "", ""),
    ("ПА-25018", "Пружина за култиватор, 10×80 мм", "бр.", "500", "3.15", "", ""),
    ("ПА-26001", "Ламарина стоманена S355, 4 мм, по чертеж", "кг", "612.5", "1.36", "", "сертификат 3.1"),
    ("ПА-27003", "Ремък клиновиден SPB 2000", "бр.", "80", "8.90", "", ""),
    ("ПА-99001", "Палет за износ ISPM 15, термично обработен", "бр.", "7", "15.00", "", ""),
]
HEADS = [
    "№",
    "Код",
    "Наименование на стоката",
    "Мярка",
    "Количество",
    "Ед. цена без ДДС, EUR",
    "Отстъпка, %",
    "Стойност без ДДС, EUR",
    "Забележка",
]
COLUMNS = "ABCDEFGHI"
# the total in words as Bulgarian forms print it (евро and евроцента)
IN_WORDS = "Двадесет и една хиляди осемстотин седемдесет и четири евро и 80 евроцента"
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)


FIELDS = ItemFields()


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _head(sheet) -> None:
    _put(sheet, "A1", "ПОРЪЧКА", Font(name=FONT, size=16, bold=True), merge="I1")
    _put(sheet, "A2", f"№ {PO} / {ORDER_DATE:%d.%m.%Y} г.", BOLD, merge="I2")
    for ref in ("A1", "A2"):
        sheet[ref].alignment = Alignment(horizontal="center")
    _put(sheet, "A4", "ВЪЗЛОЖИТЕЛ (КУПУВАЧ)", BOLD, merge="D4")
    _put(sheet, "F4", "ДОСТАВЧИК (ИЗПЪЛНИТЕЛ)", BOLD, merge="I4")
    for col in "ABCDFGHI":
        sheet[f"{col}4"].border = Border(bottom=THIN)
    left = [
        ("Фирма:", BUYER, BOLD),
        ("ЕИК:", "115829403", PLAIN),
        ("ИН по ЗДДС:", "BG115829403", PLAIN),
        ("Адрес:", "гр. Пловдив 4009, бул. „Коматевско шосе“ 96", PLAIN),
        ("МОЛ:", "Стоян Петров Димитров", PLAIN),
        ("Тел.:", "+359 32 605 418", PLAIN),
    ]
    right = [
        ("Фирма:", OUR_NAME_EN, BOLD),
        ("Адрес:", "No. 88 Huoju Road, Suzhou New District", PLAIN),
        ("", "215163 Suzhou, Jiangsu, Китай", PLAIN),
        ("Лице за контакт:", "Wang Lei", PLAIN),
        ("E-mail:", "sales@qihang-precision.cn", PLAIN),
    ]
    for k, (label, value, font) in enumerate(left):
        row = 5 + k
        _put(sheet, f"A{row}", label)
        _put(sheet, f"B{row}", value, font, merge=f"D{row}")
    for k, (label, value, font) in enumerate(right):
        row = 5 + k
        if label:
            _put(sheet, f"F{row}", label)
        _put(sheet, f"G{row}", value, font, merge=f"I{row}")
    rows = [
        (12, "Номер на поръчката:", PO, BOLD, None),
        (13, "Дата на поръчката:", ORDER_DATE, PLAIN, BG_DATE),
        (14, "Срок на доставка:", DELIVERY, BOLD, BG_DATE),
        (15, "Условия на доставка:", "FCA Шанхай (Incoterms 2020)", PLAIN, None),
        (16, "Начин на плащане:", TERMS, PLAIN, None),
        (17, "Валута:", "EUR", PLAIN, None),
        (18, "Място на доставка:", WAREHOUSE, PLAIN, None),
        (19, "", ADDRESS, PLAIN, None),
        (20, "Лице за контакт:", "Мария Иванова, +359 888 418 220", PLAIN, None),
    ]
    for row, label, value, font, fmt in rows:
        if label:
            _put(sheet, f"A{row}", label, merge=f"B{row}")
        cell = _put(sheet, f"C{row}", value, font, fmt, merge=f"F{row}")
        cell.alignment = Alignment(horizontal="left")
    _put(
        sheet,
        "A22",
        "Моля, доставете следните стоки съгласно Ваша оферта № QH-Q26-1221 от 15.12.2026 г.:",
        merge="I22",
    )


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n + 1, "0"),
            (code, None),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.##"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"A{row}"].alignment = Alignment(horizontal="center")
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        sheet[f"D{row}"].alignment = Alignment(horizontal="center")
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    total_rows(
        sheet,
        (
            "Данъчна основа:",
            "ДДС 0 % (внос – ДДС се начислява при митническото оформяне):",
            "Сума за плащане, EUR:",
        ),
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(FIELDS.total(ITEMS)),
        money=MONEY,
        cached=cached,
    )
    r = last + 5
    _put(sheet, f"A{r}", "Словом:", BOLD, merge=f"B{r}")
    _put(sheet, f"C{r}", IN_WORDS, PLAIN, merge=f"I{r}")
    _put(sheet, f"A{r + 2}", "Забележки:", BOLD, merge=f"C{r + 2}")
    notes = [
        "1. Номерът на поръчката да се посочва във фактурата, опаковъчния лист и на всяко колето.",
        "2. Сертификат за произход (Form A) и опаковъчен лист се изпращат с документите за стоката.",
        "3. Стоката се приема в работни дни от 8:00 до 16:00 ч. след предварително уточнен час.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 3 + k}", value, merge=f"I{r + 3 + k}")
    sign = r + 8
    _put(sheet, f"A{sign}", "Съставил:", BOLD, merge=f"B{sign}")
    _put(sheet, f"C{sign}", "Мария Иванова ..................")
    _put(sheet, f"F{sign}", "Одобрил:", BOLD)
    _put(sheet, f"G{sign}", "Стоян Димитров ..................", merge=f"I{sign}")
    _put(sheet, f"C{sign + 1}", "(подпис)")
    _put(sheet, f"G{sign + 1}", "(подпис)", merge=f"I{sign + 1}")
    _put(sheet, f"E{sign + 2}", "М.П.")
    return sign + 2


def render() -> bytes:
    widths = {"A": 5, "B": 12, "C": 44, "D": 8, "E": 11, "F": 12, "G": 10, "H": 13, "I": 18}
    workbook, sheet = form_sheet("Поръчка", "Мария Иванова", FIXED_TIME, widths)
    sheet.row_dimensions[1].height = 24
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}")
    return workbook_bytes(workbook, cached)
