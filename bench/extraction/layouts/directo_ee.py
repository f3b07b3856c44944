"""Unseen layout: a Kuressaare boatyard's Directo OSTUTELLIMUS (Estonia), EUR, 2 pages.

Saare Paaditehas OÜ (Kuressaare, Saaremaa) builds aluminium work boats and runs its books and purchasing in
Directo; it sends the order to us as the PDF of Directo's purchase-order print form (A4 portrait, Helvetica:
õ, ä, ö, ü are in the standard fonts). What it prints: the company's name top left with its address,
Reg. kood, KMKR nr, phone and e-post; OSTUTELLIMUS and "Nr 260418" top right over a label / value block
(Kuupäev 22.12.2026, Tarneaeg 12.02.2027, Tarnetingimus FCA Shanghai (Incoterms 2020), Maksetingimus 60
päeva arve kuupäevast, Valuuta EUR, Meie viide, Teie viide our quotation, Lehekülg 1 / 2); Hankija (us,
Hiina) on the left and Tarneaadress (the yard's warehouse name, street, postcode town, Eesti) under it; a
table with a grey head band and a rule under the last line, no vertical rules: Nr | Artikkel (PT-11025) |
Nimetus (õ, ä, ö, ü; wrapped at words) | Kogus as entered with a space for the thousands and a decimal comma
(1 500; 37,5) | Ühik (tk, kmpl, m, kg, pk) | Hind with two or four decimals (0,0850) | Ale % (5, 10 and 3
on three lines, blank on the rest) | Summa after the discount; two lines carry a line comment in smaller
italic under the name (a certificate wanted, packing); 24 lines, 15 on page 1; page 2 under a short head
(the company, "OSTUTELLIMUS Nr 260418 (järg)", Lehekülg 2 / 2) with the table head again; Summa km-ta /
Käibemaks 0% / Kokku EUR; a note why no VAT is added (import from outside the EU); Märkused 1-3; Koostas /
Kinnitas with (allkiri); a foot on every page with the company, Reg. kood, KMKR nr, IBAN and "Directo".

Truth: the PO number the Nr (260418); the order date Kuupäev; the requested delivery date Tarneaeg; the
currency EUR; the buyer the company; the supplier Hankija (us); the ship-to address Tarneaadress's street and
postcode-town lines joined with ", " (the warehouse's name before them and Eesti after them left out); the
payment terms Maksetingimus; the total Kokku EUR; per line the part number Artikkel, the description
Nimetus (wrapped lines joined with a space; the italic line comment is no part of it), the unit Ühik, the
quantity Kogus, the unit price Hind (before the Ale %) and the amount Summa (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Ostutellimus_260418.pdf"
BUYER = "Saare Paaditehas OÜ"
PO = "260418"
ORDER_DATE = dt.date(2026, 12, 22)
DELIVERY = dt.date(2027, 2, 12)
WAREHOUSE = "Saare Paaditehas OÜ, tootmishoone ladu"
STREET, TOWN = "Roomassaare tee 11", "93815 Kuressaare"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "60 päeva arve kuupäevast"
CENT = Decimal("0.01")
FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 40.0, A4[0] - 40.0
# Artikkel, Nimetus, Ühik, Kogus, Hind (EUR), Ale %, rea kommentaar
ITEMS = [
    ("PT-11025", "Poller roostevaba AISI 316, kõrgus 200 mm, keevitatav", "tk", "40", "38.50", "", ""),
    ("PT-11031", "Klamber roostevaba 250 mm, kahe kinnitusavaga", "tk", "60", "21.40", "", ""),
    ("PT-12002", "Vöörirull 60 mm, polüuretaanist rulliga", "tk", "12", "74.00", "", ""),
    ("PT-13110", "Tekiluuk alumiiniumist 500 x 500 mm, tihendiga", "kmpl", "18", "186.00", "5", ""),
    ("PT-13118", "Luugi hing roostevaba, 4 mm", "tk", "72", "6.85", "", ""),
    ("PT-14020", "Kummifender D-profiil 100 x 100 mm", "m", "120", "24.60", "", "Rullides à 20 m."),
    ("PT-15004", "Keevitustraat AlMg5 ER5356, Ø 1,2 mm (rull 7 kg)", "kg", "210", "11.20", "", ""),
    (
        "PT-15010",
        "Alumiiniumplaat 5083 H111, 5 x 1500 x 3000 mm",
        "kg",
        "1450",
        "4.95",
        "",
        "Sertifikaat EN 10204 3.1.",
    ),
    ("PT-16201", "Poltkinnitus M10 x 40 A4, kuuskantpea", "tk", "2500", "0.42", "", ""),
    ("PT-16205", "Mutter M10 A4, iselukustuv (nailonrõngaga)", "tk", "2500", "0.21", "", ""),
    ("PT-16230", "Seib M10 A4, lai (DIN 9021)", "tk", "5000", "0.0850", "", ""),
    ("PT-17002", "Pilssipump 24 V, 3000 l/h, ujukiga", "tk", "15", "92.00", "10", ""),
    ("PT-17015", "Voolik PVC spiraaliga, 38 mm", "m", "200", "6.40", "", ""),
    ("PT-18003", "Navigatsioonituli LED, parem- ja vasakpoolne komplekt", "kmpl", "15", "118.00", "", ""),
    ("PT-18011", "Ankrutuli LED 360°, 12/24 V", "tk", "15", "46.50", "", ""),
    ("PT-19100", "Kaablikanal alumiiniumist 40 x 40 mm, 2 m", "tk", "80", "12.75", "", ""),
    ("PT-19120", "Kaablisidemed UV-kindlad 4,8 x 300 mm (pk 100 tk)", "pk", "60", "7.90", "", ""),
    ("PT-20004", "Rooliratas roostevaba, Ø 400 mm", "tk", "10", "84.00", "3", ""),
    ("PT-20110", "Hüdrauliline roolipump 2 tolli, tagasilöögiklapiga", "tk", "10", "312.00", "", ""),
    ("PT-21008", "Istmepadi vinüülist, hall, 600 x 450 mm", "tk", "30", "42.80", "", ""),
    ("PT-22015", "Isoleermatt PE 20 mm, iseliimuv", "m", "37.5", "18.40", "", ""),
    ("PT-23001", "Tihendusmass MS-polümeer, valge, 290 ml", "tk", "240", "7.15", "", ""),
    ("PT-24010", "Käsipuu toru roostevaba Ø 25 x 1,5 mm, 6 m", "tk", "24", "58.00", "", ""),
    ("PT-99001", "Ekspordialus ISPM 15, termotöödeldud", "tk", "6", "16.00", "", ""),
]
COLS = [  # title, width, align
    ("Nr", 20, "c"),
    ("Artikkel", 52, "l"),
    ("Nimetus", 170, "l"),
    ("Kogus", 50, "r"),
    ("Ühik", 32, "c"),
    ("Hind", 56, "r"),
    ("Ale %", 36, "r"),
    ("Summa", 0, "r"),
]
COLS[-1] = ("Summa", RIGHT - LEFT - sum(width for _, width, _ in COLS), "r")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 8.0, 10.0
PAGE_ONE = 15
BOTTOM = 62.0


def ee_number(value: Decimal | str, places: int = 2) -> str:
    """1 234,56: Estonian thousands with a space, decimal comma."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",")


