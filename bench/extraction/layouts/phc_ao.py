"""Unseen layout: a Luanda importer's Encomenda a Fornecedor printed from PHC CS (Angola, Portuguese), USD.

Kwanza Ferragens e Materiais, Lda. imports hardware, pumps and fittings for the building trade and keeps its
books and purchasing in PHC CS (the Portuguese package most Angolan firms of its size run, in its Angolan
edition). The buyer prints the Encomenda a Fornecedor from the Compras module (A4 portrait) and sends the PDF
PHC writes under the document and its number (Encomenda a Fornecedor n.º 418.pdf). What it prints, as
written in Angola (pre-reform spelling: Director, Recepção): the company top left (Contribuinte n.º, Rua,
Luanda, Telef. / Telemóvel / E-mail); Exmo.(s) Sr.(s) with us in a box at the right; Encomenda a Fornecedor
n.º 418 with Original; a ruled strip Data 18.12.2026 | V/ Referência | Moeda USD | Câmbio | Requisitante |
Pág. 1/1; Data de Entrega Prevista 26.02.2027, Condições de Pagamento, Local de Descarga and Expedição
(CIF Luanda) under it; the table Referência (KF-BB-0418) | Designação (wrapped at words) | Qtd. (1.500,00;
62,50) | Un. (UN, CX, JG, MT, KG, RL) | Preço Unit. (0,3650) | Desc. % (5,00 and 10,00 on five lines) |
Total after it, numbers with a dot for thousands and a comma for decimals; 17 lines; Total Ilíquido, Total
Desconto, Total Líquido, IVA 0,00 (imported: paid at the Customs) and Total (USD); São: the sum in words;
Observações 1-3; O Requisitante / O Director Comercial / A Administração; a foot with Processado por
computador | PHC CS and Pág. 1/1.

Truth: the PO number n.º 418; the order date Data; the requested delivery date Data de Entrega Prevista; the
currency USD; the buyer the company; the supplier Exmo.(s) Sr.(s) (us); the ship-to address Local de
Descarga; the payment terms Condições de Pagamento; the total Total (USD); per line the part number
Referência, the description (wrapped lines joined with a space), the unit, the quantity, the unit price
Preço Unit. (before the discount) and the amount Total (after it).
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

FILENAME = "Encomenda a Fornecedor n.º 418.pdf"
BUYER = "Kwanza Ferragens e Materiais, Lda."
PO = "418"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 2, 26)
ADDRESS = "Armazém Central, Estrada de Catete km 18, Zona Industrial de Viana, Luanda, Angola"
TERMS = "30% antecipado, 70% contra cópia do B/L"
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
# Referência, Designação, Un., Qtd., Preço Unit. (USD), Desc. %
ITEMS = [
    (
        "KF-BB-0418",
        "Electrobomba centrífuga 1,5 HP 220V monofásica, corpo em ferro fundido",
        "UN",
        "40",
        "96.50",
        "",
    ),
    (
        "KF-BB-0425",
        "Electrobomba submersível 2 HP para poço de 4 polegadas, com 30 m de cabo",
        "UN",
        "24",
        "218.00",
        "5",
    ),
    ("KF-BB-0510", "Pressostato 1,4-2,8 bar com manómetro", "UN", "60", "8.75", ""),
    ("KF-VL-1020", "Válvula de esfera latão 1 polegada PN25", "UN", "300", "4.36", ""),
    ("KF-VL-1032", "Válvula de retenção em latão 2 polegadas, mola em aço inox", "UN", "120", "11.80", ""),
    ("KF-TB-2063", "Tubo PEAD PE100 63 mm PN10 (rolo de 100 m)", "MT", "1200", "2.15", "5"),
    ("KF-TB-2110", "Tubo PVC pressão 110 mm PN6, barra de 6 m", "MT", "62.5", "4.80", ""),
    ("KF-AC-3025", "Cotovelo 90° PPR 25 mm", "CX", "80", "12.40", ""),
    ("KF-AC-3032", "Tê igual PPR 32 mm (caixa de 50 unidades)", "CX", "60", "18.25", ""),
    (
        "KF-FR-4016",
        "Parafuso sextavado M16x60 classe 8.8 galvanizado com porca e anilha",
        "UN",
        "1500",
        "0.3650",
        "",
    ),
    ("KF-FR-4210", "Bucha de nylon 10 mm com parafuso", "CX", "200", "3.95", ""),
    (
        "KF-FR-4800",
        "Jogo de chaves de boca e luneta 6-22 mm, 12 peças, aço cromo-vanádio",
        "JG",
        "50",
        "14.60",
        "10",
    ),
    ("KF-EL-5015", "Cabo eléctrico H07RN-F 3G2,5 mm² (rolo de 100 m)", "RL", "30", "86.00", ""),
    ("KF-EL-5102", "Disjuntor diferencial 2P 40A 30mA", "UN", "150", "9.85", "5"),
    ("KF-SD-6018", "Eléctrodo de soldadura E6013 3,2 mm", "KG", "250.5", "2.40", ""),
    ("KF-FT-7010", "Fita veda-rosca PTFE 19 mm x 12 m", "CX", "100", "6.30", ""),
    (
        "KF-MN-8063",
        "Manómetro glicerina 0-10 bar, mostrador 63 mm, ligação inferior 1/4",
        "UN",
        "200",
        "3.45",
        "5",
    ),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("Referência",), 62, "l"),
        Column(("Designação",), 0, "l"),
        Column(("Qtd.",), 50, "r"),
        Column(("Un.",), 24, "c"),
        Column(("Preço Unit.",), 50, "r"),
        Column(("Desc. %",), 36, "r"),
        Column(("Total",), 62, "r"),
    ],
    size=7.5,
    line_h=9.5,
)
UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze"]
UNITS += ["doze", "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos"]
HUNDREDS += ["oitocentos", "novecentos"]


def money(value: Decimal | str, places: int = 2) -> str:
    """1.234,50: the package's Angolan regional format."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def price(value: str) -> str:
    """Preço Unit. with the article's two to four decimals."""
    return money(value, max(2, len(value.partition(".")[2])))


