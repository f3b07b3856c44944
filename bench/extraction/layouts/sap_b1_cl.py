"""Unseen layout: a Chilean mining-equipment maker's Orden de Compra from SAP Business One, 2 pages, in USD.

Equipos Mineros Cordillera SpA (slurry pumps and conveyor parts, head office in Las Condes, warehouse in
Pudahuel) runs SAP Business One with the Chilean localisation and mails the standard Crystal print of its
purchase orders (US Letter). What it prints: the company block top left (name, RUT 76.912.458-3, giro,
the head office's street); ORDEN DE COMPRA top right over a box (N° 3187, B1's bare document number;
Fecha contabilización and Fecha documento, both 09-12-2026; Fecha de entrega 25-01-2027; Página 1 de 2);
the Proveedor block (B1's vendor code P00042, our name and address, China) beside Dirección de entrega
(the warehouse's name, street and comuna lines, Chile) and Dirección de facturación (the head office: another
street); a strip of label-over-value boxes (Comprador a person, Referencia with our quotation's number and
date, Moneda USD, Condiciones de pago "30% anticipo, 70% contra copia B/L", Incoterm FOB Shanghai, Vía
Marítimo). The lines: # | Artículo (the buyer's code, ECM-RD-6310) | Cat. SN (B1's business-partner
catalogue number: OUR part number, QH-BR-6310) | Descripción (wrapped inside its column on long ones) |
Cantidad | UM (UN / CJ / MT / KG / JGO) | Precio unit. | % Desc. (six lines) | Total USD (net of the line
discount) | F. entrega (three lines later); two B1 text lines (bold section captions, no numbers) among
the items; B1's free texts in small grey italics under three lines. Chilean numbers: a dot between
thousands, a decimal comma, quantities without decimals (1.000 is a thousand), prices in 4 decimals
(0,8450). Page 2 repeats the
company block, the box (Página 2 de 2) and the column heads. The last page: Total antes del descuento,
Descuento 2,00 % (a document discount: the order's total is LESS than its lines), Gastos adicionales,
Impuesto (IVA exento: importación), Total USD; Comentarios ("Basado en Solicitud de compra 1187", the
buyer's requisition number, and a request to quote the order number); the signature lines; B1's print
line (Impreso por crojas el 10-12-2026 09:14) at the foot of every page.

Truth: the PO number N° (3187; not the requisition 1187, the vendor code or the quotation number); the
order date Fecha documento (09-12-2026, the same as Fecha contabilización; not the quotation's or the
print date); the requested delivery date the head's Fecha de entrega (25-01-2027; three lines are due
later); the currency USD; the buyer the company at the top; the supplier the Proveedor block's name (us);
the ship-to address the Dirección de entrega's street and comuna lines joined with ", " (not its name or
Chile, nor the billing street); the payment terms Condiciones de pago; the total Total USD (after the 2 %
document discount); per line the part number Artículo (not the Cat. SN, ours), the description
Descripción (its wrapped lines joined with a space; free texts and text lines are no part of it), the
quantity Cantidad, the unit UM, the unit price Precio unit. (before the % Desc.) and the amount Total USD
(net of the % Desc., so quantity x price is not the amount on the discounted lines).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth

from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "OC_3187_Equipos_Mineros_Cordillera.pdf"
BUYER = "Equipos Mineros Cordillera SpA"
PO = "3187"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY, LATER = dt.date(2027, 1, 25), dt.date(2027, 2, 15)
STREET = "Av. Lo Boza 8360, Módulo 5"
TOWN = "Pudahuel, Santiago"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "30% anticipo, 70% contra copia B/L"
DOC_DISCOUNT = Decimal("2")
WIDTH, HEIGHT = letter
LEFT, RIGHT = 30.0, letter[0] - 30.0
FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
CENT = Decimal("0.01")
# a text line is ("", caption); an item: Artículo, Cat. SN, Descripción, Cantidad, UM, Precio, % Desc.,
# texto libre, entrega más tarde
ITEMS: list[tuple] = [
    ("", "Repuestos bomba de pulpa 6/4 AH"),
    (
        "ECM-RD-6310",
        "QH-BR-6310",
        "Rodamiento rígido de bolas 6310-2RS C3",
        "400",
        "UN",
        "4.8500",
        "",
        "",
        False,
    ),
    (
        "ECM-RD-22212",
        "QH-SR-22212",
        "Rodamiento de rodillos a rótula 22212 EK C3",
        "60",
        "UN",
        "38.4000",
        "5",
        "",
        False,
    ),
    (
        "ECM-SE-0110",
        "QH-OS-110140",
        "Retén radial TC 110 x 140 x 12 NBR doble labio con resorte de acero inoxidable",
        "120",
        "UN",
        "6.2500",
        "",
        "",
        False,
    ),
    ("ECM-OR-2540", "QH-OR-2540", "O-ring 254 x 5,33 NBR 70", "500", "UN", "0.6800", "", "", False),
    (
        "ECM-IM-0640",
        "QH-IM-0640",
        "Impulsor cerrado 5 álabes hierro alto cromo 27 % Cr, para bomba 6/4 AH, balanceado",
        "12",
        "UN",
        "486.0000",
        "3",
        "Adjuntar certificado de dureza (mín. 600 HB).",
        True,
    ),
    (
        "ECM-CA-0640",
        "QH-LN-0640",
        "Revestimiento voluta caucho natural 6/4",
        "12",
        "JGO",
        "312.5000",
        "3",
        "",
        True,
    ),
    (
        "ECM-EJ-0065",
        "QH-SH-0065",
        "Eje bomba 6/4 acero 4140 bonificado Ø65 x 1.120 mm",
        "8",
        "UN",
        "265.0000",
        "",
        "",
        False,
    ),
    (
        "ECM-PE-1650",
        "QH-BT-1650",
        "Perno hexagonal M16 x 50 grado 8.8 galvanizado",
        "2500",
        "UN",
        "0.1840",
        "",
        "",
        False,
    ),
    (
        "ECM-TU-1600",
        "QH-NT-1600",
        "Tuerca hexagonal M16 grado 8 galvanizada",
        "2500",
        "UN",
        "0.0790",
        "",
        "",
        False,
    ),
    (
        "ECM-GS-2020",
        "QH-GS-2020",
        'Empaquetadura grafitada 1/2" (12,7 mm)',
        "4",
        "CJ",
        "96.0000",
        "",
        "",
        False,
    ),
    ("", "Repuestos correas transportadoras"),
    (
        "ECM-RO-1520",
        "QH-ID-1520",
        "Polín de carga Ø152 x 465 mm eje 25 mm rodamiento 6205, sello laberinto",
        "80",
        "UN",
        "21.9000",
        "5",
        "Embalar en pallets de 20 unidades.",
        False,
    ),
    ("ECM-RO-1521", "QH-ID-1521", "Polín de retorno Ø152 x 1.150 mm", "40", "UN", "34.6000", "5", "", False),
    (
        "ECM-RA-0500",
        "QH-SC-0500",
        "Raspador primario poliuretano 500 mm",
        "6",
        "UN",
        "142.0000",
        "",
        "",
        True,
    ),
    ("ECM-GO-1210", "QH-RB-1210", "Goma de faldón 12 x 100 mm SBR", "150", "MT", "7.4000", "", "", False),
    ("ECM-GR-0001", "QH-GR-0001", "Grasa de litio EP2", "212", "KG", "6.3500", "", "", False),
    (
        "ECM-AC-0480",
        "QH-CP-0480",
        "Acoplamiento elástico neumático tamaño 48",
        "10",
        "UN",
        "118.7500",
        "2.5",
        "",
        False,
    ),
    (
        "ECM-CH-1035",
        "QH-KY-1035",
        "Chaveta paralela 10 x 8 x 35 acero C45",
        "1000",
        "UN",
        "0.1150",
        "",
        "",
        False,
    ),
    (
        "ECM-AN-0062",
        "QH-CL-0062",
        "Anillo de retención interior DIN 472 62",
        "300",
        "UN",
        "0.2200",
        "",
        "",
        False,
    ),
    (
        "ECM-MA-0063",
        "QH-GA-0063",
        'Manómetro glicerina 63 mm 0-16 bar conexión radial 1/4" NPT',
        "24",
        "UN",
        "11.8000",
        "",
        "Escala doble bar/psi.",
        False,
    ),
    (
        "ECM-VB-0050",
        "QH-BV-0050",
        'Válvula de bola 2" acero inox. CF8M',
        "10",
        "UN",
        "58.4000",
        "",
        "",
        False,
    ),
]
COLUMNS = [  # heading, width, align
    ("#", 16, "c"),
    ("Artículo", 62, "l"),
    ("Cat. SN", 56, "l"),
    ("Descripción", 156, "l"),
    ("Cantidad", 40, "r"),
    ("UM", 24, "c"),
    ("Precio unit.", 50, "r"),
    ("% Desc.", 30, "r"),
    ("Total USD", 58, "r"),
    ("F. entrega", RIGHT - LEFT - 492, "c"),
]
SIZE, LEAD, GAP = 7.0, 8.6, 5.0
BOTTOM = 60.0


def items() -> list[tuple]:
    return [item for item in ITEMS if len(item) > 2]


def cl(value: Decimal | str, places: int = 2) -> str:
    """Chilean numbers: 1.234,56 (a dot between thousands, a decimal comma)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


