"""Unseen layout: 合肥科润自动化设备有限公司's 采购订单 as 畅捷通 T+ (Chanjet T+Cloud) prints it, 2 pages.

A Hefei automation-equipment maker (about 150 staff) keeps its books and purchasing in Chanjet T+ (畅捷通
T+Cloud, Yonyou's product for mid-size firms) and prints its purchase orders from the 采购订单 print
preview with a print template the implementer set up once and nobody touched since: FIXED 12 ROWS A PAGE
(T+'s 每页打印行数) with the last page's grid padded with empty ruled rows (空行补齐), and the whole
header repeated on every page (表头每页打印). Page furniture: the company name centred, the title
采购订单 under it with T+'s double underline; the header as a BORDERED BOX of ``标签：值`` cells, three a
row (单据日期 | 单据编号 | 业务类型, 供应商 | 部门 | 业务员, 币种 (人民币) | 汇率 | 预计到货日期, 付款条件 |
运输方式 | 联系电话), then 收货地址 and 备注 across the box. The ruled line grid has T+'s column names:
序号, 存货编码 (T+'s 2-2-3 coded 7-digit codes, 0102005), 存货名称, 规格型号, 单位 (the main unit),
数量 (two decimals and thousands separators: 5,000.00), 辅单位 and 件数 (the item's packing unit and the
quantity in it: 5,000 screws are 50.00 盒; empty for items without one), 含税单价, 税率 (13%), 税额,
价税合计 and 预计到货日期 per line. Every page's grid ends with a 本页小计 row (数量, 税额, 价税合计 of
that page); the last page adds 合计 and, under the grid, 价税合计（大写） with （小写）¥. The sign-off row
制单人 / 审核人 / 审核日期 / 供应商确认（签章） carries the buyer's round red 采购专用章 (the company name
set round the rim, a star, 采购专用章 under it: its characters are in the text layer, one by one).
Each page's foot: 打印时间 and 第 1 页 共 2 页.

Truth: the PO number is 单据编号; the order date 单据日期; the requested delivery date the header's
预计到货日期 (the earliest of the lines'); the currency CNY (人民币); the buyer the company at the top; the
supplier 供应商 (us); the ship-to address 收货地址; the payment terms 付款条件; the total the 合计 row's
价税合计 (= the 大写 amount = the sum of the lines; the two 本页小计 rows are no lines and no total); per
line the part number 存货编码, the description 存货名称 and 规格型号 joined with a space, the unit 单位 and
the quantity 数量 (the main unit: 辅单位 and 件数 are packing information), the unit price 含税单价 and the
amount 价税合计 (tax-inclusive, as the other Chinese prints; 税率 and 税额 are informative).
"""

from __future__ import annotations

import datetime as dt
import io
import math
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "采购订单_PO-2026-12-0048.pdf"
BUYER = "合肥科润自动化设备有限公司"
PO = "PO-2026-12-0048"
ORDER_DATE = dt.date(2026, 12, 9)
ADDRESS = "安徽省合肥市经济技术开发区紫云路466号科润工业园3号仓库"
TERMS = "货到票到月结45天"
TAX = Decimal("1.13")
CENT = Decimal("0.01")
FIRST, SECOND, THIRD = dt.date(2026, 12, 21), dt.date(2026, 12, 28), dt.date(2027, 1, 6)
# 存货编码, 存货名称, 规格型号, 单位, 数量, 辅单位, 换算率 (units per 辅单位), 含税单价, 预计到货日期
ITEMS = [
    ("0101001", "深沟球轴承", "6205-2RS", "套", "300", "箱", "100", "6.80", FIRST),
    ("0101004", "深沟球轴承", "6308ZZ C3", "套", "120", "箱", "40", "23.50", FIRST),
    ("0101012", "带座轴承", "UCP205 铸铁座", "套", "90", "", "", "18.60", FIRST),
    ("0102005", "直线轴承", "LM20UU", "个", "200", "盒", "50", "11.60", FIRST),
    ("0201003", "直线光轴", "SF16 L=500 镀硬铬", "根", "100", "捆", "20", "32.80", SECOND),
    ("0202001", "直线导轨", "HGR20 L=860", "根", "24", "", "", "186.50", SECOND),
    ("0202002", "滑块", "HGH20CA", "个", "48", "", "", "98.00", SECOND),
    ("0203001", "滚珠丝杠", "SFU1605 L=650 C7", "根", "12", "", "", "265.00", THIRD),
    ("0203006", "丝杠支撑座", "BK12/BF12 一套", "套", "12", "", "", "78.00", THIRD),
    ("0301014", "同步带轮", "HTD5M-24T 孔12", "个", "60", "", "", "22.40", SECOND),
    ("0302008", "同步带", "HTD5M-800-25", "条", "60", "", "", "48.50", SECOND),
    ("0304002", "梅花联轴器", "D30L40 孔10×12", "个", "80", "", "", "26.00", FIRST),
    ("0401021", "内六角圆柱头螺钉", "M8×30 12.9级", "个", "5000", "盒", "100", "0.36", FIRST),
    ("0401016", "内六角圆柱头螺钉", "M6×20 12.9级", "个", "4000", "盒", "100", "0.18", FIRST),
    ("0402003", "法兰面螺母", "M10 8级 镀锌", "个", "3000", "盒", "100", "0.42", FIRST),
    ("0403001", "弹簧垫圈", "M6 镀锌", "个", "4000", "盒", "200", "0.03", FIRST),
    ("0501007", "气缸单耳环", "CA-32", "个", "40", "", "", "15.65", SECOND),
    ("0502011", "拖链", "18×37 R48 桥式", "米", "15", "", "", "42.00", THIRD),
]
ROWS_PER_PAGE = 12  # T+ 每页打印行数: the last page is padded with empty ruled rows
PAGES = math.ceil(len(ITEMS) / ROWS_PER_PAGE)
COLUMNS = [  # heading, width, align
    ("序号", 18, "c"),
    ("存货编码", 40, "c"),
    ("存货名称", 72, "l"),
    ("规格型号", 72, "l"),
    ("单位", 22, "c"),
    ("数量", 40, "r"),
    ("辅单位", 26, "c"),
    ("件数", 28, "r"),
    ("含税单价", 40, "r"),
    ("税率", 24, "r"),
    ("税额", 44, "r"),
    ("价税合计", 54, "r"),
    ("预计到货日期", 46, "c"),
]
LEFT = 34.5
EDGES = [LEFT]
for _, _width, _ in COLUMNS:
    EDGES.append(EDGES[-1] + _width)
