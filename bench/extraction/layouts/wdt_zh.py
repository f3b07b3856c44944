"""Unseen layout: a Hangzhou e-commerce trader's 旺店通 ERP 采购单 print, CNY, 2 pages.

杭州旺嘉电子商务有限公司 sells hardware and tools on Tmall and JD and runs its stock in 旺店通 ERP; its buyer
prints the 采购单 from 采购管理 → 采购单管理 with the standard print template and mails the PDF. What the
template prints: the company name and 采购单 centred; unruled `标签：值` head lines three a row (采购单号
CG202612150023, 供应商 us, 采购员; 仓库 the receiving warehouse's name, 预计到货时间, 制单时间 with the time;
物流方式, 联系电话, 收货地址); a ruled grid 序号 | 商家编码 | 货品名称 | 规格名称 | 采购数量 | 单位 | 采购价 |
折扣 | 采购金额 | 备注 with names and specs wrapped inside their cells, the 规格名称 as the shop's SKU
attributes (颜色分类:黑色;尺码:M8×30), 采购价 with 4 decimals, 折扣 a rate (1.00, or 0.95 on the lines the
supplier discounted) and 采购金额 after it, amounts without thousands separators; a fixed 15 rows a page
(the template's 每页行数), page 2 with the title, the number and the column heads again; the 合计 row (the
total quantity and amount) on the last page; 其他费用 (运费) and 采购总金额 under it; 备注; 制单人 / 审核人
with 打印时间; 第1页/共2页.

Truth: the PO number 采购单号; the order date 制单时间's date; the requested delivery date 预计到货时间; the
currency CNY (the print names none: a Chinese company's ERP in 元); the buyer the company over the title;
the supplier 供应商 (us); the ship-to address 收货地址; no payment terms (none printed); the total
采购总金额 (the lines plus the freight); per line the part number 商家编码, the description 货品名称 and
规格名称 joined with a space, the quantity 采购数量, the unit 单位, the unit price 采购价 (before the
discount) and the amount 采购金额 (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._wrapping import wrap_chars
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购单_CG202612150023.pdf"
BUYER = "杭州旺嘉电子商务有限公司"
PO = "CG202612150023"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2026, 12, 28)
ADDRESS = "浙江省杭州市余杭区仁和街道仁河大道28号 旺嘉电商仓2号库"
FREIGHT = Decimal("180.00")
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 36.0, draw.PAGE_WIDTH - 36.0
PER_PAGE = 15
CENT = Decimal("0.01")
# 商家编码, 货品名称, 规格名称, 单位, 采购数量, 采购价, 折扣, 备注
ITEMS = [
    ("WJ-LS-M830B", "12.9级内六角圆柱头螺钉", "颜色分类:黑色;尺码:M8×30", "包", "200", "6.8000", "1.00", ""),
    ("WJ-LS-M840B", "12.9级内六角圆柱头螺钉", "颜色分类:黑色;尺码:M8×40", "包", "160", "7.9000", "1.00", ""),
    (
        "WJ-LS-M1050B",
        "12.9级内六角圆柱头螺钉",
        "颜色分类:黑色;尺码:M10×50",
        "包",
        "100",
        "12.5000",
        "1.00",
        "",
    ),
    ("WJ-LS-M620S", "304不锈钢内六角螺丝", "颜色分类:本色;尺码:M6×20", "包", "300", "5.2000", "0.95", ""),
    ("WJ-LS-M825S", "304不锈钢内六角螺丝", "颜色分类:本色;尺码:M8×25", "包", "240", "8.6000", "0.95", ""),
    ("WJ-DP-M8S", "304不锈钢平垫片加厚", "颜色分类:本色;尺码:M8(100只装)", "包", "400", "3.6000", "1.00", ""),
    (
        "WJ-DP-M10S",
        "304不锈钢平垫片加厚",
        "颜色分类:本色;尺码:M10(100只装)",
        "包",
        "300",
        "4.8000",
        "1.00",
        "",
    ),
    (
        "WJ-ZC-6204",
        "深沟球轴承 双面胶封 静音",
        "型号:6204-2RS;精度等级:P5",
        "个",
        "1000",
        "1.4200",
        "1.00",
        "",
    ),
    (
        "WJ-ZC-6205",
        "深沟球轴承 双面胶封 静音",
        "型号:6205-2RS;精度等级:P5",
        "个",
        "800",
        "1.6800",
        "1.00",
        "",
    ),
    (
        "WJ-ZC-608",
        "微型轴承 滑板车 3D打印机用",
        "型号:608ZZ;包装:10只装",
        "盒",
        "150",
        "9.6000",
        "1.00",
        "独立包装",
    ),
    ("WJ-YF-254007", "骨架油封TC双唇 耐油", "材质:丁腈NBR;尺码:25×40×7", "个", "600", "0.4500", "1.00", ""),
    (
        "WJ-OR-KIT382",
        "O型圈套装 382只 盒装",
        "材质:丁腈NBR;颜色分类:黑色",
        "盒",
        "120",
        "13.5000",
        "0.95",
        "",
    ),
    (
        "WJ-OR-KIT-FKM",
        "O型圈套装 氟橡胶 耐高温",
        "材质:氟橡胶FKM;颜色分类:棕色",
        "盒",
        "60",
        "32.0000",
        "1.00",
        "",
    ),
    (
        "WJ-GJ-NLJ40",
        "内六角扳手套装 球头加长款",
        "颜色分类:黑色;规格:9件套 1.5-10mm",
        "套",
        "200",
        "11.8000",
        "1.00",
        "",
    ),
    ("WJ-GJ-TXD", "T型内六角扳手 带手柄", "颜色分类:红色;规格:8件套", "套", "80", "26.5000", "1.00", ""),
    (
        "WJ-ZD-4200B",
        "自锁式尼龙扎带 黑色 耐候",
        "颜色分类:黑色;尺码:4×200(1000条)",
        "包",
        "100",
        "12.6000",
        "1.00",
        "",
    ),
    (
        "WJ-ZD-5300W",
        "自锁式尼龙扎带 白色",
        "颜色分类:白色;尺码:5×300(500条)",
        "包",
        "80",
        "15.4000",
        "1.00",
        "",
    ),
    ("WJ-KJ-PC802", "气管快插接头 直通 黑色", "型号:PC8-02;包装:10个装", "包", "150", "8.4000", "0.95", ""),
    ("WJ-KJ-PL802", "气管快插接头 直角弯头", "型号:PL8-02;包装:10个装", "包", "150", "9.5000", "0.95", ""),
    (
        "WJ-RH-EP2-400",
        "锂基润滑脂 高温黄油",
        "规格:400g/支;型号:EP2",
        "支",
        "240",
        "7.2000",
        "1.00",
        "整箱发货",
    ),
    (
        "WJ-MS-RL12",
        "热缩管套装 彩色 收纳盒装",
        "颜色分类:混色;规格:580根",
        "盒",
        "100",
        "16.8000",
        "1.00",
        "",
    ),
    ("WJ-LM-M6", "304不锈钢尼龙防松螺母", "颜色分类:本色;尺码:M6(50只装)", "包", "200", "4.6000", "1.00", ""),
    ("WJ-PZ-M8", "膨胀螺丝 镀锌 外膨胀", "颜色分类:彩锌;尺码:M8×80(20套)", "包", "150", "9.8000", "1.00", ""),
    (
        "WJ-XS-850",
        "钢丝绳卡头 U型夹 镀锌",
        "尺码:M8;包装:10个装",
        "包",
        "60",
        "6.2000",
        "1.00",
        "缺货可先发其他",
    ),
]
COLUMNS = [  # heading, width, align
    ("序号", 22, "c"),
    ("商家编码", 70, "l"),
    ("货品名称", 104, "l"),
    ("规格名称", 104, "l"),
    ("采购数量", 40, "r"),
    ("单位", 22, "c"),
    ("采购价", 40, "r"),
    ("折扣", 26, "r"),
    ("采购金额", 50, "r"),
    ("备注", RIGHT - LEFT - 478, "l"),
]
SIZE, LEADING = 7.0, 8.6


def money(value: Decimal | str) -> str:
    """旺店通 prints amounts with two decimals and no thousands separator."""
    return f"{Decimal(value):.2f}"


def line_amount(item: tuple) -> Decimal:
    value = Decimal(item[4]) * Decimal(item[5]) * Decimal(item[6])
    assert value == value.quantize(CENT), item
    return value.quantize(CENT)


def goods() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def total() -> Decimal:
    return goods() + FREIGHT


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=f"{name} {spec}",
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=line_amount(item),
        )
        for n, item in enumerate(ITEMS, start=1)
        for code, name, spec, unit, qty, price, _, _ in [item]
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="CNY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_ZH),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=None,
        total_amount=total(),
        lines=lines,
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _cells(item: tuple) -> dict[int, list[str]]:
    font = draw.cjk_font()
    code, name, spec, unit, qty, price, rate, note = item
    wrapped = {2: name, 3: spec, 9: note}
    cells = {
        col: wrap_chars(text, font, SIZE, COLUMNS[col][1] - 5, strip=True) for col, text in wrapped.items()
    }
    cells |= {1: [code], 4: [qty], 5: [unit], 6: [price], 7: [rate], 8: [money(line_amount(item))]}
    return cells


def _put(c, col: int, base: float, value: str) -> None:
    font, edges, align = draw.cjk_font(), _edges(), COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 2.5, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, edges[col] + 2.5, base, value, font, SIZE)


def _head(c, page: int, pages: int) -> float:
    font = draw.cjk_font()
    y = HEIGHT - 46
    draw.text(c, WIDTH / 2, y, BUYER, font, 13, "center")
    draw.text(c, WIDTH / 2, y - 22, "采 购 单", font, 16, "center")
    draw.text(c, RIGHT, y - 22, f"第{page}页/共{pages}页", font, 7.5, "right")
    y -= 46
    rows = [
        [("采购单号", PO), ("供应商", OUR_NAME_ZH), ("采购员", "陈晓燕")],
        [
            ("仓库", "余杭仁和主仓"),
            ("预计到货时间", DELIVERY.isoformat()),
            ("制单时间", "2026-12-15 09:41:22"),
        ],
        [("物流方式", "德邦物流（到付）"), ("联系电话", "0571-86231547"), ("审核状态", "已审核")],
    ]
    if page > 1:
        rows = rows[:1]
    for row in rows:
        for k, (label, value) in enumerate(row):
            draw.text(c, LEFT + [0, 170, 355][k], y, f"{label}：{value}", font, 8)
        y -= 14
    if page == 1:
        draw.text(c, LEFT, y, f"收货地址：{ADDRESS}", font, 8)
        y -= 14
    return y - 2


def _table(c, top: float, chunk: list[int], last: bool) -> float:
    font, edges = draw.cjk_font(), _edges()
    head = 16.0
    rows = [(index, _cells(ITEMS[index])) for index in chunk]
    heights = [6 + LEADING * max(len(lines) for lines in cells.values()) for _, cells in rows]
    if last:
        heights.append(16.0)
    bottom = top - head - sum(heights)
    c.setLineWidth(0.5)
    c.setFillGray(0.9)
    c.rect(LEFT, top - head, RIGHT - LEFT, head, stroke=0, fill=1)
    c.setFillGray(0)
    y = top
    for height in [head, *heights]:
        c.line(LEFT, y, RIGHT, y)
        y -= height
    c.line(LEFT, bottom, RIGHT, bottom)
    for edge in edges:
        c.line(edge, top, edge, bottom)
    for col, (title, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 11, title, font, 7.5, "center")
    y = top - head
    for (index, cells), height in zip(rows, heights, strict=False):
        base = y - 9
        _put(c, 0, base, str(index + 1))
        for col, lines in cells.items():
            for k, part in enumerate(lines):
                _put(c, col, base - LEADING * k, part)
        y -= height
    if last:
        quantity = sum(int(item[4]) for item in ITEMS)
        draw.text(c, (edges[0] + edges[2]) / 2, y - 11, "合计", font, SIZE, "center")
        _put(c, 4, y - 11, str(quantity))
        _put(c, 8, y - 11, money(goods()))
    return bottom


def _end(c, y: float) -> None:
    font = draw.cjk_font()
    y -= 16
    draw.text(c, LEFT, y, f"其他费用：{money(FREIGHT)}（运费）", font, 8.5)
    draw.text(c, RIGHT, y, f"采购总金额：{money(total())}", font, 9.5, "right")
    y -= 16
    note = "备注：双12备货，请按SKU分箱，外箱标明商家编码及数量；每箱不超过20公斤；随货附送货单。"
    draw.text(c, LEFT, y, note, font, 8)
    y -= 34
    for x, text in ((LEFT, "制单人：陈晓燕"), (LEFT + 170, "审核人：周斌"), (LEFT + 340, "供应商确认：")):
        draw.text(c, x, y, text, font, 8.5)
    draw.text(c, LEFT, y - 16, "打印时间：2026-12-15 09:52:07", font, 7)


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购单 {PO}")
    indexes = list(range(len(ITEMS)))
    chunks = [indexes[k : k + PER_PAGE] for k in range(0, len(indexes), PER_PAGE)]
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
        last = page == len(chunks)
        y = _table(c, _head(c, page, len(chunks)), chunk, last)
        if y < 60:
            raise AssertionError(f"page {page} overflows")
        if last:
            _end(c, y)
        draw.text(c, WIDTH / 2, 30, f"第{page}页/共{len(chunks)}页", draw.cjk_font(), 7, "center")
    c.showPage()
    c.save()
    return buffer.getvalue()
