"""Unseen layout: a Jiangsu machine-tool maker's 用友 U9 Cloud 标准采购订单 print, CNY, 1 landscape page.

江苏江南精机股份有限公司 (Wuxi) buys castings, bar stock and fasteners from us in U9 Cloud and mails the
standard print template of its 采购订单 as a PDF. What U9 prints: the company and 标准采购订单 centred; the
head as a ruled label | value grid, four pairs a row (单号 PO20261215-0031, 业务日期 2026-12-15,
供应商 us, 币种 人民币, 税组合 增值税13%, 付款条件 月结90天, 采购部门, 业务员, 收货组织, 收货地址
across); the ruled lines
table 行号 | 料品编码 | 料品名称 | 规格 | 采购数量 | 采购单位 | 计价数量 | 计价单位 | 最终价 | 价税合计 |
要求交货日期, row numbers 10, 20, 30 as U9 numbers them; castings and bar stock priced per 千克 while
ordered in 件 or 根 (计价数量 the weight, not the 采购数量); 4 decimals in the price, 2 in the amount, no
thousands separators; 18 lines; 合计 row (the 采购数量 sum and the 价税合计 sum); 合计金额（大写）;
制单 / 审核 / 供应商确认（盖章） signature cells and 打印时间.

Truth: the PO number 单号; the order date 业务日期; the requested delivery date the earliest 要求交货日期
(2027-01-15); the currency CNY (人民币); the buyer the company in the title; the supplier 供应商 (us); the
ship-to address 收货地址; the payment terms 月结90天; the total the 价税合计 sum (tax included: 最终价 is the
price with VAT); per line the part number 料品编码, the description 料品名称 and 规格 joined with a space
(names repeat: 圆钢, 内六角圆柱头螺钉), the quantity 采购数量 in 采购单位 (what is shipped), the
unit price the price of ONE 采购单位 (价税合计 divided by 采购数量: 1.8 千克 a 件 at 12.5000 a 千克 is
22.50) and the amount 价税合计.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, order

FILENAME = "采购订单_PO20261215-0031.pdf"
BUYER = "江苏江南精机股份有限公司"
PO = "PO20261215-0031"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 1, 15)
LATER = dt.date(2027, 1, 25)
ADDRESS = "江苏省无锡市锡山区锡北镇江南路18号 二号仓库"
TERMS = "月结90天"
WIDTH, HEIGHT = draw.PAGE_HEIGHT, draw.PAGE_WIDTH  # landscape
LEFT = 30.0
# code, name, spec, qty, unit, weight a unit (None: priced per 采购单位), price unit, price, later
ITEMS = [
    ("03.01.0012", "床身铸件", "HT300 TK6411", "12", "件", "1850", "千克", "9.8000", False),
    ("03.01.0015", "立柱铸件", "HT300 TK6411", "12", "件", "960", "千克", "9.8000", False),
    ("03.01.0021", "主轴箱铸件", "HT250 精铸", "20", "件", "180.5", "千克", "11.2000", False),
    ("03.02.0107", "丝杠支座", "QT500-7 机加工", "200", "件", "1.8", "千克", "12.5000", False),
    ("03.02.0110", "电机座", "QT500-7 机加工", "120", "件", "4.25", "千克", "12.8000", True),
    ("04.01.0033", "圆钢", "45# Φ60×3000", "50", "根", "66.6", "千克", "5.6000", False),
    ("04.01.0041", "圆钢", "40Cr Φ80×3000", "30", "根", "118.4", "千克", "6.2500", True),
    ("05.03.0201", "内六角圆柱头螺钉", "GB/T70.1 M8×25 12.9级", "5000", "个", None, "个", "0.1800", False),
    ("05.03.0206", "内六角圆柱头螺钉", "GB/T70.1 M12×40 12.9级", "3000", "个", None, "个", "0.6200", False),
    ("05.04.0012", "平垫圈", "GB/T97.1 12 镀锌", "6000", "个", None, "个", "0.0350", False),
    ("06.02.0118", "深沟球轴承", "6208-2RS", "240", "套", None, "套", "18.6000", False),
    ("06.02.0125", "角接触球轴承", "7206AC/P4 配对", "60", "套", None, "套", "286.0000", True),
    ("06.05.0031", "滚珠丝杠副", "SFU4010-C5 L=1250", "24", "套", None, "套", "1680.0000", True),
    ("06.05.0040", "直线导轨", "HGR35 L=1500", "48", "根", None, "根", "865.0000", True),
    ("07.01.0009", "骨架油封", "TC 60×80×10 NBR", "400", "个", None, "个", "3.4500", False),
    ("07.01.0014", "O型圈", "Φ120×3.5 FKM", "800", "个", None, "个", "2.1500", False),
    ("08.02.0005", "拖链", "TZ45×100 桥式", "36", "米", None, "米", "96.0000", False),
    ("08.03.0017", "防护罩", "不锈钢伸缩 X轴 TK6411", "12", "套", None, "套", "2350.0000", True),
]
COLS = [
    ("行号", 30, "c"),
    ("料品编码", 66, "l"),
    ("料品名称", 92, "l"),
    ("规格", 136, "l"),
    ("采购数量", 54, "r"),
    ("采购单位", 46, "c"),
    ("计价数量", 62, "r"),
    ("计价单位", 46, "c"),
    ("最终价", 66, "r"),
    ("价税合计", 76, "r"),
    ("要求交货日期", 72, "c"),
]
ROW = 17.0


def priced_qty(item: tuple) -> Decimal:
    return Decimal(item[3]) * Decimal(item[5]) if item[5] else Decimal(item[3])


def line_amount(item: tuple) -> Decimal:
    return amount(str(priced_qty(item)), item[7])


def unit_price(item: tuple) -> Decimal:
    value = line_amount(item) / Decimal(item[3])
    assert value * Decimal(item[3]) == line_amount(item), item
    return Decimal(f"{value.normalize():f}")


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


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
        lines=[(i[0], f"{i[1]} {i[2]}", i[3], i[4], f"{unit_price(i)}", f"{line_amount(i)}") for i in ITEMS],
    )


def money(value: Decimal) -> str:
    """U9's print: two decimals, no thousands separators."""
    return f"{value:.2f}"


