"""Unseen layout: a Mexican pump maker's "Orden de compra" as Aspel SAE prints it, in US dollars, 2 pages.

A León (Guanajuato) maker of centrifugal pumps imports bearings, seals, shafts and fasteners from us and
runs Aspel SAE (the administrative package most Mexican SMEs use beside CONTPAQi), printing its orders
with the standard "Orden de compra" format: Spanish labels throughout, the company block with its RFC
(the tax id: HBB080714AK2, letters and digits) top left, a box top right with ORDEN DE COMPRA, Folio
OC-4518, Fecha and Página 1 de 2; a PROVEEDOR box (the supplier's Clave 00087, our name, address, the
generic foreign RFC XEXX010101000 Aspel needs for a supplier abroad, a contact with a Chinese phone
number) beside a LUGAR DE ENTREGA box (the plant, the street line and the C.P. / town line, the person
who receives); two strips of ruled label-over-value boxes (Fecha de elaboración | Fecha de entrega |
Requisición REQ-1187 | Su cotización with the quotation's own date | Moneda USD - Dólar americano | Tipo
de cambio 17.2350; Condiciones de pago | Método de pago | Incoterm | Vía de embarque | Comprador). Dates
dd/mm/yyyy, numbers US style (1,234.56), quantities with two decimals (400.00; 212.50 KG), costs with
four (0.9200), Mexican units PZA / JGO / MTS / KG / CJA. The partidas: Part. | Clave | Descripción |
Cantidad | Unidad | Costo unitario | Desc. % | Importe; Aspel's long upper-case descriptions WRAP over
two or three lines inside their column, and three partidas carry an "Obs.:" line in smaller italics
under the description (the partida's observaciones). As on a Mexican CFDI, the Importe is cantidad x
costo BEFORE the discount: the three discounted partidas (Desc. % 5.00 / 2.00) are netted only in the
totals (Importe, Descuento, Subtotal, I.V.A. 0%, Total USD), so the total is less than the sum of the
Importe column. Under the totals the Importe con letra, "(DIEZ MIL ... DÓLARES 33/100 USD)"; Observaciones,
Elaboró / Autorizó / Recibí de conformidad, "Fecha de impresión" with its own date and time, and the
Aspel SAE line at the foot. Page 2 repeats the company block, the Folio box (Página 2 de 2) and the
column heads, not the supplier or the strips.

Truth: the PO number Folio (OC-4518; not the Requisición, the supplier's Clave or the quotation); the
order date Fecha (= Fecha de elaboración); the requested delivery date Fecha de entrega; the currency USD
(Moneda; not the MXN of the Tipo de cambio); the buyer the company top left; the supplier the PROVEEDOR
box's name (us); the ship-to address the LUGAR DE ENTREGA street line and C.P. line joined with ", "
(the plant's name above and the Recibe line under them are not part of it); the payment terms
Condiciones de pago (not the Método de pago); the total Total USD (net of the Descuento); per partida the
part number Clave, the description the whole Descripción (its wrapped lines joined with a space; the
Obs.: lines are not part of it), the unit Unidad, the quantity Cantidad, the unit price Costo unitario and
the amount Importe (cantidad x costo: the discount is not in it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth

from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "OrdenCompra_OC-4518.pdf"
BUYER = "Hidráulica y Bombeo del Bajío, S.A. de C.V."
PO = "OC-4518"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2027, 1, 22)
STREET = "Carretera León-Silao Km 8.5, Parque Industrial Santa Fe III"
TOWN = "C.P. 36270, Silao de la Victoria, Gto., México"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "Crédito 60 días fecha de embarque"
CENT = Decimal("0.01")
FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
# Clave, Descripción, Obs., Unidad, Cantidad, Costo unitario, Desc. %
ITEMS = [
    (
        "RB-6205-2RS",
        "RODAMIENTO RÍGIDO DE BOLAS 6205-2RS C3 SELLADO AMBOS LADOS",
        "",
        "PZA",
        "400",
        "0.92",
        "",
    ),
    (
        "RB-6305-ZZ",
        "RODAMIENTO RÍGIDO DE BOLAS 6305-ZZ C3 CON ESCUDOS METÁLICOS",
        "",
        "PZA",
        "250",
        "1.86",
        "",
    ),
    ("RB-6308-ZZ", "RODAMIENTO RÍGIDO DE BOLAS 6308-ZZ C3", "", "PZA", "120", "3.15", ""),
    ("RC-30207", "RODAMIENTO DE RODILLOS CÓNICOS 30207", "", "PZA", "80", "4.48", "5"),
    (
        "SM-21-25",
        "SELLO MECÁNICO TIPO 21 FLECHA 25 MM CARBÓN / CERÁMICA / NBR",
        "Obs.: Empaque individual con etiqueta de código de barras",
        "PZA",
        "150",
        "6.75",
        "",
    ),
    (
        "SM-21-35",
        "SELLO MECÁNICO TIPO 21 FLECHA 35 MM CARBURO DE SILICIO / VITÓN",
        "",
        "PZA",
        "60",
        "14.80",
        "",
    ),
    ("OR-5031-N70", "O-RING 50 X 3.1 NBR 70 SHORE A", "", "PZA", "2000", "0.045", ""),
    ("OR-8035-FKM", "O-RING 80 X 3.55 FKM (VITÓN) 75 SHORE A", "", "PZA", "600", "0.26", ""),
    ("RT-4562-TC", "RETÉN TC 45 X 62 X 8 NBR DOBLE LABIO CON RESORTE", "", "PZA", "500", "0.38", ""),
    (
        "IM-160-BR",
        "IMPULSOR CERRADO DE BRONCE 160 MM BARRENO 24 MM CON CUÑERO, BALANCEADO G6.3",
        "Obs.: Incluir certificado de balanceo",
        "PZA",
        "30",
        "42.50",
        "",
    ),
    (
        "FL-24-420",
        "FLECHA PARA BOMBA ACERO INOXIDABLE 420 DIÁMETRO 24 X 312 MM SEGÚN PLANO HBB-F-0312 REV. C",
        "Obs.: Plano enviado por correo el 05/12/2026",
        "PZA",
        "30",
        "21.40",
        "5",
    ),
    ("CU-087-C45", "CUÑA 8 X 7 X 32 MM ACERO C45", "", "PZA", "500", "0.18", ""),
    ("CP-L100", "COPLE DE MANDÍBULAS L100 CON ARAÑA DE POLIURETANO", "", "JGO", "25", "11.90", ""),
    ("TO-M10-35", "TORNILLO HEXAGONAL M10 X 35 ACERO INOXIDABLE 316", "", "PZA", "2000", "0.165", ""),
    ("TU-M10-316", "TUERCA HEXAGONAL M10 ACERO INOXIDABLE 316", "", "PZA", "2000", "0.075", ""),
    ("RO-M10-316", "RONDANA PLANA M10 ACERO INOXIDABLE 316", "", "PZA", "4000", "0.028", ""),
    ("MG-25-PVC", "MANGUERA DE SUCCIÓN PVC REFORZADA 25 MM (1 PULG.)", "", "MTS", "150", "1.85", ""),
    ("BR-C836-40", "BARRA DE BRONCE C83600 DIÁMETRO 40 MM", "", "KG", "212.5", "9.80", "2"),
    ("BD-50-316", "BRIDA 50 MM ACERO INOXIDABLE 316 PN16 CUELLO SOLDABLE", "", "PZA", "40", "12.35", ""),
    (
        "EM-50-GRF",
        "EMPAQUE PARA BRIDA 2 PULG. GRAFITO FLEXIBLE CON INSERTO DE ACERO",
        "",
        "PZA",
        "200",
        "0.64",
        "",
    ),
    ("GR-EP2-400", "GRASA EP2 DE LITIO, CAJA CON 24 CARTUCHOS DE 400 G", "", "CJA", "12", "28.80", ""),
    (
        "ET-INOX-HBB",
        "ETIQUETA DE IDENTIFICACIÓN DE ACERO INOXIDABLE GRABADA LÁSER CON LOGOTIPO HBB Y NÚMERO DE SERIE",
        "",
        "PZA",
        "300",
        "0.42",
        "",
    ),
]
LEFT, RIGHT = 42.0, draw.PAGE_WIDTH - 42.0
COLUMNS = [  # heading, width, align
    ("Part.", 24, "c"),
    ("Clave", 62, "l"),
    ("Descripción", 196, "l"),
    ("Cantidad", 48, "r"),
    ("Unidad", 34, "c"),
    ("Costo unitario", 56, "r"),
    ("Desc. %", 34, "r"),
    ("Importe", 57.28, "r"),
]
SIZE, LEAD = 7.3, 9.4
BOTTOM = 200.0  # page 1's table stops here (the foot of page 1 carries "Continúa ...")
ONES = ["", "UN", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE"]
TEENS = ["DIEZ", "ONCE", "DOCE", "TRECE", "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO"]
TEENS.append("DIECINUEVE")
TWENTIES = ["VEINTE", "VEINTIÚN", "VEINTIDÓS", "VEINTITRÉS", "VEINTICUATRO", "VEINTICINCO", "VEINTISÉIS"]
TWENTIES += ["VEINTISIETE", "VEINTIOCHO", "VEINTINUEVE"]
TENS = ["", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
HUNDREDS = ["", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS", "SEISCIENTOS"]
HUNDREDS += ["SETECIENTOS", "OCHOCIENTOS", "NOVECIENTOS"]


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def gross(qty: str, price: str) -> Decimal:
    """The Importe: cantidad x costo, before the discount (as on a CFDI)."""
    value = Decimal(qty) * Decimal(price)
    assert value == value.quantize(CENT), (qty, price)
    return value.quantize(CENT)


def discount(qty: str, price: str, percent: str) -> Decimal:
    return (gross(qty, price) * Decimal(percent or "0") / 100).quantize(CENT, ROUND_HALF_UP)


def importe() -> Decimal:
    return sum((gross(item[4], item[5]) for item in ITEMS), Decimal(0))


def discounts() -> Decimal:
    return sum((discount(item[4], item[5], item[6]) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return importe() - discounts()


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("CIEN" if n == 100 else HUNDREDS[hundreds])
    if 10 <= rest < 20:
        words.append(TEENS[rest - 10])
    elif 20 <= rest < 30:
        words.append(TWENTIES[rest - 20])
    elif rest >= 30:
        words.append(TENS[rest // 10] + (f" Y {ONES[rest % 10]}" if rest % 10 else ""))
    elif rest:
        words.append(ONES[rest])
    return " ".join(words)


def in_words(value: Decimal) -> str:
    """Importe con letra: (DIEZ MIL ... DÓLARES 33/100 USD), as Mexican documents write amounts."""
    whole, cents = divmod(int((value * 100).to_integral_value()), 100)
    thousands, rest = divmod(whole, 1000)
    words = []
    if thousands:
        words.append("MIL" if thousands == 1 else f"{_below_thousand(thousands)} MIL")
    if rest:
        words.append(_below_thousand(rest))
    return f"({' '.join(words) or 'CERO'} DÓLARES {cents:02d}/100 USD)"


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=text,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=gross(qty, price),
        )
        for n, (code, text, _, unit, qty, price, _) in enumerate(ITEMS, start=1)
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


def wrap(text: str, width: float, font: str = FONT, size: float = SIZE) -> list[str]:
    """The description as Aspel's report wraps it: by words, inside its column."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _company(c, top: float) -> None:
    draw.text(c, LEFT, top, BUYER, BOLD, 11.5)
    block = [
        "Blvd. Aeropuerto 2511, Col. Los Ramírez, C.P. 37545",
        "León, Guanajuato, México",
        "RFC: HBB080714AK2    Tel. (477) 710 4520",
        "compras@hbbajio.com.mx",
    ]
    for k, text in enumerate(block):
        draw.text(c, LEFT, top - 13 - 9.5 * k, text, FONT, 7.5)


