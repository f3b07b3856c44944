"""Unseen layout: a Valencian hydraulics distributor's Google Sheets pedido de compra, saved as xlsx, EUR.

Hidráulica Levante, S.L. (Paterna, Valencia) keeps its purchase orders in a shared Google Sheets order form
(Spanish locale) and e-mails foreign suppliers the file from Archivo → Descargar → Microsoft Excel. What the
download holds: sheet Pedido in Arial 10 (Google's default), no gridlines; the company, its CIF and address
and contact on rows 1-3 with PEDIDO DE COMPRA top right; label | value pairs in two columns: Nº pedido
PC-26/0412, Proveedor (us), Dirección, País, Contacto on the left and Fecha (a real date shown dd/mm/yyyy),
Fecha de entrega (a real date), Forma de pago, Moneda EUR, Incoterm FOB Shanghái on the right; Dirección de
entrega merged across; the table Ref. | Descripción | Cantidad | Ud. | Precio unit. | Dto. | Importe |
Notas, Spanish units (ud., m, kg, jgo.) from a drop-down fed by a hidden sheet Listas, prices in a euro
number format ('#,##0.00## "€"': 0,042 €), Dto. as a real percentage (0.05 shown 5%) and Importe a
=ROUND(C*E*(1-F),2) formula with its cached value; Base imponible (=SUM), Portes 0,00 (FOB), IVA 0 %
(importación: the VAT is settled at customs) and TOTAL PEDIDO as formulas; Observaciones in one merged
wrapped cell; Firma y sello del comprador; the hidden sheet Listas with the units and a list of other
suppliers' names for the Proveedor drop-down.

Truth: the PO number Nº pedido (PC-26/0412); the order date Fecha (2026-12-18); the requested delivery date
Fecha de entrega (2027-01-29); the currency EUR; the buyer Hidráulica Levante, S.L.; the supplier Proveedor
(us; the hidden list's names are no supplier); the ship-to address Dirección de entrega; the payment terms
Forma de pago; the total TOTAL PEDIDO; per line the part number Ref., the description Descripción, the
quantity Cantidad, the unit Ud., the unit price Precio unit. (before the Dto.) and the amount Importe (the
formula's cached value, after the Dto.).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from bench.extraction.layouts._sheet_cells import put_cell
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples.sample import OUR_NAME_EN
from orderbridge.samples.zip_bytes import freeze

FILENAME = "Pedido de compra PC-26_0412 - Hidráulica Levante.xlsx"
BUYER = "Hidráulica Levante, S.L."
PO = "PC-26/0412"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 1, 29)
ADDRESS = "Almacén central, C/ Ciudad de Sevilla 28, Pol. Ind. Fuente del Jarro, 46988 Paterna (Valencia)"
TERMS = "Transferencia a 60 días fecha factura"
CENT = Decimal("0.01")
FONT = "Arial"
FIRST_ROW = 15
EURO = '#,##0.00 "€"'
PRICE = '#,##0.00## "€"'
FIXED_TIME = dt.datetime(2026, 12, 18, 9, 26, 0)
# Ref., Descripción, Cantidad, Ud., Precio unit., Dto. %, Notas
ITEMS = [
    ("HL-1205", "Rodamiento rígido de bolas 6205-2RS C3", "1000", "ud.", "0.92", "0", ""),
    ("HL-1310", "Retén radial 40×62×8 NBR", "2000", "ud.", "0.385", "0", ""),
    ("HL-1422", "Junta tórica 85×3 NBR 70", "5000", "ud.", "0.042", "0", "Bolsas de 100 ud."),
    ("HL-2108", "Racor recto macho GE16LR M22×1,5 acero cincado", "600", "ud.", "2.35", "5", ""),
    ("HL-2115", "Racor codo 90° EW16L acero cincado", "400", "ud.", "3.12", "5", ""),
    ("HL-3050", "Manguera hidráulica 2SN DN12 (rollo 50 m)", "300", "m", "1.64", "0", ""),
    ("HL-3062", "Manguera hidráulica 1SN DN8", "250", "m", "0.98", "0", ""),
    ("HL-4011", "Válvula de bola alta presión G1/2 PN350", "120", "ud.", "8.65", "0", ""),
    (
        "HL-4020",
        "Electroválvula 4WE6 24 V CC con conector",
        "60",
        "ud.",
        "38.40",
        "3",
        "Según oferta QH-Q26-1211",
    ),
    ("HL-5003", "Juego de juntas cilindro 63/40", "150", "jgo.", "11.40", "0", ""),
    ("HL-6001", "Grasa de litio EP2 (cubo 18 kg)", "36", "kg", "2.35", "0", ""),
    ("HL-7001", "Palé de exportación tratado NIMF 15", "10", "ud.", "15.50", "0", ""),
]
THIN = Side(style="thin", color="B7B7B7")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
LABEL_FILL = PatternFill("solid", fgColor="DDEBF7")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)


def line_total(item: tuple) -> Decimal:
    gross = amount(item[2], item[4])
    return (gross * (100 - Decimal(item[5])) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[2]),
            unit=item[3],
            unit_price=Decimal(item[4]),
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
    _put(sheet, "A1", BUYER.upper(), Font(name=FONT, size=14, bold=True), merge="D1")
    _put(
        sheet,
        "A2",
        "CIF B46812395 · C/ Ciudad de Sevilla 28, Pol. Ind. Fuente del Jarro · 46988 Paterna",
        merge="E2",
    )
    _put(sheet, "A3", "Tel. 961 32 18 40 · compras@hidraulicalevante.es", merge="E3")
    right = Alignment(horizontal="right", vertical="center")
    _put(sheet, "F1", "PEDIDO DE COMPRA", Font(name=FONT, size=16, bold=True, color="1F4E78"), merge="H1")
    sheet["F1"].alignment = right
    left = [
        ("Nº pedido", PO),
        ("Proveedor", OUR_NAME_EN),
        ("Dirección", "No. 88 Huoju Road, Suzhou New District, 215163 Suzhou, Jiangsu"),
        ("País", "China"),
        ("Contacto", "Ms. Lily Zhang · sales@qihang-precision.cn"),
    ]
    right_pairs = [
        ("Fecha", ORDER_DATE, "dd/mm/yyyy"),
        ("Fecha de entrega", DELIVERY, "dd/mm/yyyy"),
        ("Forma de pago", TERMS, None),
        ("Moneda", "EUR", None),
        ("Incoterm", "FOB Shanghái", None),
    ]
    for k, ((label, value), (label2, value2, fmt)) in enumerate(zip(left, right_pairs, strict=True)):
        row = 5 + k
        _put(sheet, f"A{row}", label, BOLD, fill=LABEL_FILL, border=BOX)
        _put(sheet, f"B{row}", value, BOLD if k < 2 else PLAIN, merge=f"D{row}", border=BOX)
        _put(sheet, f"E{row}", label2, BOLD, fill=LABEL_FILL, border=BOX)
        cell = _put(sheet, f"F{row}", value2, PLAIN, fmt, merge=f"H{row}", border=BOX)
        cell.alignment = Alignment(horizontal="left")
    _put(sheet, "A11", "Dirección de entrega", BOLD, fill=LABEL_FILL, border=BOX)
    _put(sheet, "B11", ADDRESS, PLAIN, merge="H11", border=BOX)
    _put(
        sheet,
        "A13",
        "Rogamos nos suministren los siguientes artículos:",
        Font(name=FONT, size=10, italic=True),
    )


def _table(sheet) -> tuple[int, dict[str, float]]:
    heads = ["Ref.", "Descripción", "Cantidad", "Ud.", "Precio unit.", "Dto.", "Importe", "Notas"]
    white = Font(name=FONT, size=10, bold=True, color="FFFFFF")
    for k, title in enumerate(heads):
        cell = _put(sheet, f"{'ABCDEFGH'[k]}{FIRST_ROW - 1}", title, white, fill=HEAD_FILL, border=BOX)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    cached: dict[str, float] = {}
    for k, item in enumerate(ITEMS):
        row = FIRST_ROW + k
        code, name, qty, unit, price, discount, note = item
        values = [
            (code, None),
            (name, None),
            (int(qty), "#,##0"),
            (unit, None),
            (float(price), PRICE),
            (float(Decimal(discount) / 100), "0%"),
            (f"=ROUND(C{row}*E{row}*(1-F{row}),2)", EURO),
            (note or None, None),
        ]
        for col, (value, fmt) in zip("ABCDEFGH", values, strict=True):
            cell = _put(sheet, f"{col}{row}", value, PLAIN, fmt, border=BOX)
            if col in "DF":
                cell.alignment = Alignment(horizontal="center")
        cached[f"G{row}"] = float(line_total(item))
    last = FIRST_ROW + len(ITEMS) - 1
    row = last + 2
    sums = [
        ("Base imponible", f"=SUM(G{FIRST_ROW}:G{last})", float(total())),
        ("Portes (FOB)", "=0", 0.0),
        ("IVA 0 % (importación)", f"=ROUND(G{row}*0,2)", 0.0),
        ("TOTAL PEDIDO", f"=G{row}+G{row + 1}+G{row + 2}", float(total())),
    ]
    for k, (label, formula, value) in enumerate(sums):
        r = row + k
        bold = Font(name=FONT, size=11 if k == 3 else 10, bold=k in (0, 3))
        _put(sheet, f"E{r}", label, bold, merge=f"F{r}", alignment=Alignment(horizontal="right"))
        _put(sheet, f"G{r}", formula, bold, EURO, border=BOX)
        cached[f"G{r}"] = value
    notes = "\n".join(
        [
            "1. Indiquen nuestro nº de pedido en la factura, el packing list y el conocimiento de embarque.",
            "2. Enviar certificado de origen y certificados de material 3.1 (EN 10204) con la documentación.",
            "3. Confirmen este pedido por e-mail en un plazo de 3 días laborables.",
        ]
    )
    _put(sheet, f"A{row}", "Observaciones", BOLD, fill=LABEL_FILL, border=BOX)
    _put(sheet, f"A{row + 1}", notes, PLAIN, merge=f"D{row + 4}", border=BOX)
    sheet[f"A{row + 1}"].alignment = Alignment(wrap_text=True, vertical="top")
    _put(sheet, f"A{row + 7}", "Firma y sello del comprador:", BOLD)
    _put(sheet, f"E{row + 7}", "Aceptado por el proveedor (firma y fecha):", BOLD)
    return row + 7, cached


def _lists(workbook) -> None:
    sheet = workbook.create_sheet("Listas")
    sheet.sheet_state = "hidden"
    sheet["A1"], sheet["B1"] = "Unidades", "Proveedores"
    for k, unit in enumerate(["ud.", "m", "kg", "jgo.", "caja", "rollo"], start=2):
        sheet[f"A{k}"] = unit
    others = [
        OUR_NAME_EN,
        "Ningbo Hengda Hydraulic Fittings Co., Ltd.",
        "Rodamientos del Mediterráneo, S.A.",
        "Hansa-Flex Hidráulica, S.L.",
        "Parker Hannifin España, S.L.U.",
    ]
    for k, name in enumerate(others, start=2):
        sheet[f"B{k}"] = name


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Google Sheets"
    workbook.properties.lastModifiedBy = None
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "Pedido"
    sheet.sheet_view.showGridLines = False
    widths = {"A": 14, "B": 44, "C": 11, "D": 8, "E": 16, "F": 9, "G": 14, "H": 26}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    _head(sheet)
    last, cached = _table(sheet)
    units = DataValidation(type="list", formula1="=Listas!$A$2:$A$7", allow_blank=True)
    sheet.add_data_validation(units)
    units.add(f"D{FIRST_ROW}:D{FIRST_ROW + len(ITEMS) - 1}")
    suppliers = DataValidation(type="list", formula1="=Listas!$B$2:$B$6", allow_blank=False)
    sheet.add_data_validation(suppliers)
    suppliers.add("B6")
    sheet.freeze_panes = f"A{FIRST_ROW}"
    sheet.print_area = f"A1:H{last}"
    _lists(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
