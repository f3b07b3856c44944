"""Unseen layout: a Kranj (Slovenia) electric-motor maker's own Excel NAROČILNICA, EUR.

SAVATEH d.o.o. (Kranj) orders abroad with an Excel form its buyer keeps (one workbook per order, saved from
Excel with the Slovenian locale) and e-mails the xlsx itself. What it holds: sheet Naročilnica in Calibri
without gridlines; the company with ID za DDV / Matična št., phone, e-pošta and TRR on rows 1-4;
NAROČILNICA merged across; Dobavitelj: over our name and address (Kitajska) on the left; label | value
cells on the right: Številka naročilnice NAR-26-0418 (text), Datum naročila and Rok dobave real dates shown
the Slovenian way with spaces (21. 12. 2026), Paritet FCA Šanghaj, Plačilni pogoji 60 dni od datuma
računa, Valuta EUR, Referent; Naslov dostave: over the warehouse's name, street and town; Na osnovi vaše
ponudbe ... naročamo:; a ruled table with a shaded head Zap. št. (1, then =A23+1 ... formulas) | Šifra
artikla (the buyer's 100-2041) | Naziv artikla (č, š, ž, Ø, °) | EM (kos, kg, m) | Količina (37,5 kg) |
Cena/EM (EUR) up to three decimals (0,009) | Popust (%) typed as 3 and 5 on two lines | Vrednost (EUR)
=ROUND(E*F*(1-G/100),2) with cached values | Vaša šifra (our QH- code, after the amount); 14 lines; Skupaj
brez DDV =SUM, DDV 0 % (uvoz) and SKUPAJ ZA PLAČILO (EUR) as formulas; Opombe; Naročilo pripravila /
Odobril with Žig in podpis.

Truth: the PO number Številka naročilnice; the order date Datum naročila; the requested delivery date Rok
dobave; the currency EUR; the buyer the company; the supplier Dobavitelj (us); the ship-to address Naslov
dostave's street and town lines joined with ", "; the payment terms Plačilni pogoji; the total SKUPAJ ZA
PLAČILO (EUR); per line the part number Šifra artikla (not Vaša šifra, ours), the description Naziv
artikla, the unit EM, the quantity Količina, the unit price Cena/EM (before the Popust) and the amount
Vrednost (after it).
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

FILENAME = "Narocilnica_NAR-26-0418.xlsx"
BUYER = "SAVATEH d.o.o."
PO = "NAR-26-0418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 8)
SHIP_LINES = ["SAVATEH d.o.o. – skladišče Labore", "Laborska cesta 12", "4000 Kranj"]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "60 dni od datuma računa"
FONT = "Calibri"
HEAD_ROW = 21
FIXED_TIME = dt.datetime(2026, 12, 21, 9, 12, 0)
MONEY = "#,##0.00"
SI_DATE = "d. m. yyyy"
# Šifra artikla, Naziv artikla, EM, Količina, Cena/EM (EUR), Popust (%), Vaša šifra
ITEMS = [
    ("100-2041", "Kroglični ležaj 6201-2RS C3", "kos", "5000", "0.62", "", "QH-BB6201RS"),
    ("100-2043", "Kroglični ležaj 6202-ZZ C3", "kos", "5000", "0.71", "", "QH-BB6202ZZ"),
    ("110-0815", "Gred rotorja Ø12 h6 × 148 mm, C45, brušena", "kos", "2400", "2.35", "", "QH-SH12148"),
    ("120-0330", "Moznik 4 × 4 × 20 DIN 6885-A", "kos", "10000", "0.045", "", "QH-KY0420"),
    ("120-0412", "Vskočnik za gred Ø12 DIN 471", "kos", "10000", "0.018", "", "QH-RR12E"),
    (
        "130-1106",
        "Vijak z valjasto glavo M5 × 16 DIN 912, 8.8, pocinkan",
        "kos",
        "20000",
        "0.032",
        "",
        "QH-SC0516",
    ),
    ("130-1120", "Matica M5 DIN 934, pocinkana", "kos", "20000", "0.009", "", "QH-NT05"),
    ("140-0210", "Tlačna vzmet iz nerjavnega jekla 0,8 × 6 × 25", "kos", "3000", "0.16", "3", "QH-SP0825"),
    ("150-0077", "Ventilatorsko kolo Ø180, PA6 GF30, črno", "kos", "1500", "1.84", "5", "QH-FW180"),
    ("160-0502", "Bakrena žica lakirana Ø0,50 mm, razred H", "kg", "37.5", "14.60", "", "QH-CW050H"),
    ("170-0009", "Izolacijska cev PVC Ø4 mm, bela", "m", "1000", "0.085", "", "QH-IT04W"),
    ("180-0250", "Ohišje ležaja, tlačno lit aluminij, obdelano", "kos", "1200", "3.95", "", "QH-BH0250"),
    ("190-0011", "Termično varovalo 130 °C, 250 V / 2,5 A", "kos", "2000", "0.48", "", "QH-TF130"),
    ("199-0001", "Paleta EUR, toplotno obdelana ISPM 15", "kos", "6", "12.50", "", "QH-PAL"),
]
HEADS = ["Zap. št.", "Šifra artikla", "Naziv artikla", "EM", "Količina", "Cena/EM (EUR)", "Popust (%)"]
HEADS += ["Vrednost (EUR)", "Vaša šifra"]
COLUMNS = "ABCDEFGHI"
HEAD_FILL = PatternFill("solid", fgColor="E2EFDA")
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
    _put(sheet, "A2", "Ljubljanska cesta 24a, 4000 Kranj, Slovenija", merge="E2")
    _put(sheet, "A3", "ID za DDV: SI58214763   Matična št.: 6318027000", merge="F3")
    _put(
        sheet,
        "A4",
        "Tel.: +386 4 280 52 00   e-pošta: nabava@savateh.si   TRR: SI56 0510 0801 2345 678",
        merge="I4",
    )
    _put(sheet, "A6", "NAROČILNICA", Font(name=FONT, size=16, bold=True), merge="I6")
    sheet["A6"].alignment = Alignment(horizontal="center")
    _put(sheet, "A8", "Dobavitelj:", BOLD)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "Kitajska"]
    for k, value in enumerate(supplier):
        _put(sheet, f"A{9 + k}", value, BOLD if k == 0 else PLAIN, merge=f"C{9 + k}")
    info = [
        ("Številka naročilnice:", PO, None),
        ("Datum naročila:", ORDER_DATE, SI_DATE),
        ("Rok dobave:", DELIVERY, SI_DATE),
        ("Paritet:", "FCA Šanghaj (Incoterms 2020)", None),
        ("Plačilni pogoji:", TERMS, None),
        ("Valuta:", "EUR", None),
        ("Referent:", "Mojca Zupančič, +386 4 280 52 14", None),
    ]
    for k, (label, value, fmt) in enumerate(info):
        row = 8 + k
        _put(sheet, f"E{row}", label, BOLD, merge=f"F{row}")
        cell = _put(sheet, f"G{row}", value, BOLD if k == 0 else PLAIN, fmt, merge=f"I{row}")
        cell.alignment = Alignment(horizontal="left")
    _put(sheet, "A15", "Naslov dostave:", BOLD)
    for k, value in enumerate(SHIP_LINES):
        _put(sheet, f"A{16 + k}", value, PLAIN, merge=f"C{16 + k}")
    _put(sheet, "A19", "Na osnovi vaše ponudbe št. QH-Q26-1220 z dne 17. 12. 2026 naročamo:", merge="I19")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, unit, qty, price, discount, ours = item
        number = Decimal(qty)
        values = [
            (1 if n == 0 else f"=A{row - 1}+1", "0"),
            (code, "@"),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.0##"),
            (float(price), "#,##0.00#"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (ours, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        for col in "ADG":
            sheet[f"{col}{row}"].alignment = Alignment(horizontal="center")
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        if n:
            cached[f"A{row}"] = n + 1
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    total_rows(
        sheet,
        ("Skupaj brez DDV:", "DDV 0 % (uvoz – DDV se obračuna pri carinjenju):", "SKUPAJ ZA PLAČILO (EUR):"),
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
        "Na računu, dobavnici in vsakem kosu embalaže navedite številko naše naročilnice in našo šifro "
        "artikla.",
        "Dobavi priložite potrdilo o poreklu blaga in certifikat 3.1 po EN 10204 za jeklene dele.",
        "Prosimo za potrditev naročila v treh delovnih dneh na nabava@savateh.si.",
    ]
    r = last + 7
    _put(sheet, f"A{r}", "Opombe:", BOLD)
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 6
    _put(sheet, f"A{sign}", "Naročilo pripravila:", BOLD, merge=f"C{sign}")
    _put(sheet, f"F{sign}", "Odobril:", BOLD, merge=f"I{sign}")
    _put(sheet, f"A{sign + 1}", "Mojca Zupančič", merge=f"C{sign + 1}")
    _put(sheet, f"F{sign + 1}", "Tomaž Kovač, direktor", merge=f"I{sign + 1}")
    _put(sheet, f"F{sign + 3}", "Žig in podpis", merge=f"I{sign + 3}")
    return sign + 3


def render() -> bytes:
    widths = {"A": 7, "B": 12, "C": 42, "D": 6, "E": 10, "F": 13, "G": 10, "H": 15, "I": 14}
    workbook, sheet = form_sheet("Naročilnica", "Mojca Zupančič", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 28
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}")
    return workbook_bytes(workbook, cached)
