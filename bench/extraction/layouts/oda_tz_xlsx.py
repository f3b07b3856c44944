"""Unseen layout: a Mwanza engineering firm's own Excel ODA YA MANUNUZI (LPO) in Swahili, USD.

Ziwa Engineering & Hardware Ltd (maize-mill, pump and fish-plant spares, Mwanza, Tanzania) types its
purchase orders in its own Excel form in Swahili, the language its office works in, and calls them LPOs
as every Tanzanian firm does; the clerk mails the workbook to a Chinese supplier named after the order and
the supplier (LPO 418 Suzhou Qihang.xlsx), in US dollars. One sheet LPO in Calibri without gridlines: the
company on rows 1-4 (Kiwanja Na., Barabara, S.L.P. (the post box), Mwanza; Simu and Barua pepe; TIN and
VRN) with ODA YA MANUNUZI and (LPO) at the right, over a rule; the supplier block MSAMBAZAJI at the left
(us, our address, China, Mawasiliano) beside label | merged value rows at the right: Namba ya Oda
ZEH/LPO/2026/418 typed as text, Tarehe ya Oda and Tarehe ya Kufikisha real dates shown dd/mm/yyyy,
Sarafu USD, Nukuu Yenu (our quotation); label | merged value rows across: Masharti ya Malipo, Masharti ya
Usafirishaji (CIF Dar es Salaam, then by rail to Mwanza), Mahali pa Kufikisha (the Igogo warehouse),
Mhusika; the request sentence; a ruled table with a shaded head Na. | Namba ya Bidhaa (ZE-BR-6205) |
Maelezo ya Bidhaa (workshop Swahili with the English trade name where mechanics use it: Beringi, Mkanda
wa V, Sili ya pampu (mechanical seal), Vali) | Kipimo (kipande, seti, roli, boksi, kg, pea) | Idadi
(600; 612.5) | Bei ya Kipimo (USD) with two to four decimals (0.065) | Punguzo % typed as a plain number
(5 on two lines, 3 on one) | Jumla (USD) =ROUND(E*F*(1-G/100),2) with cached values; 17 lines; Jumla
Ndogo =SUM, VAT 0% (import: duty and VAT paid at customs) and JUMLA KUU (USD) as formulas; Kwa maneno:
the sum in Swahili words (Dola za Kimarekani … na senti …); MAELEZO 1-3 (the PVoC certificate of
conformity Tanzania asks of imports); Imeandaliwa na / Imeidhinishwa na / Sahihi na Muhuri wa
Msambazaji with names and signature lines; a print footer Ukurasa &P kati ya &N.

Truth: the PO number Namba ya Oda; the order date Tarehe ya Oda; the requested delivery date Tarehe ya
Kufikisha; the currency USD (Sarafu); the buyer the company; the supplier MSAMBAZAJI (us); the ship-to
address Mahali pa Kufikisha; the payment terms Masharti ya Malipo; the total JUMLA KUU; per line the part
number Namba ya Bidhaa, the description Maelezo ya Bidhaa, the unit Kipimo, the quantity Idadi, the unit
price Bei ya Kipimo (before the Punguzo %) and the amount Jumla (after it).
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

FILENAME = "LPO 418 Suzhou Qihang.xlsx"
BUYER = "Ziwa Engineering & Hardware Ltd"
PO = "ZEH/LPO/2026/418"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 3, 5)
ADDRESS = "Ghala la Igogo, Barabara ya Makongoro, Mwanza"
TERMS = "Malipo kwa benki (T/T): 30% kabla ya kusafirisha, 70% dhidi ya nakala ya B/L"
IN_WORDS = (
    "Kwa maneno: Dola za Kimarekani elfu kumi na tisa, mia tisa thelathini na saba na senti sabini na moja tu"
)
FONT = "Calibri"
HEAD_ROW = 20
SAVED = dt.datetime(2026, 12, 18, 9, 35, 0)
MONEY = "#,##0.00"
TZ_DATE = "dd/mm/yyyy"
# Namba ya Bidhaa, Maelezo ya Bidhaa, Kipimo, Idadi, Bei ya Kipimo (USD), Punguzo %
ITEMS = [
    ("ZE-BR-6205", "Beringi 6205-2RS C3", "kipande", "600", "1.92", ""),
    ("ZE-BR-6308", "Beringi 6308-ZZ C3", "kipande", "200", "6.35", ""),
    ("ZE-VB-B62", "Mkanda wa V B-62", "kipande", "300", "3.85", "5"),
    ("ZE-VB-B75", "Mkanda wa V B-75", "kipande", "200", "4.40", "5"),
    ("ZE-HM-075", "Nyundo za mashine ya kusaga mahindi 75 mm (seti ya 24)", "seti", "40", "28.50", ""),
    ("ZE-SC-150", "Chujio la mashine ya kusaga, matundu 1.5 mm", "kipande", "150", "6.20", ""),
    ("ZE-MS-035", "Sili ya pampu (mechanical seal) 35 mm", "kipande", "120", "21.40", "3"),
    ("ZE-IM-150", "Impela ya pampu 150 mm, chuma cha pua", "kipande", "24", "64.00", ""),
    ("ZE-VL-G50", 'Vali ya geti 2" ya shaba', "kipande", "80", "14.20", ""),
    ("ZE-VL-C50", 'Vali ya kuzuia maji kurudi (check valve) 2"', "kipande", "80", "11.60", ""),
    ("ZE-PP-HD63", "Bomba la HDPE 63 mm PN10 (roli la mita 100)", "roli", "30", "96.50", ""),
    ("ZE-BL-M12", "Bolti M12×50 8.8 pamoja na nati (boksi la 100)", "boksi", "60", "12.40", ""),
    ("ZE-OR-032", "O-ring NBR 32×3", "kipande", "5000", "0.065", ""),
    ("ZE-WR-6013", "Waya wa kuchomelea E6013, 3.2 mm", "kg", "450", "1.86", ""),
    ("ZE-SS-304", "Bati la chuma cha pua 304, unene 2 mm", "kg", "612.5", "3.48", ""),
    ("ZE-GL-NGZ", "Glavu za kazi za ngozi", "pea", "300", "1.35", ""),
    ("ZE-PL-ISPM", "Paleti ya mbao ISPM 15", "kipande", "6", "14.00", ""),
]
HEADS = [
    "Na.",
    "Namba ya Bidhaa",
    "Maelezo ya Bidhaa",
    "Kipimo",
    "Idadi",
    "Bei ya Kipimo (USD)",
    "Punguzo %",
    "Jumla (USD)",
]
COLUMNS = "ABCDEFGH"
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
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
    _put(sheet, "A1", BUYER.upper(), Font(name=FONT, size=16, bold=True), merge="E1")
    company = [
        "Kiwanja Na. 418, Barabara ya Nyerere, S.L.P. 1187, Mwanza, Tanzania",
        "Simu: +255 28 250 4187   Barua pepe: manunuzi@ziwaengineering.co.tz",
        "TIN: 118-427-906   VRN: 40-018427-K",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, SMALL, merge=f"E{k}")
    right = Alignment(horizontal="right")
    _put(sheet, "F1", "ODA YA MANUNUZI", Font(name=FONT, size=16, bold=True), merge="H1", alignment=right)
    _put(sheet, "F2", "(LPO)", BOLD, merge="H2", alignment=right)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="1F4E78"))
    _put(sheet, "A7", "MSAMBAZAJI:", BOLD, merge="C7")
    supplier = [
        (OUR_NAME_EN, BOLD),
        ("No. 88 Huoju Road, Suzhou New District", PLAIN),
        ("Suzhou 215163, Jiangsu, China", PLAIN),
        ("Mawasiliano: Zhang Li, +86 512 6655 8812", PLAIN),
    ]
    for k, (value, font) in enumerate(supplier, start=8):
        _put(sheet, f"A{k}", value, font, merge=f"D{k}")
    rows = [
        (7, "Namba ya Oda:", PO, BOLD, None),
        (8, "Tarehe ya Oda:", ORDER_DATE, PLAIN, TZ_DATE),
        (9, "Tarehe ya Kufikisha:", DELIVERY, PLAIN, TZ_DATE),
        (10, "Sarafu:", "USD", PLAIN, None),
        (11, "Nukuu Yenu:", "QH-Q26-1208", PLAIN, None),
    ]
    left = Alignment(horizontal="left")
    for row, label, value, font, fmt in rows:
        _put(sheet, f"E{row}", label, BOLD, merge=f"F{row}")
        _put(sheet, f"G{row}", value, font, fmt, merge=f"H{row}", alignment=left)
    across = [
        (13, "Masharti ya Malipo:", TERMS),
        (14, "Masharti ya Usafirishaji:", "CIF Dar es Salaam (Incoterms 2020), kisha kwa reli hadi Mwanza"),
        (15, "Mahali pa Kufikisha:", ADDRESS),
        (16, "Mhusika:", "Neema Mwakyusa, Afisa Manunuzi, +255 754 418 276"),
    ]
    for row, label, value in across:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, merge=f"H{row}")
    request = "Tafadhali tuletee bidhaa zifuatazo kulingana na nukuu yenu iliyotajwa hapo juu:"
    _put(sheet, "A18", request, merge="H18")


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
    labels = (
        "Jumla Ndogo:",
        "VAT 0% (bidhaa za nje – ushuru na VAT hulipwa forodhani):",
        "JUMLA KUU (USD):",
    )
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
    r = last + 5
    _put(sheet, f"A{r}", IN_WORDS, Font(name=FONT, size=11, italic=True), merge=f"H{r}")
    r += 2
    _put(sheet, f"A{r}", "MAELEZO:", BOLD, merge=f"C{r}")
    notes = [
        "1. Namba ya oda hii ionekane kwenye ankara, orodha ya mizigo (packing list) na kila katoni.",
        "2. Tutumieni nakala za hati za usafirishaji (B/L, ankara, cheti cha asili) kwa barua pepe "
        "kabla meli haijaondoka.",
        "3. Mzigo ukaguliwe chini ya utaratibu wa PVoC wa TBS kabla ya kusafirishwa; cheti cha CoC "
        "kiambatanishwe na hati nyingine.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"H{r + 1 + k}")
    sign = r + 6
    centre = Alignment(horizontal="center")
    signatures = [
        ("A", "C", "Imeandaliwa na:", "Neema Mwakyusa – Afisa Manunuzi"),
        ("D", "E", "Imeidhinishwa na:", "Juma K. Masanja – Meneja Mkuu"),
        ("F", "H", "Sahihi na Muhuri wa Msambazaji:", ""),
    ]
    for start, end, title, name in signatures:
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 1}", name or None, merge=f"{end}{sign + 1}", alignment=centre)
        _put(sheet, f"{start}{sign + 3}", "Sahihi: ....................", merge=f"{end}{sign + 3}")
        sheet[f"{start}{sign + 3}"].alignment = centre
    return sign + 3


def render() -> bytes:
    widths = {"A": 6, "B": 15, "C": 46, "D": 9, "E": 10, "F": 13, "G": 11, "H": 14}
    workbook, sheet = form_sheet("LPO", "Neema Mwakyusa", SAVED, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    end = _end(sheet, _table(sheet, cached), cached)
    print_setup(sheet, f"A1:H{end}", footer="Ukurasa &P kati ya &N")
    return workbook_bytes(workbook, cached)