def money(value: Decimal | str) -> str:
    return ee_number(value)


def quantity(value: str) -> str:
    """As entered: 1 500, 37,5."""
    number = Decimal(value)
    places = 0 if number == number.to_integral_value() else len(value.split(".")[1])
    return ee_number(number, places)


def price(value: str) -> str:
    return ee_number(value, 4 if len(value.split(".")[1]) == 4 else 2)


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


def _company(c: Canvas, top: float) -> None:
    draw.text(c, LEFT, top, BUYER, BOLD, 12)
    lines = [
        "Tallinna mnt 88, 93815 Kuressaare, Saare maakond",
        "Reg. kood 12764031   KMKR nr EE102318476",
        "Tel +372 453 0418   E-post ost@saarepaaditehas.ee",
    ]
    for k, value in enumerate(lines):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, FONT, 7.5)


def _head(c: Canvas) -> float:
    top = HEIGHT - 46
    _company(c, top)
    x = RIGHT - 200
    draw.text(c, x, top + 2, "OSTUTELLIMUS", BOLD, 16)
    draw.text(c, x, top - 14, f"Nr {PO}", BOLD, 11)
    info = [
        ("Kuupäev", ORDER_DATE.strftime("%d.%m.%Y")),
        ("Tarneaeg", DELIVERY.strftime("%d.%m.%Y")),
        ("Tarnetingimus", "FCA Shanghai (Incoterms 2020)"),
        ("Maksetingimus", TERMS),
        ("Valuuta", "EUR"),
        ("Meie viide", "Kadri Tamm, +372 453 0421"),
        ("Teie viide", "Pakkumine QH-Q26-1222"),
        ("Lehekülg", "1 / 2"),
    ]
    y = top - 32
    for k, (label, value) in enumerate(info):
        draw.text(c, x, y - 11 * k, label, FONT, 8)
        draw.text(c, x + 66, y - 11 * k, value, FONT, 8)
    y = top - 56
    draw.text(c, LEFT, y, "Hankija", BOLD, 8.5)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu", "Hiina"]
    for k, value in enumerate(supplier):
        draw.text(c, LEFT, y - 12 - 10 * k, value, BOLD if k == 0 else FONT, 8)
    y -= 64
    draw.text(c, LEFT, y, "Tarneaadress", BOLD, 8.5)
    for k, value in enumerate([WAREHOUSE, STREET, TOWN, "Eesti"]):
        draw.text(c, LEFT, y - 12 - 10 * k, value, FONT, 8)
    return min(y - 64, top - 32 - 11 * len(info) - 14)


