"""Unseen layout: a Hafnarfjörður fish-processing-equipment maker's own Excel INNKAUPAPÖNTUN (Iceland), EUR.

Fjarðatækni ehf. builds conveyors and washing lines for fish plants and orders its imported parts with a
workbook its purchasing manager keeps as the order template, saved and mailed as xlsx. What it holds:
sheet Pöntun in Calibri without gridlines; the company top left (address, Kt. and VSK-nr. on one row,
phone and e-mail); INNKAUPAPÖNTUN top right over a label | value block on the right (Pöntun nr.
IP-26-0418 typed as text, Dagsetning and Afhendingardagur real dates shown d.m.yyyy, Gjaldmiðill EUR,
Tilboð ykkar nr.); a rule; Birgir (us, Kína) on the left and Afhendingarstaður (the goods reception's name,
the street, postcode and town, Ísland) on the right, side by side; label | merged value rows
Greiðsluskilmálar, Afhendingarskilmálar, Flutningsmáti, Tengiliður okkar; "Vinsamlegast afgreiðið ...";
a ruled table with a shaded head Nr. | Vörunr. (FT-31020, Fjarðatækni's) | Vörunr. birgja (our code,
QH-GM-075-30) | Lýsing (Icelandic: á, ð, é, í, ó, ú, ý, þ, æ, ö; Ø, ×, ½) | Eining (stk., rúlla, m, kg,
pk.) | Magn (1250.5) | Einingarverð (EUR) with two to four decimals (0.0215) | Afsl. % typed as a plain
number (5, 3) | Upphæð (EUR) =ROUND(F*G*(1-H/100),2) with cached values | Athugasemd; 16 lines; Samtals
án VSK =SUM, VSK 0% (innflutningur ...) and SAMTALS TIL GREIÐSLU (EUR) as formulas; Athugasemdir 1-3;
Pantað af / Samþykkt with names; a print header with the order number and a print footer Síða &P af &N.

Truth: the PO number Pöntun nr.; the order date Dagsetning; the requested delivery date Afhendingardagur;
the currency EUR (Gjaldmiðill); the buyer the company; the supplier Birgir (us); the ship-to address
Afhendingarstaður's street and postcode-town rows joined with ", " (the reception's name and Ísland left
out); the payment terms Greiðsluskilmálar; the total SAMTALS TIL GREIÐSLU; per line the part number
Vörunr. (not Vörunr. birgja), the description Lýsing, the unit Eining, the quantity Magn, the unit price
Einingarverð (before the Afsl. %) and the amount Upphæð (after it).
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

FILENAME = "Innkaupapöntun IP-26-0418.xlsx"
BUYER = "Fjarðatækni ehf."
PO = "IP-26-0418"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 2, 26)
RECEPTION = "Fjarðatækni ehf. – vörumóttaka"
STREET, TOWN = "Óseyrarbraut 6", "220 Hafnarfjörður"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "60 dagar frá dagsetningu reiknings"
FONT = "Calibri"
HEAD_ROW = 21
FIXED_TIME = dt.datetime(2026, 12, 17, 14, 5, 0)
MONEY = "#,##0.00"
IS_DATE = "d.m.yyyy"
# Vörunr., Vörunr. birgja, Lýsing, Eining, Magn, Einingarverð (EUR), Afsl. %, Athugasemd
ITEMS = [
    ("FT-31020", "QH-GM-075-30", "Gírmótor 0,75 kW, i=30, ryðfrír, IP66", "stk.", "24", "186.00", "", ""),
    ("FT-31045", "QH-BR-UCFL205", "Leguhús UCFL 205, ryðfrítt", "stk.", "120", "14.60", "", ""),
    ("FT-31050", "QH-6205-SS", "Kúlulega 6205-2RS, ryðfrí", "stk.", "400", "3.85", "5", ""),
    ("FT-32010", "QH-CH-08B-SS", "Ryðfrí keðja 08B-1, 5 m í rúllu", "rúlla", "30", "42.50", "", ""),
    ("FT-32015", "QH-SP-08B-17", "Keðjuhjól 08B-1, z=17, ryðfrítt", "stk.", "60", "11.90", "", ""),
    (
        "FT-33100",
        "QH-BELT-PU600",
        "Færiband PU, hvítt, matvælavottað, breidd 600 mm",
        "m",
        "85",
        "46.00",
        "",
        "skorið í 2 × 42,5 m",
    ),
    ("FT-33120", "QH-RL-POM50", "Plastrúlla Ø50 × 600 mm, POM", "stk.", "150", "7.35", "", ""),
    (
        "FT-34001",
        "QH-SS316-3",
        "Ryðfrí plata AISI 316, 3 mm, skorin eftir teikningu",
        "kg",
        "1250.5",
        "4.12",
        "",
        "vottorð 3.1",
    ),
    (
        "FT-34010",
        "QH-TB-304-38",
        "Ryðfrítt rör AISI 304, Ø38 × 1,5 mm, 6 m lengdir",
        "m",
        "240",
        "5.45",
        "3",
        "",
    ),
    ("FT-35002", "QH-NZ-FAN-15", "Spíssar fyrir þvottakerfi, flatur úði 15°", "stk.", "500", "1.28", "", ""),
    ("FT-35010", "QH-VL-SOL-12", 'Segulloki ½" 24 V DC, ryðfrír', "stk.", "40", "23.70", "", ""),
    ("FT-36001", "QH-GK-EPDM-80", "Pakkning EPDM Ø80, matvælavottuð", "stk.", "600", "0.68", "", ""),
    ("FT-37001", "QH-B-M8X20-A4", "Bolti M8 × 20 A4, DIN 933 (100 stk. í pk.)", "pk.", "40", "6.20", "", ""),
    (
        "FT-37005",
        "QH-N-M8-A4",
        "Ró M8 A4 með nælonhring, DIN 985 (100 stk. í pk.)",
        "pk.",
        "40",
        "4.15",
        "",
        "",
    ),
    ("FT-37010", "QH-W-M8-A4", "Skinna M8 A4, DIN 125", "stk.", "8000", "0.0215", "", ""),
    ("FT-39000", "QH-PAL-ISPM", "Bretti ISPM 15, hitameðhöndlað", "stk.", "6", "16.00", "", ""),
]
HEADS = [
    "Nr.",
    "Vörunr.",
    "Vörunr. birgja",
    "Lýsing",
    "Eining",
    "Magn",
    "Einingarverð (EUR)",
    "Afsl. %",
    "Upphæð (EUR)",
    "Athugasemd",
]
COLUMNS = "ABCDEFGHIJ"
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)


FIELDS = ItemFields(description=2, unit=3, quantity=4, price=5, discount=6)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _head(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=16, bold=True), merge="E1")
    company = [
        "Hvaleyrarbraut 22, 220 Hafnarfjörður",
        "Kt. 540298-2369   VSK-nr. 61873",
        "Sími 565 4180   innkaup@fjardataekni.is",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"E{k}")
    title = _put(sheet, "G1", "INNKAUPAPÖNTUN", Font(name=FONT, size=16, bold=True), merge="J1")
    title.alignment = Alignment(horizontal="right")
    block = [
        (2, "Pöntun nr.:", PO, BOLD, None),
        (3, "Dagsetning:", ORDER_DATE, PLAIN, IS_DATE),
        (4, "Afhendingardagur:", DELIVERY, PLAIN, IS_DATE),
        (5, "Gjaldmiðill:", "EUR", PLAIN, None),
        (6, "Tilboð ykkar nr.:", "QH-Q26-1210", PLAIN, None),
    ]
    for row, label, value, font, fmt in block:
        _put(sheet, f"G{row}", label, BOLD, merge=f"H{row}")
        _put(sheet, f"I{row}", value, font, fmt, merge=f"J{row}", alignment=Alignment(horizontal="left"))
    for col in COLUMNS:
        sheet[f"{col}7"].border = Border(bottom=Side(style="medium", color="000000"))
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu, Kína"]
    supplier.append("Tengiliður: Zhang Li")
    place = [RECEPTION, STREET, TOWN, "Ísland"]
    _put(sheet, "A9", "Birgir", BOLD, merge="D9")
    _put(sheet, "F9", "Afhendingarstaður", BOLD, merge="J9")
    for k, (left, right) in enumerate(zip(supplier, place, strict=True), start=10):
        _put(sheet, f"A{k}", left, BOLD if k == 10 else PLAIN, merge=f"D{k}")
        _put(sheet, f"F{k}", right, merge=f"J{k}")
    rows = [
        (15, "Greiðsluskilmálar:", TERMS),
        (16, "Afhendingarskilmálar:", "FOB Shanghai (Incoterms 2020)"),
        (17, "Flutningsmáti:", "Sjófrakt til Reykjavíkur (Sundahöfn)"),
        (18, "Tengiliður okkar:", "Guðrún Sigurðardóttir, innkaupastjóri, sími 865 2214"),
    ]
    for row, label, value in rows:
        _put(sheet, f"A{row}", label, BOLD, merge=f"C{row}")
        _put(sheet, f"D{row}", value, merge=f"J{row}", alignment=Alignment(horizontal="left"))
    _put(sheet, "A20", "Vinsamlegast afgreiðið eftirfarandi vörur samkvæmt tilboði ykkar:", merge="J20")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, their_code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n + 1, "0"),
            (code, None),
            (their_code, None),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "General"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(F{row}*G{row}*(1-H{row}/100),2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"A{row}"].alignment = sheet[f"E{row}"].alignment = Alignment(horizontal="center")
        sheet[f"D{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        cached[f"I{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    total_rows(
        sheet,
        (
            "Samtals án VSK:",
            "VSK 0% (innflutningur – VSK greiddur við tollafgreiðslu):",
            "SAMTALS TIL GREIÐSLU (EUR):",
        ),
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("D", "H"),
        amount="I",
        total=float(FIELDS.total(ITEMS)),
        money=MONEY,
        cached=cached,
    )
    r = last + 5
    _put(sheet, f"A{r}", "Athugasemdir:", BOLD, merge=f"D{r}")
    notes = [
        "1. Pöntunarnúmer skal koma fram á reikningi, pökkunarlista og öllum kössum.",
        "2. Upprunavottorð (Form A) og efnisvottorð 3.1 fyrir ryðfrítt stál fylgi sendingunni.",
        "3. Vinsamlegast staðfestið pöntunina og afhendingardag innan þriggja virkra daga.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"J{r + 1 + k}")
    sign = r + 6
    _put(sheet, f"B{sign}", "Pantað af:", BOLD, merge=f"D{sign}", alignment=Alignment(horizontal="center"))
    _put(sheet, f"G{sign}", "Samþykkt:", BOLD, merge=f"J{sign}", alignment=Alignment(horizontal="center"))
    _put(sheet, f"B{sign + 1}", "Guðrún Sigurðardóttir", merge=f"D{sign + 1}")
    _put(sheet, f"G{sign + 1}", "Einar Þór Jónsson, framkvæmdastjóri", merge=f"J{sign + 1}")
    sheet[f"B{sign + 1}"].alignment = sheet[f"G{sign + 1}"].alignment = Alignment(horizontal="center")
    return sign + 1


def render() -> bytes:
    widths = {"A": 5, "B": 10, "C": 15, "D": 42, "E": 7, "F": 9, "G": 12, "H": 7, "I": 13, "J": 17}
    workbook, sheet = form_sheet("Pöntun", "Guðrún Sigurðardóttir", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:J{end}", landscape=True, header=f"Innkaupapöntun {PO}", footer="Síða &P af &N")
    return workbook_bytes(workbook, cached)
