"""Unseen layout: a Hangzhou automation-equipment maker's purchase order as Odoo 17 prints it in Chinese, CNY.

杭州禾丰智能装备有限公司 runs Odoo 17 (Purchase app, the standard "Purchase Order" QWeb report printed
through wkhtmltopdf); the report is printed in the vendor's language, and our partner record is set to
简体中文, so the whole order comes out in Odoo's zh_CN translation. What it prints, on two pages: the
external layout's header on every page (a logo mark top left, the company's tagline top right, a rule, the
company's address block under it) and its footer (phone, e-mail, web over "页码： n / 2"); on page 1
"送货地址：" (the factory the goods go to, as Odoo places a delivery address that is not the company's) on
the LEFT and the vendor's address (us, with 税号) on the RIGHT; the title "采购订单 #P01862"; an information
row of three label-over-value cells (采购代表, 您的订单参考 our quotation, 订单日期 2026年12月21日: zh_CN's
date format); the line table with a rule under its head (repeated on page 2) and light rules between rows, no
vertical rules: 描述 | 税 (进项税13%) | 需求日期 (per line: 2027年01月18日, the pneumatic section
2027年01月25日) | 数量 (with the unit in the same cell: "120.00 个") | 单价 (168.00, before tax) | 金额 ("¥
20,160.00", the symbol before the figure with a no-break space). The description is Odoo's product display
name with the internal reference in brackets ("[HF-YY-0201] 液压缸 HOB63×150") over the purchase description
on its own line. The lines are grouped by Odoo section rows (液压元件, 气动元件, 传动件: bold on grey, full
width), each closed by a "小计" row with the section's sum; one note row (italic, full width) under a section
head. Under the table on page 2: 未含税金额, 增值税 13%, 总计; then the order's terms (o.notes:
付款条件：月结60天, invoice and delivery notes).

Truth: the PO number "P01862" (without the "#"); the order date 订单日期; the requested delivery date the
earliest 需求日期 of the lines (there is no header field); the currency CNY (¥); the buyer the company; the
supplier our Chinese name as the vendor block prints it; the ship-to address the 送货地址 lines under the
factory's name joined with ", " (country 中国 left out); the payment terms 付款条件 from the terms under the
totals; the total 总计 (with the 13 % tax, so not the lines' sum); per line the part number the bracketed
internal reference, the description the product name after the brackets and the purchase description joined
with a space, the unit the unit printed after the quantity, the quantity, the unit price 单价 and the amount
金额 (both before tax). Section, note and 小计 rows are no order lines.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单 - P01862.pdf"
BUYER = "杭州禾丰智能装备有限公司"
PO = "P01862"
ORDER_DATE = dt.date(2026, 12, 21)
FACTORY = ["杭州禾丰智能装备有限公司 临平工厂", "临平区经济开发区兴中路288号", "311100 杭州市", "中国"]
ADDRESS = ", ".join(FACTORY[1:3])
TERMS = "月结60天"
CENT = Decimal("0.01")
RATE = Decimal("0.13")
NBSP = "\u00a0"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 40.0, A4[0] - 40.0
FIRST, LATER = dt.date(2027, 1, 18), dt.date(2027, 1, 25)
# (section title, note row or "", [(internal reference, product name, purchase description, 需求日期, qty,
# unit, unit price)])
SECTIONS = [
    (
        "液压元件",
        "",
        [
            ("HF-YY-0201", "液压缸 HOB63×150", "缸径63 行程150 双耳环安装", FIRST, "120", "个", "168.00"),
            ("HF-YY-0205", "液压缸 HOB80×200", "缸径80 行程200 前法兰安装", FIRST, "60", "个", "286.00"),
            ("HF-YY-0310", "齿轮泵 CBN-E310", "排量10ml/r 左旋 平键轴", FIRST, "80", "台", "145.00"),
            ("HF-YY-0412", "电磁换向阀 4WE6E", "DC24V 带插头及指示灯", FIRST, "160", "个", "92.50"),
            ("HF-YY-0520", "叠加式溢流阀 MBP-01", "调压范围 3.5-21MPa", FIRST, "160", "个", "58.00"),
            ("HF-YY-0633", "高压胶管总成", "2SN DN10 L=800mm 两端JIC接头", FIRST, "400", "根", "23.60"),
            ("HF-YY-0702", "耐震压力表 YN-60", "0-25MPa 径向 M14×1.5", FIRST, "200", "个", "16.80"),
        ],
    ),
    (
        "气动元件",
        "气动元件须随货提供出厂检验报告，每箱附装箱单并注明本订单号。",
        [
            ("HF-QD-1101", "标准气缸 SC50×100", "带磁 后耳环", LATER, "240", "个", "78.00"),
            ("HF-QD-1108", "迷你气缸 MAL25×50", "不锈钢缸筒 带磁", LATER, "300", "个", "36.50"),
            ("HF-QD-1210", "电磁阀 4V210-08", "DC24V 二位五通 单电控", LATER, "300", "个", "41.00"),
            ("HF-QD-1305", "气源处理二联件 AFC2000", "带压力表 自动排水", LATER, "100", "套", "54.00"),
            ("HF-QD-1420", "PU气管 8×5", "蓝色 100米/卷", LATER, "3000", "米", "1.35"),
            ("HF-QD-1502", "直通快插接头 PC8-02", "镀镍铜", LATER, "2000", "个", "1.86"),
            ("HF-QD-1503", "弯头快插接头 PL8-02", "镀镍铜", LATER, "1500", "个", "2.14"),
        ],
    ),
    (
        "传动件",
        "",
        [
            ("HF-CD-2101", "直线导轨 HGR20", "L=1200mm 配HGH20CA滑块2个", FIRST, "180", "根", "186.00"),
            ("HF-CD-2205", "滚珠丝杠 SFU2005", "L=800mm C7 两端按图加工", FIRST, "90", "根", "215.00"),
            ("HF-CD-2310", "同步带轮 HTD5M-30T", "带宽20 孔径12 带键槽", FIRST, "400", "个", "19.60"),
            ("HF-CD-2315", "同步带 HTD5M-600", "带宽20 橡胶", FIRST, "400", "条", "16.40"),
            ("HF-CD-2420", "梅花联轴器 GS28", "孔径14×14 铝合金", FIRST, "240", "个", "28.50"),
        ],
    ),
]
ITEMS = [item for _, _, items in SECTIONS for item in items]
COLS = [  # title, width, align
    ("描述", 200, "l"),
    ("税", 56, "l"),
    ("需求日期", 72, "c"),
    ("数量", 62, "r"),
    ("单价", 50, "r"),
    ("金额", 0, "r"),
]
COLS[-1] = ("金额", RIGHT - LEFT - sum(width for _, width, _ in COLS), "r")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 8.0, 11.0
BOTTOM = 70.0  # wkhtmltopdf keeps the footer's band free


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def yuan(value: Decimal | str) -> str:
    """Odoo's monetary widget for CNY: ¥, a no-break space, the figure."""
    return f"¥{NBSP}{money(value)}"


