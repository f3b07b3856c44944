"""Unseen layout: 上海盛达五金贸易有限公司's 订货单, typed in Word as ruled tables, saved as PDF, 1 page.

A small Shanghai hardware trader has no ERP: its clerk keeps a Word file "订货单模板.docx", fills it in per
order and saves it as PDF. Everything is a Word table with every cell ruled: the title 订 货 单 over a
first table whose header block is ALSO table cells (订单编号 | value | 订货日期 | value, then the merged
cells 需方 and 供方 side by side, each over label | value rows 单位名称, 地址, 联系人, 电话); then the line
table 序号 | 产品名称 | 型号规格 | 单位 | 数量 | 单价（元） | 金额（元） | 备注 (Word prints amounts
without thousands separators: 4380.00) and its 合计 row, whose first cell is merged over six columns
and holds 合计人民币（大写）：..., with the figure (¥15230.00) in the 金额 column. Under the tables the
numbered terms as Word's numbering prints them (一、交货时间：…  二、交货地点：…  三、付款方式：…
四、质量要求：…  五、其他：…), then two signature/stamp blocks side by side (需方（盖章）/ 供方（盖章）,
代表签字, 日期).
Dates are written 2026年12月5日.

Truth: the PO number 订单编号; the order date 订货日期; the requested delivery date the date in term 一
(交货时间：2027年1月8日前); the ship-to address term 二's place up to its comma; the payment terms term 三's
sentence without its heading and full stop; the currency CNY (人民币, ¥); the buyer 需方 (the company at
the top), the supplier 供方 (us); per line the part number is 型号规格 (a trader has no material codes:
the model is what both sides order by), the description 产品名称, the unit 单位, the quantity 数量, the
unit price 单价（元） and the amount 金额（元）; the total the 合计 row's ¥ amount (= the 大写 amount).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, order

FILENAME = "盛达订货单SD20261205-03.pdf"
BUYER = "上海盛达五金贸易有限公司"
PO = "SD20261205-03"
ORDER_DATE = dt.date(2026, 12, 5)
DELIVERY = dt.date(2027, 1, 8)
ADDRESS = "上海市嘉定区南翔镇蕴北路1755弄12号盛达仓库"
TERMS = "货到验收合格后30天内电汇付清全部货款"
# 产品名称, 型号规格, 单位, 数量, 单价（元）, 备注
ITEMS = [
    ("深沟球轴承", "6205-2RS", "套", "300", "6.80", "NSK"),
    ("深沟球轴承", "6308ZZ C3", "套", "120", "23.50", ""),
    ("内六角螺钉", "M8×30 12.9级", "个", "5000", "0.36", "发黑"),
    ("法兰螺母", "M10 8级", "个", "3000", "0.42", "镀锌"),
    ("直线轴承", "LM20UU", "个", "200", "11.60", ""),
    ("梅花联轴器", "D30L40 10×12", "个", "80", "26.00", "铝合金"),
    ("同步带", "HTD5M-800-25", "条", "60", "48.50", "聚氨酯钢丝"),
]
LEFT, WIDTH = 57, 481
HEAD_WIDTHS = [62, 178.5, 62, 178.5]
LINE_WIDTHS = [30, 80, 96, 32, 46, 56, 66, 75]
LINE_HEADS = ["序号", "产品名称", "型号规格", "单位", "数量", "单价（元）", "金额（元）", "备注"]
ROW = 20


def money(value: Decimal | str) -> str:
    """As Word holds what the clerk typed: no thousands separators."""
    return f"{Decimal(value):.2f}"


def zh_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def total() -> Decimal:
    return sum((amount(item[3], item[4]) for item in ITEMS), Decimal(0))


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
            (model, name, qty, unit, price, f"{amount(qty, price)}")
            for name, model, unit, qty, price, _ in ITEMS
        ],
    )


def _cell(c, font: str, x0: float, x1: float, y: float, value: str, size: float, align: str = "l") -> None:
    if align == "c":
        draw.text(c, (x0 + x1) / 2, y, value, font, size, "center")
    elif align == "r":
        draw.text(c, x1 - 4, y, value, font, size, "right")
    else:
        draw.text(c, x0 + 4, y, value, font, size)


def _edges(widths: list[float]) -> list[float]:
    edges = [LEFT]
    for width in widths:
        edges.append(edges[-1] + width)
    return edges


def _header_table(c, font: str, top: float) -> float:
    """订单编号/订货日期, then 需方 | 供方 merged over label|value rows: every cell ruled."""
    e = _edges(HEAD_WIDTHS)
    rows = [
        ("订单编号", PO, "订货日期", zh_date(ORDER_DATE)),
        None,  # 需方 | 供方, each merged over two cells
        ("单位名称", BUYER, "单位名称", OUR_NAME_ZH),
        ("地址", "上海市闵行区莘庄工业区春东路508号", "地址", "苏州工业园区凤里街88号"),
        ("联系人", "吴振东", "联系人", "林晓"),
        ("电话", "021-5489 3372", "电话", "0512-6283 1150"),
    ]
    c.setLineWidth(0.6)
    for r, row in enumerate(rows):
        y = top - r * ROW
        c.line(e[0], y, e[-1], y)
        base = y - ROW + 6.5
        if row is None:
            c.line(e[0], y, e[0], y - ROW)
            c.line(e[2], y, e[2], y - ROW)
            c.line(e[4], y, e[4], y - ROW)
            _cell(c, font, e[0], e[2], base, "需方", 10.5, "c")
            _cell(c, font, e[2], e[4], base, "供方", 10.5, "c")
            continue
        for edge in e:
            c.line(edge, y, edge, y - ROW)
        for col, value in enumerate(row):
            _cell(c, font, e[col], e[col + 1], base, value, 9.5 if col % 2 else 10, "l" if col % 2 else "c")
    bottom = top - len(rows) * ROW
    c.line(e[0], bottom, e[-1], bottom)
    return bottom


def _line_table(c, font: str, top: float) -> float:
    e = _edges(LINE_WIDTHS)
    aligns = "cllcrrrl"
    rows = [LINE_HEADS] + [
        [str(n), name, model, unit, qty, price, money(amount(qty, price)), note]
        for n, (name, model, unit, qty, price, note) in enumerate(ITEMS, start=1)
    ]
    c.setLineWidth(0.6)
    for r, row in enumerate(rows):
        y = top - r * ROW
        c.line(e[0], y, e[-1], y)
        for edge in e:
            c.line(edge, y, edge, y - ROW)
        for col, value in enumerate(row):
            if value:
                _cell(c, font, e[col], e[col + 1], y - ROW + 6.5, value, 9.5, "c" if r == 0 else aligns[col])
    y = top - len(rows) * ROW  # the 合计 row: one cell merged over 序号..单价
    c.line(e[0], y, e[-1], y)
    for edge in (e[0], e[6], e[7], e[8]):
        c.line(edge, y, edge, y - ROW)
    _cell(c, font, e[0], e[6], y - ROW + 6.5, f"合计人民币（大写）：{capitals(total())}", 9.5)
    _cell(c, font, e[6], e[7], y - ROW + 6.5, f"¥{money(total())}", 9.5, "r")
    c.line(e[0], y - ROW, e[-1], y - ROW)
    return y - ROW


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"订货单 {PO}")
    top = draw.PAGE_HEIGHT - 62
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 28, "订 货 单", font, 20, "center")
    y = _line_table(c, font, _header_table(c, font, top - 46) - 14) - 22
    terms = [
        f"一、交货时间：{zh_date(DELIVERY)}前一次交清，如需分批须经需方同意。",
        f"二、交货地点：{ADDRESS}，运费由供方承担。",
        f"三、付款方式：{TERMS}。",
        "四、质量要求：按国家标准及生产厂家标准执行，随货附合格证；轴承须原厂包装。",
        "五、其他：本订单一式两份，双方签字盖章后生效，传真件、扫描件同样有效。",
    ]
    for line in terms:
        draw.text(c, LEFT, y, line, font, 9.5)
        y -= 17
    y -= 20
    for x, side, name in ((LEFT, "需方", BUYER), (LEFT + 250, "供方", OUR_NAME_ZH)):
        draw.text(c, x, y, f"{side}（盖章）：{name}", font, 9.5)
        draw.text(c, x, y - 22, "代表签字：", font, 9.5)
        draw.text(c, x, y - 44, "日    期：    年    月    日", font, 9.5)
    c.showPage()
    c.save()
    return buffer.getvalue()
