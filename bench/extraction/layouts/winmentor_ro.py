"""Unseen layout: a Cluj-Napoca farm-machinery maker's WinMENTOR ENTERPRISE Comandă furnizor, EUR, 2 pages.

CARPATIA AGROMEC S.R.L. (Cluj-Napoca) keeps its stock, purchasing and books in WinMENTOR ENTERPRISE and
sends the supplier order (Comenzi furnizori -> Listare) as the PDF it prints (A4 portrait). What it
prints: the company top left with Nr. Reg. Com. J12/2841/2006, CUI RO18463915, Sediul, Cont (IBAN) / Banca
and phone; Furnizor: top right (us, China, our tax code); COMANDĂ FURNIZOR centred over a ruled strip of
labels over values (Nr. comandă CF-1874, Data comenzii 21.12.2026, Termen de livrare 15.02.2027, Moneda
EUR, Pagina 1 din 2); label: value rows (Condiții de plată OP la 60 de zile de la data facturii,
Condiții de livrare FCA Shanghai, Locul de livrare the warehouse's name, Adresa de livrare on a line of
its own, Persoană de contact, Referința dvs. our quotation); a ruled grid with a grey head: Nr. crt. | Cod
articol (the buyer's AG-10231) | Denumire articol (ă, â, î, ș, ț; wrapped at words in its column) | U.M.
(buc, set, m, kg, cutie) | Cantitate (Romanian numbers: 3.000,00; 412,50) | Preț unitar (EUR) with four
decimals (0,1150) | Disc. % (2,00 and 5,00 on three lines, empty on the rest) | Valoare (EUR) after the
discount | Termen livrare per line (two lines 31.01.2027); 20 lines, 13 on page 1; page 2 under a short
head (the company, COMANDĂ FURNIZOR Nr. CF-1874 din 21.12.2026 - continuare, Pagina 2 din 2) and the grid
head again; Total fără TVA / TVA 0% (import, TVA se plătește în vamă) / TOTAL COMANDĂ (EUR); Observații;
Întocmit / Aprobat with Semnătura și ștampila; a foot with the company, CUI and WinMENTOR ENTERPRISE on
both pages. DejaVu Sans (ș, ț with the comma below are not in the PDF base fonts' encoding).

Truth: the PO number Nr. comandă; the order date Data comenzii; the requested delivery date the head's
Termen de livrare; the currency EUR (Moneda); the buyer the company; the supplier Furnizor (us); the
ship-to address Adresa de livrare; the payment terms Condiții de plată; the total TOTAL COMANDĂ (EUR); per
line the part number Cod articol, the description Denumire articol (wrapped lines joined with a space), the
unit U.M., the quantity Cantitate, the unit price Preț unitar (before the Disc. %) and the amount Valoare
(after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from bench.extraction.layouts.kulcs_hu import fonts
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Comanda_furnizor_CF-1874.pdf"
BUYER = "CARPATIA AGROMEC S.R.L."
PO = "CF-1874"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 15)
EARLY = dt.date(2027, 1, 31)
PLACE = "Depozit central Carpatia Agromec"
ADDRESS = "Str. Fabricii de Zahăr nr. 41, 400632 Cluj-Napoca, jud. Cluj"
TERMS = "OP la 60 de zile de la data facturii"
CENT = Decimal("0.01")
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
PAGES, FIRST = 2, 13
# Cod articol, Denumire articol, U.M., Cantitate, Preț unitar (EUR), Disc. %, early delivery
ITEMS = [
    ("AG-10231", "Rulment radial cu bile 6205-2RS C3", "buc", "3000", "1.3800", "", False),
    ("AG-10236", "Rulment radial cu bile 6306-ZZ", "buc", "1200", "2.9500", "", False),
    ("AG-10412", "Lagăr cu carcasă fontă UCP 206, cu ungător", "buc", "400", "7.8500", "", True),
    ("AG-11020", "Lanț cu role simplu 12B-1, oțel călit, rolă de 5 m", "m", "600", "4.1200", "2", False),
    ("AG-11035", "Roată dințată pentru lanț 12B-1, z=19, butuc sudat", "buc", "240", "9.6000", "", False),
    ("AG-12008", "Șurub cap hexagonal M10×40 gr. 8.8, zincat", "buc", "20000", "0.0650", "", False),
    ("AG-12011", "Piuliță autoblocantă M10, zincată", "buc", "20000", "0.0420", "", False),
    ("AG-12015", "Șaibă plată M10 DIN 125, zincată", "buc", "20000", "0.0110", "", False),
    ("AG-12230", "Știft elastic 6×30 DIN 1481", "buc", "5000", "0.0380", "", False),
    ("AG-13104", "Inel de etanșare (simering) 40×62×8, NBR", "buc", "1500", "0.4600", "", False),
    ("AG-13110", "Bucșă bronz 30×36×30, cu canal de ungere", "buc", "800", "2.1500", "", False),
    ("AG-14002", "Arc de compresiune din oțel de arc, 2,5×25×80", "buc", "1000", "0.3400", "", False),
    ("AG-15001", "Țeavă hidraulică trasă la rece 20×2 mm, E235", "m", "412.5", "3.2800", "", False),
    ("AG-15012", 'Racord drept 20L - 3/4" BSP, oțel zincat', "buc", "600", "1.9200", "", False),
    ("AG-16020", "Curea trapezoidală îngustă SPB 1800", "buc", "300", "6.4000", "5", False),
    ("AG-16031", "Fulie fontă SPB 2 canale, Ø 160 mm, bucșă conică", "buc", "120", "18.9000", "5", True),
    ("AG-17005", "Cuplaj elastic cu gheare, mărime 28", "set", "150", "11.2500", "", False),
    ("AG-18002", "Vaselină pe bază de litiu EP2, găleată 18 kg", "kg", "360", "2.7500", "", False),
    (
        "AG-19010",
        "Inel de siguranță pentru arbore DIN 471, Ø30 (cutie 100 buc)",
        "cutie",
        "50",
        "6.9000",
        "",
        False,
    ),
    ("AG-19900", "Palet lemn tratat ISPM 15, 1200×800", "buc", "8", "14.0000", "", False),
]
COLS = [  # title, width, align
    ("Nr.\ncrt.", 24, "c"),
    ("Cod\narticol", 48, "l"),
    ("Denumire articol", 168, "l"),
    ("U.M.", 28, "c"),
    ("Cantitate", 50, "r"),
    ("Preț unitar\n(EUR)", 52, "r"),
    ("Disc.\n%", 30, "r"),
    ("Valoare\n(EUR)", 62, "r"),
    ("Termen\nlivrare", 0, "c"),
]
COLS[-1] = ("Termen\nlivrare", RIGHT - LEFT - sum(width for _, width, _ in COLS), "c")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 7.5, 9.5


def ro_number(value: Decimal | str, places: int = 2) -> str:
    """1.234,56: Romanian thousands with a dot, decimal comma."""
    return f"{Decimal(value):,.{places}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def money(value: Decimal | str) -> str:
    return ro_number(value)


def ro_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def line_total(item: tuple) -> Decimal:
    gross = amount(item[3], item[4])
    return (gross * (100 - Decimal(item[5] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[3]),
            unit=item[2],
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


def _company(c: Canvas, font: str, bold: str, top: float) -> None:
    draw.text(c, LEFT, top, BUYER, bold, 12)
    rows = [
        "Nr. Reg. Com.: J12/2841/2006",
        "CUI: RO18463915",
        "Sediul: Str. Traian Vuia nr. 208, 400397 Cluj-Napoca, jud. Cluj",
        "Cont: RO49 BTRL 0130 1202 8451 7301, Banca Transilvania",
        "Tel.: 0264 415 208, e-mail: aprovizionare@carpatia-agromec.ro",
    ]
    for k, value in enumerate(rows):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, font, 7.5)


def _head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 44
    _company(c, font, bold, top)
    x = LEFT + 330
    draw.text(c, x, top, "Furnizor:", bold, 8.5)
    supplier = [
        "No. 88 Huoju Road, Suzhou New District",
        "215163 Suzhou, Jiangsu, China",
        "Cod fiscal: 91320505MA1N7QK25T",
    ]
    draw.text(c, x, top - 12, OUR_NAME_EN, bold, 7.5)
    for k, value in enumerate(supplier):
        draw.text(c, x, top - 22 - 9.5 * k, value, font, 7.5)
    y = top - 82
    draw.text(c, WIDTH / 2, y, "COMANDĂ FURNIZOR", bold, 14, "center")
    strip = [
        ("Nr. comandă", PO),
        ("Data comenzii", ro_date(ORDER_DATE)),
        ("Termen de livrare", ro_date(DELIVERY)),
        ("Moneda", "EUR"),
        ("Pagina", f"1 din {PAGES}"),
    ]
    width = (RIGHT - LEFT) / len(strip)
    y -= 12
    c.setLineWidth(0.5)
    for k, (label, value) in enumerate(strip):
        x0 = LEFT + k * width
        c.rect(x0, y - 28, width, 28)
        draw.text(c, x0 + width / 2, y - 10, label, font, 7, "center")
        draw.text(c, x0 + width / 2, y - 23, value, bold, 9, "center")
    y -= 44
    rows = [
        ("Condiții de plată:", TERMS),
        ("Condiții de livrare:", "FCA Shanghai (Incoterms 2020)"),
        ("Locul de livrare:", PLACE),
        ("Adresa de livrare:", ADDRESS),
        ("Persoană de contact:", "ing. Andrei Mureșan, tel. 0744 318 902"),
        ("Referința dvs.:", "oferta QH-Q26-1219 din 18.12.2026"),
    ]
    for k, (label, value) in enumerate(rows):
        draw.text(c, LEFT, y - 11 * k, label, bold, 8)
        draw.text(c, LEFT + 104, y - 11 * k, value, font, 8)
    y -= 11 * len(rows) + 2
    draw.text(c, LEFT, y, "Vă rugăm să ne livrați următoarele produse, în condițiile de mai jos:", font, 8)
    return y - 8


def _short_head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 44
    _company(c, font, bold, top)
    y = top - 82
    title = f"COMANDĂ FURNIZOR Nr. {PO} din {ro_date(ORDER_DATE)} - continuare"
    draw.text(c, WIDTH / 2, y, title, bold, 11, "center")
    draw.text(c, RIGHT, y - 14, f"Pagina 2 din {PAGES}", font, 7.5, "right")
    return y - 22


def _cells(c: Canvas, y: float, cells: list[str], font: str, height: float) -> None:
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for edge in EDGES[1:-1]:
        c.line(edge, y, edge, y - height)
    for k, value in enumerate(cells):
        align = COLS[k][2]
        for n, part in enumerate(value.split("\n")):
            base = y - 10 - LINE_H * n
            if align == "r":
                draw.text(c, EDGES[k + 1] - 3, base, part, font, SIZE, "right")
            elif align == "c":
                draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, part, font, SIZE, "center")
            else:
                draw.text(c, EDGES[k] + 3, base, part, font, SIZE)


def _table_head(c: Canvas, y: float, bold: str) -> float:
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT, y - 24, RIGHT - LEFT, 24, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _cells(c, y, [title for title, _, _ in COLS], bold, 24)
    return y - 24


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, unit, qty, cost, discount, early = item
    parts = wrap_words(name, font, SIZE, COLS[2][1] - 6)
    cells = [str(n), code, "\n".join(parts), unit, ro_number(qty), ro_number(cost, 4)]
    cells += [ro_number(discount) if discount else "", money(line_total(item))]
    cells.append(ro_date(EARLY if early else DELIVERY))
    height = 5 + LINE_H * len(parts)
    _cells(c, y, cells, font, height)
    return y - height


def _totals(c: Canvas, y: float, font: str, bold: str) -> float:
    x = EDGES[4]
    rows = [
        ("Total fără TVA:", money(total()), font),
        ("TVA 0% (import, TVA se plătește în vamă):", money(0), font),
        ("TOTAL COMANDĂ (EUR):", money(total()), bold),
    ]
    y -= 14
    for label, value, face in rows:
        draw.text(c, EDGES[7] - 6, y, label, face, 8.5, "right")
        draw.text(c, EDGES[8] - 3, y, value, face, 8.5, "right")
        y -= 12
    c.setLineWidth(0.8)
    c.line(x, y + 21, EDGES[8], y + 21)
    y -= 10
    draw.text(c, LEFT, y, "Observații:", bold, 8)
    notes = [
        "1. Vă rugăm să menționați numărul comenzii noastre pe factură, pe lista de colisaj și pe fiecare "
        "colet.",
        "2. Certificat de origine și certificat de calitate 3.1 (EN 10204) pentru articolele din oțel.",
        "3. Confirmați comanda în termen de 3 zile lucrătoare, prin e-mail, cu termenul de livrare.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 10 * k, value, font, 7.5)
    y -= 60
    draw.text(c, LEFT + 20, y, "Întocmit,", bold, 8.5)
    draw.text(c, LEFT + 20, y - 12, "Andrei Mureșan, responsabil aprovizionare", font, 8)
    draw.text(c, RIGHT - 170, y, "Aprobat,", bold, 8.5)
    draw.text(c, RIGHT - 170, y - 12, "Ioan Pătrașcu, director general", font, 8)
    draw.text(c, RIGHT - 170, y - 34, "Semnătura și ștampila", font, 7.5)
    return y - 34


def _foot(c: Canvas, font: str, page: int) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    draw.text(c, LEFT, 30, f"{BUYER} · CUI RO18463915 · J12/2841/2006", font, 6.5)
    draw.text(c, WIDTH / 2, 30, "WinMENTOR ENTERPRISE", font, 6.5, "center")
    draw.text(c, RIGHT, 30, f"Pagina {page} din {PAGES}", font, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font, bold = fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Comandă furnizor {PO}")
    c.setAuthor(BUYER)
    c.setCreator("WinMENTOR ENTERPRISE")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _head(c, font, bold) if page == 1 else _short_head(c, font, bold)
        y = _table_head(c, y, bold)
        for n, item in enumerate(chunk, start=1 + (FIRST if page == 2 else 0)):
            y = _item(c, y, n, item, font)
        if page == PAGES:
            y = _totals(c, y, font, bold)
        if y < 50:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, font, page)
        c.showPage()
    c.save()
    return buffer.getvalue()