money = cl


def net(qty: str, price: str, discount: str) -> Decimal:
    gross = Decimal(qty) * Decimal(price)
    if discount:
        gross *= 1 - Decimal(discount) / 100
    return gross.quantize(CENT, ROUND_HALF_UP)


def lines_total() -> Decimal:
    return sum((net(item[3], item[5], item[6]) for item in items()), Decimal(0))


def discount() -> Decimal:
    return (lines_total() * DOC_DISCOUNT / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return lines_total() - discount()


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=text,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=net(qty, price, disc),
        )
        for n, (code, _, text, qty, unit, price, disc, _, _) in enumerate(items(), start=1)
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


def cl_date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def wrap(text: str, width: float, font: str = FONT) -> list[str]:
    lines: list[str] = []
    for word in text.split(" "):
        if lines and stringWidth(f"{lines[-1]} {word}", font, SIZE) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _cell(c, col: int, base: float, value: str, font: str = FONT) -> None:
    edges = _edges()
    align = COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 2.5, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, edges[col] + 2.5, base, value, font, SIZE)


def _company(c, page: int, pages: int) -> float:
    top = HEIGHT - 40
    draw.text(c, LEFT, top, BUYER, BOLD, 12)
    for k, line in enumerate(
        (
            "RUT: 76.912.458-3",
            "Giro: Fabricación de equipos y repuestos para minería",
            "Av. Apoquindo 4501, Of. 1203, Las Condes, Santiago - Chile",
            "Tel.: +56 2 2941 7700 · compras@emcordillera.cl",
        )
    ):
        draw.text(c, LEFT, top - 13 - 9.5 * k, line, FONT, 7.5)
    box_x, box_w = RIGHT - 190, 190.0
    draw.text(c, RIGHT, top + 4, "ORDEN DE COMPRA", BOLD, 14, "right")
    c.setLineWidth(0.7)
    c.rect(box_x, top - 58, box_w, 50)
    rows = [
        ("N°", PO),
        ("Fecha contabilización", cl_date(ORDER_DATE)),
        ("Fecha documento", cl_date(ORDER_DATE)),
        ("Fecha de entrega", cl_date(DELIVERY)),
        ("Página", f"{page} de {pages}"),
    ]
    for k, (label, value) in enumerate(rows):
        y = top - 17 - 9.5 * k
        draw.text(c, box_x + 6, y, label, BOLD if k == 0 else FONT, 7.5)
        draw.text(c, RIGHT - 6, y, value, BOLD if k == 0 else FONT, 7.5, "right")
    return top - 70


