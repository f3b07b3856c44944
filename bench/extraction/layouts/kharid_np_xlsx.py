"""Unseen layout: a Kathmandu importer's own Excel खरिद आदेश in Nepali (Devanagari), USD.

हिमाल इन्जिनियरिङ ट्रेडर्स प्रा. लि. imports pumps, bearings and hydropower spares from China for the
valley's workshops and the hill projects, and keeps its purchase order as an Excel form the accounts office
fills in and mails as xlsx under the order (खरिद आदेश HET-PO-083-418.xlsx). What it holds: sheet खरिद आदेश
in Kalimati / Mangal-style Unicode Devanagari (Arial Unicode on the office PCs) without gridlines; the company
on rows 1-4 (बालाजु औद्योगिक क्षेत्र, काठमाडौं, फोन / इमेल, स्थायी लेखा नं. (PAN) ६०१४१८४१८) beside खरिद
आदेश / PURCHASE ORDER; label | merged value pairs two a row (आपूर्तिकर्ता: us beside खरिद आदेश नं.; ठेगाना
beside मिति (वि.सं.) २०८३/०९/०१ typed as text and मिति (ई.सं.) a real date shown dd/mm/yyyy; सम्पर्क
व्यक्ति beside आपूर्ति मिति; कोटेशन नं. beside मुद्रा अमेरिकी डलर (USD); भुक्तानी सर्त beside ढुवानी सर्त CIF
Birgunj ICD); सामान पठाउने ठेगाना across; a ruled table whose shaded captions wrap over two lines (क्र.सं. |
सामानको कोड (HE-PM-0418) | सामानको विवरण (wrapped in its cell) | इकाई (थान, सेट, के.जी., मिटर, बट्टा) |
परिमाण | दर (USD) with two to four decimals | छुट % (typed 5 and 10) | रकम (USD) =ROUND(E*F*(1-G/100),2)
cached); a द्रष्टव्य: row under two lines, outside the numbering; 16 lines; जम्मा =SUM, मू.अ.कर ०%
(paid at the customs) and कुल जम्मा (USD); the sum in words (अक्षरेपी: US Dollars ... Only, as Nepali
import offices write it for the LC bank); कैफियत १-३; तयार गर्ने / स्वीकृत गर्ने with सही / छाप;
a print footer पृष्ठ &P मध्ये &N.

Truth: the PO number खरिद आदेश नं.; the order date मिति (ई.सं.); the requested delivery date आपूर्ति मिति;
the currency USD; the buyer the company; the supplier आपूर्तिकर्ता (us); the ship-to address सामान
पठाउने ठेगाना; the payment terms भुक्तानी सर्त; the total कुल जम्मा; per line the part number, the
description, the unit, the quantity, the unit price (before the छुट) and the amount (after it).
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

FILENAME = "खरिद आदेश HET-PO-083-418.xlsx"
BUYER = "हिमाल इन्जिनियरिङ ट्रेडर्स प्रा. लि."
PO = "HET-PO-083-418"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 3, 10)
ADDRESS = "हिमाल इन्जिनियरिङ ट्रेडर्स प्रा. लि., गोदाम नं. ३, बालाजु औद्योगिक क्षेत्र, काठमाडौं, नेपाल"
TERMS = "३०% अग्रिम TT, बाँकी ७०% B/L को प्रतिलिपि प्राप्त भएपछि TT"
HEAD_ROW = 17
SAVED = dt.datetime(2026, 12, 16, 11, 24, 0)
MONEY = "#,##0.00"
DATE = "dd/mm/yyyy"
# सामानको कोड, सामानको विवरण, इकाई, परिमाण, दर (USD), छुट %, द्रष्टव्य (a row under it)
ITEMS = [
    ("HE-BR-6205", "बल बियरिङ 6205-2RS C3", "थान", "600", "1.18", "", ""),
    (
        "HE-BR-22312",
        "स्फेरिकल रोलर बियरिङ 22312 EK C3, एडाप्टर स्लिभ H2312 सहित (टर्बाइन सफ्टका लागि)",
        "सेट",
        "12",
        "96.40",
        "5",
        "",
    ),
    ("HE-SL-5072", "आयल सिल TC 50x72x8 NBR", "थान", "800", "0.3650", "", ""),
    ("HE-PM-0418", "सबमर्सिबल पम्प 1.5 HP, 220 V, 3 इन्च बोरवेल", "थान", "24", "118.00", "", ""),
    (
        "HE-PM-1020",
        "सेन्ट्रिफ्युगल मोनोब्लक पम्प 10 HP 3-फेज, हेड 32 मिटर, डिस्चार्ज 3 इन्च",
        "थान",
        "6",
        "465.00",
        "10",
        "मोटर वाइन्डिङ तामाको हुनुपर्ने, परीक्षण प्रतिवेदन साथै पठाउनु।",
    ),
    ("HE-MS-0520", "मेकानिकल सिल 20 mm, कार्बन/सेरामिक", "थान", "150", "3.85", "", ""),
    ("HE-VL-0050", "गेट भल्भ DN50 PN16 कास्ट आइरन", "थान", "40", "21.60", "5", ""),
    ("HE-PP-0063", "HDPE पाइप 63 mm PN10", "मिटर", "312.5", "1.92", "", ""),
    ("HE-CB-0416", "कपर केबल 4 कोर 16 sq.mm आर्मर्ड", "मिटर", "250", "8.74", "", ""),
    ("HE-CT-0032", "कन्ट्याक्टर 32 A, 220 V कोइल", "थान", "60", "11.25", "", ""),
    (
        "HE-PN-0075",
        "पम्प कन्ट्रोल प्यानल 7.5 kW स्टार-डेल्टा, ड्राई रन र फेज फेल सुरक्षासहित",
        "सेट",
        "8",
        "186.00",
        "5",
        "प्यानलको तार रेखाचित्र (wiring diagram) नेपाली वा अंग्रेजीमा चाहिन्छ।",
    ),
    ("HE-BT-1240", "नट बोल्ट M12x40 8.8 जस्ता लेपित, वासरसहित", "बट्टा", "45", "14.80", "", ""),
    ("HE-WR-0320", "वेल्डिङ रड E6013 3.2 mm", "के.जी.", "250", "1.46", "", ""),
    ("HE-GS-0300", "गास्केट सिट CNAF 3 mm, 1500x1500", "थान", "30", "16.90", "", ""),
    ("HE-PG-0016", "प्रेसर गेज 0-16 bar, 63 mm, ग्लिसरिन भरिएको", "थान", "90", "4.35", "", ""),
    ("HE-SS-0025", "स्टेनलेस स्टिल राउन्ड बार SS304 Ø25 mm", "के.जी.", "185.5", "3.24", "", ""),
]
HEADS = [
    "क्र.सं.",
    "सामानको\nकोड",
    "सामानको विवरण",
    "इकाई",
    "परिमाण",
    "दर\n(USD)",
    "छुट\n%",
    "रकम\n(USD)",
]
COLUMNS = "ABCDEFGH"
FONT = "Arial Unicode MS"
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(vertical="top", wrap_text=True)
FIELDS = ItemFields()
ONES = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven")
ONES += ("Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen")
TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tail = ONES[rest] if rest < 20 else "-".join(p for p in (TENS[rest // 10], ONES[rest % 10]) if p)
    head = f"{ONES[hundreds]} Hundred" if hundreds else ""
    return " ".join(part for part in (head, tail) if part)


def in_words(amount: Decimal) -> str:
    """21456.78 -> US Dollars Twenty-One Thousand Four Hundred Fifty-Six and Cents Seventy-Eight Only."""
    whole, cents = divmod(int(amount * 100), 100)
    thousands, rest = divmod(whole, 1000)
    head = f"{_below_thousand(thousands)} Thousand" if thousands else ""
    words = " ".join(part for part in (head, _below_thousand(rest)) if part)
    tail = f" and Cents {_below_thousand(cents)}" if cents else ""
    return f"US Dollars {words}{tail} Only"


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


def _letterhead(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=15, bold=True), merge="E1")
    company = [
        "बालाजु औद्योगिक क्षेत्र, काठमाडौं-१६, बागमती प्रदेश, नेपाल",
        "फोन: ०१-४३५०४१८, ९८५१०४१८४१   इमेल: kharid@himaleng.com.np",
        "स्थायी लेखा नं. (PAN): ६०१४१८४१८   दर्ता नं.: १४१८४/०७२/०७३",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"E{k}")
    title = Alignment(horizontal="right", vertical="center")
    _put(sheet, "F1", "खरिद आदेश", Font(name=FONT, size=18, bold=True), merge="H1", alignment=title)
    _put(sheet, "F2", "PURCHASE ORDER", Font(name=FONT, size=11, bold=True), merge="H2", alignment=title)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="375623"))


def _pairs(sheet) -> None:
    pairs = [
        (7, ("आपूर्तिकर्ता:", OUR_NAME_EN, BOLD, None), ("खरिद आदेश नं.:", PO, BOLD, None)),
        (
            8,
            ("ठेगाना:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu, चीन", PLAIN, None),
            ("मिति (वि.सं.):", "२०८३/०९/०१", PLAIN, None),
        ),
        (
            9,
            ("सम्पर्क व्यक्ति:", "Ms. Chen Li, +86 512 6618 4418", PLAIN, None),
            ("मिति (ई.सं.):", ORDER_DATE, PLAIN, DATE),
        ),
        (
            10,
            ("कोटेशन नं.:", "QH-Q26-1204 (०४/१२/२०२६)", PLAIN, None),
            ("आपूर्ति मिति:", DELIVERY, PLAIN, DATE),
        ),
        (
            11,
            ("भुक्तानी सर्त:", TERMS, PLAIN, None),
            ("मुद्रा:", "अमेरिकी डलर (USD)", PLAIN, None),
        ),
        (
            12,
            ("ढुवानी सर्त:", "CIF Birgunj ICD (Incoterms 2020), कोलकाता बन्दरगाह हुँदै", PLAIN, None),
            ("एल.सी. बैंक:", "नबिल बैंक लि., तेकु शाखा", PLAIN, None),
        ),
    ]
    left = Alignment(horizontal="left", wrap_text=True, vertical="top")
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"D{row}", alignment=left)
        _put(sheet, f"E{row}", label2, BOLD, merge=f"F{row}")
        _put(sheet, f"G{row}", value2, font2, fmt2, merge=f"H{row}", alignment=Alignment(horizontal="left"))
    sheet.row_dimensions[11].height = 27
    _put(sheet, "A13", "सामान पठाउने ठेगाना:", BOLD, merge="B13")
    _put(sheet, "C13", ADDRESS, merge="H13")
    _put(sheet, "A15", "तपाईंको कोटेशन बमोजिम तल उल्लिखित सामानहरू आपूर्ति गरिदिनुहुन अनुरोध छ:", merge="H15")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    sheet.row_dimensions[HEAD_ROW].height = 30
    row = HEAD_ROW + 1
    for n, item in enumerate(ITEMS, start=1):
        code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n, "0"),
            (code, "@"),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.##"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"C{row}"].alignment = WRAP
        cached[f"H{row}"] = float(FIELDS.amount(item))
        row += 1
        if note:
            _put(sheet, f"C{row}", f"द्रष्टव्य: {note}", Font(name=FONT, size=9, italic=True), merge=f"H{row}")
            row += 1
    return row - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ("जम्मा:", "मू.अ.कर ०% (भन्सारमा तिरिने):", "कुल जम्मा (USD):")
    total = FIELDS.total(ITEMS)
    total_rows(
        sheet,
        labels,
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(total),
        money=MONEY,
        cached=cached,
    )
    r = last + 4
    _put(sheet, f"A{r}", f"अक्षरेपी: {in_words(total)}", BOLD, merge=f"H{r}")
    r += 2
    _put(sheet, f"A{r}", "कैफियत:", BOLD, merge=f"D{r}")
    notes = [
        "१. खरिद आदेश नं. बिल (Commercial Invoice), प्याकिङ लिस्ट र प्रत्येक बाकसमा उल्लेख गर्नुहोला।",
        "२. उत्पत्तिको प्रमाणपत्र (Certificate of Origin) र B/L को प्रतिलिपि जहाज छुट्नासाथ इमेल गर्नुहोला।",
        "३. आंशिक ढुवानी (partial shipment) लिखित स्वीकृति बिना स्वीकार्य हुने छैन।",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"H{r + 1 + k}")
    sign = r + 6
    centre = Alignment(horizontal="center")
    for start, end, title, name in (
        ("A", "C", "तयार गर्ने", "सुनिता श्रेष्ठ"),
        ("F", "H", "स्वीकृत गर्ने", "राजेन्द्र प्रधान"),
    ):
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 1}", name, merge=f"{end}{sign + 1}", alignment=centre)
        _put(
            sheet,
            f"{start}{sign + 2}",
            "सही / छाप: ________________",
            merge=f"{end}{sign + 2}",
            alignment=centre,
        )
    return sign + 2


def render() -> bytes:
    widths = {"A": 7, "B": 14, "C": 46, "D": 8, "E": 10, "F": 12, "G": 7, "H": 14}
    workbook, sheet = form_sheet("खरिद आदेश", "सुनिता श्रेष्ठ", SAVED, widths)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:H{end}", footer="पृष्ठ &P मध्ये &N")
    return workbook_bytes(workbook, cached)
