"""Unseen layout: a Lahore importer's own Excel خریداری آرڈر (Pakistan, Urdu, right to left), USD.

انڈس امپیکس (پرائیویٹ) لمیٹڈ imports pumps, valves and tube-well parts from China for dealers across the
Punjab and sends its purchase orders in dollars from a workbook the office keeps as its form, mailed as
xlsx under the order (Purchase Order IND-PO-26-418.xlsx, the name typed in English as the clerk saves it).
What it holds: sheet خریداری آرڈر laid out from the right (column A at the right edge) in Calibri, no
gridlines; the company on rows 1-4 (the Lahore address, فون / ای میل, این ٹی این and ایس ٹی آر این numbers)
beside خریداری آرڈر; a rule; label | merged value pairs two a row: بنام (us) beside آرڈر نمبر, پتہ (…, چین)
beside تاریخ (a real date shown dd-mmm-yyyy, 18-Dec-2026), رابطہ beside ترسیل کی تاریخ, کوٹیشن نمبر
beside کرنسی امریکی ڈالر (USD); ادائیگی کی شرائط (L/C) beside ترسیل کی شرط CFR Karachi; ترسیل کا پتہ across;
آرڈر کنندہ beside فون; a ruled table with a shaded head whose captions wrap over two lines in their cells:
نمبر شمار | آئٹم کوڈ (IND-VP-0418) | تفصیل (Urdu with Latin specifications, wrapped in its cell) | یونٹ (عدد,
سیٹ, میٹر, کلو, ڈبہ) | مقدار (62.5; 1,500) | فی یونٹ قیمت ($) two to four decimals (0.3650) | رعایت %
typed 5 and 2.5 | رقم ($) =ROUND(E*F*(1-G/100),2) cached | ریمارکس; a نوٹ: row under line 9, unnumbered;
16 lines; میزان, سیلز ٹیکس 0% (imports pay it at customs) and کل واجب الادا رقم ($) as formulas; the sum in
English words as Pakistani forms type it; ہدایات 1-3; تیار کنندہ / منظور کنندہ with دستخط; a print footer
صفحہ &P از &N.

Truth: the PO number آرڈر نمبر; the order date تاریخ; the requested delivery date ترسیل کی تاریخ; the
currency USD; the buyer the company; the supplier بنام (us); the ship-to address ترسیل کا پتہ; the payment
terms ادائیگی کی شرائط; the total کل واجب الادا رقم; per line the part number آئٹم کوڈ, the description تفصیل,
the unit, the quantity, the unit price (before the رعایت %) and the amount رقم (after it).
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

FILENAME = "Purchase Order IND-PO-26-418.xlsx"
SHEET = "خریداری آرڈر"
BUYER = "انڈس امپیکس (پرائیویٹ) لمیٹڈ"
PO = "IND-PO-26-418"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 3, 10)
ADDRESS = "انڈس امپیکس گودام، 18 کلومیٹر فیروزپور روڈ، کاہنہ نو، لاہور، پاکستان"
TERMS = "100% ایل سی ایٹ سائٹ (L/C at sight)، بینک الحبیب لمیٹڈ"
IN_WORDS = "US Dollars Thirty-Four Thousand Seven Hundred Three and Cents Fifty Only"
HEAD_ROW = 17
NOTE_AFTER = 9  # the نوٹ: row follows this line
SAVED = dt.datetime(2026, 12, 18, 11, 5, 0)
MONEY = "#,##0.00"
DATE = "dd-mmm-yyyy"
# آئٹم کوڈ, تفصیل, یونٹ, مقدار, فی یونٹ قیمت, رعایت %, ریمارکس
ITEMS = [
    (
        "IND-VP-0418",
        "سبمرسیبل پمپ 4 انچ 4SD8/14، 2.2 کلوواٹ، 380 وولٹ، سٹین لیس سٹیل باڈی",
        "عدد",
        "24",
        "265.00",
        "",
        "",
    ),
    ("IND-VP-0422", "سبمرسیبل پمپ 6 انچ 6SD17/8، 5.5 کلوواٹ", "عدد", "12", "612.00", "5", ""),
    ("IND-MT-0110", "الیکٹرک موٹر 7.5 کلوواٹ 4 پول B3 IE2", "عدد", "10", "318.50", "", ""),
    (
        "IND-CP-0330",
        "کنٹرول پینل پمپ کے لیے 3 فیز 5.5 کلوواٹ، اوورلوڈ ریلے کے ساتھ",
        "سیٹ",
        "20",
        "96.40",
        "",
        "",
    ),
    ("IND-BR-6205", "بال بیئرنگ 6205-2RS C3", "عدد", "1500", "0.86", "", ""),
    ("IND-BR-6308", "بال بیئرنگ 6308-ZZ C3", "عدد", "600", "2.45", "", ""),
    ("IND-SL-0455", "آئل سیل TC 45x65x10 NBR", "عدد", "2000", "0.3650", "", ""),
    ("IND-MS-0016", "مکینیکل سیل 16 ملی میٹر SiC/SiC", "سیٹ", "200", "6.80", "2.5", ""),
    ("IND-VL-2050", "گیٹ والو 2 انچ پیتل PN16", "عدد", "300", "11.40", "", ""),
    ("IND-VL-3040", "چیک والو 4 انچ کاسٹ آئرن فلینج والا", "عدد", "40", "48.75", "", "نمونہ منظور شدہ"),
    ("IND-PP-0632", "HDPE پائپ 63 ملی میٹر PN10", "میٹر", "1200", "1.38", "", ""),
    ("IND-PP-1050", "سٹین لیس سٹیل پائپ 304، 2 انچ Sch10", "میٹر", "62.5", "16.80", "", ""),
    ("IND-CB-0425", "سبمرسیبل کیبل 4x2.5 مربع ملی میٹر فلیٹ", "میٹر", "800", "1.92", "", ""),
    ("IND-HW-1660", "ہیکس بولٹ M16x60 گریڈ 8.8 گیلونائزڈ (ڈبہ 50 عدد)", "ڈبہ", "60", "14.20", "", ""),
    ("IND-WR-0315", "ویلڈنگ راڈ E6013 3.15 ملی میٹر", "کلو", "250.5", "1.64", "", ""),
    ("IND-PG-0010", "پریشر گیج 0-10 بار 63 ملی میٹر گلیسرین", "عدد", "150", "3.95", "5", ""),
]
HEADS = [
    "نمبر شمار",
    "آئٹم کوڈ",
    "تفصیل",
    "یونٹ",
    "مقدار",
    "فی یونٹ قیمت ($)",
    "رعایت %",
    "رقم ($)",
    "ریمارکس",
]
COLUMNS = "ABCDEFGHI"
FONT = "Calibri"
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
RTL = Alignment(horizontal="right", readingOrder=2)
WRAP = Alignment(horizontal="right", vertical="top", wrap_text=True, readingOrder=2)
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


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    style.setdefault("alignment", RTL)
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _letterhead(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=16, bold=True), merge="E1")
    company = [
        "دفتر: 42-B، گلبرگ III، مین بلیوارڈ، لاہور 54660",
        "فون: 042-35714418   ای میل: purchase@indusimpex.com.pk",
        "این ٹی این: 4184182-7   ایس ٹی آر این: 03-00-4184-182-18",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=10), merge=f"E{k}")
    centre = Alignment(horizontal="center", readingOrder=2)
    _put(sheet, "G1", SHEET, Font(name=FONT, size=20, bold=True), merge="I2", alignment=centre)
    _put(sheet, "G3", "Purchase Order", Font(name=FONT, size=11, italic=True), merge="I3", alignment=centre)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="1F4E78"))


def _pairs(sheet) -> None:
    left = Alignment(horizontal="right")
    pairs = [
        (7, ("بنام:", OUR_NAME_EN, BOLD, None), ("آرڈر نمبر:", PO, BOLD, None)),
        (
            8,
            ("پتہ:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu، چین", PLAIN, None),
            ("تاریخ:", ORDER_DATE, PLAIN, DATE),
        ),
        (
            9,
            ("رابطہ:", "Ms. Chen Li, +86 512 6618 4418", PLAIN, None),
            ("ترسیل کی تاریخ:", DELIVERY, PLAIN, DATE),
        ),
        (
            10,
            ("کوٹیشن نمبر:", "QH-Q26-1212 مورخہ 12-Dec-2026", PLAIN, None),
            ("کرنسی:", "امریکی ڈالر (USD)", PLAIN, None),
        ),
        (
            11,
            ("ادائیگی کی شرائط:", TERMS, PLAIN, None),
            ("ترسیل کی شرط:", "CFR Karachi (Incoterms 2020)", PLAIN, None),
        ),
    ]
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"E{row}")
        _put(sheet, f"F{row}", label2, BOLD, merge=f"G{row}")
        _put(sheet, f"H{row}", value2, font2, fmt2, merge=f"I{row}", alignment=left)
    _put(sheet, "A12", "ترسیل کا پتہ:", BOLD, merge="B12")
    _put(sheet, "C12", ADDRESS, merge="I12")
    _put(sheet, "A13", "آرڈر کنندہ:", BOLD, merge="B13")
    _put(sheet, "C13", "محمد عمران، شعبہ خریداری", merge="E13")
    _put(sheet, "F13", "فون:", BOLD, merge="G13")
    _put(sheet, "H13", "0300-4184418", merge="I13")
    _put(sheet, "A15", "براہ کرم آپ کی کوٹیشن کے مطابق درج ذیل اشیاء فراہم کریں:", merge="I15")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    sheet.row_dimensions[HEAD_ROW].height = 32
    row = HEAD_ROW
    for n, item in enumerate(ITEMS, start=1):
        row += 1
        code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n, "0"),
            (code, "@"),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.##"),
            (float(price), "#,##0.00##"),
            (float(discount) if "." in discount else int(discount) if discount else None, "0.##"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"C{row}"].alignment = WRAP
        cached[f"H{row}"] = float(FIELDS.amount(item))
        if n == NOTE_AFTER:
            row += 1
            note_text = "نوٹ: آئٹم 1 تا 9 ایک ہی کنٹینر میں، ہر کارٹن پر آئٹم کوڈ اور آرڈر نمبر لکھیں۔"
            _put(sheet, f"B{row}", note_text, Font(name=FONT, size=10, italic=True), merge=f"I{row}")
    return row


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ("میزان:", "سیلز ٹیکس 0% (درآمد – کسٹم پر ادا ہوگا):", "کل واجب الادا رقم ($):")
    total = float(FIELDS.total(ITEMS))
    total_rows(
        sheet,
        labels,
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=total,
        money=MONEY,
        cached=cached,
    )
    _put(sheet, f"A{last + 4}", "رقم الفاظ میں:", BOLD, merge=f"B{last + 4}")
    _put(sheet, f"C{last + 4}", IN_WORDS, merge=f"I{last + 4}", alignment=Alignment(horizontal="right"))
    r = last + 6
    _put(sheet, f"A{r}", "ہدایات:", BOLD, merge=f"D{r}")
    notes = [
        "1. انوائس، پیکنگ لسٹ اور بل آف لیڈنگ پر آرڈر نمبر لازمی درج کریں۔",
        "2. سرٹیفکیٹ آف اوریجن (فارم F، پاک چین آزاد تجارتی معاہدہ) اور ٹیسٹ سرٹیفکیٹ ساتھ بھیجیں۔",
        "3. جزوی ترسیل کی اجازت نہیں؛ شپمنٹ سے پہلے معائنہ ہوگا۔",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 6
    centre = Alignment(horizontal="center", readingOrder=2)
    signatures = [("A", "D", "تیار کنندہ", "محمد عمران"), ("F", "I", "منظور کنندہ", "شیخ فیصل احمد")]
    for start, end, title, name in signatures:
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 1}", name, merge=f"{end}{sign + 1}", alignment=centre)
        _put(sheet, f"{start}{sign + 2}", "دستخط", merge=f"{end}{sign + 2}", alignment=centre)
    return sign + 2


def render() -> bytes:
    widths = {"A": 8, "B": 14, "C": 40, "D": 8, "E": 10, "F": 12, "G": 9, "H": 14, "I": 16}
    workbook, sheet = form_sheet(SHEET, "Muhammad Imran", SAVED, widths, right_to_left=True)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", footer="صفحہ &P از &N")
    return workbook_bytes(workbook, cached)
