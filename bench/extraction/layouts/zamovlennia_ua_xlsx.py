"""Unseen layout: a Dnipro hydraulics maker's Замовлення постачальнику (Ukraine) as a BAS-style workbook, USD.

ТОВ «Дніпрогідромаш» keeps its books in BAS Бухгалтерія and orders from China with a workbook laid out like
BAS's printed Замовлення постачальнику (the buyer saved BAS's print form to Excel once and keeps it as the
order template, the totals typed as formulas). What it holds: sheet Замовлення in Arial without gridlines;
the title "Замовлення постачальнику № ДГ00-000418 від 21 грудня 2026 р." merged across over a thick rule;
label | value cells down the left (labels in column A, values merged C:I): Покупець: the company, then its
код за ЄДРПОУ / ІПН, address and phone on rows of their own; Постачальник: us, then our address (Китай);
Номер замовлення ДГ00-000418 (text), Дата замовлення and Бажана дата надходження real dates shown
dd.mm.yyyy, Договір (our contract with its date), Валюта USD, Умови поставки FOB Шанхай, Умови оплати
(30 % передоплата, 70 % протягом 30 днів після відвантаження), Адреса доставки: the warehouse's name over
its street and town, Відповідальний; a ruled table with a shaded head № | Артикул (DG-10231) | Товар
(Ukrainian with і, ї, є, ґ and the apostrophe: з'єднувальний, черв'ячний, Ґратка) | Од. (шт, компл, уп, м,
кг) | Кількість shown with three decimals as BAS prints it (120,000; 612,500) | Ціна, USD | Знижка, % typed
as 5 and 3 on two lines, empty on the rest | Сума, USD =ROUND(E*F*(1-G/100),2) with cached values |
Примітка (packing notes on three lines); 15 lines; Разом =SUM, Сума ПДВ 0 (import: ПДВ сплачується на
митниці) and Всього до сплати as formulas; "Всього найменувань 15, на суму 29 662,30 USD" and the sum in
words (Двадцять дев'ять тисяч ... долари США 30 центів); notes (країна походження); Виписав(ла) /
Керівник with М.П. (the stamp's place).

Truth: the PO number Номер замовлення (ДГ00-000418, also in the title); the order date Дата замовлення; the
requested delivery date Бажана дата надходження; the currency USD; the buyer Покупець (the company); the
supplier Постачальник (us); the ship-to address the street-and-town row under the warehouse's name of
Адреса доставки; the payment terms Умови оплати; the total Всього до сплати; per line the part number
Артикул, the description Товар, the unit Од., the quantity Кількість, the unit price Ціна (before the
Знижка) and the amount Сума (after it).
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

FILENAME = "Zamovlennia_DG00-000418_Qihang.xlsx"
BUYER = "ТОВ «Дніпрогідромаш»"
PO = "ДГ00-000418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 15)
WAREHOUSE = "ТОВ «Дніпрогідромаш», склад № 2"
ADDRESS = "просп. Слобожанський, 31Д, м. Дніпро, 49083"
TERMS = "30 % передоплата, 70 % протягом 30 днів після відвантаження"
TITLE = f"Замовлення постачальнику № {PO} від 21 грудня 2026 р."
IN_WORDS = "Двадцять дев'ять тисяч шістсот шістдесят два долари США 30 центів"
FONT = "Arial"
HEAD_ROW = 23
FIXED_TIME = dt.datetime(2026, 12, 21, 11, 20, 0)
MONEY = "#,##0.00"
UA_DATE = "dd.mm.yyyy"
# Артикул, Товар, Од., Кількість, Ціна (USD), Знижка %, Примітка
ITEMS = [
    ("DG-10231", "Гідроциліндр двосторонньої дії 63/35×400, різьба G1/2", "шт", "120", "58.40", "", ""),
    ("DG-10245", "Шток хромований Ø40 × 1000 мм, сталь CK45", "шт", "150", "21.60", "", ""),
    (
        "DG-20110",
        "Комплект ущільнень поршня Ø63, PU/NBR",
        "компл",
        "400",
        "3.85",
        "",
        "у пакеті, з етикеткою",
    ),
    ("DG-20140", "Кільце ущільнювальне 45×3, NBR 70 (уп. 100 шт)", "уп", "60", "7.20", "", ""),
    ("DG-30308", "Фітинг прямий з'єднувальний 1/2\" BSP – 12L, оцинкований", "шт", "1500", "0.74", "", ""),
    ("DG-30312", "Коліно 90° 12L, оцинковане", "шт", "1000", "1.32", "", ""),
    ("DG-40101", 'Кран кульовий високого тиску 1/2" BSP, 350 бар', "шт", "200", "11.40", "5", ""),
    ("DG-40215", "Клапан запобіжний патронний, 210 бар", "шт", "150", "8.90", "", ""),
    ("DG-50020", "Насос шестеренний НШ-10, лівого обертання", "шт", "40", "68.50", "3", "з паспортом"),
    ("DG-60006", "Рукав високого тиску 2SN DN12 (бухта 50 м)", "м", "1500", "3.86", "", ""),
    ("DG-70410", "Манометр 63 мм, 0–400 бар, гліцериновий", "шт", "200", "5.10", "", ""),
    ("DG-80003", "Ґратка захисна вентилятора маслоохолоджувача 300 мм", "шт", "80", "6.75", "", ""),
    ("DG-90001", "Лист сталевий S235JR 3 мм, порізка 1000×2000", "кг", "612.5", "1.24", "", "сертифікат 3.1"),
    ("DG-90015", "Хомут черв'ячний 16–27 мм, нержавіюча сталь W4 (уп. 50 шт)", "уп", "60", "10.60", "", ""),
    ("DG-99001", "Піддон експортний ISPM 15, термооброблений", "шт", "6", "18.00", "", ""),
]
HEADS = ["№", "Артикул", "Товар", "Од.", "Кількість", "Ціна, USD", "Знижка, %", "Сума, USD", "Примітка"]
COLUMNS = "ABCDEFGHI"
HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")
PLAIN, BOLD = Font(name=FONT, size=9), Font(name=FONT, size=9, bold=True)


FIELDS = ItemFields()


def ua_number(value: Decimal) -> str:
    """29 662,30: Ukrainian thousands with a space, decimal comma (the words line's figure)."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


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


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _head(sheet) -> None:
    _put(sheet, "A1", TITLE, Font(name=FONT, size=13, bold=True), merge="I1")
    for col in COLUMNS:
        sheet[f"{col}2"].border = Border(top=Side(style="medium", color="000000"))
    rows = [
        (3, "Покупець:", BUYER, BOLD, None),
        (4, "", "Код за ЄДРПОУ 41827365, ІПН 418273604628", PLAIN, None),
        (5, "", "49051, Дніпропетровська обл., м. Дніпро, вул. Байкальська, буд. 71", PLAIN, None),
        (6, "", "тел. +380 56 790 41 18, e-mail: zakupivli@dniprogidromash.ua", PLAIN, None),
        (8, "Постачальник:", OUR_NAME_EN, BOLD, None),
        (9, "", "No. 88 Huoju Road, Suzhou New District, 215163 Suzhou, Jiangsu, Китай", PLAIN, None),
        (11, "Номер замовлення:", PO, BOLD, None),
        (12, "Дата замовлення:", ORDER_DATE, PLAIN, UA_DATE),
        (13, "Бажана дата надходження:", DELIVERY, PLAIN, UA_DATE),
        (14, "Договір:", "Контракт № QH-UA-2026/07 від 15.03.2026", PLAIN, None),
        (15, "Валюта:", "USD", PLAIN, None),
        (16, "Умови поставки:", "FOB Шанхай (Incoterms 2020)", PLAIN, None),
        (17, "Умови оплати:", TERMS, PLAIN, None),
        (18, "Адреса доставки:", WAREHOUSE, PLAIN, None),
        (19, "", ADDRESS, PLAIN, None),
        (20, "Відповідальний:", "Олена Коваленко, менеджер із закупівель, +380 67 512 40 18", PLAIN, None),
    ]
    for row, label, value, font, fmt in rows:
        if label:
            _put(sheet, f"A{row}", label, PLAIN, merge=f"B{row}")
        cell = _put(sheet, f"C{row}", value, font, fmt, merge=f"I{row}")
        cell.alignment = Alignment(horizontal="left")
    _put(sheet, "A21", "Просимо поставити такі товари згідно з Вашою пропозицією QH-Q26-1221:", merge="I21")


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
            (int(number) if number == int(number) else float(number), "#,##0.000"),
            (float(price), "#,##0.00"),
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
        ("Разом:", "Сума ПДВ (імпорт: ПДВ сплачується на митниці):", "Всього до сплати, USD:"),
        (BOLD, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(FIELDS.total(ITEMS)),
        money=MONEY,
        cached=cached,
    )
    r = last + 5
    _put(
        sheet,
        f"A{r}",
        f"Всього найменувань {len(ITEMS)}, на суму {ua_number(FIELDS.total(ITEMS))} USD",
        merge=f"I{r}",
    )
    _put(sheet, f"A{r + 1}", IN_WORDS, BOLD, merge=f"I{r + 1}")
    notes = [
        "1. Номер замовлення зазначати в інвойсі, пакувальному листі та на кожному місці вантажу.",
        "2. Сертифікат походження товару (форма A) обов'язковий; країна походження – Китай.",
        "3. Маркування кожного місця – артикул покупця та кількість; її зазначити й у пакувальному листі.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 3 + k}", value, merge=f"I{r + 3 + k}")
    sign = r + 8
    _put(sheet, f"A{sign}", "Виписав(ла):", BOLD, merge=f"B{sign}")
    _put(sheet, f"C{sign}", "________________ Олена Коваленко")
    _put(sheet, f"F{sign}", "Керівник:", BOLD)
    _put(sheet, f"G{sign}", "________________ Андрій Шевчук", merge=f"I{sign}")
    _put(sheet, f"C{sign + 2}", "М.П.")
    return sign + 2


def render() -> bytes:
    widths = {"A": 5, "B": 11, "C": 46, "D": 7, "E": 11, "F": 10, "G": 9, "H": 13, "I": 18}
    workbook, sheet = form_sheet("Замовлення", "Олена Коваленко", FIXED_TIME, widths)
    sheet.row_dimensions[1].height = 22
    sheet.row_dimensions[HEAD_ROW].height = 26
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}")
    return workbook_bytes(workbook, cached)
