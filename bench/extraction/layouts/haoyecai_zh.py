"""Unseen layout: a Ningbo trading company's 采购订单 printed from 用友好业财 (Yonyou Haoyecai), CNY, 1 page.

宁波甬丰进出口贸易有限公司 (a small exporter of hardware and pump parts) keeps its books, stock and buying
in 好业财, Yonyou's cloud accounting and stock app for small firms, and prints the 采购订单 from the
document's 打印 button with the system print template (A4 portrait), saved by the browser under the
document type and number (采购订单-CD-20261215-0006.pdf). What it prints: the company centred over 采购订单;
the head unruled, three label：value pairs a row (单据编号 CD-20261215-0006 / 单据日期 2026-12-15 / 交货日期
2027-01-18; 供应商 us / 联系人 / 联系电话; 采购员 / 部门 / 结算方式 月结45天，电汇; 币种 人民币 / 汇率 1 /
项目); 收货地址 and 备注 across; a ruled table whose shaded head has captions over two lines (含税 / 单价,
折扣率 / (%), 价税 / 合计): 序号 | 商品编码 (YF-BJ-2050) | 商品名称 (wrapped at any character) | 规格型号 |
单位 (个, 套, 台, 米, 千克, 盒) | 数量 with the app's two decimals (2,000.00; 62.50) | 含税单价 four decimals
(0.3650) | 折扣率(%) as the rate paid (100.00, 95.00 on three lines) | 税率 13% | 税额 | 价税合计 after the
discount; 17 lines; the 合计 row (数量, 税额, 价税合计); 价税合计（大写） with the 小写 ¥; 制单人 / 审核人 /
供应商签字盖章; a foot of 打印人, 打印时间 and 第1页/共1页.

Truth: the PO number 单据编号; the order date 单据日期; the requested delivery date 交货日期; the
currency CNY; the buyer the company; the supplier 供应商 (us); the ship-to address 收货地址; the payment
terms 结算方式; the total 价税合计; per line the part number 商品编码, the description 商品名称 and 规格型号
joined with a space, the unit, the quantity, the unit price 含税单价 (before the discount) and the amount
价税合计 (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单-CD-20261215-0006.pdf"
BUYER = "宁波甬丰进出口贸易有限公司"
PO = "CD-20261215-0006"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 1, 18)
ADDRESS = "浙江省宁波市鄞州区首南街道天童南路588号 甬丰仓库B区"
TERMS = "月结45天，电汇"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 28.0, A4[0] - 28.0
# 商品编码, 商品名称, 规格型号, 单位, 数量, 含税单价, 折扣 (per cent off; printed as the rate paid)
ITEMS = [
    ("YF-BJ-2050", "不锈钢球阀", "DN50 PN16 CF8M 法兰", "个", "120", "86.5000", ""),
    ("YF-BJ-2025", "不锈钢球阀", "DN25 PN40 CF8 内螺纹", "个", "400", "32.8000", ""),
    ("YF-BJ-3080", "对夹式蝶阀（手柄型，带锁定板）", "DN80 PN16 EPDM", "个", "60", "118.0000", "5"),
    ("YF-LJ-0608", "不锈钢快速接头", 'Camlock A型 3/4"', "套", "800", "6.4500", ""),
    ("YF-MF-0450", "O型密封圈", "45×3.55 NBR70", "个", "5000", "0.3650", ""),
    ("YF-MF-0455", "骨架油封", "TC 45×65×10 氟橡胶", "个", "1500", "2.1800", ""),
    ("YF-BP-1100", "离心泵", "CDLF4-8 1.1kW 380V", "台", "12", "2680.0000", "5"),
    ("YF-BP-0750", "自吸泵（铸铁泵体，不锈钢叶轮）", "JET-750 0.75kW 220V", "台", "30", "468.0000", ""),
    ("YF-GD-3210", "不锈钢焊管", "304 Φ32×1.5", "米", "62.5", "28.6000", ""),
    ("YF-GD-1620", "PPR冷热水管", "S3.2 Φ20 灰色", "米", "1200", "2.3500", ""),
    ("YF-WJ-1040", "外六角螺栓", "M10×40 304 DIN933 200只/盒", "盒", "80", "46.0000", ""),
    ("YF-WJ-1000", "不锈钢螺母", "M10 304 DIN934 500只/盒", "盒", "40", "38.5000", ""),
    ("YF-YB-0100", "耐震压力表", "Y-60 0-1.6MPa 径向", "个", "200", "24.8000", ""),
    ("YF-YB-0215", "电接点压力表（上下限控制）", "YXC-100 0-2.5MPa", "个", "40", "96.0000", "5"),
    ("YF-CL-0304", "不锈钢板", "304 2B δ2.0", "千克", "318.4", "18.7500", ""),
    ("YF-CL-0102", "紫铜排", "T2 30×5", "千克", "85.6", "78.5000", ""),
    ("YF-BZ-0001", "出口木箱（熏蒸）", "1200×800×900", "个", "8", "185.0000", ""),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=6)
TAX = Decimal("13")
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 22, "c"),
        Column(("商品编码",), 54, "l"),
        Column(("商品名称",), 0, "l"),
        Column(("规格型号",), 96, "l"),
        Column(("单位",), 22, "c"),
        Column(("数量",), 46, "r"),
        Column(("含税", "单价"), 44, "r"),
        Column(("折扣率", "(%)"), 32, "r"),
        Column(("税率",), 24, "c"),
        Column(("税额",), 44, "r"),
        Column(("价税", "合计"), 54, "r"),
    ],
    size=7.2,
    line_h=10.0,
)


def money(value: Decimal | str) -> str:
    """The app's amount format: two decimals, thousands with a comma."""
    return f"{Decimal(value):,.2f}"