def pt_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _below_thousand(n: int) -> str:
    if n == 100:
        return "cem"
    hundreds, rest = divmod(n, 100)
    words = [HUNDREDS[hundreds]] if hundreds else []
    if rest:
        tens, unit = divmod(rest, 10)
        small = UNITS[rest] if rest < 20 else TENS[tens] + (f" e {UNITS[unit]}" if unit else "")
        words.append(small)
    return " e ".join(words)


def in_words(amount: Decimal) -> str:
    """23.456,78 -> vinte e três mil quatrocentos e cinquenta e seis dólares americanos e setenta e oito
    cêntimos (amounts below a million)."""
    cents = int((amount * 100).to_integral_value())
    whole, cent = divmod(cents, 100)
    thousands, rest = divmod(whole, 1000)
    words = ""
    if thousands:
        words = "mil" if thousands == 1 else f"{_below_thousand(thousands)} mil"
    if rest:
        joint = " e " if rest < 100 or rest % 100 == 0 else " "
        words = f"{words}{joint if words else ''}{_below_thousand(rest)}"
    words += " dólares americanos"
    if cent:
        words += f" e {_below_thousand(cent)} cêntimos"
    return words[0].upper() + words[1:]


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
    draw.text(c, LEFT, top, BUYER, BOLD, 12)
    company = [
        "Contribuinte n.º 5417041182",
        "Rua Comandante Che Guevara, n.º 118, Maianga",
        "Luanda - Angola",
        "Telef.: +244 222 334 418   Telemóvel: +244 923 504 418",
        "E-mail: compras@kwanzaferragens.co.ao",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9 * k, value, FONT, 7.5)
    box_x = LEFT + 290
    draw.text(c, box_x, top + 2, "Exmo.(s) Sr.(s)", FONT, 7.5)
    c.setLineWidth(0.5)
    c.roundRect(box_x, top - 56, RIGHT - box_x, 52, 4)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "China"]
    for k, value in enumerate(supplier):
        draw.text(c, box_x + 8, top - 14 - 10 * k, value, BOLD if k == 0 else FONT, 8)
    y = top - 84
    draw.text(c, LEFT, y, f"Encomenda a Fornecedor n.º {PO}", BOLD, 13)
    draw.text(c, RIGHT, y, "Original", BOLD, 9, "right")
    strip = [
        ("Data", pt_date(ORDER_DATE)),
        ("V/ Referência", "Cotação QH-Q26-1214"),
        ("Moeda", "USD"),
        ("Câmbio", "912,4500"),
        ("Requisitante", "Edson Kiala"),
        ("Pág.", "1/1"),
    ]
    widths = [64, 118, 50, 64, 0, 40]
    widths[4] = RIGHT - LEFT - sum(widths)
    x, y = LEFT, y - 10
    for (label, value), width in zip(strip, widths, strict=True):
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(x, y - 11, width, 11, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, y - 24, width, 24)
        c.line(x, y - 11, x + width, y - 11)
        draw.text(c, x + 3, y - 8, label, BOLD, 7)
        draw.text(c, x + 3, y - 20.5, value, FONT, 7.5)
        x += width
    y -= 38
    rows = [
        ("Data de Entrega Prevista:", pt_date(DELIVERY)),
        ("Condições de Pagamento:", TERMS),
        ("Local de Descarga:", ADDRESS),
        ("Expedição:", "CIF Luanda (Incoterms 2020), via marítima"),
    ]
    for k, (label, value) in enumerate(rows):
        draw.text(c, LEFT, y - 10 * k, label, BOLD, 7.5)
        draw.text(c, LEFT + 104, y - 10 * k, value, FONT, 7.5)
    return y - 10 * len(rows) - 4


