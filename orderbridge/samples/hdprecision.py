"""Sample 1: a Chinese text-layer PDF from 华东精密制造有限公司 (C0001), labels beside their values."""

from __future__ import annotations

import datetime as dt
import io

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "hdprecision-PO-HD20261118-01.pdf"
BUYER = "华东精密制造有限公司"
LINES = [
    ("HD-BLT-0830", "不锈钢六角螺栓 M8x30", "5000", "PCS", "0.85", "4250.00"),
    ("HD-WSH-08", "尼龙垫圈 M8", "5000", "PCS", "0.12", "600.00"),
    ("HD-BRK-200", "铝合金支架 AL-200", "800", "PCS", "12.50", "10000.00"),
]


def expected() -> PurchaseOrder:
    return order(
        po_number="HD20261118-01",
        order_date=dt.date(2026, 11, 18),
        delivery=dt.date(2026, 12, 5),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address="上海市嘉定区安亭镇墨玉路188号2号仓库", contact="王伟", phone="021-5958 1234"),
        payment_terms="月结30天",
        lines=LINES,
    )


def render(encrypt: object | None = None) -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "采购订单 HD20261118-01", encrypt=encrypt)
    top = draw.PAGE_HEIGHT - 60
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 18, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 26, "采购订单", font, 15, "center")
    left, right = 50, 320
    info = [
        ("订单编号：HD20261118-01", "订单日期：2026年11月18日"),
        (f"采购方：{BUYER}", "交货日期：2026年12月05日"),
        (f"供应商：{OUR_NAME_ZH}", "币种：人民币"),
        ("付款条件：月结30天", ""),
        ("收货地址：上海市嘉定区安亭镇墨玉路188号2号仓库", ""),
        ("联系人：王伟", "电话：021-5958 1234"),
    ]
    y = top - 70
    for first, second in info:
        draw.text(c, left, y, first, font, 10.5)
        if second:
            draw.text(c, right, y, second, font, 10.5)
        y -= 20
    rows = [["序号", "物料编码", "品名规格", "数量", "单位", "单价(元)", "金额(元)"]]
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        rows.append([str(i), part, description, grouped(qty, 0), unit, price, grouped(amount)])
    widths = [34, 86, 140, 56, 40, 60, 79]
    bottom = draw.table(
        c, left, y - 6, widths, rows, font=font, size=9.5, row_height=22, aligns="cllcccr", grid=False
    )
    total = grouped(expected().total_amount or 0)
    draw.text(c, left + 4, bottom - 18, "合计", font, 10.5)
    draw.text(c, left + sum(widths) - 4, bottom - 18, f"￥{total}", font, 10.5, "right")
    draw.text(c, left, bottom - 60, "备注：请随货附送货单，送货单上注明订单编号。", font, 9.5)
    draw.text(c, left, bottom - 80, "采购员：陈静          审核：刘强", font, 9.5)
    c.showPage()
    c.save()
    return buffer.getvalue()
