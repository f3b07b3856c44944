"""Unseen layout: 东莞市恒锐数控设备有限公司's 采购订单 as 金蝶 KIS 专业版 prints it, landscape, 2 pages.

A Dongguan CNC-machine builder (about 80 staff) runs Kingdee KIS 专业版 (the small-business sibling of
K/3 WISE) and prints purchase orders from the 采购订单 序时簿's print preview, landscape A4, with KIS's
default numbering (POORD + six digits) and K/3 WISE's column set, none hidden: 物料代码 (KIS's dotted
level codes, 2.01.015, which look like numbers), 物料名称, 规格型号 (6205-2RS/C3, HGR20-1200/2,
BK15/BF15), 辅助属性 (a finish: 发黑, 镀锌), 单位 (套/个/根/条/米/包/kg/支), 数量 (a decimal one: 86.5
kg), 单价 (tax-exclusive, 4 decimals), 含税单价, 折扣率(%), 实际含税单价 (the price after the discount),
金额 (tax-exclusive), 税率(%), 税额, 折扣额, 价税合计, 交货日期 per line and 备注. THE GRID HAS NO
VERTICAL RULES: the print template draws a hairline under every row and heavier rules round the head and
the 合计 row only, so the columns are whitespace. Five lines carry a 折扣率: their 价税合计 is net of the
discount (数量 x 含税单价 less 折扣额). The head is printed again on page 2: the buyer's name,
采 购 订 单, and the borderless header lines ``标签：值`` three a row (供应商 | 日期 | 编号; 交货地点 |
结算方式 | 结算日期; 采购方式 (赊购) | 币别 (人民币) | 汇率 (1.00000000); 摘要 | 源单类型 | 选单号,
the purchase requisition it was drawn from: POREQ001187, another number). The last page has the 合计 row,
价税合计(大写) with the figure, and the sign-off line 主管 / 部门 / 业务员 / 制单 / 审核 / 审核日期;
every page's foot has 打印日期 and 页码：1/2.

Truth: the PO number is 编号 (POORD002318; not the 选单号); the order date 日期; the requested delivery
date the earliest 交货日期 of the lines (the header has none); the currency CNY (币别 人民币); the buyer
the company at the top; the supplier 供应商 (us); the ship-to address 交货地点; the payment terms 结算方式;
the total the 合计 row's 价税合计 (= the 大写 amount = the sum of the lines); per line the part number
物料代码 (as printed, dots and all), the description 物料名称 and 规格型号 joined with a space (辅助属性 and
备注 are not keyed), the unit 单位, the quantity 数量, the unit price 含税单价 (before the discount, as
the other layouts with line discounts) and the amount 价税合计 (net of the discount, so quantity x price
is not the amount on the five discounted lines).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped

FILENAME = "POORD002318 采购订单.pdf"
BUYER = "东莞市恒锐数控设备有限公司"
PO = "POORD002318"
ORDER_DATE = dt.date(2026, 12, 8)
ADDRESS = "广东省东莞市松山湖高新区工业西路12号恒锐数控3号厂房"
TERMS = "月结60天（电汇）"
TAX = Decimal("1.13")
CENT, PRICE_PLACES = Decimal("0.01"), Decimal("0.0001")
D1, D2, D3 = dt.date(2026, 12, 15), dt.date(2026, 12, 22), dt.date(2027, 1, 5)
# 物料代码, 物料名称, 规格型号, 辅助属性, 单位, 数量, 含税单价, 折扣率(%), 交货日期, 备注
ITEMS = [
    ("2.01.015", "深沟球轴承", "6205-2RS/C3", "", "套", "400", "7.20", "", D1, ""),
    ("2.01.021", "深沟球轴承", "6308-ZZ/C3", "", "套", "120", "24.80", "5", D1, ""),
    ("2.02.003", "带座轴承", "UCFL205", "", "套", "60", "21.50", "", D1, ""),
    ("2.03.011", "直线轴承", "LM16UU", "", "个", "300", "9.60", "8", D1, ""),
    ("2.03.018", "法兰直线轴承", "LMF20UU", "", "个", "80", "26.50", "", D2, ""),
    ("3.01.006", "直线导轨", "HGR20-1200/2", "", "根", "16", "228.00", "", D2, "成对供货，同批次"),
    ("3.01.007", "滑块", "HGH20CA-ZA", "", "个", "64", "102.00", "5", D2, ""),
    ("3.02.004", "滚珠丝杠", "SFU2005-950-C7", "", "根", "8", "318.00", "", D3, "两端按图HR-DW-0312加工"),
    ("3.02.011", "丝杠支撑座", "BK15/BF15", "", "套", "8", "92.00", "", D3, ""),
    ("3.03.002", "直线光轴", "SF20-600 镀铬", "", "根", "40", "38.50", "", D2, ""),
    ("4.01.031", "同步带轮", "S5M-30T-12", "发黑", "个", "48", "24.60", "", D2, ""),
    ("4.01.044", "同步带", "S5M-1050-20", "", "条", "24", "56.00", "", D2, ""),
    ("4.02.006", "梅花联轴器", "GS28-12×14", "", "个", "40", "34.50", "3", D2, ""),
    ("5.01.102", "内六角圆柱头螺钉", "M6×20 12.9级", "发黑", "个", "5000", "0.19", "", D1, ""),
    ("5.01.118", "内六角圆柱头螺钉", "M8×25 12.9级", "发黑", "个", "3000", "0.34", "", D1, ""),
    ("5.02.009", "六角螺母", "M10 8级", "镀锌", "个", "2000", "0.21", "", D1, ""),
    ("5.03.004", "平垫圈", "M8", "镀锌", "个", "5000", "0.05", "", D1, ""),
    ("5.04.002", "弹性圆柱销", "Φ3×16 304", "", "个", "1000", "0.12", "", D1, ""),
    ("6.01.015", "塑料拖链", "15×30 R38", "", "米", "20", "38.00", "", D3, "含两端连接件"),
    ("6.02.003", "屏蔽电缆", "RVVP 4×0.75", "", "米", "200", "4.85", "", D2, "阻燃"),
    ("6.03.021", "尼龙扎带", "4×200", "白色", "包", "50", "6.50", "", D1, ""),
    ("7.01.004", "铝型材", "4040 欧标 重型", "", "kg", "86.5", "28.00", "", D2, "按下料单切割"),
    ("7.01.009", "型材角码", "4040-90°", "", "个", "200", "2.80", "10", D2, ""),
    ("8.01.001", "润滑脂", "AFB-LF 70g", "", "支", "20", "88.00", "", D2, "急料"),
]
WIDTH, HEIGHT = draw.PAGE_HEIGHT, draw.PAGE_WIDTH  # landscape
LEFT = 30.0
COLUMNS = [  # heading, width, align
    ("序号", 18, "c"),
    ("物料代码", 40, "l"),
    ("物料名称", 66, "l"),
    ("规格型号", 66, "l"),
    ("辅助属性", 32, "c"),
    ("单位", 20, "c"),
    ("数量", 40, "r"),
    ("单价", 40, "r"),
    ("含税单价", 40, "r"),
    ("折扣率(%)", 36, "r"),
    ("实际含税单价", 46, "r"),
    ("金额", 46, "r"),
    ("税率(%)", 28, "r"),
    ("税额", 42, "r"),
    ("折扣额", 38, "r"),
    ("价税合计", 48, "r"),
    ("交货日期", 44, "c"),
    ("备注", 90, "l"),
]
EDGES = [LEFT]
for _, _width, _ in COLUMNS:
    EDGES.append(EDGES[-1] + _width)
RIGHT = EDGES[-1]
HEAD_H, ROW_H, SIZE = 17, 18, 6.8
FOOT = 60  # the page foot (打印日期, 页码) and its margin
ROWS_FIRST = 20  # page 1 is full after 20 rows; page 2 has the rest, 合计, 大写 and the sign-off
PAGES = 2
PRINTED_AT = "2026-12-08 10:42:17"


def money(value: Decimal | str) -> str:
    return grouped(value)


def net(qty: str, price: str, rate: str) -> Decimal:
    """价税合计: 数量 x 含税单价 less the 折扣率, rounded to the fen."""
    value = Decimal(qty) * Decimal(price) * (100 - Decimal(rate or "0")) / 100
    return value.quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((net(item[5], item[6], item[7]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=f"{name} {spec}",
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=net(qty, price, rate),
        )
        for n, (code, name, spec, _, unit, qty, price, rate, _, _) in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=min(item[8] for item in ITEMS),
        currency="CNY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_ZH),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _figures(item: tuple) -> dict[str, Decimal]:
    _, _, _, _, _, qty, price, rate, _, _ = item
    gross = net(qty, price, rate)
    excl = (gross / TAX).quantize(CENT, ROUND_HALF_UP)
    return {
        "qty": Decimal(qty),
        "excl": excl,
        "tax": gross - excl,
        "discount": (Decimal(qty) * Decimal(price)).quantize(CENT) - gross,
        "gross": gross,
    }


def _cells(n: int, item: tuple) -> list[str]:
    code, name, spec, aux, unit, qty, price, rate, due, note = item
    figures = _figures(item)
    actual = Decimal(price) * (100 - Decimal(rate or "0")) / 100
    return [
        str(n),
        code,
        name,
        spec,
        aux,
        unit,
        grouped(qty, 2 if "." in qty else 0),
        f"{(Decimal(price) / TAX).quantize(PRICE_PLACES, ROUND_HALF_UP)}",
        f"{Decimal(price).quantize(PRICE_PLACES)}",
        f"{Decimal(rate):.2f}" if rate else "",
        f"{actual.quantize(PRICE_PLACES)}",
        money(figures["excl"]),
        "13.00",
        money(figures["tax"]),
        money(figures["discount"]) if rate else "",
        money(figures["gross"]),
        due.isoformat(),
        note,
    ]


def _sums() -> list[str]:
    sums = {key: sum((_figures(item)[key] for item in ITEMS), Decimal(0)) for key in _figures(ITEMS[0])}
    cells = [""] * len(COLUMNS)
    cells[0] = "合计"
    cells[6], cells[11], cells[13] = grouped(sums["qty"]), money(sums["excl"]), money(sums["tax"])
    cells[14], cells[15] = money(sums["discount"]), money(sums["gross"])
    return cells


def _row(c, font: str, y: float, cells: list[str], size: float = SIZE, head: bool = False) -> None:
    for col, value in enumerate(cells):
        if not value:
            continue
        align = "c" if head else COLUMNS[col][2]
        if col == 0 and value == "合计":
            draw.text(c, EDGES[0] + 2, y, value, font, size + 0.5)
        elif align == "r":
            draw.text(c, EDGES[col + 1] - 2, y, value, font, size, "right")
        elif align == "c":
            draw.text(c, (EDGES[col] + EDGES[col + 1]) / 2, y, value, font, size, "center")
        else:
            draw.text(c, EDGES[col] + 2, y, value, font, size)


def _grid(c, font: str, top: float, rows: list[list[str]], last: bool) -> float:
    """The head and the rows: hairlines under every row, no vertical rules; returns the bottom."""
    c.setLineWidth(0.9)
    c.line(LEFT, top, RIGHT, top)
    _row(c, font, top - 11.5, [heading for heading, _, _ in COLUMNS], SIZE, head=True)
    c.line(LEFT, top - HEAD_H, RIGHT, top - HEAD_H)
    y = top - HEAD_H
    c.setLineWidth(0.25)
    for cells in rows:
        _row(c, font, y - 12, cells)
        y -= ROW_H
        c.line(LEFT, y, RIGHT, y)
    if last:
        c.setLineWidth(0.9)
        c.line(LEFT, y, RIGHT, y)
        _row(c, font, y - 11.5, _sums())
        y -= ROW_H + 1
        c.line(LEFT, y, RIGHT, y)
    return y


def _header(c, font: str) -> float:
    top = HEIGHT - 38
    draw.text(c, WIDTH / 2, top, BUYER, font, 13, "center")
    draw.text(c, WIDTH / 2, top - 24, "采 购 订 单", font, 17, "center")
    rows = [
        [f"供应商：{OUR_NAME_ZH}", f"日期：{ORDER_DATE.isoformat()}", f"编号：{PO}"],
        [f"交货地点：{ADDRESS}", f"结算方式：{TERMS}", "结算日期：2027-02-28"],
        ["采购方式：赊购", "币别：人民币", "汇率：1.00000000"],
        ["摘要：12月份生产备料（第二批），请按交货日期分批送货", "源单类型：采购申请", "选单号：POREQ001187"],
    ]
    xs = (LEFT, LEFT + 370, LEFT + 580)
    y = top - 50
    for cells in rows:
        for x, cell in zip(xs, cells, strict=True):
            draw.text(c, x, y, cell, font, 8.5)
        y -= 14
    return y - 2


def _footer(c, font: str, page: int) -> None:
    draw.text(c, LEFT, 22, f"打印日期：{PRINTED_AT}", font, 7.5)
    draw.text(c, RIGHT, 22, f"页码：{page}/{PAGES}", font, 7.5, "right")


def _sign_off(c, font: str, y: float) -> None:
    y -= 18
    draw.text(c, LEFT + 2, y, f"价税合计(大写)：{capitals(total())}", font, 9)
    draw.text(c, LEFT + 330, y, f"¥{money(total())}", font, 9)
    y -= 30
    signs = [
        "主管：",
        "部门：采购部",
        "业务员：吴建国",
        "制单：梁晓敏",
        "审核：陈志强",
        "审核日期：2026-12-08",
    ]
    for k, text in enumerate(signs):
        draw.text(c, LEFT + 2 + 128 * k, y, text, font, 8.5)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    rows = [_cells(n, item) for n, item in enumerate(ITEMS, start=1)]
    chunks = [rows[:ROWS_FIRST], rows[ROWS_FIRST:]]
    for page, chunk in enumerate(chunks, start=1):
        c.setPageSize((WIDTH, HEIGHT))
        last = page == PAGES
        bottom = _grid(c, font, _header(c, font), chunk, last)
        if bottom < FOOT or (not last and bottom - ROW_H >= FOOT):
            raise AssertionError(f"page {page} is not filled to its foot ({bottom:.0f})")
        if last:
            _sign_off(c, font, bottom)
        _footer(c, font, page)
        c.showPage()
    c.save()
    return buffer.getvalue()
