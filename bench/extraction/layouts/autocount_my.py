"""Unseen layout: a Pasir Gudang (Johor) fabricator's PESANAN PEMBELIAN printed by AutoCount, USD, 1 page.

Kejuruteraan Teguh Jaya Sdn. Bhd. (palm-oil mill and process-plant fabrication) keeps its books and stock in
AutoCount Accounting, the package most Malaysian SMEs run, and prints its purchase order in Malay from the
package's own report (A4 portrait, Arial-like type), exported to PDF under the document number
(PO-2612-0418.pdf). What it prints: the company top left with its SSM registration in the new and the old
form (No. Syarikat: 201501014418 (1141418-K)), address, Tel / Faks / E-mel and its SST number; PESANAN
PEMBELIAN at the right over a ruled box of No. P/O, Tarikh 16/12/2026, Terma, Mata Wang USD, Kadar Tukaran
4.4520, Ruj. Anda (our quotation), Halaman 1 / 1; Kepada: (us, with U.P. the contact) beside Hantar Ke: (the
yard's address); Tarikh Penghantaran and Syarat Penghantaran (FOB Shanghai) in a strip; the line table of
Bil. | Kod Item (TJ-HW-0418) | Perihal (wrapped at words) | Kuantiti with the package's two decimals
(1,500.00; 62.50) | UOM (UNIT, PCS, SET, KG, MTR, BOX) | Harga Unit as keyed, two to four decimals (0.3650)
| Diskaun (5% on three lines, as AutoCount prints a line's discount) | Jumlah (USD) after it; 18 lines;
Jumlah Kecil, Jumlah Diskaun is not printed (the lines carry it), Cukai 0.00 and Jumlah Besar USD; the sum
in Malay words (DOLAR AMERIKA SYARIKAT: … SAHAJA); Catatan 1-4; Disediakan Oleh / Disemak Oleh / Diluluskan
Oleh with signature lines and the company's stamp line; a foot with the print time and "This is a computer
generated document" in Malay (Dokumen ini dijana oleh komputer).

Truth: the PO number No. P/O; the order date Tarikh; the requested delivery date Tarikh Penghantaran; the
currency USD; the buyer the company; the supplier Kepada (us); the ship-to address Hantar Ke; the payment
terms Terma; the total Jumlah Besar; per line the part number Kod Item, the description (wrapped lines
joined with a space), the unit UOM, the quantity, the unit price Harga Unit (before the discount) and the
amount Jumlah (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "PO-2612-0418.pdf"
BUYER = "KEJURUTERAAN TEGUH JAYA SDN. BHD."
PO = "PO-2612-0418"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 2, 5)
ADDRESS = "PLO 418, Jalan Keluli 7, Kawasan Perindustrian Pasir Gudang, 81700 Pasir Gudang, Johor, Malaysia"
TERMS = "T/T 30 hari dari tarikh B/L"
IN_WORDS = (
    "DOLAR AMERIKA SYARIKAT: DUA PULUH RIBU SEMBILAN RATUS LAPAN PULUH LAPAN DAN SEN TUJUH PULUH TIGA SAHAJA"
)
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
WIDTH, HEIGHT = A4
LEFT, RIGHT = 34.0, A4[0] - 34.0
# Kod Item, Perihal, UOM, Kuantiti, Harga Unit (USD), Diskaun %
ITEMS = [
    ("TJ-BR-6208", "Bearing 6208-2RS C3", "PCS", "200", "3.85", ""),
    (
        "TJ-BR-22216",
        "Spherical Roller Bearing 22216 EK C3 c/w Adapter Sleeve H316",
        "SET",
        "24",
        "86.40",
        "5",
    ),
    ("TJ-BR-UCP212", "Pillow Block Bearing UCP212", "UNIT", "40", "27.60", ""),
    ("TJ-SL-0455", "Oil Seal TC 45x65x10 NBR", "PCS", "600", "0.86", ""),
    ("TJ-SL-0812", "O-Ring 80x3.5 Viton", "PCS", "1000", "0.3650", ""),
    ("TJ-CH-4012", "Roller Chain 80-1 (RS80), 10 kaki sekotak", "BOX", "30", "64.50", ""),
    ("TJ-CH-4030", "Sprocket 80B 21T Bore 50mm c/w Keyway", "PCS", "20", "38.75", ""),
    ("TJ-GB-1040", "Gearbox Worm NMRV110 Ratio 1:40", "UNIT", "6", "312.00", "5"),
    ("TJ-MT-0755", "Motor Elektrik 7.5kW 4P 415V 50Hz IE3 B3", "UNIT", "8", "468.00", "5"),
    ("TJ-VL-2050", "Injap Bola 2 inci SS316 Flange PN16", "PCS", "36", "42.30", ""),
    ("TJ-VL-3080", "Injap Rama-rama 3 inci c/w Lever, EPDM", "PCS", "24", "28.90", ""),
    ("TJ-PP-1065", "Paip Keluli Tahan Karat SS304 2 inci Sch10", "MTR", "62.5", "18.40", ""),
    ("TJ-HW-0418", "Bolt Heksagon M16x60 Gred 8.8 HDG c/w Nat dan Sesendal", "PCS", "1500", "0.4250", ""),
    ("TJ-HW-0422", "Bolt Sauh M20x300 HDG", "PCS", "200", "1.96", ""),
    ("TJ-WD-7018", "Rod Kimpalan E7018 3.2mm (5 kg/kotak)", "KG", "250", "2.18", ""),
    ("TJ-SH-0306", "Plat Keluli Tahan Haus NM400 6mm", "KG", "1250.5", "1.42", ""),
    ("TJ-FL-0010", "Elemen Penapis Hidraulik 10 mikron", "PCS", "80", "12.65", ""),
    ("TJ-GA-0400", "Tolok Tekanan 0-400 bar 63mm Gliserin", "PCS", "50", "9.80", ""),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("Bil.",), 22, "c"),
        Column(("Kod Item",), 62, "l"),
        Column(("Perihal",), 0, "l"),
        Column(("Kuantiti",), 50, "r"),
        Column(("UOM",), 30, "c"),
        Column(("Harga Unit",), 50, "r"),
        Column(("Diskaun",), 36, "r"),
        Column(("Jumlah (USD)",), 60, "r"),
    ],
    size=7.5,
    line_h=9.5,
)


def money(value: Decimal | str, places: int = 2) -> str:
    """1,234.50: the package's number format."""
    return f"{Decimal(value):,.{places}f}"


