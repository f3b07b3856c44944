"""Unseen layout: a Kunshan machine-tool maker's 鼎捷 E10 采购单 print, CNY, 2 pages.

昆山铭德精密机械有限公司 (a Taiwanese-invested CNC machine-tool maker in 昆山开发区) runs 鼎捷 E10 (Digiwin's
ERP for mainland mid-size factories) and prints the 采购单 from 采购管理 → 采购单 with E10's standard report
to PDF. What E10 prints, its page head band on both pages: the company, its English name and address line
centred over 采 购 单 (double rule), 页次：1/2 top right; an unruled head of `标签：` / value runs three a
row in Digiwin's words: 采购单号 PO01-202612080007 / 采购日期 2026/12/08 / 单据类型 PO01 一般采购;
厂商代号 S0318 / 厂商全称 (us); 联系人 / 电话 / 传真; 币种 RMB 人民币 / 汇率 1.000000 / 税种 VAT13
增值税13%(价内税); 付款条件 月结60天 / 交易条件 送货到厂 / 采购人员; 送货地址 and 备注 across. A ruled grid
with a grey head: 项次 | 品号 (10301-0012) | 品名 | 规格 (wrapped by character inside the cell) | 单位
(PCS, SET, KG, M, BOX: the buyer's unit codes) | 采购数量 at the unit's precision (20,000; 865.500;
600.00) | 赠备品量 (spare parts the supplier adds free: 200 on the screws, no part of the amount) |
含税单价 with four decimals | 含税金额 | 预交货日 per line (2026/12/22 ... 2027/01/12; the head has none)
| 备注; 20 lines, 13 on page 1 (the report's 每页笔数 set to 13, so page 1 is half empty); 合计 under
the grid, then 未税金额 / 税额 / 含税金额, 大写金额, 采购条款 1-4, 核准 / 审核 / 采购 / 厂商确认回签（盖章）,
and the foot 打印人 / 打印时间 on both pages.

Truth: the PO number 采购单号; the order date 采购日期; the requested delivery date the earliest 预交货日
(2026-12-22; the head has none); the currency CNY (币种 RMB 人民币); the buyer the company; the supplier
厂商全称 (us); the ship-to address 送货地址; the payment terms 付款条件 (交易条件 is the delivery term); the
total 含税金额 (= 合计 = the lines' sum); per line the part number 品号, the description 品名 and 规格 joined
with a space, the unit 单位, the quantity 采购数量 (not the 赠备品量), the unit price 含税单价 and the amount
含税金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购单_PO01-202612080007.pdf"
BUYER = "昆山铭德精密机械有限公司"
PO = "PO01-202612080007"
ORDER_DATE = dt.date(2026, 12, 8)
ADDRESS = "江苏省昆山市开发区前进东路1288号 铭德二厂收料区"
TERMS = "月结60天"
CENT = Decimal("0.01")
TAX = Decimal("1.13")
DECIMALS = {"PCS": 0, "SET": 0, "BOX": 0, "KG": 3, "M": 2}
# 品号, 品名, 规格, 单位, 采购数量, 赠备品量, 含税单价, 预交货日, 备注
ITEMS = [
    ("10301-0012", "深沟球轴承", "6204-2RS C3", "PCS", "2000", "", "3.1500", "2026-12-22", ""),
    ("10301-0018", "深沟球轴承", "6305ZZ C3", "PCS", "1200", "", "6.8000", "2026-12-22", ""),
    ("10302-0105", "角接触球轴承", "7206C P5 DB配对", "SET", "200", "", "86.5000", "2027-01-05", ""),
    ("10405-0031", "直线导轨", "HGR20 L=1200mm 含螺丝盖", "PCS", "120", "", "168.0000", "2027-01-05", ""),
    ("10405-0032", "滑块", "HGH20CA Z0级预压", "PCS", "240", "", "98.5000", "2027-01-05", ""),
    (
        "10410-0207",
        "滚珠丝杆",
        "SFU2005 L=850 C7 两端按图MD-2207加工",
        "PCS",
        "60",
        "",
        "385.0000",
        "2027-01-12",
        "附检验报告",
    ),
    ("10411-0015", "丝杆支撑座", "BK15/BF15", "SET", "60", "", "72.0000", "2027-01-12", ""),
    (
        "20101-0330",
        "内六角圆柱头螺钉",
        "M6×25 12.9级 发黑",
        "PCS",
        "20000",
        "200",
        "0.0850",
        "2026-12-22",
        "",
    ),
    (
        "20101-0342",
        "内六角圆柱头螺钉",
        "M8×30 12.9级 发黑",
        "PCS",
        "15000",
        "150",
        "0.1450",
        "2026-12-22",
        "",
    ),
    ("20103-0017", "弹簧垫圈", "M8 65Mn 发黑", "PCS", "15000", "150", "0.0120", "2026-12-22", ""),
    ("20205-0008", "平键", "A8×7×40 45#钢", "PCS", "800", "", "0.6500", "2026-12-22", ""),
    ("30102-0056", "梅花联轴器", "D40×L55 孔径14-19", "PCS", "120", "", "45.8000", "2027-01-05", ""),
    (
        "30210-0012",
        "同步带轮",
        "5M-30T 带宽25 孔径15 铝合金本色阳极",
        "PCS",
        "240",
        "",
        "28.6000",
        "2027-01-05",
        "",
    ),
    ("30211-0005", "同步带", "HTD 5M-450-25", "PCS", "240", "", "19.2000", "2027-01-05", ""),
    ("40101-0021", "O型圈", "Φ45×3.1 NBR70", "PCS", "3000", "30", "0.3800", "2026-12-22", ""),
    ("40305-0002", "骨架油封", "TC 30×52×7 NBR", "PCS", "1000", "", "1.2500", "2026-12-22", ""),
    ("50102-0101", "冷拔圆钢", "45# Φ25", "KG", "865.5", "", "7.2000", "2026-12-22", "附材质证明"),
    ("50110-0018", "不锈钢无缝管", "304 Φ12×1.5", "M", "600", "", "18.5000", "2027-01-05", ""),
    ("60201-0003", "防锈剂", "WD-40 500ml 24瓶/箱", "BOX", "20", "", "288.0000", "2026-12-22", ""),
    ("60205-0011", "包装木箱", "1200×800×600 熏蒸", "SET", "12", "", "260.0000", "2027-01-12", "IPPC标识"),
]
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 28.0, draw.PAGE_WIDTH - 28.0
COLUMNS = [  # heading, width, align
    ("项次", 20, "c"),
    ("品号", 52, "l"),
    ("品名", 62, "l"),
    ("规格", 98, "l"),
    ("单位", 26, "c"),
    ("采购数量", 46, "r"),
    ("赠备品量", 36, "r"),
    ("含税单价", 46, "r"),
    ("含税金额", 54, "r"),
    ("预交货日", 46, "c"),
    ("备注", 0, "l"),
]
EDGES = [LEFT]
for _, _width, _ in COLUMNS[:-1]:
    EDGES.append(EDGES[-1] + _width)
EDGES.append(RIGHT)
SIZE, LINE_H = 7.5, 9.0
FIRST_PAGE = 13
PAGES = 2


def slash(day: dt.date | str) -> str:
    """E10 prints dates as the Chinese Windows short date: 2026/12/08."""
    return (day if isinstance(day, dt.date) else dt.date.fromisoformat(day)).strftime("%Y/%m/%d")


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def quantity(value: str, unit: str) -> str:
    return f"{Decimal(value):,.{DECIMALS[unit]}f}"


def line_total(item: tuple) -> Decimal:
    return amount(item[4], item[6])


def net(item: tuple) -> Decimal:
    """未税金额 of a line: the tax-included amount divided back out at 13 %."""
    return (line_total(item) / TAX).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=f"{item[1]} {item[2]}",
            quantity=Decimal(item[4]),
            unit=item[3],
            unit_price=Decimal(item[6]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=min(dt.date.fromisoformat(item[7]) for item in ITEMS),
        currency="CNY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_ZH),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _head(c, font: str, page: int) -> float:
    top = HEIGHT - 34
    draw.text(c, WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(
        c, WIDTH / 2, top - 13, "KUNSHAN MINGDE PRECISION MACHINERY CO., LTD.", "Helvetica", 7.5, "center"
    )
    contact = "地址：江苏省昆山市开发区前进东路1288号  电话：0512-5763 8800  传真：0512-5763 8801"
    draw.text(c, WIDTH / 2, top - 25, contact, font, 7.5, "center")
    draw.text(c, WIDTH / 2, top - 50, "采 购 单", font, 17, "center")
    c.setLineWidth(0.8)
    c.line(WIDTH / 2 - 50, top - 54, WIDTH / 2 + 50, top - 54)
    c.line(WIDTH / 2 - 50, top - 56.5, WIDTH / 2 + 50, top - 56.5)
    draw.text(c, RIGHT, top - 50, f"页次：{page}/{PAGES}", font, 8, "right")
    rows = [
        [("采购单号", PO), ("采购日期", slash(ORDER_DATE)), ("单据类型", "PO01 一般采购")],
        [("厂商代号", "S0318"), ("厂商全称", OUR_NAME_ZH)],
        [("联系人", "张丽"), ("电话", "0512-6658 3120"), ("传真", "0512-6658 3121")],
        [("币种", "RMB 人民币"), ("汇率", "1.000000"), ("税种", "VAT13 增值税13%(价内税)")],
        [("付款条件", TERMS), ("交易条件", "送货到厂"), ("采购人员", "陈佳颖")],
        [("送货地址", ADDRESS)],
        [("备注", "请于2026/12/10前回签确认；送货单注明采购单号及项次，赠备品随货同行")],
    ]
    third = (RIGHT - LEFT) / 3
    y = top - 76
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = LEFT + k * third
            draw.text(c, x, y, f"{label}：", font, 8.5)
            draw.text(c, x + 46, y, value, font, 8.5)
        y -= 13
    return y - 2


def _cells(n: int, item: tuple) -> list[str]:
    code, name, spec, unit, qty, spare, price, due, note = item
    return [
        str(n),
        code,
        name,
        spec,
        unit,
        quantity(qty, unit),
        quantity(spare, unit) if spare else "",
        f"{Decimal(price):,.4f}",
        money(line_total(item)),
        slash(due),
        note,
    ]


def _grid_head(c, font: str, y: float) -> float:
    height = 18
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT, y - height, RIGHT - LEFT, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for k, (title, _, _) in enumerate(COLUMNS):
        c.line(EDGES[k], y, EDGES[k], y - height)
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, y - 12, title, font, 8, "center")
    return y - height


def _row(c, font: str, y: float, cells: list[str]) -> float:
    wrapped = [
        wrap_chars(cell, font, SIZE, EDGES[k + 1] - EDGES[k] - 5) if COLUMNS[k][2] == "l" else [cell]
        for k, cell in enumerate(cells)
    ]
    height = max(16, 7 + LINE_H * max(len(parts) for parts in wrapped))
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for k, parts in enumerate(wrapped):
        c.line(EDGES[k], y, EDGES[k], y - height)
        align = COLUMNS[k][2]
        first = y - height / 2 - 2.5 + (LINE_H / 2) * (len(parts) - 1)
        for n, part in enumerate(parts):
            base = first - LINE_H * n
            if align == "r":
                draw.text(c, EDGES[k + 1] - 3, base, part, font, SIZE, "right")
            elif align == "c":
                draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, part, font, SIZE, "center")
            else:
                draw.text(c, EDGES[k] + 2.5, base, part, font, SIZE)
    return y - height


def _totals(c, font: str, y: float) -> float:
    y = _row(c, font, y, ["", "合计", "", "", "", "", "", "", money(total()), "", ""])
    untaxed = sum((net(item) for item in ITEMS), Decimal(0))
    y -= 16
    sums = [("未税金额", untaxed), ("税额", total() - untaxed), ("含税金额", total())]
    for k, (label, value) in enumerate(sums):
        draw.text(c, LEFT + 4 + 180 * k, y, f"{label}：{money(value)}", font, 9)
    y -= 15
    draw.text(c, LEFT + 4, y, f"大写金额：人民币{capitals(total())}", font, 9)
    y -= 20
    terms = [
        "采购条款：",
        "1. 请于收到本采购单后两个工作日内回签确认，逾期未回视同接受。",
        "2. 送货单须注明采购单号及项次，按项次分箱并标示品号；赠备品随货同行，不另计价。",
        "3. 来料须附出货检验报告，经本公司IQC检验合格后方可入库，不合格品由厂商负责退换。",
        "4. 未按预交货日交货者，每逾期一日按该项次金额千分之三扣款。",
    ]
    for value in terms:
        draw.text(c, LEFT + 4, y, value, font, 7.5)
        y -= 11
    y -= 14
    for k, value in enumerate(["核准：", "审核：", "采购：陈佳颖", "厂商确认回签（盖章）："]):
        draw.text(c, LEFT + 4 + 130 * k, y, value, font, 8.5)
    return y


def _foot(c, font: str) -> None:
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 24, "打印人：陈佳颖    打印时间：2026/12/08 15:06:21", font, 7)
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购单 {PO}")
    rows = [_cells(n, item) for n, item in enumerate(ITEMS, start=1)]
    for page, chunk in enumerate([rows[:FIRST_PAGE], rows[FIRST_PAGE:]], start=1):
        y = _grid_head(c, font, _head(c, font, page))
        for cells in chunk:
            y = _row(c, font, y, cells)
        if page == PAGES:
            y = _totals(c, font, y)
        if y < 40:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