def _folio(c, top: float, page: int, pages: int) -> None:
    x, width = RIGHT - 165, 165
    c.setLineWidth(0.8)
    c.rect(x, top - 56, width, 62)
    c.setFillColorRGB(0.85, 0.88, 0.93)
    c.rect(x, top - 12, width, 18, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, x + width / 2, top - 6, "ORDEN DE COMPRA", BOLD, 11, "center")
    draw.text(c, x + 8, top - 25, "Folio:", FONT, 8)
    draw.text(c, x + width - 8, top - 25, PO, BOLD, 10, "right")
    draw.text(c, x + 8, top - 38, "Fecha:", FONT, 8)
    draw.text(c, x + width - 8, top - 38, ORDER_DATE.strftime("%d/%m/%Y"), FONT, 8, "right")
    draw.text(c, x + 8, top - 51, "Página:", FONT, 8)
    draw.text(c, x + width - 8, top - 51, f"{page} de {pages}", FONT, 8, "right")


def _box(c, x: float, top: float, width: float, title: str, lines: list[tuple[str, str]]) -> None:
    height = 16 + 10 * len(lines)
    c.setLineWidth(0.6)
    c.rect(x, top - height, width, height)
    c.setFillColorRGB(0.85, 0.88, 0.93)
    c.rect(x, top - 12, width, 12, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, x + 5, top - 9, title, BOLD, 7.5)
    for k, (text, font) in enumerate(lines):
        draw.text(c, x + 5, top - 22 - 10 * k, text, font, 7.5)


