"""Unseen layout: a diesel-engine maker's 采购订单 printed by 浪潮 GS Cloud, zebra table, 2 pages.

潍坊鲁岳动力机械有限公司 (diesel engines for farm and construction machinery) runs 浪潮 GS Cloud; the buyer
prints the approved 采购订单 from GS's 打印预览 to PDF (A4 portrait) and mails it. What GS prints: the
logo and the company name (Chinese over English) top left and a QR code of the order top right (the
supplier scans it in the 供应商协同 app to confirm), 采购订单 centred; a header WITHOUT rules, three
`标签：值` fields a row (订单编号 CGDD202612110037 | 订单日期 | 业务类型, 采购组织 | 采购员 | 联系电话, 供应商
with its GS supplier code before the name (G0100235 苏州启航...) | 币种 人民币 | 税率 13%, 结算方式 电汇 |
付款条件 | 运输方式, 到货日期 | 收货人 | 收货电话), then 收货地址 and 备注 across the page; the lines in a
zebra table: a dark band of white column heads, then rows in alternate light-blue and white bands, no
rule between rows or columns; the columns 行号 | 物料编码 (standard-part codes after the QC/T standards,
Q150B1030TF2, and drawing numbers, 1002013-A12) | 物料名称 / 规格型号 (the name and under it, smaller and
grey, the spec, in one cell of two lines; the other cells centred between them) | 单位 | 数量 (no decimals
for pieces, two for 千克) | 含税单价 (4 decimals) | 价税合计 | 到货日期 | 备注; 26 lines, 24 on page 1; page
2 under a running head (the company, 采购订单（续）, 订单编号) and the band again; a 合计 row; 价税合计
（大写） and （小写）¥; then a second table, 分批交货计划, that names three of the lines again (行号,
物料编码, 物料名称, 批次, 计划到货日期, 计划数量, 单位: each split in two batches); 制单 / 审核 / 审批 with
their times, a 供方确认 line; GS's print line (打印人, 打印时间) and 第 n 页 共 2 页 at each page's foot.

Truth: the PO number 订单编号 (CGDD202612110037; not the supplier code or the print time); the order date
订单日期; the requested delivery date the head's 到货日期 (2027-01-08, also the earliest line date); the
currency CNY (币种 人民币); the buyer the company top left; the supplier 供应商 (us, without GS's code
before the name); the ship-to address 收货地址; the payment terms 付款条件 (not the 结算方式 电汇); the total
价税合计（小写）; per line the part number 物料编码, the description the name and the spec joined with a
space, the quantity 数量 (the whole line: the 分批交货计划 rows are batches of it, no order lines), the unit
单位, the unit price 含税单价 and the amount 价税合计.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "CGDD202612110037.pdf"
BUYER = "潍坊鲁岳动力机械有限公司"
BUYER_EN = "WEIFANG LUYUE POWER MACHINERY CO., LTD."
PO = "CGDD202612110037"
SUPPLIER_CODE = "G0100235"
ORDER_DATE = dt.date(2026, 12, 11)
DELIVERY = dt.date(2027, 1, 8)
LATER = dt.date(2027, 1, 15)
SECOND_BATCH = dt.date(2027, 1, 22)
ADDRESS = "山东省潍坊市奎文区北海路7777号鲁岳动力二分厂物流中心"
TERMS = "货到票到90天付款"
PRINTED = "2026-12-11 16:42:07"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 36.0, draw.PAGE_WIDTH - 36.0
BAND = (0.16, 0.32, 0.55)
ZEBRA = (0.91, 0.94, 0.98)
# 物料编码, 物料名称, 规格型号, 单位, 数量, 含税单价, 到货晚一周, 备注, 分批 (第一批数量)
ITEMS = [
    ("Q150B1030TF2", "六角头螺栓", "M10×30 10.9级 达克罗", "个", "4000", "0.2150", False, "", 0),
    ("Q150B1245TF2", "六角头螺栓", "M12×45 10.9级 达克罗", "个", "3000", "0.3860", False, "", 0),
    ("Q1841030TF2", "六角法兰面螺栓", "M10×30 10.9级", "个", "5000", "0.2480", False, "", 0),
    ("Q340B10TF2", "六角螺母", "M10 10级 达克罗", "个", "4000", "0.0680", False, "", 0),
    ("Q40310TF2", "弹簧垫圈", "10 65Mn 达克罗", "个", "4000", "0.0245", False, "", 0),
    ("1002013-A12", "缸盖螺栓", "M14×1.5×168 12.9级", "个", "1200", "4.6500", False, "附扭矩报告", 600),
    ("1005018-A12", "主轴承螺栓", "M16×1.5×125 12.9级", "个", "700", "5.1800", False, "", 0),
    ("1004014-A12", "连杆螺栓", "M12×1.25×62 12.9级", "个", "1200", "2.9600", False, "", 600),
    ("1307015-B04", "水泵轴连轴承", "双列 Φ16×Φ40×83", "套", "300", "38.5000", True, "附检测报告", 0),
    ("1308062-B04", "风扇轴承", "6206-2RS C3", "个", "600", "2.6800", False, "", 0),
    ("3701012-C10", "张紧轮轴承", "6203-2RS", "个", "800", "1.7400", False, "", 0),
    ("1003021-A12", "O型密封圈", "85×3.55 FKM", "个", "2000", "0.6800", False, "", 0),
    ("1003022-A12", "O型密封圈", "45×2.65 FKM", "个", "2000", "0.3200", False, "", 0),
    ("1005032-A12", "曲轴后油封", "120×150×14 FKM", "个", "500", "12.8000", False, "", 250),
    ("1005031-A12", "曲轴前油封", "70×90×10 FKM", "个", "500", "6.4000", False, "", 0),
    ("1111041-B02", "喷油器压板", "QT500-7", "件", "600", "3.3500", False, "", 0),
    ("1111052-B02", "高压油管卡箍", "Φ6.4 双孔", "个", "1800", "0.5600", False, "", 0),
    ("1012011-A12", "机油滤清器座垫片", "无石棉 1.0mm", "个", "1000", "0.4500", False, "", 0),
    ("1008031-A12", "排气管垫片", "多层钢 MLS", "个", "1200", "3.8500", False, "", 0),
    ("1003040-A12", "气缸盖罩垫", "硅橡胶 VMQ", "个", "600", "6.9000", False, "样件确认", 0),
    ("Q5211235", "圆柱销", "12×35", "个", "2400", "0.1800", False, "", 0),
    ("Q43190", "孔用弹性挡圈", "90 65Mn", "个", "600", "0.3500", False, "", 0),
    ("1702011-C06", "离合器分离轴承", "58×90 带座", "套", "150", "42.0000", True, "", 0),
    ("8001023-Z01", "高温润滑脂", "锂基 2号", "千克", "36.5", "28.0000", False, "", 0),
    ("8002011-Z01", "螺纹锁固胶", "中强度 50ml", "支", "120", "18.6000", False, "危化品", 0),
    ("8003004-Z01", "气相防锈纸", "1000×1000", "张", "2000", "0.8500", False, "", 0),
]
COLUMNS = [  # heading, width, align
    ("行号", 24, "c"),
    ("物料编码", 66, "l"),
    ("物料名称 / 规格型号", 142, "l"),
    ("单位", 26, "c"),
    ("数量", 50, "r"),
    ("含税单价", 52, "r"),
    ("价税合计", 62, "r"),
    ("到货日期", 54, "c"),
    ("备注", RIGHT - LEFT - 476, "l"),
]
SIZE, ROW, BAND_H = 7.5, 24.0, 18.0
BOTTOM = 56.0


def quantity_text(qty: str, unit: str) -> str:
    return grouped(qty, 2) if unit == "千克" else grouped(qty, 0)


def line_amount(item: tuple) -> Decimal:
    return amount(item[4], item[5])


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
        lines=[
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, price, *_ in ITEMS
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _cell(c, font: str, col: int, base: float, value: str, size: float = SIZE) -> None:
    edges = _edges()
    align = COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 3, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, edges[col] + 3, base, value, font, size)


def _qr(c, x: float, y: float, size: float) -> None:
    """A QR-like square of modules from the order number's hash, with the three finder patterns."""
    n = 25
    module = size / n
    bits = "".join(f"{byte:08b}" for byte in hashlib.sha256(PO.encode()).digest() * 3)
    c.setFillColorRGB(0, 0, 0)
    for row in range(n):
        for col in range(n):
            finder = any(
                r0 <= row < r0 + 7 and c0 <= col < c0 + 7 for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0))
            )
            if finder:
                r, k = (row % (n - 7) if row >= n - 7 else row), (col % (n - 7) if col >= n - 7 else col)
                on = r in (0, 6) or k in (0, 6) or (2 <= r <= 4 and 2 <= k <= 4)
            else:
                on = bits[row * n + col] == "1"
            if on:
                c.rect(x + col * module, y + size - (row + 1) * module, module, module, stroke=0, fill=1)


