"""Unseen layout: a Wuxi hydraulics plant's JD Edwards EnterpriseOne 采购订单 (in Chinese), CNY, 2 pages.

科森特液压系统（无锡）有限公司, the Chinese plant of a foreign hydraulics group, buys through the group's JD
Edwards EnterpriseOne (9.2, the user profile in Simplified Chinese) and mails the purchase order print,
R43500 run through its BI Publisher template, as the PDF the batch job wrote (R43500_CSN0001_<job>_PDF.pdf:
JDE names its output after report, version and job, not after the order). What it prints, A4 portrait: the
company in Chinese over its English name and address top left; 采购订单 top right over the order's key as
JDE keeps it, 订单号 1004187 | 订单类型 OP | 订单公司 00100, then 订单日期 2026/12/18 (the profile's
YYYY/MM/DD) and 页码 n / 2, printed again on page 2; on page 1 the 供应商 block (our address-book number
20418, our name, address, phone) beside the 送货地址 block (the branch/plant's number 4100, the plant's name,
street, postcode), then a ruled strip of label-over-value boxes: 采购员 王丽 (WANGLI) | 请求日期 2027/01/15
| 付款条件 月结60天 | 运输方式 供应商送货 | 交货条件 送货到厂 | 币种 CNY; the detail with a shaded head and a
hairline under each line, no vertical rules: 行号 as JDE numbers lines (1.000, 2.000 ...) | 项目号 (the
second item number, 301-20045) | 说明 (Description 1, and Description 2 on its own row under it) | 请求日期
per line (three lines 2027/01/29) | 数量 with the two display decimals of the data item (2,400.00; 240.50)
| 单位 as JDE's UOM codes (EA, BX, M, KG, ST, DR) | 单位成本 with four decimals (0.0850) | 延伸金额; 19
lines, 16 on page 1 and "*** 续下页 ***" under them; on page 2 after the last line: 不含税金额合计, 税额
(13%) summed from the lines' taxes and 订单总额（含税） CNY 155,824.18; 订单说明 1-3; 采购员 / 采购经理 /
供应商确认（签字盖章）; a foot with R43500 / CSN0001, the print time and the user.

Truth: the PO number 订单号 1004187 (OP and 00100 are the order type and company, not the number); the
order date 订单日期; the requested delivery date the strip's 请求日期 (the earliest of the lines'); the
currency CNY; the buyer the company (its Chinese name); the supplier the 供应商 block's name (our Chinese
name); the ship-to address the 送货地址 block's street line; the payment terms 付款条件; the total 订单总额
（含税）, with the tax (the lines are before it); per line the part number 项目号, the description
Description 1 and Description 2 joined with a space, the unit, the quantity, the unit price 单位成本 and the
amount 延伸金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "R43500_CSN0001_4418203_PDF.pdf"
BUYER = "科森特液压系统（无锡）有限公司"
BUYER_EN = "Corsent Hydraulic Systems (Wuxi) Co., Ltd."
PO, ORDER_TYPE, ORDER_CO = "1004187", "OP", "00100"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 1, 15)
LATER = dt.date(2027, 1, 29)
ADDRESS = "江苏省无锡市新吴区锡兴路58号"
TERMS = "月结60天"
CENT = Decimal("0.01")
VAT = Decimal("0.13")
WIDTH, HEIGHT = A4
LEFT, RIGHT = 34.0, A4[0] - 34.0
FIRST = 16  # lines on page 1
PAGES = 2
# 项目号, Description 1, Description 2, 单位, 数量, 单位成本, the later 请求日期
ITEMS = [
    ("301-20045", "深沟球轴承", "6205-2RS C3", "EA", "2400", "3.2600", False),
    ("301-20052", "深沟球轴承", "6305-ZZ C3", "EA", "1200", "5.8400", False),
    ("302-11018", "骨架油封", "TC 35×52×7 NBR", "EA", "3000", "0.8650", False),
    ("302-11240", "O型圈", "32×3.1 FKM 75A", "EA", "5000", "0.1260", False),
    ("305-40110", "液压缸活塞杆", "42CrMo Φ40×520 镀铬", "EA", "180", "86.5000", True),
    ("305-40115", "导向套", "QT500-7 Φ40/Φ65", "EA", "180", "32.8000", True),
    ("310-00821", "内六角圆柱头螺钉", "GB/T 70.1 M8×25 12.9级 500只/盒", "BX", "48", "42.5000", False),
    ("310-00915", "六角法兰面螺母", "M10 8级 镀锌", "EA", "10000", "0.0850", False),
    ("320-05012", "无缝钢管", "20# Φ57×3.5", "M", "240.5", "64.0000", False),
    ("320-05104", "冷轧钢板", "SPCC 1.5×1250×2500", "KG", "1862.5", "6.2400", False),
    ("330-12007", "液压软管总成", "2SN DN12 L=1000 两端JIC", "EA", "360", "48.6000", False),
    ("330-12033", "直通接头", "1CB-12 M18×1.5", "EA", "720", "4.1500", False),
    ("340-00310", "齿轮泵", "CBN-E316 右旋", "EA", "60", "385.0000", False),
    ("340-00422", "电磁换向阀", "4WE6E DC24V", "EA", "40", "268.0000", False),
    ("350-02008", "密封修理包", "CDT3 MP5 Φ63 活塞杆40", "ST", "150", "26.7500", True),
    ("360-00105", "滚子链", "08B-1 5米/盒", "BX", "36", "96.5000", False),
    ("360-00220", "链轮", "08B-1 z=17 Φ25孔", "EA", "240", "12.6000", False),
    ("380-10003", "防锈油", "薄层型 18L/桶", "DR", "6", "268.0000", False),
    ("390-00001", "木托盘", "1200×1000 熏蒸", "EA", "24", "85.0000", False),
]
COLS = [  # title, width, align
    ("行号", 34, "r"),
    ("项目号", 60, "l"),
    ("说明", 152, "l"),
    ("请求日期", 58, "c"),
    ("数量", 62, "r"),
    ("单位", 30, "c"),
    ("单位成本", 58, "r"),
    ("延伸金额", 0, "r"),
]
COLS[-1] = ("延伸金额", RIGHT - LEFT - sum(width for _, width, _ in COLS), "r")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE = 8.0


def jde_date(day: dt.date) -> str:
    return day.strftime("%Y/%m/%d")


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def line_total(item: tuple) -> Decimal:
    return amount(item[4], item[5])


def net_total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def tax() -> Decimal:
    """JDE taxes each line and sums the taxes."""
    return sum(((line_total(item) * VAT).quantize(CENT, ROUND_HALF_UP) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return net_total() + tax()


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=f"{item[1]} {item[2]}",
            quantity=Decimal(item[4]),
            unit=item[3],
            unit_price=Decimal(item[5]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="CNY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_ZH),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _top(c: Canvas, font: str, page: int) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, font, 12)
    draw.text(c, LEFT, top - 13, BUYER_EN, font, 7.5)
    draw.text(c, LEFT, top - 24, "江苏省无锡市新吴区长江南路21号  邮编 214028", font, 7.5)
    draw.text(c, LEFT, top - 34, "电话 0510-85218800  传真 0510-85218801", font, 7.5)
    x = RIGHT - 130
    draw.text(c, RIGHT, top, "采购订单", font, 16, "right")
    rows = [
        ("订单号", PO),
        ("订单类型", ORDER_TYPE),
        ("订单公司", ORDER_CO),
        ("订单日期", jde_date(ORDER_DATE)),
        ("页码", f"{page} / {PAGES}"),
    ]
    for k, (label, value) in enumerate(rows):
        base = top - 18 - 10.5 * k
        draw.text(c, x, base, label, font, 7.5)
        draw.text(c, x + 48, base, value, font, 8)
    c.setLineWidth(0.8)
    c.line(LEFT, top - 68, RIGHT, top - 68)
    return top - 78


def _blocks(c: Canvas, font: str, y: float) -> float:
    half = (RIGHT - LEFT) / 2
    supplier = [
        "供应商号 20418",
        OUR_NAME_ZH,
        "江苏省苏州市高新区火炬路88号",
        "邮编 215163  电话 0512-66558812",
    ]
    ship = ["地址号 4100", f"{BUYER} 二号工厂", ADDRESS, "邮编 214028  收货组 王建平 0510-85218836"]
    for k, (title, lines) in enumerate((("供应商", supplier), ("送货地址", ship))):
        x = LEFT + k * half + (6 if k else 0)
        w = half - 6
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.rect(x, y - 13, w, 13, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(0.5)
        c.rect(x, y - 13 - 12 * len(lines) - 6, w, 13 + 12 * len(lines) + 6)
        draw.text(c, x + 4, y - 9.5, title, font, 8)
        for n, value in enumerate(lines):
            draw.text(c, x + 4, y - 25 - 12 * n, value, font, 8)
    y -= 13 + 12 * 4 + 6 + 10
    strip = [
        ("采购员", "王丽 (WANGLI)"),
        ("请求日期", jde_date(DELIVERY)),
        ("付款条件", TERMS),
        ("运输方式", "供应商送货"),
        ("交货条件", "送货到厂"),
        ("币种", "CNY"),
    ]
    width = (RIGHT - LEFT) / len(strip)
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT, y - 12, RIGHT - LEFT, 12, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.rect(LEFT, y - 28, RIGHT - LEFT, 28)
    c.line(LEFT, y - 12, RIGHT, y - 12)
    for k, (label, value) in enumerate(strip):
        x = LEFT + k * width
        if k:
            c.line(x, y, x, y - 28)
        draw.text(c, x + 4, y - 9, label, font, 7.5)
        draw.text(c, x + 4, y - 23, value, font, 8)
    return y - 38


def _put(c: Canvas, k: int, base: float, value: str, font: str) -> None:
    align = COLS[k][2]
    if align == "r":
        draw.text(c, EDGES[k + 1] - 3, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, EDGES[k] + 3, base, value, font, SIZE)


def _thead(c: Canvas, y: float, font: str) -> float:
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, (title, _, _) in enumerate(COLS):
        _put(c, k, y - 10.5, title, font)
    return y - 15


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, qty, cost, later = item
    base = y - 11
    cells = [f"{n}.000", code, name, jde_date(LATER if later else DELIVERY), money(qty), unit, cost]
    cells.append(money(line_total(item)))
    for k, value in enumerate(cells):
        _put(c, k, base, value, font)
    _put(c, 2, base - 10, spec, font)
    bottom = base - 15
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.line(LEFT, bottom, RIGHT, bottom)
    c.setStrokeColorRGB(0, 0, 0)
    return bottom


def _end(c: Canvas, y: float, font: str) -> float:
    rows = [
        ("不含税金额合计", money(net_total())),
        ("税额 (13%)", money(tax())),
        ("订单总额（含税） CNY", money(total())),
    ]
    c.setLineWidth(0.8)
    c.line(EDGES[4], y - 4, RIGHT, y - 4)
    for k, (label, value) in enumerate(rows):
        base = y - 16 - 13 * k
        draw.text(c, EDGES[4], base, label, font, 8.5)
        draw.text(c, RIGHT - 3, base, value, font, 8.5, "right")
    y -= 16 + 13 * len(rows) + 8
    notes = [
        "订单说明：",
        "1. 请于收到订单后2个工作日内回签确认，如不能按请求日期交货请及时通知采购员。",
        "2. 送货单须注明订单号及行号，开具13%增值税专用发票，发票与送货单一致。",
        "3. 随货提供材质证明及出厂检验报告，包装标签注明项目号。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 12 * k, value, font, 8)
    y -= 12 * len(notes) + 24
    third = (RIGHT - LEFT) / 3
    for k, value in enumerate(["采购员：王丽", "采购经理：陈志刚", "供应商确认（签字盖章）："]):
        draw.text(c, LEFT + k * third, y, value, font, 8.5)
    return y - 10


def _foot(c: Canvas, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    draw.text(c, LEFT, 29, "R43500 / CSN0001", font, 7)
    draw.text(c, WIDTH / 2, 29, "打印日期 2026/12/18 10:24:37", font, 7, "center")
    draw.text(c, RIGHT, 29, "用户 WANGLI", font, 7, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle("R43500_CSN0001_4418203_PDF")
    c.setAuthor("WANGLI")
    c.setCreator("Oracle BI Publisher 11.1.1.9.0")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _top(c, font, page)
        if page == 1:
            y = _blocks(c, font, y)
        y = _thead(c, y, font)
        for n, item in enumerate(chunk, start=1 + (FIRST if page == 2 else 0)):
            y = _item(c, y, n, item, font)
        if page < PAGES:
            draw.text(c, WIDTH / 2, y - 14, "*** 续下页 ***", font, 8, "center")
            y -= 14
        else:
            y = _end(c, y, font)
        if y < 50:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
