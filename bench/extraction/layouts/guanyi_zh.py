"""Unseen layout: a Hangzhou home-goods e-commerce seller's 管易云 采购订单 print, CNY, 2 pages.

杭州优居家居用品有限公司 sells cabinet and furniture hardware in its 天猫 / 京东 shops and runs its stock and
purchasing in 管易云 (Guanyi Cloud, an e-commerce ERP); the buyer prints the 采购订单 from its print
template (A4 portrait, 打印 -> 另存为 PDF) and sends it to us. What it prints: the shop's company name and
采购订单 centred, a Code 128 barcode of the 采购单号 top right with the number under it; a borderless head of
`标签：值` cells two a row (采购单号 CG20261222015, 创建时间 2026-12-22 09:41:07 (a time stamp, not a date),
供应商 us, 供应商代码 GYS0086, 采购员, 入库仓库 杭州余杭仓, 预计到货日期 2027-01-18, 结算方式 月结60天),
then 收货地址 on a line of its own and 收货人 / 联系电话 and 备注 under it; a ruled grid in the e-commerce
ERP's words: 序号 | 商品代码 (YJ-HG-1001) | 商品名称 | 规格名称 (both wrapped by character in their cells)
| 条码 (13-digit EAN, 69...) | 单位 (个, 副, 套, 包, 盒, 米, 千克, 根, 卷) | 数量 (integers, 12.5 for 千克) |
单价 with two to four decimals as entered (1.85; 0.115) | 金额 | 备注; numbers without thousands
separators; 26 lines, 17 on page 1 (two names and a spec wrapped); page 2 under a short head (the company,
采购订单（续）, 采购单号 and 供应商) and the grid head again; 合计 row (数量, 金额), 总金额（元） with
the amount in 大写; 制单人 / 审核人 / 供应商确认（签字盖章）; 打印时间 and 第 n 页 共 2 页 in the foot.

Truth: the PO number 采购单号; the order date the date of 创建时间; the requested delivery date 预计到货日期;
the currency CNY (the print says 元 only); the buyer the company; the supplier 供应商 (us); the ship-to
address 收货地址; the payment terms 结算方式; the total 总金额（元）(= the 合计 row's 金额); per line the part
number 商品代码, the description 商品名称 and 规格名称 joined with a space, the unit 单位, the quantity 数量,
the unit price 单价 and the amount 金额 (the 条码 is no part number of ours to take: the buyer's shop
barcode).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单_CG20261222015.pdf"
BUYER = "杭州优居家居用品有限公司"
PO = "CG20261222015"
CREATED = dt.datetime(2026, 12, 22, 9, 41, 7)
DELIVERY = dt.date(2027, 1, 18)
ADDRESS = "浙江省杭州市余杭区仁和街道仁河大道36号3号库"
TERMS = "月结60天"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
PAGES, FIRST = 2, 17
# 商品代码, 商品名称, 规格名称, 条码 (first 12 digits), 单位, 数量, 单价, 备注
ITEMS = [
    ("YJ-HG-1001", "液压缓冲铰链", "全盖 304不锈钢", "697532100101", "个", "6000", "1.85", ""),
    ("YJ-HG-1002", "液压缓冲铰链", "半盖 304不锈钢", "697532100102", "个", "4000", "1.85", ""),
    ("YJ-HG-1003", "液压缓冲铰链", "内嵌 304不锈钢", "697532100103", "个", "2000", "1.92", ""),
    ("YJ-HG-1010", "大角度铰链", "165° 冷轧钢镀镍", "697532100110", "个", "1200", "3.60", ""),
    ("YJ-DS-2035", "三节钢珠滑轨", "35cm 1.2mm厚", "697532200235", "副", "1500", "6.80", ""),
    ("YJ-DS-2045", "三节钢珠滑轨", "45cm 1.2mm厚", "697532200245", "副", "1500", "7.90", ""),
    ("YJ-DS-2050", "三节钢珠滑轨", "50cm 1.2mm厚", "697532200250", "副", "800", "8.60", ""),
    ("YJ-DS-3045", "隐藏式阻尼托底滑轨", "45cm 全拉", "697532300345", "副", "600", "23.50", "带锁扣"),
    ("YJ-LS-0412", "自攻螺丝", "M4×12 十字沉头 镀锌", "697532400412", "包", "300", "4.20", "1000个/包"),
    ("YJ-LS-0416", "自攻螺丝", "M4×16 十字沉头 镀锌", "697532400416", "包", "300", "4.60", "1000个/包"),
    ("YJ-LS-0630", "家具连接件螺丝", "M6×30 内六角 黑锌", "697532400630", "包", "120", "18.50", "200个/包"),
    ("YJ-PJ-5001", "层板托", "5mm 镀镍 带胶套", "697532500501", "包", "400", "2.30", "100个/包"),
    ("YJ-PJ-5012", "三合一偏心轮连接件", "15mm 锌合金", "697532500512", "套", "10000", "0.115", ""),
    ("YJ-PJ-5020", "木榫", "8×30 榉木", "697532500520", "千克", "12.5", "16.80", ""),
    ("YJ-BS-6128", "柜门拉手", "128孔距 太空铝 拉丝黑", "697532600128", "个", "2000", "3.45", ""),
    ("YJ-BS-6160", "柜门拉手", "160孔距 太空铝 拉丝黑", "697532600160", "个", "1500", "3.95", ""),
    ("YJ-BS-6320", "极简长拉手", "320孔距 铝合金 枪灰", "697532600320", "个", "800", "8.70", ""),
    (
        "YJ-SJ-7001",
        "可调节家具脚",
        "M8螺杆 高度10cm 黑色尼龙防滑底座",
        "697532700001",
        "个",
        "1600",
        "2.65",
        "",
    ),
    ("YJ-SJ-7010", "衣柜挂衣杆", "25mm椭圆 1.2米 铝合金", "697532700010", "根", "500", "9.80", ""),
    ("YJ-SJ-7012", "挂衣杆座", "椭圆 锌合金 配螺丝", "697532700012", "个", "1000", "0.68", ""),
    ("YJ-MC-8001", "磁吸门碰", "强磁 ABS 白色", "697532800001", "个", "3000", "0.46", ""),
    ("YJ-MC-8010", "反弹器", "按压式 带磁头", "697532800010", "个", "2000", "1.38", ""),
    ("YJ-FB-9001", "封边条", "1×22mm PVC 暖白", "697532900001", "米", "2000", "0.32", "200米/卷"),
    ("YJ-FB-9010", "防撞胶粒", "直径10mm 透明", "697532900010", "盒", "200", "5.50", "100粒/盒"),
    ("YJ-BZ-0001", "外箱", "五层瓦楞 60×40×40", "697532000001", "个", "300", "4.80", ""),
    ("YJ-BZ-0005", "珍珠棉", "1米宽 5mm厚 50米/卷", "697532000005", "卷", "40", "36.00", ""),
]
COLS = [  # title, width, align
    ("序号", 20, "c"),
    ("商品代码", 58, "l"),
    ("商品名称", 60, "l"),
    ("规格名称", 96, "l"),
    ("条码", 62, "l"),
    ("单位", 22, "c"),
    ("数量", 38, "r"),
    ("单价", 38, "r"),
    ("金额", 50, "r"),
    ("备注", 0, "l"),
]
COLS[-1] = ("备注", RIGHT - LEFT - sum(width for _, width, _ in COLS), "l")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
SIZE, LINE_H = 7.5, 9.5


def ean13(body: str) -> str:
    """The 12 digits with their EAN-13 check digit."""
    odd = sum(int(d) for d in body[0::2])
    even = sum(int(d) for d in body[1::2])
    return body + str((10 - (odd + 3 * even) % 10) % 10)


def money(value: Decimal | str) -> str:
    """管易云 prints amounts with two decimals and no thousands separator."""
    return f"{Decimal(value):.2f}"


def quantity(value: str) -> str:
    number = Decimal(value)
    return f"{number:.0f}" if number == number.to_integral_value() else f"{number.normalize()}"


def price(value: str) -> str:
    """The price as entered: two decimals at least, up to four (0.115 stays 0.115)."""
    number = Decimal(value)
    return f"{number:.2f}" if number == number.quantize(Decimal("0.01")) else f"{number.normalize()}"


def line_total(item: tuple) -> Decimal:
    return amount(item[5], item[6])


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def description(item: tuple) -> str:
    return f"{item[1]} {item[2]}"


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=description(item),
            quantity=Decimal(item[5]),
            unit=item[4],
            unit_price=Decimal(item[6]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=CREATED.date(),
        requested_delivery_date=DELIVERY,
        currency="CNY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_ZH),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _barcode(c: Canvas, font: str, top: float) -> None:
    bars = code128.Code128(PO, barHeight=22, barWidth=0.75, quiet=False)
    bars.drawOn(c, RIGHT - bars.width, top - 12)
    draw.text(c, RIGHT - bars.width / 2, top - 21, PO, font, 7, "center")


def _head(c: Canvas, font: str) -> float:
    top = HEIGHT - 46
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购订单", font, 14, "center")
    _barcode(c, font, top)
    rows = [
        [("采购单号", PO), ("创建时间", CREATED.strftime("%Y-%m-%d %H:%M:%S"))],
        [("供应商", OUR_NAME_ZH), ("供应商代码", "GYS0086")],
        [("采购员", "沈佳怡"), ("入库仓库", "杭州余杭仓")],
        [("预计到货日期", DELIVERY.isoformat()), ("结算方式", TERMS)],
    ]
    half = (RIGHT - LEFT) / 2
    y = top - 48
    for row in rows:
        for k, (label, value) in enumerate(row):
            draw.text(c, LEFT + k * (half + 30), y, f"{label}：{value}", font, 8.5)
        y -= 14
    draw.text(c, LEFT, y, f"收货地址：{ADDRESS}", font, 8.5)
    draw.text(c, LEFT, y - 14, "收货人：方伟  联系电话：0571-8623 4410 / 13858116027", font, 8.5)
    draw.text(
        c, LEFT, y - 28, "备注：外箱贴我司商品代码及条码标签，每箱附装箱单；送货前一天预约入库。", font, 8.5
    )
    return y - 38


def _short_head(c: Canvas, font: str) -> float:
    top = HEIGHT - 46
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购订单（续）", font, 14, "center")
    _barcode(c, font, top)
    draw.text(c, LEFT, top - 48, f"采购单号：{PO}", font, 8.5)
    draw.text(c, LEFT + (RIGHT - LEFT) / 2 + 30, top - 48, f"供应商：{OUR_NAME_ZH}", font, 8.5)
    return top - 58


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


def _wrapped(value: str, k: int, font: str) -> str:
    return "\n".join(wrap_chars(value, font, SIZE, COLS[k][1] - 4, strip=True))


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, barcode, unit, qty, cost, note = item
    cells = [str(n), code, _wrapped(name, 2, font), _wrapped(spec, 3, font), ean13(barcode), unit]
    cells += [quantity(qty), price(cost), money(line_total(item)), _wrapped(note, 9, font)]
    height = 5 + LINE_H * max(value.count("\n") + 1 for value in cells)
    _row(c, y, cells, font, height)
    return y - height


def _sums(c: Canvas, y: float, font: str) -> float:
    qty = sum((Decimal(item[5]) for item in ITEMS), Decimal(0))
    cells = ["", "合计", "", "", "", "", quantity(str(qty)), "", money(total()), ""]
    _row(c, y, cells, font, 14)
    y -= 30
    draw.text(c, LEFT, y, f"总金额（元）：{money(total())}", font, 9)
    draw.text(c, LEFT + 200, y, f"大写：{capitals(total())}", font, 9)
    y -= 34
    for k, value in enumerate(["制单人：沈佳怡", "审核人：周海涛", "供应商确认（签字盖章）："]):
        draw.text(c, LEFT + k * 180, y, value, font, 8.5)
    return y


def _foot(c: Canvas, page: int, font: str) -> None:
    draw.text(c, LEFT, 30, "打印时间：2026-12-22 10:15:48", font, 7.5)
    draw.text(c, RIGHT, 30, f"第 {page} 页 共 {PAGES} 页", font, 7.5, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单 {PO}")
    c.setAuthor("管易云")
    c.setCreator("管易云 打印")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _head(c, font) if page == 1 else _short_head(c, font)
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
