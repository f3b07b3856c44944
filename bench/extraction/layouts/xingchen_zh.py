"""Unseen layout: a Changzhou machinery maker's 金蝶云·星辰 采购订单 print, CNY, 2 pages.

常州瑞德机电设备有限公司 runs 金蝶云·星辰 (Kingdee's cloud ERP for small firms) and sends the 采购订单 as
the PDF of its standard print template (A4 portrait, 打印 -> 导出PDF). What it prints: the company's name
and 采购订单 centred; a borderless header of `标签：值` cells three a row (单据编号 CGDD20261221003,
单据日期 2026-12-21, 交货日期 2027-01-25; 供应商 us, 联系人, 联系电话; 采购员, 部门 采购部, 结算方式
月结60天), then 收货地址 and 备注 across; the same head on page 2; a ruled grid: 序号 | 商品编码 (the
buyer's dotted codes, 01.02.0031) | 商品名称 | 规格型号 (wrapped by character in its cell) | 单位 (个, 套,
根, 米, 千克, 件, 包) | 数量 with two decimals (3,000.00; 86.50) | 含税单价 with four (1.6800) | 税率(%) 13
| 税额 | 价税合计 | 备注; 22 lines, 14 on page 1; 合计 row (数量, 税额, 价税合计) and 价税合计（大写） with
¥ on the last page; 制单人 / 审核人 / 打印日期; 第 n 页 共 2 页.

Truth: the PO number 单据编号; the order date 单据日期; the requested delivery date 交货日期; the currency
CNY (星辰 prints none: a single-currency book in 人民币); the buyer the company; the supplier 供应商 (us);
the ship-to address 收货地址; the payment terms 结算方式; the total the 价税合计 of the 合计 row; per line
the part number 商品编码, the description 商品名称 and 规格型号 joined with a space, the unit, the quantity
数量, the unit price 含税单价 and the amount 价税合计.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单_CGDD20261221003.pdf"
BUYER = "常州瑞德机电设备有限公司"
PO = "CGDD20261221003"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 1, 25)
ADDRESS = "江苏省常州市武进区湖塘镇长虹西路88号"
TERMS = "月结60天"
CENT = Decimal("0.01")
RATE = Decimal("0.13")
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
PAGES, FIRST = 2, 14
# 商品编码, 商品名称, 规格型号, 单位, 数量, 含税单价, 备注
ITEMS = [
    ("01.02.0031", "深沟球轴承", "6204-2RS C3", "个", "3000", "1.68", ""),
    ("01.02.0045", "深沟球轴承", "6305-ZZ", "个", "1200", "4.35", ""),
    ("01.03.0112", "圆锥滚子轴承", "30206", "套", "600", "9.80", ""),
    ("02.01.0208", "内六角圆柱头螺钉", "GB/T 70.1 M8×25 12.9级 发黑", "个", "20000", "0.1150", "500个/包"),
    ("02.01.0215", "六角法兰面螺母", "GB/T 6177.1 M8 8级 镀锌", "个", "20000", "0.0460", "500个/包"),
    ("02.03.0010", "弹性圆柱销", "GB/T 879.1 6×30", "个", "5000", "0.0850", ""),
    ("03.01.0502", "直线导轨", "HGR20 L=600mm", "根", "240", "96.50", ""),
    ("03.01.0506", "直线导轨滑块", "HGH20CA", "个", "480", "58.00", ""),
    ("03.02.0120", "滚珠丝杠", "SFU1605 L=500mm C7", "根", "120", "168.00", "两端按图加工"),
    ("03.02.0131", "丝杠支撑座", "BK12/BF12", "套", "120", "46.00", ""),
    ("03.04.0033", "梅花联轴器", "D25 L30 8×10", "个", "240", "18.60", ""),
    ("04.01.0007", "同步带", "HTD 5M-450-15", "条", "300", "12.80", ""),
    ("04.01.0015", "同步带轮", "5M 20齿 宽16 孔8 AF型", "个", "600", "14.50", ""),
    ("05.02.0090", "气缸", "SC63×100 带磁", "个", "80", "168.00", ""),
    ("05.03.0011", "电磁阀", "4V210-08 DC24V", "个", "160", "42.00", ""),
    ("05.04.0201", "气管", "PU 8×5 蓝色 100米/卷", "米", "2000", "1.35", ""),
    ("05.04.0220", "快插接头", "PC8-02", "个", "1000", "1.90", ""),
    ("06.01.0301", "铝型材", "4040 国标 6米/支 本色阳极氧化", "千克", "86.5", "38.00", "按支下料"),
    ("06.02.0013", "角码", "4040 压铸 含螺丝", "件", "2000", "1.60", ""),
    ("07.01.0005", "拖链", "15×20 桥式 内高15", "米", "60", "32.00", ""),
    ("08.03.0021", "防锈油", "WD-40 350ml", "瓶", "48", "26.00", ""),
    ("09.01.0002", "纸箱", "五层 600×400×300", "包", "20", "85.00", "10个/包"),
]
COLS = [  # title, width, align
    ("序号", 22, "c"),
    ("商品编码", 50, "l"),
    ("商品名称", 62, "l"),
    ("规格型号", 100, "l"),
    ("单位", 24, "c"),
    ("数量", 48, "r"),
    ("含税单价", 44, "r"),
    ("税率(%)", 26, "r"),
    ("税额", 48, "r"),
    ("价税合计", 58, "r"),
    ("备注", 0, "l"),
]
COLS[-1] = ("备注", RIGHT - LEFT - sum(width for _, width, _ in COLS), "l")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 7.5, 9.5


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


FIELDS = ItemFields(unit=3, quantity=4, price=5, discount=None, spec=2)


def tax(item: tuple) -> Decimal:
    gross = FIELDS.amount(item)
    return (gross * RATE / (1 + RATE)).quantize(CENT, ROUND_HALF_UP)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _head(c: Canvas, font: str) -> float:
    top = HEIGHT - 46
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购订单", font, 14, "center")
    rows = [
        [("单据编号", PO), ("单据日期", ORDER_DATE.isoformat()), ("交货日期", DELIVERY.isoformat())],
        [("供应商", OUR_NAME_ZH), ("联系人", "张丽"), ("联系电话", "0512-6655 8812")],
        [("采购员", "陈建国"), ("部门", "采购部"), ("结算方式", TERMS)],
    ]
    third = (RIGHT - LEFT) / 3
    y = top - 46
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = LEFT + k * third + (40 if k else 0)
            draw.text(c, x, y, f"{label}：{value}", font, 8.5)
        y -= 14
    draw.text(c, LEFT, y, f"收货地址：{ADDRESS}  瑞德机电二号仓库  收货人：王海峰 13961128806", font, 8.5)
    draw.text(c, LEFT, y - 14, "备注：请随货附送货单及质检报告，送货单注明本单单据编号。", font, 8.5)
    return y - 24


def _row(c: Canvas, y: float, cells: list[str], font: str, height: float, bold_rule: bool = False) -> None:
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for edge in EDGES[1:-1]:
        c.line(edge, y, edge, y - height)
    for k, value in enumerate(cells):
        align = COLS[k][2]
        for n, part in enumerate(value.split("\n")):
            base = y - 10 - LINE_H * n
            if align == "r":
                draw.text(c, EDGES[k + 1] - 2, base, part, font, SIZE, "right")
            elif align == "c":
                draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, part, font, SIZE, "center")
            else:
                draw.text(c, EDGES[k] + 2, base, part, font, SIZE)


def _wrapped(value: str, k: int, font: str) -> str:
    return "\n".join(wrap_chars(value, font, SIZE, COLS[k][1] - 4, strip=True))


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, qty, cost, note = item
    cells = [str(n), code, _wrapped(name, 2, font), _wrapped(spec, 3, font), unit, money(qty)]
    cells += [f"{Decimal(cost):,.4f}", "13", money(tax(item)), money(FIELDS.amount(item))]
    cells.append(_wrapped(note, 10, font))
    height = 5 + LINE_H * max(value.count("\n") + 1 for value in cells)
    _row(c, y, cells, font, height)
    return y - height


def _foot(c: Canvas, page: int, font: str) -> None:
    draw.text(c, LEFT, 30, "打印日期：2026-12-21 10:36", font, 7.5)
    draw.text(c, RIGHT, 30, f"第 {page} 页 共 {PAGES} 页", font, 7.5, "right")


def _sums(c: Canvas, y: float, font: str) -> float:
    qty = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    taxes = sum((tax(item) for item in ITEMS), Decimal(0))
    cells = ["", "合计", "", "", "", money(qty), "", "", money(taxes), money(FIELDS.total(ITEMS)), ""]
    _row(c, y, cells, font, 14)
    y -= 14
    c.rect(LEFT, y - 14, RIGHT - LEFT, 14)
    draw.text(c, LEFT + 4, y - 10, f"价税合计（大写）：{capitals(FIELDS.total(ITEMS))}", font, SIZE)
    draw.text(c, EDGES[8], y - 10, f"（小写）：¥{money(FIELDS.total(ITEMS))}", font, SIZE)
    y -= 34
    for k, value in enumerate(["制单人：陈建国", "审核人：刘志强", "供应商确认（签章）："]):
        draw.text(c, LEFT + k * 180, y, value, font, 8.5)
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单 {PO}")
    c.setAuthor("金蝶云·星辰")
    c.setCreator("金蝶云·星辰")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _head(c, font)
        _row(c, y, [title for title, _, _ in COLS], font, 14)
        y -= 14
        for n, item in enumerate(chunk, start=1 + (FIRST if page == 2 else 0)):
            y = _item(c, y, n, item, font)
        if page == PAGES:
            y = _sums(c, y, font)
        if y < 50:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, page, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
