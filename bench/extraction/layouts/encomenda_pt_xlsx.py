"""Unseen layout: an Águeda bicycle-parts maker's own Excel NOTA DE ENCOMENDA (Portugal), EUR.

Vougabike – Componentes para Bicicletas, Lda. (Águeda, the Portuguese bicycle cluster) orders from its
Asian suppliers with an Excel template the purchasing office keeps, and e-mails the workbook. What the file
holds: one sheet Encomenda (Calibri 10): the company, its address, postcode and town, NIF / Tel. / e-mail
on rows 1-4 on the left, NOTA DE ENCOMENDA top right over label | value cells (N.º Encomenda NE 2026/418 as
text, Data a real date shown dd/mm/yyyy, V/ Ref.ª our proforma, N/ Ref.ª the buyer); Fornecedor (us, the
country as China) and Local de Entrega (the warehouse's name, street, postcode and town) side by side as
blocks of single lines; a conditions block of label | merged value rows (Condições de Pagamento,
Data de Entrega a real date, Incoterm FOB Xangai, Moeda EUR, Transporte); Agradecemos o fornecimento...;
the table Ref.ª | Ref.ª Fornecedor (our code, beside the buyer's) | Descrição (Portuguese, decimal commas
inside: 2,0 mm) | Qtd. | Un. (un, cj, par, m, kg) | Preço Unit. in the pt-PT euro format
'#,##0.0000 [$€-816]' | Desc. % a real percentage (5 %, 3 % on two lines) | Total =ROUND(D*F*(1-G),2)
with cached values; 16 lines; under it Total Ilíquido (=SUMPRODUCT of quantities and prices, before the
discounts), Descontos, Total Líquido (=SUM), IVA 0 % (importação: paid at customs, typed as 0) and
TOTAL (EUR), formulas with cached values; Observações numbered in one merged wrapped cell; O Responsável
de Compras.

Truth: the PO number N.º Encomenda (NE 2026/418); the order date Data; the requested delivery date Data
de Entrega; the currency EUR; the buyer Vougabike – Componentes para Bicicletas, Lda.; the supplier (us);
the ship-to address Local de Entrega's street and postcode lines joined with ", "; the payment terms
Condições de Pagamento; the total TOTAL (EUR) (= Total Líquido, not the Total Ilíquido); per line the part
number Ref.ª (the buyer's, not the Ref.ª Fornecedor), the description Descrição, the unit Un., the
quantity Qtd., the unit price Preço Unit. (before the Desc. %) and the amount Total (after it).
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

FILENAME = "NE 2026-418 Suzhou Qihang.xlsx"
BUYER = "Vougabike – Componentes para Bicicletas, Lda."
PO = "NE 2026/418"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2027, 2, 12)
SHIP_LINES = [
    "Vougabike, Lda. – Armazém 2",
    "Rua do Progresso, 48, Zona Industrial de Assequins",
    "3750-041 Águeda",
]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "Transferência bancária a 60 dias da data da fatura"
CENT = Decimal("0.01")
FONT = "Calibri"
HEAD_ROW = 21
FIXED_TIME = dt.datetime(2026, 12, 9, 10, 12, 0)
EURO = "#,##0.00 [$€-816]"
EURO4 = "#,##0.0000 [$€-816]"
# Ref.ª, Ref.ª Fornecedor, Descrição, Qtd., Un., Preço Unit., Desc. %
ITEMS = [
    ("VB-RL-6001", "QH-6001-2RS", "Rolamento 6001-2RS (12×28×8)", "4000", "un", "0.42", ""),
    ("VB-RL-6802", "QH-6802-2RS", "Rolamento 6802-2RS (15×24×5)", "3000", "un", "0.55", ""),
    ("VB-CD-ACB44", "QH-HS-ACB44", 'Caixa de direção integrada ACB 44 mm, 1 1/8"', "800", "cj", "6.85", ""),
    ("VB-AR-100", "QH-QR-100135", "Aperto rápido frente/trás 100/135 mm, aço", "1500", "par", "2.35", ""),
    ("VB-EP-12142", "QH-TA12-142", "Eixo passante 12×142 mm, alumínio 7075", "600", "un", "7.90", "5"),
    ("VB-PF-M512", "QH-M5X12-A2", "Parafuso Torx M5×12 inox A2", "20000", "un", "0.038", ""),
    ("VB-PF-M616", "QH-M6X16-A2", "Parafuso Torx M6×16 inox A2", "10000", "un", "0.052", ""),
    ("VB-RA-14G292", "QH-SP14G-292", "Raio inox 14G 2,0 × 292 mm", "24000", "un", "0.085", ""),
    ("VB-NP-14G12", "QH-NP14G-12", "Niple latão 14G 12 mm, prateado", "24000", "un", "0.021", ""),
    ("VB-CR-11V", "QH-CH11-116", "Corrente 11 velocidades, 116 elos", "1200", "un", "8.40", "3"),
    ("VB-CB-MUD", "QH-SC12-2100", "Cabo de mudanças inox 1,2 × 2100 mm", "5000", "un", "0.36", ""),
    ("VB-BN-TRV5", "QH-BH5-BLK", "Bainha de cabo de travão 5 mm, preta", "2500", "m", "0.48", ""),
    ("VB-MP-BSA68", "QH-BB68-24", "Movimento pedaleiro BSA 68 mm, eixo 24 mm", "700", "un", "9.25", ""),
    ("VB-PT-RES", "QH-BP-RS01", "Pastilhas de travão de disco, resina", "2000", "par", "1.65", ""),
    ("VB-MS-LIT", "QH-GR-LIEP2", "Massa lubrificante de lítio EP2", "60", "kg", "4.20", ""),
    ("VB-EMB-CX64", "QH-CTN-640", "Caixa de cartão 5 camadas 600×400×400", "300", "un", "1.85", ""),
]
HEADS = ["Ref.ª", "Ref.ª Fornecedor", "Descrição", "Qtd.", "Un.", "Preço Unit.", "Desc. %", "Total"]
COLUMNS = "ABCDEFGH"
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
LABEL_FILL = PatternFill("solid", fgColor="D9E1F2")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)


def line_total(item: tuple) -> Decimal:
    gross = amount(item[3], item[5])
    return (gross * (100 - Decimal(item[6] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def gross_total() -> Decimal:
    """Total Ilíquido: quantities times prices, before the line discounts."""
    return sum((amount(item[3], item[5]) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[2],
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
    _put(sheet, "A1", BUYER, Font(name=FONT, size=14, bold=True, color="1F4E78"), merge="D1")
    _put(sheet, "A2", "Zona Industrial do Casarão, Rua da Indústria, 215", merge="D2")
    _put(sheet, "A3", "3750-325 Águeda – Portugal", merge="D3")
    _put(sheet, "A4", "NIF 509 876 543 | Tel. +351 234 612 480 | compras@vougabike.pt", merge="D4")
    _put(sheet, "F1", "NOTA DE ENCOMENDA", Font(name=FONT, size=16, bold=True), merge="H1")
    info = [
        ("N.º Encomenda", PO, None, BOLD),
        ("Data", ORDER_DATE, "dd/mm/yyyy", PLAIN),
        ("V/ Ref.ª", "Proforma QH-PI26-1204", None, PLAIN),
        ("N/ Ref.ª", "Compras / Ana Ferreira", None, PLAIN),
    ]
    for k, (label, value, fmt, font) in enumerate(info):
        row = 2 + k
        _put(sheet, f"F{row}", label, BOLD, fill=LABEL_FILL, border=BOX)
        cell = _put(sheet, f"G{row}", value, font, fmt, merge=f"H{row}", border=BOX)
        cell.alignment = Alignment(horizontal="left")
    _put(sheet, "A7", "Fornecedor", BOLD, fill=LABEL_FILL)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "China"]
    for k, value in enumerate(supplier):
        _put(sheet, f"A{8 + k}", value, BOLD if k == 0 else PLAIN, merge=f"C{8 + k}")
    _put(sheet, "A12", "Contacto: Lily Zhang (lily.zhang@qihang-precision.cn)", merge="C12")
    _put(sheet, "E7", "Local de Entrega", BOLD, fill=LABEL_FILL)
    for k, value in enumerate(SHIP_LINES):
        _put(sheet, f"E{8 + k}", value, BOLD if k == 0 else PLAIN, merge=f"H{8 + k}")
    _put(sheet, "E11", "Horário de receção: 2.ª a 6.ª, 8h30–12h30 / 14h00–17h00", merge="H11")
    conditions = [
        ("Condições de Pagamento", TERMS, None),
        ("Data de Entrega", DELIVERY, "dd/mm/yyyy"),
        ("Incoterm", "FOB Xangai (Incoterms 2020)", None),
        ("Moeda", "EUR", None),
        ("Transporte", "Marítimo (LCL), despachante: Transitex Aveiro", None),
    ]
    for k, (label, value, fmt) in enumerate(conditions):
        row = 14 + k
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}", fill=LABEL_FILL, border=BOX)
        cell = _put(sheet, f"C{row}", value, PLAIN, fmt, merge=f"E{row}", border=BOX)
        cell.alignment = Alignment(horizontal="left")
    _put(
        sheet,
        "A20",
        "Agradecemos o fornecimento dos seguintes artigos:",
        Font(name=FONT, size=10, italic=True),
    )


def _table(sheet, cached: dict[str, object]) -> int:
    white = Font(name=FONT, size=10, bold=True, color="FFFFFF")
    for k, title in enumerate(HEADS):
        _put(sheet, f"{COLUMNS[k]}{HEAD_ROW}", title, white, fill=HEAD_FILL, border=BOX)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, theirs, name, qty, unit, price, discount = item
        _put(sheet, f"A{row}", code, border=BOX)
        _put(sheet, f"B{row}", theirs, border=BOX)
        _put(sheet, f"C{row}", name, border=BOX)
        _put(sheet, f"D{row}", int(Decimal(qty)), fmt="#,##0", border=BOX)
        _put(sheet, f"E{row}", unit, border=BOX, alignment=Alignment(horizontal="center"))
        _put(sheet, f"F{row}", float(price), fmt=EURO4, border=BOX)
        _put(sheet, f"G{row}", float(Decimal(discount) / 100) if discount else None, fmt="0%", border=BOX)
        _put(sheet, f"H{row}", f"=ROUND(D{row}*F{row}*(1-G{row}),2)", fmt=EURO, border=BOX)
        cached[f"H{row}"] = float(line_total(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    first = HEAD_ROW + 1
    r = last + 2
    rows = [
        ("Total Ilíquido", f"=SUMPRODUCT(D{first}:D{last},F{first}:F{last})", gross_total(), PLAIN),
        ("Descontos", f"=H{r}-H{r + 2}", gross_total() - total(), PLAIN),
        ("Total Líquido", f"=SUM(H{first}:H{last})", total(), PLAIN),
        ("IVA 0 % (importação)", None, Decimal(0), PLAIN),
        ("TOTAL (EUR)", f"=H{r + 2}+H{r + 3}", total(), BOLD),
    ]
    for k, (label, formula, value, font) in enumerate(rows):
        row = r + k
        _put(sheet, f"F{row}", label, font, merge=f"G{row}", alignment=Alignment(horizontal="right"))
        _put(sheet, f"H{row}", formula or 0, font, EURO, border=BOX)  # the IVA typed as 0
        if formula:
            cached[f"H{row}"] = float(value)
    note = r + 6
    _put(sheet, f"A{note}", "Observações:", BOLD)
    text = "\n".join(
        [
            "1. Indicar o n.º desta Nota de Encomenda na fatura, packing list, B/L e em todos os volumes.",
            "2. Enviar com a mercadoria: fatura comercial, packing list, B/L e certificado de origem.",
            "3. Cada volume etiquetado com a nossa Ref.ª e a quantidade; rolamentos em embalagem individual.",
            "4. Confirmar a receção desta encomenda e a data de embarque no prazo de 3 dias úteis.",
        ]
    )
    cell = _put(sheet, f"A{note + 1}", text, merge=f"H{note + 4}")
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    sign = note + 7
    _put(
        sheet,
        f"F{sign}",
        "O Responsável de Compras",
        merge=f"H{sign}",
        alignment=Alignment(horizontal="center"),
    )
    _put(
        sheet, f"F{sign + 3}", "Ana Ferreira", merge=f"H{sign + 3}", alignment=Alignment(horizontal="center")
    )
    return sign + 3


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Ana Ferreira"
    workbook.properties.lastModifiedBy = "Ana Ferreira"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "Encomenda"
    widths = {"A": 14, "B": 15, "C": 44, "D": 9, "E": 7, "F": 15, "G": 9, "H": 15}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    sheet.print_area = f"A1:H{end}"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
