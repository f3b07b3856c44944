"""Unseen layout: a Tenth of Ramadan pump maker's own Excel أمر شراء (Egypt, Arabic, right to left), USD.

شركة النيل للصناعات الهندسية (ش.م.م) builds irrigation and building pumps in the Tenth of Ramadan City and
orders its imported parts with a workbook its purchasing department keeps as the order form, in Arabic,
mailed as xlsx under the clerk's name for it (أمر شراء 418 لسنة 2026.xlsx). What it holds: sheet أمر شراء
laid out from the right (Excel's right-to-left sheet: column A at the right edge), Arial, no gridlines; the
company on rows 1-4 (the industrial zone's address, سجل تجاري and بطاقة ضريبية on one row, phone, fax and
e-mail) with أمر شراء and PURCHASE ORDER under it at the left; a rule; label | merged value pairs two a
row: رقم أمر الشراء 2026/418 typed as text beside تاريخ أمر الشراء, اسم المورد (us) beside تاريخ التسليم
المطلوب (real dates shown dd/mm/yyyy), عنوان المورد (…, الصين) beside العملة دولار أمريكي (USD), عرض السعر
(our quotation's number and date) beside شروط التسليم FOB شنغهاي (Incoterms 2020); شروط الدفع across (a
documentary credit, as Egypt's imports are paid); عنوان التسليم across; ميناء الوصول beside المسؤول; the
letter's opening (تحية طيبة وبعد، نرجو التكرم بتوريد …); a ruled table with a shaded head م | كود الصنف
(NE-BR-6205, the company's) | اسم الصنف والمواصفات (Egyptian workshop Arabic with the specification in
Latin: رولمان بلي 6205-2RS C3, ميكانيكال سيل, محبس, جوان, مسمار, صامولة, وردة, صاج ستانلس) | الوحدة (قطعة,
علبة, كجم, بكرة, متر) | الكمية (612.5; 150.5) | سعر الوحدة (دولار) with two to four decimals (0.0650) |
الخصم % typed as a plain number (5, 3) | الإجمالي (دولار) =ROUND(E*F*(1-G/100),2) with cached values |
ملاحظات; 17 lines; الإجمالي =SUM, ضريبة القيمة المضافة (not charged: an import, paid at customs) and
الإجمالي المستحق (دولار أمريكي) as formulas; the sum in words (فقط … لا غير); ملاحظات وشروط عامة 1-4 (the
credit, the documents, the ACID number Egypt's advance cargo information asks of every shipment, the
order number on everything); مدير المشتريات / المدير المالي / يعتمد، العضو المنتدب with names and
التوقيع lines; a print header with the order number and a print footer صفحة &P من &N.

Truth: the PO number رقم أمر الشراء (2026/418 as typed); the order date تاريخ أمر الشراء; the requested
delivery date تاريخ التسليم المطلوب; the currency USD (العملة); the buyer the company; the supplier اسم
المورد (us); the ship-to address عنوان التسليم; the payment terms شروط الدفع; the total الإجمالي المستحق;
per line the part number كود الصنف, the description اسم الصنف والمواصفات, the unit الوحدة, the quantity
الكمية, the unit price سعر الوحدة (before the الخصم %) and the amount الإجمالي (after it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import BOX, form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "أمر شراء 418 لسنة 2026.xlsx"
BUYER = "شركة النيل للصناعات الهندسية (ش.م.م)"
PO = "2026/418"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 2, 25)
ADDRESS = "المنطقة الصناعية الثالثة (B3)، مدينة العاشر من رمضان، محافظة الشرقية"
TERMS = "اعتماد مستندي غير قابل للإلغاء، دفع بالاطلاع مقابل مستندات الشحن"
IN_WORDS = "فقط ثمانية عشر ألفاً وأربعمائة واثنان وأربعون دولاراً أمريكياً وثمانون سنتاً لا غير"
FONT = "Arial"
HEAD_ROW = 17
SAVED = dt.datetime(2026, 12, 17, 11, 20, 0)
MONEY = "#,##0.00"
EG_DATE = "dd/mm/yyyy"
# كود الصنف, اسم الصنف والمواصفات, الوحدة, الكمية, سعر الوحدة (دولار), الخصم %, ملاحظات
ITEMS = [
    ("NE-BR-6205", "رولمان بلي 6205-2RS C3", "قطعة", "600", "1.92", "", ""),
    ("NE-BR-6308", "رولمان بلي 6308-ZZ C3", "قطعة", "200", "6.35", "", ""),
    ("NE-MS-035", "ميكانيكال سيل 35 مم، كربون/سيليكون كاربيد", "قطعة", "120", "21.40", "5", ""),
    (
        "NE-MT-2.2",
        "موتور كهربائي 2.2 ك.وات، 2850 لفة/دقيقة، IP55",
        "قطعة",
        "30",
        "118.00",
        "3",
        "شهادة اختبار",
    ),
    ("NE-CP-L100", "كوبلنج مرن L-100 بالكاوتش", "قطعة", "60", "9.75", "", ""),
    ("NE-VL-BV2", "محبس كورة نحاس 2 بوصة", "قطعة", "150", "14.20", "", ""),
    ("NE-VL-CK2", "محبس عدم رجوع 2 بوصة", "قطعة", "80", "11.60", "", ""),
    ("NE-MN-10", "مانومتر 0-10 بار، قطر 63 مم، جلسرين", "قطعة", "100", "4.85", "", ""),
    ("NE-GS-080", "جوان كاوتش EPDM مقاس 80 مم", "قطعة", "1500", "0.42", "", ""),
    ("NE-OR-32", "أورينج NBR مقاس 32×3", "قطعة", "5000", "0.0650", "", ""),
    ("NE-BL-M10", "مسمار صلب M10×40 درجة 8.8 مجلفن (علبة 100 قطعة)", "علبة", "50", "8.40", "", ""),
    ("NE-NT-M10", "صامولة M10 درجة 8 مجلفنة (علبة 100 قطعة)", "علبة", "50", "3.15", "", ""),
    ("NE-WS-M10", "وردة مبسوطة M10 مجلفنة", "قطعة", "10000", "0.0120", "", ""),
    ("NE-SS-304", "صاج ستانلس ستيل 304 سمك 2 مم", "كجم", "612.5", "3.48", "", "شهادة 3.1"),
    ("NE-WD-ER70", "سلك لحام ER70S-6 قطر 1 مم (بكرة 15 كجم)", "بكرة", "40", "27.50", "", ""),
    ("NE-HS-DN25", "خرطوم هيدروليك 2SN قطر 1 بوصة", "متر", "150.5", "6.80", "", ""),
    ("NE-PL-ISPM", "بالتة خشب ISPM 15 للتصدير", "قطعة", "8", "14.00", "", ""),
]
HEADS = [
    "م",
    "كود الصنف",
    "اسم الصنف والمواصفات",
    "الوحدة",
    "الكمية",
    "سعر الوحدة (دولار)",
    "الخصم %",
    "الإجمالي (دولار)",
    "ملاحظات",
]
COLUMNS = "ABCDEFGHI"
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)
RTL = Alignment(horizontal="right", readingOrder=2)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True, readingOrder=2)


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


def _head(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=16, bold=True), merge="E1")
    company = [
        "المنطقة الصناعية الثالثة (B3)، مدينة العاشر من رمضان، محافظة الشرقية، جمهورية مصر العربية",
        "سجل تجاري رقم 48731 العاشر من رمضان   –   بطاقة ضريبية رقم 215-487-963",
        "ت: 055-4412876   فاكس: 055-4412877   البريد الإلكتروني: purchasing@nile-eng.com.eg",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"E{k}")
    centre = Alignment(horizontal="center", readingOrder=2)
    _put(sheet, "G1", "أمر شراء", Font(name=FONT, size=18, bold=True), merge="I1", alignment=centre)
    _put(sheet, "G2", "PURCHASE ORDER", Font(name=FONT, size=11, bold=True), merge="I2", alignment=centre)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="000000"))
    pairs = [
        (7, ("رقم أمر الشراء:", PO, BOLD, None), ("تاريخ أمر الشراء:", ORDER_DATE, PLAIN, EG_DATE)),
        (8, ("اسم المورد:", OUR_NAME_EN, BOLD, None), ("تاريخ التسليم المطلوب:", DELIVERY, PLAIN, EG_DATE)),
        (
            9,
            ("عنوان المورد:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu – الصين", PLAIN, None),
            ("العملة:", "دولار أمريكي (USD)", PLAIN, None),
        ),
        (
            10,
            ("عرض السعر:", "رقم QH-Q26-1208 بتاريخ 10/12/2026", PLAIN, None),
            ("شروط التسليم:", "FOB شنغهاي (Incoterms 2020)", PLAIN, None),
        ),
    ]
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"E{row}")
        _put(sheet, f"F{row}", label2, BOLD, merge=f"G{row}")
        _put(sheet, f"H{row}", value2, font2, fmt2, merge=f"I{row}")
    for row, label, value in ((11, "شروط الدفع:", TERMS), (12, "عنوان التسليم:", ADDRESS)):
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, merge=f"I{row}")
    _put(sheet, "A13", "ميناء الوصول:", BOLD, merge="B13")
    _put(sheet, "C13", "ميناء الإسكندرية", merge="E13")
    _put(sheet, "F13", "المسؤول:", BOLD, merge="G13")
    _put(sheet, "H13", "م. أحمد عبد الفتاح – 01001234567", merge="I13")
    opening = "تحية طيبة وبعد، نرجو التكرم بتوريد الأصناف الموضحة أدناه طبقاً لعرض سعركم المشار إليه أعلاه:"
    _put(sheet, "A15", opening, merge="I15")


def _table(sheet, cached: dict[str, object]) -> int:
    for k, title in enumerate(HEADS):
        _put(sheet, f"{COLUMNS[k]}{HEAD_ROW}", title, BOLD, fill=HEAD_FILL, border=BOX, alignment=CENTRE)
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
            (int(number) if number == int(number) else float(number), "General"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (note or None, None),
        ]
        for k, (value, fmt) in enumerate(values):
            align = CENTRE if k in (0, 3) else Alignment(wrap_text=k == 2, vertical="top", readingOrder=2)
            _put(sheet, f"{COLUMNS[k]}{row}", value, PLAIN, fmt, border=BOX, alignment=align)
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    first = HEAD_ROW + 1
    rows = [
        ("الإجمالي:", f"=SUM(H{first}:H{last})", float(FIELDS.total(ITEMS)), PLAIN),
        ("ضريبة القيمة المضافة (لا تُحتسب – استيراد، تُسدد لدى الجمارك):", 0, None, PLAIN),
        ("الإجمالي المستحق (دولار أمريكي):", f"=H{last + 1}+H{last + 2}", float(FIELDS.total(ITEMS)), BOLD),
    ]
    for k, (label, value, cache, font) in enumerate(rows):
        r = last + 1 + k
        _put(
            sheet, f"C{r}", label, font, merge=f"G{r}", alignment=Alignment(horizontal="left", readingOrder=2)
        )
        _put(sheet, f"H{r}", value, font, MONEY, border=BOX)
        if cache is not None:
            cached[f"H{r}"] = cache
    r = last + 5
    _put(sheet, f"A{r}", IN_WORDS, BOLD, merge=f"I{r}")
    r += 2
    _put(sheet, f"A{r}", "ملاحظات وشروط عامة:", BOLD, merge=f"D{r}")
    notes = [
        "1. يتم الشحن بعد فتح الاعتماد المستندي وتأكيده، ولا تقبل الشحنات الجزئية إلا بموافقة كتابية.",
        "2. يرفق بالشحنة: فاتورة تجارية وقائمة تعبئة وشهادة منشأ مصدقة وبوليصة شحن نظيفة.",
        "3. على المورد تسجيل الشحنة مسبقاً على منظومة التسجيل المسبق للشحنات (ACI) ووضع رقم ACID على "
        "جميع المستندات.",
        "4. يكتب رقم أمر الشراء على جميع المستندات والعبوات.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 7
    centre = Alignment(horizontal="center", readingOrder=2)
    signatures = [
        ("A", "C", "مدير المشتريات", "م. أحمد عبد الفتاح"),
        ("D", "F", "المدير المالي", "أ. منى السيد"),
        ("G", "I", "يعتمد، العضو المنتدب", "م. خالد إبراهيم"),
    ]
    for start, end, title, name in signatures:
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 1}", name, merge=f"{end}{sign + 1}", alignment=centre)
        _put(
            sheet,
            f"{start}{sign + 2}",
            "التوقيع: ....................",
            merge=f"{end}{sign + 2}",
            alignment=centre,
        )
    return sign + 2


def render() -> bytes:
    widths = {"A": 5, "B": 13, "C": 44, "D": 8, "E": 10, "F": 13, "G": 9, "H": 15, "I": 16}
    workbook, sheet = form_sheet("أمر شراء", "أحمد عبد الفتاح", SAVED, widths, right_to_left=True)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", header=f"أمر شراء رقم {PO}", footer="صفحة &P من &N")
    return workbook_bytes(workbook, cached)
