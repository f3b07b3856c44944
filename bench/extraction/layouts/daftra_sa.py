"""Unseen layout: a Dammam industrial supplier's bilingual أمر شراء printed by Daftra (دفترة), USD, 2 pages.

شركة الخليج الشرقي للتوريدات الصناعية المحدودة / Eastern Gulf Industrial Supplies Co. Ltd. (2nd Industrial
City, Dammam) sells bearings, seals, valves, fasteners and hydraulics to the Eastern Province's plants and
contractors and keeps its books, stock and buying in Daftra, the Arabic cloud ERP many Saudi traders run
for its ZATCA e-invoicing; its purchase orders go out on Daftra's bilingual print template, Arabic first and
laid out right to left, saved with the PDF button (PurchaseOrder-PO-26-00731.pdf). Daftra writes its PDFs
with a PHP engine that shapes Arabic itself: every letter in its presentation form (U+FE70-FEFC, lam-alef
as one ligature), each line's glyphs in the order they stand on the page (DejaVu Sans embedded). What it
prints: the letterhead in two blocks, Arabic at the right (the name, the address, س.ت the commercial
register, الرقم الضريبي the 15-digit VAT number, هاتف) and English at the left (the same in English), a
drawn logo between; أمر شراء over PURCHASE ORDER centred; the supplier box at the left (Supplier المورد
over us, our address, Attn and e-mail, in English); the order box at the right, ruled rows English label |
value | Arabic label (P.O. No. PO-26-00731 رقم أمر الشراء, Date 20/12/2026 تاريخ الأمر, Hijri Date
10/07/1448 هـ التاريخ الهجري, Delivery Date 28/02/2027 تاريخ التسليم, Currency USD العملة, Quotation Ref.
مرجع عرض السعر); full-width rows the same way for Ship To عنوان التسليم, Payment Terms شروط الدفع and
Delivery Terms شروط التسليم; the ruled item table running right to left (its م column at the right edge,
الإجمالي at the left), captions Arabic over English (م # | رمز الصنف Item Code | الوصف Description |
الوحدة Unit | الكمية Qty | سعر الوحدة Unit Price | الخصم % Disc. % | الإجمالي Total), English descriptions
right-aligned as RTL cells align them and wrapped at words, Arabic units (حبة, طقم, علبة, متر, كرتون,
سطل, لفة, زوج), quantities with thousands (1,200; 62.5), prices as keyed (1.265; 0.185; 0.42), the
discount in per cent (5, 10) and the total after it; an unnumbered ملاحظة note row in Arabic with brand
names (ZWZ, C&U) under line 3; 22 lines, 19 on page 1, the table going on at page 2's top under its head
repeated (Daftra's thead); the totals box at the left (Subtotal المجموع الفرعي, VAT 0% ضريبة القيمة
المضافة: an import, the VAT is paid at customs, Total الإجمالي USD 34,340.70); the amount in Arabic words
(المبلغ كتابةً: فقط أربعة وثلاثون ألفاً ... دولاراً أمريكياً وسبعون سنتاً لا غير); الشروط والأحكام 1-4;
أعده / اعتمده / ختم الشركة with the names; تاريخ الطباعة and صفحة n من 2 at every page's foot.

Truth: the PO number رقم أمر الشراء; the order date تاريخ الأمر (the Gregorian one); the requested
delivery date تاريخ التسليم; the currency USD; the buyer the company's English name (the letterhead's
English block; its Arabic name is the commercial register's); the supplier (us); the ship-to address
عنوان التسليم; the payment terms شروط الدفع; the total الإجمالي; per line the part number رمز الصنف, the
description (wrapped lines joined with a space), the unit in Arabic as printed, the quantity, the unit
price (before the discount) and the total (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._rtl import visual
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "PurchaseOrder-PO-26-00731.pdf"
BUYER = "Eastern Gulf Industrial Supplies Co. Ltd."
BUYER_AR = "شركة الخليج الشرقي للتوريدات الصناعية المحدودة"
PO = "PO-26-00731"
ORDER_DATE = dt.date(2026, 12, 20)
HIJRI = "10/07/1448 هـ"
DELIVERY = dt.date(2027, 2, 28)
ADDRESS = "Warehouse No. 6, Street 112, 2nd Industrial City, Dammam 34332, Kingdom of Saudi Arabia"
TERMS = "20% advance by T/T, 80% against scanned copy of B/L"
INCOTERM = "CFR Dammam, King Abdulaziz Port, sea freight"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 30.0, A4[0] - 30.0
# رمز الصنف, Description, الوحدة, الكمية, سعر الوحدة, الخصم %; a row with no code is a ملاحظة note
ITEMS = [
    ("EG-BRG-6310", "Deep groove ball bearing 6310-2RS1/C3", "حبة", "400", "6.85", ""),
    (
        "EG-BRG-22218",
        "Spherical roller bearing 22218 E/C3 with adapter sleeve H318, lock nut and washer",
        "طقم",
        "40",
        "96.50",
        "5",
    ),
    ("EG-BRG-UCF212", "Flange bearing unit UCF212, cast iron housing", "حبة", "60", "18.40", ""),
    ("", "ملاحظة: جميع المحامل ماركة ZWZ أو C&U فقط مع شهادة المنشأ", "", "", "", ""),
    (
        "EG-MS-M7N45",
        "Mechanical seal M7N-45 SiC/SiC/Viton for process pumps, complete with seat",
        "طقم",
        "24",
        "148.00",
        "10",
    ),
    (
        "EG-GSK-SW4300",
        "Spiral wound gasket 4 inch class 300 SS316/graphite with inner and outer ring, ASME B16.20",
        "حبة",
        "300",
        "7.35",
        "",
    ),
    (
        "EG-STB-0875",
        "Stud bolt ASTM A193 B7 7/8 x 6 inch with two 2H heavy hex nuts, PTFE coated",
        "طقم",
        "1200",
        "2.18",
        "",
    ),
    ("EG-HEX-1680", "Hex bolt M16 x 80 grade 8.8 hot dip galvanized with nut", "حبة", "2500", "0.42", ""),
    ("EG-SPW-M16", "Spring washer M16 zinc plated, 500 pcs per box", "علبة", "40", "12.75", ""),
    ("EG-ORK-382", "O-ring kit NBR 70 metric, 30 sizes, 382 pcs in case", "علبة", "50", "9.60", ""),
    ("EG-HOS-R2-12", "Hydraulic hose SAE 100 R2AT 3/4 inch, 215 bar", "متر", "62.5", "6.40", ""),
    ("EG-HF-JIC12", "Hose fitting JIC female 37 deg swivel 3/4 inch, crimp type", "حبة", "500", "1.265", ""),
    (
        "EG-BV-DN50",
        "Ball valve 2 inch class 800 forged steel A105, full bore, socket weld ends",
        "حبة",
        "80",
        "42.75",
        "5",
    ),
    ("EG-HC-3250", "Hose clamp stainless steel W4, 32-50mm", "حبة", "1000", "0.265", ""),
    (
        "EG-PG-160",
        "Pressure gauge 0-160 bar 100mm glycerine filled, 1/2 NPT bottom",
        "حبة",
        "120",
        "8.90",
        "",
    ),
    ("EG-VB-B75", "V-belt B75 classical wrapped", "حبة", "250", "2.46", ""),
    ("EG-CPL-L110", "Jaw coupling L110 complete with spider", "طقم", "45", "11.20", ""),
    (
        "EG-MTR-15K4",
        "Electric motor 15 kW 4 pole 380V 60Hz IE3, foot mounted B3, frame 160L",
        "حبة",
        "10",
        "498.00",
        "5",
    ),
    ("EG-WE-7018", "Welding electrode E7018 3.25mm, 4 x 5 kg vacuum packs", "كرتون", "40", "38.50", ""),
    ("EG-GRS-EP2", "Lithium grease EP2, 18 kg pail", "سطل", "24", "41.60", ""),
    ("EG-PTFE-TP", "PTFE thread seal tape 3/4 inch x 12m", "لفة", "3000", "0.185", ""),
    ("EG-GLV-L", "Leather work gloves, lined, size L", "زوج", "600", "1.35", ""),
    ("EG-CH-12B", "Roller chain 12B-1 simplex, 5 m in a box", "علبة", "30", "46.80", ""),
]
LINES = [item for item in ITEMS if item[0]]
FIELDS = ItemFields(part=0, description=1, unit=2, quantity=3, price=4, discount=5)
PAD = 7.0  # a cell's padding above and below its text
BOTTOM = 52.0  # the page's bottom margin: a row that would cross it goes to the next page
WORDS = "فقط أربعة وثلاثون ألفاً وثلاثمائة وأربعون دولاراً أمريكياً وسبعون سنتاً لا غير"
# left to right on the page: the table runs right to left, its first column (م) at the right edge
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column((visual("الإجمالي"), "Total"), 60, "r"),
        Column((visual("الخصم %"), "Disc. %"), 34, "c"),
        Column((visual("سعر الوحدة"), "Unit Price"), 50, "r"),
        Column((visual("الكمية"), "Qty"), 42, "c"),
        Column((visual("الوحدة"), "Unit"), 34, "c"),
        Column((visual("الوصف"), "Description"), 0, "r"),
        Column((visual("رمز الصنف"), "Item Code"), 70, "r"),
        Column((visual("م"), "#"), 20, "c"),
    ],
    size=7.5,
    line_h=11,
)


def fonts() -> tuple[str, str]:
    """DejaVu Sans (its Arabic presentation forms), embedded as a subset."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))
    return FONT, BOLD


