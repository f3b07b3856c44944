"""Unseen layout: a Varaždin hydraulic-cylinder maker's own Excel NARUDŽBENICA (Croatia), EUR.

Hidromont Varaždin d.o.o. orders from abroad with an Excel form its purchasing clerk keeps (one workbook per
order, saved as xlsx from Excel with the Croatian locale) and e-mails the file itself. What it holds: sheet
Narudžbenica in Calibri without gridlines; the company upper-cased with its address, OIB / PDV ID / IBAN
and phone on rows 1-4; NARUDŽBENICA merged across; Dobavljač: over our name and address lines (Kina) on the
left; label | merged value cells on the right: Broj narudžbenice 418/2026 (typed as text, Croatian number /
year), Datum narudžbe and Rok isporuke real dates shown the Croatian way with a trailing dot
(dd.mm.yyyy., 21.12.2026.), Paritet FCA Shanghai, Način plaćanja, Valuta EUR, Vaša ponuda (our quotation
with a typed date), Referent nabave; Mjesto isporuke: over the warehouse's name, street and town lines; the
request sentence; a head R.br. | Šifra | Naziv artikla | Jed. mj. (kom, kpl, m, kg) | Količina | Cijena
(EUR) | Rabat % (typed 5 and 3 on two lines, the others empty) | Iznos (EUR) =ROUND(E*F*(1-G/100),2) with
cached values | Napomena; R.br. typed 1, 2, 3 in a '0"."' format that shows 1.; 15 lines, a quantity
850,5 kg; Ukupno bez PDV-a =SUM, PDV 0 % (an import: the VAT is paid at customs) and SVEUKUPNO EUR as
formulas; Napomene numbered in cells; Narudžbu izradila / Odobrio with M.P. (the stamp's place).

Truth: the PO number Broj narudžbenice (418/2026); the order date Datum narudžbe; the requested delivery
date Rok isporuke; the currency EUR; the buyer the company; the supplier Dobavljač (us); the ship-to address
Mjesto isporuke's street and town lines joined with ", "; the payment terms Način plaćanja; the total
SVEUKUPNO EUR; per line the part number Šifra, the description Naziv artikla, the unit Jed. mj., the
quantity Količina, the unit price Cijena (before the Rabat) and the amount Iznos (after it).
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

FILENAME = "Narudzbenica 418-2026 Qihang.xlsx"
BUYER = "Hidromont Varaždin d.o.o."
PO = "418/2026"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 1, 29)
SHIP_LINES = [
    "Hidromont Varaždin d.o.o. – skladište gotove robe",
    "Optujska ulica 95",
    "42000 Varaždin, Hrvatska",
]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "virmanom, 60 dana od datuma računa"
FONT = "Calibri"
HEAD_ROW = 22
FIXED_TIME = dt.datetime(2026, 12, 21, 9, 40, 0)
MONEY = "#,##0.00"
HR_DATE = "dd.mm.yyyy."
# Šifra, Naziv artikla, Jed. mj., Količina, Cijena (EUR), Rabat %, Napomena
ITEMS = [
    ("30-1045", "Klipnjača kromirana Ø25 x 1000 mm, CK45", "kom", "150", "17.40", "", ""),
    ("30-1052", "Cijev honana Ø50/60 x 1000 mm, E355", "kom", "120", "24.80", "", ""),
    ("31-2010", "Brtveni komplet klipa Ø50, PU/NBR", "kpl", "400", "3.85", "", ""),
    ("31-2015", "Brtva klipnjače 25 x 33 x 7, PU", "kom", "800", "0.92", "", ""),
    ("31-2040", "O-prsten 45 x 3, NBR 70", "kom", "2000", "0.085", "", "vrećice po 100 kom"),
    ("32-0308", 'Priključak ravni 1/2" BSP - 12L, pocinčani', "kom", "1500", "0.74", "", ""),
    ("32-0312", "Koljeno 90° 12L, pocinčano", "kom", "1000", "1.36", "", ""),
    ("33-0101", 'Kuglasti ventil visokotlačni 1/2" BSP, 350 bar', "kom", "200", "11.90", "5", ""),
    ("33-0215", "Ventil za ograničenje tlaka, uložni, 210 bar", "kom", "150", "8.65", "", ""),
    ("34-0020", "Zupčasta pumpa grupa 2, 8 cm³/okr", "kom", "40", "71.20", "3", "smjer vrtnje desni"),
    ("35-0006", "Crijevo hidraulično 2SN DN12", "m", "1500", "3.96", "", "koluti po 50 m"),
    ("36-0410", "Manometar 63 mm, 0-400 bar, glicerinski", "kom", "200", "5.10", "", ""),
    ("37-0003", "Vilica klipnjače M20 x 1,5", "kom", "150", "4.25", "", ""),
    ("38-0001", "Čelični lim S235JR 3 mm", "kg", "850.5", "1.32", "", "rezano na 1000 x 2000"),
    ("39-0099", "Paleta izvozna, ISPM 15", "kom", "6", "19.50", "", ""),
]
HEADS = ["R.br.", "Šifra", "Naziv artikla", "Jed. mj.", "Količina", "Cijena (EUR)", "Rabat %", "Iznos (EUR)"]
HEADS.append("Napomena")
COLUMNS = "ABCDEFGHI"
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
PLAIN, BOLD = Font(name=FONT, size=11), Font(name=FONT, size=11, bold=True)


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
    _put(sheet, "A1", BUYER.upper(), Font(name=FONT, size=14, bold=True), merge="E1")
    _put(sheet, "A2", "Zagrebačka 112, 42000 Varaždin, Hrvatska", merge="E2")
    _put(
        sheet, "A3", "OIB: 48213376591 | PDV ID: HR48213376591 | IBAN: HR65 2402 0061 1005 8832 7", merge="G3"
    )
    _put(sheet, "A4", "Tel.: +385 42 350 118 | e-mail: nabava@hidromont.hr", merge="E4")
    _put(sheet, "A6", "NARUDŽBENICA", Font(name=FONT, size=16, bold=True), merge="I6")
    sheet["A6"].alignment = Alignment(horizontal="center")
    _put(sheet, "A8", "Dobavljač:", BOLD)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "Kina"]
    for k, value in enumerate(supplier):
        _put(sheet, f"A{9 + k}", value, BOLD if k == 0 else PLAIN, merge=f"D{9 + k}")
    _put(sheet, "A13", "Kontakt: Ms. Lily Zhang, export@qihang-precision.cn", merge="D13")
    info = [
        ("Broj narudžbenice:", PO, None, BOLD),
        ("Datum narudžbe:", ORDER_DATE, HR_DATE, PLAIN),
        ("Rok isporuke:", DELIVERY, HR_DATE, BOLD),
        ("Paritet:", "FCA Shanghai (Incoterms 2020)", None, PLAIN),
        ("Način plaćanja:", TERMS, None, PLAIN),
        ("Valuta:", "EUR", None, PLAIN),
        ("Vaša ponuda:", "QH-Q26-1221 od 16.12.2026.", None, PLAIN),
        ("Referent nabave:", "Ivana Horvat, +385 42 350 124", None, PLAIN),
    ]
    for k, (label, value, fmt, font) in enumerate(info):
        row = 8 + k
        _put(sheet, f"F{row}", label, BOLD)
        cell = _put(sheet, f"G{row}", value, font, fmt, merge=f"I{row}")
        cell.alignment = Alignment(horizontal="left")
    _put(sheet, "A15", "Mjesto isporuke:", BOLD)
    for k, value in enumerate(SHIP_LINES):
        _put(sheet, f"A{16 + k}", value, PLAIN, merge=f"D{16 + k}")
    _put(sheet, "A20", "Molimo Vas da nam prema Vašoj ponudi isporučite sljedeću robu:", merge="I20")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n + 1, '0"."'),
            (code, None),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.##"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0.00"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"A{row}"].alignment = Alignment(horizontal="center")
        sheet[f"D{row}"].alignment = Alignment(horizontal="center")
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    total_rows(
        sheet,
        ("Ukupno bez PDV-a:", "PDV 0 % (uvoz – PDV se obračunava pri carinjenju):", "SVEUKUPNO EUR:"),
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
        "1. Na računu, otpremnici i svakom paketu obavezno navesti broj naše narudžbenice.",
        "2. Uz isporuku dostaviti atest materijala (EN 10204 3.1) i certifikat o podrijetlu robe.",
        "3. Pakiranje: izvozno, na paletama ISPM 15; svaki artikl označen našom šifrom.",
        "4. O eventualnom kašnjenju isporuke molimo nas pravovremeno obavijestiti.",
    ]
    r = last + 7
    _put(sheet, f"A{r}", "Napomene:", BOLD)
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 7
    _put(sheet, f"A{sign}", "Narudžbu izradila:", BOLD, merge=f"C{sign}")
    _put(sheet, f"G{sign}", "Odobrio:", BOLD, merge=f"I{sign}")
    _put(sheet, f"A{sign + 1}", "Ivana Horvat", merge=f"C{sign + 1}")
    _put(sheet, f"G{sign + 1}", "Damir Kovačić, direktor", merge=f"I{sign + 1}")
    _put(sheet, f"E{sign + 2}", "M.P.")
    return sign + 2


def render() -> bytes:
    widths = {"A": 7, "B": 10, "C": 44, "D": 9, "E": 10, "F": 18, "G": 10, "H": 14, "I": 22}
    workbook, sheet = form_sheet("Narudžbenica", "Ivana Horvat", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}")
    return workbook_bytes(workbook, cached)
