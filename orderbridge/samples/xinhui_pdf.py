"""Sample 4: a second Chinese PDF layout from 深圳新辉电子有限公司 (C0003).

Header fields sit in a box grid: in the first two rows each label is on top of its box with the value
below it; in the last row the label is in its own box beside the value. A ruled line table follows.
"""

from __future__ import annotations

import datetime as dt
import io

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "xinhui-PO-XH-2026-0457.pdf"
BUYER = "深圳新辉电子有限公司"
LINES = [
    ("XH-PWR-12", "电源适配器 12V 2A", "1000", "个", "16.80", "16800.00"),
    ("XH-BLT-M8", "不锈钢螺栓 M8", "4000", "个", "0.30", "1200.00"),
]
ADDRESS = "深圳市宝安区福永街道新辉工业园A栋3楼收货处"


def expected() -> PurchaseOrder:
    return order(
        po_number="XH-2026-0457",
        order_date=dt.date(2026, 11, 20),
        delivery=dt.date(2026, 12, 10),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS, contact="李娜", phone="0755-2788 6600"),
        payment_terms="货到30天付款",
        lines=LINES,
    )


def _label_over_value_row(
    c, font: str, y_top: float, cells: list[tuple[str, str]], widths: list[float]
) -> float:
    x = 40.0
    for (label, value), width in zip(cells, widths, strict=True):
        draw.box(c, x, y_top, width, 40)
        draw.text(c, x + 5, y_top - 13, label, font, 8.5)
        draw.text(c, x + 5, y_top - 31, value, font, 10)
        x += width
    return y_top - 40


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "采购订单 XH-2026-0457")
    top = draw.PAGE_HEIGHT - 56
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 17, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 24, "采 购 订 单", font, 14, "center")
    y = top - 44
    y = _label_over_value_row(
        c,
        font,
        y,
        [
            ("订单号", "XH-2026-0457"),
            ("订单日期", "2026/11/20"),
            ("交货日期", "2026-12-10"),
            ("币别", "人民币"),
        ],
        [130, 130, 130, 125],
    )
    y = _label_over_value_row(
        c,
        font,
        y,
        [("采购方", BUYER), ("供应商", OUR_NAME_ZH), ("付款条件", "货到30天付款")],
        [150, 215, 150],
    )
    for label, value in (("送货地址", ADDRESS), ("联系人", "李娜"), ("电话", "0755-2788 6600")):
        draw.box(c, 40, y, 70, 22)
        draw.box(c, 110, y, 445, 22)
        draw.text(c, 45, y - 15, label, font, 9.5)
        draw.text(c, 115, y - 15, value, font, 10)
        y -= 22
    rows = [["序号", "客户料号", "描述", "数量", "单位", "单价", "金额"]]
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        rows.append([str(i), part, description, grouped(qty, 0), unit, price, grouped(amount)])
    total = grouped(expected().total_amount or 0)
    rows.append(["总计", "", "", "", "", "", f"￥{total}"])
    draw.table(
        c,
        40,
        y - 20,
        [36, 90, 140, 60, 40, 64, 85],
        rows,
        font=font,
        size=9.5,
        row_height=22,
        aligns="cllrcrr",
    )
    c.showPage()
    c.save()
    return buffer.getvalue()
