"""Unseen layout: a Changsha machinery maker's Oracle EBS 标准采购订单 (Chinese NLS), CNY, 2 pages.

长沙恒岳工程机械有限公司 runs Oracle E-Business Suite R12 in Simplified Chinese and mails the standard PO
output for communication (the XML Publisher template, its prompts translated with the English kept beside
them) as a PDF. What EBS prints: the operating unit's name, English name and address top left; 标准采购订单
/ Standard Purchase Order top right over a ruled box: 订单 Order "2610458, 0" (number and revision in one
value), 修订日期 Revision Date empty, 创建日期 Creation Date in the Chinese NLS date format DD-MON-YYYY
(16-12月-2026: the month as 12月), 采购员 Buyer, 页 Page 1 of 2; the box is printed again on page 2. On
page 1: 供应商 Supplier (us, with our address), 收货方 Ship To (the plant's receiving location: its name,
the street line, the town line) and 收单方 Bill To (the head office's payables) blocks side by side; a
ruled strip of bilingual heads over values (客户帐号 Customer Account No. empty, 供应商编号 Supplier No.,
付款条件 Payment Terms 票到60天付款, 运费条款 Freight Terms, FOB, 承运人 Transportation, 币种 Currency
CNY); 确认对象 / 申请人 / 送达 lines; then the lines table, head in two rows Chinese over English 行
Line | 物料编号/说明 Part Number/Description | 交货日期 Need-By Date | 数量 Quantity | 单位 UOM | 单价 Unit
Price (CNY) | 税 Tax | 金额 Amount (CNY): each line a row with the buyer's eleven-digit item number, the
need-by date, the quantity as EBS keeps it (1200, 1860.5: no grouping, no padded decimals), the unit, the
unit price unformatted as entered (18.5, 3.265, 0.218, 245), Y in 税 and the amount 7,400.00; under it
the item description (名称 规格 in one field, wrapped inside the column when long) and a small 供应商物料
Supplier Item: QH-... line; two lines have two shipments, printed as 发运 Shipment rows with their own
need-by dates and quantities under the description and no date on the line row; 16 lines, the column heads
again on page 2; 总计 Total (CNY) under the last line (the lines' sum, VAT excluded), a note that the
prices exclude 13% VAT, the terms paragraph, 授权签字 Authorized Signature; the footer with the print
program and 第 n 页 共 2 页.

Truth: the PO number 2610458 (not the revision after the comma); the order date 创建日期 (2026-12-16); the
requested delivery date the earliest need-by date (2027-01-20, the first line's; three lines and two second
shipments 2027-02-24); the currency CNY; the buyer the operating unit (长沙恒岳工程机械有限公司); the
supplier the Supplier block's company (us); the ship-to address the Ship To block's street line; the
payment terms 票到60天付款; the total 总计 Total (CNY); per line the part number (the item number), the
description the item description (wrapped parts joined with nothing, as the field holds them), the quantity
the line's quantity (the shipments' sum), the unit, the unit price and the amount.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, order

FILENAME = "PO_2610458_0_长沙恒岳工程机械有限公司.pdf"
BUYER = "长沙恒岳工程机械有限公司"
BUYER_EN = "Changsha Hengyue Construction Machinery Co., Ltd."
PO = "2610458"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 1, 20)
LATER = dt.date(2027, 2, 24)
SHIP_LINES = [
    "长沙恒岳工程机械有限公司 星沙工厂",
    "长沙县星沙产业基地东四线188号",
    "3号仓库 收货组",
    "长沙 湖南 410100 中国",
]
ADDRESS = ", ".join(SHIP_LINES[1:])
TERMS = "票到60天付款"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 34.0, draw.PAGE_WIDTH - 34.0
GREY = (0.35, 0.35, 0.35)
# item number, description, qty, unit, price as entered, supplier item, shipments ((qty, later), ...) or None
ITEMS = [
    ("31020500117", "液压胶管总成 2SN-DN16 L=1200 两端JIC-M27×2", "400", "件", "18.5", "QH-HA16-1200", None),
    ("31020500121", "液压胶管总成 2SN-DN20 L=1600 JIC/ORFS", "300", "件", "26.85", "QH-HA20-1600", None),
    ("31030200045", "卡套式直通接头 GE16LR-M22×1.5 碳钢镀锌", "1200", "个", "3.265", "QH-GE16LR", None),
    ("31030200052", "卡套式弯通接头 EW16L 碳钢镀锌", "800", "个", "4.12", "QH-EW16L", None),
    ("32010100873", "深沟球轴承 6310-2RS/C3", "240", "套", "21.6", "QH-6310-2RS", None),
    (
        "32010200219",
        "圆锥滚子轴承 32214 配对",
        "120",
        "套",
        "68.4",
        "QH-32214-DB",
        (("60", False), ("60", True)),
    ),
    (
        "33050100066",
        "销轴 Φ60×285 42CrMo 调质+表面镀硬铬 按图HY-ZC-2206",
        "160",
        "件",
        "86.5",
        "QH-PIN60285",
        None,
    ),
    ("33050100071", "衬套 Φ60×Φ75×80 QT600 渗碳淬火", "320", "件", "24.75", "QH-BU607580", None),
    ("34020300012", "O型圈 Φ85×3.55 NBR90", "3000", "个", "0.365", "QH-OR85355", None),
    ("34020300027", "组合密封垫圈 M22 碳钢/NBR", "5000", "个", "0.218", "QH-BS-M22", None),
    (
        "34030100154",
        "油缸密封组件 动臂缸 Φ140/Φ100 全套（含活塞密封、导向带、防尘圈、O型圈）",
        "90",
        "套",
        "245",
        "QH-SK140100",
        (("40", False), ("50", True)),
    ),
    ("35010400031", "高压球阀 YJZQ-J25N G1 PN31.5", "60", "个", "138.6", "QH-BV-J25N", None),
    ("35020100008", "液压油滤芯 HX-160×20Q2", "200", "个", "42.3", "QH-HX16020", None),
    ("36010200115", "无缝钢管 20# Φ42×6 GB/T8163 冷拔", "1860.5", "千克", "7.84", "QH-ST42-6", None),
    ("36020100042", "抗磨液压油 L-HM46 170kg/桶", "12", "桶", "1985", "QH-HM46-170", None),
    ("37010500006", "出口熏蒸木箱 1200×800×900", "24", "个", "156", "QH-BOX-1208", None),
]
LATE_LINES = {12, 13, 15}  # (0-based) single-shipment lines needed by LATER
COLS = [  # head zh, head en, x of its left (or right) edge, align
    ("行", "Line", 0, "l"),
    ("物料编号/说明", "Part Number/Description", 28, "l"),
    ("交货日期", "Need-By Date", 252, "l"),
    ("数量", "Quantity", 356, "r"),
    ("单位", "UOM", 364, "l"),
    ("单价", "Unit Price (CNY)", 454, "r"),
    ("税", "Tax", 464, "l"),
    ("金额", "Amount (CNY)", RIGHT - LEFT, "r"),
]
DESC_WIDTH = 200.0
FIRST_PAGE = 9


def ebs_date(day: dt.date) -> str:
    """Oracle's DD-MON-YYYY under NLS_DATE_LANGUAGE = SIMPLIFIED CHINESE: 16-12月-2026."""
    return f"{day.day:02d}-{day.month}月-{day.year}"


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def line_amount(item: tuple) -> Decimal:
    return amount(item[2], item[4])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def need_by(index: int) -> dt.date:
    item = ITEMS[index]
    if item[6]:
        return min(LATER if later else DELIVERY for _, later in item[6])
    return LATER if index in LATE_LINES else DELIVERY


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=min(need_by(i) for i in range(len(ITEMS))),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[(i[0], i[1], i[2], i[3], i[4], f"{line_amount(i)}") for i in ITEMS],
    )


