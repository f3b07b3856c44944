"""Unseen layout: a Surabaya distributor's Pesanan Pembelian printed by Accurate Online, in USD, 2 pages.

PT Sumber Teknik Abadi (industrial bearings, seals and hydraulics, Surabaya) imports from China and keeps
its books in Accurate Online; the purchase order is the standard print (Cetak → Pesanan Pembelian) saved
to PDF. What Accurate prints: the company name and address top left, PESANAN PEMBELIAN top right over a
ruled box No. Pesanan | Tgl Pesanan (15 Des 2026: Indonesian month abbreviations); Pemasok (us, our
address) and Kirim Ke (the company, then its warehouse address) side by side in boxes; a ruled strip
Syarat Pembayaran | FOB | Tgl Kirim | Mata Uang | Pengiriman; the table Kode Barang | Nama Barang |
Kts | Satuan | @Harga | Diskon | Total Harga with US numbers (the order is in USD: 1,250.00), the item
discount as a percentage (0 when none) and Total Harga after it; 28 lines, 18 on page 1; page 2 repeats
the company, the title, No. Pesanan / Tgl Pesanan and the column heads; Sub Total, Diskon, PPN, Biaya Lain
and Total in a box under the table; Keterangan; the signature boxes Dibuat Oleh / Disetujui Oleh; the
print line with Halaman n dari 2.

Truth: the PO number No. Pesanan; the order date Tgl Pesanan; the requested delivery date Tgl Kirim; the
currency USD; the buyer the company's name; the supplier Pemasok's name (us); the ship-to address Kirim
Ke's address lines (under the company's name) joined with ", "; the payment terms Syarat Pembayaran; the
total Total; per line the part number Kode Barang, the description Nama Barang, the quantity Kts, the unit
Satuan, the unit price @Harga and the amount Total Harga (after the line's discount).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4

from bench.extraction.layouts._amounts import CENT
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Pesanan_Pembelian_PO.2612.00187.pdf"
BUYER = "PT Sumber Teknik Abadi"
PO = "PO.2612.00187"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 1, 29)
ADDRESS_LINES = ["Jl. Rungkut Industri III No. 18 (Gudang 2)", "Surabaya 60293, Jawa Timur"]
ADDRESS = ", ".join(ADDRESS_LINES)
TERMS = "T/T 30% DP, 70% sebelum kirim"
BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
FONT, BOLD = draw.LATIN_FONT, draw.LATIN_BOLD
LEFT, RIGHT = 34.0, A4[0] - 34.0
PER_PAGE = 18
# Kode Barang, Nama Barang, Satuan, Kts, @Harga, Diskon %
ITEMS = [
    ("BRG-6201-2RS", "Bearing 6201-2RS C3", "PCS", "2000", "0.46", "0"),
    ("BRG-6203-2RS", "Bearing 6203-2RS C3", "PCS", "2000", "0.58", "0"),
    ("BRG-6205-2RS", "Bearing 6205-2RS C3", "PCS", "1500", "0.88", "5"),
    ("BRG-6207-ZZ", "Bearing 6207-ZZ C3", "PCS", "800", "1.64", "5"),
    ("BRG-6308-ZZ", "Bearing 6308-ZZ C3", "PCS", "400", "3.40", "0"),
    ("BRG-NU209", "Bearing Roller NU209 ECP", "PCS", "120", "9.75", "0"),
    ("BRG-UCP205", "Pillow Block UCP205 (Cast Iron)", "PCS", "300", "3.90", "0"),
    ("BRG-UCF206", "Flange Bearing UCF206", "PCS", "200", "4.60", "0"),
    ("SEL-TC-3047", "Oil Seal TC 30x47x7 NBR", "PCS", "3000", "0.22", "0"),
    ("SEL-TC-4562", "Oil Seal TC 45x62x8 NBR", "PCS", "2000", "0.36", "0"),
    ("SEL-OR-KIT", "O-Ring Kit NBR70 382 pcs", "BOX", "60", "12.50", "10"),
    ("SEL-HYD-6345", "Hydraulic Rod Seal UN 63x45x10 PU", "PCS", "500", "1.80", "0"),
    ("SEL-KIT-8050", "Seal Kit Cylinder 80/50", "SET", "150", "13.20", "0"),
    ("HOS-2SN-06", "Hydraulic Hose 2SN 3/8 inch", "MTR", "500", "2.35", "0"),
    ("HOS-2SN-10", "Hydraulic Hose 2SN 5/8 inch", "MTR", "300", "3.95", "0"),
    ("FIT-JIC-0606", "Hose Fitting JIC Female 06-06", "PCS", "1000", "0.62", "0"),
    ("FIT-JIC-1010", "Hose Fitting JIC Female 10-10", "PCS", "600", "0.98", "0"),
    ("FIT-ADP-M18", "Adaptor Male M18x1.5 - 1/2 BSP", "PCS", "800", "0.74", "0"),
    ("BLT-HX-M1040", "Hex Bolt M10x40 Gr 8.8 Zinc", "PCS", "5000", "0.09", "0"),
    ("BLT-HX-M1250", "Hex Bolt M12x50 Gr 8.8 Zinc", "PCS", "3000", "0.14", "0"),
    ("NUT-HX-M12", "Hex Nut M12 Gr 8 Zinc", "PCS", "3000", "0.04", "0"),
    ("PIN-CL-1060", "Clevis Pin 10x60 with R-Clip", "SET", "1000", "0.58", "0"),
    ("BSH-BR-3040", "Bronze Bush 30x40x30 CuSn8", "PCS", "250", "2.90", "0"),
    ("GRS-EP2-18", "Lithium Grease EP2 18 kg Pail", "PAIL", "40", "38.50", "0"),
    ("GRS-EP2-KG", "Lithium Grease EP2 (bulk)", "KG", "125.5", "2.20", "0"),
    ("VLV-4WE6-24", "Directional Valve 4WE6 24VDC", "PCS", "30", "56.00", "5"),
    ("PMP-GP-16", "Gear Pump Group 2, 16 cc/rev", "PCS", "24", "64.50", "0"),
    ("CPL-JAW-L100", "Jaw Coupling L100 with Spider", "SET", "80", "7.40", "0"),
]
COLUMNS = [  # heading, width, align
    ("Kode Barang", 82, "l"),
    ("Nama Barang", 186, "l"),
    ("Kts", 52, "r"),
    ("Satuan", 42, "c"),
    ("@Harga", 56, "r"),
    ("Diskon", 40, "r"),
    ("Total Harga", RIGHT - LEFT - 458, "r"),
]
ROW = 17.0


def money(value: Decimal | str, places: int = 2) -> str:
    return f"{Decimal(value):,.{places}f}"


def tanggal(day: dt.date) -> str:
    return f"{day.day:02d} {BULAN[day.month - 1]} {day.year}"


def quantity(qty: str) -> str:
    value = Decimal(qty)
    return money(value, 0) if value == value.to_integral_value() else money(value, 1)


def net(qty: str, price: str, disc: str) -> Decimal:
    value = Decimal(qty) * Decimal(price) * (100 - Decimal(disc)) / 100
    assert value == value.quantize(CENT), (qty, price, disc)
    return value.quantize(CENT)


def total() -> Decimal:
    return sum((net(qty, price, disc) for _, _, _, qty, price, disc in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=name,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=net(qty, price, disc),
        )
        for n, (code, name, unit, qty, price, disc) in enumerate(ITEMS, start=1)
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


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _cell(c, col: int, base: float, value: str, font: str = FONT, size: float = 8) -> None:
    edges, align = _edges(), COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 4, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, edges[col] + 4, base, value, font, size)


def _head(c, page: int) -> float:
    """The running head: company, title and the number/date box on every page."""
    top = A4[1] - 40
    draw.text(c, LEFT, top, BUYER, BOLD, 13)
    draw.text(c, LEFT, top - 12, "Jl. Kembang Jepun No. 112, Surabaya 60162, Jawa Timur", FONT, 7.5)
    draw.text(c, LEFT, top - 21, "Telp. (031) 353 8841  |  NPWP 01.847.263.5-614.000", FONT, 7.5)
    draw.text(c, RIGHT, top, "PESANAN PEMBELIAN", BOLD, 15, "right")
    x0, x1 = RIGHT - 210, RIGHT - 105
    c.setLineWidth(0.6)
    c.rect(x0, top - 44, 210, 30)
    c.line(x1, top - 44, x1, top - 14)
    c.line(x0, top - 27, RIGHT, top - 27)
    draw.text(c, (x0 + x1) / 2, top - 23.5, "No. Pesanan", BOLD, 7.5, "center")
    draw.text(c, (x1 + RIGHT) / 2, top - 23.5, "Tgl Pesanan", BOLD, 7.5, "center")
    draw.text(c, (x0 + x1) / 2, top - 39.5, PO, FONT, 8.5, "center")
    draw.text(c, (x1 + RIGHT) / 2, top - 39.5, tanggal(ORDER_DATE), FONT, 8.5, "center")
    return top - 56


def _parties(c, y: float) -> float:
    half = (RIGHT - LEFT - 10) / 2
    blocks = [
        (
            LEFT,
            "Pemasok",
            [OUR_NAME_EN, "Huoju Road 88, Suzhou New District", "Suzhou 215163, Jiangsu, China"],
        ),
        (LEFT + half + 10, "Kirim Ke", [BUYER, *ADDRESS_LINES]),
    ]
    for x, label, lines in blocks:
        c.rect(x, y - 52, half, 52)
        c.setFillGray(0.9)
        c.rect(x, y - 13, half, 13, stroke=1, fill=1)
        c.setFillGray(0)
        draw.text(c, x + 5, y - 9.5, label, BOLD, 8)
        for k, value in enumerate(lines):
            draw.text(c, x + 5, y - 24 - 10 * k, value, BOLD if k == 0 else FONT, 8)
    y -= 62
    strip = [
        ("Syarat Pembayaran", TERMS, 150),
        ("FOB", "Shanghai", 90),
        ("Tgl Kirim", tanggal(DELIVERY), 90),
        ("Mata Uang", "USD", 60),
        ("Pengiriman", "Sea Freight LCL", RIGHT - LEFT - 390),
    ]
    x = LEFT
    c.rect(LEFT, y - 28, RIGHT - LEFT, 28)
    c.line(LEFT, y - 13, RIGHT, y - 13)
    for label, value, width in strip:
        if x > LEFT:
            c.line(x, y, x, y - 28)
        draw.text(c, x + width / 2, y - 9.5, label, BOLD, 7.5, "center")
        draw.text(c, x + width / 2, y - 24, value, FONT, 8, "center")
        x += width
    return y - 38


def _table(c, top: float, items: list[tuple]) -> float:
    edges = _edges()
    bottom = top - ROW * (len(items) + 1)
    c.setFillGray(0.85)
    c.rect(LEFT, top - ROW, RIGHT - LEFT, ROW, stroke=0, fill=1)
    c.setFillGray(0)
    c.setLineWidth(0.6)
    c.rect(LEFT, bottom, RIGHT - LEFT, top - bottom)
    c.line(LEFT, top - ROW, RIGHT, top - ROW)
    for edge in edges[1:-1]:
        c.line(edge, top, edge, bottom)
    c.setLineWidth(0.25)
    for k in range(1, len(items)):
        c.line(LEFT, top - ROW * (k + 1), RIGHT, top - ROW * (k + 1))
    for col, (heading, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 11.5, heading, BOLD, 8, "center")
    for k, (code, name, unit, qty, price, disc) in enumerate(items, start=1):
        base = top - ROW * k - 11.5
        for col, value in enumerate(
            (code, name, quantity(qty), unit, money(price), f"{disc}%", money(net(qty, price, disc)))
        ):
            _cell(c, col, base, value)
    return bottom


def _footer(c, page: int) -> None:
    draw.text(c, LEFT, 24, "Dicetak dari Accurate Online oleh purchasing1 pada 15 Des 2026 14:08", FONT, 6.5)
    draw.text(c, RIGHT, 24, f"Halaman {page} dari 2", FONT, 6.5, "right")


def _sums(c, y: float) -> float:
    rows = [
        ("Sub Total", money(total())),
        ("Diskon", "0.00"),
        ("PPN", "0.00"),
        ("Biaya Lain", "0.00"),
        ("Total", money(total())),
    ]
    x0 = RIGHT - 170
    c.setLineWidth(0.6)
    c.rect(x0, y - 15 * len(rows), 170, 15 * len(rows))
    for k, (label, value) in enumerate(rows):
        base = y - 15 * k - 11
        bold = label == "Total"
        if bold:
            c.line(x0, y - 15 * k, RIGHT, y - 15 * k)
        draw.text(c, x0 + 6, base, label, BOLD if bold else FONT, 8.5)
        draw.text(c, RIGHT - 6, base, value, BOLD if bold else FONT, 8.5, "right")
    keterangan = [
        "Mohon cantumkan No. Pesanan pada Invoice, Packing List dan B/L.",
        "Barang harus disertai Certificate of Origin (Form E) dan sertifikat mutu.",
    ]
    draw.text(c, LEFT, y - 11, "Keterangan:", BOLD, 8)
    for k, text in enumerate(keterangan):
        draw.text(c, LEFT, y - 23 - 10 * k, text, FONT, 8)
    return y - 15 * len(rows) - 20


def _signatures(c, y: float) -> None:
    for k, (title, name) in enumerate((("Dibuat Oleh", "Rina Wijaya"), ("Disetujui Oleh", "Hendra Santoso"))):
        x = LEFT + k * 150
        c.rect(x, y - 70, 130, 70)
        c.line(x, y - 14, x + 130, y - 14)
        draw.text(c, x + 65, y - 10, title, BOLD, 8, "center")
        draw.text(c, x + 65, y - 64, f"( {name} )", FONT, 8, "center")


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Pesanan Pembelian {PO}")
    y = _head(c, 1)
    y = _parties(c, y)
    _table(c, y, ITEMS[:PER_PAGE])
    _footer(c, 1)
    c.showPage()
    y = _head(c, 2)
    y = _table(c, y, ITEMS[PER_PAGE:])
    y = _sums(c, y - 8)
    _signatures(c, y)
    _footer(c, 2)
    c.showPage()
    c.save()
    return buffer.getvalue()
