"""Unseen layout: a Dongguan electronics-hardware maker's 采购单 printed by 鼎捷 易飞 ERP, 2 pages.

东莞市亿丰电子五金有限公司 (switch housings, stamped and turned parts) runs 鼎捷 易飞 (Digiwin Workflow
ERP) and mails the 采购单 printed from 采购单建立作业's standard report to PDF. 易飞 prints it as a
classic text report, no grid: the company and its address centred, 采 购 单 spaced out, 页次 n/2 top
right; the head as 标签：值 pairs on lines (单别 3301 一般采购, 单号 3301-20261215008, 采购日期 2026/12/15;
厂商编号 / 厂商简称 / 厂商全称 us; 币别 RMB 人民币, 汇率 1.0000, 税别 应税内含, 营业税率 13.00%; 付款条件,
交易条件, 采购人员, 部门; 送货地址); a double rule; the column heads 序号 | 品号 | 品名 | 单位 | 采购数量 |
单价 | 金额 | 预交货日 | 备注, with 规格 under 品名 on a second head line, and a row of dashes under each
column (------ ------- ...); each line two text lines: 0001 品号 品名 ... on the first and the 规格 under
the 品名; 15 lines to a page (易飞's 每页笔数), 26 lines over 2 pages, the page head repeated; 本页小计
under each page's lines; on the last page 合计 with 采购金额 (tax excluded), 税额 and 金额合计, 大写
人民币...; the conditions; 核准 / 审核 / 采购 signature line, and 厂商回签.

Truth: the PO number 单别-单号 as printed (3301-20261215008); the order date 采购日期; the requested
delivery date the earliest 预交货日 (2027/01/05; seven lines 2027/01/12); the currency CNY (币别 RMB);
the buyer the company in the page head; the supplier 厂商全称 (us); the ship-to address 送货地址; the
payment terms 付款条件; the total 金额合计 (the lines' amounts include the 13% tax: 应税内含); per line
the part number 品号, the description 品名 and 规格 joined with a space, the quantity 采购数量, the unit
单位, the unit price 单价 (tax included) and the amount 金额.
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
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "采购单_3301-20261215008.pdf"
BUYER = "东莞市亿丰电子五金有限公司"
PO = "3301-20261215008"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 1, 5)
LATER = dt.date(2027, 1, 12)
ADDRESS = "广东省东莞市长安镇乌沙社区兴发南路36号亿丰工业园B栋一楼仓库"
TERMS = "月结60天"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 30.0, draw.PAGE_WIDTH - 30.0
PER_PAGE = 15
# 品号, 品名, 规格, 单位, 采购数量, 单价 (含税), 晚交, 备注
ITEMS = [
    ("3010100012", "深沟球轴承", "608ZZ 8*22*7 P5", "PCS", "5000", "0.8500", False, ""),
    ("3010100015", "深沟球轴承", "6001-2RS 12*28*8", "PCS", "2000", "1.3800", False, ""),
    ("3010200031", "微型轴承", "MR85ZZ 5*8*2.5", "PCS", "3000", "0.9200", False, ""),
    ("3020100106", "精密转轴", "Φ4*32 SUS303 无心磨 h6", "PCS", "6000", "0.3650", False, ""),
    ("3020100108", "精密转轴", "Φ5*45 SUS303 无心磨 h6", "PCS", "4000", "0.4280", False, ""),
    ("3020300021", "铜螺母", "M3*5*Φ4.5 H59 滚花 热熔", "PCS", "20000", "0.0465", False, "环保"),
    ("3020300024", "铜螺母", "M4*6*Φ5.6 H59 滚花 热熔", "PCS", "15000", "0.0620", False, "环保"),
    ("3030100410", "压缩弹簧", "线径0.5 外径4 自由长10 SWP-B", "PCS", "10000", "0.0380", False, ""),
    ("3030100422", "扭簧", "线径0.8 180度 SUS304", "PCS", "8000", "0.0950", True, ""),
    ("3030200105", "冲压端子", "0.3t C2680 镀锡 8.0*3.2", "KG", "120", "86.5000", False, "按重量结算"),
    ("3040100301", "机牙螺丝", "M2*4 十字盘头 黑锌 8.8级", "PCS", "50000", "0.0118", False, ""),
    ("3040100305", "机牙螺丝", "M3*6 十字盘头 镀镍", "PCS", "40000", "0.0145", False, ""),
    ("3040200118", "自攻螺丝", "PT2.6*8 十字平头 蓝锌", "PCS", "30000", "0.0175", False, ""),
    ("3040300040", "卡簧", "Φ4 GB896 65Mn 发黑", "PCS", "20000", "0.0110", False, ""),
    ("3050100210", "散热片", "AL6063 20*20*10 黑色阳极", "PCS", "3000", "0.7600", True, ""),
    ("3050100215", "散热片", "AL6063 40*40*11 黑色阳极", "PCS", "1500", "1.8400", True, ""),
    ("3060100007", "硅胶按键", "单色 硬度50度 丝印", "PCS", "6000", "0.2350", False, "按样板"),
    ("3060200012", "导电泡棉", "10*5*3 背胶", "PCS", "12000", "0.0750", False, ""),
    ("3070100033", "屏蔽罩", "SPTE 0.2t 22*18*2.5 两件式", "套", "5000", "0.6800", True, ""),
    ("3070200050", "接地弹片", "SUS301 0.15t 镀金0.05u", "PCS", "20000", "0.1260", True, ""),
    ("3080100009", "铁氟龙线", "UL1332 26AWG 黑", "米", "3000", "0.3800", False, ""),
    ("3080100011", "铁氟龙线", "UL1332 26AWG 红", "米", "3000", "0.3800", False, ""),
    ("3090100120", "热缩套管", "Φ3 黑色 2:1 125℃", "米", "2000", "0.1450", False, ""),
    ("3090200004", "绝缘垫片", "PC 0.25t Φ10 UL94-V0", "PCS", "10000", "0.0320", True, ""),
    ("3100100066", "精密垫圈", "Φ3.2*Φ6*0.3 SUS304", "PCS", "20000", "0.0085", False, ""),
    ("3100100071", "波形垫圈", "Φ5.2*Φ9*0.3 65Mn 发黑", "PCS", "10000", "0.0210", True, ""),
]
COLUMNS = [  # heading, second head line, width, align
    ("序号", "", 28, "l"),
    ("品号", "", 60, "l"),
    ("品名", "规格", 140, "l"),
    ("单位", "", 28, "l"),
    ("采购数量", "", 58, "r"),
    ("单价", "", 48, "r"),
    ("金额", "", 62, "r"),
    ("预交货日", "", 58, "r"),
    ("备注", "", RIGHT - LEFT - 482, "l"),
]
SIZE, ROW = 7.5, 22.0
VAT = Decimal("1.13")


def line_amount(item: tuple) -> Decimal:
    return amount(item[4], item[5])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def untaxed() -> Decimal:
    return (total() / VAT).quantize(Decimal("0.01"), ROUND_HALF_UP)


def day(value: dt.date) -> str:
    return value.strftime("%Y/%m/%d")


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
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, price, *_ in ITEMS
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for column in COLUMNS:
        edges.append(edges[-1] + column[2])
    return edges


def _put(c, font: str, col: int, base: float, value: str) -> None:
    edges = _edges()
    if COLUMNS[col][3] == "r":
        draw.text(c, edges[col + 1] - 4, base, value, font, SIZE, "right")
    else:
        draw.text(c, edges[col], base, value, font, SIZE)


def _head(c, font: str, page: int, pages: int) -> float:
    top = HEIGHT - 38
    draw.text(c, WIDTH / 2, top, BUYER, font, 13, "center")
    address = "地址：东莞市长安镇乌沙社区兴发南路36号　电话：0769-8531 6628　传真：0769-8531 6629"
    draw.text(c, WIDTH / 2, top - 14, address, font, 7.5, "center")
    draw.text(c, WIDTH / 2, top - 36, "采　购　单", font, 15, "center")
    draw.text(c, RIGHT, top - 36, f"页次：{page}/{pages}", font, 8, "right")
    rows = [
        [(0, "单别：3301 一般采购"), (190, f"单号：{PO}"), (380, f"采购日期：{day(ORDER_DATE)}")],
        [(0, "厂商编号：S0128"), (110, "厂商简称：启航精工"), (260, f"厂商全称：{OUR_NAME_ZH}")],
        [(0, "币别：RMB 人民币"), (110, "汇率：1.0000"), (190, "税别：应税内含"), (300, "营业税率：13.00%")],
        [
            (0, f"付款条件：{TERMS}"),
            (110, "交易条件：送货到厂"),
            (260, "采购人员：0215 黄志坚"),
            (400, "部门：320 采购部"),
        ],
        [(0, f"送货地址：{ADDRESS}")],
    ]
    y = top - 58
    for row in rows:
        for x, value in row:
            draw.text(c, LEFT + x, y, value, font, 8)
        y -= 13
    y -= 2
    c.setLineWidth(0.5)
    c.line(LEFT, y, RIGHT, y)
    c.line(LEFT, y - 2, RIGHT, y - 2)
    y -= 12
    edges = _edges()
    for col, (heading, second, _, _) in enumerate(COLUMNS):
        _put(c, font, col, y, heading)
        if second:
            _put(c, font, col, y - 10, second)
    y -= 16
    for col in range(len(COLUMNS)):
        width = edges[col + 1] - edges[col] - 6
        dashes = "-" * int(width / draw_width(font))
        draw.text(c, edges[col], y, dashes, font, SIZE)
    return y - 12


def draw_width(font: str) -> float:
    return stringWidth("-", font, SIZE)


def _row(c, font: str, base: float, n: int, item: tuple) -> None:
    code, name, spec, unit, qty, price, later, note = item
    _put(c, font, 0, base, f"{n:04d}")
    _put(c, font, 1, base, code)
    _put(c, font, 2, base, name)
    _put(c, font, 2, base - 10, spec)
    _put(c, font, 3, base, unit)
    _put(c, font, 4, base, grouped(qty, 3))
    _put(c, font, 5, base, grouped(price, 4))
    _put(c, font, 6, base, grouped(line_amount(item)))
    _put(c, font, 7, base, day(LATER if later else DELIVERY))
    if note:
        _put(c, font, 8, base, note)


def _subtotal(c, font: str, y: float, chunk: list[int]) -> float:
    edges = _edges()
    dashes = "-" * int((RIGHT - LEFT) / draw_width(font))
    draw.text(c, LEFT, y, dashes, font, SIZE)
    page_sum = sum((line_amount(ITEMS[k]) for k in chunk), Decimal(0))
    draw.text(c, edges[2], y - 12, "本页小计：", font, SIZE)
    draw.text(c, edges[7] - 4, y - 12, grouped(page_sum), font, SIZE, "right")
    return y - 24


def _totals(c, font: str, y: float) -> float:
    tax = total() - untaxed()
    figures = (
        f"合计：　采购金额：{grouped(untaxed())}　　税额：{grouped(tax)}　　金额合计：{grouped(total())}"
    )
    draw.text(c, LEFT, y, figures, font, 8.5)
    draw.text(c, LEFT, y - 14, f"大写：人民币{capitals(total())}", font, 8.5)
    y -= 34
    notes = [
        "备注：1. 请于收到本采购单后24小时内签字盖章回传，逾期视同接受。",
        "　　　2. 送货单须注明采购单号及序号，品质依我司承认书及环保要求（RoHS/REACH）。",
        "　　　3. 交期延误须提前3天书面通知，否则按合同扣款。",
    ]
    for k, note in enumerate(notes):
        draw.text(c, LEFT, y - 11 * k, note, font, 7.5)
    y -= 50
    sign = "核准：______________　　审核：______________　　采购：黄志坚　　　　厂商回签：______________"
    draw.text(c, LEFT, y, sign, font, 8.5)
    return y - 10


def _foot(c, font: str) -> None:
    draw.text(c, LEFT, 30, "易飞ERP　PURR06 采购单　打印日期：2026/12/15 16:22:08　制表：黄志坚", font, 6.5)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购单 {PO}")
    chunks = [list(range(k, min(k + PER_PAGE, len(ITEMS)))) for k in range(0, len(ITEMS), PER_PAGE)]
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        y = _head(c, font, page, len(chunks))
        for index in chunk:
            _row(c, font, y, index + 1, ITEMS[index])
            y -= ROW
        y = _subtotal(c, font, y + 6, chunk)
        if page == len(chunks) and _totals(c, font, y - 4) < 44:
            raise AssertionError("the totals do not fit")
        _foot(c, font)
    c.showPage()
    c.save()
    return buffer.getvalue()
