"""Unseen layout: an Addis Ababa metal-works importer's own Excel የግዢ ትዕዛዝ in Amharic, USD.

Abay Metal Works PLC (ዓባይ ብረታ ብረት ሥራዎች ኃ/የተ/የግ/ማ, steel doors, windows and farm tools, Addis Ababa,
Ethiopia) types its purchase orders in its own Excel form in Amharic, the language its office works in,
and mails the workbook to the Chinese supplier whose pro forma it will open the letter of credit on,
named after the order (PO 0418 Qihang.xlsx), in US dollars. One sheet የግዢ ትዕዛዝ in Nyala-like Ethiopic
(the cells in Calibri, Excel substitutes) without gridlines: the company in Amharic over its English name,
address (ቦሌ ክ/ከተማ, ወረዳ 03), ስልክ, ኢሜይል and TIN; የግዢ ትዕዛዝ (PURCHASE ORDER) at the right; አቅራቢ: (us)
at the left beside label | merged value rows at the right: የትዕዛዝ ቁጥር ABM/PO/0418/26 typed as text,
የትዕዛዝ ቀን and የሚረከብበት ቀን real dates shown dd/mm/yyyy with (እ.ኤ.አ), the Gregorian calendar named as
Ethiopian forms to foreign suppliers do, ገንዘብ USD, የፕሮፎርማ ቁጥር; across: የክፍያ ሁኔታ (L/C at sight),
የማጓጓዣ ሁኔታ (CFR Djibouti, then by rail), የማስረከቢያ ቦታ, ተጠሪ; a ruled table with a shaded head ተ.ቁ |
የዕቃ ኮድ | የዕቃው ዝርዝር (Amharic with the trade names) | መለኪያ (ቁጥር, ኪ.ግ, ሜትር, ጥቅል, ስብስብ, ጥንድ) |
ብዛት | የአንዱ ዋጋ (USD) | ቅናሽ % | ጠቅላላ ዋጋ (USD) =ROUND(E*F*(1-G/100),2) cached; 16 lines; ድምር,
ቫት 0% and ጠቅላላ ድምር (USD) as formulas; ማሳሰቢያ 1-3; ያዘጋጀው / ያጸደቀው / የአቅራቢው ፊርማና ማህተም; a print
footer ገጽ &P ከ &N.

Truth: the PO number የትዕዛዝ ቁጥር; the order date የትዕዛዝ ቀን; the requested delivery date የሚረከብበት ቀን;
the currency USD (ገንዘብ); the buyer the company; the supplier አቅራቢ (us); the ship-to address የማስረከቢያ
ቦታ; the payment terms የክፍያ ሁኔታ; the total ጠቅላላ ድምር; per line the part number የዕቃ ኮድ, the
description የዕቃው ዝርዝር, the unit መለኪያ, the quantity ብዛት, the unit price (before the ቅናሽ) and the
amount ጠቅላላ ዋጋ (after it).
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

FILENAME = "PO 0418 Qihang.xlsx"
BUYER = "Abay Metal Works PLC"
BUYER_AM = "ዓባይ ብረታ ብረት ሥራዎች ኃ/የተ/የግ/ማ"
PO = "ABM/PO/0418/26"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 3, 20)
ADDRESS = "ቃሊቲ መጋዘን፣ አቃቂ ቃሊቲ ክ/ከተማ፣ ወረዳ 05፣ አዲስ አበባ"
TERMS = "በሌተር ኦፍ ክሬዲት (L/C) 100% በእይታ (at sight)፣ በኢትዮጵያ ንግድ ባንክ በኩል"
FONT = "Calibri"
HEAD_ROW = 19
SAVED = dt.datetime(2026, 12, 15, 10, 5, 0)
MONEY = "#,##0.00"
ET_DATE = "dd/mm/yyyy"
# የዕቃ ኮድ, የዕቃው ዝርዝር, መለኪያ, ብዛት, የአንዱ ዋጋ (USD), ቅናሽ %
ITEMS = [
    ("ABM-HG-102", "የበር ማጠፊያ (hinge) 102 ሚ.ሜ፣ ብረት", "ቁጥር", "6000", "0.42", ""),
    ("ABM-HG-127", "የበር ማጠፊያ (hinge) 127 ሚ.ሜ፣ ከባድ", "ቁጥር", "3000", "0.68", ""),
    ("ABM-LK-060", "የበር ቁልፍ ከእጀታ ጋር (mortise lock) 60 ሚ.ሜ", "ስብስብ", "1200", "6.85", "5"),
    ("ABM-LK-PAD", "ጓንጉል ቁልፍ (padlock) 50 ሚ.ሜ", "ቁጥር", "800", "2.45", ""),
    ("ABM-BR-6204", "ቤሪንግ 6204-2RS", "ቁጥር", "1500", "0.96", ""),
    ("ABM-WL-200", "የጋሪ ጎማ 200 ሚ.ሜ ከቤሪንግ ጋር", "ቁጥር", "400", "4.30", "3"),
    ("ABM-EL-E6013", "የብየዳ ሽቦ (electrode) E6013 3.2 ሚ.ሜ", "ኪ.ግ", "2500", "1.12", ""),
    ("ABM-DS-115", "የመቁረጫ ዲስክ 115×1.0 ሚ.ሜ", "ቁጥር", "10000", "0.145", ""),
    ("ABM-GD-180", "የመፈግፈጊያ ዲስክ 180×6 ሚ.ሜ", "ቁጥር", "3000", "0.6250", ""),
    ("ABM-BT-M10", "ብሎን ከነቱ ጋር M10×30 8.8 ዚንክ", "ኪ.ግ", "612.5", "1.78", ""),
    ("ABM-RV-440", "ሪቬት 4×10 አሉሚኒየም (ሳጥን 1000)", "ጥቅል", "150", "3.60", ""),
    ("ABM-WM-050", "የሽቦ መረብ 50×50 ሚ.ሜ፣ ጋልቫናይዝድ፣ 1.2×25 ሜ", "ጥቅል", "80", "38.50", "5"),
    ("ABM-HE-165", "የእርሻ ዶማ (hoe) ጭንቅላት 1.65 ኪ.ግ", "ቁጥር", "2000", "1.55", ""),
    ("ABM-RB-012", "የጎማ ማሸጊያ (rubber seal) ለበር 12 ሚ.ሜ", "ሜትር", "1500", "0.2350", ""),
    ("ABM-GL-LTH", "የቆዳ ጓንት ለብየዳ", "ጥንድ", "500", "1.40", ""),
    ("ABM-PL-ISPM", "የእንጨት ፓሌት ISPM 15", "ቁጥር", "12", "14.00", ""),
]
HEADS = [
    "ተ.ቁ",
    "የዕቃ ኮድ",
    "የዕቃው ዝርዝር",
    "መለኪያ",
    "ብዛት",
    "የአንዱ ዋጋ (USD)",
    "ቅናሽ %",
    "ጠቅላላ ዋጋ (USD)",
]
COLUMNS = "ABCDEFGH"
HEAD_FILL = PatternFill("solid", fgColor="E2EFDA")
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)
SMALL = Font(name=FONT, size=9)
FIELDS = ItemFields()


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


def _head(sheet) -> None:
    _put(sheet, "A1", BUYER_AM, Font(name=FONT, size=15, bold=True), merge="E1")
    company = [
        BUYER,
        "ቦሌ ክ/ከተማ፣ ወረዳ 03፣ የቤት ቁ. 418፣ አዲስ አበባ፣ ኢትዮጵያ   ስልክ: +251 11 661 4187",
        "ኢሜይል: purchase@abaymetal.com.et   TIN: 0041872630",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, BOLD if k == 2 else SMALL, merge=f"E{k}")
    right = Alignment(horizontal="right")
    _put(sheet, "F1", "የግዢ ትዕዛዝ", Font(name=FONT, size=16, bold=True), merge="H1", alignment=right)
    _put(sheet, "F2", "(PURCHASE ORDER)", BOLD, merge="H2", alignment=right)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="375623"))
    _put(sheet, "A7", "አቅራቢ:", BOLD, merge="C7")
    supplier = [
        (OUR_NAME_EN, BOLD),
        ("No. 88 Huoju Road, Suzhou New District", PLAIN),
        ("Suzhou 215163, Jiangsu, ቻይና", PLAIN),
        ("ተጠሪ: Zhang Li, +86 512 6655 8812", PLAIN),
    ]
    for k, (value, font) in enumerate(supplier, start=8):
        _put(sheet, f"A{k}", value, font, merge=f"D{k}")
    rows = [
        (7, "የትዕዛዝ ቁጥር:", PO, BOLD, None),
        (8, "የትዕዛዝ ቀን (እ.ኤ.አ):", ORDER_DATE, PLAIN, ET_DATE),
        (9, "የሚረከብበት ቀን (እ.ኤ.አ):", DELIVERY, PLAIN, ET_DATE),
        (10, "ገንዘብ:", "USD", PLAIN, None),
        (11, "የፕሮፎርማ ቁጥር:", "QH-PI-26-1207", PLAIN, None),
    ]
    left = Alignment(horizontal="left")
    for row, label, value, font, fmt in rows:
        _put(sheet, f"E{row}", label, BOLD, merge=f"F{row}")
        _put(sheet, f"G{row}", value, font, fmt, merge=f"H{row}", alignment=left)
    across = [
        (13, "የክፍያ ሁኔታ:", TERMS),
        (14, "የማጓጓዣ ሁኔታ:", "CFR ጅቡቲ (Incoterms 2020)፣ ከዚያ በባቡር ወደ ሞጆ ደረቅ ወደብ"),
        (15, "የማስረከቢያ ቦታ:", ADDRESS),
        (16, "ተጠሪ:", "ወ/ሮ ሕይወት ታደሰ፣ የግዢ ክፍል፣ +251 911 418 276"),
    ]
    for row, label, value in across:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, merge=f"H{row}")
    _put(sheet, "A17", "እባክዎ የሚከተሉትን ዕቃዎች በፕሮፎርማ ደረሰኝዎ መሠረት ያቅርቡልን።", merge="H17")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, unit, qty, price, discount = item
        number = Decimal(qty)
        values = [
            (n + 1, "0"),
            (code, None),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.###"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        for col in "ADG":
            sheet[f"{col}{row}"].alignment = Alignment(horizontal="center")
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ("ድምር:", "ቫት 0% (የውጭ ግዢ – ቀረጥና ቫት በጉምሩክ ይከፈላል):", "ጠቅላላ ድምር (USD):")
    total_rows(
        sheet,
        labels,
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(total()),
        money=MONEY,
        cached=cached,
    )
    r = last + 6
    _put(sheet, f"A{r}", "ማሳሰቢያ:", BOLD, merge=f"C{r}")
    notes = [
        "1. የትዕዛዝ ቁጥሩ በፕሮፎርማ፣ በኢንቮይስ፣ በፓኪንግ ሊስት እና በእያንዳንዱ ካርቶን ላይ ይጻፍ።",
        "2. የመጫኛ ሰነዶች (B/L፣ ኢንቮይስ፣ የትውልድ ሰርተፊኬት) በL/C መሠረት በባንክ በኩል ይላኩ።",
        "3. የጥራት ሰርተፊኬት (EN 10204 3.1) ለብየዳ ሽቦና ለብሎን ከሰነዶቹ ጋር ይያያዝ።",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"H{r + 1 + k}")
    sign = r + 6
    centre = Alignment(horizontal="center")
    signatures = [
        ("A", "C", "ያዘጋጀው:", "ሕይወት ታደሰ – የግዢ ኦፊሰር"),
        ("D", "E", "ያጸደቀው:", "ዮሐንስ በቀለ – ዋና ሥራ አስኪያጅ"),
        ("F", "H", "የአቅራቢው ፊርማና ማህተም:", ""),
    ]
    for start, end, title, name in signatures:
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 1}", name or None, merge=f"{end}{sign + 1}", alignment=centre)
        _put(sheet, f"{start}{sign + 3}", "ፊርማ: ....................", merge=f"{end}{sign + 3}")
        sheet[f"{start}{sign + 3}"].alignment = centre
    return sign + 3


def render() -> bytes:
    widths = {"A": 6, "B": 15, "C": 46, "D": 9, "E": 10, "F": 15, "G": 10, "H": 16}
    workbook, sheet = form_sheet("የግዢ ትዕዛዝ", "Hiwot Tadesse", SAVED, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    end = _end(sheet, _table(sheet, cached), cached)
    print_setup(sheet, f"A1:H{end}", footer="ገጽ &P ከ &N")
    return workbook_bytes(workbook, cached)