def _item(c: Canvas, y: float, item: tuple) -> float:
    code, name, unit, qty, unit_price, discount = item
    cells = [
        [code],
        wrap_words(name, FONT, GRID.size, GRID.width(1)),
        [money(qty)],
        [unit],
        [price(unit_price)],
        [money(discount) if discount else ""],
        [money(FIELDS.amount(item))],
    ]
    return GRID.cells(c, y, cells, FONT)


def _end(c: Canvas, y: float, top: float) -> float:
    GRID.rules(c, top, y - 4)
    gross = sum((Decimal(item[3]) * Decimal(item[4]) for item in ITEMS), Decimal(0))
    rows = [
        ("Total Ilíquido", money(gross), FONT),
        ("Total Desconto", money(gross - total()), FONT),
        ("Total Líquido", money(total()), FONT),
        ("IVA (importação: liquidado na Alfândega)", "0,00", FONT),
        ("Total (USD)", money(total()), BOLD),
    ]
    y -= 16
    for k, (label, value, face) in enumerate(rows):
        draw.text(c, RIGHT - 74, y - 11 * k, label, face, 8, "right")
        draw.text(c, RIGHT - 2.5, y - 11 * k, value, face, 8, "right")
    y -= 11 * len(rows) + 6
    for k, part in enumerate(wrap_words(f"São: {in_words(total())}", FONT, 7.5, RIGHT - LEFT)):
        draw.text(c, LEFT, y - 10 * k, part, FONT, 7.5)
    y -= 26
    draw.text(c, LEFT, y, "Observações:", BOLD, 7.5)
    notes = [
        "1. Mencionar o n.º desta encomenda na factura, na lista de embalagem e em todos os volumes.",
        "2. Enviar por e-mail a factura proforma, o B/L, o certificado de origem e o certificado de",
        "   inspecção pré-embarque antes da chegada do navio ao Porto de Luanda.",
        "3. Recepção de mercadoria no armazém de 2.ª a 6.ª feira, das 8h00 às 15h00.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 9.5 * k, value, FONT, 7)
    y -= 11 + 9.5 * len(notes) + 36
    signs = [
        ("O Requisitante", "Edson Kiala"),
        ("O Director Comercial", "Mateus Ngola"),
        ("A Administração", ""),
    ]
    third = (RIGHT - LEFT) / 3
    for k, (role, name) in enumerate(signs):
        x = LEFT + third * k
        draw.text(c, x + third / 2, y + 10, role, FONT, 7.5, "center")
        c.line(x + 14, y - 8, x + third - 14, y - 8)
        draw.text(c, x + third / 2, y - 17, name, FONT, 7, "center")
    return y - 20


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Encomenda a Fornecedor n.º {PO}")
    c.setCreator("PHC CS")
    top = GRID.head(c, _head(c), BOLD, grey=0.9, lines=1)
    y = top
    for item in ITEMS:
        y = _item(c, y, item)
    if _end(c, y, top) < 50:
        raise AssertionError("the order runs into its foot")
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    draw.text(c, LEFT, 31, "Processado por computador | PHC CS", FONT, 6.5)
    draw.text(c, RIGHT, 31, "Pág. 1/1", FONT, 6.5, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