def _page_head(c, font: str, page: int) -> float:
    top = HEIGHT - 36
    if page > 1:
        draw.text(c, LEFT, top - 10, f"{BUYER}　采购订单（续）", font, 9)
        draw.text(c, RIGHT, top - 10, f"订单编号：{PO}", font, 9, "right")
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(*BAND)
        c.line(LEFT, top - 16, RIGHT, top - 16)
        c.setStrokeColorRGB(0, 0, 0)
        return top - 26
    c.setFillColorRGB(*BAND)
    c.roundRect(LEFT, top - 30, 34, 30, 4, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    draw.text(c, LEFT + 17, top - 20, "LY", draw.LATIN_BOLD, 14, "center")
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, LEFT + 42, top - 13, BUYER, font, 13)
    draw.text(c, LEFT + 42, top - 25, BUYER_EN, draw.LATIN_FONT, 6.8)
    _qr(c, RIGHT - 54, top - 54, 54)
    draw.text(c, RIGHT - 27, top - 63, "扫码确认订单", font, 6, "center")
    draw.text(c, WIDTH / 2, top - 62, "采购订单", font, 18, "center")
    top -= 86
    xs = (LEFT, LEFT + 214, LEFT + 372)
    rows = [
        (("订单编号", PO), ("订单日期", ORDER_DATE.isoformat()), ("业务类型", "普通采购")),
        (("采购组织", "鲁岳动力采购中心"), ("采购员", "王海涛"), ("联系电话", "0536-8851207")),
        (("供应商", f"{SUPPLIER_CODE} {OUR_NAME_ZH}"), ("币种", "人民币"), ("税率", "13%")),
        (("结算方式", "电汇"), ("付款条件", TERMS), ("运输方式", "供方送货")),
        (("到货日期", DELIVERY.isoformat()), ("收货人", "孙立军"), ("收货电话", "13953682217")),
        (("收货地址", ADDRESS),),
        (("备注", "请按分批交货计划送货，送货单须注明订单编号及行号；随货附合格证。"),),
    ]
    for row in rows:
        for x, (label, value) in zip(xs, row, strict=False):
            draw.text(c, x, top, f"{label}：{value}", font, 8.5)
        top -= 15
    return top - 4


