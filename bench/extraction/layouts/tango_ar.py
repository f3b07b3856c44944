"""Unseen layout: a Rafaela (Santa Fe) agricultural-machinery maker's ORDEN DE COMPRA from Tango Gestión, USD.

Metalúrgica Pampa S.A. builds seeders and sprayers and keeps its buying in Tango Gestión (Axoft), the
package most Argentine mid-sized firms run; Compras prints the purchase order on its own form (A4 portrait,
Helvetica-like type) exported to PDF under the form's name and number (ORDEN DE COMPRA 0001-00004182.pdf).
What it prints, in Argentine Spanish: the company top left with its address and IVA Responsable Inscripto;
ORDEN DE COMPRA and N° 0001-00004182 (the point-of-sale prefix Tango numbers its forms with) top right, Fecha
15/12/2026, C.U.I.T. 30-71041823-7, Ing. Brutos and Inicio de Actividades; a ruled box for the supplier
(Proveedor: code and us, Domicilio, País China, Id. fiscal) beside one for the order (Cond. de compra,
Moneda U$S, Cotización, Fecha de entrega 22/02/2027, Lugar de entrega, Comprador); the item table Artículo
(RD-6205-2RS, Tango's article codes) | Descripción (wrapped at words over a second line as the description
and its descripción adicional print) | Cantidad (1.500,00) | U.M. (UN, JGO, KG, MT, CJ) | Precio Unit.
with the keyed decimals (0,3650) | % Bonif. (5,00 on four lines) | Importe; 17 lines; Subtotal, Bonif.
general 0,00, I.V.A. 0,00 (paid at the customs clearance, on the despacho), TOTAL U$S; the sum in words
(Son dólares estadounidenses: … con 45/100); Observaciones 1-3; Confeccionó / Autorizó / Recibí conforme
(firma y aclaración); a foot with Hoja 1 de 1 and the Tango user and time.

Truth: the PO number N°; the order date Fecha; the requested delivery date Fecha de entrega; the currency
USD; the buyer the company; the supplier Proveedor (us); the ship-to address Lugar de entrega; the payment
terms Cond. de compra; the total TOTAL U$S; per line the part number Artículo, the description (its lines
joined with a space), the unit U.M., the quantity, the unit price Precio Unit. (before the bonificación)
and the amount Importe (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "ORDEN DE COMPRA 0001-00004182.pdf"
BUYER = "METALÚRGICA PAMPA S.A."
PO = "0001-00004182"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 2, 22)
ADDRESS = "Depósito Planta Rafaela, Ruta Nacional 34 Km 227, (2300) Rafaela, Santa Fe, Argentina"
TERMS = "30% anticipado, saldo a 60 días fecha B/L"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = A4
LEFT, RIGHT = 32.0, A4[0] - 32.0
# Artículo, Descripción (and its descripción adicional), U.M., Cantidad, Precio Unit. (U$S), % Bonif.
ITEMS = [
    ("RD-6205-2RS", "Rodamiento rígido de bolas 6205-2RS C3", "UN", "1500", "1.18", ""),
    (
        "RD-22212-EK",
        "Rodamiento oscilante de rodillos 22212 EK C3 con manguito de montaje H312",
        "UN",
        "40",
        "58.40",
        "5",
    ),
    ("RD-UCFL-207", "Soporte con rodamiento UCFL207 (brida oval, fundición gris)", "UN", "120", "9.85", ""),
    ("RT-TC-5072", "Retén TC 50x72x8 NBR", "UN", "800", "0.74", ""),
    ("RT-OR-3535", "O-Ring 35x3,5 Viton", "UN", "2000", "0.3650", ""),
    ("CD-ASA80-1", "Cadena de rodillos ASA 80-1 (caja x 3,05 m)", "CJ", "60", "47.20", ""),
    ("CD-PIN-80Z", "Piñón ASA 80 Z=17 agujero 40 mm con chavetero y prisionero", "UN", "90", "21.35", "5"),
    (
        "MR-NMRV090",
        "Motorreductor sin fin corona NMRV 090 i=30 con motor 2,2 kW 4P 380 V",
        "UN",
        "12",
        "286.00",
        "5",
    ),
    ("HD-CIL-6330", "Cilindro hidráulico doble efecto 63x30 carrera 300 mm", "UN", "24", "112.50", ""),
    ("HD-MAN-1238", 'Manguera hidráulica SAE 100R2AT 3/8" (rollo 50 m)', "MT", "250", "3.96", ""),
    ("HD-VAL-4WE6", "Válvula direccional 4WE6 J 24 VDC", "UN", "30", "64.80", "5"),
    (
        "BL-HEX-1650",
        "Bulón hexagonal M16x50 clase 8.8 cincado con tuerca y arandela",
        "JGO",
        "2000",
        "0.4250",
        "",
    ),
    ("BL-PAR-1030", "Perno de anclaje M10x30", "UN", "1000", "0.185", ""),
    ("CH-NM400-06", "Chapa antidesgaste NM400 esp. 6 mm", "KG", "1250.5", "1.42", ""),
    ("EL-E7018-32", "Electrodo E7018 3,2 mm (caja x 5 kg)", "KG", "250", "2.26", ""),
    ("FL-HID-010", "Elemento filtrante hidráulico 10 micrones retorno", "UN", "150", "11.70", ""),
    (
        "MN-GLI-0400",
        'Manómetro 0-400 bar 63 mm con glicerina, conexión inferior 1/4" BSP',
        "UN",
        "80",
        "8.95",
        "",
    ),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("Artículo",), 62, "l"),
        Column(("Descripción",), 0, "l"),
        Column(("Cantidad",), 52, "r"),
        Column(("U.M.",), 28, "c"),
        Column(("Precio Unit.",), 54, "r"),
        Column(("% Bonif.",), 36, "r"),
        Column(("Importe",), 62, "r"),
    ],
    size=7.5,
    line_h=9.5,
)
UNITS = (
    "",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
)
UNITS += ("trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte")
UNITS += ("veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis")
UNITS += ("veintisiete", "veintiocho", "veintinueve")
TENS = ("", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
HUNDREDS = ("", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos")
HUNDREDS += ("setecientos", "ochocientos", "novecientos")


def money(value: Decimal | str, places: int = 2) -> str:
    """1.234,56: the dot groups thousands and the comma parts the decimals, as Argentina writes them."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def price(value: str) -> str:
    """Precio Unit. with the decimals it was keyed with, two at least."""
    return money(value, max(2, len(value.partition(".")[2])))


