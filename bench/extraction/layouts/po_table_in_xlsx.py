"""Unseen layout: a Pune valve maker's own Excel import purchase order (India), its items an Excel Table, USD.

Sahyadri Flow Controls Pvt. Ltd. (MIDC Chakan, Pune) raises its import orders in an Excel template its
purchase manager built: the items are an Excel Table (ListObject) tblPO with a totals row, so rows are
added with Tab and the formulas follow; the workbook is e-mailed as it is. What the file holds: sheet PO
(Calibri, no gridlines): the company upper-cased, its address and GSTIN / CIN / IEC on rows 1-3; PURCHASE
ORDER (IMPORT) merged across; To, over our name and address lines on the left; label | value cells on the
right: PO No. SFC/PUR/26-27/0418 (the Indian financial year in the number), PO Date a real date shown
dd-mmm-yyyy (19-Dec-2026), Quotation Ref. with its date typed as text, Currency USD, Delivery Terms FOB
Shanghai, Payment Terms, Delivery Schedule typed as text (On or before 05-Feb-2027); Ship To / Consignee
as single lines; then the Table: S.No. | Item Code | Description | HSN Code (eight digits, numbers) | Qty |
UOM (Nos, Set, Kg, Mtr, Pair) | Rate (USD) | Disc. % (a real percentage) | Amount (USD): S.No. and Amount
calculated columns with structured references (=ROW()-ROW(tblPO[#Headers]),
=ROUND(tblPO[[#This Row],[Qty]]*...,2)) and cached values, two descriptions typed over two lines in
their cell (Alt+Enter), 15 items; the Table's totals row (Total, =SUBTOTAL(109,tblPO[Qty]) over mixed
units, =SUBTOTAL(109,tblPO[Amount (USD)])); under it Freight FOB / IGST payable at customs / Total PO
Value (USD) =tblPO[[#Totals],[Amount (USD)]], Amount in words typed as text (US Dollars ... Only), an
Approx. INR value at the customs rate =ROUND(total*84.35,2) in the Indian lakh format (₹ 22,54,920.12);
Terms & Conditions numbered 1-6; For ... / Authorised Signatory.

Truth: the PO number PO No.; the order date PO Date; the requested delivery date the Delivery Schedule's
date (2027-02-05); the currency USD; the buyer Sahyadri Flow Controls Pvt. Ltd.; the supplier (us); the
ship-to address the Consignee's street and town lines joined with ", "; the payment terms Payment Terms;
the total Total PO Value (USD) (not the INR value); per line the part number Item Code (not the HSN
code), the description (its typed lines joined with a space), the unit UOM, the quantity Qty, the unit
price Rate (USD) and the amount Amount (USD) (after the Disc. %).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableFormula, TableStyleInfo

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from bench.extraction.layouts._sheet_cells import put_cell
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples.sample import OUR_NAME_EN
from orderbridge.samples.zip_bytes import freeze

FILENAME = "PO SFC-PUR-26-27-0418 Suzhou Qihang.xlsx"
BUYER = "Sahyadri Flow Controls Pvt. Ltd."
PO = "SFC/PUR/26-27/0418"
ORDER_DATE = dt.date(2026, 12, 19)
DELIVERY = dt.date(2027, 2, 5)
SHIP_LINES = [
    "Sahyadri Flow Controls Pvt. Ltd. – Stores",
    "Plot No. D-27, MIDC Chakan Phase II",
    "Pune 410501, Maharashtra",
    "India",
]
ADDRESS = ", ".join(SHIP_LINES[1:3])
TERMS = "30% advance by TT, balance against scanned B/L"
CENT = Decimal("0.01")
FONT = "Calibri"
RATE_INR = Decimal("84.35")
HEAD_ROW = 19
FIXED_TIME = dt.datetime(2026, 12, 19, 16, 5, 0)
MONEY = "#,##0.00"
LAKH = '[>=10000000]"₹ "##\\,##\\,##\\,##0.00;[>=100000]"₹ "##\\,##\\,##0.00;"₹ "##,##0.00'
# Item Code, Description (typed lines), HSN Code, Qty, UOM, Rate (USD), Disc. %
ITEMS = [
    ("SFC-BB-6204", ["Ball bearing 6204-2RS C3"], "84821011", "2000", "Nos", "0.86", ""),
    ("SFC-BB-6306", ["Ball bearing 6306-2Z C3"], "84821011", "800", "Nos", "2.74", ""),
    (
        "SFC-ST-F316",
        ["Valve stem 3/4 in. SS316", "machined as per drg. SFC-D-2207 rev B"],
        "84819090",
        "1200",
        "Nos",
        "3.95",
        "",
    ),
    ("SFC-BL-150", ["Ball 1-1/2 in. CF8M, full bore"], "84819090", "600", "Nos", "6.40", "5"),
    ("SFC-SE-PTFE", ["Seat ring PTFE 25% glass filled 1-1/2 in."], "39269099", "1200", "Pair", "0.685", ""),
    (
        "SFC-GS-SW",
        ["Spiral wound gasket 2 in. 150#", "SS304 + graphite, inner ring"],
        "84841090",
        "1500",
        "Nos",
        "1.18",
        "",
    ),
    ("SFC-HB-M12", ["Hex bolt M12 × 60 B7, with 2H nut"], "73181500", "5000", "Nos", "0.142", ""),
    ("SFC-HW-50", ["Hand wheel 200mm cast iron, painted"], "84819090", "400", "Nos", "3.25", ""),
    ("SFC-AC-DA63", ["Pneumatic actuator double acting DA63"], "84123100", "150", "Nos", "24.80", "3"),
    ("SFC-SB-NAM", ["Solenoid valve NAMUR 5/2 24VDC"], "84818030", "150", "Nos", "11.60", ""),
    ("SFC-LS-BOX", ["Limit switch box IP67 with position indicator"], "85365090", "150", "Set", "9.75", ""),
    ("SFC-OR-VIT", ["O-ring kit Viton, 30 sizes"], "40169390", "100", "Set", "7.20", ""),
    ("SFC-GP-SS", ["Gland packing PTFE 8mm"], "84842000", "37.5", "Kg", "18.40", ""),
    ("SFC-PT-SS", ["SS tube 1/4 in. × 0.035 in. 316L"], "73064000", "600", "Mtr", "2.15", ""),
    ("SFC-CR-EXP", ["Wooden crate, export, ISPM 15"], "44151000", "10", "Nos", "32.00", ""),
]
HEADS = [
    "S.No.",
    "Item Code",
    "Description",
    "HSN Code",
    "Qty",
    "UOM",
    "Rate (USD)",
    "Disc. %",
    "Amount (USD)",
]
COLUMNS = "ABCDEFGHI"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LABEL_FILL = PatternFill("solid", fgColor="DDEBF7")
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)

_ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    out = [f"{_ONES[hundreds]} Hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        out.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        out.append(_ONES[rest])
    return " ".join(out)


def words(value: Decimal) -> str:
    """US Dollars Thirty-One Thousand ... and Cents Forty-Two Only, as the clerk types it."""
    cents = int((value * 100).to_integral_value())
    whole, cent = divmod(cents, 100)
    if not 0 < whole < 1_000_000:
        raise ValueError("amounts from 1 to 999 999 are spelled here")
    thousands, rest = divmod(whole, 1000)
    text = " ".join(
        part
        for part in (f"{_below_thousand(thousands)} Thousand" if thousands else "", _below_thousand(rest))
        if part
    )
    tail = f" and Cents {_below_thousand(cent)}" if cent else ""
    return f"US Dollars {text}{tail} Only"


def line_total(item: tuple) -> Decimal:
    gross = amount(item[3], item[5])
    return (gross * (100 - Decimal(item[6] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def inr() -> Decimal:
    return (total() * RATE_INR).quantize(CENT, ROUND_HALF_UP)


def lakh(value: Decimal) -> str:
    """An amount grouped the Indian way, as the LAKH number format shows it: ₹ 22,54,920.12."""
    whole, _, fraction = f"{value:.2f}".partition(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return "₹ " + ",".join([*groups, tail]) + "." + fraction


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=" ".join(item[1]),
            quantity=Decimal(item[3]),
            unit=item[4],
            unit_price=Decimal(item[5]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="USD",
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
    _put(sheet, "A1", BUYER.upper(), Font(name=FONT, size=16, bold=True, color="1F4E78"), merge="I1")
    _put(sheet, "A2", "Plot No. D-27, MIDC Chakan Phase II, Pune 410501, Maharashtra, India", merge="I2")
    _put(sheet, "A3", "GSTIN: 27AAKCS4821M1Z6 | CIN: U29130PN2011PTC139872 | IEC: 3111012345", merge="I3")
    for ref in ("A1", "A2", "A3"):
        sheet[ref].alignment = Alignment(horizontal="center")
    _put(sheet, "A5", "PURCHASE ORDER (IMPORT)", Font(name=FONT, size=14, bold=True), merge="I5")
    sheet["A5"].alignment = Alignment(horizontal="center")
    sheet["A5"].fill = LABEL_FILL
    _put(sheet, "A7", "To,", BOLD)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "Suzhou 215163, Jiangsu", "China"]
    for k, value in enumerate(supplier):
        _put(sheet, f"A{8 + k}", value, BOLD if k == 0 else PLAIN, merge=f"D{8 + k}")
    _put(sheet, "A12", "Kind Attn.: Ms. Lily Zhang (Export Sales)", merge="D12")
    info = [
        ("PO No.", PO, None, BOLD),
        ("PO Date", ORDER_DATE, "dd-mmm-yyyy", PLAIN),
        ("Quotation Ref.", "QH-Q26-1219 dt. 15-Dec-2026", None, PLAIN),
        ("Currency", "USD", None, PLAIN),
        ("Delivery Terms", "FOB Shanghai (Incoterms 2020)", None, PLAIN),
        ("Payment Terms", TERMS, None, PLAIN),
        ("Delivery Schedule", "On or before 05-Feb-2027", None, BOLD),
    ]
    for k, (label, value, fmt, font) in enumerate(info):
        row = 7 + k
        _put(sheet, f"F{row}", label, BOLD, fill=LABEL_FILL, border=BOX)
        cell = _put(sheet, f"G{row}", value, font, fmt, merge=f"I{row}", border=BOX)
        cell.alignment = Alignment(horizontal="left")
    _put(sheet, "A14", "Ship To / Consignee:", BOLD)
    for k, value in enumerate(SHIP_LINES):
        _put(sheet, f"A{15 + k}", value, PLAIN, merge=f"D{15 + k}")
    _put(sheet, "F15", "Port of Discharge", BOLD, fill=LABEL_FILL, border=BOX)
    _put(sheet, "G15", "JNPT (Nhava Sheva), INNSA1", merge="I15", border=BOX)
    _put(sheet, "F16", "Mode of Shipment", BOLD, fill=LABEL_FILL, border=BOX)
    _put(sheet, "G16", "Sea – LCL", merge="I16", border=BOX)


def _table(sheet, cached: dict[str, object]) -> int:
    for k, title in enumerate(HEADS):
        _put(sheet, f"{COLUMNS[k]}{HEAD_ROW}", title, BOLD)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, typed, hsn, qty, unit, rate, discount = item
        _put(sheet, f"A{row}", "=ROW()-ROW(tblPO[#Headers])", PLAIN)
        _put(sheet, f"B{row}", code)
        description = _put(sheet, f"C{row}", "\n".join(typed))
        description.alignment = Alignment(wrap_text=True, vertical="top")
        _put(sheet, f"D{row}", int(hsn), fmt="0")
        number = Decimal(qty)
        _put(sheet, f"E{row}", int(number) if number == int(number) else float(number), fmt="#,##0.##")
        _put(sheet, f"F{row}", unit)
        _put(sheet, f"G{row}", float(rate), fmt="#,##0.00##")
        _put(sheet, f"H{row}", float(Decimal(discount) / 100) if discount else None, fmt="0%")
        _put(
            sheet,
            f"I{row}",
            "=ROUND(tblPO[[#This Row],[Qty]]*tblPO[[#This Row],[Rate (USD)]]"
            "*(1-tblPO[[#This Row],[Disc. %]]),2)",
            fmt=MONEY,
        )
        cached[f"A{row}"] = float(n + 1)
        cached[f"I{row}"] = float(line_total(item))
    totals = first + len(ITEMS)
    _put(sheet, f"C{totals}", "Total", BOLD)
    _put(sheet, f"E{totals}", "=SUBTOTAL(109,tblPO[Qty])", BOLD, "#,##0.##")
    _put(sheet, f"I{totals}", "=SUBTOTAL(109,tblPO[Amount (USD)])", BOLD, MONEY)
    cached[f"E{totals}"] = float(sum((Decimal(item[3]) for item in ITEMS), Decimal(0)))
    cached[f"I{totals}"] = float(total())
    table = Table(displayName="tblPO", ref=f"A{HEAD_ROW}:I{totals}", totalsRowCount=1)
    columns = []
    for k, title in enumerate(HEADS):
        column = TableColumn(id=k + 1, name=title)
        if title == "S.No.":
            column.calculatedColumnFormula = TableFormula(attr_text="ROW()-ROW(tblPO[#Headers])")
        if title == "Description":
            column.totalsRowLabel = "Total"
        if title in ("Qty", "Amount (USD)"):
            column.totalsRowFunction = "sum"
        if title == "Amount (USD)":
            column.calculatedColumnFormula = TableFormula(
                attr_text="ROUND(tblPO[[#This Row],[Qty]]*tblPO[[#This Row],[Rate (USD)]]"
                "*(1-tblPO[[#This Row],[Disc. %]]),2)"
            )
        columns.append(column)
    table.tableColumns = columns
    table.autoFilter = AutoFilter(ref=f"A{HEAD_ROW}:I{totals - 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table.ref = f"A{HEAD_ROW}:I{totals}"
    sheet.add_table(table)
    return totals


def _end(sheet, row: int, cached: dict[str, object]) -> int:
    rows = [
        ("Freight", "FOB – to our account", None),
        ("IGST", "Payable at customs on the Bill of Entry", None),
        ("Total PO Value (USD)", "=tblPO[[#Totals],[Amount (USD)]]", float(total())),
    ]
    for k, (label, value, cache) in enumerate(rows):
        r = row + 2 + k
        _put(sheet, f"F{r}", label, BOLD, merge=f"H{r}", alignment=Alignment(horizontal="right"))
        _put(sheet, f"I{r}", value, BOLD if cache else PLAIN, MONEY if cache else None, border=BOX)
        if cache is not None:
            cached[f"I{r}"] = cache
    r = row + 6
    _put(sheet, f"A{r}", "Amount in words:", BOLD, merge=f"B{r}")
    _put(sheet, f"C{r}", words(total()), Font(name=FONT, size=11, italic=True), merge=f"I{r}")
    _put(
        sheet,
        f"A{r + 1}",
        f"Approx. value in INR @ {RATE_INR} (customs rate, for information):",
        merge=f"F{r + 1}",
    )
    _put(sheet, f"G{r + 1}", f"=ROUND(I{row + 4}*{RATE_INR},2)", PLAIN, LAKH, merge=f"I{r + 1}")
    cached[f"G{r + 1}"] = float(inr())
    terms = [
        "1. Please quote our PO No. on the invoice, packing list, B/L and every package.",
        "2. Material test certificates (EN 10204 3.1) and certificate of origin (Form for AIFTA) required.",
        "3. Packing: seaworthy export packing, each item packed and labelled with our Item Code.",
        "4. Delivery schedule is the essence of this order; delays to be informed in advance.",
        "5. Goods are subject to inspection at our works; rejected goods will be returned at your cost.",
        "6. Subject to Pune jurisdiction.",
    ]
    _put(sheet, f"A{r + 3}", "Terms & Conditions:", BOLD)
    for k, value in enumerate(terms):
        _put(sheet, f"A{r + 4 + k}", value, merge=f"I{r + 4 + k}")
    sign = r + 11
    _put(sheet, f"G{sign}", f"For {BUYER}", BOLD, merge=f"I{sign}")
    _put(sheet, f"G{sign + 3}", "Authorised Signatory", merge=f"I{sign + 3}")
    _put(sheet, f"A{sign + 3}", "Prepared by: Rohit Kulkarni (Purchase)")
    return sign + 3


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Rohit Kulkarni"
    workbook.properties.lastModifiedBy = "Rohit Kulkarni"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "PO"
    sheet.sheet_view.showGridLines = False
    widths = {"A": 7, "B": 14, "C": 44, "D": 11, "E": 9, "F": 18, "G": 12, "H": 8, "I": 15}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    cached: dict[str, object] = {}
    _head(sheet)
    totals = _table(sheet, cached)
    last = _end(sheet, totals, cached)
    sheet.print_area = f"A1:I{last}"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