def _band(c, font: str, top: float) -> float:
    edges = _edges()
    c.setFillColorRGB(*BAND)
    c.rect(LEFT, top - BAND_H, RIGHT - LEFT, BAND_H, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    for col, (heading, _, align) in enumerate(COLUMNS):
        if align == "r":
            draw.text(c, edges[col + 1] - 3, top - 12, heading, font, 7.5, "right")
        elif align == "c":
            draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 12, heading, font, 7.5, "center")
        else:
            draw.text(c, edges[col] + 3, top - 12, heading, font, 7.5)
    c.setFillColorRGB(0, 0, 0)
    return top - BAND_H


def _row(c, font: str, top: float, n: int, item: tuple) -> float:
    code, name, spec, unit, qty, price, later, note, _ = item
    if n % 2 == 0:
        c.setFillColorRGB(*ZEBRA)
        c.rect(LEFT, top - ROW, RIGHT - LEFT, ROW, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    middle = top - 14.5
    _cell(c, font, 0, middle, str(n))
    _cell(c, font, 1, middle, code)
    _cell(c, font, 2, top - 10, name)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    _cell(c, font, 2, top - 19.5, spec, 6.6)
    c.setFillColorRGB(0, 0, 0)
    _cell(c, font, 3, middle, unit)
    _cell(c, font, 4, middle, quantity_text(qty, unit))
    _cell(c, font, 5, middle, f"{Decimal(price):,.4f}")
    _cell(c, font, 6, middle, grouped(line_amount(item)))
    _cell(c, font, 7, middle, (LATER if later else DELIVERY).isoformat())
    if note:
        _cell(c, font, 8, middle, note, 6.5)
    return top - ROW


def _foot(c, font: str, page: int, pages: int) -> None:
    c.setLineWidth(0.4)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.line(LEFT, 40, RIGHT, 40)
    c.setStrokeColorRGB(0, 0, 0)
    draw.text(c, LEFT, 30, f"浪潮GS Cloud　打印人：王海涛　打印时间：{PRINTED}", font, 6.8)
    draw.text(c, RIGHT, 30, f"第 {page} 页 共 {pages} 页", font, 6.8, "right")


def batches() -> list[tuple[int, tuple, int, dt.date, int]]:
    """The 分批交货计划 rows: line number, item, batch, date, quantity."""
    rows = []
    for n, item in enumerate(ITEMS, start=1):
        if item[8]:
            first = item[8]
            rows.append((n, item, 1, DELIVERY, first))
            rows.append((n, item, 2, SECOND_BATCH, int(item[4]) - first))
    return rows


def _totals(c, font: str, top: float) -> float:
    edges = _edges()
    c.setLineWidth(1.0)
    c.setStrokeColorRGB(*BAND)
    c.line(LEFT, top, RIGHT, top)
    c.setStrokeColorRGB(0, 0, 0)
    draw.text(c, (edges[1] + edges[3]) / 2, top - 13, "合计", font, 8, "center")
    _cell(c, font, 6, top - 13, grouped(total()), 8)
    top -= 34
    draw.text(c, LEFT, top, f"价税合计（大写）：人民币{capitals(total())}", font, 9)
    draw.text(c, RIGHT, top, f"（小写）：¥{grouped(total())}", font, 9, "right")
    top -= 26
    draw.text(c, LEFT, top, "分批交货计划", font, 9.5)
    top -= 6
    widths = [30, 70, 120, 36, 80, 60, 36]
    rows = [["行号", "物料编码", "物料名称", "批次", "计划到货日期", "计划数量", "单位"]]
    for n, item, batch, day, qty in batches():
        rows.append([str(n), item[0], item[1], f"第{batch}批", day.isoformat(), grouped(qty, 0), item[3]])
    top = draw.table(c, LEFT, top, widths, rows, font=font, size=7.2, row_height=14, aligns="clllcrc")
    top -= 26
    sign = [
        ("制单", "王海涛 2026-12-11 14:20"),
        ("审核", "刘建国 2026-12-11 15:03"),
        ("审批", "赵明 2026-12-11 16:31"),
    ]
    for k, (label, who) in enumerate(sign):
        draw.text(c, LEFT + 175 * k, top, f"{label}：{who}", font, 8)
    top -= 22
    draw.text(c, LEFT, top, "供方确认（签字盖章）：______________________　　日期：____________", font, 8)
    return top - 10


def _pages() -> list[list[int]]:
    pages: list[list[int]] = [[]]
    room = HEIGHT - 36 - 86 - 7 * 15 - 4 - BAND_H - BOTTOM
    for index in range(len(ITEMS)):
        if room - ROW < 0:
            pages.append([])
            room = HEIGHT - 36 - 26 - BAND_H - BOTTOM
        pages[-1].append(index)
        room -= ROW
    return pages


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    chunks = _pages()
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        y = _band(c, font, _page_head(c, font, page))
        for index in chunk:
            y = _row(c, font, y, index + 1, ITEMS[index])
        if y < BOTTOM - 1:
            raise AssertionError(f"page {page} overflows")
        if page == len(chunks) and _totals(c, font, y) < BOTTOM:
            raise AssertionError("the totals do not fit")
        _foot(c, font, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