def wrap_chars(value: str, font: str, size: float, width: float) -> list[str]:
    """XML Publisher's wrap of a cell: between any two Chinese characters or at a space, never inside a
    run of Latin letters and digits (HY-ZC-2206 stays whole)."""
    units = re.findall(r"[\x21-\x7e]+| |.", value)
    lines, current = [], ""
    for unit in units:
        if current.strip() and stringWidth(current + unit, font, size) > width:
            lines.append(current.rstrip())
            current = unit.lstrip()
        else:
            current += unit
    return [*lines, current]


def _box(c, font: str, page: int, pages: int) -> float:
    top = HEIGHT - 36
    draw.text(c, LEFT, top - 4, BUYER, font, 13)
    draw.text(c, LEFT, top - 18, BUYER_EN, font, 7.5)
    draw.text(c, LEFT, top - 29, "湖南省长沙市岳麓区麓谷大道627号  电话 0731-8856 2100", font, 7.5)
    draw.text(c, RIGHT, top - 4, "标准采购订单", font, 14, "right")
    draw.text(c, RIGHT, top - 18, "Standard Purchase Order", font, 9, "right")
    x0, width, row = RIGHT - 230, 230.0, 13.0
    rows = [
        ("订单 Order", f"{PO}, 0"),
        ("修订日期 Revision Date", ""),
        ("创建日期 Creation Date", ebs_date(ORDER_DATE)),
        ("采购员 Buyer", "刘芳"),
        ("页 Page", f"{page} of {pages}"),
    ]
    y = top - 26
    draw.box(c, x0, y, width, row * len(rows))
    c.line(x0 + 112, y, x0 + 112, y - row * len(rows))
    for k, (label, value) in enumerate(rows):
        base = y - row * (k + 1) + 3.8
        if k:
            c.setLineWidth(0.3)
            c.line(x0, y - row * k, x0 + width, y - row * k)
        draw.text(c, x0 + 4, base, label, font, 7.5)
        draw.text(c, x0 + 116, base, value, font, 8)
    return y - row * len(rows) - 14