def _below_thousand(n: int) -> str:
    if n == 100:
        return "cien"
    hundreds, rest = divmod(n, 100)
    if rest < 30:
        tail = UNITS[rest]
    else:
        tens, unit = divmod(rest, 10)
        tail = TENS[tens] + (f" y {UNITS[unit]}" if unit else "")
    return " ".join(part for part in (HUNDREDS[hundreds], tail) if part)


def in_words(amount: Decimal) -> str:
    """23456.78 -> veintitrés mil cuatrocientos cincuenta y seis con 78/100 (below a million)."""
    whole, cents = divmod(int(amount * 100), 100)
    thousands, rest = divmod(whole, 1000)
    head = "" if not thousands else "mil" if thousands == 1 else f"{_below_thousand(thousands)} mil"
    head = head.replace("uno mil", "un mil").replace("veintiuno mil", "veintiún mil")
    words = " ".join(part for part in (head, _below_thousand(rest)) if part)
    return f"{words} con {cents:02d}/100"


def ar_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def total() -> Decimal:
    return FIELDS.total(ITEMS)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _head(c: Canvas) -> float:
    top = HEIGHT - 42
    draw.text(c, LEFT, top, BUYER, BOLD, 13)
    company = [
        "Ruta Nacional 34 Km 227 - (2300) Rafaela - Santa Fe",
        "Tel.: (03492) 44-1823 - compras@metpampa.com.ar",
        "IVA Responsable Inscripto",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, FONT, 7.5)
    draw.text(c, RIGHT, top, "ORDEN DE COMPRA", BOLD, 14, "right")
    fiscal = [
        (f"N° {PO}", BOLD, 10),
        (f"Fecha: {ar_date(ORDER_DATE)}", FONT, 8),
        ("C.U.I.T.: 30-71041823-7", FONT, 7.5),
        ("Ing. Brutos: 921-418235-6", FONT, 7.5),
        ("Inicio de Actividades: 01/03/1998", FONT, 7.5),
    ]
    for k, (value, face, size) in enumerate(fiscal):
        draw.text(c, RIGHT, top - 15 - 10 * k, value, face, size, "right")
    y = top - 70
    half = (RIGHT - LEFT) / 2
    supplier = [
        ("Proveedor:", f"QIH001 - {OUR_NAME_EN}"),
        ("Domicilio:", "No. 88 Huoju Road, Suzhou New District"),
        ("Localidad:", "215163 Suzhou, Jiangsu"),
        ("País:", "China"),
        ("Id. fiscal:", "91320505MA1Q4182XK"),
    ]
    order = [
        ("Cond. de compra:", TERMS),
        ("Moneda:", "U$S - Dólar estadounidense"),
        ("Cotización:", "1.045,50"),
        ("Fecha de entrega:", ar_date(DELIVERY)),
        ("Comprador:", "Ing. Marcelo Gaitán"),
    ]
    c.setLineWidth(0.6)
    for k, rows in enumerate((supplier, order)):
        x = LEFT + half * k
        c.rect(x, y - 8 - 11 * len(rows), half - (4 if k == 0 else 0), 8 + 11 * len(rows))
        for n, (label, value) in enumerate(rows):
            base = y - 11 - 11 * n
            draw.text(c, x + 4, base, label, BOLD, 7.5)
            draw.text(c, x + 74, base, value, FONT, 7.5)
    y -= 8 + 11 * len(supplier) + 4
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15)
    draw.text(c, LEFT + 4, y - 10.5, "Lugar de entrega:", BOLD, 7.5)
    draw.text(c, LEFT + 78, y - 10.5, ADDRESS, FONT, 7.5)
    return y - 22