def price(value: str) -> str:
    """Harga Unit as keyed: two to four decimals."""
    return money(value, len(value.partition(".")[2]))


def my_date(day: dt.date) -> str:
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
    top = HEIGHT - 40
    draw.text(c, LEFT, top, BUYER, BOLD, 12)
    after = LEFT + stringWidth(BUYER, BOLD, 12) + 6
    draw.text(c, after, top, "(No. Syarikat: 201501014418 (1141418-K))", FONT, 6.5)
    company = [
        "PLO 418, Jalan Keluli 7, Kawasan Perindustrian Pasir Gudang, 81700 Pasir Gudang, Johor.",
        "Tel: 07-251 4418   Faks: 07-251 4419   E-mel: pembelian@teguhjaya.com.my",
        "No. Pendaftaran SST: J31-1808-32004418",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 12 - 9 * k, value, FONT, 7)
    c.setLineWidth(1)
    c.line(LEFT, top - 36, RIGHT, top - 36)
    y = top - 56
    draw.text(c, RIGHT, y, "PESANAN PEMBELIAN", BOLD, 14, "right")
    box_x = RIGHT - 190
    rows = [
        ("No. P/O", PO),
        ("Tarikh", my_date(ORDER_DATE)),
        ("Terma", TERMS),
        ("Mata Wang", "USD"),
        ("Kadar Tukaran", "4.4520"),
        ("Ruj. Anda", "QH-Q26-1211"),
        ("Halaman", "1 / 1"),
    ]
    c.setLineWidth(0.5)
    c.rect(box_x, y - 10 - 11 * len(rows), 190, 11 * len(rows) + 4)
    for k, (label, value) in enumerate(rows):
        base = y - 14 - 11 * k
        draw.text(c, box_x + 4, base, label, FONT, 7.5)
        draw.text(c, box_x + 62, base, f": {value}", BOLD if k == 0 else FONT, 7.5)
    supplier = [
        OUR_NAME_EN,
        "No. 88 Huoju Road, Suzhou New District,",
        "215163 Suzhou, Jiangsu, China.",
        "Tel: +86 512 6618 4418",
        "U.P.: Ms. Chen Li (Sales)",
    ]
    draw.text(c, LEFT, y - 4, "Kepada:", BOLD, 7.5)
    for k, value in enumerate(supplier):
        draw.text(c, LEFT, y - 15 - 9.5 * k, value, BOLD if k == 0 else FONT, 7.5)
    draw.text(c, LEFT + 190, y - 4, "Hantar Ke:", BOLD, 7.5)
    ship = [
        "PLO 418, Jalan Keluli 7,",
        "Kawasan Perindustrian Pasir Gudang,",
        "81700 Pasir Gudang, Johor, Malaysia",
    ]
    for k, value in enumerate(ship):
        draw.text(c, LEFT + 190, y - 15 - 9.5 * k, value, FONT, 7.5)
    y -= 10 + 11 * len(rows) + 10
    strip = [
        ("Tarikh Penghantaran", my_date(DELIVERY)),
        ("Syarat Penghantaran", "FOB Shanghai (Incoterms 2020)"),
        ("Pembeli", "Nurul Aina binti Hassan"),
    ]
    third = (RIGHT - LEFT) / 3
    for k, (label, value) in enumerate(strip):
        x = LEFT + third * k
        c.rect(x, y - 24, third, 24)
        draw.text(c, x + 4, y - 9, label, BOLD, 7)
        draw.text(c, x + 4, y - 19, value, FONT, 7.5)
    return y - 32


