"""Unseen layout: a Martin (Slovakia) hydraulics maker's own Excel OBJEDNÁVKA, EUR.

Hydrostroj Martin s.r.o. orders abroad with an Excel form its buyer keeps (one workbook per order, saved
from Excel with the Slovak locale) and e-mails the xlsx itself. What it holds: sheet Objednávka in Arial
without gridlines; the company with IČO / DIČ / IČ DPH and phone on rows 1-4; OBJEDNÁVKA č. 2026/0418 merged
across (the number also in its own cell: Číslo objednávky, typed as text); Dodávateľ: over our name and
address (Čína) on the left; label | value cells on the right: Číslo objednávky, Dátum objednávky and Termín
dodania real dates shown d.m.yyyy (21.12.2026), Dodacie podmienky FCA Šanghaj, Spôsob úhrady (bankovým
prevodom, splatnosť 60 dní), Mena EUR, Vybavuje; Miesto dodania: over the warehouse's name, street and town;
a ruled table with a shaded head P.č. | Kód tovaru | Názov tovaru (ľ, ť, ô, ä, Ø, °) | MJ (ks, sada, m,
kg, bal) | Množstvo | Jedn. cena (EUR) | Zľava % as a real percentage (5 % and 10 % on two lines) | Cena
spolu (EUR) =ROUND(E*F*(1-G),2) with cached values; 15 lines; Spolu bez DPH =SUM, DPH 0 % (dovoz) and
Celkom k úhrade (EUR) as formulas; Poznámky; Vystavil / Schválil with pečiatka a podpis.

Truth: the PO number Číslo objednávky (2026/0418); the order date Dátum objednávky; the requested delivery
date Termín dodania; the currency EUR; the buyer the company; the supplier Dodávateľ (us); the ship-to
address Miesto dodania's street and town lines joined with ", "; the payment terms Spôsob úhrady; the total
Celkom k úhrade (EUR); per line the part number Kód tovaru, the description Názov tovaru, the unit MJ, the
quantity Množstvo, the unit price Jedn. cena (before the Zľava) and the amount Cena spolu (after it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Font, PatternFill

from bench.extraction.layouts._form_table import boxed_cells, head_cells, total_rows
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Objednavka_2026-0418_Qihang.xlsx"
BUYER = "Hydrostroj Martin s.r.o."
PO = "2026/0418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 1)
SHIP_LINES = ["Hydrostroj Martin s.r.o. – centrálny sklad", "Priemyselná 1520/12", "036 01 Martin"]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "bankovým prevodom, splatnosť 60 dní"
FONT = "Arial"
HEAD_ROW = 20
FIXED_TIME = dt.datetime(2026, 12, 21, 10, 5, 0)
MONEY = "#,##0.00"
SK_DATE = "d.m.yyyy"
# Kód tovaru, Názov tovaru, MJ, Množstvo, Jedn. cena (EUR), Zľava %
ITEMS = [
    ("HM-10231", "Piestnica chrómovaná Ø25 x 1000 mm, CK45", "ks", "150", "17.20", ""),
    ("HM-10235", "Rúra honovaná Ø50/60 x 1000 mm, E355", "ks", "120", "24.60", ""),
    ("HM-20110", "Tesniaca sada piesta Ø50, PU/NBR", "sada", "400", "3.80", ""),
    ("HM-20115", "Tesnenie piestnice 25 x 33 x 7, PU", "ks", "800", "0.95", ""),
    ("HM-20140", "O-krúžok 45 x 3, NBR 70", "ks", "2000", "0.082", ""),
    ("HM-30308", 'Priama skrutkovacia spojka 1/2" BSP – 12L, pozinkovaná', "ks", "1500", "0.76", ""),
    ("HM-30312", "Koleno 90° 12L, pozinkované", "ks", "1000", "1.38", ""),
    ("HM-40101", 'Guľový ventil vysokotlakový 1/2" BSP, 350 bar', "ks", "200", "11.80", "5"),
    ("HM-40215", "Poistný ventil vložkový, 210 bar", "ks", "150", "8.70", ""),
    ("HM-50020", "Zubové čerpadlo skupina 2, 8 cm³/ot.", "ks", "40", "70.50", "10"),
    ("HM-60006", "Hydraulická hadica 2SN DN12", "m", "1500", "3.92", ""),
    ("HM-70410", "Manometer 63 mm, 0 – 400 bar, glycerínový", "ks", "200", "5.15", ""),
    ("HM-80003", "Vidlica piestnice M20 x 1,5", "ks", "150", "4.30", ""),
    ("HM-90001", "Oceľový plech S235JR hr. 3 mm, delený 1000 x 2000", "kg", "612.5", "1.28", ""),
    ("HM-99015", "Hadicová spona 16 – 27 mm, nerez W4 (bal. 50 ks)", "bal", "60", "10.90", ""),
]
HEADS = ["P.č.", "Kód tovaru", "Názov tovaru", "MJ", "Množstvo", "Jedn. cena (EUR)", "Zľava %"]
HEADS.append("Cena spolu (EUR)")
COLUMNS = "ABCDEFGH"
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)


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


def _head(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=14, bold=True), merge="E1")
    _put(sheet, "A2", "Priemyselná 1520/12, 036 01 Martin, Slovenská republika", merge="E2")
    _put(sheet, "A3", "IČO: 36 418 273   DIČ: 2021874635   IČ DPH: SK2021874635", merge="F3")
    _put(sheet, "A4", "Tel.: +421 43 422 61 80   e-mail: nakup@hydrostroj.sk", merge="F4")
    _put(sheet, "A6", f"OBJEDNÁVKA č. {PO}", Font(name=FONT, size=16, bold=True), merge="H6")
    sheet["A6"].alignment = Alignment(horizontal="center")
    _put(sheet, "A8", "Dodávateľ:", BOLD)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "Čína"]
    for k, value in enumerate(supplier):
        _put(sheet, f"A{9 + k}", value, BOLD if k == 0 else PLAIN, merge=f"D{9 + k}")
    info = [
        ("Číslo objednávky:", PO, None),
        ("Dátum objednávky:", ORDER_DATE, SK_DATE),
        ("Termín dodania:", DELIVERY, SK_DATE),
        ("Dodacie podmienky:", "FCA Šanghaj (Incoterms 2020)", None),
        ("Spôsob úhrady:", TERMS, None),
        ("Mena:", "EUR", None),
        ("Vybavuje:", "Ing. Martina Kováčová, +421 43 422 61 84", None),
    ]
    for k, (label, value, fmt) in enumerate(info):
        row = 8 + k
        _put(sheet, f"E{row}", label, BOLD, merge=f"F{row}")
        cell = _put(sheet, f"G{row}", value, BOLD if k == 0 else PLAIN, fmt, merge=f"H{row}")
        cell.alignment = Alignment(horizontal="left")
    _put(sheet, "A14", "Miesto dodania:", BOLD)
    for k, value in enumerate(SHIP_LINES):
        _put(sheet, f"A{15 + k}", value, PLAIN, merge=f"D{15 + k}")
    _put(sheet, "A18", "Na základe Vašej ponuky QH-Q26-1221 u Vás objednávame:", merge="H18")


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
            (int(number) if number == int(number) else float(number), "#,##0.0##"),
            (float(price), "#,##0.00##"),
            (float(Decimal(discount) / 100) if discount else None, "0%"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}),2)", MONEY),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"A{row}"].alignment = Alignment(horizontal="center")
        sheet[f"D{row}"].alignment = Alignment(horizontal="center")
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    total_rows(
        sheet,
        ("Spolu bez DPH:", "DPH 0 % (dovoz – DPH vyrubí colný úrad):", "Celkom k úhrade (EUR):"),
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 2,
        label_span=("C", "G"),
        amount="H",
        total=float(FIELDS.total(ITEMS)),
        money=MONEY,
        cached=cached,
    )
    notes = [
        "Na faktúre, dodacom liste a každom balíku uveďte číslo našej objednávky.",
        "K dodávke priložte inšpekčný certifikát 3.1 podľa EN 10204 a osvedčenie o pôvode tovaru.",
        "Balenie: exportné, na paletách ISPM 15; každá položka označená naším kódom tovaru.",
    ]
    r = last + 7
    _put(sheet, f"A{r}", "Poznámky:", BOLD)
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"H{r + 1 + k}")
    sign = r + 6
    _put(sheet, f"A{sign}", "Vystavil:", BOLD, merge=f"C{sign}")
    _put(sheet, f"F{sign}", "Schválil:", BOLD, merge=f"H{sign}")
    _put(sheet, f"A{sign + 1}", "Ing. Martina Kováčová", merge=f"C{sign + 1}")
    _put(sheet, f"F{sign + 1}", "Peter Hrnčiar, konateľ", merge=f"H{sign + 1}")
    _put(sheet, f"F{sign + 3}", "pečiatka a podpis", merge=f"H{sign + 3}")
    return sign + 3


def render() -> bytes:
    widths = {"A": 6, "B": 12, "C": 46, "D": 7, "E": 11, "F": 14, "G": 10, "H": 16}
    workbook, sheet = form_sheet("Objednávka", "Martina Kováčová", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 28
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:H{end}")
    return workbook_bytes(workbook, cached)
