"""Unseen layout: 东莞市鼎晟自动化设备有限公司's 购货订单 from 金蝶精斗云, printed from the browser to PDF.

A Dongguan automation-equipment maker runs its purchasing in Kingdee's cloud SaaS 精斗云 (云进销存), which
calls a purchase order 购货订单. The buyer opens the order's print preview in Chrome and saves it with
"Save as PDF", leaving Chrome's headers and footers on: the print time and the tab title at the top of the
page (2026/12/8 14:32, "购货订单打印 - 精斗云"), the preview's URL and "1/1" at its foot. The form itself:
the company name and "购货订单" centred, then the header as ``标签：值`` pairs in TWO columns (供应商 |
单据日期, 单据编号 | 交货日期, 联系人 | 联系电话, 采购员 | 付款条件), then 交货地址 and 备注 across the
width. The ruled item grid has 序号, 商品编号, 商品名称, 规格型号, 单位, 数量, 含税单价, 税率(%), 税额,
价税合计, 备注; long 商品名称 and 规格型号 wrap INSIDE their cell over two text lines (the row grows), as
a browser table cell wraps. The 合计 row sums 数量, 税额 and 价税合计; under the grid the order-level
discount 精斗云 calls 整单优惠 (the buyer's rounding-off, 抹零), then 优惠后金额 and its 大写, and a
footer 制单人 / 审核人 / 打印次数.

Truth: the PO number is 单据编号; the order date 单据日期 (not the browser's print time 2026/12/8 14:32);
the requested delivery date 交货日期; the currency CNY (nothing but ¥ and 大写 say it); the buyer the company
at the top; the supplier 供应商 (us); the ship-to address 交货地址; the payment terms 付款条件; the total
优惠后金额, the amount the buyer will pay (the lines' 价税合计 less the 整单优惠); per line the part number
商品编号, the description 商品名称 and 规格型号 joined with a space (a wrapped name is one name), the unit
单位, the quantity 数量, the unit price 含税单价 and the amount 价税合计.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, order

FILENAME = "购货订单_CGDD20261208003.pdf"
BUYER = "东莞市鼎晟自动化设备有限公司"
PO = "CGDD20261208003"
ORDER_DATE = dt.date(2026, 12, 8)
DELIVERY = dt.date(2026, 12, 25)
ADDRESS = "广东省东莞市松山湖高新区工业西路12号鼎晟科技园A栋"
TERMS = "月结30天（票到付款）"
DISCOUNT = Decimal("10.00")  # 整单优惠: the buyer rounds the order down to 20,800.00
TAX = Decimal("1.13")
CENT = Decimal("0.01")
# 商品编号, 商品名称, 规格型号, 单位, 数量, 含税单价, 备注
ITEMS = [
    ("SP0301", "深沟球轴承（双面橡胶密封）", "6205-2RS", "套", "300", "6.80", "NSK"),
    ("SP0302", "深沟球轴承", "6308ZZ C3", "套", "120", "23.50", ""),
    ("SP0415", "带座外球面轴承（铸铁座）", "UCP205", "套", "90", "18.60", ""),
    ("SP1108", "内六角圆柱头螺钉", "M8×30 12.9级发黑", "个", "5000", "0.36", ""),
    ("SP1121", "法兰面六角螺母", "M10 8级镀锌", "个", "3000", "0.42", ""),
    ("SP2203", "梅花弹性联轴器（铝合金）", "D30L40 孔径10×12", "个", "80", "26.00", ""),
    ("SP2310", "聚氨酯同步带（钢丝芯）", "HTD5M-800-25", "条", "60", "48.50", ""),
    ("SP2402", "直线光轴（镀硬铬）", "SF16 L=500", "根", "100", "32.80", "两端倒角"),
    ("SP2405", "直线轴承", "LM20UU", "个", "200", "11.60", ""),
    ("SP3016", "气缸单耳环安装附件", "CA-32 配销轴", "个", "40", "15.65", ""),
]
LEFT, RIGHT = 36, 559
WIDTHS = [22, 44, 96, 70, 24, 38, 44, 36, 46, 58, 45]
HEADS = [
    "序号",
    "商品编号",
    "商品名称",
    "规格型号",
    "单位",
    "数量",
    "含税单价",
    "税率(%)",
    "税额",
    "价税合计",
    "备注",
]
ALIGNS = "cllccrrrrrl"
NO_LINE_START = "）)、，。"
WRAPPING = (2, 3)  # 商品名称 and 规格型号 wrap inside their cells
FONT_SIZE = 8


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def line_tax(value: Decimal) -> Decimal:
    return value - (value / TAX).quantize(CENT, ROUND_HALF_UP)


def lines_total() -> Decimal:
    return sum((amount(item[4], item[5]) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return lines_total() - DISCOUNT


def expected() -> PurchaseOrder:
    po = order(
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
            for code, name, spec, unit, qty, price, _ in ITEMS
        ],
    )
    return po.model_copy(update={"total_amount": total()})


def _wrap(value: str, width: float, font: str) -> list[str]:
    """A browser cell breaks a line at its last space that fits, else (CJK) after any character."""
    room = width - 6
    if stringWidth(value, font, FONT_SIZE) <= room:
        return [value]
    cut = len(value)
    while stringWidth(value[:cut], font, FONT_SIZE) > room:
        cut -= 1
    if " " in value[:cut]:
        cut = value[:cut].rindex(" ")
    while value[cut] in NO_LINE_START:  # a closing bracket never starts a line: it takes a character along
        cut -= 1
    return [value[:cut].rstrip(), value[cut:].lstrip()]


def _edges() -> list[float]:
    edges = [float(LEFT)]
    for width in WIDTHS:
        edges.append(edges[-1] + width)
    return edges


def _put(c, font: str, e: list[float], col: int, y: float, value: str, align: str) -> None:
    if align == "r":
        draw.text(c, e[col + 1] - 3, y, value, font, FONT_SIZE, "right")
    elif align == "c":
        draw.text(c, (e[col] + e[col + 1]) / 2, y, value, font, FONT_SIZE, "center")
    else:
        draw.text(c, e[col] + 3, y, value, font, FONT_SIZE)


def _header(c, font: str, top: float) -> float:
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 26, "购货订单", font, 17, "center")
    pairs = [
        (f"供应商：{OUR_NAME_ZH}", f"单据日期：{ORDER_DATE.isoformat()}"),
        (f"单据编号：{PO}", f"交货日期：{DELIVERY.isoformat()}"),
        ("联系人：黄志明", "联系电话：0769-2266 8120"),
        ("采购员：叶倩", f"付款条件：{TERMS}"),
    ]
    y = top - 54
    for left, right in pairs:
        draw.text(c, LEFT + 4, y, left, font, 9)
        draw.text(c, 318, y, right, font, 9)
        y -= 16
    draw.text(c, LEFT + 4, y, f"交货地址：{ADDRESS}", font, 9)
    y -= 16
    draw.text(c, LEFT + 4, y, "备注：含13%增值税专用发票；送货请附送货单并注明单据编号。", font, 9)
    return y - 10


def _grid(c, font: str, top: float) -> float:
    e = _edges()
    c.setLineWidth(0.5)
    c.setFillColorRGB(0.94, 0.95, 0.97)
    c.rect(e[0], top - 18, e[-1] - e[0], 18, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    rows: list[tuple[float, list[list[str]]]] = [(18, [[head] for head in HEADS])]
    quantity, taxes = Decimal(0), Decimal(0)
    for n, (code, name, spec, unit, qty, price, note) in enumerate(ITEMS, start=1):
        value = amount(qty, price)
        quantity, taxes = quantity + Decimal(qty), taxes + line_tax(value)
        cells = [str(n), code, name, spec, unit, qty, price, "13", money(line_tax(value)), money(value), note]
        wrapped = [
            _wrap(cell, WIDTHS[col], font) if col in WRAPPING else [cell] for col, cell in enumerate(cells)
        ]
        height = 18 if max(len(parts) for parts in wrapped) == 1 else 27
        rows.append((height, wrapped))
    total_cells = ["合计", "", "", "", "", f"{quantity:,}", "", "", money(taxes), money(lines_total()), ""]
    rows.append((18, [[cell] for cell in total_cells]))
    y = top
    c.line(e[0], y, e[-1], y)
    for r, (height, cells) in enumerate(rows):
        bottom = y - height
        for edge in e:
            c.line(edge, y, edge, bottom)
        c.line(e[0], bottom, e[-1], bottom)
        for col, parts in enumerate(cells):
            align = "c" if r == 0 else ALIGNS[col]
            first = y - height / 2 - 3 + 4.5 * (len(parts) - 1)
            for k, part in enumerate(parts):
                if part:
                    _put(c, font, e, col, first - 9 * k, part, align)
        y = bottom
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "购货订单打印 - 精斗云")
    # Chrome's header and footer ("Headers and footers" left on in the print dialog)
    draw.text(c, 22, draw.PAGE_HEIGHT - 16, "2026/12/8 14:32", draw.LATIN_FONT, 7)
    draw.text(c, draw.PAGE_WIDTH / 2, draw.PAGE_HEIGHT - 16, "购货订单打印 - 精斗云", font, 7, "center")
    url = "https://jdy.kingdee.com/web/scm/print.html?billType=PUR_ORDER&billId=4818800273615880192"
    draw.text(c, 22, 14, url, draw.LATIN_FONT, 7)
    draw.text(c, draw.PAGE_WIDTH - 22, 14, "1/1", draw.LATIN_FONT, 7, "right")
    y = _grid(c, font, _header(c, font, draw.PAGE_HEIGHT - 58)) - 18
    draw.text(c, LEFT + 4, y, f"整单优惠：{money(DISCOUNT)}", font, 9)
    draw.text(c, 220, y, f"优惠后金额：¥{money(total())}", font, 9)
    draw.text(c, 380, y, f"大写：{capitals(total())}", font, 9)
    y -= 30
    for x, value in ((LEFT + 4, "制单人：叶倩"), (220, "审核人：黄志明"), (380, "打印次数：1")):
        draw.text(c, x, y, value, font, 9)
    c.showPage()
    c.save()
    return buffer.getvalue()
