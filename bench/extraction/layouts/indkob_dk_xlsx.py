"""Unseen layout: a Vejen barn-equipment maker's own Excel indkøbsordre (Danish), DKK.

Brøndum Staldinventar A/S (Vejen, Southern Jutland) has no purchasing module for its Asian suppliers: the
buyer keeps an Excel workbook, Indkøbsordre.xlsx, with the order form on one sheet and the company's item
list on another, types the item numbers and quantities, and e-mails the saved workbook. What the file holds:
sheet Indkøbsordre: the company, its address and CVR-nr. top left and INDKØBSORDRE top right; label | value
cells on the right (Ordrenr. IO-26-1187 as text, Ordredato a real date shown dd-mm-yyyy, Ønsket levering a
real date with ="uge "&ISOWEEKNUM(..) beside it (uge 4, as Danes order by week), Vores ref., Deres ref.,
Betalingsbetingelser Løbende måned + 30 dage, Leveringsbetingelser FOB Ningbo, Valuta DKK, Forsendelse);
Leverandør (us) and Leveringsadresse as blocks of single lines on the left; the table Pos. | Varenr. |
Beskrivelse | Antal | Enhed | Stk.pris | Rabat | Beløb over 20 prepared rows: only Varenr., Antal and Rabat
typed, Pos. =IF(B18="","",ROW()-17), Beskrivelse / Enhed / Stk.pris as VLOOKUPs into the item list and Beløb
=IF(B18="","",ROUND(D18*F18*(1-G18),2)), all with cached values; the seven unused rows hold the same
formulas with empty text as their cached values; Rabat a real percentage on two lines; Danish letters (æ,
ø, å) in names and units (sæt, rl); Subtotal / Moms 0 % (import) / I alt DKK as formulas; Bemærkninger
merged and wrapped; Godkendt af. Sheet Vareliste: the buyer's item list (Varenr., Beskrivelse, Enhed,
Stk.pris DKK, Leverandør) with other suppliers' items too, under an autofilter.

Truth: the PO number Ordrenr. (IO-26-1187); the order date Ordredato; the requested delivery date Ønsket
levering (2027-01-29, the Friday of week 4); the currency DKK (Valuta); the buyer Brøndum Staldinventar
A/S; the supplier Leverandør (us); the ship-to address Leveringsadresse's street and postcode-town lines
joined with ", "; the payment terms Betalingsbetingelser; the total I alt DKK; per line the part number
Varenr., the description, unit and unit price as the VLOOKUPs' cached values, the quantity Antal and the
amount Beløb (after the Rabat); the item list's rows are no order lines.
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

FILENAME = "Indkøbsordre IO-26-1187 Brøndum Staldinventar.xlsx"
BUYER = "Brøndum Staldinventar A/S"
PO = "IO-26-1187"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 1, 29)
SHIP_LINES = ["Brøndum Staldinventar A/S – Lager 2", "Industrivej 14", "6600 Vejen", "Danmark"]
ADDRESS = ", ".join(SHIP_LINES[1:3])
TERMS = "Løbende måned + 30 dage"
CENT = Decimal("0.01")
FONT = "Calibri"
HEAD_ROW, FIRST_ROW, ROWS = 17, 18, 20
FIXED_TIME = dt.datetime(2026, 12, 18, 13, 52, 0)
MONEY = "#,##0.00"
# Varenr., Beskrivelse, Enhed, Stk.pris DKK (from Vareliste), Antal, Rabat %
ITEMS = [
    ("BS-20531", "Kugleleje 6205-2RS C3", "stk", "6.85", "1000", ""),
    ("BS-20544", "Flangeleje UCF 205 støbejern", "stk", "38.50", "240", ""),
    ("BS-21008", "Rustfri kæde 6 mm A4, rulle 25 m", "rl", "412.00", "60", "5"),
    ("BS-21015", "Karabinhage rustfri A4 M8", "stk", "4.35", "1500", ""),
    ("BS-22101", "Låsering DIN 471 Ø25", "stk", "0.28", "5000", ""),
    ("BS-22230", "Bøjlebolt M10 × 60 × 120 varmgalv.", "stk", "7.90", "800", ""),
    ("BS-23050", 'Drikkeventil 1/2" rustfri til drikkekop', "stk", "24.75", "600", ""),
    ("BS-23120", "Rørbøjle Ø48 galv. med gummiindlæg", "stk", "5.65", "1200", ""),
    ("BS-24002", "Gummiprofil EPDM 20×30 til ædeplads", "m", "18.40", "350", ""),
    ("BS-24019", "Pakningssæt til vandkop (10 stk.)", "sæt", "12.60", "400", ""),
    ("BS-25500", "Gevindstang M12 × 1000 8.8 galv.", "stk", "14.25", "300", "3"),
    ("BS-26010", "Maskinskrue M8 × 25 A2 DIN 933", "stk", "0.365", "6000", ""),
    ("BS-29001", "Eksportpalle EUR, ISPM 15", "stk", "92.00", "14", ""),
]
OTHERS = [  # the item list's rows bought from other suppliers (never on this order)
    ("BS-10002", "Stålrør Ø48,3 × 3,2 S235 varmgalv. 6 m", "stk", "486.00", "Vejen Stål ApS"),
    ("BS-10015", "Fladstål 50 × 8 S235, 6 m", "stk", "212.50", "Vejen Stål ApS"),
    ("BS-30100", "Vandkop støbejern m. ventil", "stk", "168.00", "Jyden Agro A/S"),
    ("BS-30210", "Gummimåtte 1830 × 1220 × 17 mm", "stk", "395.00", "Kraiburg Danmark"),
    ("BS-31005", "Maling RAL 6005 2K, 5 l", "spd", "845.00", "Hempel Industri"),
    ("BS-32001", "Svejsetråd SG2 Ø1,0, 15 kg", "rl", "329.00", "Svejsecentret Kolding"),
]
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="375623")
LABEL_FILL = PatternFill("solid", fgColor="E2EFDA")
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)
LOOKUP = "Vareliste!$A$2:$E$60"


def line_total(item: tuple) -> Decimal:
    gross = amount(item[4], item[3])
    return (gross * (100 - Decimal(item[5] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[4]),
            unit=item[2],
            unit_price=Decimal(item[3]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="DKK",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _head(sheet, cached: dict[str, object]) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=16, bold=True, color="375623"), merge="D1")
    _put(sheet, "A2", "Industrivej 14 · 6600 Vejen · Danmark", merge="D2")
    _put(sheet, "A3", "CVR-nr. 31548726 · Tlf. +45 75 36 12 80 · indkob@brondum-stald.dk", merge="D3")
    _put(sheet, "F1", "INDKØBSORDRE", Font(name=FONT, size=20, bold=True, color="375623"), merge="H1")
    sheet["F1"].alignment = Alignment(horizontal="right")
    info = [
        ("Ordrenr.:", PO, None, BOLD),
        ("Ordredato:", ORDER_DATE, "dd-mm-yyyy", PLAIN),
        ("Ønsket levering:", DELIVERY, "dd-mm-yyyy", BOLD),
        ("Vores ref.:", "Mette Kjær", None, PLAIN),
        ("Deres ref.:", "Lily Zhang / tilbud QH-Q26-1216", None, PLAIN),
        ("Betalingsbetingelser:", TERMS, None, PLAIN),
        ("Leveringsbetingelser:", "FOB Ningbo (Incoterms 2020)", None, PLAIN),
        ("Valuta:", "DKK", None, PLAIN),
        ("Forsendelse:", "Søfragt LCL", None, PLAIN),
    ]
    for k, (label, value, fmt, font) in enumerate(info):
        row = 3 + k
        _put(sheet, f"F{row}", label, BOLD, fill=LABEL_FILL)
        cell = _put(sheet, f"G{row}", value, font, fmt, merge="" if fmt else f"H{row}")
        cell.alignment = Alignment(horizontal="left")
    _put(sheet, "H5", '="uge "&_xlfn.ISOWEEKNUM(G5)', Font(name=FONT, size=11, italic=True))
    cached["H5"] = f"uge {DELIVERY.isocalendar()[1]}"
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "Kina"]
    _put(sheet, "A5", "Leverandør", BOLD, fill=LABEL_FILL, merge="C5")
    for k, value in enumerate(supplier):
        _put(sheet, f"A{6 + k}", value, BOLD if k == 0 else PLAIN, merge=f"C{6 + k}")
    _put(sheet, "A11", "Leveringsadresse", BOLD, fill=LABEL_FILL, merge="C11")
    for k, value in enumerate(SHIP_LINES):
        _put(sheet, f"A{12 + k}", value, PLAIN, merge=f"C{12 + k}")


def _table(sheet, cached: dict[str, object]) -> int:
    heads = ["Pos.", "Varenr.", "Beskrivelse", "Antal", "Enhed", "Stk.pris", "Rabat", "Beløb"]
    white = Font(name=FONT, size=11, bold=True, color="FFFFFF")
    for k, title in enumerate(heads):
        cell = _put(sheet, f"{'ABCDEFGH'[k]}{HEAD_ROW}", title, white, fill=HEAD_FILL, border=BOX)
        cell.alignment = Alignment(horizontal="center")
    for k in range(ROWS):
        row = FIRST_ROW + k
        item = ITEMS[k] if k < len(ITEMS) else None
        formulas = {
            "A": (f'=IF(B{row}="","",ROW()-{HEAD_ROW})', None),
            "C": (f'=IF(B{row}="","",VLOOKUP(B{row},{LOOKUP},2,FALSE))', None),
            "E": (f'=IF(B{row}="","",VLOOKUP(B{row},{LOOKUP},3,FALSE))', None),
            "F": (f'=IF(B{row}="","",VLOOKUP(B{row},{LOOKUP},4,FALSE))', MONEY),
            "H": (f'=IF(B{row}="","",ROUND(D{row}*F{row}*(1-G{row}),2))', MONEY),
        }
        for col, (formula, fmt) in formulas.items():
            _put(sheet, f"{col}{row}", formula, PLAIN, fmt, border=BOX)
        _put(sheet, f"B{row}", item[0] if item else None, PLAIN, border=BOX)
        _put(sheet, f"D{row}", int(item[4]) if item else None, PLAIN, "#,##0", border=BOX)
        discount = float(Decimal(item[5]) / 100) if item and item[5] else None
        _put(sheet, f"G{row}", discount, PLAIN, "0%", border=BOX)
        for col in "AEG":
            sheet[f"{col}{row}"].alignment = Alignment(horizontal="center")
        if item:
            cached.update(
                {
                    f"A{row}": float(k + 1),
                    f"C{row}": item[1],
                    f"E{row}": item[2],
                    f"F{row}": float(item[3]),
                    f"H{row}": float(line_total(item)),
                }
            )
        else:
            cached.update({f"{col}{row}": "" for col in "ACEFH"})
    last = FIRST_ROW + ROWS - 1
    row = last + 2
    sums = [
        ("Subtotal", f"=SUM(H{FIRST_ROW}:H{last})", float(total())),
        ("Moms 0 % (import)", f"=ROUND(H{row}*0,2)", 0.0),
        ("I alt DKK", f"=H{row}+H{row + 1}", float(total())),
    ]
    for k, (label, formula, value) in enumerate(sums):
        r = row + k
        bold = Font(name=FONT, size=12 if k == 2 else 11, bold=k == 2)
        _put(sheet, f"F{r}", label, bold, merge=f"G{r}", alignment=Alignment(horizontal="right"))
        _put(sheet, f"H{r}", formula, bold, MONEY, border=BOX)
        cached[f"H{r}"] = value
    notes = (
        "Ordrenr. skal fremgå af faktura, pakkeliste og konnossement. Varerne pakkes pr. varenr. og mærkes "
        "med vores varenr. Materialecertifikat 3.1 (EN 10204) sendes med hver forsendelse. Ordrebekræftelse "
        "bedes sendt pr. e-mail inden 3 hverdage."
    )
    _put(sheet, f"A{row}", "Bemærkninger:", BOLD)
    _put(sheet, f"A{row + 1}", notes, PLAIN, merge=f"E{row + 3}")
    sheet[f"A{row + 1}"].alignment = Alignment(wrap_text=True, vertical="top")
    _put(sheet, f"A{row + 6}", "Godkendt af:", BOLD)
    _put(sheet, f"C{row + 6}", "Mette Kjær, Indkøb", PLAIN)
    return row + 6


def _item_list(workbook) -> None:
    sheet = workbook.create_sheet("Vareliste")
    heads = ["Varenr.", "Beskrivelse", "Enhed", "Stk.pris DKK", "Leverandør"]
    for k, title in enumerate(heads):
        _put(sheet, f"{'ABCDE'[k]}1", title, BOLD, fill=LABEL_FILL)
    rows = [(i[0], i[1], i[2], i[3], "Suzhou Qihang") for i in ITEMS] + OTHERS
    for k, (code, name, unit, price, supplier) in enumerate(sorted(rows), start=2):
        for col, value in zip("ABCDE", (code, name, unit, float(price), supplier), strict=True):
            _put(sheet, f"{col}{k}", value, PLAIN, MONEY if col == "D" else None)
    sheet.auto_filter.ref = f"A1:E{len(rows) + 1}"
    for col, width in {"A": 11, "B": 42, "C": 7, "D": 13, "E": 24}.items():
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "A2"


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Mette Kjær"
    workbook.properties.lastModifiedBy = "Mette Kjær"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "Indkøbsordre"
    widths = {"A": 6, "B": 12, "C": 40, "D": 9, "E": 8, "F": 20, "G": 14, "H": 14}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    cached: dict[str, object] = {}
    _head(sheet, cached)
    last = _table(sheet, cached)
    sheet.print_area = f"A1:H{last}"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    _item_list(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