def _parties(c, top: float) -> float:
    half = (RIGHT - LEFT) / 2
    blocks = [
        (
            LEFT,
            "Proveedor",
            [
                "Código: P00042",
                OUR_NAME_EN,
                "No. 88 Jinfeng Road, Suzhou New District",
                "Jiangsu 215163, China",
                "Contacto: Wang Lei",
            ],
        ),
        (
            LEFT + half + 6,
            "Dirección de entrega",
            ["Centro de Distribución Lo Boza - Recepción", STREET, TOWN, "Chile"],
        ),
    ]
    c.setLineWidth(0.5)
    for x, title, lines in blocks:
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(x, top - 12, half - 6, 12, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, top - 68, half - 6, 56)
        draw.text(c, x + 4, top - 9, title, BOLD, 7.5)
        for k, line in enumerate(lines):
            draw.text(c, x + 4, top - 22 - 9.5 * k, line, FONT, 7.5)
    top -= 76
    x = LEFT + half + 6
    draw.text(c, x, top, "Dirección de facturación", BOLD, 7.5)
    draw.text(c, x, top - 9.5, f"{BUYER} · Av. Apoquindo 4501, Of. 1203, Las Condes", FONT, 7)
    draw.text(c, LEFT, top, "Tel. proveedor: +86 512 6665 8801", FONT, 7)
    return top - 18


def _strip(c, top: float) -> float:
    boxes = [
        ("Comprador", "Camila Rojas", 84),
        ("Referencia", "Cotización QH-Q2026-1232 del 02-12-2026", 152),
        ("Moneda", "USD", 40),
        ("Condiciones de pago", TERMS, 136),
        ("Incoterm", "FOB Shanghai", 80),
        ("Vía", "Marítimo", RIGHT - LEFT - 492),
    ]
    x = LEFT
    c.setLineWidth(0.5)
    for label, value, width in boxes:
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(x, top - 11, width, 11, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, top - 25, width, 14)
        draw.text(c, x + 3, top - 8.3, label, BOLD, 6.8)
        draw.text(c, x + 3, top - 21, value, FONT, 7.2)
        x += width
    return top - 34


