"""Unseen layout: a Nantong hydraulics maker's 委外订单 (subcontracting order) from 用友 YonSuite, 2 pages.

南通华创液压科技股份有限公司 runs 用友 YonSuite (YonBIP 成长版) and sends out machining as 委外
(outsourced processing): it supplies the steel itself and pays a processing price per finished part. The
buyer prints the approved 委外订单 from YonSuite's 打印模板 (A4 portrait, 主子孙 template) to PDF and
mails it. What it prints: the company top left, 委外订单 centred, a Code 128 barcode of the order number
top right with the number under it; a ruled header grid of shaded label cells beside value cells, three
pairs a row (单据编号 WWDD202612140031 / 单据日期 / 交易类型, 委外组织 / 委外部门 / 委外员, 委外商 (us) /
币种 人民币 / 汇率, 收货组织 / 付款协议 / 计划到货日期), then 收货地址 and 备注 across; the lines in a
ruled grid: 行号 (10, 20, 30 ...) | 产品编码 | 产品名称 | 规格型号 (long ones wrapped inside the cell
at a space) | 单位 | 委外数量 (2 decimals) | 无税单价 (4 decimals) | 含税单价 (the processing price
incl. 13 % VAT) | 税率 | 价税合计 | 计划到货日期; under nine lines the 孙表 row of the material the
buyer issues for it, in small grey print across the row (用料：子件编码 名称 规格 应发数量 单位 甲供, a
quantity with no price); 23 lines over 2 pages, the column heads and a running head (委外订单（续） and
单据编号) on page 2; 合计 (价税合计 only), 价税合计（大写） and （小写）¥; 制单人 / 审核人 / 审核时间
and 委外商确认; YonSuite's 打印时间 and 第 n 页 / 共 2 页.

Truth: the PO number 单据编号 (WWDD202612140031); the order date 单据日期; the requested delivery date
the head's 计划到货日期 (2027-01-12; four lines later); the currency CNY; the buyer the company top
left; the supplier 委外商 (us); the ship-to address 收货地址; the payment terms 付款协议; the total
价税合计（小写）; per line the part number 产品编码, the description 产品名称 and 规格型号 joined with a
space (a wrapped spec keeps the space it was wrapped at), the quantity 委外数量, the unit 单位, the unit
price 含税单价 and the amount 价税合计. The 用料 rows are no order lines.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.graphics.barcode.code128 import Code128

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "委外订单_WWDD202612140031.pdf"
BUYER = "南通华创液压科技股份有限公司"
PO = "WWDD202612140031"
ORDER_DATE = dt.date(2026, 12, 14)
DELIVERY = dt.date(2027, 1, 12)
LATER = dt.date(2027, 1, 20)
ADDRESS = "江苏省南通市经济技术开发区通达路218号华创液压二号厂房外协仓"
TERMS = "月结60天（票到）"
PRINTED = "2026-12-14 17:05:32"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 28.0, draw.PAGE_WIDTH - 28.0
SHADE = (0.9, 0.92, 0.95)
GREY = (0.42, 0.42, 0.42)
VAT = Decimal("1.13")
# 产品编码, 产品名称, 规格型号, 单位, 委外数量, 含税单价, 晚到,
# 用料 (子件编码, 名称, 规格, 应发数量, 单位) or None
ITEMS = [
    (
        "HC2101-0031",
        "活塞杆",
        "Φ40×386 42CrMo 调质镀铬 镀层0.03",
        "件",
        "200",
        "38.5000",
        False,
        ("3101042", "42CrMo圆钢", "Φ45", "96.500", "千克"),
    ),
    (
        "HC2101-0032",
        "活塞杆",
        "Φ50×452 42CrMo 调质镀铬 镀层0.03",
        "件",
        "150",
        "52.8000",
        False,
        ("3101052", "42CrMo圆钢", "Φ55", "123.600", "千克"),
    ),
    ("HC2102-0115", "活塞", "Φ80×45 QT500-7", "件", "200", "16.2000", False, None),
    ("HC2102-0116", "活塞", "Φ100×50 QT500-7", "件", "150", "21.6000", False, None),
    ("HC2103-0208", "导向套", "Φ80/Φ40×60 QT500-7 内孔珩磨", "件", "200", "18.9000", False, None),
    ("HC2103-0209", "导向套", "Φ100/Φ50×70 QT500-7 内孔珩磨", "件", "150", "24.3000", False, None),
    (
        "HC2104-0012",
        "缸筒",
        "Φ80×Φ95×420 27SiMn 冷拔管 内孔珩磨Ra0.4",
        "件",
        "200",
        "86.0000",
        False,
        ("3102080", "27SiMn冷拔管", "Φ80×Φ95", "86.000", "米"),
    ),
    (
        "HC2104-0013",
        "缸筒",
        "Φ100×Φ121×480 27SiMn 冷拔管 内孔珩磨Ra0.4",
        "件",
        "150",
        "118.5000",
        True,
        ("3102100", "27SiMn冷拔管", "Φ100×Φ121", "73.500", "米"),
    ),
    (
        "HC2105-0301",
        "缸底",
        "Φ95 焊接坡口 Q355B",
        "件",
        "200",
        "12.6000",
        False,
        ("3103095", "Q355B圆钢", "Φ100", "148.000", "千克"),
    ),
    (
        "HC2105-0302",
        "缸底",
        "Φ121 焊接坡口 Q355B",
        "件",
        "150",
        "17.4000",
        False,
        ("3103121", "Q355B圆钢", "Φ125", "171.000", "千克"),
    ),
    ("HC2106-0044", "耳环", "Φ40 关节轴承座 45#", "件", "350", "9.8000", False, None),
    ("HC2106-0045", "耳环", "Φ50 关节轴承座 45#", "件", "150", "13.5000", False, None),
    ("HC2107-0520", "法兰", "DN25 SAE 6000psi 45#", "件", "400", "7.2000", False, None),
    ("HC2107-0521", "法兰", "DN32 SAE 6000psi 45#", "件", "300", "9.6000", False, None),
    ("HC2108-0610", "油口接头", "M27×2 直通 45# 镀锌", "件", "700", "3.4500", False, None),
    ("HC2108-0611", "油口接头", "M33×2 直通 45# 镀锌", "件", "300", "4.8500", False, None),
    (
        "HC2109-0702",
        "齿轮泵轴",
        "m2.5 z13 20CrMnTi 渗碳淬火 HRC58-62 磨齿",
        "件",
        "120",
        "46.0000",
        True,
        ("3104025", "20CrMnTi圆钢", "Φ30", "58.800", "千克"),
    ),
    (
        "HC2109-0703",
        "齿轮泵轴",
        "m3 z11 20CrMnTi 渗碳淬火 HRC58-62 磨齿",
        "件",
        "120",
        "52.5000",
        True,
        ("3104030", "20CrMnTi圆钢", "Φ35", "72.000", "千克"),
    ),
    ("HC2110-0015", "泵体", "CBN-E316 HT250 精镗", "件", "120", "35.0000", False, None),
    ("HC2110-0016", "泵盖", "CBN-E316 HT250 精铣", "件", "120", "22.5000", False, None),
    ("HC2111-0081", "侧板", "CBN-E316 铜合金 双面研磨", "件", "240", "8.7500", False, None),
    (
        "HC2112-0090",
        "支座",
        "Q235B 折弯焊接 喷塑 RAL7035",
        "套",
        "60",
        "65.0000",
        True,
        ("3105003", "Q235B钢板", "δ8", "0.720", "吨"),
    ),
    ("HC2113-0120", "销轴", "Φ40×120 45# 调质 镀硬铬", "件", "350", "6.9000", False, None),
]
COLUMNS = [  # heading, width, align
    ("行号", 24, "c"),
    ("产品编码", 58, "l"),
    ("产品名称", 50, "l"),
    ("规格型号", 118, "l"),
    ("单位", 22, "c"),
    ("委外数量", 42, "r"),
    ("无税单价", 44, "r"),
    ("含税单价", 44, "r"),
    ("税率", 24, "c"),
    ("价税合计", 56, "r"),
    ("计划到货日期", RIGHT - LEFT - 482, "c"),
]
SIZE, LINE, SUB = 7.0, 10.0, 11.0
BOTTOM = 52.0


def line_amount(item: tuple) -> Decimal:
    return amount(item[4], item[5])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, price, *_ in ITEMS
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def spec_lines(spec: str, font: str) -> list[str]:
    """The spec as the grid wraps it: at a space, when it is wider than its cell."""
    return wrap_words(spec, font, SIZE, COLUMNS[3][1] - 6)


def _height(item: tuple, font: str) -> float:
    return 11 + LINE * len(spec_lines(item[2], font)) + (SUB if item[7] else 0)


def _put(c, font: str, col: int, base: float, value: str, size: float = SIZE) -> None:
    edges, align = _edges(), COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 3, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, edges[col] + 3, base, value, font, size)


def _head(c, font: str, page: int) -> float:
    top = HEIGHT - 34
    if page > 1:
        draw.text(c, LEFT, top - 10, f"{BUYER}　委外订单（续）", font, 9)
        draw.text(c, RIGHT, top - 10, f"单据编号：{PO}", font, 9, "right")
        return top - 22
    draw.text(c, LEFT, top - 12, BUYER, font, 11)
    draw.text(c, WIDTH / 2, top - 34, "委外订单", font, 17, "center")
    barcode = Code128(PO, barWidth=0.62, barHeight=22, humanReadable=False)
    barcode.drawOn(c, RIGHT - barcode.width, top - 26)
    draw.text(c, RIGHT - barcode.width / 2, top - 35, PO, draw.LATIN_FONT, 7, "center")
    top -= 48
    pairs = [
        [("单据编号", PO), ("单据日期", ORDER_DATE.isoformat()), ("交易类型", "标准委外")],
        [("委外组织", "华创液压本部"), ("委外部门", "外协管理部"), ("委外员", "顾建华")],
        [("委外商", OUR_NAME_ZH), ("币种", "人民币"), ("汇率", "1.000000")],
        [("收货组织", "华创液压本部"), ("付款协议", TERMS), ("计划到货日期", DELIVERY.isoformat())],
        [("收货地址", ADDRESS)],
        [
            (
                "备注",
                "材料由我方提供（见各行用料，甲供），加工余料及废料随货退回；送货单须注明委外订单号及行号。",
            )
        ],
    ]
    label_w, cell_w, row_h = 52.0, (RIGHT - LEFT) / 3 - 52.0, 16.0
    c.setLineWidth(0.5)
    for row in pairs:
        for k, (label, value) in enumerate(row):
            x = LEFT + k * (label_w + cell_w)
            span = cell_w if len(row) == 3 else RIGHT - LEFT - label_w
            c.setFillColorRGB(*SHADE)
            c.rect(x, top - row_h, label_w, row_h, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + label_w, top - row_h, span, row_h, stroke=1, fill=0)
            draw.text(c, x + 4, top - 11, label, font, 7.5)
            draw.text(c, x + label_w + 4, top - 11, value, font, 7.5)
        top -= row_h
    return top - 10


def _heads(c, font: str, top: float) -> float:
    edges = _edges()
    c.setFillColorRGB(*SHADE)
    c.rect(LEFT, top - 16, edges[-1] - LEFT, 16, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    c.line(LEFT, top, edges[-1], top)
    c.line(LEFT, top - 16, edges[-1], top - 16)
    for edge in edges:
        c.line(edge, top, edge, top - 16)
    for col, (heading, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 11, heading, font, 7, "center")
    return top - 16


def _row(c, font: str, top: float, n: int, item: tuple) -> float:
    code, name, spec, unit, qty, price, later, material = item
    height = _height(item, font)
    base = top - 12.5
    _put(c, font, 0, base, str(10 * n))
    _put(c, font, 1, base, code)
    _put(c, font, 2, base, name)
    for k, part in enumerate(spec_lines(spec, font)):
        draw.text(c, _edges()[3] + 3, base - LINE * k, part, font, SIZE)
    _put(c, font, 4, base, unit)
    _put(c, font, 5, base, grouped(qty))
    untaxed = (Decimal(price) / VAT).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    _put(c, font, 6, base, f"{untaxed:,.4f}")
    _put(c, font, 7, base, f"{Decimal(price):,.4f}")
    _put(c, font, 8, base, "13%")
    _put(c, font, 9, base, grouped(line_amount(item)))
    _put(c, font, 10, base, (LATER if later else DELIVERY).isoformat())
    edges = _edges()
    main = top - height + (SUB if material else 0)
    c.setLineWidth(0.5)
    for edge in edges:
        c.line(edge, top, edge, main if edge not in (edges[0], edges[-1]) else top - height)
    c.line(LEFT, top - height, edges[-1], top - height)
    if material:
        part, mname, mspec, mqty, munit = material
        c.setFillColorRGB(*GREY)
        text = f"└ 用料：{part}　{mname}　{mspec}　应发数量 {mqty} {munit}　供应方式：甲供"
        draw.text(c, _edges()[1] + 3, top - height + 4, text, font, 6.3)
        c.setFillColorRGB(0, 0, 0)
    return top - height


def _foot(c, font: str, page: int, pages: int) -> None:
    draw.text(c, LEFT, 30, f"用友YonSuite　打印人：顾建华　打印时间：{PRINTED}", font, 6.5)
    draw.text(c, RIGHT, 30, f"第 {page} 页 / 共 {pages} 页", font, 6.5, "right")


def _totals(c, font: str, top: float) -> float:
    edges = _edges()
    c.setLineWidth(0.5)
    c.rect(LEFT, top - 16, edges[-1] - LEFT, 16)
    draw.text(c, (edges[1] + edges[3]) / 2, top - 11, "合计", font, 7.5, "center")
    _put(c, font, 9, top - 11, grouped(total()), 7.5)
    top -= 32
    draw.text(c, LEFT, top, f"价税合计（大写）：人民币{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT, top, f"（小写）：¥{grouped(total())}", font, 8.5, "right")
    top -= 30
    sign = [("制单人", "顾建华"), ("审核人", "陆志强"), ("审核时间", "2026-12-14 16:48")]
    for k, (label, who) in enumerate(sign):
        draw.text(c, LEFT + 170 * k, top, f"{label}：{who}", font, 8)
    top -= 24
    draw.text(c, LEFT, top, "委外商确认（签字盖章）：____________________　　日期：____________", font, 8)
    return top - 10


def _pages(font: str) -> list[list[int]]:
    pages: list[list[int]] = [[]]
    room = HEIGHT - 34 - 48 - 6 * 16 - 10 - 16 - BOTTOM
    for index, item in enumerate(ITEMS):
        if room - _height(item, font) < 0:
            pages.append([])
            room = HEIGHT - 34 - 22 - 16 - BOTTOM
        pages[-1].append(index)
        room -= _height(item, font)
    return pages


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"委外订单 {PO}")
    chunks = _pages(font)
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        start = _heads(c, font, _head(c, font, page))
        y = start
        for index in chunk:
            y = _row(c, font, y, index + 1, ITEMS[index])
        if y < BOTTOM - 1:
            raise AssertionError(f"page {page} overflows")
        if page == len(chunks) and _totals(c, font, y) < BOTTOM:
            raise AssertionError("the totals do not fit")
        _foot(c, font, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