def _strip(c, top: float, boxes: list[tuple[str, str, float]]) -> float:
    x = LEFT
    c.setLineWidth(0.6)
    for label, value, width in boxes:
        c.setFillColorRGB(0.85, 0.88, 0.93)
        c.rect(x, top - 11, width, 11, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, top - 25, width, 25)
        draw.text(c, x + 3, top - 8, label, BOLD, 6.6)
        draw.text(c, x + 3, top - 21, value, FONT, 7.4)
        x += width
    return top - 25


def _first_head(c, pages: int) -> float:
    top = draw.PAGE_HEIGHT - 44
    _company(c, top)
    _folio(c, top + 6, 1, pages)
    top -= 66
    supplier = [
        ("Clave: 00087", FONT),
        (OUR_NAME_EN, BOLD),
        ("No. 88 Fengli Street, Suzhou Industrial Park", FONT),
        ("Suzhou, Jiangsu 215021, China", FONT),
        ("RFC: XEXX010101000", FONT),
        ("Contacto: Chen Hao   Tel. +86 512 6283 1180", FONT),
    ]
    delivery = [
        ("Almacén General - Planta Silao", BOLD),
        (STREET, FONT),
        (TOWN, FONT),
        ("Recibe: Ing. Ramón Cárdenas   Tel. (472) 748 2210", FONT),
        ("Horario de recepción: lunes a viernes de 8:00 a 15:00 h", FONT),
    ]
    half = (RIGHT - LEFT - 8) / 2
    _box(c, LEFT, top, half, "PROVEEDOR", supplier)
    _box(c, LEFT + half + 8, top, half, "LUGAR DE ENTREGA", delivery)
    top -= 16 + 10 * len(supplier) + 8
    top = _strip(
        c,
        top,
        [
            ("Fecha de elaboración", ORDER_DATE.strftime("%d/%m/%Y"), 84),
            ("Fecha de entrega", DELIVERY.strftime("%d/%m/%Y"), 74),
            ("Requisición", "REQ-1187", 66),
            ("Su cotización", "QH-Q2026-1204 del 05/12/2026", 116),
            ("Moneda", "USD - Dólar americano", 94),
            ("Tipo de cambio", "17.2350", RIGHT - LEFT - 434),
        ],
    )
    top = _strip(
        c,
        top,
        [
            ("Condiciones de pago", TERMS, 150),
            ("Método de pago", "Transferencia electrónica", 104),
            ("Incoterm", "FOB Shanghai", 70),
            ("Vía de embarque", "Marítimo", 70),
            ("Comprador", "Ing. Alejandra Villaseñor", RIGHT - LEFT - 394),
        ],
    )
    return top - 10


