"""Unseen layout: an Asaka car-parts maker's own Excel XARID BUYURTMASI (Uzbekistan, Uzbek Latin), USD.

«ANDIJON AVTODETAL» MChJ (Asaka, Andijon viloyati) supplies the car plant next door and orders its imports
from China with a workbook its supply department (ta’minot bo‘limi) keeps as the order form, in Uzbek Latin
(o‘, g‘ with the turned comma, ’ for the tutuq belgisi). What it holds: sheet Buyurtma in Times New Roman
without gridlines; the company on rows 1-4 (its address, STIR / OKED / H/r / MFO on one row, phone and
e-mail) over a rule; XARID BUYURTMASI № XB-26-0418 merged across; the place (Asaka sh.) and the date in
words (2026-yil 17-dekabr) under it; label | merged value rows: Yetkazib beruvchi (us), Manzili (Xitoy),
Buyurtma raqami XB-26-0418 (text), Buyurtma sanasi and Yetkazib berish muddati (real dates shown
dd.mm.yyyy), Valyuta USD, To‘lov shartlari (30 % prepaid, 70 % within 30 days of shipment), Yetkazib berish
shartlari DAP Asaka (Incoterms 2020), Yetkazib berish manzili (the warehouse's name; the address on the row
under it), Mas’ul shaxs; a request sentence naming our quotation; a ruled table with a shaded head T/r |
Artikul (ADT-21045) | Mahsulot nomi | O‘lchov birligi (dona, kg, komplekt, o‘ram) | Miqdori (2450.5) |
Narxi, USD with two to four decimals (0.0115) | Summasi, USD =E*F with cached values | Izoh, and under the
head the row of column numbers 1-8 CIS forms print; 17 lines; Jami =SUM, QQS 0 % (import: the VAT is paid
at customs) and Jami to‘lovga, USD as formulas; the sum in words (O‘n to‘qqiz ming ... AQSh dollari 23
sent); Izohlar 1-3; BUYURTMACHI and YETKAZIB BERUVCHI requisites side by side (names, addresses, STIR, bank
accounts, MFO / SWIFT); Tuzdi / Tasdiqlayman with the signature line and M.O‘. (the stamp's place); a print
footer Sahifa &P / &N.

Truth: the PO number Buyurtma raqami; the order date Buyurtma sanasi; the requested delivery date Yetkazib
berish muddati; the currency USD (Valyuta); the buyer the company; the supplier Yetkazib beruvchi (us); the
ship-to address the row under Yetkazib berish manzili's warehouse name; the payment terms To‘lov shartlari;
the total Jami to‘lovga; per line the part number Artikul, the description Mahsulot nomi, the unit O‘lchov
birligi, the quantity Miqdori, the unit price Narxi and the amount Summasi.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._form_table import boxed_cells, head_cells, total_rows
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import BOX, form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Buyurtma_XB-26-0418.xlsx"
BUYER = "«ANDIJON AVTODETAL» MChJ"
PO = "XB-26-0418"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 2, 26)
WAREHOUSE = "«ANDIJON AVTODETAL» MChJ markaziy ombori"
ADDRESS = "Asaka sh., Navro‘z ko‘chasi, 45-uy, 170200"
TERMS = "30 % oldindan to‘lov, 70 % yuk jo‘natilgandan so‘ng 30 kun ichida"
IN_WORDS = "O‘n to‘qqiz ming to‘qqiz yuz oltmish AQSh dollari 23 sent"
FONT = "Times New Roman"
HEAD_ROW = 22
FIXED_TIME = dt.datetime(2026, 12, 17, 15, 20, 0)
MONEY = "#,##0.00"
UZ_DATE = "dd.mm.yyyy"
# Artikul, Mahsulot nomi, O‘lchov birligi, Miqdori, Narxi (USD), Izoh
ITEMS = [
    ("ADT-21045", "Podshipnik 6204-2RS C3", "dona", "2000", "0.96", ""),
    ("ADT-21052", "Podshipnik 6303-2RS C3", "dona", "1200", "1.28", ""),
    ("ADT-22010", "Salnik 35×52×7, NBR", "dona", "3000", "0.1850", ""),
    ("ADT-22031", "Rezina halqa (O-ring) 20×2,5, NBR 70", "dona", "10000", "0.0120", ""),
    ("ADT-23005", "Bolt M8×25, 8.8, ruxlangan, DIN 933", "dona", "20000", "0.0240", ""),
    ("ADT-23012", "Gayka M8, 8 sinf, ruxlangan, DIN 934", "dona", "20000", "0.0115", ""),
    ("ADT-23020", "Shayba M8, DIN 125, ruxlangan", "kg", "85.5", "2.40", ""),
    ("ADT-24003", "Siqiluvchi prujina 2×16×40, 60Si2Mn", "dona", "5000", "0.0950", ""),
    ("ADT-24018", "Rezina-metall vtulka 12×30×40", "dona", "2400", "0.86", ""),
    (
        "ADT-25001",
        "Sovuq prokatlangan po‘lat tasma DC01, 1,2×60 mm",
        "kg",
        "2450.5",
        "1.06",
        "sertifikat 3.1",
    ),
    ("ADT-25012", "Zanglamaydigan po‘lat list AISI 304, 1,5 mm", "kg", "612.5", "3.52", "sertifikat 3.1"),
    ("ADT-26004", "Payvandlash simi ER70S-6, Ø1,0 mm (15 kg g‘altak)", "kg", "900", "1.42", ""),
    (
        "ADT-27010",
        "Elektr dvigatel 0,75 kVt, 1500 ayl/min, IP55",
        "dona",
        "20",
        "64.50",
        "CE sertifikati bilan",
    ),
    ("ADT-27022", "Gidravlik shlang 2SN DN10, 1 m, ikki tomoni gaykali", "dona", "150", "7.45", ""),
    ("ADT-28001", "Tormoz kolodkalari to‘plami, old g‘ildirak uchun", "komplekt", "400", "6.80", ""),
    ("ADT-28015", "Eshik zichlagich rezinasi, o‘ramda 20 m", "o‘ram", "60", "18.40", ""),
    ("ADT-29001", "Yog‘och poddon ISPM 15, eksport uchun", "dona", "8", "14.00", ""),
]
HEADS = [
    "T/r",
    "Artikul",
    "Mahsulot nomi",
    "O‘lchov birligi",
    "Miqdori",
    "Narxi, USD",
    "Summasi, USD",
    "Izoh",
]
COLUMNS = "ABCDEFGH"
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)
SMALL = Font(name=FONT, size=9)


FIELDS = ItemFields(discount=None)


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
    _put(sheet, "A1", BUYER, Font(name=FONT, size=14, bold=True), merge="H1")
    company = [
        "Manzil: Andijon viloyati, Asaka tumani, Sanoat ko‘chasi, 12-uy, 170200, O‘zbekiston Respublikasi",
        "STIR: 305418276   OKED: 29320   H/r: 20208000104182763001 («Ipoteka-bank» ATB Asaka filiali, "
        "MFO: 00842)",
        "Tel.: +998 74 232 04 18   E-mail: taminot@andijonavtodetal.uz",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, SMALL, merge=f"H{k}")
    for col in COLUMNS:
        sheet[f"{col}4"].border = Border(bottom=Side(style="medium", color="000000"))
    title = f"XARID BUYURTMASI № {PO}"
    _put(
        sheet,
        "A6",
        title,
        Font(name=FONT, size=14, bold=True),
        merge="H6",
        alignment=Alignment(horizontal="center"),
    )
    _put(sheet, "A7", "Asaka sh.", merge="C7")
    _put(sheet, "F7", "2026-yil 17-dekabr", merge="H7", alignment=Alignment(horizontal="right"))
    rows = [
        (9, "Yetkazib beruvchi:", OUR_NAME_EN, BOLD, None),
        (10, "Manzili:", "No. 88 Huoju Road, Suzhou New District, 215163 Suzhou, Xitoy", PLAIN, None),
        (11, "Buyurtma raqami:", PO, BOLD, None),
        (12, "Buyurtma sanasi:", ORDER_DATE, PLAIN, UZ_DATE),
        (13, "Yetkazib berish muddati:", DELIVERY, PLAIN, UZ_DATE),
        (14, "Valyuta:", "USD", PLAIN, None),
        (15, "To‘lov shartlari:", TERMS, PLAIN, None),
        (16, "Yetkazib berish shartlari:", "DAP Asaka (Incoterms 2020)", PLAIN, None),
        (17, "Yetkazib berish manzili:", WAREHOUSE, PLAIN, None),
        (18, "", ADDRESS, PLAIN, None),
        (19, "Mas’ul shaxs:", "Dilshod Karimov, ta’minot bo‘limi, tel. +998 91 488 04 18", PLAIN, None),
    ]
    for row, label, value, font, fmt in rows:
        if label:
            _put(sheet, f"A{row}", label, BOLD, merge=f"C{row}")
        _put(sheet, f"D{row}", value, font, fmt, merge=f"H{row}", alignment=Alignment(horizontal="left"))
    text = (
        "Sizning 2026-yil 12-dekabrdagi QH-Q26-1212 raqamli tijorat taklifingiz asosida quyidagi "
        "mahsulotlarni yetkazib berishingizni so‘raymiz:"
    )
    _put(sheet, "A20", text, merge="H20", alignment=Alignment(wrap_text=True, vertical="top"))
    sheet.row_dimensions[20].height = 30


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    for k in range(len(HEADS)):
        number = _put(sheet, f"{COLUMNS[k]}{HEAD_ROW + 1}", k + 1, Font(name=FONT, size=9, italic=True))
        number.border, number.alignment = BOX, Alignment(horizontal="center")
    first = HEAD_ROW + 2
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, unit, qty, price, note = item
        number = Decimal(qty)
        values = [
            (n + 1, "0"),
            (code, None),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.00"),
            (float(price), "#,##0.00##"),
            (f"=E{row}*F{row}", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"A{row}"].alignment = sheet[f"D{row}"].alignment = Alignment(horizontal="center")
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        cached[f"G{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> None:
    total_rows(
        sheet,
        ("Jami:", "QQS 0 % (import – QQS bojxonada to‘lanadi):", "Jami to‘lovga, USD:"),
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 2, last),
        top=last + 1,
        label_span=("C", "F"),
        amount="G",
        total=float(FIELDS.total(ITEMS)),
        money=MONEY,
        cached=cached,
    )
    r = last + 5
    _put(sheet, f"A{r}", f"Jami summa so‘z bilan: {IN_WORDS}", merge=f"H{r}")
    r += 2
    _put(sheet, f"A{r}", "Izohlar:", BOLD, merge=f"C{r}")
    notes = [
        "1. Buyurtma raqami invoys, qadoqlash varaqasi va har bir qutida ko‘rsatilishi shart.",
        "2. Yuk bilan birga kelib chiqish sertifikati (Form A) va sifat sertifikatlari yuborilsin.",
        "3. Yuk dushanbadan jumagacha, soat 08:00 – 17:00 oralig‘ida oldindan kelishilgan holda qabul "
        "qilinadi.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"H{r + 1 + k}")
    r += 5
    parties = [
        ("BUYURTMACHI:", "YETKAZIB BERUVCHI:"),
        (BUYER, OUR_NAME_EN),
        ("Asaka tumani, Sanoat ko‘chasi, 12-uy", "No. 88 Huoju Road, Suzhou New District, Suzhou"),
        ("STIR: 305418276", "Bank: Bank of China, Suzhou Branch"),
        ("H/r: 20208000104182763001", "A/c: 4657 7520 1836"),
        ("«Ipoteka-bank» ATB Asaka filiali, MFO: 00842", "SWIFT: BKCHCNBJ95H"),
    ]
    for k, (ours, theirs) in enumerate(parties):
        font = BOLD if k < 2 else SMALL
        _put(sheet, f"A{r + k}", ours, font, merge=f"D{r + k}")
        _put(sheet, f"E{r + k}", theirs, font, merge=f"H{r + k}")
    sign = r + len(parties) + 1
    _put(sheet, f"A{sign}", "Tuzdi: ______________ D. Karimov", merge=f"D{sign}")
    _put(sheet, f"E{sign}", "Tasdiqlayman: Direktor ______________ A. Yusupov", merge=f"H{sign}")
    _put(sheet, f"E{sign + 2}", "M.O‘.", BOLD)
    sheet.print_area = f"A1:H{sign + 2}"


def render() -> bytes:
    widths = {"A": 5, "B": 12, "C": 44, "D": 10, "E": 11, "F": 11, "G": 13, "H": 16}
    workbook, sheet = form_sheet("Buyurtma", "Dilshod Karimov", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    _end(sheet, last, cached)
    print_setup(sheet, footer="Sahifa &P / &N")
    return workbook_bytes(workbook, cached)
