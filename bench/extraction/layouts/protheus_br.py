"""Unseen layout: a Brazilian importer's "Pedido de Compras" as TOTVS Protheus prints it (R3 report), US$.

A machine builder in São José dos Campos (SP) imports bearings, linear motion parts and fasteners from us
and keys its purchase orders in TOTVS Protheus (Microsiga), the ERP most Brazilian mid-size firms run. It
prints them with the old-style (R3) MATR110 report, as many Protheus sites still do: a FIXED-PITCH TEXT
REPORT in Courier, 130 characters wide, whose boxes and table rules are CHARACTERS (``+----+``, ``|``) in
the text layer, not drawn lines. Above the box the report's own line (SIGA /MATR110/v.12, the print date
08/12/26 and time, Folha). The box: the company block (uppercase, no accents: Protheus' company master
data; CNPJ 48.215.337/0001-62 and IE, numbers full of dots, slashes and dashes) beside PEDIDO DE COMPRAS -
DOLAR (moeda 2: the order is in US dollars) and ``Nº 004187 /1`` (the number, then the sheet); the
supplier block (Fornecedor, truncated to the 35 characters the buyer keyed: SUZHOU QIHANG PRECISION TECH
CO LTD, Cód./Loja, Endereço, Município/Estado EX/País). The item table: Item 0001, 0002 ... | Código |
Descrição do Material | UM (PC, JG, M) | Quant. | Valor Unitário | IPI% | Valor Total | Entrega | C.C. |
S.C., with Brazilian numbers (1.700,00; quantities 20.000,00 and 120,50; prices with four decimals,
0,0850), DATES WITH TWO-DIGIT YEARS (15/01/27), and the long product description (B5_CEME) WRAPPED over
continuation rows inside its 30-character column (up to four rows). Under the items: Local de Entrega,
Local de Cobrança, then Condição de Pagto beside DATA DE EMISSÃO (the order date is printed here, at the
bottom) and Total das Mercadorias / Total com Impostos; the IPI / ICMS / Frete / Despesas / Seguro strip and
Total Geral; Observações (FOB Shanghai, the order number on the invoice and packing list); Comprador /
Gerência / Diretoria; and Protheus' NOTA that goods are accepted only with the order number on the Nota
Fiscal.

Truth: the PO number is the number after Nº (004187; /1 is the sheet); the order date Data de Emissão
07/12/26 (not the report's print date 08/12/26); the requested delivery date the earliest Entrega; the
currency USD (DOLAR); the buyer the company in the box (as printed, uppercase); the supplier the
Fornecedor as printed; the ship-to address Local de Entrega; the payment terms Condição de Pagto; the total
Total Geral (= Total das Mercadorias: IPI, ICMS, freight and insurance 0,00 on an import FOB); per line the
part number Código, the description the Descrição's rows joined with spaces, the unit UM, the quantity
Quant., the unit price Valor Unitário and the amount Valor Total (= quantity x price).
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import order

FILENAME = "PC004187.pdf"
BUYER = "METALURGICA VALE DO PARAIBA LTDA"
SUPPLIER = "SUZHOU QIHANG PRECISION TECH CO LTD"  # A2_NOME as the buyer keyed it
PO = "004187"
ORDER_DATE = dt.date(2026, 12, 7)
PRINTED = dt.date(2026, 12, 8)
ADDRESS = "ROD. PRESIDENTE DUTRA, KM 148 - GALPAO 3 - SAO JOSE DOS CAMPOS - SP - CEP 12240-420"
TERMS = "30% ANT/70% BL"
JAN15, JAN29 = dt.date(2027, 1, 15), dt.date(2027, 1, 29)
# Código, descrição (B5_CEME, wrapped at 30 characters), UM, Quant., Valor Unitário, Entrega
ITEMS = [
    ("ME001045", "ROLAMENTO RIGIDO DE ESFERAS 6205-2RS C3", "PC", "400", "0.9200", JAN15),
    ("ME001046", "ROLAMENTO RIGIDO DE ESFERAS 6308-ZZ C3", "PC", "120", "3.1500", JAN15),
    ("ME001210", "MANCAL FLANGEADO UCFL205 FERRO FUNDIDO", "PC", "60", "2.7600", JAN15),
    ("ME001322", "BUCHA LINEAR LM20UU", "PC", "200", "1.5500", JAN15),
    ("ME002014", "GUIA LINEAR HGR20 COMPRIMENTO 1200 MM (PAR)", "JG", "8", "61.8000", JAN15),
    ("ME002015", "PATIM LINEAR HGH20CA", "PC", "32", "14.8500", JAN15),
    (
        "ME002101",
        "FUSO DE ESFERAS SFU2005 L=950 MM CLASSE C7 COM USINAGEM DAS PONTAS CONF. DESENHO VP-1187 REV.B",
        "PC",
        "6",
        "42.5000",
        JAN29,
    ),
    ("ME002140", "SUPORTE DE FUSO BK15/BF15 (CONJUNTO)", "JG", "6", "24.4000", JAN29),
    ("ME003007", "CORREIA SINCRONIZADORA HTD 5M-800-25", "PC", "60", "6.4500", JAN15),
    ("ME003030", "POLIA SINCRONIZADORA HTD 5M 24 DENTES FURO 12 H7", "PC", "60", "7.9000", JAN15),
    (
        "ME004118",
        "PARAFUSO ALLEN CABECA CILINDRICA M8X30 CLASSE 12.9 DIN 912",
        "PC",
        "20000",
        "0.0850",
        JAN15,
    ),
    ("ME004125", "PORCA SEXTAVADA FLANGEADA M10 CLASSE 8 ZINCADA", "PC", "10000", "0.0420", JAN15),
    ("ME005002", "PERFIL DE ALUMINIO ESTRUTURAL 40X40", "M", "120.5", "4.2000", JAN29),
    ("ME005090", "CORRENTE PORTA CABOS 18X37 R48", "M", "15", "12.6000", JAN29),
]
WIDTHS = (4, 15, 30, 2, 11, 14, 5, 14, 8, 9, 6)  # Item .. S.C. between the | characters
WIDE = sum(WIDTHS) + len(WIDTHS) - 1  # the box's inside width
COST_CENTRE, REQUISITION = "311010", "001523"
SIZE, LEADING, LEFT = 6.9, 8.6, 28


def br(value: Decimal | str, places: int = 2) -> str:
    """Protheus' @E pictures: 1.700,00 (point-grouped thousands, decimal comma)."""
    return f"{Decimal(value):,.{places}f}".replace(",", "X").replace(".", ",").replace("X", ".")


