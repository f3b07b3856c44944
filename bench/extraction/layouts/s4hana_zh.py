"""Unseen layout: 常州华锐汽车部件有限公司's 采购订单 as SAP S/4HANA prints it in Chinese, 2 pages, CNY.

A Tier-2 automotive supplier in Changzhou prints its purchase orders from SAP S/4HANA with the standard
purchase-order output form (the Adobe form behind output type NEU, layout localised to Chinese). Page
furniture: the company name and its English name at the top left, the title 采购订单 at the top right,
and under them a header grid of THREE label/value column pairs (采购订单号 | 凭证日期 | 页码, 供应商编号 |
采购组 | 联系人, 币种 | 付款条件 | 国际贸易条款); that head (names, title, 采购订单号 and 页码 2 / 2) is
printed again on page 2 and a footer (company address, 开户行, 本订单由系统生成) on both pages. SAP's
date format here is YYYY.MM.DD (2026.12.05). Between the head and the items: 供应商 (us) on the left and
交货地址 (the plant's receiving dock) on the right, each a label over its lines. The item table has no
vertical rules, only a rule under its heading: 项目 (SAP item numbers 10, 20, 30 ...), 物料 (the buyer's
8-digit material number), 物料描述 (SAP's single 40-character short text: name and spec in one string),
交货日期, 数量, 单位 (SAP's Chinese unit texts: 件, 套, 千克), 含税单价, 税率 (13%), 税额 and 价税合计.
Four items are delivered in instalments: their item row gives the whole quantity and the first date,
and indented 计划行 (schedule line) rows under it give each instalment's date and quantity. After the
items: 小计 (sum of 价税合计), 运费 (freight the buyer agreed to pay, inclusive of tax) and 订单总额, each
with ¥ and thousands separators, then 备注 clauses and the signature line.

Truth: the PO number is 采购订单号; the order date 凭证日期; the requested delivery date is the earliest
交货日期 of all items and schedule lines (the item row's date is its first schedule line); the unit price
is 含税单价 and the amount 价税合计 (the tax columns are informative); the schedule-line rows are NOT order
lines (an item with three instalments is one line with the item's whole quantity); the description is
物料描述 as printed; the ship-to address is the 交货地址 line under the plant name (the plant name is not
the address); the total is 订单总额 (小计 + 运费: the amount the buyer will pay, as bayline-qb's total
includes shipping), so it is NOT the sum of the lines; the supplier is our Chinese name as printed.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "华锐采购订单4500038127.pdf"
BUYER = "常州华锐汽车部件有限公司"
BUYER_EN = "Changzhou Huarui Auto Components Co., Ltd."
PO = "4500038127"
ORDER_DATE = "2026.12.05"
PLANT = "华锐二厂 原材料仓（工厂 1020）"
ADDRESS = "江苏省常州市武进区湖塘镇常武中路18号3号门收货处"
TERMS = "Z060 月结60天，电汇"
FREIGHT = Decimal("850.00")
TAX = Decimal("0.13")
# 物料, 物料描述, 单位, 含税单价, schedule lines [(交货日期, 数量)]
ITEMS: list[tuple[str, str, str, str, list[tuple[str, str]]]] = [
    ("30012457", "深沟球轴承 6205-2RS C3", "件", "3.8500", [("2026.12.21", "2000")]),
    (
        "30012460",
        "法兰螺栓 M8×25 10.9级 达克罗",
        "件",
        "0.1860",
        [("2026.12.21", "20000"), ("2027.01.11", "20000"), ("2027.02.01", "10000")],
    ),
    ("30012478", "定位销 Φ8×30 GCr15 淬火", "件", "0.9200", [("2026.12.21", "5000")]),
    ("30012502", "衬套 SF-1 2520 无油", "件", "1.4500", [("2026.12.28", "3000")]),
    ("30012519", "铝压铸支架 ADC12 ZJ-0519", "件", "12.6000", [("2026.12.28", "800")]),
    ("30012533", "O型圈 NBR70 Φ32×2.4", "件", "0.2350", [("2026.12.21", "10000")]),
    (
        "30012547",
        "冲压加强板 DC04 t=1.5 镀锌",
        "件",
        "4.7800",
        [("2026.12.21", "1500"), ("2027.01.11", "1500")],
    ),
    ("30012561", "弹簧垫圈 M10 65Mn 发黑", "千克", "18.5000", [("2026.12.21", "120")]),
    ("30012575", "精密轴 S45C Φ20×285 高频", "件", "36.4000", [("2027.01.11", "400")]),
    ("30012589", "线束卡扣 PA66 KK-12 黑", "件", "0.0820", [("2026.12.28", "25000")]),
    ("30012590", "限位块 POM 40×25×12", "件", "2.2600", [("2026.12.28", "1200")]),
    ("30012604", "同步带轮 HTD5M-24T 铝", "件", "28.9000", [("2027.01.11", "150")]),
    ("30012618", "内六角螺钉 M6×16 12.9级", "件", "0.1280", [("2026.12.21", "30000")]),
    ("30012622", "橡胶减震垫 Φ40×20 M8", "件", "3.1500", [("2026.12.28", "2000")]),
    ("30012636", "焊接螺母 M10 六角 镀锌", "件", "0.2450", [("2026.12.21", "8000")]),
    ("30012640", "导向套件 GT-25 含螺栓", "套", "46.5000", [("2027.01.11", "120")]),
    ("30012654", "不锈钢卡箍 SUS304 Φ45", "件", "1.8800", [("2026.12.28", "3000")]),
    (
        "30012668",
        "冷拔圆钢 20CrMnTi Φ25",
        "千克",
        "9.6500",
        [("2026.12.21", "500"), ("2027.01.11", "500")],
    ),
    ("30012672", "碟形弹簧 Φ31.5×16.3×1.75", "件", "0.6600", [("2026.12.28", "6000")]),
    ("30012686", "铜套 CuSn8 Φ20×26×20", "件", "7.9500", [("2027.01.11", "600")]),
    ("30012690", "防尘盖 DC01 Φ52 喷粉", "件", "0.8800", [("2026.12.28", "4000")]),
    ("30012705", "尼龙扎带 PA66 4.8×300", "件", "0.0960", [("2026.12.21", "20000")]),
    ("30012719", "压缩弹簧 SWP-A 1.2×10×35", "件", "0.3150", [("2026.12.28", "4000")]),
    ("30012723", "平垫圈 M8 大 镀锌", "千克", "11.2000", [("2026.12.21", "60")]),
    ("30012737", "齿轮轴 20CrMo m1.5 Z18", "件", "58.5000", [("2027.01.11", "200")]),
    ("30012741", "直线轴承 LM16UU", "件", "4.2500", [("2026.12.28", "1000")]),
    ("30012755", "塑料堵头 PE Φ16 蓝", "件", "0.0450", [("2026.12.21", "40000")]),
    (
        "30012769",
        "锁紧螺母 M12 尼龙 镀锌",
        "件",
        "0.3200",
        [("2026.12.21", "5000"), ("2027.01.11", "5000")],
    ),
    ("30012773", "铝型材 6063-T5 40×40 L=600", "件", "21.8000", [("2027.01.11", "300")]),
    ("30012787", "密封垫片 石棉板 DN50", "件", "1.0500", [("2026.12.28", "2000")]),
]
HEADINGS = ["项目", "物料", "物料描述", "交货日期", "数量", "单位", "含税单价", "税率", "税额", "价税合计"]
# left edge of each column; numbers are right-aligned at the next edge
EDGES = [40, 70, 120, 262, 312, 362, 386, 432, 458, 500, 556]
ALIGNS = "lllcrlrrrr"
BOTTOM = 96  # lowest baseline for an item row before the page breaks


def quantity(item: tuple) -> Decimal:
    return sum((Decimal(qty) for _, qty in item[4]), Decimal(0))


def line_amount(item: tuple) -> Decimal:
    value = quantity(item) * Decimal(item[3])
    assert value == value.quantize(Decimal("0.01")), item
    return value.quantize(Decimal("0.01"))


def tax_of(amount: Decimal) -> Decimal:
    return (amount / (1 + TAX) * TAX).quantize(Decimal("0.01"))


def subtotal() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def date(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%Y.%m.%d").date()


def expected() -> PurchaseOrder:
    lines = order(
        po_number=PO,
        order_date=date(ORDER_DATE),
        delivery=min(date(due) for item in ITEMS for due, _ in item[4]),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (part, text, f"{quantity(item)}", unit, price, f"{line_amount(item)}")
            for item in ITEMS
            for part, text, unit, price, _ in [item]
        ],
    )
    # the total keyed in is 订单总额: the goods plus the agreed freight
    return lines.model_copy(update={"total_amount": subtotal() + FREIGHT})


def _cell(c, font: str, col: int, y: float, value: str, size: float = 8) -> None:
    align = ALIGNS[col]
    if align == "r":
        draw.text(c, EDGES[col + 1] - 2, y, value, font, size, "right")
    elif align == "c":
        draw.text(c, (EDGES[col] + EDGES[col + 1]) / 2, y, value, font, size, "center")
    else:
        draw.text(c, EDGES[col] + 1, y, value, font, size)


def _head(c, font: str, page: int, pages: int) -> float:
    """The running head: names, title and the three-column header grid (on every page)."""
    top = draw.PAGE_HEIGHT - 42
    draw.text(c, 40, top, BUYER, font, 14)
    draw.text(c, 40, top - 13, BUYER_EN, draw.LATIN_FONT, 8)
    draw.text(c, 556, top - 4, "采购订单", font, 18, "right")
    grid = [
        [("采购订单号", PO), ("凭证日期", ORDER_DATE), ("页码", f"{page} / {pages}")],
        [("供应商编号", "100457"), ("采购组", "P02 华东采购组"), ("联系人", "周晓峰 0519-8651 2236")],
        [("币种", "CNY"), ("付款条件", TERMS), ("国际贸易条款", "DAP 常州")],
    ]
    y = top - 34
    c.setLineWidth(0.6)
    c.line(40, y + 11, 556, y + 11)
    columns = [(40, 98), (206, 258), (386, 446)]
    for row in grid:
        for (label_x, value_x), (label, value) in zip(columns, row, strict=True):
            draw.text(c, label_x, y, label, font, 8)
            draw.text(c, value_x, y, value, font, 8.5)
        y -= 14
    c.line(40, y + 9, 556, y + 9)
    return y - 6


def _foot(c, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(40, 58, 556, 58)
    foot = "地址：江苏省常州市武进区湖塘镇常武中路18号　电话：0519-8651 2200　开户行：中国银行常州武进支行"
    draw.text(c, 40, 48, foot, font, 7)
    draw.text(c, 40, 38, "本订单由SAP系统生成，经批准后有效，无需签字。", font, 7)


def _parties(c, font: str, y: float) -> float:
    draw.text(c, 40, y, "供应商", font, 8)
    draw.text(c, 306, y, "交货地址", font, 8)
    supplier = [OUR_NAME_ZH, "江苏省苏州工业园区丰立街88号", "电话：0512-6287 3300"]
    delivery = [PLANT, ADDRESS, "收货时间：周一至周六 8:00-16:30"]
    for n, (left, right) in enumerate(zip(supplier, delivery, strict=True)):
        draw.text(c, 40, y - 13 - 12 * n, left, font, 8.5)
        draw.text(c, 306, y - 13 - 12 * n, right, font, 8.5)
    return y - 13 - 12 * len(supplier) - 6


def _headings(c, font: str, y: float) -> float:
    for col, heading in enumerate(HEADINGS):
        _cell(c, font, col, y, heading, 8)
    c.setLineWidth(0.6)
    c.line(40, y - 5, 556, y - 5)
    return y - 17


def _item_rows(item_no: int, item: tuple) -> list[tuple[str, list[tuple[int, str]]]]:
    """The printed rows of one item: ("item", cells) and its schedule lines ("schedule", cells)."""
    part, text, unit, price, schedule = item
    amount = line_amount(item)
    rows = [
        (
            "item",
            [
                (0, str(item_no)),
                (1, part),
                (2, text),
                (3, schedule[0][0]),
                (4, grouped(quantity(item), 0)),
                (5, unit),
                (6, price),
                (7, "13%"),
                (8, grouped(tax_of(amount))),
                (9, grouped(amount)),
            ],
        )
    ]
    if len(schedule) > 1:
        for n, (due, qty) in enumerate(schedule, start=1):
            rows.append(("schedule", [(2, f"    计划行 {n:04d}"), (3, due), (4, grouped(qty, 0)), (5, unit)]))
    return rows


def render() -> bytes:
    font = draw.cjk_font()
    rows = [row for n, item in enumerate(ITEMS, start=1) for row in _item_rows(10 * n, item)]
    # paginate: page 1 has the parties block; keep an item with its schedule lines on one page
    pages: list[list[tuple[str, list[tuple[int, str]]]]] = [[]]
    closing = 120  # the totals, 备注 and signature under the last item
    first_top, next_top = 842 - 42 - 34 - 42 - 6 - 55 - 17, 842 - 42 - 34 - 42 - 6 - 17
    y = first_top
    for kind, cells in rows:
        height = 16 if kind == "item" else 12
        if kind == "item" and y < BOTTOM + 12:
            pages.append([])
            y = next_top
        pages[-1].append((kind, cells))
        y -= height
    if y < BOTTOM + closing:  # the closing block does not fit: the last item goes over
        moved = [pages[-1].pop()]
        while moved[0][0] != "item":
            moved.insert(0, pages[-1].pop())
        pages.append(moved)
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    for number, page in enumerate(pages, start=1):
        y = _head(c, font, number, len(pages))
        if number == 1:
            y = _parties(c, font, y)
        y = _headings(c, font, y)
        for kind, cells in page:
            for col, value in cells:
                _cell(c, font, col, y, value, 8 if kind == "item" else 7.5)
            y -= 16 if kind == "item" else 12
        if number < len(pages):
            draw.text(c, 556, y - 4, "续下页", font, 8, "right")
        else:
            c.setLineWidth(0.6)
            c.line(40, y + 8, 556, y + 8)
            y -= 8
            for label, value in (
                ("小计", subtotal()),
                ("运费（含税）", FREIGHT),
                ("订单总额", subtotal() + FREIGHT),
            ):
                draw.text(c, 432, y, label, font, 8.5)
                draw.text(c, 556, y, f"¥{grouped(value)}", font, 8.5, "right")
                y -= 13
            notes = [
                "备注：1. 请在送货单上注明采购订单号及项目号；分批交货按计划行日期及数量执行。",
                "　　　2. 价格含13%增值税，请开具增值税专用发票；运费按双方约定由需方承担。",
                "　　　3. 来料须附出厂检验报告，PPAP件须经我司SQE批准后方可批量送货。",
            ]
            for line in notes:
                draw.text(c, 40, y - 4, line, font, 7.5)
                y -= 11
            draw.text(c, 40, y - 14, "采购员：周晓峰", font, 8.5)
            draw.text(c, 306, y - 14, "供应商确认（签字盖章）：", font, 8.5)
        _foot(c, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