def _qty(value: Decimal) -> str:
    return f"{value:.2f}"


def _head(c, font: str) -> float:
    draw.text(c, WIDTH / 2, HEIGHT - 40, BUYER, font, 16, "center")
    draw.text(c, WIDTH / 2, HEIGHT - 62, "标准采购订单", font, 14, "center")
    rows = [
        ["单号", PO, "业务日期", ORDER_DATE.isoformat(), "供应商", OUR_NAME_ZH, "币种", "人民币"],
        ["税组合", "增值税13%", "付款条件", TERMS, "采购部门", "采购部", "业务员", "钱晓峰"],
        [
            "收货组织",
            "江南精机-无锡工厂",
            "联系电话",
            "0510-88217635",
            "订单类型",
            "标准采购",
            "状态",
            "已审核",
        ],
    ]
    widths = [56, 130, 56, 110, 50, 190, 46, WIDTH - 2 * LEFT - 638]
    y = draw.table(c, LEFT, HEIGHT - 76, widths, rows, font=font, size=8.5, row_height=ROW)
    return draw.table(
        c, LEFT, y, [56, WIDTH - 2 * LEFT - 56], [["收货地址", ADDRESS]], font=font, size=8.5, row_height=ROW
    )


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"标准采购订单 {PO}")
    c.setPageSize((WIDTH, HEIGHT))
    font = draw.cjk_font()
    y = _head(c, font) - 8
    rows = [[title for title, _, _ in COLS]]
    for n, item in enumerate(ITEMS, start=1):
        code, name, spec, qty, unit, _, price_unit, price, later = item
        rows.append(
            [
                str(10 * n),
                code,
                name,
                spec,
                _qty(Decimal(qty)),
                unit,
                _qty(priced_qty(item)),
                price_unit,
                price,
                f"{line_amount(item):.2f}",
                (LATER if later else DELIVERY).isoformat(),
            ]
        )
    qty_sum = sum((Decimal(item[3]) for item in ITEMS), Decimal(0))
    rows.append(["合计", "", "", "", _qty(qty_sum), "", "", "", "", f"{total():.2f}", ""])
    widths = [w for _, w, _ in COLS]
    widths[-1] = WIDTH - 2 * LEFT - sum(widths[:-1])
    aligns = "".join(a for _, _, a in COLS)
    c.setFillColorRGB(0.88, 0.9, 0.93)
    c.rect(LEFT, y - ROW, WIDTH - 2 * LEFT, ROW, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    y = draw.table(c, LEFT, y, widths, rows, font=font, size=8, row_height=ROW, aligns=aligns)
    y = draw.table(
        c,
        LEFT,
        y,
        [120, WIDTH - 2 * LEFT - 120],
        [["合计金额（大写）", capitals(total())]],
        font=font,
        size=8.5,
        row_height=ROW,
    )
    y -= 24
    for k, label in enumerate(["制单：钱晓峰", "审核：周建国", "供应商确认（盖章）："]):
        draw.text(c, LEFT + 10 + 250 * k, y, label, font, 9)
    draw.text(c, LEFT, 24, "打印时间：2026-12-15 10:26:41", font, 7.5)
    draw.text(c, WIDTH - LEFT, 24, "第1页/共1页", font, 7.5, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
