"""Unseen layout: a Hangzhou e-commerce tool brand's 聚水潭 ERP 采购单 print, CNY, 2 pages.

杭州云匠五金工具有限公司 sells hand tools and fasteners on Tmall, JD and Douyin and runs its stock and
purchasing in 聚水潭 (Jushuitan), the e-commerce SaaS ERP. Its buyer prints the 采购单 from 采购管理 →
采购单 with the shop's 打印模板 through 聚水潭's print component to PDF and sends it on WeChat. What it
prints: the company over 采购单, a Code 128 barcode of the 采购单号 top right; a ruled head grid of shaded
label cells beside values, two pairs a row, with 聚水潭's own field names: 采购单号 20481 (聚水潭's running
number: digits only), 采购日期 with the time (2026-12-18 10:42:15), 供应商 (us) and 供应商编码, 采购员 and
仓库 (the warehouse the goods go to), 交货日期, 结算方式 月结30天, 收货地址 across, 收货人 with a mobile
number, 外部单号 (empty), 状态 已确认, 税率 13% / 含税 是, 备注; then the ruled item grid 序号 | 图片 (a
product thumbnail in every row, as e-commerce templates have) | 款式编码 (the style, repeated on each of
its SKUs) | 商品编码 (the SKU code: the part number) | 商品名称 | 颜色及规格 (the SKU's properties joined
with semicolons: M8×30;发黑;12.9级) | 单位 | 数量 | 单价 | 金额 | 备注: prices as entered (0.185, 12.5
printed 12.50), amounts with two decimals and no thousands separators (a web app's raw numbers); the
table head printed again on page 2; 22 lines, 14 on page 1; 合计 row (数量, 金额), 总金额 with 大写, 制单 /
审核 / 供应商签字, and the template's foot 打印时间 / 打印人 / 第1页/共2页.

Truth: the PO number 采购单号 (20481); the order date 采购日期 (its date); the requested delivery date
交货日期; the currency CNY (¥ and 元 only); the buyer the company; the supplier 供应商 (us); the ship-to
address 收货地址; the payment terms 结算方式; the total 总金额 (= the lines' sum); per line the part number
商品编码 (not the style), the description 商品名称 and 颜色及规格 joined with a space, the unit 单位, the
quantity 数量, the unit price 单价 (tax included, 含税 是) and the amount 金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.graphics.barcode.code128 import Code128

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, order

FILENAME = "聚水潭采购单_20481.pdf"
BUYER = "杭州云匠五金工具有限公司"
PO = "20481"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 1, 15)
ADDRESS = "浙江省杭州市余杭区仓前街道龙潭路18号 云匠电商仓3号库"
TERMS = "月结30天"
PRINTED_AT = "2026-12-18 10:47:09"
# 款式编码, 商品编码, 商品名称, 颜色及规格, 单位, 数量, 单价, 备注
ITEMS = [
    ("YJ-NLJ", "YJ-NLJ-M6X20", "内六角圆柱头螺钉", "M6×20;发黑;12.9级", "包", "600", "6.80", "100只/包"),
    ("YJ-NLJ", "YJ-NLJ-M8X30", "内六角圆柱头螺钉", "M8×30;发黑;12.9级", "包", "800", "12.50", "100只/包"),
    ("YJ-NLJ", "YJ-NLJ-M10X40", "内六角圆柱头螺钉", "M10×40;发黑;12.9级", "包", "400", "23.60", "100只/包"),
    ("YJ-LM", "YJ-LM-M8", "尼龙锁紧螺母", "M8;镀锌", "包", "500", "4.85", ""),
    ("YJ-LM", "YJ-LM-M10", "尼龙锁紧螺母", "M10;镀锌", "包", "300", "7.20", ""),
    ("YJ-ZC", "YJ-ZC-608", "深沟球轴承", "608-2RS;C3", "个", "5000", "0.185", ""),
    ("YJ-ZC", "YJ-ZC-6201", "深沟球轴承", "6201-2RS;C3", "个", "3000", "1.36", ""),
    ("YJ-ZC", "YJ-ZC-6204", "深沟球轴承", "6204-2RS;C3", "个", "2000", "2.48", ""),
    ("YJ-NLBS", "YJ-NLBS-9PC", "内六角扳手套装", "9件套;1.5-10mm;S2钢", "套", "1200", "18.90", "彩盒装"),
    ("YJ-NLBS", "YJ-NLBS-9PCL", "内六角扳手套装", "9件套加长;1.5-10mm;S2钢", "套", "800", "24.30", "彩盒装"),
    ("YJ-PT", "YJ-PT-32PC", "螺丝批头套装", "32件;S2;带磁性杆", "套", "1500", "15.75", ""),
    ("YJ-ZT", "YJ-ZT-HSS13", "高速钢麻花钻套装", "13支;1.5-6.5mm;镀钛", "套", "1000", "21.40", ""),
    ("YJ-ZT", "YJ-ZT-HSS19", "高速钢麻花钻套装", "19支;1-10mm;镀钛", "套", "600", "38.60", ""),
    ("YJ-KQ", "YJ-KQ-3", "卡簧钳", "3件套;内外卡", "套", "400", "32.00", ""),
    ("YJ-TG", "YJ-TG-M3M12", "丝锥板牙组合", "40件;M3-M12;合金钢", "套", "300", "86.50", "铝盒"),
    ("YJ-DP", "YJ-DP-M8", "平垫圈", "M8;304不锈钢", "包", "1000", "3.15", "200只/包"),
    ("YJ-DP", "YJ-DP-M10", "平垫圈", "M10;304不锈钢", "包", "600", "4.60", "200只/包"),
    ("YJ-TH", "YJ-TH-M6", "弹簧垫圈", "M6;65Mn;发黑", "包", "800", "2.35", ""),
    ("YJ-KS", "YJ-KS-HX", "快拆夹具", "GH-201B;水平式", "个", "600", "9.80", ""),
    ("YJ-SN", "YJ-SN-ZT", "收纳盒", "24格;透明PP;可拆隔板", "个", "1000", "6.45", "印云匠logo"),
    ("YJ-KD", "YJ-KD-150", "数显卡尺", "0-150mm;不锈钢;精度0.01", "把", "300", "46.00", ""),
    ("YJ-BZ", "YJ-BZ-CT", "外箱", "五层瓦楞;60×40×40cm", "个", "200", "5.20", "按云匠唛头印刷"),
]
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 28.0, draw.PAGE_WIDTH - 28.0
COLUMNS = [  # heading, width, align
    ("序号", 20, "c"),
    ("图片", 30, "c"),
    ("款式编码", 44, "l"),
    ("商品编码", 62, "l"),
    ("商品名称", 74, "l"),
    ("颜色及规格", 100, "l"),
    ("单位", 24, "c"),
    ("数量", 36, "r"),
    ("单价", 40, "r"),
    ("金额", 52, "r"),
    ("备注", 0, "l"),
]
EDGES = [LEFT]
for _, _width, _ in COLUMNS[:-1]:
    EDGES.append(EDGES[-1] + _width)
EDGES.append(RIGHT)
SIZE, LINE_H, ROW_H = 7.5, 9.5, 30.0  # rows as tall as the thumbnail
FIRST_PAGE = 14
PAGES = 2
SHADE = (0.93, 0.93, 0.93)


def line_amount(item: tuple) -> Decimal:
    return amount(item[5], item[6])


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
        lines=[(i[1], f"{i[2]} {i[3]}", i[5], i[4], i[6], f"{line_amount(i)}") for i in ITEMS],
    )


def money(value: Decimal | str) -> str:
    """聚水潭 prints amounts as the web app holds them: two decimals, no thousands separators."""
    return f"{Decimal(value):.2f}"


def _cells(n: int, item: tuple) -> list[str]:
    style, sku, name, spec, unit, qty, price, remark = item
    return [str(n), "", style, sku, name, spec, unit, qty, price, money(line_amount(item)), remark]


def _thumbnail(c, x: float, y: float) -> None:
    """The product picture in the 图片 column: a small grey photo with the item's outline."""
    c.setFillColorRGB(0.86, 0.86, 0.86)
    c.rect(x, y, 22, 22, stroke=0, fill=1)
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.circle(x + 11, y + 11, 6, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def _head(c, font: str) -> float:
    top = HEIGHT - 40
    draw.text(c, WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购单", font, 16, "center")
    barcode = Code128(PO, barWidth=0.9, barHeight=24, humanReadable=False)
    barcode.drawOn(c, RIGHT - barcode.width, top - 26)
    draw.text(c, RIGHT - barcode.width / 2, top - 35, PO, draw.LATIN_FONT, 7.5, "center")
    pairs = [
        [("采购单号", PO), ("采购日期", f"{ORDER_DATE.isoformat()} 10:42:15")],
        [("供应商", OUR_NAME_ZH), ("供应商编码", "GYS0318")],
        [("采购员", "林晓"), ("仓库", "云匠杭州主仓")],
        [("交货日期", DELIVERY.isoformat()), ("结算方式", TERMS)],
        [("收货地址", ADDRESS)],
        [("收货人", "陈建 138 5719 0426"), ("外部单号", "")],
        [("状态", "已确认"), ("税率", "13%    含税：是")],
        [("备注", "双12活动补货，请按商品编码贴标，外箱注明采购单号，到货前一天电话预约入仓")],
    ]
    label_w, half = 56, (RIGHT - LEFT) / 2
    y, height = top - 48, 17
    c.setLineWidth(0.5)
    for row in pairs:
        for k, (label, value) in enumerate(row):
            x = LEFT + k * half
            width = half if len(row) == 2 else RIGHT - LEFT
            c.setFillColorRGB(*SHADE)
            c.rect(x, y - height, label_w, height, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x, y - height, label_w, height)
            c.rect(x + label_w, y - height, width - label_w, height)
            draw.text(c, x + 4, y - 11.5, label, font, 8)
            draw.text(c, x + label_w + 4, y - 11.5, value, font, 8)
        y -= height
    return y - 10


def _grid_head(c, font: str, y: float) -> float:
    height = 18
    c.setFillColorRGB(*SHADE)
    c.rect(LEFT, y - height, RIGHT - LEFT, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for k, (title, _, _) in enumerate(COLUMNS):
        c.line(EDGES[k], y, EDGES[k], y - height)
        draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, y - 12, title, font, 8, "center")
    return y - height


def _row(c, font: str, y: float, cells: list[str], picture: bool = True) -> float:
    wrapped = [
        wrap_chars(cell, font, SIZE, EDGES[k + 1] - EDGES[k] - 4) if COLUMNS[k][2] == "l" else [cell]
        for k, cell in enumerate(cells)
    ]
    height = max(ROW_H if picture else 18, 8 + LINE_H * max(len(parts) for parts in wrapped))
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
    if picture:
        _thumbnail(c, EDGES[1] + 4, y - height / 2 - 11)
    return y - height


def _totals(c, font: str, y: float) -> float:
    qty = sum((int(item[5]) for item in ITEMS), 0)
    cells = ["", "", "合计", "", "", "", "", str(qty), "", money(total()), ""]
    y = _row(c, font, y, cells, picture=False)
    height = 18
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    draw.text(c, LEFT + 4, y - 12, f"总金额：¥{money(total())} 元", font, 8.5)
    draw.text(c, LEFT + 200, y - 12, f"大写：{capitals(total())}", font, 8.5)
    y -= height + 24
    for k, value in enumerate(["制单：林晓", "审核：何静", "供应商签字（盖章）：", "日期："]):
        draw.text(c, LEFT + 4 + 140 * k, y, value, font, 8.5)
    return y


def _foot(c, font: str, page: int) -> None:
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 24, f"打印时间：{PRINTED_AT}    打印人：林晓", font, 7)
    draw.text(c, RIGHT, 24, f"第{page}页/共{PAGES}页", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购单 {PO}")
    rows = [_cells(n, item) for n, item in enumerate(ITEMS, start=1)]
    chunks = [rows[:FIRST_PAGE], rows[FIRST_PAGE:]]
    for page, chunk in enumerate(chunks, start=1):
        y = HEIGHT - 40 if page > 1 else _head(c, font)
        y = _grid_head(c, font, y)
        for cells in chunk:
            y = _row(c, font, y, cells)
        if page == PAGES:
            y = _totals(c, font, y)
        if y < 40:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, font, page)
        c.showPage()
    c.save()
    return buffer.getvalue()
