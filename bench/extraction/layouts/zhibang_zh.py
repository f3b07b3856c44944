"""Unseen layout: a Xiamen automation-equipment maker's 采购订单 printed by 智邦国际 ERP, CNY, 2 pages.

厦门鹭威自动化设备有限公司 (feeders and assembly lines for electronics plants) runs 智邦国际 ERP, the web
ERP many Chinese small and mid-sized firms rent, and sends the 采购订单 printed through the ERP's print
template (A4 landscape, its print control's own page numbers, no browser margins), saved as the page's
title, 采购订单打印.pdf. What it prints: the company centred over 采购订单, 单号：CG20261218003 at the right
of the title; the head as a ruled grid of shaded label cells beside value cells, four pairs a row (采购单号,
采购日期 2026-12-18, 交货日期 2027-01-12, 采购人员; 供应商 us, 联系人, 联系电话, 所属部门; 结算方式
月结60天, 付款方式 银行转账, 币种 人民币, 发票类型; 交货地址 across three pairs, 收货人 with a mobile
number) under a 主题 row across; the product list as a ruled grid with a shaded head repeated on page 2
(the print control repeats the table head, not the form's head): 序号 | 产品名称 (the name before the code,
as the ERP lists products) | 产品编号 (03.01.0125: the company's dotted category codes) | 型号规格 |
单位 (根, 只, 个, 条, 支, 卷, 米, 罐) | 数量 as entered, no thousands and no trailing zeros (10000; 86.5)
| 单价 with its four decimals (168.5000; 0.0180) | 折扣 as the factor the price is multiplied by, 1.00 on
most lines (0.95, 0.98, 0.90: 九五折 ...) | 折后单价 | 金额 after the discount | 交货日期 per line (the
cylinders and valves 2027-01-20) | 备注; 18 lines, 16 on page 1 (as many as fit); the 合计 row (数量
and 金额), 合计金额（大写）and ¥, 备注 1-3, 制单 / 审核 / 批准 / 供应商确认（盖章）; a foot with the
print time and the user at the left and 第 n 页 / 共 2 页 at the right.

Truth: the PO number 采购单号 (the 单号 by the title again); the order date 采购日期; the requested delivery
date the head's 交货日期; the currency CNY (币种 人民币); the buyer the company; the supplier 供应商 (us,
our Chinese name); the ship-to address 交货地址; the payment terms 结算方式 (付款方式 is how, not when);
the total 合计金额; per line the part number 产品编号, the description 产品名称 and 型号规格 joined with a
space, the unit, the quantity, the unit price 单价 (before the 折扣) and the amount 金额 (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount
from bench.extraction.layouts._order_truth import LineTruth, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_browser
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单打印.pdf"
BUYER = "厦门鹭威自动化设备有限公司"
PO = "CG20261218003"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 1, 12)
LATER = "2027-01-20"
ADDRESS = "福建省厦门市集美区杏林湾路168号鹭威工业园3号楼一层仓库"
TERMS = "月结60天"
WIDTH, HEIGHT = landscape(A4)
LEFT, RIGHT = 30.0, landscape(A4)[0] - 30.0
BOTTOM = 46.0  # the print control's foot is under this
PAGES = 2
# 产品名称, 产品编号, 型号规格, 单位, 数量, 单价 (含税), 折扣, 交货日期 (blank: the head's), 备注
ITEMS = [
    (
        "直线导轨",
        "03.01.0125",
        "HGR15 L=600mm 含滑块 HGH15CA 2只",
        "根",
        "40",
        "168.5000",
        "0.95",
        "",
        "附合格证",
    ),
    ("滚珠丝杆", "03.02.0210", "SFU1605-500 C7 两端加工", "根", "24", "236.0000", "1", "", "按图加工"),
    ("深沟球轴承", "03.05.0011", "6001-2RS", "只", "500", "1.8500", "1", "", ""),
    ("深沟球轴承", "03.05.0016", "608ZZ", "只", "2000", "0.6800", "0.98", "", ""),
    ("梅花联轴器", "03.07.0032", "D25 L30 孔8-10 铝合金", "个", "120", "18.6000", "1", "", ""),
    ("同步带轮", "03.08.0101", "S3M 20齿 宽11 孔8", "个", "200", "7.4500", "1", "", ""),
    ("同步带", "03.08.0205", "S3M-420 宽10 橡胶", "条", "150", "5.2000", "1", "", ""),
    ("标准气缸", "04.01.0050", "SC40×100-S 带磁", "支", "30", "96.0000", "0.9", LATER, ""),
    ("电磁阀", "04.02.0012", "4V210-08 DC24V", "个", "60", "28.5000", "1", LATER, ""),
    ("气管", "04.05.0008", "PU 8×5 蓝色 100米/卷", "卷", "12", "132.0000", "1", "", ""),
    ("快插接头", "04.05.0031", "PC8-02", "个", "800", "0.8600", "1", "", ""),
    ("接近开关", "05.01.0017", "LJ12A3-4-Z/BX NPN常开", "个", "100", "9.8000", "1", "", "线长2米"),
    ("内六角圆柱头螺钉", "06.01.0412", "M5×16 12.9级 发黑", "个", "10000", "0.0850", "1", "", ""),
    ("不锈钢平垫", "06.03.0105", "M5 304", "个", "10000", "0.0180", "1", "", ""),
    ("铝型材", "07.01.0003", "4040欧标 6063-T5 阳极氧化", "米", "86.5", "38.4000", "1", "", "6米定尺"),
    ("铝型材", "07.01.0005", "2020欧标 6063-T5 阳极氧化", "米", "120.5", "12.6000", "1", "", "6米定尺"),
    ("拖链", "07.03.0020", "15×30 桥式 内高15", "米", "25", "22.8000", "0.95", "", ""),
    ("防锈润滑脂", "08.01.0002", "锂基脂 0号 1kg/罐", "罐", "24", "46.5000", "1", "", ""),
]
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 26, "c"),
        Column(("产品名称",), 62, "l"),
        Column(("产品编号",), 58, "l"),
        Column(("型号规格",), 112, "l"),
        Column(("单位",), 28, "c"),
        Column(("数量",), 46, "r"),
        Column(("单价",), 54, "r"),
        Column(("折扣",), 34, "r"),
        Column(("折后单价",), 56, "r"),
        Column(("金额",), 66, "r"),
        Column(("交货日期",), 58, "c"),
        Column(("备注",), 0, "l"),
    ],
    size=8.5,
    line_h=13.5,
    pad=3.0,
)
PAIR = (62.0, 133.5)  # a shaded label cell and its value cell, four pairs a row
ROW_H = 19.0


def money(value: Decimal | str) -> str:
    """金额 and the 合计: two decimals with thousands."""
    return f"{Decimal(value):,.2f}"


def quantity(value: str | Decimal) -> str:
    """数量 as entered: no thousands, no trailing zeros (10000; 86.5)."""
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def price(value: Decimal | str) -> str:
    """单价 and 折后单价: the field's four decimals."""
    return f"{Decimal(value):.4f}"