def _short_head(c: Canvas) -> float:
    top = HEIGHT - 46
    _company(c, top)
    x = RIGHT - 200
    draw.text(c, x, top + 2, f"OSTUTELLIMUS Nr {PO} (järg)", BOLD, 11)
    draw.text(c, x, top - 13, f"Kuupäev {ORDER_DATE.strftime('%d.%m.%Y')}", FONT, 8)
    draw.text(c, x, top - 24, "Lehekülg 2 / 2", FONT, 8)
    return top - 52


def _table_head(c: Canvas, y: float) -> float:
    c.setFillColorRGB(0.86, 0.86, 0.86)
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, (title, _, align) in enumerate(COLS):
        _put(c, k, y - 10.5, title, BOLD, align)
    return y - 15


def _put(c: Canvas, k: int, base: float, value: str, font: str, align: str, size: float = SIZE) -> None:
    if align == "r":
        draw.text(c, EDGES[k + 1] - 3, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, EDGES[k] + 3, base, value, font, size)


def _item(c: Canvas, y: float, n: int, item: tuple) -> float:
    code, name, unit, qty, cost, discount, comment = item
    parts = wrap_words(name, FONT, SIZE, COLS[2][1] - 6)
    base = y - 11
    cells = [str(n), code, parts[0], quantity(qty), unit, price(cost), discount, money(line_total(item))]
    for k, value in enumerate(cells):
        _put(c, k, base, value, FONT, COLS[k][2])
    for part in parts[1:]:
        base -= LINE_H
        _put(c, 2, base, part, FONT, "l")
    if comment:
        base -= LINE_H - 1
        _put(c, 2, base, comment, ITALIC, "l", 6.5)
    c.setLineWidth(0.2)
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.line(LEFT, base - 4, RIGHT, base - 4)
    c.setStrokeColorRGB(0, 0, 0)
    return base - 4


def _totals(c: Canvas, y: float) -> float:
    c.setLineWidth(0.8)
    c.line(LEFT, y, RIGHT, y)
    rows = [
        ("Summa km-ta", money(total()), FONT),
        ("Käibemaks 0%", money(0), FONT),
        ("Kokku EUR", money(total()), BOLD),
    ]
    for k, (label, value, font) in enumerate(rows):
        base = y - 14 - 12 * k
        draw.text(c, EDGES[5], base, label, font, 9)
        draw.text(c, RIGHT - 3, base, value, font, 9, "right")
    y -= 14 + 12 * len(rows) + 8
    no_vat = "Käibemaksu ei lisata: kaup imporditakse väljastpoolt ELi, käibemaks tasutakse tollis."
    draw.text(c, LEFT, y, no_vat, FONT, 7.5)
    y -= 20
    draw.text(c, LEFT, y, "Märkused", BOLD, 8)
    notes = [
        "1. Palume tellimuse kinnitada 3 tööpäeva jooksul ja märkida tellimuse number arvele ja saatelehele.",
        "2. Iga pakend märgistada meie artikli koodi ja kogusega; kaasa päritolusertifikaat ja pakkeleht.",
        "3. Kaup võetakse vastu E-R kell 8.00-16.00, saabumisaeg kooskõlastada ette.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 10 * k, value, FONT, 7.5)
    y -= 11 + 10 * len(notes) + 28
    draw.text(c, LEFT, y, "Koostas: Kadri Tamm, ostujuht", FONT, 8)
    draw.text(c, LEFT + 270, y, "Kinnitas: Margus Saar, juhatuse liige", FONT, 8)
    c.setLineWidth(0.4)
    c.line(LEFT + 36, y - 18, LEFT + 200, y - 18)
    c.line(LEFT + 310, y - 18, RIGHT, y - 18)
    draw.text(c, LEFT + 36, y - 26, "(allkiri)", FONT, 6.5)
    draw.text(c, LEFT + 310, y - 26, "(allkiri)", FONT, 6.5)
    return y - 26


def _foot(c: Canvas, page: int) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 44, RIGHT, 44)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(
        c,
        LEFT,
        34,
        f"{BUYER} · Reg. kood 12764031 · KMKR nr EE102318476 · IBAN EE56 2200 2210 6584 1123 (Swedbank)",
        FONT,
        6.5,
    )
    draw.text(c, LEFT, 25, "Directo", FONT, 6.5)
    draw.text(c, RIGHT, 25, f"Lehekülg {page} / 2", FONT, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Ostutellimus {PO}")
    c.setAuthor(BUYER)
    c.setCreator("Directo")
    y = _table_head(c, _head(c))
    for n, item in enumerate(ITEMS[:PAGE_ONE], start=1):
        y = _item(c, y, n, item)
    if y < BOTTOM:
        raise AssertionError(f"page 1 runs into its foot ({y:.0f})")
    _foot(c, 1)
    c.showPage()
    y = _table_head(c, _short_head(c))
    for n, item in enumerate(ITEMS[PAGE_ONE:], start=PAGE_ONE + 1):
        y = _item(c, y, n, item)
    y = _totals(c, y - 2)
    if y < BOTTOM:
        raise AssertionError(f"page 2 runs into its foot ({y:.0f})")
    _foot(c, 2)
    c.showPage()
    c.save()
    return buffer.getvalue()
