"""Unseen layout: a Tabriz pump maker's own Excel سفارش خرید (Iran, Persian, right to left), CNY.

شرکت صنایع هیدرولیک آریا پمپ تبریز (سهامی خاص) builds hydraulic and water pumps in Tabriz's western industrial
estate and orders its imported parts from China in yuan with a workbook the foreign-purchasing desk keeps as
its order form, mailed as xlsx under the clerk's name for it (سفارش خرید شماره 418.xlsx). What it holds: sheet
سفارش خرید laid out from the right (column A at the right edge) in B Nazanin (the Persian office font, which
shows the cells' digits as Persian ones), no gridlines; باسمه تعالی centred on row 1 as Iranian letters open;
the company on rows 2-5 (شناسه ملی, کد اقتصادی and شماره ثبت on one row, the address with its ten-digit
postcode, phone, fax and e-mail) beside سفارش خرید and the letterhead's شماره / تاریخ / پیوست box at the left
(the PO number AP-1405-0418, the Jalali date ۱۴۰۵/۰۹/۲۳ typed as text in Persian digits, پیوست: ندارد); a
rule; label | merged value pairs two a row: فروشنده (us) beside تاریخ سفارش (میلادی) and نشانی فروشنده (…,
چین) beside تاریخ تحویل (میلادی), both real dates shown yyyy/mm/dd for the foreign supplier; شماره پیش‌فاکتور
(our proforma, which an Iranian import is registered against) beside ارز یوان چین (CNY); شرایط تحویل CFR
بندرعباس (Incoterms 2020) beside شماره ثبت سفارش (the order registration in the trade system); شرایط پرداخت
and محل تحویل across; مسئول پیگیری beside حمل; the letter's احتراماً opening; a ruled table with a shaded head
ردیف | کد کالا (eight digits, 31020145) | شرح کالا (Persian with Latin specifications, میلی‌متر with its
zero-width non-joiner) | واحد (عدد, متر, بسته, کیلوگرم, دستگاه, قرقره) | مقدار (350.5; 1200.5) | فی (یوان),
the unit price as Iranian forms name it, two to four decimals (0.4250) | تخفیف ٪ typed as a plain number (5,
3) | مبلغ کل (یوان) =ROUND(E*F*(1-G/100),2) with cached values | توضیحات (two lines); 18 lines; جمع کل =SUM,
ارزش افزوده (paid at customs: 0) and مبلغ قابل پرداخت (یوان) as formulas; مبلغ به حروف (the sum in Persian
words); توضیحات 1-4; تهیه‌کننده / مدیر بازرگانی / مدیرعامل with names and مهر و امضا; a print footer صفحه &P
از &N.

Truth: the PO number AP-1405-0418 (شماره); the order date تاریخ سفارش (میلادی) (the Jalali تاریخ is the same
day); the requested delivery date تاریخ تحویل (میلادی); the currency CNY (ارز); the buyer the company; the
supplier فروشنده (us); the ship-to address محل تحویل; the payment terms شرایط پرداخت; the total مبلغ قابل
پرداخت; per line the part number کد کالا, the description شرح کالا, the unit واحد, the quantity مقدار, the
unit price فی (before the تخفیف ٪) and the amount مبلغ کل (after it).
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

FILENAME = "سفارش خرید شماره 418.xlsx"
BUYER = "شرکت صنایع هیدرولیک آریا پمپ تبریز (سهامی خاص)"
PO = "AP-1405-0418"
JALALI = "۱۴۰۵/۰۹/۲۳"  # the order date, 14 December 2026, as the clerk types it
ORDER_DATE = dt.date(2026, 12, 14)
DELIVERY = dt.date(2027, 2, 18)
ADDRESS = "انبار مرکزی کارخانه، تبریز، شهرک صنعتی غرب، خیابان پنجم، پلاک ۴۱۸"
TERMS = "۳۰٪ پیش‌پرداخت با حواله یوان، ۷۰٪ باقیمانده پس از ارائه اسناد حمل"
IN_WORDS = "مبلغ به حروف: یکصد و بیست و سه هزار و یکصد و پنجاه و هشت یوان تمام"
FONT = "B Nazanin"
HEAD_ROW = 18
SAVED = dt.datetime(2026, 12, 14, 10, 5, 0)
MONEY = "#,##0.00"
DATE = "yyyy/mm/dd"
# کد کالا, شرح کالا, واحد, مقدار, فی (یوان), تخفیف ٪, توضیحات
ITEMS = [
    ("31020145", "بلبرینگ 6207-2RS C3", "عدد", "800", "6.85", "", ""),
    ("31020152", "بلبرینگ 6310-ZZ C3", "عدد", "240", "38.50", "", ""),
    ("31030210", "کاسه نمد TC 45×62×8 NBR", "عدد", "1500", "1.18", "", ""),
    ("31030224", "اورینگ 50×3.5 ویتون (FKM)", "عدد", "3000", "0.4250", "", ""),
    ("31040011", "مکانیکال سیل 35 میلی‌متر، سیلیکون‌کارباید", "عدد", "120", "96.00", "5", ""),
    ("31050102", "شیر اطمینان DBDS10K10/315", "عدد", "40", "168.50", "", ""),
    ("31050118", "شیر برقی 4WE6J62/EG24N9K4 DC24V", "عدد", "60", "215.00", "3", ""),
    ("31060033", "شلنگ هیدرولیک 2SN سایز 3/4 اینچ", "متر", "350.5", "22.40", "", "تست فشار"),
    ("31060041", "سرشلنگ JIC سایز 3/4 اینچ پرسی", "عدد", "400", "4.65", "", ""),
    ("31070007", "گیج فشار 0-400 بار، صفحه 63، گلیسیرینی", "عدد", "100", "36.80", "", ""),
    ("31080112", "پیچ آلن M12×40 گرید 12.9 (بسته 100 عددی)", "بسته", "60", "68.00", "", ""),
    ("31080120", "مهره M12 گرید 10 گالوانیزه (بسته 100 عددی)", "بسته", "60", "21.50", "", ""),
    ("31080131", "واشر تخت M12 گالوانیزه", "کیلوگرم", "42.5", "16.80", "", ""),
    ("31090003", "الکتروموتور 7.5 کیلووات 1450 دور، IP55", "دستگاه", "10", "1380.00", "5", ""),
    ("31100015", "کوپلینگ فکی L-110 با لاستیک", "عدد", "60", "58.00", "", ""),
    ("31110002", "ورق استیل 304 ضخامت 2 میلی‌متر", "کیلوگرم", "1200.5", "21.60", "", "گواهی 3.1"),
    ("31110010", "سیم جوش ER308L قطر 1 میلی‌متر (قرقره 15 کیلوگرمی)", "قرقره", "40", "186.00", "", ""),
    ("31120001", "فیلتر روغن هیدرولیک 10 میکرون", "عدد", "150", "38.40", "", ""),
]
HEADS = [
    "ردیف",
    "کد کالا",
    "شرح کالا",
    "واحد",
    "مقدار",
    "فی (یوان)",
    "تخفیف ٪",
    "مبلغ کل (یوان)",
    "توضیحات",
]
COLUMNS = "ABCDEFGHI"
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
PLAIN, BOLD = Font(name=FONT, size=12), Font(name=FONT, size=12, bold=True)
RTL = Alignment(horizontal="right", readingOrder=2)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True, readingOrder=2)
FIELDS = ItemFields()


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
    style.setdefault("alignment", RTL)
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _letterhead(sheet) -> None:
    centre = Alignment(horizontal="center", readingOrder=2)
    _put(sheet, "A1", "باسمه تعالی", BOLD, merge="I1", alignment=centre)
    _put(sheet, "A2", BUYER, Font(name=FONT, size=15, bold=True), merge="E2")
    company = [
        "شناسه ملی: ۱۴۰۰۳۴۵۱۸۷۶   کد اقتصادی: ۴۱۱۱۳۴۵۶۷۸۹۱   شماره ثبت: ۲۱۸۷۴",
        "تبریز، شهرک صنعتی غرب، خیابان پنجم، پلاک ۴۱۸ – کد پستی: ۵۱۳۷۷۱۸۶۳۴",
        "تلفن: ۳۴۲۹۱۴۱۸-۰۴۱   دورنگار: ۳۴۲۹۱۴۱۹-۰۴۱   پست الکترونیک: bazargani@aryapump.ir",
    ]
    for k, value in enumerate(company, start=3):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=10), merge=f"E{k}")
    _put(sheet, "G2", "سفارش خرید", Font(name=FONT, size=18, bold=True), merge="I2", alignment=centre)
    for row, label, value in ((3, "شماره:", PO), (4, "تاریخ:", JALALI), (5, "پیوست:", "ندارد")):
        _put(sheet, f"G{row}", label, BOLD)
        _put(sheet, f"H{row}", value, PLAIN, merge=f"I{row}")
    for col in COLUMNS:
        sheet[f"{col}6"].border = Border(bottom=Side(style="medium", color="000000"))


def _pairs(sheet) -> None:
    pairs = [
        (8, ("فروشنده:", OUR_NAME_EN, BOLD, None), ("تاریخ سفارش (میلادی):", ORDER_DATE, PLAIN, DATE)),
        (
            9,
            ("نشانی فروشنده:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu – چین", PLAIN, None),
            ("تاریخ تحویل (میلادی):", DELIVERY, PLAIN, DATE),
        ),
        (
            10,
            ("شماره پیش‌فاکتور:", "QH-PI-26-1209 مورخ 2026/12/09", PLAIN, None),
            ("ارز:", "یوان چین (CNY)", PLAIN, None),
        ),
        (
            11,
            ("شرایط تحویل:", "CFR بندرعباس (Incoterms 2020)", PLAIN, None),
            ("شماره ثبت سفارش:", "28461937", PLAIN, None),
        ),
    ]
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"E{row}")
        _put(sheet, f"F{row}", label2, BOLD, merge=f"G{row}")
        _put(sheet, f"H{row}", value2, font2, fmt2, merge=f"I{row}", alignment=Alignment(horizontal="right"))
    for row, label, value in ((12, "شرایط پرداخت:", TERMS), (13, "محل تحویل:", ADDRESS)):
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, merge=f"I{row}")
    _put(sheet, "A14", "مسئول پیگیری:", BOLD, merge="B14")
    _put(sheet, "C14", "مهندس رضا محمدی – ۰۹۱۴۱۲۳۴۵۶۷", merge="E14")
    _put(sheet, "F14", "حمل:", BOLD, merge="G14")
    _put(sheet, "H14", "دریایی، کانتینر ۲۰ فوت", merge="I14")
    opening = "احتراماً، خواهشمند است اقلام زیر را مطابق پیش‌فاکتور فوق‌الذکر تأمین و ارسال فرمایید:"
    _put(sheet, "A16", opening, merge="I16")


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
            (code, "@"),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.##"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (note or None, None),
        ]
        for k, (value, fmt) in enumerate(values):
            align = CENTRE if k in (0, 1, 3) else Alignment(wrap_text=k == 2, vertical="top", readingOrder=2)
            _put(sheet, f"{COLUMNS[k]}{row}", value, PLAIN, fmt, border=BOX, alignment=align)
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    first = HEAD_ROW + 1
    rows = [
        ("جمع کل:", f"=SUM(H{first}:H{last})", float(FIELDS.total(ITEMS)), PLAIN),
        ("مالیات بر ارزش افزوده (در گمرک پرداخت می‌شود):", 0, None, PLAIN),
        ("مبلغ قابل پرداخت (یوان):", f"=H{last + 1}+H{last + 2}", float(FIELDS.total(ITEMS)), BOLD),
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
    _put(sheet, f"A{r}", "توضیحات:", BOLD, merge=f"D{r}")
    notes = [
        "۱. شماره سفارش بر روی کلیه اسناد (اینویس، پکینگ لیست، بارنامه) و بسته‌ها درج گردد.",
        "۲. گواهی مبدأ (Certificate of Origin) و گواهی بازرسی کالا همراه اسناد حمل ارسال شود.",
        "۳. بسته‌بندی مناسب حمل دریایی؛ پالت‌های چوبی دارای مهر ISPM 15 باشند.",
        "۴. ارسال جزئی (Partial Shipment) بدون موافقت کتبی خریدار مجاز نیست.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 7
    centre = Alignment(horizontal="center", readingOrder=2)
    signatures = [
        ("A", "C", "تهیه‌کننده: کارشناس بازرگانی خارجی", "رضا محمدی"),
        ("D", "F", "مدیر بازرگانی", "علی رضایی"),
        ("G", "I", "مدیرعامل", "مهندس حسین نوروزی"),
    ]
    for start, end, title, name in signatures:
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 1}", name, merge=f"{end}{sign + 1}", alignment=centre)
        _put(sheet, f"{start}{sign + 2}", "مهر و امضا", merge=f"{end}{sign + 2}", alignment=centre)
    return sign + 2


def render() -> bytes:
    widths = {"A": 6, "B": 12, "C": 44, "D": 9, "E": 10, "F": 12, "G": 9, "H": 15, "I": 14}
    workbook, sheet = form_sheet("سفارش خرید", "رضا محمدی", SAVED, widths, right_to_left=True)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", footer="صفحه &P از &N")
    return workbook_bytes(workbook, cached)