def money(value: Decimal | str) -> str:
    """Daftra's amounts: thousands and two decimals (31,517.30)."""
    return f"{Decimal(value):,.2f}"


def qty(value: str) -> str:
    """A quantity as keyed, with thousands (1,200; 62.5)."""
    whole, _, decimals = value.partition(".")
    return f"{int(whole):,}" + (f".{decimals}" if decimals else "")


def sa_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def total() -> Decimal:
    return FIELDS.total(LINES)


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
        lines=FIELDS.lines(LINES),
    )


def arabic(c: Canvas, x: float, y: float, value: str, font: str, size: float, align: str = "right") -> None:
    """A right-to-left line, shaped and laid out as it stands on the page."""
    draw.text(c, x, y, visual(value), font, size, align)


def _logo(c: Canvas, x: float, y: float) -> None:
    """The company's logo, a drawing (no text): a ring around a gear's teeth and a wave."""
    c.saveState()
    c.setStrokeColorRGB(0.05, 0.35, 0.55)
    c.setFillColorRGB(0.05, 0.35, 0.55)
    c.setLineWidth(2.2)
    c.circle(x, y, 20, stroke=1, fill=0)
    for k in range(8):
        c.saveState()
        c.translate(x, y)
        c.rotate(45 * k)
        c.rect(-2.5, 12, 5, 6, stroke=0, fill=1)
        c.restoreState()
    c.setLineWidth(1.6)
    path = c.beginPath()
    path.moveTo(x - 12, y - 2)
    path.curveTo(x - 6, y + 6, x + 2, y - 10, x + 12, y - 2)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _letterhead(c: Canvas) -> float:
    top = HEIGHT - 40
    arabic(c, RIGHT, top, BUYER_AR, BOLD, 10)
    lines_ar = [
        "المدينة الصناعية الثانية، شارع 112، الدمام 34332",
        "المملكة العربية السعودية",
        "س.ت: 2050184182",
        "الرقم الضريبي: 300418273600003",
        "هاتف: 013 812 8418",
    ]
    for k, value in enumerate(lines_ar):
        arabic(c, RIGHT, top - 13 - 10 * k, value, FONT, 7.5)
    draw.text(c, LEFT, top, BUYER, BOLD, 10)
    lines_en = [
        "2nd Industrial City, Street 112, Dammam 34332",
        "Kingdom of Saudi Arabia",
        "C.R. No. 2050184182",
        "VAT No. 300418273600003",
        "Tel. 013 812 8418  |  purchasing@easterngulf.com.sa",
    ]
    for k, value in enumerate(lines_en):
        draw.text(c, LEFT, top - 13 - 10 * k, value, FONT, 7.5)
    _logo(c, WIDTH / 2 - 10, top - 24)
    c.setLineWidth(1.2)
    c.setStrokeColorRGB(0.05, 0.35, 0.55)
    c.line(LEFT, top - 66, RIGHT, top - 66)
    c.setStrokeColorRGB(0, 0, 0)
    arabic(c, WIDTH / 2, top - 88, "أمر شراء", BOLD, 15, "center")
    draw.text(c, WIDTH / 2, top - 101, "PURCHASE ORDER", BOLD, 9.5, "center")
    return top - 112


