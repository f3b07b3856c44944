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
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from bench.extraction.layouts._sheet_cells import put_cell
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples.sample import OUR_NAME_EN
from orderbridge.samples.zip_bytes import freeze

FILENAME = "Narachka_NR-0418-26_Qihang.xlsx"
BUYER = "ПЕЛАГОНИЈА МАШИНИ ДООЕЛ Битола"
PO = "НР-0418/26"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 2, 26)
WAREHOUSE = "Магацин за репроматеријали – ПЕЛАГОНИЈА МАШИНИ"
ADDRESS = "ул. Индустриска бб, Жабени, 7000 Битола"
TERMS = "Вирмански, 60 дена од датумот на фактурата"
CENT = Decimal("0.01")
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
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="E2EFDA")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)


def line_total(item: tuple) -> Decimal:
    gross = amount(item[3], item[4])
    return (gross * (100 - Decimal(item[5] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[3]),
            unit=item[2],
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
    for k, title in enumerate(HEADS):
        cell = _put(sheet, f"{COLUMNS[k]}{HEAD_ROW}", title, BOLD, fill=HEAD_FILL, border=BOX)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
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
        for k, (value, fmt) in enumerate(values):
            _put(sheet, f"{COLUMNS[k]}{row}", value, PLAIN, fmt, border=BOX)
        sheet[f"A{row}"].alignment = Alignment(horizontal="center")
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        sheet[f"D{row}"].alignment = Alignment(horizontal="center")
        cached[f"H{row}"] = float(line_total(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    first = HEAD_ROW + 1
    rows = [
        ("Вкупно без ДДВ:", f"=SUM(H{first}:H{last})", float(total()), PLAIN),
        ("ДДВ 0 % (увоз – ДДВ се плаќа на царина):", 0, None, PLAIN),
        ("ВКУПНО ЗА ПЛАЌАЊЕ (EUR):", f"=H{last + 1}+H{last + 2}", float(total()), BOLD),
    ]
    for k, (label, value, cache, font) in enumerate(rows):
        r = last + 1 + k
        _put(sheet, f"C{r}", label, font, merge=f"G{r}", alignment=Alignment(horizontal="right"))
        _put(sheet, f"H{r}", value, font, MONEY, border=BOX)
        if cache is not None:
            cached[f"H{r}"] = cache
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
    workbook = Workbook()
    workbook.properties.creator = "Љубица Трајковска"
    workbook.properties.lastModifiedBy = "Љубица Трајковска"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "Нарачка"
    sheet.sheet_view.showGridLines = False
    widths = {"A": 6, "B": 11, "C": 46, "D": 9, "E": 11, "F": 13, "G": 8, "H": 14, "I": 18}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    sheet.print_area = f"A1:I{end}"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.oddHeader.right.text = f"Нарачка {PO}"
    sheet.oddFooter.center.text = "Страна &P од &N"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