def rate(discount: str) -> str:
    """折扣率(%) printed as the rate paid: 5 off -> 95.00, none -> 100.00."""
    return f"{100 - Decimal(discount or '0'):.2f}"


def tax(amount: Decimal) -> Decimal:
    """税额 inside a tax-inclusive amount at 13%."""
    return (amount * TAX / (100 + TAX)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def total() -> Decimal:
    return FIELDS.total(ITEMS)


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
    top = HEIGHT - 42
    draw.text(c, WIDTH / 2, top, BUYER, font, 13, "center")
    draw.text(c, WIDTH / 2, top - 23, "采购订单", font, 17, "center")
    rows = [
        [("单据编号", PO), ("单据日期", ORDER_DATE.isoformat()), ("交货日期", DELIVERY.isoformat())],
        [("供应商", OUR_NAME_ZH), ("联系人", "陈丽"), ("联系电话", "0512-66184418")],
        [("采购员", "俞海波"), ("部门", "采购部"), ("结算方式", TERMS)],
        [("币种", "人民币"), ("汇率", "1"), ("项目", "2027春季备货")],
        [("收货地址", ADDRESS)],
        [("备注", "含13%增值税专用发票；随货附检验报告，外箱贴甬丰标签。")],
    ]
    third = (RIGHT - LEFT) / 3
    y = top - 46
    for row in rows:
        for k, (label, value) in enumerate(row):
            draw.text(c, LEFT + third * k, y, f"{label}：{value}", font, 8.4)
        y -= 14
    return y - 1


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, qty, price, discount = item
    amount = FIELDS.amount(item)
    cells = [
        [f"{n}"],
        [code],
        wrap_chars(name, font, GRID.size, GRID.width(2)),
        wrap_chars(spec, font, GRID.size, GRID.width(3)),
        [unit],
        [money(qty)],
        [price],
        [rate(discount)],
        ["13%"],
        [money(tax(amount))],
        [money(amount)],
    ]
    return GRID.row(c, y, cells, font)


def _end(c: Canvas, y: float, font: str) -> float:
    quantity = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    taxes = sum((tax(FIELDS.amount(item)) for item in ITEMS), Decimal(0))
    cells = [["合计"], [""], [""], [""], [""], [money(quantity)], [""], [""], [""], [money(taxes)]]
    y = GRID.row(c, y, [*cells, [money(total())]], font)
    c.rect(LEFT, y - 16, RIGHT - LEFT, 16)
    draw.text(c, LEFT + 4, y - 11, f"价税合计（大写）：{capitals(total())}", font, 8.4)
    draw.text(c, RIGHT - 4, y - 11, f"（小写）¥{money(total())}", font, 8.4, "right")
    y -= 36
    signs = [("制单人：", "俞海波"), ("审核人：", "王静"), ("供应商签字盖章：", "")]
    third = (RIGHT - LEFT) / 3
    for k, (label, name) in enumerate(signs):
        draw.text(c, LEFT + third * k, y, f"{label}{name}", font, 8.4)
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单-{PO}")
    c.setCreator("Chrome")
    c.setProducer("Skia/PDF m131")
    y = GRID.head(c, _head(c, font), font, grey=0.9)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _end(c, y, font) < 50:
        raise AssertionError("the order runs into its foot")
    draw.text(c, LEFT, 26, "打印人：俞海波    打印时间：2026-12-15 10:42:17", font, 7.5)
    draw.text(c, RIGHT, 26, "第1页/共1页", font, 7.5, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
