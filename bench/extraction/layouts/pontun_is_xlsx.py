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
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from bench.extraction.layouts._sheet_cells import put_cell
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples.sample import OUR_NAME_EN
from orderbridge.samples.zip_bytes import freeze

FILENAME = "Innkaupapöntun IP-26-0418.xlsx"
BUYER = "Fjarðatækni ehf."
PO = "IP-26-0418"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 2, 26)
RECEPTION = "Fjarðatækni ehf. – vörumóttaka"
STREET, TOWN = "Óseyrarbraut 6", "220 Hafnarfjörður"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "60 dagar frá dagsetningu reiknings"
CENT = Decimal("0.01")
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
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)


def line_total(item: tuple) -> Decimal:
    gross = amount(item[4], item[5])
    return (gross * (100 - Decimal(item[6] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[2],
            quantity=Decimal(item[4]),
            unit=item[3],
            unit_price=Decimal(item[5]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="EUR",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
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
    for k, title in enumerate(HEADS):
        cell = _put(sheet, f"{COLUMNS[k]}{HEAD_ROW}", title, BOLD, fill=HEAD_FILL, border=BOX)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
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
        for k, (value, fmt) in enumerate(values):
            _put(sheet, f"{COLUMNS[k]}{row}", value, PLAIN, fmt, border=BOX)
        sheet[f"A{row}"].alignment = sheet[f"E{row}"].alignment = Alignment(horizontal="center")
        sheet[f"D{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        cached[f"I{row}"] = float(line_total(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    first = HEAD_ROW + 1
    rows = [
        ("Samtals án VSK:", f"=SUM(I{first}:I{last})", float(total()), PLAIN),
        ("VSK 0% (innflutningur – VSK greiddur við tollafgreiðslu):", 0, None, PLAIN),
        ("SAMTALS TIL GREIÐSLU (EUR):", f"=I{last + 1}+I{last + 2}", float(total()), BOLD),
    ]
    for k, (label, value, cache, font) in enumerate(rows):
        r = last + 1 + k
        _put(sheet, f"D{r}", label, font, merge=f"H{r}", alignment=Alignment(horizontal="right"))
        _put(sheet, f"I{r}", value, font, MONEY, border=BOX)
        if cache is not None:
            cached[f"I{r}"] = cache
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
    workbook = Workbook()
    workbook.properties.creator = "Guðrún Sigurðardóttir"
    workbook.properties.lastModifiedBy = "Guðrún Sigurðardóttir"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "Pöntun"
    sheet.sheet_view.showGridLines = False
    widths = {"A": 5, "B": 10, "C": 15, "D": 42, "E": 7, "F": 9, "G": 12, "H": 7, "I": 13, "J": 17}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    sheet.print_area = f"A1:J{end}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.oddHeader.right.text = f"Innkaupapöntun {PO}"
    sheet.oddFooter.center.text = "Síða &P af &N"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
