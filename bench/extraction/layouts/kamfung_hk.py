"""Unseen layout: a bilingual (traditional Chinese / English) order from a Hong Kong trading house, in EUR.

金豐貿易有限公司 / Kam Fung Trading Company Limited writes labels as "English 中文" pairs, in Hong Kong's
traditional characters: a ruled key block at the top right (P.O. No. 訂單號碼, Date 日期, Delivery Date
交貨日期, Currency 貨幣, Payment Terms 付款條件), then two boxes side by side with the label on top and
the value below it (Supplier 供應商: us with our address; Ship To 送貨地址: the warehouse address over
two lines and an "Attn:" line). Day-first dates (05/12/2026 is 5 December). The item table is a ruled
grid whose header cells hold the English name over the Chinese one; under it a Total Amount 總金額 box,
remarks, and the "For and on behalf of" signature block.
"""

from __future__ import annotations

import datetime as dt
import io

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped, order

FILENAME = "kamfung-KF-PO-26-0917.pdf"
BUYER = "Kam Fung Trading Company Limited"
ADDRESS_LINES = [
    "Flat B, 6/F, Wing Tat Industrial Building,",
    "9 Kwun Tong Road, Kwun Tong, Kowloon, Hong Kong",
]
ADDRESS = " ".join(ADDRESS_LINES)
LINES = [
    ("KF-88103", "Stainless steel ball valve 1/2 inch", "1200", "PCS", "3.85", "4620.00"),
    ("KF-88107", "Stainless steel ball valve 3/4 inch", "800", "PCS", "5.10", "4080.00"),
    ("KF-90215", "Brass hose connector 16mm", "2500", "PCS", "0.96", "2400.00"),
    ("KF-90322", "Pipe clamp set DN25", "600", "SETS", "2.75", "1650.00"),
    ("KF-77410", "PTFE thread seal tape 12mm x 10m", "3000", "ROLLS", "0.32", "960.00"),
]
HEADER = [
    ("Item", "項目"),
    ("Part No.", "貨號"),
    ("Description", "品名及規格"),
    ("Quantity", "數量"),
    ("Unit", "單位"),
    ("Unit Price", "單價"),
    ("Amount", "金額"),
]
WIDTHS = [34, 66, 176, 58, 44, 60, 77]
LEFT = 40


def expected() -> PurchaseOrder:
    return order(
        po_number="KF-PO-26-0917",
        order_date=dt.date(2026, 11, 18),
        delivery=dt.date(2026, 12, 5),
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="T/T 30 days after invoice date",
        lines=LINES,
    )


def _letterhead(c, font: str, top: float) -> None:
    draw.text(c, LEFT, top, "金豐貿易有限公司", font, 16)
    draw.text(c, LEFT, top - 17, BUYER.upper(), draw.LATIN_BOLD, 11)
    address = "Room 1203, 12/F, Kowloon Centre, 29-43 Ashley Road, Tsim Sha Tsui, Kowloon, Hong Kong"
    draw.text(c, LEFT, top - 30, address, draw.LATIN_FONT, 7.5)
    contact = "Tel: (852) 2375 8816   Fax: (852) 2375 8810   E-mail: purchase@kamfung.example"
    draw.text(c, LEFT, top - 40, contact, draw.LATIN_FONT, 7.5)
    c.setLineWidth(1.0)
    c.line(LEFT, top - 48, 555, top - 48)
    draw.text(c, 555, top - 70, "採購訂單  PURCHASE ORDER", font, 14, "right")


def _key_block(c, font: str, y: float) -> float:
    rows = [
        ["P.O. No. 訂單號碼", "KF-PO-26-0917"],
        ["Date 日期", "18/11/2026"],
        ["Delivery Date 交貨日期", "05/12/2026"],
        ["Currency 貨幣", "EUR"],
        ["Payment Terms 付款條件", "T/T 30 days after invoice date"],
    ]
    return draw.table(c, 300, y, [112, 143], rows, font=font, size=8.5, row_height=16)


def _party_boxes(c, font: str, y: float) -> float:
    height = 72
    boxes = [
        (
            LEFT,
            "Supplier 供應商:",
            [OUR_NAME_EN, "No. 88 Fengli Street, Suzhou Industrial Park,", "Suzhou 215021, China"],
        ),
        (300, "Ship To 送貨地址:", [*ADDRESS_LINES, "Attn: Mr. Wong Chi Keung   Tel: (852) 2341 7702"]),
    ]
    for x, label, lines in boxes:
        draw.box(c, x, y, 255, height)
        draw.text(c, x + 6, y - 13, label, font, 8.5)
        for n, line in enumerate(lines):
            draw.text(c, x + 6, y - 30 - 12 * n, line, draw.LATIN_FONT, 8.5)
    return y - height


def _items(c, font: str, y: float) -> float:
    edges = [LEFT]
    for width in WIDTHS:
        edges.append(edges[-1] + width)
    draw.table(c, LEFT, y, WIDTHS, [[""] * len(WIDTHS)], font=font, row_height=28)
    for (english, chinese), x0, x1 in zip(HEADER, edges, edges[1:], strict=False):
        draw.text(c, (x0 + x1) / 2, y - 12, english, draw.LATIN_BOLD, 8, "center")
        draw.text(c, (x0 + x1) / 2, y - 23, chinese, font, 8, "center")
    rows = [
        [str(i), part, description, grouped(qty, 0), unit, price, grouped(amount)]
        for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1)
    ]
    return draw.table(c, LEFT, y - 28, WIDTHS, rows, font=font, size=8.5, row_height=19, aligns="cllrcrr")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "Purchase Order KF-PO-26-0917")
    top = draw.PAGE_HEIGHT - 50
    _letterhead(c, font, top)
    y = _key_block(c, font, top - 84)
    y = _party_boxes(c, font, y - 14)
    y = _items(c, font, y - 16)
    total = grouped(expected().total_amount or 0)
    draw.table(
        c, 376, y, [102, 77], [["Total Amount 總金額", f"EUR {total}"]], font=font, size=8.5, aligns="lr"
    )
    remarks = [
        "Remarks 備註:",
        "1. Please quote our P.O. number on all invoices, packing lists and cartons.",
        "2. Shipping marks: KF / HONG KONG / C/No. 1-UP.",
        "3. Goods must be delivered in good condition; defective goods will be returned at supplier's cost.",
    ]
    for n, line in enumerate(remarks):
        draw.text(c, LEFT, y - 40 - 12 * n, line, font, 8)
    sign = y - 140
    draw.text(c, LEFT, sign, "For and on behalf of", draw.LATIN_FONT, 8.5)
    draw.text(c, LEFT, sign - 12, "KAM FUNG TRADING COMPANY LIMITED 金豐貿易有限公司", font, 8.5)
    c.line(LEFT, sign - 50, LEFT + 180, sign - 50)
    draw.text(c, LEFT, sign - 62, "Authorised Signature(s) 授權簽署", font, 8)
    c.line(330, sign - 50, 555, sign - 50)
    draw.text(c, 330, sign - 62, "Confirmed & Accepted by Supplier 供應商確認", font, 8)
    c.showPage()
    c.save()
    return buffer.getvalue()
