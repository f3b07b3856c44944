"""Unseen layout: 宁波甬兴液压件有限公司's 采购订单 as Yonyou U8 prints it (the company's own print format).

The company name and "采购订单" on top, then U8's header fields as ``标签：值`` in three unruled columns:
订单编号 (U8's ten-digit number with leading zeros), 订单日期, 采购类型 / 供应商, 部门, 业务员 / 币种, 汇率,
税率 / 付款条件 and 到货地址 on one row, 备注. The entry table has no grid at all, only a rule under the
header and one above the 合计 row, with U8's column names: 存货编码, 存货名称, 规格型号, 主计量, 数量 (two
decimals, as U8 prints quantities), 原币单价 (without tax), 原币含税单价, 原币税额, 原币价税合计 and a
计划到货日期 on every entry (the header has no delivery date). 合计 sums 数量, 税额 and 价税合计; the
大写 amount, then 制单人 / 审核人 / 打印时间 and "第1页 共1页".
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "U8采购订单0000002317.pdf"
BUYER = "宁波甬兴液压件有限公司"
ADDRESS = "浙江省宁波市北仑区小港街道纬五路87号甬兴液压三号仓库"
PO = "0000002317"
ARRIVAL = "2026-12-22"
ITEMS = [  # 存货编码, 存货名称, 规格型号, 主计量, 数量, 原币含税单价
    ("0301020045", "活塞杆", "D40×520 镀铬", "根", "300", "86.50"),
    ("0301020052", "导向套", "QT500 D40/D65", "件", "300", "32.80"),
    ("0302110017", "缸底法兰", "Q345B 160×160×30", "件", "150", "58.00"),
    ("0305010103", "O型密封圈", "NBR 50×3.55", "只", "2000", "0.65"),
    ("0305010128", "斯特封", "GSF0400 PTFE", "套", "600", "7.20"),
    ("0401030009", "内六角圆柱头螺钉", "GB70 M12×40 12.9级", "只", "2400", "0.58"),
]
HEADER = [
    "存货编码",
    "存货名称",
    "规格型号",
    "主计量",
    "数量",
    "原币单价",
    "原币含税单价",
    "原币税额",
    "原币价税合计",
    "计划到货日期",
]
COLUMNS = [
    (36, "l"),
    (92, "l"),
    (162, "l"),
    (250, "l"),
    (300, "r"),
    (342, "r"),
    (400, "r"),
    (444, "r"),
    (502, "r"),
    (510, "l"),
]
TAX = Decimal("1.13")
CENT = Decimal("0.01")


def _amount(qty: str, price: str) -> Decimal:
    return Decimal(qty) * Decimal(price)


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 11, 25),
        delivery=dt.date.fromisoformat(ARRIVAL),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="月结45天",
        lines=[
            (code, f"{name} {spec}", qty, unit, price, f"{_amount(qty, price):.2f}")
            for code, name, spec, unit, qty, price in ITEMS
        ],
    )


def _row(c, font: str, y: float, cells: list[str], size: float = 8) -> None:
    for (x, align), cell in zip(COLUMNS, cells, strict=True):
        if cell:
            draw.text(c, x, y, cell, font, size, "right" if align == "r" else "left")


def _fields(c, font: str, y: float, cells: list[str]) -> float:
    for x, cell in zip((36, 232, 420), cells, strict=False):
        if cell:
            draw.text(c, x, y, cell, font, 9.5)
    return y - 18


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    top = draw.PAGE_HEIGHT - 46
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 26, "采 购 订 单", font, 18, "center")
    c.setLineWidth(0.8)
    c.line(draw.PAGE_WIDTH / 2 - 62, top - 31, draw.PAGE_WIDTH / 2 + 62, top - 31)
    y = top - 58
    y = _fields(c, font, y, [f"订单编号：{PO}", "订单日期：2026-11-25", "采购类型：普通采购"])
    y = _fields(c, font, y, [f"供应商：{OUR_NAME_ZH}", "部门：采购部", "业务员：孙建平"])
    y = _fields(c, font, y, ["币种：人民币", "汇率：1.00000000", "税率：13.00"])
    y = _fields(c, font, y, ["付款条件：月结45天", f"到货地址：{ADDRESS}"])
    y = _fields(c, font, y, ["备注：图纸版本以我司技术部最新发放为准，供方送货须附材质证明。"])
    y -= 6
    _row(c, font, y, HEADER)
    c.setLineWidth(0.5)
    c.line(34, y - 5, 561, y - 5)
    y -= 20
    quantity = tax_total = Decimal(0)
    for code, name, spec, unit, qty, price in ITEMS:
        amount = _amount(qty, price)
        net = (amount / TAX).quantize(CENT, ROUND_HALF_UP)
        tax = amount - net
        net_price = (Decimal(price) / TAX).quantize(CENT, ROUND_HALF_UP)
        quantity, tax_total = quantity + Decimal(qty), tax_total + tax
        cells = [
            code,
            name,
            spec,
            unit,
            grouped(qty),
            grouped(net_price),
            price,
            grouped(tax),
            grouped(amount),
            ARRIVAL,
        ]
        _row(c, font, y, cells)
        y -= 17
    c.line(34, y + 11, 561, y + 11)
    total = expected().total_amount or Decimal(0)
    _row(
        c,
        font,
        y - 3,
        ["合计", "", "", "", grouped(quantity), "", "", grouped(tax_total), grouped(total), ""],
    )
    y -= 30
    draw.text(c, 36, y, f"价税合计（大写）：{capitals(total)}", font, 9.5)
    y -= 40
    for x, cell in zip(
        (36, 196, 356), ("制单人：孙建平", "审核人：陈晓红", "打印时间：2026-11-25 15:42"), strict=True
    ):
        draw.text(c, x, y, cell, font, 9)
    draw.text(c, draw.PAGE_WIDTH / 2, 28, "第1页 共1页", font, 8, "center")
    c.showPage()
    c.save()
    return buffer.getvalue()
