"""Unseen layout: a Ħal Far engineering firm's own Excel Ordni tax-Xiri in Maltese, EUR.

Ħal Far Precision Engineering Ltd machines parts for the island's aircraft-maintenance and pharma plants
and orders its stock from China with the workbook the purchasing office keeps as its order form, mailed as
xlsx under the order (Ordni tax-Xiri HF-PO-26-0418.xlsx). What it holds: sheet Ordni in Calibri without
gridlines; the company on rows 1-4 (Triq il-Ħaddiema, Ħal Far Industrial Estate, Birżebbuġa BBG 3000,
Tel. / Email, Numru tal-VAT MT 1418 4182) beside ORDNI TAX-XIRI; label | merged value pairs two a row
(Fornitur: us beside Numru tal-Ordni; Indirizz beside Data, a real date shown dd/mm/yyyy; Persuna ta'
Kuntatt beside Data tal-Kunsinna; Kwotazzjoni beside Munita EUR (€); Kundizzjonijiet tal-Ħlas 60 jum
mid-data tal-fattura beside Kunsinna CIF Marsaxlokk); Indirizz tal-Kunsinna across;
a ruled table whose shaded captions wrap over two lines (Nru. | Kodiċi tal-Oġġett (HF-BR-6206) |
Deskrizzjoni (wrapped in its cell) | Unità (biċċa, sett, kaxxa, metru, kg) | Kwantità | Prezz tal-Unità
(€) with two to four decimals | Skont % (typed 5 and 10) | Ammont (€) =ROUND(E*F*(1-G/100),2) cached);
a notes row (Nota:) under two lines, outside the numbering; 16 lines; Subtotal =SUM, VAT 0% (imported:
paid at customs) and Total Dovut (€); Noti 1-3; Ippreparat minn / Approvat minn with Firma; a print footer
Paġna &P minn &N.

Truth: the PO number Numru tal-Ordni; the order date Data; the requested delivery date Data tal-Kunsinna;
the currency EUR; the buyer the company; the supplier Fornitur (us); the ship-to address Indirizz
tal-Kunsinna; the payment terms Kundizzjonijiet tal-Ħlas; the total Total Dovut; per line the part number,
the description, the unit, the quantity, the unit price (before the Skont) and the amount (after it).
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

FILENAME = "Ordni tax-Xiri HF-PO-26-0418.xlsx"
BUYER = "Ħal Far Precision Engineering Ltd"
PO = "HF-PO-26-0418"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 3, 5)
SITE = "Triq il-Ħaddiema, Ħal Far Industrial Estate, Birżebbuġa BBG 3000, Malta"
ADDRESS = f"Ħal Far Precision Engineering Ltd, {SITE}"
TERMS = "60 jum mid-data tal-fattura, trasferiment bankarju"
HEAD_ROW = 16
SAVED = dt.datetime(2026, 12, 18, 10, 12, 0)
MONEY = "#,##0.00"
DATE = "dd/mm/yyyy"
# Kodiċi tal-Oġġett, Deskrizzjoni, Unità, Kwantità, Prezz tal-Unità (€), Skont %, Nota (a row under it)
ITEMS = [
    ("HF-BR-6206", "Berings tal-blalen 6206-2RS C3", "biċċa", "400", "1.62", "", ""),
    (
        "HF-BR-7208",
        "Bering b'kuntatt angolari 7208 BEP, par imqabbel għal spindle",
        "sett",
        "24",
        "46.80",
        "5",
        "",
    ),
    ("HF-BR-NK25", "Bering tal-labar NK 25/20", "biċċa", "300", "2.35", "", ""),
    ("HF-SL-3552", "Siġill taż-żejt TC 35x52x7 NBR", "biċċa", "1000", "0.3650", "", ""),
    ("HF-OR-2025", "O-ring 20x2.5 FKM 75 Shore, kaxxa ta' 100", "kaxxa", "30", "14.20", "", ""),
    (
        "HF-GD-1520",
        "Gwida lineari HGR15 tul 1,000 mm bi blokka HGH15CA (ippakkjati flimkien)",
        "sett",
        "40",
        "62.50",
        "10",
        "Il-gwidi jinqatgħu għat-tul eżatt; ebda ġonta.",
    ),
    (
        "HF-SK-1605",
        "Kamin tal-boċċi SFU1605 tul 600 mm, truf magħmulin skont it-tpinġija HF-D-2211",
        "biċċa",
        "16",
        "88.00",
        "5",
        "",
    ),
    ("HF-KP-0810", "Akkoppjament flessibbli 8x10 mm, aluminju", "biċċa", "120", "4.65", "", ""),
    ("HF-MT-5720", "Mutur stepper NEMA 23, 1.9 N·m, 2.8 A", "biċċa", "30", "39.40", "", ""),
    ("HF-MS-0830", "Musmar eżagonali M8x30 A2-70 DIN 933", "kaxxa", "50", "11.85", "", ""),
    ("HF-MS-1040", "Musmar M10x40 klassi 12.9 iswed DIN 912", "kaxxa", "40", "16.30", "", ""),
    (
        "HF-PJ-0630",
        "Pajp tal-istainless 316L 1/2\" Sch 40, tulijiet ta' 6 m",
        "metru",
        "62.5",
        "9.48",
        "",
        "",
    ),
    (
        "HF-LM-4006",
        "Folja tal-aluminju 6082-T6 ħxuna 6 mm",
        "kg",
        "185.5",
        "5.64",
        "",
        "Iċ-ċertifikat tal-materjal 3.1 meħtieġ.",
    ),
    ("HF-FL-0010", "Element tal-filtru idrawliku 10 mikron", "biċċa", "60", "12.95", "", ""),
    ("HF-GG-0250", "Gejġ tal-pressjoni 0-250 bar, 63 mm, bil-gliċerina", "biċċa", "45", "8.90", "", ""),
    ("HF-HD-0022", "Ħadid tond 42CrMo4 Ø22 mm, mibrum u mgħaddi", "kg", "320", "2.15", "", ""),
]
HEADS = [
    "Nru.",
    "Kodiċi tal-\nOġġett",
    "Deskrizzjoni",
    "Unità",
    "Kwantità",
    "Prezz tal-\nUnità (€)",
    "Skont\n%",
    "Ammont\n(€)",
]
COLUMNS = "ABCDEFGH"
FONT = "Calibri"
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(vertical="top", wrap_text=True)
FIELDS = ItemFields()


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


def _letterhead(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=15, bold=True), merge="E1")
    company = [
        "Triq il-Ħaddiema, Ħal Far Industrial Estate, Birżebbuġa BBG 3000, Malta",
        "Tel.: +356 2165 4182   Email: xiri@halfarprecision.com.mt",
        "Numru tal-VAT: MT 1418 4182   Reġistru tal-Kumpaniji: C 41823",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"E{k}")
    title = Alignment(horizontal="right", vertical="center")
    _put(sheet, "F1", "ORDNI TAX-XIRI", Font(name=FONT, size=18, bold=True), merge="H2", alignment=title)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="1F4E78"))


def _pairs(sheet) -> None:
    pairs = [
        (7, ("Fornitur:", OUR_NAME_EN, BOLD, None), ("Numru tal-Ordni:", PO, BOLD, None)),
        (
            8,
            ("Indirizz:", "No. 88 Huoju Road, Suzhou New District, Suzhou, iċ-Ċina", PLAIN, None),
            ("Data:", ORDER_DATE, PLAIN, DATE),
        ),
        (
            9,
            ("Persuna ta' Kuntatt:", "Ms. Chen Li, +86 512 6618 4418", PLAIN, None),
            ("Data tal-Kunsinna:", DELIVERY, PLAIN, DATE),
        ),
        (
            10,
            ("Kwotazzjoni:", "QH-Q26-1209 tad-09/12/2026", PLAIN, None),
            ("Munita:", "EUR (€)", PLAIN, None),
        ),
        (
            11,
            ("Kundizzjonijiet tal-Ħlas:", TERMS, PLAIN, None),
            ("Kunsinna:", "CIF Marsaxlokk (Incoterms 2020)", PLAIN, None),
        ),
    ]
    left = Alignment(horizontal="left")
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, fmt, merge=f"D{row}")
        _put(sheet, f"E{row}", label2, BOLD, merge=f"F{row}")
        _put(sheet, f"G{row}", value2, font2, fmt2, merge=f"H{row}", alignment=left)
    _put(sheet, "A12", "Indirizz tal-Kunsinna:", BOLD, merge="B12")
    _put(sheet, "C12", ADDRESS, merge="H12")
    _put(
        sheet,
        "A14",
        "Jekk jogħġbok ibgħatilna l-oġġetti li ġejjin skont il-kwotazzjoni tagħkom:",
        merge="H14",
    )


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
            _put(sheet, f"C{row}", f"Nota: {note}", Font(name=FONT, size=9, italic=True), merge=f"H{row}")
            row += 1
    return row - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ("Subtotal:", "VAT 0% (importazzjoni – titħallas fid-dwana):", "Total Dovut (€):")
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
    _put(sheet, f"A{r}", "Noti:", BOLD, merge=f"D{r}")
    notes = [
        "1. In-numru tal-ordni għandu jidher fuq il-fattura, il-packing list u fuq kull kaxxa.",
        "2. Iċ-ċertifikat tal-oriġini u l-B/L għandhom jintbagħtu bl-email qabel ma jasal il-vapur.",
        "3. Kunsinni parzjali mhux aċċettati mingħajr approvazzjoni bil-miktub.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"H{r + 1 + k}")
    sign = r + 6
    centre = Alignment(horizontal="center")
    for start, end, title, name in (
        ("A", "C", "Ippreparat minn", "Marija Borg"),
        ("F", "H", "Approvat minn", "Ġużeppi Camilleri"),
    ):
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 1}", name, merge=f"{end}{sign + 1}", alignment=centre)
        _put(
            sheet,
            f"{start}{sign + 2}",
            "Firma: ____________________",
            merge=f"{end}{sign + 2}",
            alignment=centre,
        )
    return sign + 2


def render() -> bytes:
    widths = {"A": 6, "B": 14, "C": 46, "D": 8, "E": 10, "F": 12, "G": 8, "H": 14}
    workbook, sheet = form_sheet("Ordni", "Marija Borg", SAVED, widths)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:H{end}", footer="Paġna &P minn &N")
    return workbook_bytes(workbook, cached)