def _heads(c, top: float) -> float:
    edges = _edges()
    c.setFillColorRGB(0.2, 0.27, 0.4)
    c.rect(LEFT, top - 14, RIGHT - LEFT, 14, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    for col, (heading, _, align) in enumerate(COLUMNS):
        if align == "r":
            draw.text(c, edges[col + 1] - 2.5, top - 9.8, heading, BOLD, 7, "right")
        elif align == "c":
            draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 9.8, heading, BOLD, 7, "center")
        else:
            draw.text(c, edges[col] + 2.5, top - 9.8, heading, BOLD, 7)
    c.setFillColorRGB(0, 0, 0)
    return top - 14


def row_height(item: tuple) -> float:
    if len(item) == 2:
        return LEAD + GAP + 2
    lines = len(wrap(item[2], COLUMNS[3][1] - 5))
    return LEAD * (lines + (1 if item[7] else 0)) + GAP


def _row(c, top: float, n: int, item: tuple) -> float:
    edges = _edges()
    if len(item) == 2:
        draw.text(c, edges[3] + 2.5, top - 9.5, item[1], BOLD, 7.2)
        return top - row_height(item)
    code, catalog, text, qty, unit, price, disc, free, later = item
    base = top - 9
    cells = [
        str(n),
        code,
        catalog,
        "",
        cl(qty, 0),
        unit,
        cl(price, 4),
        cl(disc) if disc else "",
        cl(net(qty, price, disc)),
        cl_date(LATER if later else DELIVERY),
    ]
    for col, cell in enumerate(cells):
        if cell:
            _cell(c, col, base, cell)
    parts = wrap(text, COLUMNS[3][1] - 5)
    for k, part in enumerate(parts):
        _cell(c, 3, base - LEAD * k, part)
    if free:
        c.setFillColorRGB(0.3, 0.3, 0.3)
        draw.text(c, _edges()[3] + 2.5, base - LEAD * len(parts), free, ITALIC, 6.2)
        c.setFillColorRGB(0, 0, 0)
    bottom = top - row_height(item)
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.3)
    c.line(LEFT, bottom, RIGHT, bottom)
    c.setStrokeColorRGB(0, 0, 0)
    return bottom


def _foot(c, page: int, pages: int) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    draw.text(c, LEFT, 30, "SAP Business One 10.0 · Impreso por crojas el 10-12-2026 09:14", FONT, 6.5)
    draw.text(c, RIGHT, 30, f"Página {page} de {pages}", FONT, 6.5, "right")


def _totals(c, top: float) -> float:
    x_label, x_value = RIGHT - 200, RIGHT - 4
    rows = [
        ("Total antes del descuento", cl(lines_total())),
        (f"Descuento {cl(DOC_DISCOUNT)} %", f"-{cl(discount())}"),
        ("Gastos adicionales", "0,00"),
        ("Impuesto (IVA exento: importación)", "0,00"),
    ]
    top -= 14
    for label, value in rows:
        draw.text(c, x_label, top, label, FONT, 7.5)
        draw.text(c, x_value, top, value, FONT, 7.5, "right")
        top -= 11
    c.setLineWidth(0.7)
    c.line(x_label, top + 7, RIGHT, top + 7)
    draw.text(c, x_label, top - 4, "Total USD", BOLD, 9)
    draw.text(c, x_value, top - 4, cl(total()), BOLD, 9, "right")
    y = top + 44
    draw.text(c, LEFT, y, "Comentarios:", BOLD, 7.5)
    for k, line in enumerate(
        (
            "Basado en Solicitud de compra 1187.",
            "Indicar N° de orden de compra y código de artículo en factura,",
            "packing list y cada bulto. Despacho parcial solo con autorización.",
        )
    ):
        draw.text(c, LEFT, y - 10 - 9 * k, line, FONT, 7.2)
    top -= 60
    for k, label in enumerate(("Comprador: Camila Rojas", "Aprobado por: Jefe de Abastecimiento")):
        x = LEFT + 260 * k
        c.line(x, top, x + 180, top)
        draw.text(c, x, top - 10, label, FONT, 7.2)
    return top - 12


def _pages() -> list[list[int]]:
    pages: list[list[int]] = [[]]
    room = 330.0
    for index, item in enumerate(ITEMS):
        if room - row_height(item) < 0:
            pages.append([])
            room = 560.0
        pages[-1].append(index)
        room -= row_height(item)
    return pages


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Orden de compra {PO}")
    c.setPageSize((WIDTH, HEIGHT))
    chunks = _pages()
    n = 0
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        top = _company(c, page, len(chunks))
        if page == 1:
            top = _strip(c, _parties(c, top))
        y = _heads(c, top)
        for index in chunk:
            if len(ITEMS[index]) > 2:
                n += 1
            y = _row(c, y, n, ITEMS[index])
        if y < BOTTOM:
            raise AssertionError(f"page {page} overflows")
        if page == len(chunks) and _totals(c, y) < BOTTOM - 10:
            raise AssertionError("the totals do not fit")
        _foot(c, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
