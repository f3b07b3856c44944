"""Unseen layout: 兼村通商株式会社 (Kanemura Trading)'s 注文書 / PURCHASE ORDER, Japanese-English, in JPY.

An Osaka trading house (商社) buys machined parts from us for Japanese machine builders and sends its
orders as the bilingual 注文書 its sales-administration clerks fill in from the house Excel/PDF form
(the kind every 商社 keeps: Japanese labels with the English under or beside them, for overseas
vendors). Page furniture, top to bottom: the title 注文書 with PURCHASE ORDER under it, centred; at the
top left the addressee, the supplier (us), in English followed by the honorific 御中 and an "Attn:"
line; at the top right the buyer's names (Japanese, then English), its address and TEL/FAX, and under
them the three 印 approval boxes 承認 | 検印 | 担当 with a surname stamped in each (hanko). Then the
courtesy line 下記の通り注文いたします。, then the ORDER AMOUNT box (ご注文金額 / Order Amount) with the
total written the Japanese way, ¥ before and a dash after (¥3,333,000-), BEFORE the items. Under it a
bordered two-column grid of bilingual label cells and values: 発注番号 P.O. No., 発注日 Order Date,
納期 Delivery Date, 納入場所 Deliver To, 支払条件 Payment Terms, 貿易条件 Trade Terms, 通貨 Currency.
Dates are written 2026年12月5日 (no leading zeros). The item table is a ruled grid whose heading cells
carry two lines each (Japanese over English: 品番 over Part No., ...): No. | 品番 | 品名 | 仕様 | 数量 |
単位 | 単価 | 金額 | 備考. Money is yen without decimals and with ¥ in every cell (¥1,280 / ¥384,000);
quantities are whole. Under the table: 小計 Subtotal, 消費税 Consumption Tax 対象外 (an import: no
Japanese consumption tax on the vendor's invoice) and 合計 Total, then 備考 Remarks.

Truth: the PO number is 発注番号; the order date 発注日; the requested delivery date 納期 (the same for
every item); the currency JPY; the buyer is the Japanese name 兼村通商株式会社 (the letterhead's first
line; the English name under it is its translation); the supplier is our English name as printed, WITHOUT
the honorific 御中 (new convention: an honorific after an addressee is not part of the name); the
ship-to address is 納入場所's value; the payment terms 支払条件's value; the total is the 合計 (the same
number as the Order Amount box, whose trailing dash is the Japanese "no more digits" mark, not a minus);
the description is 品名 and 仕様 joined with a space; the unit price 単価 and the amount 金額, in whole yen.
The approval boxes' surnames and the 備考 cells are not order data.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "注文書_KT-2612-0418.pdf"
BUYER = "兼村通商株式会社"
BUYER_EN = "Kanemura Trading Co., Ltd."
PO = "KT-2612-0418"
ORDER_DATE = dt.date(2026, 12, 5)
DELIVERY = dt.date(2027, 1, 22)
ADDRESS = "Kanemura Logistics Center, 2-8-14 Nankokita, Suminoe-ku, Osaka 559-0034, Japan"
TERMS = "T/T 60 days after B/L date"
# 品番, 品名, 仕様, 数量, 単位, 単価 (yen), 備考
ITEMS = [
    ("KT-SH-1042", "Linear Shaft", "SUJ2 Φ16×320 h6 hard chrome", "300", "pcs", "1280", ""),
    ("KT-BS-2210", "Bearing Sleeve", "C3604 Φ22×Φ16×30", "1200", "pcs", "385", ""),
    ("KT-FL-0316", "Flange Plate", "SS400 t=12 4-Φ9 black oxide", "500", "pcs", "960", "図面 Rev.C"),
    ("KT-CP-0808", "Coupling", "A2017 Φ25 L=32 8×8", "400", "pcs", "1450", ""),
    ("KT-PN-0530", "Dowel Pin", "SUS304 Φ5×30 m6", "5000", "pcs", "42", "バラ積み不可"),
    ("KT-GB-1100", "Gear Box Cover", "ADC12 die cast, painted N7", "250", "set", "3380", ""),
    ("KT-SP-0075", "Spacer", "POM Φ12×Φ6.5×7.5", "10000", "pcs", "18", ""),
    ("KT-WR-0410", "Wire Rope Clip", "SUS316 M4 for Φ4", "2000", "pcs", "96", ""),
]
COLUMNS = [  # (Japanese, English, width, align)
    ("No.", "", 24, "c"),
    ("品番", "Part No.", 70, "l"),
    ("品名", "Description", 78, "l"),
    ("仕様", "Specification", 118, "l"),
    ("数量", "Qty", 40, "r"),
    ("単位", "Unit", 30, "c"),
    ("単価", "Unit Price", 50, "r"),
    ("金額", "Amount", 64, "r"),
    ("備考", "Remarks", 46, "l"),
]


def yen(value: Decimal | str) -> str:
    return f"¥{Decimal(value):,.0f}"


money = yen  # how the corpus test finds the amounts in the text


def jdate(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def amount(qty: str, price: str) -> Decimal:
    return Decimal(qty) * Decimal(price)


def total() -> Decimal:
    return sum((amount(item[3], item[5]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="JPY",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (part, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for part, name, spec, qty, unit, price, _ in ITEMS
        ],
    )


def _top(c, font: str) -> float:
    top = draw.PAGE_HEIGHT - 48
    draw.text(c, draw.PAGE_WIDTH / 2, top, "注文書", font, 20, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 16, "PURCHASE ORDER", draw.LATIN_BOLD, 10, "center")
    # addressee (us), left
    y = top - 48
    draw.text(c, 40, y, f"{OUR_NAME_EN}  御中", font, 10)
    c.setLineWidth(0.6)
    c.line(40, y - 3, 300, y - 3)
    draw.text(c, 40, y - 16, "Attn: Overseas Sales Dept.", draw.LATIN_FONT, 8.5)
    # buyer, right
    x = 360
    draw.text(c, x, top - 40, BUYER, font, 11)
    draw.text(c, x, top - 53, BUYER_EN, draw.LATIN_FONT, 8.5)
    draw.text(c, x, top - 65, "〒550-0013 大阪市西区新町1丁目4番24号", font, 7.5)
    draw.text(c, x, top - 76, "TEL 06-6532-7710  FAX 06-6532-7719", draw.LATIN_FONT, 7.5)
    # the hanko approval boxes
    box_y = top - 84
    for n, (title, name) in enumerate((("承認", "兼村"), ("検印", "田中"), ("担当", "佐藤"))):
        bx = x + 2 + 58 * n
        draw.box(c, bx, box_y, 52, 12)
        draw.box(c, bx, box_y - 12, 52, 30)
        draw.text(c, bx + 26, box_y - 9, title, font, 7.5, "center")
        c.setStrokeColorRGB(0.75, 0.1, 0.1)
        c.circle(bx + 26, box_y - 27, 11)
        c.setStrokeColorRGB(0, 0, 0)
        draw.text(c, bx + 26, box_y - 30, name, font, 7.5, "center")
    y = box_y - 56
    draw.text(
        c, 40, y, "下記の通り注文いたします。  We are pleased to place our order as follows.", font, 8.5
    )
    # the order amount box, before the items
    y -= 12
    draw.box(c, 40, y, 260, 26)
    c.line(130, y, 130, y - 26)
    draw.text(c, 85, y - 11, "ご注文金額", font, 8.5, "center")
    draw.text(c, 85, y - 21, "Order Amount", draw.LATIN_FONT, 7, "center")
    draw.text(c, 292, y - 18, f"{yen(total())}-", font, 13, "right")
    return y - 38


def _header_grid(c, font: str, y: float) -> float:
    rows = [
        ("発注番号", "P.O. No.", PO),
        ("発注日", "Order Date", jdate(ORDER_DATE)),
        ("納期", "Delivery Date", jdate(DELIVERY)),
        ("納入場所", "Deliver To", ADDRESS),
        ("支払条件", "Payment Terms", TERMS),
        ("貿易条件", "Trade Terms", "CIF Osaka (Incoterms 2020)"),
        ("通貨", "Currency", "JPY"),
    ]
    height = 16
    c.setLineWidth(0.6)
    for n, (jp, en, value) in enumerate(rows):
        top = y - n * height
        c.setFillColorRGB(0.92, 0.92, 0.92)
        c.rect(40, top - height, 120, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw.box(c, 40, top, 120, height)
        draw.box(c, 160, top, 395, height)
        draw.text(c, 44, top - 11, jp, font, 8)
        draw.text(c, 90, top - 11, en, draw.LATIN_FONT, 7)
        draw.text(c, 165, top - 11, value, font, 8.5)
    return y - len(rows) * height - 14


def _table(c, font: str, y: float) -> float:
    edges = [40]
    for _, _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    head_h, row_h = 24, 18
    c.setLineWidth(0.6)
    c.setFillColorRGB(0.92, 0.92, 0.92)
    c.rect(edges[0], y - head_h, edges[-1] - edges[0], head_h, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for n, (jp, en, _, _) in enumerate(COLUMNS):
        middle = (edges[n] + edges[n + 1]) / 2
        if en:
            draw.text(c, middle, y - 10, jp, font, 8, "center")
            draw.text(c, middle, y - 20, en, draw.LATIN_FONT, 6.5, "center")
        else:
            draw.text(c, middle, y - 15, jp, draw.LATIN_FONT, 8, "center")
    rows = [
        [str(n), part, name, spec, f"{int(qty):,}", unit, yen(price), yen(amount(qty, price)), remark]
        for n, (part, name, spec, qty, unit, price, remark) in enumerate(ITEMS, start=1)
    ]
    bottom = y - head_h - row_h * len(rows)
    for r, row in enumerate(rows):
        base = y - head_h - r * row_h - 12.5
        for col, value in enumerate(row):
            if not value:
                continue
            align = COLUMNS[col][3]
            size = 7.5
            if align == "r":
                draw.text(c, edges[col + 1] - 3, base, value, font, size, "right")
            elif align == "c":
                draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
            else:
                draw.text(c, edges[col] + 3, base, value, font, size)
    for i in range(len(rows) + 1):
        line_y = y - head_h - i * row_h
        c.line(edges[0], line_y, edges[-1], line_y)
    c.line(edges[0], y, edges[-1], y)
    for edge in edges:
        c.line(edge, y, edge, bottom)
    # subtotal, tax and total under the amount column
    y = bottom
    for jp, en, value in (
        ("小計", "Subtotal", yen(total())),
        ("消費税", "Consumption Tax", "対象外"),
        ("合計", "Total", yen(total())),
    ):
        draw.box(c, edges[5], y, edges[7] - edges[5], 16)
        draw.box(c, edges[7], y, edges[8] - edges[7], 16)
        draw.text(c, edges[5] + 3, y - 11, jp, font, 7.5)
        draw.text(c, edges[6] + 4, y - 11, en, draw.LATIN_FONT, 6.5)
        draw.text(c, edges[8] - 3, y - 11, value, font, 7.5, "right")
        y -= 16
    return y - 18


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"注文書 {PO}")
    y = _top(c, font)
    y = _header_grid(c, font, y)
    y = _table(c, font, y)
    notes = [
        "備考 Remarks:",
        "1. 納品書・インボイスには必ず発注番号を記載してください。 "
        "Please quote our P.O. No. on all documents.",
        "2. 検査成績書を添付のこと。 Inspection certificates to be enclosed with the shipment.",
        "3. 納期に遅延が生じる場合は速やかにご連絡ください。 Advise us at once of any delay.",
    ]
    for line in notes:
        draw.text(c, 40, y, line, font, 7.5)
        y -= 11
    draw.text(c, 555, 50, "兼村通商株式会社  購買部", font, 8, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