def net_price(item: tuple) -> Decimal:
    """折后单价: 单价 times 折扣, kept to the four decimals the field has (exact in this order)."""
    value = Decimal(item[5]) * Decimal(item[6])
    assert value == value.quantize(Decimal("0.0001")), item
    return value


def line_total(item: tuple) -> Decimal:
    return exact_amount(item[4], f"{net_price(item)}")


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        LineTruth(item[1], f"{item[0]} {item[2]}", item[3], item[4], item[5], line_total(item))
        for item in ITEMS
    ]
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=lines,
    )


def _pairs(c: Canvas, font: str, y: float, pairs: list[tuple[str, str, int]]) -> float:
    """One row of the head grid: (label, value, pairs the value spans) from the left edge."""
    x = LEFT
    for label, value, span in pairs:
        width = PAIR[1] + (span - 1) * sum(PAIR)
        c.setFillColorRGB(0.90, 0.92, 0.95)
        c.rect(x, y - ROW_H, PAIR[0], ROW_H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(0.5)
        c.rect(x, y - ROW_H, PAIR[0], ROW_H)
        c.rect(x + PAIR[0], y - ROW_H, width, ROW_H)
        draw.text(c, x + 4, y - 12.8, label, font, 8.5)
        draw.text(c, x + PAIR[0] + 4, y - 12.8, value, font, 8.5)
        x += PAIR[0] + width
    return y - ROW_H


def _form_head(c: Canvas, font: str) -> float:
    top = HEIGHT - 40
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, top - 24, "采购订单", font, 18, "center")
    draw.text(c, RIGHT, top - 24, f"单号：{PO}", font, 9, "right")
    y = top - 36
    y = _pairs(c, font, y, [("主题", "12月份设备零部件备货采购", 4)])
    rows = [
        [
            ("采购单号", PO, 1),
            ("采购日期", f"{ORDER_DATE}", 1),
            ("交货日期", f"{DELIVERY}", 1),
            ("采购人员", "陈晓东", 1),
        ],
        [
            ("供应商", OUR_NAME_ZH, 1),
            ("联系人", "张丽", 1),
            ("联系电话", "0512-66558812", 1),
            ("所属部门", "采购部", 1),
        ],
        [
            ("结算方式", TERMS, 1),
            ("付款方式", "银行转账", 1),
            ("币种", "人民币", 1),
            ("发票类型", "增值税专用发票", 1),
        ],
        [("交货地址", ADDRESS, 3), ("收货人", "黄建华 13906012345", 1)],
    ]
    for pairs in rows:
        y = _pairs(c, font, y, pairs)
    return y - 10


