"""Unseen layout: a Hefei automation maker's 金蝶 EAS Cloud 采购订单 套打 print, CNY, 2 landscape pages.

合肥凯达智能装备有限公司 runs Kingdee EAS Cloud (the group ERP, not K/3 or KIS) and prints purchase orders
from the 采购订单 序时簿 with the company's 套打 template (landscape A4) to PDF. What it prints: the company
centred over 采购订单 with a double rule; 第1页 / 共2页 top right; the bill head as unruled `标签：值` lines
three a row, EAS's own field names: 单据编号 CGDD-2612-000087 / 业务日期 2026-12-17 / 采购组织 (the company),
供应商 (us, EAS's supplier code before the name: 02.0318 苏州...) / 币别 人民币 / 汇率 1.0000, 采购部门 /
采购员 / 业务类型 普通采购, 结算方式 电汇 / 付款条件 货到票到60天付款 / 是否含税 是, then 收货地址 and 摘要
across; the head printed again on page 2 (套打 repeats 表头). The 分录 a ruled grid of 15 columns 行号 |
物料编码 (EAS's dotted level codes 01.01.002.0031) | 物料名称 | 规格型号 | 计量单位 | 数量 | 单价 (tax
excluded, 6 decimals as EAS's price precision) | 含税单价 (4 decimals) | 税率(%) | 金额 | 税额 | 价税合计 |
交货日期 | 是否赠品 | 备注: quantities at their unit's precision (1,200 个, 865.500 千克, 36.00 米); a
service line at 6 % among the 13 % lines; a 赠品 line (是) the supplier adds for nothing: price and amounts
0; names and specs wrapped inside their cells by character; 20 lines, 14 on page 1; 合计 on the last page
(数量 summed over mixed units as EAS does, 金额 / 税额 / 价税合计), 价税合计(大写) and (小写) ¥; the sign-off
row 制单人 / 审核人 / 审核日期 / 供应商确认（签章）; the foot with 打印人, 打印时间 and 第 n 页 共 2 页.

Truth: the PO number 单据编号 (CGDD-2612-000087); the order date 业务日期; the requested delivery date the
earliest 交货日期 of the lines (2027-01-18; the head has none); the currency CNY (币别 人民币); the buyer the
company (采购组织); the supplier 供应商 without EAS's code (us); the ship-to address 收货地址; the payment
terms 付款条件 (结算方式 is the means); the total 价税合计 合计 (= 大写 = the lines' sum); per line the part
number 物料编码, the description 物料名称 and 规格型号 joined with a space, the unit 计量单位, the quantity
数量, the unit price 含税单价 (是否含税 是: the tax-inclusive price is the price agreed) and the amount
价税合计; the 赠品 line is an order line at 0.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, order

FILENAME = "采购订单_CGDD-2612-000087.pdf"
BUYER = "合肥凯达智能装备有限公司"
PO = "CGDD-2612-000087"
ORDER_DATE = dt.date(2026, 12, 17)
D1, D2, D3 = dt.date(2027, 1, 18), dt.date(2027, 1, 25), dt.date(2027, 2, 8)
ADDRESS = "安徽省合肥市经济技术开发区莲花路2168号 凯达智能总装车间"
TERMS = "货到票到60天付款"
PRINTED_AT = "2026-12-17 14:08:33"
CENT = Decimal("0.01")
# 物料编码, 物料名称, 规格型号, 计量单位, 数量, 含税单价, 税率, 交货日期, 赠品, 备注
ITEMS = [
    ("01.01.002.0031", "伺服电机", "MS1H2-75B30CB-A331Z 750W", "台", "40", "1286.00", 13, D1, False, ""),
    ("01.01.002.0046", "伺服驱动器", "SV660NS7R6I 0.75kW", "台", "40", "1458.00", 13, D1, False, ""),
    (
        "01.03.001.0112",
        "滚珠丝杠",
        "SFU1605-C7 L=850 两端按图加工",
        "根",
        "60",
        "286.50",
        13,
        D2,
        False,
        "图号KD-0342",
    ),
    ("01.03.001.0118", "直线导轨", "HGR20 L=1200 含滑块HGH20CA×2", "套", "80", "412.80", 13, D2, False, ""),
    ("01.03.004.0027", "同步带轮", "HTD5M-30T 宽25 孔Φ14", "个", "160", "38.65", 13, D1, False, ""),
    ("01.03.004.0031", "同步带", "HTD 800-5M-25", "条", "160", "46.20", 13, D1, False, ""),
    ("01.05.002.0203", "气缸", "SC63×100-S 带磁", "个", "120", "168.00", 13, D1, False, ""),
    ("01.05.002.0217", "电磁阀", "4V210-08 DC24V", "个", "240", "42.35", 13, D1, False, ""),
    ("01.05.006.0009", "气管", "PU10×6.5 蓝色 100米/卷", "米", "1200", "2.18", 13, D1, False, "整卷发货"),
    ("02.01.003.0450", "深沟球轴承", "6204-2RS C3", "个", "1000", "4.62", 13, D1, False, ""),
    ("02.02.001.0078", "内六角圆柱头螺钉", "M8×30 12.9级 发黑", "个", "5000", "0.185", 13, D1, False, ""),
    ("02.02.001.0081", "内六角圆柱头螺钉", "M10×40 12.9级 发黑", "个", "3000", "0.365", 13, D1, False, ""),
    (
        "02.03.005.0012",
        "铝型材",
        "4040欧标 6063-T5 阳极氧化 定尺6米",
        "千克",
        "865.5",
        "24.60",
        13,
        D2,
        False,
        "",
    ),
    ("02.03.005.0019", "铝型材角码", "4040 压铸 含螺丝", "个", "800", "3.85", 13, D2, False, ""),
    (
        "03.01.001.0006",
        "PLC",
        "S7-1200 CPU1214C DC/DC/DC",
        "台",
        "12",
        "2480.00",
        13,
        D2,
        False,
        "需附合格证",
    ),
    ("03.01.004.0031", "触摸屏", "TPC7062Ti 7寸", "台", "12", "1165.00", 13, D2, False, ""),
    ("03.02.002.0105", "拖链", "15×30 R38 桥式可开", "米", "36", "48.50", 13, D1, False, ""),
    ("03.02.003.0220", "屏蔽电缆", "RVVP 4×0.75 300/500V", "米", "500", "6.84", 13, D1, False, ""),
    ("09.01.000.0003", "包装木箱", "1200×800×1000 免熏蒸", "个", "10", "0", 13, D1, True, "供应商赠送"),
    ("99.01.000.0001", "技术服务费", "现场安装调试指导", "项", "1", "3180.00", 6, D3, False, "服务类 6%"),
]
PRECISION = {"千克": 3, "米": 2}  # EAS prints a quantity at its unit's precision; the rest 0
WIDTH, HEIGHT = draw.PAGE_HEIGHT, draw.PAGE_WIDTH  # landscape
LEFT = 28.0
COLUMNS = [  # heading, width, align
    ("行号", 22, "c"),
    ("物料编码", 66, "l"),
    ("物料名称", 64, "l"),
    ("规格型号", 110, "l"),
    ("计量单位", 32, "c"),
    ("数量", 48, "r"),
    ("单价", 56, "r"),
    ("含税单价", 48, "r"),
    ("税率(%)", 30, "r"),
    ("金额", 60, "r"),
    ("税额", 50, "r"),
    ("价税合计", 62, "r"),
    ("交货日期", 50, "c"),
    ("是否赠品", 32, "c"),
    ("备注", 52, "l"),
]
EDGES = [LEFT]
for _, _width, _ in COLUMNS:
    EDGES.append(EDGES[-1] + _width)
RIGHT = EDGES[-1]
SIZE, LINE_H, ROW_H = 7.0, 9.0, 20.0  # 套打's fixed row height, taller where a cell wraps
FIRST_PAGE = 14
PAGES = 2


def line_amount(item: tuple) -> Decimal:
    return amount(item[4], item[5])


def net_parts(item: tuple) -> tuple[Decimal, Decimal, Decimal]:
    """单价 (6 decimals), 金额 and 税额 from the 价税合计 and the rate, as EAS derives them."""
    gross, rate = line_amount(item), Decimal(100 + item[6]) / 100
    price = (Decimal(item[5]) / rate).quantize(Decimal("0.000001"), ROUND_HALF_UP)
    net = (gross / rate).quantize(CENT, ROUND_HALF_UP)
    return price, net, gross - net


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=min(item[7] for item in ITEMS),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[(i[0], f"{i[1]} {i[2]}", i[4], i[3], i[5], f"{line_amount(i)}") for i in ITEMS],
    )


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def quantity(item: tuple) -> str:
    return f"{Decimal(item[4]):,.{PRECISION.get(item[3], 0)}f}"


def _cells(n: int, item: tuple) -> list[str]:
    code, name, spec, unit, _, price, rate, day, gift, remark = item
    net_price, net, tax = net_parts(item)
    return [
        str(n),
        code,
        name,
        spec,
        unit,
        quantity(item),
        f"{net_price:,.6f}",
        f"{Decimal(price):,.4f}",
        f"{rate:.2f}",
        money(net),
        money(tax),
        money(line_amount(item)),
        day.isoformat(),
        "是" if gift else "否",
        remark,
    ]


def _head(c, font: str, page: int) -> float:
    top = HEIGHT - 34
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, top - 24, "采 购 订 单", font, 17, "center")
    c.setLineWidth(0.8)
    c.line(WIDTH / 2 - 62, top - 29, WIDTH / 2 + 62, top - 29)
    c.line(WIDTH / 2 - 62, top - 31.5, WIDTH / 2 + 62, top - 31.5)
    draw.text(c, RIGHT, top - 24, f"第{page}页 / 共{PAGES}页", font, 8, "right")
    rows = [
        [("单据编号", PO), ("业务日期", ORDER_DATE.isoformat()), ("采购组织", BUYER)],
        [("供应商", f"02.0318 {OUR_NAME_ZH}"), ("币别", "人民币"), ("汇率", "1.0000")],
        [("采购部门", "采购部"), ("采购员", "孙立"), ("业务类型", "普通采购")],
        [("结算方式", "电汇"), ("付款条件", TERMS), ("是否含税", "是")],
    ]
    y = top - 52
    columns = (LEFT, LEFT + 300, LEFT + 520)
    for row in rows:
        for x, (label, value) in zip(columns, row, strict=True):
            draw.text(c, x, y, f"{label}：{value}", font, 8.5)
        y -= 14
    draw.text(c, LEFT, y, f"收货地址：{ADDRESS}", font, 8.5)
    draw.text(c, LEFT + 520, y, "联系人：周工 0551-6388 2716", font, 8.5)
    y -= 14
    draw.text(
        c, LEFT, y, "摘要：12月设备项目（KD-2612 自动化装配线）物料采购，请按交货日期分批送货", font, 8.5
    )
    return y - 8


def _grid_head(c, font: str, y: float) -> float:
    height = 18
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.rect(LEFT, y - height, RIGHT - LEFT, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for k, (title, _, _) in enumerate(COLUMNS):
        c.line(EDGES[k], y, EDGES[k], y - height)
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, y - 12, title, font, 7.5, "center")
    return y - height


def _row(c, font: str, y: float, cells: list[str], bold_line: bool = False) -> float:
    wrapped = [
        wrap_chars(cell, font, SIZE, COLUMNS[k][1] - 4, strip=True) if COLUMNS[k][2] == "l" else [cell]
        for k, cell in enumerate(cells)
    ]
    height = max(ROW_H, 6 + LINE_H * max(len(parts) for parts in wrapped))
    c.setLineWidth(0.8 if bold_line else 0.4)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for k, parts in enumerate(wrapped):
        c.line(EDGES[k], y, EDGES[k], y - height)
        align = COLUMNS[k][2]
        for n, part in enumerate(parts):
            base = y - 12.5 - LINE_H * n
            if align == "r":
                draw.text(c, EDGES[k + 1] - 3, base, part, font, SIZE, "right")
            elif align == "c":
                draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, part, font, SIZE, "center")
            else:
                draw.text(c, EDGES[k] + 2.5, base, part, font, SIZE)
    return y - height


def _totals(c, font: str, y: float) -> float:
    parts = [net_parts(item) for item in ITEMS]
    qty = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = ["", "合计", "", "", "", f"{qty:,.3f}", "", "", ""]
    cells += [money(sum((p[1] for p in parts), Decimal(0))), money(sum((p[2] for p in parts), Decimal(0)))]
    cells += [money(total()), "", "", ""]
    y = _row(c, font, y, cells, bold_line=True)
    height = 16
    c.setLineWidth(0.6)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    draw.text(c, LEFT + 4, y - 11, f"价税合计(大写)：{capitals(total())}", font, 8.5)
    draw.text(c, EDGES[9] + 4, y - 11, f"(小写)：¥{money(total())}", font, 8.5)
    return y - height


def _sign_off(c, font: str, y: float) -> None:
    y -= 22
    signs = ["制单人：孙立", "审核人：王建国", "审核日期：2026-12-17", "供应商确认（签章）：", "日期："]
    for k, value in enumerate(signs):
        draw.text(c, LEFT + 4 + 160 * k, y, value, font, 8.5)


def _foot(c, font: str, page: int) -> None:
    c.setFillColorRGB(0.3, 0.3, 0.3)
    draw.text(c, LEFT, 22, f"打印人：孙立    打印时间：{PRINTED_AT}", font, 7)
    draw.text(c, RIGHT, 22, f"第 {page} 页 共 {PAGES} 页", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    rows = [_cells(n, item) for n, item in enumerate(ITEMS, start=1)]
    chunks = [rows[:FIRST_PAGE], rows[FIRST_PAGE:]]
    for page, chunk in enumerate(chunks, start=1):
        c.setPageSize((WIDTH, HEIGHT))
        y = _grid_head(c, font, _head(c, font, page))
        for cells in chunk:
            y = _row(c, font, y, cells)
        if page == PAGES:
            _sign_off(c, font, _totals(c, font, y))
        if y < 60:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, font, page)
        c.showPage()
    c.save()
    return buffer.getvalue()