def money(value: Decimal | str) -> str:
    return br(value)


def day(value: dt.date) -> str:
    return value.strftime("%d/%m/%y")


def wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTHS[2])


def total() -> Decimal:
    return sum((amount(item[3], item[4]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=min(item[5] for item in ITEMS),
        currency="USD",
        buyer=BUYER,
        supplier=SUPPLIER,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, text, qty, unit, price, f"{amount(qty, price)}")
            for code, text, unit, qty, price, _ in ITEMS
        ],
    )


def rule(joints: tuple[int, ...] = ()) -> str:
    """``+---+---+``: a rule across the box, with a ``+`` where inner boxes meet it."""
    inside = ["-"] * WIDE
    for at in joints:
        inside[at] = "+"
    return "+" + "".join(inside) + "+"


def boxed(text: str) -> str:
    return "|" + text.ljust(WIDE)[:WIDE] + "|"


def boxes(parts: list[str], widths: tuple[int, ...] = (44, 33)) -> str:
    """Boxes side by side inside the frame, their | where the rule above has its + (widths but the last)."""
    cells = [part.ljust(width)[:width] for part, width in zip(parts, widths, strict=False)]
    return boxed("|".join([*cells, parts[-1]]))


def split(left: str, right: str, at: int = 62) -> str:
    """Two boxes side by side: ``|left  |right  |``."""
    return boxed(left.ljust(at)[:at] + "|" + right)


def columns(cells: list[str], aligns: str) -> str:
    out = []
    for cell, width, align in zip(cells, WIDTHS, aligns, strict=True):
        out.append(cell.rjust(width) if align == "r" else cell.ljust(width))
    return "|" + "|".join(out) + "|"


def _joints() -> tuple[int, ...]:
    at, joints = -1, []
    for width in WIDTHS[:-1]:
        at += width + 1
        joints.append(at)
    return tuple(joints)


