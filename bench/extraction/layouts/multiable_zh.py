"""Unseen layout: a Dongguan hardware factory's 采购单 printed by 万达宝 ERP (Multiable M18), CNY, 1 page.

东莞市宏泰五金制品有限公司 (Hong Kong owned, in 长安镇) runs 万达宝 M18 for purchasing and sends its
suppliers the PDF of M18's standard purchase-order print: bilingual in the Hong Kong way (采购单 with
PURCHASE ORDER under it, slash dates 2026/12/16, English unit codes PCS / SET / KG / M / ROLL / CTN).
What it prints (A4 portrait): the company centred with its address, 电话 and 传真; 采购单 / PURCHASE ORDER;
two label：value columns, no rules: on the left 供应商 (us), 供应商编号, 联系人, 电话; on the right
单据编号 PO2612-0031, 单据日期 2026/12/16, 交货日期 2027/01/20, 币种 RMB 人民币, 汇率 1.0000, 付款条款
月结90天, 采购员; 送货地址 across under them; a ruled grid, its head shaded: 行 | 物料编号 (HT-B0218) |
物料名称及规格 (one cell, wrapped by character: two lines
wrap inside a Chinese word) | 单位 | 数量 (1,000; 612.5) | 单价 with four decimals
(0.0350) | 折扣% (5, 3 on two lines, blank elsewhere) | 金额 after the discount | 交货日期 per line (most the
head's date, two later ones); 16 lines; a ruled foot: 合计 (数量 and 金额), 总金额（含税13%）RMB and 大写
人民币 ...; 备注 1-3; 制单 / 审核 / 批准 and 供应商确认回签（盖章）; a foot with Multiable M18, 打印时间
and 第 1 页 / 共 1 页.

Truth: the PO number 单据编号; the order date 单据日期; the requested delivery date the head's 交货日期 (the
earliest of the lines'); the currency CNY (币种 RMB 人民币); the buyer the company; the supplier 供应商 (our
Chinese name); the ship-to address 送货地址; the payment terms 付款条款; the total 总金额; per line the part
number 物料编号, the description 物料名称及规格 (its wrapped parts joined without a space), the unit 单位,
the quantity 数量, the unit price 单价 (before the 折扣%) and the amount 金额 (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购单_PO2612-0031.pdf"
BUYER = "东莞市宏泰五金制品有限公司"
PO = "PO2612-0031"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 1, 20)
LATER = dt.date(2027, 2, 3)
ADDRESS = "广东省东莞市长安镇振安中路238号宏泰工业园B栋1楼仓库"
TERMS = "月结90天"
CENT = Decimal("0.01")
WIDTH, HEIGHT = A4
LEFT, RIGHT = 34.0, A4[0] - 34.0
# 物料编号, 物料名称及规格, 单位, 数量, 单价 (含税), 折扣%, 交货日期
ITEMS = [
    ("HT-B0218", "不锈钢六角螺栓 SUS304 M8×30 全牙", "PCS", "20000", "0.1850", "", DELIVERY),
    ("HT-B0226", "不锈钢六角螺母 SUS304 M8", "PCS", "20000", "0.0350", "", DELIVERY),
    ("HT-B0231", "弹簧垫圈 SUS304 M8", "PCS", "20000", "0.0220", "", DELIVERY),
    ("HT-C1102", "冷轧钢板 SPCC 1.2×1250×2500mm", "KG", "3200", "5.8600", "", DELIVERY),
    ("HT-C1108", "镀锌板 SGCC 1.0×1219×2438mm", "KG", "1850", "6.2400", "3", DELIVERY),
    ("HT-C2015", "铝合金型材 6063-T5 40×40 银白色阳极氧化处理", "KG", "612.5", "24.8000", "", DELIVERY),
    ("HT-D0310", "拉伸弹簧 线径1.2 外径10 长45mm", "PCS", "8000", "0.3600", "", DELIVERY),
    ("HT-D0422", "扭簧 线径1.5 左旋 90°", "PCS", "6000", "0.4200", "", DELIVERY),
    ("HT-E0105", "尼龙扎带 4×200mm 黑色 100条/包", "PCS", "300", "6.5000", "", DELIVERY),
    ("HT-E0201", "PE缠绕膜 500mm×20μm", "ROLL", "120", "38.0000", "", DELIVERY),
    ("HT-F0012", "不锈钢合页 SUS304 2.5寸 带轴承 配沉头螺丝", "SET", "1500", "4.6500", "5", LATER),
    ("HT-F0030", "拉手 锌合金 孔距96mm 拉丝镍", "PCS", "3000", "3.1800", "", LATER),
    ("HT-G0501", "硅胶密封条 D型 8×6mm 灰色", "M", "1200", "1.9500", "", DELIVERY),
    ("HT-H0007", "粉末涂料 RAL9005 哑光黑 20kg/箱", "KG", "400", "28.5000", "", DELIVERY),
    ("HT-J0110", "瓦楞纸箱 五层 600×400×350mm", "PCS", "2000", "7.2000", "", DELIVERY),
    ("HT-J0125", "出口木托盘 1200×1000 免熏蒸", "PCS", "40", "85.0000", "", DELIVERY),
]
COLS = [  # title, width, align
    ("行", 18, "c"),
    ("物料编号", 52, "l"),
    ("物料名称及规格", 150, "l"),
    ("单位", 30, "c"),
    ("数量", 48, "r"),
    ("单价", 48, "r"),
    ("折扣%", 30, "r"),
    ("金额", 64, "r"),
    ("交货日期", 0, "c"),
]
COLS[-1] = ("交货日期", RIGHT - LEFT - sum(width for _, width, _ in COLS), "c")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 7.5, 9.5


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def quantity(value: str) -> str:
    number = Decimal(value)
    return f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,}"


def slash(day: dt.date) -> str:
    return day.strftime("%Y/%m/%d")


def line_total(item: tuple) -> Decimal:
    gross = amount(item[3], item[4])
    return (gross * (100 - Decimal(item[5] or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=item[1],
            quantity=Decimal(item[3]),
            unit=item[2],
            unit_price=Decimal(item[4]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="CNY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_ZH),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _head(c: Canvas, font: str) -> float:
    top = HEIGHT - 42
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    info = "地址：广东省东莞市长安镇振安中路238号    电话：0769-8553 1206    传真：0769-8553 1208"
    draw.text(c, WIDTH / 2, top - 15, info, font, 7.5, "center")
    draw.text(c, WIDTH / 2, top - 38, "采 购 单", font, 17, "center")
    draw.text(c, WIDTH / 2, top - 50, "PURCHASE ORDER", "Helvetica-Bold", 9, "center")
    left = [
        ("供应商：", OUR_NAME_ZH),
        ("供应商编号：", "V-0318"),
        ("联系人：", "张丽"),
        ("电话：", "0512-6655 8812"),
    ]
    right = [
        ("单据编号：", PO),
        ("单据日期：", slash(ORDER_DATE)),
        ("交货日期：", slash(DELIVERY)),
        ("币种：", "RMB 人民币"),
        ("汇率：", "1.0000"),
        ("付款条款：", TERMS),
        ("采购员：", "陈嘉欣"),
    ]
    y = top - 72
    for k, (label, value) in enumerate(left):
        draw.text(c, LEFT, y - 12 * k, label, font, 8.5)
        draw.text(c, LEFT + 54, y - 12 * k, value, font, 8.5)
    x = LEFT + 340
    for k, (label, value) in enumerate(right):
        draw.text(c, x, y - 12 * k, label, font, 8.5)
        draw.text(c, x + 48, y - 12 * k, value, font, 8.5)
    y -= 12 * len(right) + 4
    draw.text(c, LEFT, y, "送货地址：", font, 8.5)
    draw.text(c, LEFT + 54, y, f"{ADDRESS}    收货人：黄伟强 138 2920 6617", font, 8.5)
    return y - 10


def _row(c: Canvas, y: float, cells: list[str], font: str, height: float) -> None:
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


def _table(c: Canvas, y: float, font: str) -> float:
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _row(c, y, [title for title, _, _ in COLS], font, 15)
    y -= 15
    for n, item in enumerate(ITEMS, start=1):
        code, name, unit, qty, cost, discount, day = item
        wrapped = "\n".join(wrap_chars(name, font, SIZE, COLS[2][1] - 4, strip=True))
        cells = [
            str(n),
            code,
            wrapped,
            unit,
            quantity(qty),
            cost,
            discount,
            money(line_total(item)),
            slash(day),
        ]
        height = 5 + LINE_H * (wrapped.count("\n") + 1)
        _row(c, y, cells, font, height)
        y -= height
    qty = sum((Decimal(item[3]) for item in ITEMS), Decimal(0))
    _row(c, y, ["", "合计", "", "", quantity(str(qty)), "", "", money(total()), ""], font, 15)
    y -= 15
    c.rect(LEFT, y - 30, RIGHT - LEFT, 30)
    draw.text(c, LEFT + 4, y - 11, f"总金额（含税13%）：RMB {money(total())}", font, 8.5)
    draw.text(c, LEFT + 4, y - 24, f"大写：人民币{capitals(total())}", font, 8.5)
    return y - 30


def _end(c: Canvas, y: float, font: str) -> float:
    y -= 18
    draw.text(c, LEFT, y, "备注：", font, 8.5)
    notes = [
        "1. 单价含13%增值税，请开具增值税专用发票，发票及送货单须注明本采购单编号。",
        "2. 请于收到采购单后24小时内回签确认；交货日期如有变动须提前3天书面通知。",
        "3. 来料须附出货检验报告，材料须符合RoHS要求，不良品按我司品质标准退换。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT + 10, y - 13 - 11 * k, value, font, 8)
    y -= 13 + 11 * len(notes) + 24
    for k, label in enumerate(["制单：陈嘉欣", "审核：", "批准："]):
        draw.text(c, LEFT + 130 * k, y, label, font, 8.5)
    draw.text(c, LEFT + 380, y, "供应商确认回签（盖章）：", font, 8.5)
    c.setLineWidth(0.4)
    c.line(LEFT + 380, y - 36, RIGHT, y - 36)
    draw.text(c, LEFT + 380, y - 46, "日期：", font, 8)
    return y - 46


def _foot(c: Canvas, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    draw.text(c, LEFT, 29, "Multiable M18    打印时间：2026/12/16 15:42    打印人：陈嘉欣", font, 7)
    draw.text(c, RIGHT, 29, "第 1 页 / 共 1 页", font, 7, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购单 {PO}")
    c.setAuthor(BUYER)
    c.setCreator("Multiable M18")
    y = _table(c, _head(c, font), font)
    y = _end(c, y, font)
    if y < 50:
        raise AssertionError(f"the page runs into its foot ({y:.0f})")
    _foot(c, font)
    c.showPage()
    c.save()
    return buffer.getvalue()