def _item(c: Canvas, y: float, item: tuple) -> float:
    code, name, unit, qty, unit_price, discount = item
    cells = [
        [code],
        wrap_words(name, FONT, GRID.size, GRID.width(1)),
        [money(qty)],
        [unit],
        [price(unit_price)],
        [money(discount or "0")],
        [money(FIELDS.amount(item))],
    ]
    return GRID.cells(c, y, cells, FONT)


def _end(c: Canvas, y: float, top: float) -> float:
    bottom = y - 4
    GRID.rules(c, top, bottom)
    rows = [
        ("Subtotal", money(total()), FONT),
        ("Bonif. general 0,00 %", "0,00", FONT),
        ("I.V.A. (se abona en despacho)", "0,00", FONT),
        ("TOTAL U$S", money(total()), BOLD),
    ]
    for k, (label, value, face) in enumerate(rows):
        base = bottom - 12 - 11 * k
        draw.text(c, GRID.edges[5] - 6, base, label, face, 8, "right")
        draw.text(c, RIGHT - 2.5, base, value, face, 8, "right")
    c.line(GRID.edges[5], bottom - 38, RIGHT, bottom - 38)
    words = f"Son dólares estadounidenses: {in_words(total())}."
    for k, part in enumerate(wrap_words(words, FONT, 7.5, GRID.edges[4] - LEFT - 60)):
        draw.text(c, LEFT, bottom - 12 - 10 * k, part, FONT, 7.5)
    y = bottom - 62
    draw.text(c, LEFT, y, "Observaciones:", BOLD, 7.5)
    notes = [
        "1. Indicar el N° de orden de compra en la factura comercial, packing list y en cada bulto.",
        "2. Enviar certificado de origen, B/L y factura comercial para el despacho a plaza con 10 días de "
        "anticipación.",
        "3. Embalaje apto para transporte marítimo; pallets de madera con sello NIMF 15.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 9.5 * k, value, FONT, 7)
    y -= 11 + 9.5 * len(notes) + 36
    third = (RIGHT - LEFT) / 3
    c.setLineWidth(0.4)
    for k, role in enumerate(("Confeccionó", "Autorizó", "Recibí conforme (firma y aclaración)")):
        x = LEFT + third * k
        c.line(x + 10, y, x + third - 14, y)
        draw.text(c, x + third / 2 - 2, y - 10, role, FONT, 7.5, "center")
    return y - 14


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"ORDEN DE COMPRA {PO}")
    c.setAuthor("Tango Gestión")
    c.setCreator("Tango Gestión - Compras")
    top = GRID.head(c, _head(c), BOLD, grey=0.86, lines=1)
    y = top
    for item in ITEMS:
        y = _item(c, y, item)
    if _end(c, y, top) < 50:
        raise AssertionError("the order runs into its foot")
    draw.text(c, LEFT, 30, "Usuario: MGAITAN - 15/12/2026 17:42", FONT, 6.5)
    draw.text(c, RIGHT, 30, "Hoja 1 de 1", FONT, 6.5, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