def _item(c: Canvas, y: float, n: int, item: tuple) -> float:
    code, name, unit, qty, unit_price, discount = item
    cells = [
        [f"{n}"],
        [code],
        wrap_words(name, FONT, GRID.size, GRID.width(2)),
        [money(qty)],
        [unit],
        [price(unit_price)],
        [f"{discount}%" if discount else ""],
        [money(FIELDS.amount(item))],
    ]
    return GRID.cells(c, y, cells, FONT)


def _end(c: Canvas, y: float, top: float) -> float:
    frame_bottom = y - 6
    GRID.rules(c, top, frame_bottom)
    rows = [("Jumlah Kecil", money(total()), FONT), ("Cukai (0%)", "0.00", FONT)]
    rows.append(("Jumlah Besar USD", money(total()), BOLD))
    for k, (label, value, face) in enumerate(rows):
        base = frame_bottom - 12 - 12 * k
        draw.text(c, GRID.edges[7] - 6, base, label, face, 8, "right")
        draw.text(c, RIGHT - 2.5, base, value, face, 8, "right")
    c.line(GRID.edges[7], frame_bottom - 28, RIGHT, frame_bottom - 28)
    y = frame_bottom - 12
    for k, part in enumerate(wrap_words(IN_WORDS, BOLD, 7, GRID.edges[6] - LEFT - 100)):
        draw.text(c, LEFT, y - 10 * k, part, BOLD, 7)
    y = frame_bottom - 52
    draw.text(c, LEFT, y, "Catatan:", BOLD, 7.5)
    notes = [
        "1. Sila sahkan penerimaan pesanan ini dalam tempoh 3 hari bekerja.",
        "2. No. P/O mesti dinyatakan pada invois, senarai pembungkusan dan setiap kotak.",
        "3. Sijil Asal (Form ACFTA) dan sijil ujian kilang hendaklah disertakan bersama dokumen "
        "penghantaran.",
        "4. Penghantaran separa tidak dibenarkan tanpa kelulusan bertulis pembeli.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 9.5 * k, value, FONT, 7)
    y -= 11 + 9.5 * len(notes) + 34
    signs = [
        ("Disediakan Oleh", "Nurul Aina binti Hassan"),
        ("Disemak Oleh", "Tan Wei Liang"),
        ("Diluluskan Oleh", "Ir. Ahmad Faizal bin Omar"),
    ]
    third = (RIGHT - LEFT) / 3
    c.setLineWidth(0.4)
    for k, (role, name) in enumerate(signs):
        x = LEFT + third * k
        c.line(x + 8, y, x + third - 16, y)
        draw.text(c, x + 8, y - 10, role, BOLD, 7.5)
        draw.text(c, x + 8, y - 20, name, FONT, 7.5)
    draw.text(c, LEFT + 8, y - 32, "(Cop Syarikat)", FONT, 7)
    return y - 40


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(PO)
    c.setAuthor("AutoCount Accounting")
    c.setCreator("AutoCount Accounting 2.1")
    top = GRID.head(c, _head(c), BOLD, grey=0.88, lines=1)
    y = top
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item)
    if _end(c, y, top) < 56:
        raise AssertionError("the order runs into its foot")
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 34, "Dicetak pada 16/12/2026 11:24:37", FONT, 6.5)
    draw.text(c, RIGHT, 34, "Dokumen ini dijana oleh komputer.", FONT, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)
    c.showPage()
    c.save()
    return buffer.getvalue()
