"""Unseen layout: an Emek Hefer irrigation maker's own Excel הזמנת רכש (Israel, Hebrew, right to left), USD.

גל-רון מערכות השקיה בע"מ builds filter stations and valves for drip irrigation and orders its parts from
China in dollars with a workbook the purchasing office keeps as its order form, mailed as xlsx under the
order (הזמנת רכש PO-26-0418.xlsx). What it holds: sheet הזמנת רכש laid out from the right (column A at the
right edge) in Arial, no gridlines; the company on rows 1-4 (the industrial zone's address with ת.ד. and
מיקוד, טל' / פקס / דוא"ל, ח.פ. the company number and עוסק מורשה) beside הזמנת רכש; a rule; label | merged
value pairs two a row: לכבוד (us) beside הזמנה מס', כתובת (…, סין) beside תאריך (a real date shown
dd/mm/yyyy), איש קשר beside תאריך אספקה, הצעת מחיר (our quotation) beside מטבע דולר ארה"ב (USD); תנאי תשלום
שוטף + 60 (the month's end plus sixty days, as Israeli firms pay) beside תנאי אספקה FOB Ningbo; כתובת למשלוח
across; מזמין beside טלפון; הננו להזמין מכם …; a ruled table with a shaded head מס' | מק"ט (40-21-0185, the
catalogue number) | תיאור הפריט (Hebrew with Latin specifications) | יח' מידה (יח', מטר, ק"ג, קרטון, סט) |
כמות (62.5; 1200) | מחיר ליח' ($) with two to four decimals (0.3650) | הנחה % (typed 5 and 3) | סה"כ ($)
=ROUND(E*F*(1-G/100),2) with cached values | הערות; 17 lines; סה"כ לפני מע"מ =SUM, מע"מ 0% (imports pay
their VAT at customs) and סה"כ לתשלום ($) as formulas; הערות 1-4; הוכן ע"י / מנהל רכש / מנכ"ל with names and
חתימה וחותמת; a print footer עמוד &P מתוך &N.

Truth: the PO number הזמנה מס'; the order date תאריך; the requested delivery date תאריך אספקה; the currency
USD; the buyer the company; the supplier לכבוד (us); the ship-to address כתובת למשלוח; the payment terms
תנאי תשלום; the total סה"כ לתשלום; per line the part number מק"ט, the description תיאור הפריט, the unit, the
quantity, the unit price (before the הנחה %) and the amount סה"כ (after it).
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

FILENAME = "הזמנת רכש PO-26-0418.xlsx"
BUYER = 'גל-רון מערכות השקיה בע"מ'
PO = "PO-26-0418"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 2, 25)
ADDRESS = "גל-רון מערכות השקיה בע\"מ, רח' המסגר 18, אזור תעשייה עמק חפר, מיקוד 3877701, ישראל"
TERMS = "שוטף + 60, העברה בנקאית"
HEAD_ROW = 17
SAVED = dt.datetime(2026, 12, 17, 9, 40, 0)
MONEY = "#,##0.00"
DATE = "dd/mm/yyyy"
# מק"ט, תיאור הפריט, יח' מידה, כמות, מחיר ליח' ($), הנחה %, הערות
ITEMS = [
    ("40-21-0185", "מסנן דיסקיות 2 אינץ' 120 מש, גוף PA", "יח'", "120", "18.40", "", ""),
    ("40-21-0192", "מחסנית דיסקיות 130 מיקרון לסינון 2 אינץ'", "יח'", "400", "4.85", "", ""),
    ("40-22-0310", 'ברז כדורי PVC 63 מ"מ, אטם EPDM', "יח'", "300", "6.90", "", ""),
    ("40-22-0318", "שסתום אל-חוזר 2 אינץ' נירוסטה 316", "יח'", "60", "38.50", "5", ""),
    ("40-23-0022", "סולנואיד 24VAC לשסתום הידראולי", "יח'", "250", "9.65", "", ""),
    ("40-23-0041", "ווסת לחץ 3/4 אינץ' 1.5 בר", "יח'", "500", "2.36", "", ""),
    ("40-24-0105", "O-Ring 45x3 EPDM", "יח'", "3000", "0.0950", "", ""),
    ("40-24-0112", "אטם שטוח 2 אינץ' גומי NBR", "יח'", "2000", "0.1850", "", ""),
    ("40-25-0600", "צינור PE 32 מ\"מ 6 אטמ' (גליל 100 מ')", "מטר", "1200", "0.42", "", "גלילים של 100 מ'"),
    ("40-25-0612", "צינור נירוסטה 304 קוטר 2 אינץ' Sch10", "מטר", "62.5", "16.80", "", ""),
    ("40-26-0018", "בורג נירוסטה M10x40 A2 DIN 933 (קרטון 200)", "קרטון", "40", "24.60", "", ""),
    ("40-26-0025", "אום נירוסטה M10 A2 DIN 934 (קרטון 500)", "קרטון", "20", "18.75", "", ""),
    ("40-27-0300", 'מד לחץ 0-10 בר 63 מ"מ גליצרין', "יח'", "200", "3.65", "", ""),
    ("40-27-0315", "מונה מים וולטמן 2 אינץ' עם פלט פולסים", "יח'", "30", "96.00", "3", ""),
    ("40-28-0007", "בקר השקיה 12 תחנות 24VAC", "סט", "25", "142.00", "5", "כולל ספק כוח"),
    ("40-29-0110", 'פח נירוסטה 304 עובי 2 מ"מ', 'ק"ג', "350.5", "3.24", "", "תעודת חומר 3.1"),
    ("40-29-0126", 'דבק PVC לחץ 250 מ"ל', "יח'", "600", "1.35", "", ""),
]
HEADS = ["מס'", 'מק"ט', "תיאור הפריט", "יח' מידה", "כמות", "מחיר ליח' ($)", "הנחה %", 'סה"כ ($)', "הערות"]
COLUMNS = "ABCDEFGHI"
FONT = "Arial"
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
RTL = Alignment(horizontal="right", readingOrder=2)
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
    _put(sheet, "A1", BUYER, Font(name=FONT, size=15, bold=True), merge="E1")
    company = [
        "רח' המסגר 18, אזור תעשייה עמק חפר, ת.ד. 418, מיקוד 3877701",
        "טל': 04-6274418   פקס: 04-6274419   דוא\"ל: rechesh@galron.co.il",
        "ח.פ. 514184182   עוסק מורשה",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"E{k}")
    centre = Alignment(horizontal="center", readingOrder=2)
    _put(sheet, "G1", "הזמנת רכש", Font(name=FONT, size=18, bold=True), merge="I2", alignment=centre)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="000000"))


def _pairs(sheet) -> None:
    pairs = [
        (7, ("לכבוד:", OUR_NAME_EN, BOLD, None), ("הזמנה מס':", PO, BOLD, None)),
        (
            8,
            ("כתובת:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu, סין", PLAIN, None),
            ("תאריך:", ORDER_DATE, PLAIN, DATE),
        ),
        (
            9,
            ("איש קשר:", "Ms. Chen Li, +86 512 6618 4418", PLAIN, None),
            ("תאריך אספקה:", DELIVERY, PLAIN, DATE),
        ),
        (
            10,
            ("הצעת מחיר:", "QH-Q26-1208 מיום 08/12/2026", PLAIN, None),
            ("מטבע:", 'דולר ארה"ב (USD)', PLAIN, None),
        ),
        (
            11,
            ("תנאי תשלום:", TERMS, PLAIN, None),
            ("תנאי אספקה:", "FOB Ningbo (Incoterms 2020)", PLAIN, None),
        ),
    ]
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"E{row}")
        _put(sheet, f"F{row}", label2, BOLD, merge=f"G{row}")
        _put(sheet, f"H{row}", value2, font2, fmt2, merge=f"I{row}", alignment=Alignment(horizontal="right"))
    _put(sheet, "A12", "כתובת למשלוח:", BOLD, merge="B12")
    _put(sheet, "C12", ADDRESS, merge="I12")
    _put(sheet, "A13", "מזמין:", BOLD, merge="B13")
    _put(sheet, "C13", "אורית כהן, מחלקת רכש", merge="E13")
    _put(sheet, "F13", "טלפון:", BOLD, merge="G13")
    _put(sheet, "H13", "052-6274418", merge="I13")
    _put(sheet, "A15", "הננו להזמין מכם את הפריטים הבאים בהתאם להצעת המחיר שלכם:", merge="I15")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    sheet.row_dimensions[HEAD_ROW].height = 28
    first = HEAD_ROW + 1
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
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ('סה"כ לפני מע"מ:', 'מע"מ 0% (יבוא – המע"מ משולם במכס):', 'סה"כ לתשלום ($):')
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
    r = last + 5
    _put(sheet, f"A{r}", "הערות:", BOLD, merge=f"D{r}")
    notes = [
        "1. יש לציין את מספר ההזמנה על גבי החשבונית, רשימת האריזה וכל אריזה.",
        "2. יש לצרף תעודת מקור (Certificate of Origin) ותעודות בדיקה למשלוח.",
        "3. משטחי עץ בתקן ISPM 15 בלבד; אריזה מתאימה להובלה ימית.",
        "4. אין לבצע משלוח חלקי ללא אישור בכתב מהמזמין.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 7
    centre = Alignment(horizontal="center", readingOrder=2)
    signatures = [
        ("A", "C", 'הוכן ע"י', "אורית כהן"),
        ("D", "F", "מנהל רכש", "יוסי לוי"),
        ("G", "I", 'מנכ"ל', "רון גלעדי"),
    ]
    for start, end, title, name in signatures:
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 1}", name, merge=f"{end}{sign + 1}", alignment=centre)
        _put(sheet, f"{start}{sign + 2}", "חתימה וחותמת", merge=f"{end}{sign + 2}", alignment=centre)
    return sign + 2


def render() -> bytes:
    widths = {"A": 6, "B": 12, "C": 42, "D": 9, "E": 10, "F": 12, "G": 9, "H": 14, "I": 18}
    workbook, sheet = form_sheet("הזמנת רכש", "אורית כהן", SAVED, widths, right_to_left=True)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", footer="עמוד &P מתוך &N")
    return workbook_bytes(workbook, cached)