def _bilingual_rows(c: Canvas, x0: float, x1: float, y: float, rows: list[tuple], label_w: float) -> float:
    """Ruled rows English label | value | Arabic label, the value wrapped at words and right-aligned."""
    c.setLineWidth(0.5)
    for english, value, label in rows:
        parts = wrap_words(value, FONT, 7.5, x1 - x0 - 2 * label_w - 8)
        height = 5 + 10 * len(parts)
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.rect(x0, y - height, label_w, height, stroke=0, fill=1)
        c.rect(x1 - label_w, y - height, label_w, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x0, y - height, x1 - x0, height)
        c.line(x0 + label_w, y, x0 + label_w, y - height)
        c.line(x1 - label_w, y, x1 - label_w, y - height)
        draw.text(c, x0 + 4, y - 10, english, FONT, 7.5)
        arabic(c, x1 - 4, y - 10, label, BOLD, 7.5)
        for n, part in enumerate(parts):
            if any("\u0600" <= char <= "\u06ff" for char in part):
                arabic(c, x1 - label_w - 4, y - 10 - 10 * n, part, FONT, 7.5)
            else:
                draw.text(c, x1 - label_w - 4, y - 10 - 10 * n, part, FONT, 7.5, "right")
        y -= height
    return y


def _boxes(c: Canvas, y: float) -> float:
    split = LEFT + 250
    # the supplier, an English block at the left
    c.setLineWidth(0.5)
    c.setFillColorRGB(0.93, 0.95, 0.97)
    c.rect(LEFT, y - 15, split - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.rect(LEFT, y - 90, split - LEFT, 90)
    c.line(LEFT, y - 15, split, y - 15)
    draw.text(c, LEFT + 4, y - 10.5, "Supplier", BOLD, 7.5)
    arabic(c, split - 4, y - 10.5, "المورد", BOLD, 7.5)
    supplier = [
        OUR_NAME_EN,
        "No. 88 Huoju Road, Suzhou New District",
        "Suzhou 215163, Jiangsu, China",
        "Attn: Ms. Chen Li, Export Sales",
        "Tel. +86 512 6618 4418",
        "E-mail: export@qihang-precision.com",
    ]
    for k, value in enumerate(supplier):
        draw.text(c, LEFT + 5, y - 26 - 10.5 * k, value, BOLD if k == 0 else FONT, 7.5)
    order = [
        ("P.O. No.", PO, "رقم أمر الشراء"),
        ("Date", sa_date(ORDER_DATE), "تاريخ الأمر"),
        ("Hijri Date", HIJRI, "التاريخ الهجري"),
        ("Delivery Date", sa_date(DELIVERY), "تاريخ التسليم"),
        ("Currency", "USD", "العملة"),
        ("Quotation Ref.", "QH-Q26-1209", "مرجع عرض السعر"),
    ]
    _bilingual_rows(c, split + 14, RIGHT, y, order, 76)
    rows = [
        ("Ship To", ADDRESS, "عنوان التسليم"),
        ("Payment Terms", TERMS, "شروط الدفع"),
        ("Delivery Terms", INCOTERM, "شروط التسليم"),
    ]
    return _bilingual_rows(c, LEFT, RIGHT, y - 100, rows, 80)


def _height(item: tuple) -> float:
    """A row's height: a line of type for each line its description wraps to."""
    if not item[0]:
        return PAD + GRID.line_h
    return PAD + GRID.line_h * len(wrap_words(item[1], FONT, GRID.size, GRID.width(5)))


def _row(c: Canvas, y: float, n: int, item: tuple) -> float:
    code, name, unit, quantity, price, discount = item
    if not code:
        # a note typed among the lines: one cell across all but the number and code columns
        height = _height(item)
        c.setLineWidth(0.5)
        c.rect(GRID.left, y - height, GRID.right - GRID.left, height)
        c.line(GRID.edges[6], y, GRID.edges[6], y - height)
        c.line(GRID.edges[7], y, GRID.edges[7], y - height)
        arabic(c, GRID.edges[6] - GRID.pad, y - GRID.line_h - 0.5, name, FONT, GRID.size)
        return y - height
    description = wrap_words(name, FONT, GRID.size, GRID.width(5))
    cells = [
        [money(FIELDS.amount(item))],
        [discount],
        [price],
        [qty(quantity)],
        [visual(unit)],
        description,
        [code],
        [f"{n}"],
    ]
    return GRID.framed(c, y, cells, FONT, _height(item), drop=GRID.line_h + 0.5)


def _totals(c: Canvas, y: float) -> float:
    x0, x1, value_w = LEFT, LEFT + 230, 80
    rows = [
        ("Subtotal", money(total()), "المجموع الفرعي", FONT),
        ("VAT 0%", "0.00", "ضريبة القيمة المضافة", FONT),
        ("Total", f"USD {money(total())}", "الإجمالي", BOLD),
    ]
    c.setLineWidth(0.5)
    for english, value, label, font in rows:
        c.rect(x0, y - 15, x1 - x0, 15)
        c.line(x0 + value_w, y, x0 + value_w, y - 15)
        draw.text(c, x0 + value_w - 4, y - 10.5, value, font, 8, "right")
        draw.text(c, x0 + value_w + 4, y - 10.5, english, font, 8)
        arabic(c, x1 - 4, y - 10.5, label, BOLD, 8)
        y -= 15
    return y


def _after(c: Canvas, y: float) -> None:
    arabic(c, RIGHT, y - 14, f"المبلغ كتابةً: {WORDS}", BOLD, 8)
    terms = [
        "الشروط والأحكام:",
        "1. يرجى ذكر رقم أمر الشراء في جميع الفواتير وقوائم التعبئة وبوالص الشحن.",
        "2. يجب إرفاق شهادة المنشأ وشهادة المطابقة (SABER) مع مستندات الشحن.",
        "3. تخضع البضاعة للفحص عند الاستلام في مستودعنا بالدمام، ويحق لنا رفض المخالف.",
        "4. يحق للمشتري إلغاء الأمر إذا تأخر الشحن أكثر من 30 يوماً عن تاريخ التسليم.",
    ]
    for k, value in enumerate(terms):
        arabic(c, RIGHT, y - 34 - 11 * k, value, BOLD if k == 0 else FONT, 7.5)
    base = y - 130
    c.setLineWidth(0.5)
    for x, label, english, name in (
        (RIGHT - 150, "أعده", "Prepared by", "فيصل القحطاني"),
        (WIDTH / 2 - 75, "اعتمده", "Approved by", "خالد الدوسري"),
        (LEFT, "ختم الشركة", "Company Stamp", ""),
    ):
        arabic(c, x + 150, base + 26, label, BOLD, 8)
        draw.text(c, x, base + 26, english, FONT, 7.5)
        if name:
            arabic(c, x + 150, base + 12, name, FONT, 8)
        c.line(x, base, x + 150, base)


def _foot(c: Canvas, page: int, pages: int) -> None:
    arabic(c, RIGHT, 24, "تاريخ الطباعة: 20/12/2026 11:42", FONT, 7)
    arabic(c, WIDTH / 2, 24, f"صفحة {page} من {pages}", FONT, 7, "center")


def render() -> bytes:
    fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Purchase Order {PO}")
    c.setAuthor("Daftra")
    c.setCreator("Daftra")
    c.setProducer("mPDF 8.1")
    y = _boxes(c, _letterhead(c))
    y = GRID.head(c, y - 12, BOLD, grey=0.86, lines=2)
    n = 0
    for item in ITEMS:
        if y - _height(item) < BOTTOM:
            # the table goes on at the next page's top under its head again (a repeated thead)
            _foot(c, 1, 2)
            c.showPage()
            y = GRID.head(c, HEIGHT - 40, BOLD, grey=0.86, lines=2)
        n += 1 if item[0] else 0
        y = _row(c, y, n, item)
    if y < 300:
        raise AssertionError("the totals run off the last page")
    y = _totals(c, y - 8)
    _after(c, y)
    _foot(c, 2, 2)
    c.showPage()
    c.save()
    return buffer.getvalue()
