"""Unseen layout: a Taicang machine-parts maker's SAP Business One 中文版 采购订单 print, RMB, 2 pages.

太仓柯乐精密机械有限公司 (Taicang, a German-owned maker of linear-motion assemblies) runs SAP Business One
9.3 with the Chinese localisation, as many foreign-invested firms in the Yangtze delta do; its buyer prints
the 采购订单 with the partner's Crystal layout to PDF and e-mails it. What B1 prints: the company in Chinese
and English with its address top left; 采购订单 / PURCHASE ORDER top right over a label | value box with
B1's field names (单据编号 26000418, B1's plain document number from a yearly series; 过账日期, 交货日期 and
单据日期 in the company's yyyy/mm/dd date format; 页码 1 / 2); the 供应商 box (B1's card code V20318 before
our name, 地址, 联系人, 电话) beside 运达至 (the warehouse's name over its address); a strip 采购员 /
付款条款 月结60天 / 运输方式 / 币种 RMB (B1's local currency code in China, not CNY) / 供应商参考号 (our
quotation); a grid with a grey head band and no vertical rules: # | 物料编号 (RM10231) | 物料描述 (the item
name with its spec, wrapped at a space) | 供应商目录号 (our number, QH-...) | 数量 (3,000.00; 850.50) |
单位 | 单价 net of tax with four decimals | 折扣 % (3.00 and 5.00 on three lines) | 税码 J1 (进项税 13%) |
行总计 net, after the discount | 交货日期 per line; 24 lines, 19 on page 1 (Crystal keeps its page footer
section free on every page, so page 1 ends well above its foot), the page head and band again on page 2;
in the footer section of the last page 备注 with B1's own 基于 采购申请 1087。 and 折扣前总计 / 折扣 0.00 % /
运费 / 税额 / 总计 with RMB before each amount (the total tax included, the tax computed per line); 采购员 /
审批 / 供应商确认（签章）; 打印时间 and 第 n 页 / 共 2 页 in the foot.

Truth: the PO number 单据编号 (26000418); the order date 过账日期; the requested delivery date the head's
交货日期 (the lines' own dates are earlier on five); the currency CNY (RMB); the buyer the company; the
supplier 供应商 (us, without B1's card code); the ship-to address 运达至's address line; the payment terms
付款条款; the total 总计 (tax included, so more than the lines' sum); per line the part number 物料编号
(not the 供应商目录号), the description 物料描述 as keyed (its wrapped lines joined with a space), the unit
单位, the quantity 数量, the unit price 单价 (net of tax, before the 折扣) and the amount 行总计 (net, after
the 折扣).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单_26000418.pdf"
BUYER = "太仓柯乐精密机械有限公司"
BUYER_EN = "Taicang Koehler Precision Machinery Co., Ltd."
PO = "26000418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 1, 25)
SHIP_NAME = "太仓柯乐精密机械有限公司 原材料仓库（2号门）"
ADDRESS = "江苏省太仓市高新区青岛西路17号"
TERMS = "月结60天"
CENT = Decimal("0.01")
TAX = Decimal("0.13")
EARLY, EARLIER = dt.date(2027, 1, 18), dt.date(2027, 1, 11)
# 物料编号, 物料描述, 供应商目录号, 数量, 单位, 单价 (不含税), 折扣 %, 行交货日期
ITEMS = [
    ("RM10231", "深沟球轴承 6204-2RS C3", "QH-BB6204RS", "3000", "个", "1.6800", "", DELIVERY),
    ("RM10236", "深沟球轴承 6306-2Z C3", "QH-BB6306Z", "1200", "个", "4.9500", "", DELIVERY),
    ("RM10412", "圆柱销 ISO 8734 8×30 淬硬", "QH-DP0830", "5000", "个", "0.2150", "", DELIVERY),
    (
        "RM10418",
        "内六角圆柱头螺钉 DIN 912 M8×25 12.9级",
        "QH-S0825-129",
        "20000",
        "个",
        "0.1380",
        "",
        DELIVERY,
    ),
    ("RM10425", "弹性圆柱销 ISO 8752 5×20", "QH-SP0520", "10000", "个", "0.0460", "", DELIVERY),
    ("RM10450", "平垫圈 DIN 125 M8 镀锌", "QH-W08Z", "20000", "个", "0.0175", "", DELIVERY),
    ("RM10460", "六角螺母 DIN 934 M8 8级 镀锌", "QH-N08Z", "20000", "个", "0.0320", "", DELIVERY),
    ("RM11003", "直线导轨 HGR20 L=600mm", "QH-LG20-600", "240", "根", "96.5000", "3", EARLY),
    ("RM11005", "滑块 HGH20CA 法兰型", "QH-LB20CA", "480", "个", "58.2000", "3", EARLY),
    ("RM11020", "直线轴承 LM20UU", "QH-LM20UU", "200", "个", "9.8000", "", DELIVERY),
    ("RM11210", "同步带轮 HTD5M-30T 宽20 铝合金", "QH-TP5M30", "300", "个", "18.7500", "", DELIVERY),
    ("RM11212", "同步带 HTD 5M-800-20", "QH-TB5M800", "300", "条", "22.4000", "", DELIVERY),
    ("RM11830", "梯形丝杠 Tr20×4 L=800 45#调质", "QH-LS2004-800", "150", "根", "64.0000", "", DELIVERY),
    ("RM12001", "气缸 ISO 15552 Ø50×100 带磁环", "QH-CY50100", "80", "个", "245.0000", "5", DELIVERY),
    ("RM12018", "电磁阀 5/2 G1/4 24VDC", "QH-SV52-24", "160", "个", "86.5000", "", DELIVERY),
    ("RM12030", "单向节流阀 JSC8-02", "QH-FC0802", "320", "个", "6.4500", "", DELIVERY),
    ("RM12105", "气管 PU 8×5 蓝色 100米/卷", "QH-PU0805B", "60", "卷", "135.0000", "", DELIVERY),
    ("RM12110", "快插接头 PC8-02", "QH-PC0802", "2000", "个", "1.8500", "", DELIVERY),
    ("RM13007", "O形圈 NBR70 Ø45×3", "QH-OR4530", "4000", "个", "0.3250", "", DELIVERY),
    ("RM13022", "不锈钢板 SUS304 2.0mm 2B 定尺", "QH-SS304-20", "850.5", "千克", "18.6000", "", EARLIER),
    ("RM13040", "铝型材 4040 欧标 6米/支 本色阳极氧化", "QH-AL4040-6", "120", "支", "168.0000", "", EARLIER),
    ("RM13055", "铝板 5052 3.0mm 1220×2440", "QH-AL5052-30", "36", "张", "412.0000", "", EARLIER),
    ("PK90012", "出口木箱 1200×800×900 熏蒸", "QH-WC1208", "20", "个", "320.0000", "", DELIVERY),
    ("PK90031", "防锈膜 VCI 1000mm×100m", "QH-VCI10", "12", "卷", "265.0000", "", DELIVERY),
]
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 28.0, draw.PAGE_WIDTH - 28.0
COLUMNS = [  # heading, width, align
    ("#", 16, "c"),
    ("物料编号", 42, "l"),
    ("物料描述", 124, "l"),
    ("供应商目录号", 60, "l"),
    ("数量", 46, "r"),
    ("单位", 22, "c"),
    ("单价", 44, "r"),
    ("折扣 %", 28, "r"),
    ("税码", 22, "c"),
    ("行总计", 0, "r"),
    ("交货日期", 54, "c"),
]
COLUMNS[9] = ("行总计", RIGHT - LEFT - sum(width for _, width, _ in COLUMNS), "r")
EDGES = [LEFT]
for _, _width, _ in COLUMNS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H, ROW_PAD = 8.0, 10.0, 10.0
# Crystal's page footer section (the totals block, printed on the last page only) is kept free on every page
BOTTOM = 186.0
PAGES = 2


def b1_date(day: dt.date) -> str:
    """The company's B1 date format: yyyy/mm/dd."""
    return day.strftime("%Y/%m/%d")


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def line_total(item: tuple) -> Decimal:
    gross = amount(item[3], item[5])
    return (gross * (100 - Decimal(item[6] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def line_tax(item: tuple) -> Decimal:
    """B1 computes the tax per line (税码 J1, 13 %) and adds the lines' taxes up."""
    return (line_total(item) * TAX).quantize(CENT, ROUND_HALF_UP)


def net_total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def tax_total() -> Decimal:
    return sum((line_tax(item) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return net_total() + tax_total()


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[3]),
            unit=item[4],
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


def _cells(n: int, item: tuple) -> list[str]:
    code, name, catalog, qty, unit, price, discount, day = item
    return [
        str(n),
        code,
        name,
        catalog,
        money(qty),
        unit,
        f"{Decimal(price):,.4f}",
        money(discount or "0"),
        "J1",
        money(line_total(item)),
        b1_date(day),
    ]


def _wrapped(cells: list[str], font: str) -> list[list[str]]:
    return [
        wrap_words(cell, font, SIZE, EDGES[k + 1] - EDGES[k] - 4) if COLUMNS[k][2] == "l" else [cell]
        for k, cell in enumerate(cells)
    ]


def _height(wrapped: list[list[str]]) -> float:
    return ROW_PAD + LINE_H * max(len(parts) for parts in wrapped)


def _page_head(c, font: str, page: int) -> float:
    top = HEIGHT - 40
    draw.text(c, LEFT, top, BUYER, font, 12)
    draw.text(c, LEFT, top - 13, BUYER_EN, font, 8)
    draw.text(c, LEFT, top - 25, f"地址：{ADDRESS} 215400", font, 7.5)
    draw.text(c, LEFT, top - 36, "电话：0512-5337 8100 传真：0512-5337 8199", font, 7.5)
    x = RIGHT - 170
    draw.text(c, RIGHT, top, "采购订单", font, 16, "right")
    draw.text(c, RIGHT, top - 13, "PURCHASE ORDER", font, 8, "right")
    rows = [("单据编号", PO), ("过账日期", b1_date(ORDER_DATE)), ("交货日期", b1_date(DELIVERY))]
    rows += [("单据日期", b1_date(ORDER_DATE)), ("页码", f"{page} / {PAGES}")]
    y = top - 22
    c.setLineWidth(0.5)
    c.rect(x, y - 12 * len(rows) - 2, RIGHT - x, 12 * len(rows) + 2)
    for k, (label, value) in enumerate(rows):
        draw.text(c, x + 4, y - 10 - 12 * k, label, font, 7.5)
        draw.text(c, x + 60, y - 10 - 12 * k, value, font, 7.5)
    return y - 12 * len(rows) - 12


def _parties(c, font: str, y: float) -> float:
    half = (RIGHT - LEFT) / 2
    height = 62
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, half - 4, height)
    c.rect(LEFT + half + 4, y - height, half - 4, height)
    supplier = [
        f"供应商：V20318  {OUR_NAME_ZH}",
        "地址：江苏省苏州市高新区火炬路88号",
        "联系人：张丽",
        "电话：0512-6658 3120",
    ]
    ship = ["运达至：", SHIP_NAME, ADDRESS, "收货人：周建华 0512-5337 8166"]
    for k, value in enumerate(supplier):
        draw.text(c, LEFT + 4, y - 12 - 13 * k, value, font, 7.5)
    for k, value in enumerate(ship):
        draw.text(c, LEFT + half + 8, y - 12 - 13 * k, value, font, 7.5)
    y -= height + 6
    strip = [("采购员", "王磊"), ("付款条款", TERMS), ("运输方式", "供方送货"), ("币种", "RMB")]
    strip.append(("供应商参考号", "QH-Q26-1221"))
    width = (RIGHT - LEFT) / len(strip)
    c.rect(LEFT, y - 26, RIGHT - LEFT, 26)
    for k, (label, value) in enumerate(strip):
        x = LEFT + k * width
        if k:
            c.line(x, y, x, y - 26)
        draw.text(c, x + 4, y - 10, label, font, 7)
        draw.text(c, x + 4, y - 21, value, font, 7.5)
    return y - 34


def _band(c, font: str, y: float) -> float:
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, (title, _, align) in enumerate(COLUMNS):
        if align == "r":
            draw.text(c, EDGES[k + 1] - 4, y - 10.5, title, font, 7.5, "right")
        elif align == "c":
            draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, y - 10.5, title, font, 7.5, "center")
        else:
            draw.text(c, EDGES[k] + 2, y - 10.5, title, font, 7.5)
    return y - 15


def _row(c, font: str, y: float, wrapped: list[list[str]]) -> float:
    for k, parts in enumerate(wrapped):
        align = COLUMNS[k][2]
        for n, part in enumerate(parts):
            base = y - 10 - LINE_H * n
            if align == "r":
                draw.text(c, EDGES[k + 1] - 4, base, part, font, SIZE, "right")
            elif align == "c":
                draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, part, font, SIZE, "center")
            else:
                draw.text(c, EDGES[k] + 2, base, part, font, SIZE)
    height = _height(wrapped)
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.setLineWidth(0.3)
    c.line(LEFT, y - height, RIGHT, y - height)
    c.setStrokeColorRGB(0, 0, 0)
    return y - height


def _end(c, font: str) -> None:
    """The page footer section on the last page: 备注 and the totals, then the sign-off."""
    y = BOTTOM - 4
    c.setLineWidth(0.8)
    c.line(LEFT, y, RIGHT, y)
    y -= 14
    draw.text(c, LEFT, y, "备注：基于 采购申请 1087。", font, 7.5)
    draw.text(c, LEFT, y - 12, "请随货附材质证明及出厂检验报告，送货单注明单据编号及物料编号。", font, 7.5)
    x = RIGHT - 200
    rows = [
        ("折扣前总计", f"RMB {money(net_total())}"),
        ("折扣  0.00 %", "RMB 0.00"),
        ("运费", "RMB 0.00"),
        ("税额", f"RMB {money(tax_total())}"),
        ("总计", f"RMB {money(total())}"),
    ]
    for k, (label, value) in enumerate(rows):
        draw.text(c, x, y - 12 * k, label, font, 8)
        draw.text(c, RIGHT - 2, y - 12 * k, value, font, 8, "right")
    c.line(x, y - 12 * 3 - 4, RIGHT, y - 12 * 3 - 4)
    y -= 12 * len(rows) + 26
    for k, value in enumerate(["采购员：王磊", "审批：Thomas Köhler", "供应商确认（签章）："]):
        draw.text(c, LEFT + 180 * k, y, value, font, 8)


def _foot(c, font: str, page: int) -> None:
    c.setFillColorRGB(0.4, 0.4, 0.4)
    draw.text(c, LEFT, 30, "打印时间：2026/12/21 15:42", font, 6.5)
    draw.text(c, RIGHT, 30, f"第 {page} 页 / 共 {PAGES} 页", font, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def split(font: str) -> int:
    """How many lines fit on page 1 (the Crystal layout breaks before a row that would not)."""
    y = HEIGHT - 40 - 22 - 12 * 5 - 12 - 68 - 34 - 15
    for n, item in enumerate(ITEMS):
        y -= _height(_wrapped(_cells(n + 1, item), font))
        if y < BOTTOM:
            return n
    return len(ITEMS)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    first = split(font)
    chunks = [ITEMS[:first], ITEMS[first:]]
    n = 0
    for page, chunk in enumerate(chunks, start=1):
        y = _page_head(c, font, page)
        if page == 1:
            y = _parties(c, font, y)
        y = _band(c, font, y)
        for item in chunk:
            n += 1
            y = _row(c, font, y, _wrapped(_cells(n, item), font))
        if page == PAGES:
            _end(c, font)
        if y < BOTTOM:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, font, page)
        c.showPage()
    c.save()
    return buffer.getvalue()
