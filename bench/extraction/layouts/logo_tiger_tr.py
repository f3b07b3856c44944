"""Unseen layout: a Turkish hydraulics maker's "Satınalma Siparişi" as Logo Tiger prints it, in EUR.

An İstanbul (İkitelli OSB) maker of hydraulic power units imports bearings, seals and fasteners from us and
keys its orders in Logo Tiger 3 (the ERP most Turkish mid-size firms run), printing them with the
company's own Logo form design: Turkish labels with their dotted and dotless i (Sipariş No, Sipariş
Tarihi, Teslim Tarihi, Teklif No, Döviz Türü, Döviz Kuru, Cari Hesap Kodu, Vergi Dairesi), the supplier's
title as the buyer keyed it and UPPER-CASED WITH THE TURKISH LOCALE (QİHANG PRECİSİON: every i becomes
İ), Turkish numbers (1.234,56; 0,4200; 38,4520), dates 09.12.2026, a GTİP column (the customs tariff
number, 8482.10.10.00.11, dots and all: another number beside the part code), Logo's units ADET / TAKIM /
KG / METRE, a line discount (İsk. %) on four lines netted in the Tutar, the order in EUR with the TL
equivalent (TL Karşılığı at the fixed Döviz Kuru), KDV %0 (import: the VAT is paid at customs), the
amount in words the Turkish way (YALNIZ: #ONİKİBİN...AVRO...SENT#) and the Ödeme Şekli / Teslim Şekli /
Teslim Yeri footer block, Hazırlayan / Onaylayan.

Truth: the PO number Sipariş No (SAS.2026.000412; not the Teklif No, the supplier's quotation); the order
date Sipariş Tarihi; the requested delivery date Teslim Tarihi; the currency EUR (Döviz Türü; not TL);
the buyer the company at the top (as printed); the supplier the Unvanı as printed (İ and all); the
ship-to address Teslim Yeri; the payment terms Ödeme Şekli; the total Genel Toplam (EUR) (= the sum of
the net lines; not the TL Karşılığı); per line the part number Malzeme Kodu, the description Malzeme
Açıklaması, the unit Birim, the quantity Miktar, the unit price Birim Fiyat (before the discount) and the
amount Tutar (net of the İsk. %, so quantity x price is not the amount on the four discounted lines).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw

FILENAME = "Satinalma_Siparisi_SAS.2026.000412.pdf"
BUYER = "KARADENİZ HİDROLİK MAKİNA SAN. VE TİC. A.Ş."
SUPPLIER = "SUZHOU QİHANG PRECİSİON TECHNOLOGY CO., LTD."  # upper-cased with the Turkish locale
PO = "SAS.2026.000412"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2027, 1, 20)
ADDRESS = "İkitelli OSB Mah. Heskoop Sanayi Sitesi 4. Blok No:12 Başakşehir / İSTANBUL"
TERMS = "Mal tesliminden itibaren 60 gün vadeli, banka havalesi"
RATE = Decimal("38.4520")  # Döviz Kuru: TL per EUR
CENT = Decimal("0.01")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
# Malzeme Kodu, Malzeme Açıklaması, GTİP No, Miktar, Birim, Birim Fiyat, İsk. %
ITEMS = [
    ("150.01.0045", "Sabit Bilyalı Rulman 6205-2RS C3", "8482.10.10.00.11", "400", "ADET", "0.9200", ""),
    ("150.01.0052", "Sabit Bilyalı Rulman 6308-ZZ C3", "8482.10.10.00.11", "120", "ADET", "3.1500", "5"),
    ("150.02.0011", "Konik Makaralı Rulman 30207", "8482.20.00.00.00", "80", "ADET", "4.4800", ""),
    ("152.04.0103", "O-Ring 50x3,1 NBR 70", "4016.93.00.00.19", "2000", "ADET", "0.0450", "10"),
    ("152.04.0117", "O-Ring 80x3,55 FKM", "4016.93.00.00.19", "600", "ADET", "0.2600", ""),
    ("152.06.0021", "Piston Keçesi GSF 63x48,5 Takım", "4016.93.00.00.19", "150", "TAKIM", "1.7200", "10"),
    ("160.01.0204", "İmbus Civata M10x35 12.9 DIN 912", "7318.15.82.00.00", "3000", "ADET", "0.0580", ""),
    ("160.02.0031", "Altıgen Somun M16 10 Galvaniz", "7318.16.91.00.00", "1000", "ADET", "0.0750", ""),
    ("170.03.0008", "Hidrolik Hortum DN10 2SN", "4009.42.00.00.00", "150", "METRE", "2.3500", "5"),
    ("170.05.0014", "Alüminyum Profil 40x40 Ağır Tip", "7604.29.10.00.00", "212.5", "KG", "4.1800", ""),
    ("180.01.0006", "Dişli Pompa CBN-E316", "8413.60.31.00.00", "12", "ADET", "38.5000", ""),
]
LEFT, RIGHT = 30.0, draw.PAGE_WIDTH - 30.0
COLUMNS = [  # heading, width, align
    ("Sıra", 22, "c"),
    ("Malzeme Kodu", 58, "l"),
    ("Malzeme Açıklaması", 150, "l"),
    ("GTİP No", 66, "l"),
    ("Miktar", 40, "r"),
    ("Birim", 36, "c"),
    ("Birim Fiyat", 50, "r"),
    ("İsk. %", 30, "r"),
    ("Tutar (EUR)", 55, "r"),
    ("KDV %", 28, "r"),
]
ONES = ["", "BİR", "İKİ", "ÜÇ", "DÖRT", "BEŞ", "ALTI", "YEDİ", "SEKİZ", "DOKUZ"]
TENS = ["", "ON", "YİRMİ", "OTUZ", "KIRK", "ELLİ", "ALTMIŞ", "YETMİŞ", "SEKSEN", "DOKSAN"]


def tr(value: Decimal | str, places: int = 2) -> str:
    """Logo's Turkish number picture: 1.234,56 (point-grouped thousands, decimal comma)."""
    return f"{Decimal(value):,.{places}f}".replace(",", "X").replace(".", ",").replace("X", ".")


