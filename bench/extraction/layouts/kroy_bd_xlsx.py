"""Unseen layout: a Dhaka machinery importer's own Excel ক্রয় আদেশ (purchase order) in Bengali, USD.

পদ্মা মেশিনারিজ লিমিটেড (Padma Machineries Limited) trades bearings, pumps, motors, gearboxes and hardware
from a shop on Nawabpur Road, Old Dhaka's machinery market, and imports from China against letters of credit;
the import desk keeps its order form as a workbook in Bengali and mails it as xlsx under the order (Purchase
Order PML-IMP-2026-418.xlsx), the proforma invoice it answers already agreed. What it holds: sheet ক্রয় আদেশ
in Nikosh (the Unicode Bengali font Bangladesh's offices use) without gridlines; the company in Bengali over
its English name, the address and phone in Bengali digits, বিআইএন / ই-টিআইএন / আইআরসি নং (the VAT, tax and
import registrations an L/C needs) beside ক্রয় আদেশ over PURCHASE ORDER, over a rule; label | merged value
pairs two a row (সরবরাহকারী us beside ক্রয় আদেশ নং PML/IMP/2026/418; ঠিকানা beside তারিখ 20-12-2026, a real
date shown dd-mm-yyyy; যোগাযোগ beside বঙ্গাব্দ ৫ পৌষ ১৪৩৩, the Bengali calendar's date as text; প্রোফর্মা
ইনভয়েস নং beside সরবরাহের তারিখ 28-02-2027; পরিশোধের শর্ত (L/C at sight) beside মুদ্রা মার্কিন ডলার (USD);
ডেলিভারির শর্ত CFR চট্টগ্রাম বন্দর beside এলসি ব্যাংক), মালামাল পৌঁছানোর ঠিকানা across; the request sentence;
a ruled table with a shaded head whose captions wrap in their cells (ক্রমিক নং | পণ্যের কোড (PML-BR-6205) |
পণ্যের বিবরণ (Bengali with Latin models, wrapped) | এইচএস কোড (8482.10.00: the customs tariff code the L/C
lists, another number) | একক (পিস, সেট, বক্স, মিটার, রোল, কেজি, জোড়া) | পরিমাণ (312.5; 2000) | একক মূল্য
(USD) (0.365; 38.50) | ছাড় (%) typed 5 and 3 | মোট মূল্য (USD) =ROUND(F*G*(1-H/100),2) cached), the line
numbers typed in Bengali digits (১, ২ … ১৭) and the money in the lakh-grouping format Bangladeshi sheets carry
([>=100000]##\\,##\\,##0.00); a বিঃদ্রঃ (note) row under line 3, unnumbered; 17 lines; উপমোট, ভ্যাট (০%) and
সর্বমোট (USD) as formulas, then the taka equivalent at the L/C's rate (সমমূল্য টাকায় …: 2164601.95 shown
21,64,601.95, another total, in BDT); কথায়: the sum in Bengali words; শর্তাবলি ১-৪; প্রস্তুতকারী / যাচাইকারী
/ অনুমোদনকারী with their names; print footer পৃষ্ঠা &P এর &N.

Truth: the PO number ক্রয় আদেশ নং; the order date তারিখ; the requested delivery date সরবরাহের তারিখ; the
currency USD; the buyer the company's Bengali name; the supplier (us); the ship-to address মালামাল পৌঁছানোর
ঠিকানা; the payment terms পরিশোধের শর্ত; the total সর্বমোট (USD) (not the taka equivalent); per line the part
number পণ্যের কোড (not the HS code), the description, the unit, the quantity, the unit price (before the
discount) and the amount (after it).
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

FILENAME = "Purchase Order PML-IMP-2026-418.xlsx"
SHEET = "ক্রয় আদেশ"
BUYER = "পদ্মা মেশিনারিজ লিমিটেড"
PO = "PML/IMP/2026/418"
ORDER_DATE = dt.date(2026, 12, 20)
DELIVERY = dt.date(2027, 2, 28)
ADDRESS = "গুদাম নং ৩, ২৭/১ বংশাল রোড, পুরান ঢাকা, ঢাকা-১১০০"
TERMS = "১০০% অপরিবর্তনীয় এলসি অ্যাট সাইট (Irrevocable L/C at sight)"
RATE = Decimal("122.50")  # taka to the dollar, as the L/C margin was worked out
IN_WORDS = "সতেরো হাজার ছয়শত সত্তর মার্কিন ডলার বাইশ সেন্ট মাত্র।"
HEAD_ROW = 18
SAVED = dt.datetime(2026, 12, 20, 16, 12, 0)
LAKH = "[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00"
DATE = "dd-mm-yyyy"
BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
# পণ্যের কোড, পণ্যের বিবরণ, এইচএস কোড, একক, পরিমাণ, একক মূল্য, ছাড় %, বিঃদ্রঃ (a row under it)
ITEMS = [
    ("PML-BR-6205", "বল বিয়ারিং 6205-2RS C3", "8482.10.00", "পিস", "2000", "0.365", "", ""),
    ("PML-BR-6308", "বল বিয়ারিং 6308-ZZ C3", "8482.10.00", "পিস", "600", "1.86", "", ""),
    (
        "PML-BR-22212",
        "স্ফেরিক্যাল রোলার বিয়ারিং 22212 CA/W33 (অ্যাডাপ্টার স্লিভ H312 সহ)",
        "8482.30.00",
        "সেট",
        "40",
        "38.50",
        "5",
        "সকল বিয়ারিং আলাদা বাক্সে ব্র্যান্ড ও সাইজ লিখে প্যাক করতে হবে।",
    ),
    ("PML-PB-UCP208", "পিলো ব্লক বিয়ারিং UCP208, কাস্ট আয়রন হাউজিং", "8483.20.00", "সেট", "120", "5.95", "", ""),
    ("PML-OS-4562", "অয়েল সিল TC 45x62x8 NBR", "4016.93.00", "পিস", "1500", "0.285", "", ""),
    ("PML-VB-B72", "ভি-বেল্ট B72", "4010.32.00", "পিস", "250", "2.18", "", ""),
    (
        "PML-PM-0750",
        "সেন্ট্রিফিউগাল পাম্প CM50-160A, 7.5kW, 380V, 50Hz (মোটরসহ সম্পূর্ণ সেট)",
        "8413.70.00",
        "সেট",
        "6",
        "412.00",
        "5",
        "",
    ),
    (
        "PML-MT-0550",
        "থ্রি-ফেজ ইন্ডাকশন মোটর YE3-132S-4, 5.5kW, B3",
        "8501.52.00",
        "পিস",
        "10",
        "268.00",
        "5",
        "",
    ),
    ("PML-GB-0063", "গিয়ার বক্স NMRV063, রেশিও 1:30", "8483.40.00", "পিস", "16", "74.50", "", ""),
    ("PML-CH-08B", "রোলার চেইন 08B-1 (প্রতি বক্সে ৫ মিটার)", "7315.11.00", "বক্স", "60", "11.40", "", ""),
    (
        "PML-HB-1660",
        "হেক্স বোল্ট M16x60, গ্রেড 8.8, জিঙ্ক প্লেটেড (নাট ও ওয়াশার সহ)",
        "7318.15.00",
        "সেট",
        "3000",
        "0.245",
        "",
        "",
    ),
    ("PML-GV-0050", "গেট ভাল্ভ পিতল 2 ইঞ্চি BSP, PN16", "8481.80.00", "পিস", "80", "13.75", "", ""),
    ("PML-HP-2SN12", "হাইড্রোলিক হোস 2SN DN12", "4009.42.00", "মিটার", "312.5", "3.84", "", ""),
    (
        "PML-CU-0006",
        "কপার ক্যাবল 6 mm² PVC ইনসুলেটেড (১০০ মিটারের রোল)",
        "8544.49.00",
        "রোল",
        "25",
        "58.60",
        "",
        "",
    ),
    ("PML-WR-0032", "ওয়েল্ডিং রড E6013, 3.2 mm", "8311.10.00", "কেজি", "480.5", "1.36", "", ""),
    ("PML-PG-0016", "প্রেশার গেজ 0-16 bar, 100 mm ডায়াল", "9026.20.00", "পিস", "60", "6.20", "3", ""),
    ("PML-GL-0014", "লেদার ওয়েল্ডিং গ্লাভস", "4203.29.00", "জোড়া", "200", "1.95", "", ""),
]
HEADS = [
    "ক্রমিক নং",
    "পণ্যের কোড",
    "পণ্যের বিবরণ",
    "এইচএস কোড",
    "একক",
    "পরিমাণ",
    "একক মূল্য (USD)",
    "ছাড় (%)",
    "মোট মূল্য (USD)",
]
COLUMNS = "ABCDEFGHI"
FONT = "Nikosh"
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(vertical="top", wrap_text=True)
FIELDS = ItemFields(part=0, description=1, unit=3, quantity=4, price=5, discount=6)


def bengali(number: int) -> str:
    """A number in Bengali digits (১৭), as the clerk types the line numbers."""
    return str(number).translate(BENGALI_DIGITS)


def total() -> Decimal:
    return FIELDS.total(ITEMS)


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
    _put(sheet, "A1", BUYER, Font(name=FONT, size=18, bold=True), merge="F1")
    company = [
        "PADMA MACHINERIES LIMITED",
        "১৮৪, নবাবপুর রোড, ঢাকা-১১০০, বাংলাদেশ",
        "ফোন: +৮৮০ ২ ৯৫৬ ৪১৮২, মোবাইল: ০১৭১১-৪১৮২১৮, ইমেইল: import@padmamachineries.com.bd",
        "বিআইএন: 000418218-0101   ই-টিআইএন: 418218418418   আইআরসি নং: BA-0184182",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=10, bold=k == 2), merge=f"F{k}")
    title = Alignment(horizontal="right", vertical="center")
    _put(sheet, "G1", "ক্রয় আদেশ", Font(name=FONT, size=22, bold=True), merge="I2", alignment=title)
    _put(sheet, "G3", "PURCHASE ORDER", Font(name=FONT, size=12, bold=True), merge="I3", alignment=title)
    for col in COLUMNS:
        sheet[f"{col}6"].border = Border(bottom=Side(style="medium", color="375623"))


def _pairs(sheet) -> None:
    pairs = [
        (8, ("সরবরাহকারী:", OUR_NAME_EN, BOLD, None), ("ক্রয় আদেশ নং:", PO, BOLD, None)),
        (
            9,
            ("ঠিকানা:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu, China", PLAIN, None),
            ("তারিখ:", ORDER_DATE, PLAIN, DATE),
        ),
        (
            10,
            ("যোগাযোগ:", "Ms. Chen Li, +86 512 6618 4418", PLAIN, None),
            ("বঙ্গাব্দ:", "৫ পৌষ ১৪৩৩", PLAIN, None),
        ),
        (
            11,
            ("প্রোফর্মা ইনভয়েস নং:", "QH-PI-26-1218, তাং ১৮-১২-২০২৬", PLAIN, None),
            ("সরবরাহের তারিখ:", DELIVERY, PLAIN, DATE),
        ),
        (12, ("পরিশোধের শর্ত:", TERMS, PLAIN, None), ("মুদ্রা:", "মার্কিন ডলার (USD)", PLAIN, None)),
        (
            13,
            ("ডেলিভারির শর্ত:", "CFR চট্টগ্রাম বন্দর (Incoterms 2020)", PLAIN, None),
            ("এলসি ব্যাংক:", "ইসলামী ব্যাংক বাংলাদেশ পিএলসি, নবাবপুর শাখা", PLAIN, None),
        ),
    ]
    left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"E{row}", alignment=left)
        _put(sheet, f"F{row}", label2, BOLD, merge=f"G{row}")
        _put(sheet, f"H{row}", value2, font2, fmt2, merge=f"I{row}", alignment=left)
    for row in (12, 13):
        sheet.row_dimensions[row].height = 32
    _put(sheet, "A14", "মালামাল পৌঁছানোর ঠিকানা:", BOLD, merge="B14")
    _put(sheet, "C14", ADDRESS, merge="I14")
    sentence = "জনাব, আপনার প্রোফর্মা ইনভয়েস অনুযায়ী নিম্নলিখিত মালামাল সরবরাহের জন্য অনুরোধ করা হলো:"
    _put(sheet, "A16", sentence, merge="I16")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    sheet.row_dimensions[HEAD_ROW].height = 36
    row = HEAD_ROW + 1
    for n, item in enumerate(ITEMS, start=1):
        code, name, hs_code, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (bengali(n), None),
            (code, "@"),
            (name, None),
            (hs_code, "@"),
            (unit, None),
            (int(number) if number == int(number) else float(number), "General"),
            (float(price), "#,##0.00#"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(F{row}*G{row}*(1-H{row}/100),2)", LAKH),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"A{row}"].alignment = Alignment(horizontal="center", vertical="top")
        sheet[f"C{row}"].alignment = WRAP
        cached[f"I{row}"] = float(FIELDS.amount(item))
        row += 1
        if note:
            _put(sheet, f"C{row}", f"বিঃদ্রঃ {note}", Font(name=FONT, size=10, italic=True), merge=f"I{row}")
            row += 1
    return row - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ("উপমোট:", "ভ্যাট (০%):", "সর্বমোট (USD):")
    total_rows(
        sheet,
        labels,
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "H"),
        amount="I",
        total=float(total()),
        money=LAKH,
        cached=cached,
    )
    grand = last + 3
    taka = grand + 1
    label = "সমমূল্য টাকায় (আনুমানিক, ১ ডলার = ১২২.৫০ টাকা):"
    right = Alignment(horizontal="right")
    _put(sheet, f"C{taka}", label, Font(name=FONT, size=10, italic=True), merge=f"H{taka}", alignment=right)
    _put(
        sheet,
        f"I{taka}",
        f"=ROUND(I{grand}*{RATE},2)",
        Font(name=FONT, size=10, italic=True),
        LAKH,
        border=BOX,
    )
    cached[f"I{taka}"] = float(total() * RATE)
    r = taka + 2
    _put(sheet, f"A{r}", "কথায়:", BOLD)
    _put(sheet, f"B{r}", IN_WORDS, BOLD, merge=f"I{r}")
    r += 2
    _put(sheet, f"A{r}", "শর্তাবলি:", BOLD, merge=f"D{r}")
    notes = [
        "১. এলসি খোলার ২১ দিনের মধ্যে শিপমেন্ট করতে হবে; আংশিক শিপমেন্ট ও ট্রান্সশিপমেন্ট অনুমোদিত নয়।",
        "২. প্রতিটি কার্টনে ক্রয় আদেশ নং, পণ্যের কোড ও 'Made in China' লিখতে হবে।",
        "৩. কমার্শিয়াল ইনভয়েস, প্যাকিং লিস্ট ও বিল অব লেডিং-এ এইচএস কোড উল্লেখ করতে হবে।",
        "৪. মালামাল ত্রুটিপূর্ণ হলে সরবরাহকারী নিজ খরচে বদলে দেবেন।",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 7
    centre = Alignment(horizontal="center")
    for start, end, title, name in (
        ("A", "B", "প্রস্তুতকারী", "মোঃ রফিকুল ইসলাম"),
        ("C", "D", "যাচাইকারী", "সুমাইয়া আক্তার"),
        ("F", "I", "অনুমোদনকারী (ব্যবস্থাপনা পরিচালক)", "আলহাজ্ব আবদুল মতিন"),
    ):
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 3}", name, merge=f"{end}{sign + 3}", alignment=centre)
    return sign + 3


def render() -> bytes:
    widths = {"A": 8, "B": 15, "C": 40, "D": 12, "E": 8, "F": 9, "G": 12, "H": 8, "I": 15}
    workbook, sheet = form_sheet(SHEET, "Md. Rafiqul Islam", SAVED, widths)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", footer="পৃষ্ঠা &P এর &N")
    return workbook_bytes(workbook, cached)