def _item_cells(n: int, item: tuple, font: str) -> list[list[str]]:
    name, code, spec, unit, qty, unit_price, factor, day, note = item
    wrap = [wrap_browser(value, font, GRID.size, GRID.width(k)) for k, value in ((1, name), (3, spec))]
    return [
        [f"{n}"],
        wrap[0],
        [code],
        wrap[1],
        [unit],
        [quantity(qty)],
        [price(unit_price)],
        [f"{Decimal(factor):.2f}"],
        [price(net_price(item))],
        [money(line_total(item))],
        [day or f"{DELIVERY}"],
        [note] if note else [],
    ]


def _sums(c: Canvas, font: str, y: float) -> float:
    qty = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = [["合计"], [], [], [], [], [quantity(qty)], [], [], [], [money(total())], [], []]
    y = GRID.row(c, y, [part if part else [""] for part in cells], font)
    c.setLineWidth(0.5)
    c.rect(LEFT, y - ROW_H, RIGHT - LEFT, ROW_H)
    draw.text(c, LEFT + 4, y - 12.8, f"合计金额（大写）：{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT - 4, y - 12.8, f"合计金额：¥{money(total())}", font, 8.5, "right")
    y -= ROW_H + 16
    notes = [
        "备注：1. 以上单价均含13%增值税，请开具增值税专用发票，发票上注明采购单号。",
        "2. 请随货附送货单及产品合格证，送货单须注明采购单号及产品编号，否则仓库拒收。",
        "3. 收货时间：周一至周六 8:30-17:00；如不能按期交货，请提前3天告知。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT + (0 if k == 0 else 24), y - 12 * k, value, font, 8)
    y -= 12 * len(notes) + 18
    for x, value in (
        (LEFT, "制单：陈晓东"),
        (LEFT + 180, "审核：林志明"),
        (LEFT + 360, "批准："),
        (LEFT + 540, "供应商确认（盖章）："),
    ):
        draw.text(c, x, y, value, font, 9)
    return y - 10


def _foot(c: Canvas, font: str, page: int) -> None:
    draw.text(c, LEFT, 28, "打印时间：2026-12-18 15:42:07    打印人：陈晓东", font, 7.5)
    draw.text(c, RIGHT, 28, f"第 {page} 页 / 共 {PAGES} 页", font, 7.5, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=landscape(A4), invariant=1)
    c.setTitle("采购订单打印")
    c.setAuthor("陈晓东")
    c.setCreator("智邦国际ERP")
    page = 1
    y = GRID.head(c, _form_head(c, font), font, grey=0.88)
    for n, item in enumerate(ITEMS, start=1):
        cells = _item_cells(n, item, font)
        height = 4 + GRID.line_h * max(len(parts) for parts in cells)
        if y - height < BOTTOM:  # the print control breaks the table and repeats its head
            _foot(c, font, page)
            c.showPage()
            page += 1
            y = GRID.head(c, HEIGHT - 36, font, grey=0.88)
        y = GRID.row(c, y, [parts or [""] for parts in cells], font)
    if y - 4 * ROW_H - 60 < BOTTOM:
        raise AssertionError(f"the totals and notes do not fit under the last line ({page}, {y:.0f})")
    _sums(c, font, y)
    _foot(c, font, page)
    c.showPage()
    c.save()
    if page != PAGES:
        raise AssertionError(f"{page} pages, not {PAGES}")
    return buffer.getvalue()