def zh_date(day: dt.date) -> str:
    """zh_CN's date format in Odoo: %Y年%m月%d日."""
    return day.strftime("%Y年%m月%d日")


def line_total(item: tuple) -> Decimal:
    return amount(item[4], item[6])


def untaxed() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def tax() -> Decimal:
    return sum(((line_total(item) * RATE).quantize(CENT, ROUND_HALF_UP) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return untaxed() + tax()


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=f"{item[1]} {item[2]}",
            quantity=Decimal(item[4]),
            unit=item[5],
            unit_price=Decimal(item[6]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=min(item[3] for item in ITEMS),
        currency="CNY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_ZH),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _header(c: Canvas, font: str) -> float:
    """web.external_layout (standard): logo, tagline, a rule, the company's address block."""
    top = HEIGHT - 40
    c.setFillColorRGB(0.13, 0.45, 0.36)
    c.circle(LEFT + 13, top - 8, 12, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    draw.text(c, LEFT + 13, top - 12, "禾", font, 12, "center")
    c.setFillColorRGB(0.13, 0.45, 0.36)
    draw.text(c, LEFT + 31, top - 13, "禾丰智能", font, 14)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, RIGHT, top - 6, "智能仓储与输送设备制造商", font, 9, "right")
    c.setLineWidth(0.6)
    c.line(LEFT, top - 26, RIGHT, top - 26)
    company = [BUYER, "余杭区仓前街道龙潭路18号", "311121 杭州市", "中国"]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 40 - 11 * k, value, font, 8.5)
    return top - 40 - 11 * len(company)


def _footer(c: Canvas, page: int, pages: int, font: str) -> None:
    c.setLineWidth(0.6)
    c.line(LEFT, 52, RIGHT, 52)
    foot = "电话：0571-8861 2200    邮箱：purchase@hefeng-zn.com    网站：www.hefeng-zn.com"
    draw.text(c, WIDTH / 2, 40, foot, font, 7.5, "center")
    c.setFillColorRGB(0.45, 0.45, 0.45)
    draw.text(c, WIDTH / 2, 28, f"页码： {page} / {pages}", font, 7.5, "center")
    c.setFillColorRGB(0, 0, 0)


def _addresses(c: Canvas, y: float, font: str) -> float:
    y -= 22
    draw.text(c, LEFT, y, "送货地址：", font, 9)
    for k, value in enumerate(FACTORY):
        draw.text(c, LEFT, y - 13 - 11 * k, value, font, 8.5)
    vendor = [
        OUR_NAME_ZH,
        "高新区火炬路88号",
        "215163 苏州市",
        "中国",
        "0512-6655 8812",
        "税号：91320505MA1W8Q3K2T",
    ]
    x = LEFT + 300
    for k, value in enumerate(vendor):
        draw.text(c, x, y - 11 * k, value, font, 8.5)
    y -= 11 * len(vendor) + 18
    draw.text(c, LEFT, y - 6, f"采购订单 #{PO}", font, 16)
    y -= 34
    info = [("采购代表：", "沈佳怡"), ("您的订单参考：", "QH-Q26-1221"), ("订单日期：", zh_date(ORDER_DATE))]
    for k, (label, value) in enumerate(info):
        x = LEFT + 130 * k
        draw.text(c, x, y, label, font, 8.5)
        draw.text(c, x, y - 13, value, font, 8.5)
    return y - 28


def _thead(c: Canvas, y: float, font: str) -> float:
    for k, (title, _, align) in enumerate(COLS):
        _cell(c, k, y - 11, title, font, align)
    c.setLineWidth(0.9)
    c.line(LEFT, y - 16, RIGHT, y - 16)
    return y - 16


def _cell(c: Canvas, k: int, base: float, value: str, font: str, align: str) -> None:
    if align == "r":
        draw.text(c, EDGES[k + 1] - 3, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, EDGES[k] + 3, base, value, font, SIZE)


def _rows() -> list[tuple[str, object, float]]:
    """The table's rows in order, each (kind, content, height)."""
    rows: list[tuple[str, object, float]] = []
    for title, note, items in SECTIONS:
        rows.append(("section", title, 17.0))
        if note:
            rows.append(("note", note, 16.0))
        rows.extend(("line", item, 6 + 2 * LINE_H) for item in items)
        rows.append(("subtotal", sum((line_total(item) for item in items), Decimal(0)), 17.0))
    return rows


def _draw_row(c: Canvas, y: float, kind: str, content, height: float, font: str) -> None:
    if kind == "section":
        c.setFillColorRGB(0.91, 0.92, 0.93)
        c.rect(LEFT, y - height, RIGHT - LEFT, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        draw.text(c, LEFT + 3, y - 12, content, font, 8.5)
        c.setFont(font, 8.5)  # the bold of Odoo's section row: drawn twice, a hair apart
        c.drawString(LEFT + 3.3, y - 12, content)
    elif kind == "note":
        c.saveState()
        c.translate(LEFT + 3, y - 11.5)
        c.skew(0, 12)
        draw.text(c, 0, 0, content, font, SIZE)
        c.restoreState()
    elif kind == "subtotal":
        draw.text(c, EDGES[5] - 24, y - 12, "小计", font, 8.5, "right")
        draw.text(c, RIGHT - 3, y - 12, yuan(content), font, 8.5, "right")
    else:
        code, name, description, day, qty, unit, cost = content
        _cell(c, 0, y - 12, f"[{code}] {name}", font, "l")
        _cell(c, 0, y - 12 - LINE_H, description, font, "l")
        _cell(c, 1, y - 12, "进项税13%", font, "l")
        _cell(c, 2, y - 12, zh_date(day), font, "c")
        _cell(c, 3, y - 12, f"{money(qty)} {unit}", font, "r")
        _cell(c, 4, y - 12, money(cost), font, "r")
        _cell(c, 5, y - 12, yuan(line_total(content)), font, "r")
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.setLineWidth(0.4)
    c.line(LEFT, y - height, RIGHT, y - height)
    c.setStrokeColorRGB(0, 0, 0)


def _pages(font: str) -> list[list[tuple[str, object, float]]]:
    """The rows each page takes: page 1 under the addresses, the rest under the header alone."""
    probe = Canvas(io.BytesIO(), pagesize=A4)
    first_top = _thead(probe, _addresses(probe, _header(probe, font), font), font)
    later_top = _thead(probe, _header(probe, font) - 16, font)
    pages, current, y = [], [], first_top
    for row in _rows():
        if y - row[2] < BOTTOM:
            pages.append(current)
            current, y = [], later_top
        current.append(row)
        y -= row[2]
    return [*pages, current]


def _totals(c: Canvas, y: float, font: str) -> float:
    x = LEFT + 300
    rows = [("未含税金额", yuan(untaxed())), ("增值税 13%", yuan(tax()))]
    y -= 8
    for label, value in rows:
        y -= 16
        draw.text(c, x + 4, y, label, font, 8.5)
        draw.text(c, RIGHT - 3, y, value, font, 8.5, "right")
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.line(x, y - 5, RIGHT, y - 5)
        c.setStrokeColorRGB(0, 0, 0)
    y -= 18
    c.setLineWidth(0.9)
    c.line(x, y + 11, RIGHT, y + 11)
    draw.text(c, x + 4, y, "总计", font, 9.5)
    draw.text(c, RIGHT - 3, y, yuan(total()), font, 9.5, "right")
    y -= 30
    notes = [
        f"付款条件：{TERMS}",
        "发票：请开具13%增值税专用发票，发票备注栏注明本订单号。",
        "交货：送货上门，运费由供方承担；收货时间周一至周五 8:30-16:30，联系人 陈师傅 13867102238。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 12 * k, value, font, 8.5)
    return y - 12 * len(notes)


def render() -> bytes:
    font = draw.cjk_font()
    pages = _pages(font)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单 - {PO}")
    c.setAuthor(BUYER)
    c.setCreator("wkhtmltopdf 0.12.6")
    for number, rows in enumerate(pages, start=1):
        y = _header(c, font)
        y = _addresses(c, y, font) if number == 1 else y - 16
        y = _thead(c, y, font)
        for kind, content, height in rows:
            _draw_row(c, y, kind, content, height, font)
            y -= height
        if number == len(pages):
            y = _totals(c, y, font)
        if y < BOTTOM - 10:
            raise AssertionError(f"page {number} runs into its footer ({y:.0f})")
        _footer(c, number, len(pages), font)
        c.showPage()
    c.save()
    return buffer.getvalue()
