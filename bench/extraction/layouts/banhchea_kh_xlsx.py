"""Unseen layout: a Phnom Penh machinery dealer's own Excel ប័ណ្ណបញ្ជាទិញ (purchase order) in Khmer, USD.

ក្រុមហ៊ុន មេគង្គ ម៉ាស៊ីនឧស្សាហកម្ម ឯ.ក (Mekong Industrial Machinery Co., Ltd., Russey Keo) sells pumps, motors
and spares to Cambodia's garment factories and rice mills and orders from China with the workbook the office
keeps as its form, mailed as xlsx under the order (ប័ណ្ណបញ្ជាទិញ MK-PO-2612-041.xlsx). Khmer needs complex
shaping, so the order is a workbook, never drawn here. What it holds: sheet ប័ណ្ណបញ្ជាទិញ in Khmer OS
Battambang without gridlines; the company in Khmer over its English name, the address, phone, e-mail and
VATTIN (លេខអត្តសញ្ញាណកម្ម K005-901841821); the title ប័ណ្ណបញ្ជាទិញ over PURCHASE ORDER; label | merged value
pairs two a row (អ្នកផ្គត់ផ្គង់ us beside លេខប័ណ្ណបញ្ជាទិញ MK-PO-2612-041; អាសយដ្ឋាន beside កាលបរិច្ឆេទ
19/12/2026 and អ្នកទំនាក់ទំនង beside កាលបរិច្ឆេទប្រគល់ទំនិញ 10/03/2027, real dates shown dd/mm/yyyy;
សម្រង់តម្លៃ beside រូបិយប័ណ្ណ ដុល្លារអាមេរិក (USD); លក្ខខណ្ឌទូទាត់ beside លក្ខខណ្ឌដឹកជញ្ជូន CIF Phnom Penh
Autonomous Port); អាសយដ្ឋានដឹកជញ្ជូន across; a ruled table whose shaded captions are Khmer over English in one
cell (ល.រ / No. | លេខកូដទំនិញ / Item Code (MK-PM-0750) | បរិយាយ / Description (Khmer and model, wrapped in its
cell) | ឯកតា / Unit (គ្រឿង, ឈុត, ដុំ, ប្រអប់, ម៉ែត្រ, គីឡូក្រាម) | បរិមាណ / Qty (62.5) | តម្លៃឯកតា / Unit
Price (USD) (0.3850) | បញ្ចុះតម្លៃ / Disc. % typed 5 and 8 | ទឹកប្រាក់ / Amount (USD) =ROUND(E*F*(1-G/100),2)
cached); a កំណត់សម្គាល់ (note) row under one line, unnumbered; 17 lines; សរុប / Sub-total, អាករលើតម្លៃបន្ថែម
(VAT) 0% and សរុបរួម / Grand Total (USD) as formulas; កំណត់សម្គាល់ 1-3; រៀបចំដោយ / ពិនិត្យដោយ / អនុម័តដោយ with
their names; a print footer ទំព័រ &P នៃ &N.

Truth: the PO number លេខប័ណ្ណបញ្ជាទិញ; the order date កាលបរិច្ឆេទ; the requested delivery date
កាលបរិច្ឆេទប្រគល់ទំនិញ; the currency USD; the buyer the company's Khmer name; the supplier (us); the ship-to
address អាសយដ្ឋានដឹកជញ្ជូន; the payment terms លក្ខខណ្ឌទូទាត់; the total សរុបរួម; per line the part number, the
description, the unit, the quantity, the unit price (before the discount) and the amount (after it).
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

FILENAME = "ប័ណ្ណបញ្ជាទិញ MK-PO-2612-041.xlsx"
SHEET = "ប័ណ្ណបញ្ជាទិញ"
BUYER = "ក្រុមហ៊ុន មេគង្គ ម៉ាស៊ីនឧស្សាហកម្ម ឯ.ក"
PO = "MK-PO-2612-041"
ORDER_DATE = dt.date(2026, 12, 19)
DELIVERY = dt.date(2027, 3, 10)
ADDRESS = "ឃ្លាំងលេខ 3 ផ្លូវជាតិលេខ 5 សង្កាត់ព្រែកលៀប ខណ្ឌជ្រោយចង្វារ រាជធានីភ្នំពេញ"
TERMS = "T/T 30% បង់មុន និង 70% ពេលទទួលបានច្បាប់ចម្លង B/L"
HEAD_ROW = 17
SAVED = dt.datetime(2026, 12, 19, 14, 5, 0)
MONEY = "#,##0.00"
DATE = "dd/mm/yyyy"
# លេខកូដទំនិញ, បរិយាយ, ឯកតា, បរិមាណ, តម្លៃឯកតា, បញ្ចុះតម្លៃ %, កំណត់សម្គាល់ (a row under it)
ITEMS = [
    ("MK-PM-0750", "ស្នប់ទឹក Centrifugal CM50-160A 7.5kW 380V", "គ្រឿង", "8", "386.00", "5", ""),
    ("MK-PM-0220", "ស្នប់ទឹក Self-priming JET-100 0.75kW 220V", "គ្រឿង", "40", "42.50", "", ""),
    (
        "MK-MT-1104",
        "ម៉ូទ័រអគ្គិសនី 3 ហ្វាស YE3-160M-4 11kW 380V 50Hz B3 (ប្រើសម្រាប់ម៉ាស៊ីនកិនស្រូវ)",
        "គ្រឿង",
        "6",
        "518.00",
        "8",
        "",
    ),
    ("MK-BR-6308", "គ្រាប់បាល់ (Bearing) 6308-2RS C3", "ដុំ", "300", "2.86", "", ""),
    ("MK-BR-2215", "គ្រាប់បាល់ (Bearing) 22215 CA/W33 ជាមួយ Sleeve H315", "ឈុត", "24", "74.40", "5", ""),
    ("MK-SL-0405", "សំណៅកៅស៊ូ Oil seal TC 40x55x8 NBR", "ដុំ", "1000", "0.3850", "", ""),
    ("MK-VB-B065", "ខ្សែពាន V-belt B65", "ដុំ", "200", "2.35", "", ""),
    (
        "MK-CB-0425",
        "ខ្សែភ្លើង CU/PVC/PVC 4x25mm² 0.6/1kV (រមូរ 100 ម៉ែត្រ)",
        "ម៉ែត្រ",
        "62.5",
        "9.64",
        "",
        "កាត់ជាដុំតែមួយ មិនត្រូវតភ្ជាប់",
    ),
    ("MK-VL-0080", "វ៉ាល់ Gate valve DN80 PN16 ដែកវណ្ណះ", "ដុំ", "36", "48.20", "", ""),
    ("MK-VL-0050", "វ៉ាល់ Check valve DN50 PN16 សំរិទ្ធ", "ដុំ", "48", "21.75", "", ""),
    ("MK-BL-1670", "ប៊ូឡុង M16x70 8.8 កាវ៉ាណៃ (ជាមួយគ្រាប់ និងព្រនង់)", "ប្រអប់", "30", "18.60", "", ""),
    ("MK-CT-3210", "Contactor LC1D32 220V AC", "ដុំ", "60", "14.90", "", ""),
    ("MK-BK-0063", "Circuit breaker MCCB 3P 63A 25kA", "ដុំ", "40", "27.30", "", ""),
    ("MK-PG-0016", "នាឡិកាសម្ពាធ Pressure gauge 0-16 bar 100mm", "ដុំ", "50", "6.45", "", ""),
    ("MK-PP-0065", "បំពង់ដែក GI pipe 2.5 inch x 6m ក្រាស់ 3.2mm", "ដុំ", "120", "31.80", "", ""),
    ("MK-WR-0032", "ដែកផ្សារ Welding rod E6013 3.2mm", "គីឡូក្រាម", "185.5", "1.42", "", ""),
    ("MK-GR-0460", "ប្រេងរំអិល Grease EP2 ធុង 15kg", "ធុង", "20", "38.50", "", ""),
]
HEADS = [
    "ល.រ\nNo.",
    "លេខកូដទំនិញ\nItem Code",
    "បរិយាយ\nDescription",
    "ឯកតា\nUnit",
    "បរិមាណ\nQty",
    "តម្លៃឯកតា\nUnit Price (USD)",
    "បញ្ចុះតម្លៃ\nDisc. %",
    "ទឹកប្រាក់\nAmount (USD)",
]
COLUMNS = "ABCDEFGH"
FONT = "Khmer OS Battambang"
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="FCE4D6")
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


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _letterhead(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=15, bold=True), merge="E1")
    company = [
        "MEKONG INDUSTRIAL MACHINERY CO., LTD.",
        "ផ្ទះលេខ 418 ផ្លូវជាតិលេខ 5 សង្កាត់ព្រែកលៀប ខណ្ឌជ្រោយចង្វារ រាជធានីភ្នំពេញ",
        "ទូរស័ព្ទ: 023 988 418 / 012 418 218   អ៊ីមែល: purchase@mekongmachinery.com.kh",
        "លេខអត្តសញ្ញាណកម្ម (VATTIN): K005-901841821",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9, bold=k == 2), merge=f"E{k}")
    title = Alignment(horizontal="right", vertical="center")
    _put(sheet, "F1", "ប័ណ្ណបញ្ជាទិញ", Font(name=FONT, size=18, bold=True), merge="H2", alignment=title)
    _put(sheet, "F3", "PURCHASE ORDER", Font(name=FONT, size=11, bold=True), merge="H3", alignment=title)
    for col in COLUMNS:
        sheet[f"{col}6"].border = Border(bottom=Side(style="medium", color="C65911"))


def _pairs(sheet) -> None:
    pairs = [
        (8, ("អ្នកផ្គត់ផ្គង់:", OUR_NAME_EN, BOLD, None), ("លេខប័ណ្ណបញ្ជាទិញ:", PO, BOLD, None)),
        (
            9,
            ("អាសយដ្ឋាន:", "No. 88 Huoju Road, Suzhou New District, Suzhou, China", PLAIN, None),
            ("កាលបរិច្ឆេទ:", ORDER_DATE, PLAIN, DATE),
        ),
        (
            10,
            ("អ្នកទំនាក់ទំនង:", "Ms. Chen Li, +86 512 6618 4418", PLAIN, None),
            ("កាលបរិច្ឆេទប្រគល់ទំនិញ:", DELIVERY, PLAIN, DATE),
        ),
        (
            11,
            ("សម្រង់តម្លៃ:", "QH-Q26-1212 ចុះថ្ងៃទី 12/12/2026", PLAIN, None),
            ("រូបិយប័ណ្ណ:", "ដុល្លារអាមេរិក (USD)", PLAIN, None),
        ),
        (
            12,
            ("លក្ខខណ្ឌទូទាត់:", TERMS, PLAIN, None),
            ("លក្ខខណ្ឌដឹកជញ្ជូន:", "CIF Phnom Penh Autonomous Port", PLAIN, None),
        ),
    ]
    left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"D{row}", alignment=left)
        _put(sheet, f"E{row}", label2, BOLD, merge=f"F{row}")
        _put(sheet, f"G{row}", value2, font2, fmt2, merge=f"H{row}", alignment=left)
    sheet.row_dimensions[12].height = 30
    _put(sheet, "A13", "អាសយដ្ឋានដឹកជញ្ជូន:", BOLD, merge="B13")
    _put(sheet, "C13", ADDRESS, merge="H13")
    _put(sheet, "A15", "សូមផ្គត់ផ្គង់ទំនិញខាងក្រោម តាមសម្រង់តម្លៃរបស់លោកអ្នក:", merge="H15")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    sheet.row_dimensions[HEAD_ROW].height = 36
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
            _put(sheet, f"C{row}", f"កំណត់សម្គាល់: {note}", Font(name=FONT, size=9, italic=True), merge=f"H{row}")
            row += 1
    return row - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ("សរុប / Sub-total:", "អាករលើតម្លៃបន្ថែម (VAT) 0%:", "សរុបរួម / Grand Total (USD):")
    total_rows(
        sheet,
        labels,
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(FIELDS.total(ITEMS)),
        money=MONEY,
        cached=cached,
    )
    r = last + 5
    _put(sheet, f"A{r}", "កំណត់សម្គាល់:", BOLD, merge=f"D{r}")
    notes = [
        "1. សូមបញ្ជាក់លេខប័ណ្ណបញ្ជាទិញនេះ លើវិក្កយបត្រ បញ្ជីវេចខ្ចប់ និងលើប្រអប់នីមួយៗ។",
        "2. ត្រូវផ្ញើវិញ្ញាបនបត្រប្រភពដើម (Form E) និង B/L តាមអ៊ីមែល មុនពេលកប៉ាល់មកដល់។",
        "3. មិនទទួលយកការដឹកជញ្ជូនជាផ្នែកៗ ដោយគ្មានការយល់ព្រមជាលាយលក្ខណ៍អក្សរ។",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"H{r + 1 + k}")
    sign = r + 6
    centre = Alignment(horizontal="center")
    for start, end, title, name in (
        ("A", "B", "រៀបចំដោយ", "សុខ ស្រីពៅ"),
        ("C", "D", "ពិនិត្យដោយ", "ចាន់ វិចិត្រ"),
        ("F", "H", "អនុម័តដោយ", "លី ម៉េងហុង"),
    ):
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 3}", name, merge=f"{end}{sign + 3}", alignment=centre)
    return sign + 3


def render() -> bytes:
    widths = {"A": 7, "B": 15, "C": 44, "D": 10, "E": 10, "F": 14, "G": 11, "H": 15}
    workbook, sheet = form_sheet(SHEET, "Sok Sreypov", SAVED, widths)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:H{end}", footer="ទំព័រ &P នៃ &N")
    return workbook_bytes(workbook, cached)