def money(value: Decimal | str) -> str:
    return tr(value)


def quantity(value: str) -> str:
    return tr(value, 2) if "." in value else tr(value, 0)


def net(qty: str, price: str, discount: str) -> Decimal:
    """Tutar: Miktar x Birim Fiyat less the İsk. %, rounded to the cent."""
    value = Decimal(qty) * Decimal(price) * (100 - Decimal(discount or "0")) / 100
    return value.quantize(CENT, ROUND_HALF_UP)


def gross() -> Decimal:
    return sum((net(item[3], item[5], "") for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return sum((net(item[3], item[5], item[6]) for item in ITEMS), Decimal(0))


def _words_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    out = ("" if hundreds == 1 else ONES[hundreds]) + "YÜZ" if hundreds else ""
    return out + TENS[rest // 10] + ONES[rest % 10]


def in_words(value: Decimal) -> str:
    """YALNIZ: #ONİKİBİNDÖRTYÜZ...AVRO...SENT#, as Turkish documents write amounts (one word, no spaces)."""
    whole, cents = divmod(int((value * 100).to_integral_value()), 100)
    thousands, rest = divmod(whole, 1000)
    words = ("" if thousands == 1 else _words_below_thousand(thousands)) + "BİN" if thousands else ""
    words += _words_below_thousand(rest) + "AVRO"
    if cents:
        words += _words_below_thousand(cents) + "SENT"
    return f"#{words}#"


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=text,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=net(qty, price, discount),
        )
        for n, (code, text, _, qty, unit, price, discount) in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="EUR",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=SUPPLIER),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def fonts() -> tuple[str, str]:
    """DejaVu Sans (ş, ğ, ı, İ are not in the PDF base fonts' encoding), embedded as a subset."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))
    return FONT, BOLD


def _head(c, y: float) -> float:
    draw.text(c, LEFT, y, BUYER, BOLD, 10.5)
    address = [
        "İkitelli OSB Mah. Heskoop Sanayi Sitesi 4. Blok No:12 Başakşehir / İSTANBUL",
        "Tel: +90 212 549 36 70   Faks: +90 212 549 36 71   www.karadenizhidrolik.com.tr",
        "Vergi Dairesi: İkitelli V.D.   Vergi No: 5230417788   Mersis No: 0523041778800015",
    ]
    for k, text in enumerate(address):
        draw.text(c, LEFT, y - 13 - 10 * k, text, FONT, 7)
    draw.text(c, RIGHT, y - 2, "SATINALMA SİPARİŞİ", BOLD, 15, "right")
    y -= 58
    box_top = y
    left = [
        ("Cari Hesap Kodu", "320.01.0045"),
        ("Unvanı", SUPPLIER),
        ("Adres", "No. 88 Fengli Street, Suzhou Industrial Park, SUZHOU / ÇİN"),
        ("Yetkili", "Mr. Chen Hao   Tel: +86 512 6283 1180"),
        ("Vergi No", "-"),
    ]
    right = [
        ("Sipariş No", PO),
        ("Sipariş Tarihi", ORDER_DATE.strftime("%d.%m.%Y")),
        ("Teslim Tarihi", DELIVERY.strftime("%d.%m.%Y")),
        ("Teklif No", "QH-Q2026-1190 / 02.12.2026"),
        ("Döviz Türü", "EUR"),
        ("Döviz Kuru", tr(RATE, 4)),
        ("Sayfa", "1 / 1"),
    ]
    c.setLineWidth(0.6)
    c.rect(LEFT, box_top - 7 * 13 - 8, 330, 7 * 13 + 8)
    c.rect(LEFT + 338, box_top - 7 * 13 - 8, RIGHT - LEFT - 338, 7 * 13 + 8)
    draw.text(c, LEFT + 5, box_top - 11, "SAYIN", BOLD, 7.5)
    for k, (label, value) in enumerate(left):
        yy = box_top - 24 - 13 * k
        draw.text(c, LEFT + 5, yy, label, FONT, 7.5)
        draw.text(c, LEFT + 75, yy, f": {value}", FONT, 7.5)
    for k, (label, value) in enumerate(right):
        yy = box_top - 11 - 13 * k
        draw.text(c, LEFT + 343, yy, label, FONT, 7.5)
        draw.text(c, LEFT + 408, yy, f": {value}", BOLD if label == "Sipariş No" else FONT, 7.5)
    return box_top - 7 * 13 - 20


def _table(c, y: float) -> float:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    rows = [[heading for heading, _, _ in COLUMNS]]
    for n, (code, text, gtip, qty, unit, price, discount) in enumerate(ITEMS, start=1):
        rows.append(
            [
                str(n),
                code,
                text,
                gtip,
                quantity(qty),
                unit,
                tr(price, 4),
                tr(discount, 2) if discount else "",
                money(net(qty, price, discount)),
                "0",
            ]
        )
    c.setLineWidth(0.6)
    height = 16
    for r, cells in enumerate(rows):
        if r == 0:
            c.setFillColorRGB(0.85, 0.85, 0.85)
            c.rect(LEFT, y - height, edges[-1] - LEFT, height, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        font, size = (BOLD, 6.8) if r == 0 else (FONT, 6.8)
        for col, value in enumerate(cells):
            align = "c" if r == 0 else COLUMNS[col][2]
            base = y - 11
            if align == "r":
                draw.text(c, edges[col + 1] - 3, base, value, font, size, "right")
            elif align == "c":
                draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
            else:
                draw.text(c, edges[col] + 3, base, value, font, size)
        c.line(LEFT, y - height, edges[-1], y - height)
        y -= height
    c.rect(LEFT, y, edges[-1] - LEFT, height * len(rows))
    for edge in edges[1:-1]:
        c.line(edge, y, edge, y + height * len(rows))
    return y


def _totals(c, y: float) -> float:
    discount = gross() - total()
    sums = [
        ("Toplam", money(gross())),
        ("İskonto", money(discount)),
        ("Ara Toplam", money(total())),
        ("KDV (%0)", money(0)),
        ("Genel Toplam (EUR)", money(total())),
        ("TL Karşılığı", f"{money((total() * RATE).quantize(CENT, ROUND_HALF_UP))} TL"),
    ]
    for k, (label, value) in enumerate(sums):
        yy = y - 14 - 13 * k
        font = BOLD if label.startswith("Genel") else FONT
        draw.text(c, RIGHT - 150, yy, label, font, 7.8)
        draw.text(c, RIGHT - 60, yy, ":", font, 7.8)
        draw.text(c, RIGHT - 3, yy, value, font, 7.8, "right")
    draw.text(c, LEFT, y - 14, f"YALNIZ: {in_words(total())}", BOLD, 7.5)
    return y - 14 - 13 * len(sums)


def _footer(c, y: float) -> None:
    block = [
        ("Ödeme Şekli", TERMS),
        ("Teslim Şekli", "FOB Shanghai (Incoterms 2020)"),
        ("Teslim Yeri", ADDRESS),
        ("Nakliye", "Deniz yolu, alıcı tarafından organize edilecektir"),
        (
            "Notlar",
            "Fatura ve çeki listesinde sipariş numaramız belirtilmelidir. Menşe şahadetnamesi istenir.",
        ),
    ]
    y -= 16
    for label, value in block:
        draw.text(c, LEFT, y, label, BOLD, 7.5)
        draw.text(c, LEFT + 70, y, f": {value}", FONT, 7.5)
        y -= 13
    y -= 22
    for k, label in enumerate(("Hazırlayan", "Kontrol Eden", "Onaylayan")):
        x = LEFT + 20 + 185 * k
        draw.text(c, x, y, label, BOLD, 8)
        draw.text(c, x, y - 12, ("Elif Yıldırım", "Murat Şahin", "Kemal Aydoğan")[k], FONT, 7.5)
        c.line(x, y - 40, x + 130, y - 40)
    draw.text(c, LEFT, 24, "Bu belge Logo Tiger 3 ile oluşturulmuştur.", FONT, 6)
    draw.text(c, RIGHT, 24, "Form: SAS-01 / Rev.3", FONT, 6, "right")


def render() -> bytes:
    fonts()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Satınalma Siparişi {PO}")
    y = _head(c, draw.PAGE_HEIGHT - 40)
    y = _table(c, y)
    y = _totals(c, y)
    _footer(c, y)
    c.showPage()
    c.save()
    return buffer.getvalue()