def _blocks(c, font: str, y: float) -> float:
    blocks = [
        ("供应商 Supplier:", [OUR_NAME_ZH, "苏州高新区火炬路88号", "苏州 江苏 215163 中国"]),
        ("收货方 Ship To:", SHIP_LINES),
        ("收单方 Bill To:", [BUYER, "财务部 应付账款组", "岳麓区麓谷大道627号", "长沙 湖南 410205 中国"]),
    ]
    width = (RIGHT - LEFT) / 3
    for k, (label, lines) in enumerate(blocks):
        x = LEFT + k * width
        draw.text(c, x, y, label, font, 8)
        for n, value in enumerate(lines):
            draw.text(c, x + 4, y - 13 - 11 * n, value, font, 8)
    y -= 70
    heads = [
        ("客户帐号", "Customer Account No.", ""),
        ("供应商编号", "Supplier No.", "20417"),
        ("付款条件", "Payment Terms", TERMS),
        ("运费条款", "Freight Terms", "供方承担"),
        ("FOB", "FOB", "目的地"),
        ("承运人", "Transportation", "汽运"),
        ("币种", "Currency", "CNY"),
    ]
    widths = [74, 62, 92, 66, 60, 66, RIGHT - LEFT - 420]
    x = LEFT
    c.setLineWidth(0.6)
    c.rect(LEFT, y - 38, RIGHT - LEFT, 38)
    c.line(LEFT, y - 22, RIGHT, y - 22)
    for (zh, en, value), width_ in zip(heads, widths, strict=True):
        draw.text(c, x + 3, y - 9, zh, font, 7)
        draw.text(c, x + 3, y - 18, en, font, 6)
        draw.text(c, x + 3, y - 33, value, font, 8)
        x += width_
        if x < RIGHT - 1:
            c.line(x, y, x, y - 38)
    y -= 52
    draw.text(c, LEFT, y, "确认对象/电话 Confirm To/Telephone: 王海涛 / 0512-6651 8830", font, 7.5)
    draw.text(c, LEFT + 270, y, "申请人/送达 Requester/Deliver To: 赵志强 / 星沙工厂3号仓库", font, 7.5)
    return y - 16