RIGHT = EDGES[-1]
HEAD_H, ROW_H, SIZE = 18, 16, 7
PRINTED_AT = "2026-12-09 16:05"
SUMMARY_LABELS = ("本页小计", "合计")


def money(value: Decimal | str) -> str:
    return grouped(value)


def line_tax(value: Decimal) -> Decimal:
    return value - (value / TAX).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((amount(item[4], item[7]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=min(item[8] for item in ITEMS),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, _, _, price, _ in ITEMS
        ],
    )


def _cells(n: int, item: tuple) -> list[str]:
    code, name, spec, unit, qty, aux, per, price, due = item
    value = amount(qty, price)
    pieces = grouped(Decimal(qty) / Decimal(per)) if per else ""
    return [
        str(n),
        code,
        name,
        spec,
        unit,
        grouped(qty),
        aux,
        pieces,
        price,
        "13%",
        money(line_tax(value)),
        money(value),
        due.isoformat(),
    ]


def _sums(label: str, items: list[tuple]) -> list[str]:
    values = [amount(item[4], item[7]) for item in items]
    quantity = sum((Decimal(item[4]) for item in items), Decimal(0))
    taxes = sum((line_tax(value) for value in values), Decimal(0))
    return [label, "", "", "", "", grouped(quantity), "", "", "", "", money(taxes), money(sum(values)), ""]


def _row(c, font: str, y: float, cells: list[str], head: bool = False) -> None:
    for col, value in enumerate(cells):
        if not value:
            continue
        align = "c" if head else COLUMNS[col][2]
        if col == 0 and value in SUMMARY_LABELS:  # 本页小计 / 合计 over the first five columns
            draw.text(c, EDGES[0] + 4, y, value, font, SIZE + 0.5)
        elif align == "r":
            draw.text(c, EDGES[col + 1] - 2.5, y, value, font, SIZE, "right")
        elif align == "c":
            draw.text(c, (EDGES[col] + EDGES[col + 1]) / 2, y, value, font, SIZE, "center")
        else:
            draw.text(c, EDGES[col] + 2.5, y, value, font, SIZE)


def _grid(c, font: str, top: float, rows: list[list[str]], summary: list[list[str]]) -> float:
    """The head, ROWS_PER_PAGE rows (empty ones ruled too) and the summary rows; returns the bottom edge."""
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(EDGES[0], top - HEAD_H, RIGHT - EDGES[0], HEAD_H, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _row(c, font, top - 12, [heading for heading, _, _ in COLUMNS], head=True)
    padded = rows + [[""] * len(COLUMNS)] * (ROWS_PER_PAGE - len(rows))
    for r, cells in enumerate(padded + summary):
        _row(c, font, top - HEAD_H - r * ROW_H - 11, cells)
    count = len(padded) + len(summary)
    bottom = top - HEAD_H - ROW_H * count
    c.setLineWidth(0.5)
    c.line(EDGES[0], top, RIGHT, top)
    for i in range(count + 1):
        c.line(EDGES[0], top - HEAD_H - i * ROW_H, RIGHT, top - HEAD_H - i * ROW_H)
    first_summary = top - HEAD_H - ROW_H * len(padded)
    for k, edge in enumerate(EDGES):
        # the summary rows' label spans 序号 .. 单位: no rules inside it
        c.line(edge, top, edge, first_summary if 0 < k < 5 else bottom)
    return bottom


def _header(c, font: str) -> float:
    top = draw.PAGE_HEIGHT - 44
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 14, "center")
    title_y = top - 26
    draw.text(c, draw.PAGE_WIDTH / 2, title_y, "采购订单", font, 18, "center")
    c.setLineWidth(0.8)
    for dy in (4, 6.5):  # T+'s double underline under the title
        c.line(draw.PAGE_WIDTH / 2 - 44, title_y - dy, draw.PAGE_WIDTH / 2 + 44, title_y - dy)
    rows = [
        [f"单据日期：{ORDER_DATE.isoformat()}", f"单据编号：{PO}", "业务类型：普通采购"],
        [f"供应商：{OUR_NAME_ZH}", "部门：采购部", "业务员：程晓东"],
        ["币种：人民币", "汇率：1", f"预计到货日期：{min(item[8] for item in ITEMS).isoformat()}"],
        [f"付款条件：{TERMS}", "运输方式：汽运", "联系电话：0551-6531 7728"],
        [f"收货地址：{ADDRESS}"],
        ["备注：请随货附送货单（注明单据编号、存货编码），发票开具13%增值税专用发票。"],
    ]
    box_top, height = title_y - 20, 17
    third = (RIGHT - LEFT) / 3
    c.setLineWidth(0.7)
    c.rect(LEFT, box_top - height * len(rows), RIGHT - LEFT, height * len(rows))
    c.setLineWidth(0.4)
    for r, cells in enumerate(rows):
        y = box_top - r * height
        if r:
            c.line(LEFT, y, RIGHT, y)
        for k, cell in enumerate(cells):
            draw.text(c, LEFT + 4 + k * third, y - 12, cell, font, 8.5)
            if k:
                c.line(LEFT + k * third, y, LEFT + k * third, y - height)
    return box_top - height * len(rows) - 10


def _footer(c, font: str, page: int) -> None:
    draw.text(c, LEFT, 28, f"打印时间：{PRINTED_AT}", font, 7.5)
    draw.text(c, RIGHT, 28, f"第 {page} 页 共 {PAGES} 页", font, 7.5, "right")


def _stamp(c, font: str, x: float, y: float) -> None:
    """The buyer's round red 采购专用章: the name round the rim, a star, 采购专用章 under it."""
    c.saveState()
    c.setStrokeColorRGB(0.86, 0.1, 0.12)
    c.setFillColorRGB(0.86, 0.1, 0.12)
    c.setFillAlpha(0.85)
    c.setStrokeAlpha(0.85)
    radius = 38
    c.setLineWidth(2)
    c.circle(x, y, radius, stroke=1, fill=0)
    span = 230  # degrees of the rim the name covers, centred on the top
    for k, char in enumerate(BUYER):
        angle = 90 + span / 2 - span * k / (len(BUYER) - 1)
        c.saveState()
        c.translate(
            x + (radius - 9) * math.cos(math.radians(angle)), y + (radius - 9) * math.sin(math.radians(angle))
        )
        c.rotate(angle - 90)
        c.setFont(font, 8.5)
        c.drawCentredString(0, -3, char)
        c.restoreState()
    star = c.beginPath()
    for k in range(10):
        r = 9 if k % 2 == 0 else 3.6
        angle = math.radians(90 + 36 * k)
        point = (x + r * math.cos(angle), y + 3 + r * math.sin(angle))
        if k:
            star.lineTo(*point)
        else:
            star.moveTo(*point)
    star.close()
    c.drawPath(star, stroke=0, fill=1)
    c.setFont(font, 7.5)
    c.drawCentredString(x, y - 19, "采购专用章")
    c.restoreState()


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    rows = [_cells(n, item) for n, item in enumerate(ITEMS, start=1)]
    for page in range(1, PAGES + 1):
        first = (page - 1) * ROWS_PER_PAGE
        chunk = ITEMS[first : first + ROWS_PER_PAGE]
        summary = [_sums("本页小计", chunk)]
        if page == PAGES:
            summary.append(_sums("合计", ITEMS))
        bottom = _grid(c, font, _header(c, font), rows[first : first + ROWS_PER_PAGE], summary)
        if page == PAGES:
            y = bottom - 17
            draw.text(c, LEFT + 4, y, f"价税合计（大写）：{capitals(total())}", font, 9)
            draw.text(c, RIGHT - 4, y, f"（小写）：¥{money(total())}", font, 9, "right")
            y -= 34
            signs = (
                "制单人：程晓东",
                "审核人：方敏",
                f"审核日期：{ORDER_DATE.isoformat()}",
                "供应商确认（签章）：",
            )
            for x, text in zip((LEFT + 4, 160, 290, 420), signs, strict=True):
                draw.text(c, x, y, text, font, 9)
            _stamp(c, font, 215, y + 4)
        _footer(c, font, page)
        c.showPage()
    c.save()
    return buffer.getvalue()
