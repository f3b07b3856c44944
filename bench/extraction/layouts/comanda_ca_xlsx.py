"""Unseen layout: a Vallès ceramics maker's own Excel COMANDA DE COMPRA (Catalonia), EUR.

Ceràmiques del Vallès, S.L. (Granollers) orders its imported parts with a workbook its purchasing office
keeps as the order template, in Catalan. What it holds: sheet Comanda in Arial without gridlines; the
company on rows 1-3 (its seat's address, NIF B-, phone and e-mail); COMANDA DE COMPRA merged across over a
rule; two label | value blocks side by side: on the left Proveïdor (us), Adreça (Xina), NIF / VAT, A
l'atenció de; on the right Núm. comanda CV-26/0418 (text), Data and Data de lliurament (real dates shown
dd/mm/yyyy), Moneda EUR; then label | value rows across: Forma de pagament (Transferència a 60 dies data
factura), Condicions de lliurament FOB Xangai, Adreça de lliurament (the warehouse's name, the address on
the row under it), Persona de contacte; "Us preguem que ens subministreu ..."; a ruled table with a shaded
head Núm. | Codi (CV-4102) | Descripció (à, è, é, í, ï, ò, ó, ú, ç, l·l) | Unitat (u., joc, kg, m, caixa) |
Quantitat as numbers (1250.5 with #,##0.0, shown 1.250,5 by a Catalan Excel) | Preu unitari (€) with two to
four decimals (0,0450) | Dte. % typed 5 and 3 on two lines | Import (€) =ROUND(E*F*(1-G/100),2) with cached
values | Observacions (two lines); 15 lines; Base imposable =SUM, IVA 0% (importació) and TOTAL (€) as
formulas; Observacions 1-3; Sol·licitat per / Aprovat per with Signatura i segell; a print header with the
order number and a print footer Pàgina &P de &N.

Truth: the PO number Núm. comanda; the order date Data; the requested delivery date Data de lliurament; the
currency EUR (Moneda); the buyer the company; the supplier Proveïdor (us); the ship-to address the row
under Adreça de lliurament's warehouse name; the payment terms Forma de pagament; the total TOTAL (€); per
line the part number Codi, the description Descripció, the unit Unitat, the quantity Quantitat, the unit
price Preu unitari (before the Dte. %) and the amount Import (after it).
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

FILENAME = "Comanda_CV-26-0418_Qihang.xlsx"
BUYER = "Ceràmiques del Vallès, S.L."
PO = "CV-26/0418"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 2, 19)
WAREHOUSE = "Magatzem central – Ceràmiques del Vallès, S.L."
ADDRESS = "Polígon Industrial Congost, carrer de la Indústria 14, 08400 Granollers (Barcelona)"
TERMS = "Transferència bancària a 60 dies data factura"
FONT = "Arial"
HEAD_ROW = 21
FIXED_TIME = dt.datetime(2026, 12, 17, 9, 40, 0)
MONEY = "#,##0.00"
CA_DATE = "dd/mm/yyyy"
# Codi, Descripció, Unitat, Quantitat, Preu unitari (€), Dte. %, Observacions
ITEMS = [
    ("CV-4102", "Motlle d'alumini per a rajola 30×60, dues cavitats", "u.", "12", "1840.00", "", ""),
    ("CV-4110", "Filera d'extrusió d'acer tremp, perfil pla 8 mm", "u.", "20", "265.00", "", ""),
    ("CV-4215", "Rodet de goma per a esmaltadora, Ø 120 × 1.500 mm", "u.", "40", "96.50", "5", ""),
    ("CV-4230", "Cinta transportadora de PVC, amplada 600 mm", "m", "180", "38.20", "", "en rotlles de 60 m"),
    ("CV-5001", "Rodament de boles 6308-2RS C3", "u.", "300", "7.85", "", ""),
    ("CV-5014", "Joc de juntes tòriques NBR per a bomba de barbotina", "joc", "60", "24.40", "", ""),
    ("CV-5120", "Vàlvula de bola d'acer inoxidable 2\", passatge total", "u.", "80", "31.60", "", ""),
    ("CV-6003", "Broquet de polvorització de ceràmica, 1,5 mm", "u.", "1500", "1.12", "", ""),
    ("CV-6011", "Resistència elèctrica blindada 230 V / 2 kW per a assecador", "u.", "90", "42.00", "3", ""),
    ("CV-6020", "Termoparell tipus K amb beina ceràmica, 500 mm", "u.", "45", "58.75", "", "amb certificat"),
    ("CV-7004", "Òxid de zirconi micronitzat (sac de 25 kg)", "kg", "1250.5", "4.36", "", ""),
    ("CV-7010", "Cargol DIN 933 M10×30 inoxidable A2", "u.", "6000", "0.0450", "", ""),
    ("CV-7012", "Femella DIN 934 M10 inoxidable A2", "u.", "6000", "0.0210", "", ""),
    ("CV-8001", "Guants de treball anticalòrics (caixa de 12 parells)", "caixa", "25", "54.00", "", ""),
    ("CV-9001", "Palet d'exportació ISPM 15 tractat tèrmicament", "u.", "7", "16.00", "", ""),
]
HEADS = [
    "Núm.",
    "Codi",
    "Descripció",
    "Unitat",
    "Quantitat",
    "Preu unitari (€)",
    "Dte. %",
    "Import (€)",
    "Observacions",
]
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
    _put(sheet, "A1", BUYER, Font(name=FONT, size=14, bold=True), merge="I1")
    company = [
        "Carrer de Sant Jaume 27, 08401 Granollers (Barcelona)",
        "NIF: B-08437215   Tel.: 938 702 418   compres@ceramiquesvalles.cat",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"I{k}")
    title = _put(sheet, "A5", "COMANDA DE COMPRA", Font(name=FONT, size=15, bold=True), merge="I5")
    title.alignment = Alignment(horizontal="center")
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="000000"))
    left = [
        (7, "Proveïdor:", OUR_NAME_EN, BOLD),
        (8, "Adreça:", "No. 88 Huoju Road, Suzhou New District, 215163 Suzhou, Jiangsu, Xina", PLAIN),
        (9, "NIF / VAT:", "91320505MA1W8Q3K2T", PLAIN),
        (10, "A l'atenció de:", "Sra. Zhang Li, Sales Department", PLAIN),
    ]
    for row, label, value, font in left:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, merge=f"E{row}", alignment=Alignment(horizontal="left"))
    right = [
        (7, "Núm. comanda:", PO, BOLD, None),
        (8, "Data:", ORDER_DATE, PLAIN, CA_DATE),
        (9, "Data de lliurament:", DELIVERY, PLAIN, CA_DATE),
        (10, "Moneda:", "EUR", PLAIN, None),
    ]
    for row, label, value, font, fmt in right:
        _put(sheet, f"F{row}", label, BOLD, merge=f"G{row}")
        _put(sheet, f"H{row}", value, font, fmt, merge=f"I{row}", alignment=Alignment(horizontal="left"))
    rows = [
        (12, "Forma de pagament:", TERMS),
        (13, "Condicions de lliurament:", "FOB Xangai (Incoterms 2020)"),
        (14, "Adreça de lliurament:", WAREHOUSE),
        (15, "", ADDRESS),
        (16, "Persona de contacte:", "Jordi Puigdomènech i Serra, tel. 938 702 420"),
    ]
    for row, label, value in rows:
        if label:
            _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, merge=f"I{row}", alignment=Alignment(horizontal="left"))
    text = "Us preguem que ens subministreu el material següent segons la vostra oferta QH-Q26-1217:"
    _put(sheet, "A19", text, merge="I19")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n + 1, "0"),
            (code, None),
            (name, None),
            (unit, None),
            (int(number), "#,##0") if number == int(number) else (float(number), "#,##0.0"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"A{row}"].alignment = Alignment(horizontal="center")
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        sheet[f"D{row}"].alignment = Alignment(horizontal="center")
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    total_rows(
        sheet,
        ("Base imposable:", "IVA 0% (importació – l'IVA es liquida a la duana):", "TOTAL (€):"),
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
    _put(sheet, f"A{r}", "Observacions:", BOLD, merge=f"C{r}")
    notes = [
        "1. Cal indicar el número de comanda a la factura, a la llista de colli i a cada bult.",
        "2. Cal adjuntar el certificat d'origen i la declaració de conformitat CE quan escaigui.",
        "3. Horari de recepció de mercaderies: de dilluns a divendres, de 8 a 14 h, amb cita prèvia.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 6
    center = Alignment(horizontal="center")
    _put(sheet, f"B{sign}", "Sol·licitat per", BOLD, merge=f"C{sign}", alignment=center)
    _put(sheet, f"F{sign}", "Aprovat per", BOLD, merge=f"I{sign}", alignment=center)
    _put(sheet, f"B{sign + 1}", "Jordi Puigdomènech i Serra", merge=f"C{sign + 1}", alignment=center)
    _put(
        sheet,
        f"F{sign + 1}",
        "Montserrat Vilaró, directora de compres",
        merge=f"I{sign + 1}",
        alignment=center,
    )
    _put(sheet, f"B{sign + 4}", "Signatura i segell", merge=f"C{sign + 4}", alignment=center)
    _put(sheet, f"F{sign + 4}", "Signatura i segell", merge=f"I{sign + 4}", alignment=center)
    return sign + 4


def render() -> bytes:
    widths = {"A": 6, "B": 11, "C": 46, "D": 8, "E": 11, "F": 13, "G": 8, "H": 14, "I": 20}
    workbook, sheet = form_sheet("Comanda", "Jordi Puigdomènech", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", header=f"Comanda {PO}", footer="Pàgina &P de &N")
    return workbook_bytes(workbook, cached)