def _heads(c, font: str, y: float) -> float:
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(LEFT, y - 24, RIGHT - LEFT, 24, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    c.line(LEFT, y, RIGHT, y)
    c.line(LEFT, y - 24, RIGHT, y - 24)
    for zh, en, x, align in COLS:
        where = "right" if align == "r" else "left"
        draw.text(c, LEFT + x, y - 10, zh, font, 7.5, where)
        draw.text(c, LEFT + x, y - 20, en, font, 6.5, where)
    return y - 36


def _line(c, font: str, y: float, index: int) -> float:
    code, description, qty, unit, price, supplier_item, shipments = ITEMS[index]
    draw.text(c, LEFT, y, str(index + 1), font, 8)
    draw.text(c, LEFT + 28, y, code, font, 8)
    if not shipments:
        draw.text(c, LEFT + 252, y, ebs_date(need_by(index)), font, 8)
    draw.text(c, LEFT + 356, y, qty, font, 8, "right")
    draw.text(c, LEFT + 364, y, unit, font, 8)
    draw.text(c, LEFT + 454, y, price, font, 8, "right")
    draw.text(c, LEFT + 464, y, "Y", font, 8)
    draw.text(c, RIGHT, y, money(line_amount(ITEMS[index])), font, 8, "right")
    for part in wrap_chars(description, font, 8, DESC_WIDTH):
        y -= 11
        draw.text(c, LEFT + 28, y, part, font, 8)
    y -= 10
    c.setFillColorRGB(*GREY)
    draw.text(c, LEFT + 28, y, f"供应商物料 Supplier Item: {supplier_item}", font, 6.5)
    for n, (part_qty, later) in enumerate(shipments or (), start=1):
        y -= 10
        draw.text(c, LEFT + 28, y, f"发运 Shipment {n}", font, 6.5)
        draw.text(c, LEFT + 252, y, ebs_date(LATER if later else DELIVERY), font, 6.5)
        draw.text(c, LEFT + 356, y, part_qty, font, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    c.line(LEFT, y - 5, RIGHT, y - 5)
    return y - 17


def _end(c, font: str, y: float) -> None:
    c.setLineWidth(0.6)
    c.line(LEFT + 300, y + 8, RIGHT, y + 8)
    draw.text(c, LEFT + 454, y - 4, "总计 Total (CNY):", font, 9, "right")
    draw.text(c, RIGHT, y - 4, money(total()), font, 9, "right")
    notes = [
        "以上单价均不含增值税，增值税税率13%，请开具增值税专用发票。 Unit prices exclude 13% VAT.",
        "请在所有发票、送货单和包装上注明订单号及行号。 Quote the order and line numbers on all invoices.",
        "本订单受买方采购通用条款约束，供应商接受本订单即视为同意上述条款。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 32 - 12 * k, value, font, 7.5)
    y -= 110
    draw.text(c, LEFT, y, "授权签字 Authorized Signature: ________________", font, 8)
    draw.text(c, LEFT + 300, y, "供应商确认 Supplier Acceptance: ________________", font, 8)


def _foot(c, font: str, page: int, pages: int) -> None:
    c.setFillColorRGB(*GREY)
    draw.text(c, LEFT, 26, "POXPRPOP  采购订单打印 (PDF)  打印时间 16-12月-2026 15:42", font, 6.5)
    draw.text(c, RIGHT, 26, f"第 {page} 页 共 {pages} 页", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"标准采购订单 {PO}")
    font = draw.cjk_font()
    chunks = [list(range(FIRST_PAGE)), list(range(FIRST_PAGE, len(ITEMS)))]
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        y = _box(c, font, page, len(chunks))
        if page == 1:
            y = _blocks(c, font, y)
        y = _heads(c, font, y)
        for index in chunk:
            y = _line(c, font, y, index)
        if page == len(chunks):
            _end(c, font, y)
        _foot(c, font, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
