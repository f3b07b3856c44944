"""Unseen layout: a Taizhou pump maker's 速达 5000 采购订单 print, CNY, 2 pages.

台州富川机电有限公司 (路桥, Zhejiang) makes garden and deep-well pumps and has run 速达 5000 工业版
(Superdata, Guangzhou's desktop ERP for small factories) since the 2010s. Its buyer prints the 采购订单 from
采购 → 采购订单 with 速达's 打印格式 to a PDF printer and e-mails it. What it prints: the company centred
over 采 购 订 单 (spaced title), 单号 and 第n页 共2页 on the title's line; an unruled 速达 head of 标签：值
runs, three a row, its first row printed again on page 2: 供货单位 (us) / 日期 / 单号 CGD-2612-0037, 联系人
with the supplier's phone / 交货日期 / 结算方式 月结60天, 交货地址 across, 部门 / 业务员 / 仓库, 订金 (a
deposit the buyer paid: 10,000.00, no part of the total) / 币种 人民币 / 价格含税 是, 摘要; a ruled grid
行号 | 货品编号 (速达's dotted 编号 01.02.0031) | 货品名称 | 规格型号 | 单位 | 数量 with two decimals
(5,000.00) | 单价 with four (0.1850, tax included) | 折扣(%) as 速达 keeps it: the share of the price paid,
100.00 for none and 95.00 / 98.00 for a 5 % / 2 % discount | 金额 after it | 税率(%) 13.00 | 税额 (included
in 金额); 17 lines, 11 on page 1, each page closed by a 本页合计 row; 合计 on the last with 金额合计(大写) /
¥; 制单 / 审核 / 经手人 / 供应商确认（签章）; the foot 打印日期 and the 速达 stamp 速达5000工业版.

Truth: the PO number 单号 (CGD-2612-0037); the order date 日期; the requested delivery date 交货日期; the
currency CNY (币种 人民币); the buyer the company; the supplier 供货单位 (us); the ship-to address 交货地址;
the payment terms 结算方式; the total 合计 金额 (= the lines' sum; the 订金 is not deducted); per line the
part number 货品编号, the description 货品名称 and 规格型号 joined with a space, the unit 单位, the quantity
数量, the unit price 单价 (before the 折扣) and the amount 金额 (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "速达采购订单CGD-2612-0037.pdf"
BUYER = "台州富川机电有限公司"
PO = "CGD-2612-0037"
ORDER_DATE = dt.date(2026, 12, 19)
DELIVERY = dt.date(2027, 1, 22)
ADDRESS = "浙江省台州市路桥区峰江街道富川路128号 成品二号仓库"
TERMS = "月结60天"
CENT = Decimal("0.01")
TAX = Decimal("13")
# 货品编号, 货品名称, 规格型号, 单位, 数量, 单价 (含税), 折扣(%)
ITEMS = [
    ("01.02.0031", "深沟球轴承", "6203-2RZ/P6", "个", "5000", "1.2400", "100"),
    ("01.02.0035", "深沟球轴承", "6305-2Z/C3", "个", "2000", "3.8600", "100"),
    ("01.05.0112", "机械密封", "MG1-16/G6 碳化硅/碳化硅", "套", "1500", "8.4500", "95"),
    ("01.05.0118", "骨架油封", "TC 25×47×7 NBR", "只", "6000", "0.1850", "100"),
    ("02.01.0206", "不锈钢泵轴", "Φ16×182 2Cr13 磨光", "根", "1200", "9.7500", "100"),
    ("02.03.0044", "叶轮", "QDX1.5-17 PPO+30%GF", "只", "1800", "4.3200", "98"),
    ("02.03.0051", "导流壳", "4SD8-12 不锈钢304 冲压", "只", "900", "11.6000", "100"),
    ("03.01.0009", "漆包线", "QZY-2/180 Φ0.71", "千克", "850.5", "86.4000", "100"),
    ("03.02.0017", "电容", "CBB60 16μF 450V 带线", "只", "3000", "2.0800", "100"),
    ("03.04.0003", "热保护器", "17AM 125℃ 自动复位", "只", "3000", "1.3500", "95"),
    ("04.01.0125", "内六角螺钉", "M6×20 12.9级 发黑", "千只", "40", "96.0000", "100"),
    ("04.01.0140", "不锈钢垫圈", "Φ6 304 平垫", "千只", "60", "18.5000", "100"),
    ("04.03.0008", "O型圈", "Φ89×3.1 NBR70", "只", "4000", "0.4250", "100"),
    ("05.01.0021", "接线盒盖", "ABS 阻燃 V0 黑色 带密封槽及出线孔 含螺钉", "只", "2000", "1.6800", "100"),
    ("05.02.0003", "电源线", "3×0.75mm² 10米 国标插头", "条", "1500", "7.9000", "98"),
    ("06.01.0001", "彩盒", "QDX1.5 五层瓦楞 四色印刷", "个", "1800", "3.4500", "100"),
    ("06.01.0009", "合格证", "80×50mm 铜版纸", "张", "5000", "0.0360", "100"),
]
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 28.0, draw.PAGE_WIDTH - 28.0
COLUMNS = [  # heading, width, align
    ("行号", 22, "c"),
    ("货品编号", 54, "l"),
    ("货品名称", 58, "l"),
    ("规格型号", 104, "l"),
    ("单位", 24, "c"),
    ("数量", 50, "r"),
    ("单价", 44, "r"),
    ("折扣(%)", 34, "r"),
    ("金额", 54, "r"),
    ("税率(%)", 32, "r"),
    ("税额", 0, "r"),
]
EDGES = [LEFT]
for _, _width, _ in COLUMNS[:-1]:
    EDGES.append(EDGES[-1] + _width)
EDGES.append(RIGHT)
SIZE, LINE_H = 7.5, 9.0
FIRST_PAGE = 11
PAGES = 2


def line_total(item: tuple) -> Decimal:
    gross = amount(item[4], item[5])
    return (gross * Decimal(item[6]) / 100).quantize(CENT, ROUND_HALF_UP)


def line_tax(item: tuple) -> Decimal:
    """The tax included in the amount (价格含税)."""
    value = line_total(item)
    return (value - value / (1 + TAX / 100)).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=f"{item[1]} {item[2]}",
            quantity=Decimal(item[4]),
            unit=item[3],
            unit_price=Decimal(item[5]),
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


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def _cells(n: int, item: tuple) -> list[str]:
    code, name, spec, unit, qty, price, discount = item
    return [
        str(n),
        code,
        name,
        spec,
        unit,
        money(qty),
        f"{Decimal(price):.4f}",
        money(discount),
        money(line_total(item)),
        money(TAX),
        money(line_tax(item)),
    ]


def _title(c, font: str, page: int) -> float:
    top = HEIGHT - 38
    draw.text(c, WIDTH / 2, top, BUYER, font, 13, "center")
    draw.text(c, WIDTH / 2, top - 24, "采 购 订 单", font, 17, "center")
    c.setLineWidth(0.8)
    c.line(WIDTH / 2 - 62, top - 28, WIDTH / 2 + 62, top - 28)
    draw.text(c, RIGHT, top - 22, f"第{page}页 共{PAGES}页", font, 8, "right")
    return top - 48


def _head(c, font: str, y: float, full: bool) -> float:
    third = (RIGHT - LEFT) / 3
    rows = [
        [("供货单位", OUR_NAME_ZH), ("日期", ORDER_DATE.isoformat()), ("单号", PO)],
    ]
    if full:
        rows += [
            [("联系人", "张丽 0512-6658 3120"), ("交货日期", DELIVERY.isoformat()), ("结算方式", TERMS)],
            [("交货地址", ADDRESS)],
            [("部门", "采购部"), ("业务员", "王建国"), ("仓库", "原材料仓")],
            [("订金", money("10000")), ("币种", "人民币"), ("价格含税", "是")],
            [("摘要", "QDX/4SD系列2027年1月排产备料，请按货品编号分箱，随货附检验报告")],
        ]
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = LEFT + k * third
            draw.text(c, x, y, f"{label}：{value}", font, 8.5)
        y -= 14
    return y - 2


def _grid_head(c, font: str, y: float) -> float:
    height = 18
    c.setLineWidth(0.6)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for k, (title, _, _) in enumerate(COLUMNS):
        c.line(EDGES[k], y, EDGES[k], y - height)
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, y - 12, title, font, 8, "center")
    return y - height


def _row(c, font: str, y: float, cells: list[str]) -> float:
    wrapped = [
        wrap_chars(cell, font, SIZE, EDGES[k + 1] - EDGES[k] - 5) if COLUMNS[k][2] == "l" else [cell]
        for k, cell in enumerate(cells)
    ]
    height = max(17, 8 + LINE_H * max(len(parts) for parts in wrapped))
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for k, parts in enumerate(wrapped):
        c.line(EDGES[k], y, EDGES[k], y - height)
        align = COLUMNS[k][2]
        first = y - height / 2 + 3 + (LINE_H / 2) * (len(parts) - 1)
        for n, part in enumerate(parts):
            base = first - LINE_H * n
            if align == "r":
                draw.text(c, EDGES[k + 1] - 3, base, part, font, SIZE, "right")
            elif align == "c":
                draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, part, font, SIZE, "center")
            else:
                draw.text(c, EDGES[k] + 2.5, base, part, font, SIZE)
    return y - height


def _sum_row(c, font: str, y: float, label: str, items: list[tuple]) -> float:
    value = sum((line_total(item) for item in items), Decimal(0))
    tax = sum((line_tax(item) for item in items), Decimal(0))
    cells = ["", label, "", "", "", "", "", "", money(value), "", money(tax)]
    return _row(c, font, y, cells)


def _end(c, font: str, y: float) -> None:
    height = 18
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    draw.text(c, LEFT + 4, y - 12, f"金额合计(大写)：{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT - 4, y - 12, f"¥{money(total())}", font, 8.5, "right")
    y -= height + 22
    for k, value in enumerate(["制单：陈晓燕", "审核：李富川", "经手人：王建国", "供应商确认（签章）："]):
        draw.text(c, LEFT + 4 + 132 * k, y, value, font, 8.5)


def _foot(c, font: str) -> None:
    c.setFillColorRGB(0.4, 0.4, 0.4)
    draw.text(c, LEFT, 26, "打印日期：2026-12-19", font, 7)
    draw.text(c, RIGHT, 26, "速达5000工业版", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    chunks = [ITEMS[:FIRST_PAGE], ITEMS[FIRST_PAGE:]]
    n = 0
    for page, chunk in enumerate(chunks, start=1):
        y = _head(c, font, _title(c, font, page), full=page == 1)
        y = _grid_head(c, font, y)
        for item in chunk:
            n += 1
            y = _row(c, font, y, _cells(n, item))
        y = _sum_row(c, font, y, "本页合计", chunk)
        if page == PAGES:
            y = _sum_row(c, font, y, "合计", ITEMS)
            _end(c, font, y)
            y -= 60
        if y < 40:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