def _next_head(c, page: int, pages: int) -> float:
    top = draw.PAGE_HEIGHT - 44
    _company(c, top)
    _folio(c, top + 6, page, pages)
    return top - 66


def _heads(c, top: float) -> float:
    """The column heads on a grey band, placed as the format's designer put them: over their field's edge."""
    edges = _edges()
    c.setFillColorRGB(0.85, 0.88, 0.93)
    c.rect(LEFT, top - 14, edges[-1] - LEFT, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    c.line(LEFT, top, edges[-1], top)
    c.line(LEFT, top - 14, edges[-1], top - 14)
    for col, (heading, _, align) in enumerate(COLUMNS):
        if align == "r":
            draw.text(c, edges[col + 1] - 3, top - 10, heading, BOLD, 7, "right")
        elif align == "c":
            draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 10, heading, BOLD, 7, "center")
        else:
            draw.text(c, edges[col] + 3, top - 10, heading, BOLD, 7)
    return top - 14


def _partida(c, y: float, n: int, item: tuple) -> float:
    """One partida: the first row with every column, the wrapped description and the Obs. line under it."""
    code, text, note, unit, qty, price, percent = item
    edges = _edges()
    cells = [
        str(n),
        code,
        "",
        f"{Decimal(qty):,.2f}",
        unit,
        f"{Decimal(price):,.4f}",
        f"{Decimal(percent or '0'):.2f}",
        money(gross(qty, price)),
    ]
    base = y - 9
    for col, value in enumerate(cells):
        align = COLUMNS[col][2]
        if align == "r":
            draw.text(c, edges[col + 1] - 3, base, value, FONT, SIZE, "right")
        elif align == "c":
            draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, FONT, SIZE, "center")
        elif value:
            draw.text(c, edges[col] + 3, base, value, FONT, SIZE)
    for k, part in enumerate(wrap(text, COLUMNS[2][1] - 6)):
        draw.text(c, edges[2] + 3, base - LEAD * k, part, FONT, SIZE)
        y_last = base - LEAD * k
    if note:
        y_last -= LEAD
        draw.text(c, edges[2] + 9, y_last, note, ITALIC, 6.4)
    bottom = y_last - 4.5
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.line(LEFT, bottom, edges[-1], bottom)
    c.setStrokeColorRGB(0, 0, 0)
    return bottom