def report_lines() -> list[str]:
    """The report as its fixed-pitch lines, exactly as printed."""
    head = "SIGA /MATR110/v.12"
    stamp = f"Emissão: {day(PRINTED)}  Hora: 10:42:17  Folha: 1"
    lines = [head + stamp.rjust(WIDE + 2 - len(head)), rule((62,))]
    company = [
        BUYER,
        "AV. JOAO RODOLFO CASTELLI, 1450 - DISTRITO INDUSTRIAL",
        "CEP: 12238-570 - SAO JOSE DOS CAMPOS - SP",
        "TEL: (12) 3936-4100   FAX: (12) 3936-4101",
        "CNPJ: 48.215.337/0001-62   IE: 645.118.902.117",
        "",
    ]
    title = f" PEDIDO DE COMPRAS - DOLAR{'':21}Nº {PO} /1"
    vendor = [
        title,
        "-" * (WIDE - 63),
        f" Fornecedor: {SUPPLIER}",
        " Cód.: F00318   Loja: 01   CNPJ/CPF:",
        " Endereço  : NO. 88 FENGLI STREET, SUZHOU IND. PARK",
        " Município : SUZHOU     Estado: EX   País: CHINA",
    ]
    lines += [split(" " + left, right) for left, right in zip(company, vendor, strict=True)]
    joints = _joints()
    lines.append(rule(joints))
    heads = ["Item", "Código", "Descrição do Material", "UM", "Quant.", "Valor Unitário", "IPI%"]
    heads += ["Valor Total", "Entrega", "C.C.", "S.C."]
    lines.append(columns(heads, "llllrrrrlll"))
    lines.append(rule(joints))
    for n, (code, text, unit, qty, price, due) in enumerate(ITEMS, start=1):
        rows = wrapped(text)
        cells = [f"{n:04d}", code, rows[0], unit, br(qty), br(price, 4), "0,00", money(amount(qty, price))]
        cells += [day(due), COST_CENTRE, REQUISITION]
        lines.append(columns(cells, "llllrrrrlll"))
        for more in rows[1:]:
            lines.append(columns(["", "", more, "", "", "", "", "", "", "", ""], "llllrrrrlll"))
    lines.append(rule())
    lines.append(boxed(f" Local de Entrega  : {ADDRESS}"))
    lines.append(boxed(" Local de Cobrança : AV. JOAO RODOLFO CASTELLI, 1450 - SAO JOSE DOS CAMPOS - SP"))
    lines.append(rule((44, 78)))
    goods = f" Total das Mercadorias : {money(total()):>13}"
    lines.append(boxes([f" Condição de Pagto: {TERMS}", f" Data de Emissão: {day(ORDER_DATE)}", goods]))
    taxed = f" Total com Impostos    : {money(total()):>13}"
    lines.append(boxes([" Reajuste         : SEM REAJUSTE", "", taxed]))
    lines.append(rule())
    strip = "IPI:         0,00 | ICMS:        0,00 | Frete:       0,00 | Despesas:    0,00 | Seguro:     0,00"
    lines.append(boxed(f" {strip}"))
    lines.append(boxed(f" {'Total Geral :':>{WIDE - 19}} {money(total()):>13}"))
    lines.append(rule())
    notes = [
        " Observações: PEDIDO DE IMPORTACAO - INCOTERM FOB SHANGHAI - EMBARQUE MARITIMO.",
        "              INFORMAR O NUMERO DESTE PEDIDO NA COMMERCIAL INVOICE E NO PACKING LIST.",
    ]
    lines += [boxed(note) for note in notes]
    lines.append(rule((44, 88)))
    lines.append(boxes([" Comprador: MARCOS A. FERREIRA", " Gerência:", " Diretoria:"], (44, 43)))
    lines.append(boxes(["", "", ""], (44, 43)))
    lines.append(rule())
    nota = " NOTA: Só aceitaremos a mercadoria se na sua Nota Fiscal constar o número do nosso Pedido de "
    nota += "Compras."
    lines.append(boxed(nota))
    lines.append(rule())
    return lines


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"PC{PO}")
    y = draw.PAGE_HEIGHT - 36
    for line in report_lines():
        draw.text(c, LEFT, y, line, "Courier", SIZE)
        y -= LEADING
    c.showPage()
    c.save()
    return buffer.getvalue()
