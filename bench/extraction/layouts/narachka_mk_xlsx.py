"""Unseen layout: a Bitola food-machinery maker's own Excel НАРАЧКА (North Macedonia), EUR.

ПЕЛАГОНИЈА МАШИНИ ДООЕЛ Битола orders its imports with a workbook its purchasing office keeps as the order
template. What it holds: sheet Нарачка in Arial without gridlines; the company on rows 1-4 (its address, ЕДБ
MK4002019512873 and ЕМБС 6481237 on one row, phone and e-mail); НАРАЧКА merged across over a rule, "Број:
НР-0418/26" under it; label | value rows: Добавувач (us), Адреса на добавувачот (Кина), Број на нарачка
НР-0418/26 (text), Датум на нарачка and Рок на испорака (real dates shown dd.mm.yyyy), Валута EUR, Начин на
плаќање, Паритет FCA Шангај, Место на испорака (the warehouse's name; the address on the row under it),
Лице за контакт; "Ве молиме да ни ги испорачате ..."; a ruled table with a shaded head Р.бр. | Шифра
(ПМ-20418) | Назив на производот (Cyrillic with ѓ, ќ, ѕ, љ, њ, џ) | Ед. мера (парче, пар, сет, кг, м,
кутија) | Количина (1250.5) | Единечна цена (EUR) (0.0450) | Рабат % typed as a number (5, 3) | Износ (EUR)
=ROUND(E*F*(1-G/100),2) with cached values | Забелешка (two lines); 16 lines; Вкупно без ДДВ =SUM, ДДВ 0 %
(увоз) and ВКУПНО ЗА ПЛАЌАЊЕ (EUR) as formulas; Забелешки 1-3; Подготвил / Одобрил with М.П.; a print
footer Страна &P од &N.

Truth: the PO number Број на нарачка; the order date Датум на нарачка; the requested delivery date Рок на
испорака; the currency EUR (Валута); the buyer the company; the supplier Добавувач (us); the ship-to address
the row under Место на испорака's warehouse name; the payment terms Начин на плаќање; the total ВКУПНО ЗА
ПЛАЌАЊЕ; per line the part number Шифра, the description Назив на производот, the unit Ед. мера, the
quantity Количина, the unit price Единечна цена (before the Рабат) and the amount Износ (after it).
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

FILENAME = "Narachka_NR-0418-26_Qihang.xlsx"
BUYER = "ПЕЛАГОНИЈА МАШИНИ ДООЕЛ Битола"
PO = "НР-0418/26"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 2, 26)
WAREHOUSE = "Магацин за репроматеријали – ПЕЛАГОНИЈА МАШИНИ"
ADDRESS = "ул. Индустриска бб, Жабени, 7000 Битола"
TERMS = "Вирмански, 60 дена од датумот на фактурата"
FONT = "Arial"
HEAD_ROW = 21
FIXED_TIME = dt.datetime(2026, 12, 18, 9, 40, 0)
MONEY = "#,##0.00"
MK_DATE = "dd.mm.yyyy"
# Шифра, Назив на производот, Ед. мера, Количина, Единечна цена (EUR), Рабат %, Забелешка
ITEMS = [
    ("ПМ-20418", "Редуктор полжавест i=30, 0,75 kW, со прирабница", "парче", "40", "168.00", "", ""),
    ("ПМ-20422", "Ѕиден носач за мотор, челичен, поцинкуван", "парче", "80", "12.40", "", ""),
    ("ПМ-20510", "Лежиште UCP 206 со кукиште од лиено железо", "парче", "240", "7.85", "", ""),
    ("ПМ-20515", "Лежиште 6205-2RS C3", "парче", "600", "1.92", "", ""),
    ("ПМ-20602", "Синџир ролкаст 12B-1, 5 м во ролна", "м", "150", "6.80", "5", ""),
    ("ПМ-20608", "Синџирник 12B-1, z=19, за вратило Ø30", "парче", "120", "9.60", "", ""),
    (
        "ПМ-20701",
        "Транспортна лента од PVC, бела, за прехранбена индустрија",
        "м",
        "85",
        "38.50",
        "",
        "ширина 600 мм",
    ),
    ("ПМ-20705", "Спојница за лента, нерѓосувачка, комплет", "сет", "40", "22.00", "", ""),
    ("ПМ-20810", "Нерѓосувачки лим AISI 304, 2 мм, сечење по цртеж", "кг", "1250.5", "3.46", "", "атест 3.1"),
    ("ПМ-20815", "Нерѓосувачка цевка Ø38 × 1,5 мм, шипки по 6 м", "м", "360", "5.15", "3", ""),
    ("ПМ-20902", "Заптивка силиконска за капакот на резервоарот, Ø80", "парче", "500", "0.78", "", ""),
    ("ПМ-20910", "Пумпа за миење 0,55 kW, нерѓосувачка", "парче", "12", "214.00", "", ""),
    ("ПМ-21001", "Завртка M8 × 20 A2, DIN 933", "кутија", "60", "4.90", "", ""),
    ("ПМ-21005", "Навртка M8 A2, самоконтрирачка", "кутија", "60", "3.75", "", ""),
    ("ПМ-21010", "Подлошка M8 A2", "парче", "10000", "0.0450", "", ""),
    ("ПМ-21099", "Палета за извоз ISPM 15, термички обработена", "парче", "6", "15.00", "", ""),
]
HEADS = [
    "Р.бр.",
    "Шифра",
    "Назив на производот",
    "Ед. мера",
    "Количина",
    "Единечна цена (EUR)",
    "Рабат %",
    "Износ (EUR)",
    "Забелешка",
]
COLUMNS = "ABCDEFGHI"
HEAD_FILL = PatternFill("solid", fgColor="E2EFDA")
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
    _put(sheet, "A1", BUYER, Font(name=FONT, size=14, bold=True), merge="I1")
    company = [
        "ул. Индустриска бб, Жабени, 7000 Битола, Северна Македонија",
        "ЕДБ: MK4002019512873   ЕМБС: 6481237   Жиро сметка: 300-0000412873-91 (Комерцијална банка)",
        "Тел.: +389 47 203 418   е-пошта: nabavka@pelagonija-masini.mk",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"I{k}")
    title = _put(sheet, "A6", "НАРАЧКА", Font(name=FONT, size=16, bold=True), merge="I6")
    title.alignment = Alignment(horizontal="center")
    for col in COLUMNS:
        sheet[f"{col}6"].border = Border(bottom=Side(style="medium", color="000000"))
    _put(sheet, "A7", f"Број: {PO}", BOLD, merge="I7", alignment=Alignment(horizontal="center"))
    rows = [
        (9, "Добавувач:", OUR_NAME_EN, BOLD, None),
        (
            10,
            "Адреса на добавувачот:",
            "No. 88 Huoju Road, Suzhou New District, 215163 Suzhou, Кина",
            PLAIN,
            None,
        ),
        (11, "Број на нарачка:", PO, BOLD, None),
        (12, "Датум на нарачка:", ORDER_DATE, PLAIN, MK_DATE),
        (13, "Рок на испорака:", DELIVERY, PLAIN, MK_DATE),
        (14, "Валута:", "EUR", PLAIN, None),
        (15, "Начин на плаќање:", TERMS, PLAIN, None),
        (16, "Паритет:", "FCA Шангај (Incoterms 2020)", PLAIN, None),
        (17, "Место на испорака:", WAREHOUSE, PLAIN, None),
        (18, "", ADDRESS, PLAIN, None),
        (19, "Лице за контакт:", "Љубица Трајковска, тел. +389 70 318 442", PLAIN, None),
    ]
    for row, label, value, font, fmt in rows:
        if label:
            _put(sheet, f"A{row}", label, BOLD, merge=f"C{row}")
        _put(sheet, f"D{row}", value, font, fmt, merge=f"I{row}", alignment=Alignment(horizontal="left"))
    text = "Ве молиме да ни ги испорачате следниве производи според вашата понуда QH-Q26-1216:"
    _put(sheet, "A20", text, merge="I20")


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
            (int(number) if number == int(number) else float(number), "#,##0.00"),
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
        ("Вкупно без ДДВ:", "ДДВ 0 % (увоз – ДДВ се плаќа на царина):", "ВКУПНО ЗА ПЛАЌАЊЕ (EUR):"),
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
    _put(sheet, f"A{r}", "Забелешки:", BOLD, merge=f"C{r}")
    notes = [
        "1. Бројот на нарачката да се наведе на фактурата, на спецификацијата за пакување и на секој пакет.",
        "2. Потребен е сертификат за потекло (EUR.1 или Form A) и изјава за сообразност CE каде што важи.",
        "3. Стоката се прима од понеделник до петок, 08:00 – 15:00 часот, по претходен договор.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 6
    _put(sheet, f"B{sign}", "Подготвил:", BOLD, merge=f"C{sign}", alignment=Alignment(horizontal="center"))
    _put(sheet, f"F{sign}", "Одобрил:", BOLD, merge=f"I{sign}", alignment=Alignment(horizontal="center"))
    _put(sheet, f"B{sign + 1}", "Љубица Трајковска", merge=f"C{sign + 1}")
    _put(sheet, f"F{sign + 1}", "Ѓорѓи Николовски, управител", merge=f"I{sign + 1}")
    sheet[f"B{sign + 1}"].alignment = sheet[f"F{sign + 1}"].alignment = Alignment(horizontal="center")
    _put(sheet, f"E{sign + 3}", "М.П.", BOLD, alignment=Alignment(horizontal="center"))
    return sign + 3


def render() -> bytes:
    widths = {"A": 6, "B": 11, "C": 46, "D": 9, "E": 11, "F": 13, "G": 8, "H": 14, "I": 18}
    workbook, sheet = form_sheet("Нарачка", "Љубица Трајковска", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", header=f"Нарачка {PO}", footer="Страна &P од &N")
    return workbook_bytes(workbook, cached)