def _height(item: tuple) -> float:
    lines = len(wrap(item[1], COLUMNS[2][1] - 6)) + (1 if item[2] else 0)
    return 9 + LEAD * (lines - 1) + 4.5


def _totals(c, y: float) -> float:
    rows = [
        ("Importe", money(importe())),
        ("Descuento", money(discounts())),
        ("Subtotal", money(total())),
        ("I.V.A. 0%", money(0)),
        ("Total USD", money(total())),
    ]
    x = RIGHT - 170
    y -= 6
    c.setLineWidth(0.6)
    for k, (label, value) in enumerate(rows):
        last = k == len(rows) - 1
        if last:
            c.setFillColorRGB(0.85, 0.88, 0.93)
            c.rect(x, y - 14, 170, 14, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.rect(x, y - 14, 170, 14)
        draw.text(c, x + 5, y - 10, label, BOLD if last else FONT, 8)
        draw.text(c, RIGHT - 5, y - 10, value, BOLD if last else FONT, 8, "right")
        y -= 14
    draw.text(c, LEFT, y + 56, "Importe con letra:", BOLD, 7.5)
    for k, part in enumerate(wrap(in_words(total()), RIGHT - LEFT - 190, FONT, 7.5)):
        draw.text(c, LEFT, y + 45 - 9.5 * k, part, FONT, 7.5)
    return y


def _footer(c, y: float) -> None:
    notes = [
        "Favor de indicar nuestro número de orden de compra en factura, lista de empaque y en cada caja.",
        "Factura a nombre de Hidráulica y Bombeo del Bajío, S.A. de C.V., RFC HBB080714AK2.",
        "Enviar certificado de origen y certificados de material con el embarque.",
        "No se aceptan embarques parciales.",
    ]
    y -= 16
    draw.text(c, LEFT, y, "Observaciones:", BOLD, 7.5)
    for k, text in enumerate(notes):
        draw.text(c, LEFT, y - 10 - 9.5 * k, text, FONT, 7.2)
    y -= 10 + 9.5 * len(notes) + 40
    for k, (label, name) in enumerate(
        (
            ("Elaboró", "Ing. Alejandra Villaseñor"),
            ("Autorizó", "Lic. Fernando Arreola Ruiz"),
            ("Recibí de conformidad", "Proveedor"),
        )
    ):
        x = LEFT + 10 + 175 * k
        c.line(x, y, x + 145, y)
        draw.text(c, x + 72, y - 10, label, BOLD, 7.5, "center")
        draw.text(c, x + 72, y - 20, name, FONT, 7.2, "center")


def _page_foot(c) -> None:
    draw.text(c, LEFT, 26, "Fecha de impresión: 10/12/2026 09:14:37", FONT, 6.5)
    draw.text(c, RIGHT, 26, "Aspel SAE 9.0", FONT, 6.5, "right")


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Orden de compra {PO}")
    pages = 2
    y = _heads(c, _first_head(c, pages))
    page = 1
    for n, item in enumerate(ITEMS, start=1):
        if y - _height(item) < BOTTOM:
            draw.text(c, RIGHT, y - 14, "Continúa en la página siguiente ...", ITALIC, 7, "right")
            _page_foot(c)
            c.showPage()
            page += 1
            y = _heads(c, _next_head(c, page, pages))
        y = _partida(c, y, n, item)
    if page != pages:
        raise AssertionError(f"{page} pages, not {pages}")
    y = _totals(c, y)
    _footer(c, y)
    _page_foot(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
