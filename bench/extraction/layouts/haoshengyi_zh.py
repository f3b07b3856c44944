"""Unseen layout: a Wenzhou valve maker's 采购订单 printed by 畅捷通好生意 (Chanjet), CNY, 2 pages.

温州鸿泰阀门有限公司 keeps its buying and stock in 畅捷通好生意, Chanjet's cloud 进销存 for small firms
(not T+, T3 or 好会计), and sends the order as the PDF of the 采购订单's default print template (A4
portrait). What it prints: on every page the company's name and 采购订单 centred; on page 1 the head as
label：value pairs three a row with no rules (单据编号 CGDD-2026-12-0037 | 单据日期 2026-12-23 | 交货日期
2027-01-20, 供应商 (us) | 联系人 | 联系电话, 采购员 | 部门 | 结算方式 月结45天, 币种 人民币 | 仓库,
收货地址 across with the 收货人 in brackets after it, 备注 across); on page 2 a short head (单据编号 /
单据日期 / 供应商 on one line); a ruled grid, its head repeated on page 2: 序号 | 商品编码 (HT-07-0112)
| 商品名称 | 规格型号 (both wrapped by character in their cells) | 单位 (个, 套, 件, 只, 台, 千克, 米,
箱) | 数量 with two decimals (1,500.00; 86.50) | 含税单价 with two to four decimals (0.0850) |
含税金额 | 税率 (13%) | 行备注; 17 lines, 12 on page 1; a 合计 row (数量, 含税金额), 合计金额（大写）
beside （小写）, 整单备注; 制单人 / 审核人 / 供应商确认（签字盖章）; the foot on every page:
畅捷通好生意, 打印时间 and 第 n 页 共 2 页.

Truth: the PO number 单据编号; the order date 单据日期; the requested delivery date 交货日期; the
currency CNY (币种 人民币); the buyer the company; the supplier 供应商 (our Chinese name); the ship-to
address 收货地址 (without the bracketed 收货人); the payment terms 结算方式; the total 含税金额's 合计
(the lines' sum, tax included); per line the part number 商品编码, the description 商品名称 and
规格型号 joined with a space (each's wrapped parts joined without one), the unit 单位, the quantity
数量, the unit price 含税单价 and the amount 含税金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单_CGDD-2026-12-0037.pdf"
BUYER = "温州鸿泰阀门有限公司"
PO = "CGDD-2026-12-0037"
ORDER_DATE = dt.date(2026, 12, 23)
DELIVERY = dt.date(2027, 1, 20)
ADDRESS = "浙江省温州市龙湾区永兴街道滨海四道1688号"
TERMS = "月结45天"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 34.0, A4[0] - 34.0
FIRST = 12  # lines on page 1
PAGES = 2
# 商品编码, 商品名称, 规格型号, 单位, 数量, 含税单价, 行备注
ITEMS = [
    ("HT-07-0112", "不锈钢球阀阀体", "CF8M DN50 PN16 法兰连接按图加工", "个", "300", "86.50", ""),
    ("HT-07-0115", "不锈钢球阀阀盖", "CF8M DN50 配套阀体", "个", "300", "32.80", ""),
    ("HT-07-0208", "阀球", "F316 DN50 通径精磨", "个", "300", "41.20", ""),
    ("HT-07-0310", "阀杆", "17-4PH 防飞出结构", "件", "300", "12.60", ""),
    ("HT-08-0021", "增强聚四氟乙烯阀座", "PTFE+25%碳纤维 DN50", "套", "600", "6.85", ""),
    ("HT-08-0033", "石墨填料环", "柔性石墨 内径18外径28", "只", "1500", "1.35", ""),
    ("HT-08-0041", "O型密封圈", "氟橡胶 32×3.1", "只", "3000", "0.0850", ""),
    ("HT-09-0102", "双头螺柱", "B7 M16×90 配2H螺母", "套", "2400", "2.42", ""),
    ("HT-09-0150", "碟形弹簧", "A25 50CrVA", "只", "1200", "0.96", ""),
    ("HT-10-0007", "气动执行器", "双作用 DA-105 配NAMUR电磁阀接口", "台", "60", "385.00", "附检验报告"),
    ("HT-10-0012", "手柄", "304 DN50 配锁紧螺母", "个", "240", "9.40", ""),
    ("HT-11-0003", "不锈钢棒料", "316L 直径60 固溶酸洗", "千克", "86.5", "38.60", "附材质证明"),
    ("HT-11-0009", "不锈钢管", "304 57×3.5 无缝", "米", "120", "64.00", ""),
    ("HT-12-0016", "阀门铭牌", "不锈钢蚀刻 40×25 按图", "个", "600", "1.80", ""),
    ("HT-12-0020", "防尘帽", "DN50 法兰用 聚乙烯", "个", "600", "0.75", ""),
    ("HT-13-0001", "包装纸箱", "五层瓦楞 600×400×400", "个", "150", "7.20", ""),
    ("HT-13-0005", "防锈油", "薄层型 18升/桶", "箱", "4", "268.00", ""),
]
COLS = [  # title, width, align
    ("序号", 24, "c"),
    ("商品编码", 58, "l"),
    ("商品名称", 64, "l"),
    ("规格型号", 104, "l"),
    ("单位", 26, "c"),
    ("数量", 50, "r"),
    ("含税单价", 48, "r"),
    ("含税金额", 58, "r"),
    ("税率", 28, "c"),
    ("行备注", 0, "l"),
]
SIZE, LINE_H = 7.5, 9.5
GRID = RuledGrid(
    LEFT, RIGHT, [Column((title,), width, align) for title, width, align in COLS], SIZE, LINE_H, pad=2
)


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def price(value: str) -> str:
    places = max(2, len(value.split(".")[1]))
    return f"{Decimal(value):,.{places}f}"


FIELDS = ItemFields(unit=3, quantity=4, price=5, discount=None, spec=2)


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


def _title(c: Canvas, font: str) -> float:
    top = HEIGHT - 42
    draw.text(c, WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购订单", font, 15, "center")
    return top - 42


def _head(c: Canvas, y: float, font: str) -> float:
    """label：value pairs three a row, no rules; 收货地址 and 备注 across."""
    rows = [
        [("单据编号", PO), ("单据日期", ORDER_DATE.isoformat()), ("交货日期", DELIVERY.isoformat())],
        [("供应商", OUR_NAME_ZH), ("联系人", "张丽"), ("联系电话", "0512-66558812")],
        [("采购员", "陈海燕"), ("部门", "采购部"), ("结算方式", TERMS)],
        [("币种", "人民币"), ("仓库", "原材料仓"), ("", "")],
    ]
    third = (RIGHT - LEFT) / 3
    for row in rows:
        for k, (label, value) in enumerate(row):
            if label:
                draw.text(c, LEFT + k * third, y, f"{label}：{value}", font, 8.5)
        y -= 14
    draw.text(c, LEFT, y, f"收货地址：{ADDRESS}（收货人：周建国 13858801726）", font, 8.5)
    y -= 14
    draw.text(c, LEFT, y, "备注：请按交货日期一次送齐，送货单注明单据编号。", font, 8.5)
    return y - 10


def _short_head(c: Canvas, y: float, font: str) -> float:
    value = f"单据编号：{PO}    单据日期：{ORDER_DATE.isoformat()}    供应商：{OUR_NAME_ZH}"
    draw.text(c, LEFT, y, value, font, 8.5)
    return y - 10


def _row(c: Canvas, y: float, cells: list[str], font: str, height: float) -> None:
    GRID.framed(c, y, [value.split("\n") for value in cells], font, height, drop=10)


def _wrapped(value: str, k: int, font: str) -> str:
    return "\n".join(wrap_chars(value, font, SIZE, GRID.width(k), strip=True))


def _thead(c: Canvas, y: float, font: str) -> float:
    c.setFillColorRGB(0.88, 0.92, 0.97)
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _row(c, y, [title for title, _, _ in COLS], font, 15)
    return y - 15


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, qty, cost, note = item
    cells = [str(n), code, _wrapped(name, 2, font), _wrapped(spec, 3, font), unit, money(qty)]
    cells += [price(cost), money(FIELDS.amount(item)), "13%", _wrapped(note, 9, font)]
    height = 5 + LINE_H * max(value.count("\n") + 1 for value in cells)
    _row(c, y, cells, font, height)
    return y - height


def _sums(c: Canvas, y: float, font: str) -> float:
    qty = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    _row(c, y, ["", "合计", "", "", "", money(qty), "", money(FIELDS.total(ITEMS)), "", ""], font, 15)
    y -= 15
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15)
    draw.text(c, LEFT + 4, y - 10.5, f"合计金额（大写）：{capitals(FIELDS.total(ITEMS))}", font, 8)
    draw.text(c, GRID.edges[6], y - 10.5, f"（小写）：¥{money(FIELDS.total(ITEMS))}", font, 8)
    y -= 30
    notes = [
        "整单备注：1. 货物须经我司质检部检验合格后入库，不合格品退回并由供应商承担往返运费。",
        "2. 请随货附送货单及装箱单，开具13%增值税专用发票，发票备注栏注明单据编号。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT + (0 if k == 0 else 40), y - 12 * k, value, font, 8)
    y -= 12 * len(notes) + 20
    third = (RIGHT - LEFT) / 3
    for k, value in enumerate(["制单人：陈海燕", "审核人：林志远", "供应商确认（签字盖章）："]):
        draw.text(c, LEFT + k * third, y, value, font, 8.5)
    return y - 10


def _foot(c: Canvas, page: int, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    draw.text(c, LEFT, 28, "畅捷通好生意    打印时间：2026-12-23 15:42", font, 7.5)
    draw.text(c, RIGHT, 28, f"第 {page} 页 共 {PAGES} 页", font, 7.5, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单 {PO}")
    c.setAuthor(BUYER)
    c.setCreator("畅捷通好生意")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _title(c, font)
        y = _head(c, y, font) if page == 1 else _short_head(c, y, font)
        y = _thead(c, y, font)
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
