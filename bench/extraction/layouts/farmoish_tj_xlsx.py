"""Unseen layout: a Dushanbe road builder's own Excel Фармоиши харид in Tajik (Cyrillic), USD.

ҶДММ «Помир Транс Сохтмон» builds and mends roads in Badakhshan and buys its spare parts, fasteners and
consumables from China in dollars with a workbook its supply office keeps as the order form, mailed as xlsx
under the order (Фармоиши харид ФХ-0418-26.xlsx). What it holds: sheet Фармоиш in Times New Roman, no
gridlines; the company on rows 1-4 (ш. Душанбе, РМА the taxpayer number, Тел., почтаи электронӣ) beside
ФАРМОИШИ ХАРИД; a rule; label | merged value pairs two a row: Ба (us) beside Рақами фармоиш ФХ-0418/26,
Суроға beside Сана (a real date shown dd.mm.yyyy), Шахси масъул beside Мӯҳлати расонидан, Пешниҳоди нарх
beside Асъор доллари ИМА (USD), Шартҳои пардохт beside Шартҳои расонидан DAP Душанбе; Суроғаи расонидан
across (the Khorog depot); Фармоишгар beside Телефон; a ruled two-row head: № | Рамзи мол | Номгӯи мол |
Воҳиди ченак | Миқдор each merged down both rows, Нарх ва маблағ, USD merged over Нархи воҳид | Тахфиф, % |
Маблағ, Эзоҳ; item rows with the name wrapped in its cell (дона, кг, м, қуттӣ, ҷуфт, маҷмӯа; 62,5 and 350,5
as quantities; prices with two to four decimals); Тахфиф typed 5 and 3 on six lines; Маблағ
=ROUND(E*F*(1-G/100),2) with cached values; 18 lines; Ҳамагӣ =SUM, ААИ 0% (paid at the customs) and Ҳамагӣ
барои пардохт as formulas; Бо ҳарф: the sum in Tajik words; Эзоҳ 1-3; Директор / Сармуҳосиб / Мутахассиси
таъминот with Ҷ.М. (the stamp's place); a print footer Саҳифаи &P аз &N.

Truth: the PO number Рақами фармоиш; the order date Сана; the requested delivery date Мӯҳлати расонидан; the
currency USD; the buyer the company; the supplier Ба (us); the ship-to address Суроғаи расонидан; the payment
terms Шартҳои пардохт; the total Ҳамагӣ барои пардохт; per line the part number Рамзи мол, the description
Номгӯи мол, the unit, the quantity, the unit price Нархи воҳид (before the Тахфиф) and the amount Маблағ
(after it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._form_table import boxed_cells, total_rows
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import BOX, form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Фармоиши харид ФХ-0418-26.xlsx"
BUYER = "ҶДММ «Помир Транс Сохтмон»"
PO = "ФХ-0418/26"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 3, 15)
ADDRESS = "Анбори марказӣ, ш. Хоруғ, кӯчаи Ленин 88, ВМКБ, Ҷумҳурии Тоҷикистон"
TERMS = "50% пешпардохт, 50% пас аз расидани мол ба анбор"
IN_WORDS = "Бо ҳарф: бисту панҷ ҳазору дусаду бисту панҷ доллари ИМА ва наваду ҳашт сент"
HEAD_ROW = 17
SAVED = dt.datetime(2026, 12, 21, 10, 12, 0)
MONEY = "#,##0.00"
DATE = "dd.mm.yyyy"
# Рамзи мол, Номгӯи мол, Воҳиди ченак, Миқдор, Нархи воҳид (USD), Тахфиф %, Эзоҳ
ITEMS = [
    ("ПТС-ПД-6310", "Подшипники ғилтаки 6310-2RS C3", "дона", "120", "7.85", "", ""),
    (
        "ПТС-ПД-2231",
        "Подшипники ғилтаки сферикӣ 22316 EK C3 бо втулкаи H2316",
        "дона",
        "16",
        "148.60",
        "5",
        "",
    ),
    (
        "ПТС-ГД-1016",
        "Шланги гидравликӣ 2SN DN16, фишори корӣ 250 бар, бо ду сари JIC",
        "м",
        "62.5",
        "18.40",
        "",
        "",
    ),
    ("ПТС-ГД-1025", "Шланги гидравликӣ 4SH DN25", "м", "40", "32.75", "", "буридан 4 × 10 м"),
    ("ПТС-ФЛ-0418", "Филтри равған барои муҳаррики Cummins 6BT (LF3349)", "дона", "200", "4.36", "", ""),
    (
        "ПТС-ФЛ-0422",
        "Филтри ҳаво, маҷмӯи берунӣ ва дохилӣ (AF25557/AF25558)",
        "маҷмӯа",
        "60",
        "38.90",
        "3",
        "",
    ),
    ("ПТС-ФЛ-0430", "Филтри сӯзишворӣ FS1280", "дона", "150", "6.25", "", ""),
    (
        "ПТС-БТ-1660",
        "Болти шашкунҷа M16×60 синфи 8.8, руҳандуд, бо гайка ва шайба",
        "дона",
        "1500",
        "0.3650",
        "",
        "",
    ),
    ("ПТС-БТ-2012", "Болти лемеҳи грейдер M20×70 синфи 10.9", "дона", "400", "1.92", "", ""),
    ("ПТС-ТЛ-0022", "Лемеҳи грейдер 2134×203×19 мм, пӯлоди боркаш", "дона", "24", "186.00", "5", ""),
    ("ПТС-ТЛ-0035", "Нӯги дандони экскаватор (Komatsu PC300)", "дона", "80", "42.50", "3", ""),
    ("ПТС-ЭЛ-3202", "Электроди кафшеркунӣ E7018 Ø3,2 мм", "кг", "350.5", "2.36", "", "қуттиҳои 5 кг"),
    ("ПТС-ЭЛ-4016", "Диски буриш 230×2,0×22 барои металл", "қуттӣ", "50", "18.25", "", "25 дона дар қуттӣ"),
    ("ПТС-СМ-0510", "Симтанобӣ пӯлодӣ Ø16 мм 6×36 IWRC", "м", "300", "3.84", "", ""),
    ("ПТС-ҲФ-0101", "Дастпӯшаки корӣ бо қабати латекс", "ҷуфт", "1000", "0.86", "", ""),
    ("ПТС-ҲФ-0215", "Айнаки муҳофизатӣ зидди ғубор", "дона", "300", "2.45", "", ""),
    ("ПТС-ЧР-1200", "Чароғи LED-и корӣ 48W 12/24V барои техника", "дона", "40", "21.80", "5", ""),
    (
        "ПТС-ТМ-0605",
        "Маҷмӯаи таъмири силиндри гидравликӣ (салникҳо ва ҳалқаҳои зичкунанда)",
        "маҷмӯа",
        "30",
        "46.40",
        "5",
        "",
    ),
]
HEADS = ["№", "Рамзи мол", "Номгӯи мол", "Воҳиди ченак", "Миқдор", "Нарх ва маблағ, USD", "", "", "Эзоҳ"]
SUBHEADS = {"F": "Нархи воҳид", "G": "Тахфиф, %", "H": "Маблағ"}
COLUMNS = "ABCDEFGHI"
FONT = "Times New Roman"
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(vertical="top", wrap_text=True)
FIELDS = ItemFields()


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


def _letterhead(sheet) -> None:
    put_cell(sheet, "A1", BUYER, Font(name=FONT, size=14, bold=True), merge="E1")
    company = [
        "734025, ш. Душанбе, ноҳияи Исмоили Сомонӣ, кӯчаи Айнӣ 418",
        "РМА 020041418   Тел.: +992 37 221 44 18",
        "Почтаи электронӣ: taminot@pamirtrans.tj",
    ]
    for k, value in enumerate(company, start=2):
        put_cell(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"E{k}")
    centre = Alignment(horizontal="center", vertical="center")
    put_cell(sheet, "F1", "ФАРМОИШИ ХАРИД", Font(name=FONT, size=16, bold=True), merge="I2", alignment=centre)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="000000"))


def _pairs(sheet) -> None:
    pairs = [
        (7, ("Ба:", OUR_NAME_EN, BOLD, None), ("Рақами фармоиш:", PO, BOLD, None)),
        (
            8,
            ("Суроға:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu, Чин", PLAIN, None),
            ("Сана:", ORDER_DATE, PLAIN, DATE),
        ),
        (
            9,
            ("Шахси масъул:", "Ms. Chen Li, +86 512 6618 4418", PLAIN, None),
            ("Мӯҳлати расонидан:", DELIVERY, PLAIN, DATE),
        ),
        (
            10,
            ("Пешниҳоди нарх:", "QH-Q26-1216 аз 16.12.2026", PLAIN, None),
            ("Асъор:", "доллари ИМА (USD)", PLAIN, None),
        ),
        (
            11,
            ("Шартҳои пардохт:", TERMS, PLAIN, None),
            ("Шартҳои расонидан:", "DAP Душанбе (Incoterms 2020)", PLAIN, None),
        ),
    ]
    left = Alignment(horizontal="left")
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        put_cell(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        put_cell(sheet, f"C{row}", value, font, fmt, merge=f"E{row}")
        put_cell(sheet, f"F{row}", label2, BOLD, merge=f"G{row}")
        put_cell(sheet, f"H{row}", value2, font2, fmt2, merge=f"I{row}", alignment=left)
    put_cell(sheet, "A12", "Суроғаи расонидан:", BOLD, merge="B12")
    put_cell(sheet, "C12", ADDRESS, PLAIN, merge="I12")
    put_cell(sheet, "A13", "Фармоишгар:", BOLD, merge="B13")
    put_cell(sheet, "C13", "Давлатов Фаррух, мутахассиси таъминот", PLAIN, merge="E13")
    put_cell(sheet, "F13", "Телефон:", BOLD, merge="G13")
    put_cell(sheet, "H13", "+992 93 504 44 18", PLAIN, merge="I13")
    put_cell(
        sheet,
        "A15",
        "Хоҳиш менамоем, ки молҳои зеринро мутобиқи пешниҳоди нархи Шумо расонед:",
        PLAIN,
        merge="I15",
    )


def _head(sheet) -> None:
    """Two head rows: the single columns merged down both, Нарх ва маблағ over its three."""
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    low = HEAD_ROW + 1
    for k, title in enumerate(HEADS):
        col = COLUMNS[k]
        for row in (HEAD_ROW, low):
            put_cell(sheet, f"{col}{row}", None, BOLD, fill=HEAD_FILL, border=BOX, alignment=centre)
        sheet[f"{col}{HEAD_ROW}"].value = title or None
        if col in SUBHEADS:
            sheet[f"{col}{low}"].value = SUBHEADS[col]
        else:
            sheet.merge_cells(f"{col}{HEAD_ROW}:{col}{low}")
    sheet.merge_cells(f"F{HEAD_ROW}:H{HEAD_ROW}")
    sheet.row_dimensions[HEAD_ROW].height = 18
    sheet.row_dimensions[low].height = 18


def _table(sheet, cached: dict[str, object]) -> int:
    _head(sheet)
    first = HEAD_ROW + 2
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n + 1, "0"),
            (code, "@"),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.##"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"C{row}"].alignment = WRAP
        sheet[f"I{row}"].alignment = WRAP
        if len(name) > 40:
            sheet.row_dimensions[row].height = 30
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ("Ҳамагӣ:", "ААИ 0% (дар гумрук пардохт мешавад):", "Ҳамагӣ барои пардохт, USD:")
    total_rows(
        sheet,
        labels,
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 2, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(FIELDS.total(ITEMS)),
        money=MONEY,
        cached=cached,
    )
    put_cell(sheet, f"A{last + 5}", IN_WORDS, Font(name=FONT, size=11, italic=True), merge=f"I{last + 5}")
    r = last + 7
    put_cell(sheet, f"A{r}", "Эзоҳ:", BOLD, merge=f"D{r}")
    notes = [
        "1. Рақами фармоиш дар ҳисобнома-фактура, рӯйхати бастабандӣ ва ҳар як ҷой нишон дода шавад.",
        "2. Сертификати пайдоиш (Form A) ва сертификати сифат ҳамроҳи бор фиристода шаванд.",
        "3. Ивазкунии мол бе розигии хаттии харидор иҷозат дода намешавад.",
    ]
    for k, value in enumerate(notes):
        put_cell(sheet, f"A{r + 1 + k}", value, PLAIN, merge=f"I{r + 1 + k}")
    sign = r + 6
    signatures = [
        ("A", "C", "Директор", "Назаров Д. Ш."),
        ("D", "F", "Сармуҳосиб", "Шарипова М. А."),
        ("G", "I", "Мутахассиси таъминот", "Давлатов Ф. Р."),
    ]
    centre = Alignment(horizontal="center")
    for start, end, title, name in signatures:
        put_cell(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        put_cell(
            sheet,
            f"{start}{sign + 1}",
            f"__________ {name}",
            PLAIN,
            merge=f"{end}{sign + 1}",
            alignment=centre,
        )
    put_cell(sheet, f"A{sign + 3}", "Ҷ.М.", PLAIN)
    return sign + 3


def render() -> bytes:
    widths = {"A": 5, "B": 14, "C": 44, "D": 10, "E": 9, "F": 11, "G": 9, "H": 13, "I": 18}
    workbook, sheet = form_sheet("Фармоиш", "Давлатов Фаррух", SAVED, widths)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", footer="Саҳифаи &P аз &N")
    return workbook_bytes(workbook, cached)
