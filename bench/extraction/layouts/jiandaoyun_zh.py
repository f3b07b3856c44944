"""Unseen layout: a Wuxi environmental-equipment maker's 采购订单 kept as a 简道云 form, printed to PDF, CNY.

无锡锦潮环保设备有限公司 has no ERP for purchasing: its buyers fill in a 采购订单 form built in 简道云
(Jiandaoyun, FanRuan's no-code form platform) and print the submitted record with the form's default
print layout ("打印" on the data detail, A4 portrait, saved as PDF), two pages. What it prints: the form's
name 采购订单 centred with the app's name (采购管理) over it and a QR code of the record's link top right;
the main form's fields as a ruled grid of shaded label cells beside value cells, two pairs a row, in the
form's field order: 采购单号 (a 流水号 field: CG-20261223-0015) | 下单日期 (a 日期时间 field shown
yyyy-MM-dd: 2026-12-23), 采购员 (a 成员 field) | 所属部门, 供应商 (a 关联数据 field showing the supplier's
name, us) | 供应商联系人, 联系电话 | 要求到货日期 2027-01-20, 付款方式 (下拉框: 月结60天) | 币种 人民币, then
收货地址 (an 地址 field: 省 市 区 and the street in one value) and 收货人 across the width, 备注 (多行文本)
across; the 子表单 采购明细 under its own caption row as a ruled table 序号 | 物料编码 (JC-3105-018) |
物料名称 | 规格型号 (both wrapped by character inside their cells) | 单位 | 采购数量 (as typed: 5000; 86.5)
| 含税单价 (a number field with four decimals: 1.2500) | 金额 (a formula field with two decimals and
thousands separators: 6,250.00) | 交货日期 per line (2027-01-20, three lines 2027-02-05) | 备注 (packing
notes); 22 lines, 13 on page 1; page 2 repeats the sub-table's head (a browser repeats a table's head on
each printed page); then 合计金额 (a number field: 174,478.95) and 金额大写 (the same number shown as
capitals), the 流程日志 (节点 / 处理人 / 处理时间 / 处理结果 / 处理意见) and the 提交人 / 提交时间 / 更新时间
system fields; each page's foot prints 打印人, 打印时间 and 第 n 页 / 共 2 页.

Truth: the PO number 采购单号; the order date 下单日期; the requested delivery date 要求到货日期 (the
lines' 交货日期 are that date or later); the currency CNY (币种 人民币); the buyer the company in the title
block; the supplier 供应商 (us, by our Chinese name); the ship-to address 收货地址 (省市区 and the street,
as printed); the payment terms 付款方式; the total 合计金额 (the lines' 金额, prices with tax); per line the
part number 物料编码, the description 物料名称 and 规格型号 joined with a space (a name wrapped inside its
cell is one name), the unit 单位, the quantity 采购数量, the unit price 含税单价 and the amount 金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单_CG-20261223-0015.pdf"
BUYER = "无锡锦潮环保设备有限公司"
PO = "CG-20261223-0015"
ORDER_DATE = dt.date(2026, 12, 23)
DELIVERY = dt.date(2027, 1, 20)
LATER = dt.date(2027, 2, 5)
ADDRESS = "江苏省无锡市新吴区新华路58号"
TERMS = "月结60天"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
SIZE, LINE_H = 7.5, 10.0
# 物料编码, 物料名称, 规格型号, 单位, 采购数量, 含税单价, 交货日期, 备注
ITEMS = [
    ("JC-3105-018", "不锈钢深沟球轴承", "S6204-2RS 304材质", "套", "400", "18.6000", DELIVERY, ""),
    ("JC-3105-022", "带座轴承（立式铸铁座）", "UCP208", "套", "120", "46.5000", DELIVERY, ""),
    ("JC-3210-004", "机械密封", "MG1-35 碳化硅对碳化硅氟橡胶", "套", "80", "168.0000", DELIVERY, "单独包装"),
    ("JC-3210-011", "骨架油封", "TC 45×65×10 氟胶", "个", "600", "3.8500", DELIVERY, ""),
    ("JC-3302-007", "不锈钢六角头螺栓", "M12×50 A2-70 全牙", "个", "5000", "1.2500", DELIVERY, ""),
    ("JC-3302-015", "不锈钢法兰面螺母", "M12 A2-70", "个", "5000", "0.6800", DELIVERY, ""),
    ("JC-3302-031", "不锈钢平垫圈", "Φ12 GB/T 97.1 A2", "个", "10000", "0.0950", DELIVERY, "500个/袋"),
    ("JC-3408-002", "曝气管", "Φ63×1000mm EPDM膜含不锈钢卡箍", "根", "300", "86.0000", LATER, ""),
    ("JC-3408-010", "盘式微孔曝气器", "Φ215 ABS底盘 EPDM膜片", "个", "800", "21.4000", LATER, ""),
    ("JC-3510-006", "PVC-U给水管", "DN50 PN1.0MPa 4米/根", "根", "150", "38.2000", DELIVERY, ""),
    ("JC-3510-012", "PVC-U承插弯头", "DN50 90°", "个", "400", "4.3000", DELIVERY, ""),
    ("JC-3612-003", "不锈钢球阀", "Q11F-16P DN25 内螺纹", "个", "120", "52.0000", DELIVERY, ""),
    ("JC-3612-009", "UPVC手动蝶阀", "D71X-10S DN100 对夹式", "个", "60", "128.0000", DELIVERY, ""),
    ("JC-3715-001", "液体流量计", "LZS-50 量程 3-25m³/h", "台", "20", "315.0000", LATER, "附检测报告"),
    ("JC-3801-020", "不锈钢丝网", "304材质 20目 幅宽1米", "米", "86.5", "42.3000", DELIVERY, ""),
    ("JC-3802-005", "聚丙烯滤布", "750A 单丝 幅宽2.2米", "米", "300", "17.6000", DELIVERY, ""),
    ("JC-3903-014", "橡胶软接头", "KXT-16 DN80", "个", "90", "96.0000", DELIVERY, ""),
    ("JC-4001-002", "不锈钢管卡", "U型 DN50 M8 A2", "套", "1200", "2.9500", DELIVERY, ""),
    ("JC-4102-008", "液位浮球开关", "UQK-61 电缆长5米", "个", "150", "36.8000", DELIVERY, ""),
    ("JC-4205-001", "304不锈钢板", "2.0mm×1220×2440 2B面", "张", "40", "612.0000", DELIVERY, ""),
    ("JC-4301-016", "聚四氟乙烯生料带", "20mm×0.1mm×20m", "卷", "2000", "0.8500", DELIVERY, ""),
    ("JC-4402-003", "环氧富锌底漆", "双组分 20kg/组", "组", "25", "468.0000", DELIVERY, "随货附MSDS"),
]
COLS = [  # title, width, align
    ("序号", 22, "c"),
    ("物料编码", 56, "l"),
    ("物料名称", 78, "l"),
    ("规格型号", 88, "l"),
    ("单位", 24, "c"),
    ("采购数量", 40, "r"),
    ("含税单价", 44, "r"),
    ("金额", 56, "r"),
    ("交货日期", 50, "c"),
    ("备注", 0, "l"),
]
COLS[-1] = ("备注", RIGHT - LEFT - sum(width for _, width, _ in COLS), "l")
EDGES = [LEFT]
for _, _width, _ in COLS:
    EDGES.append(EDGES[-1] + _width)
PAGE_ONE = 13  # lines on page 1
BOTTOM = 56.0


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def line_total(item: tuple) -> Decimal:
    return amount(item[4], item[5])


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


def _qr(c: Canvas, x: float, y: float, size: float = 54.0) -> None:
    """A QR code of the record's link (modules drawn from a fixed pattern; no text)."""
    cells = 21
    step = size / cells
    c.setFillColorRGB(0, 0, 0)
    for row in range(cells):
        for col in range(cells):
            corners = ((0, 0), (0, cells - 7), (cells - 7, 0))
            finder = any(r0 <= row < r0 + 7 and c0 <= col < c0 + 7 for r0, c0 in corners)
            if finder:
                r, k = row % (cells - 7) if row >= 7 else row, col % (cells - 7) if col >= 7 else col
                on = r in (0, 6) or k in (0, 6) or (2 <= r <= 4 and 2 <= k <= 4)
            else:
                on = (row * 7 + col * 13 + row * col) % 5 < 2
            if on:
                c.rect(x + col * step, y - (row + 1) * step, step, step, stroke=0, fill=1)


def _cell(c: Canvas, x0: float, x1: float, top: float, height: float, shaded: bool = False) -> None:
    if shaded:
        c.setFillColorRGB(0.94, 0.95, 0.97)
        c.rect(x0, top - height, x1 - x0, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.rect(x0, top - height, x1 - x0, height)
    c.setStrokeColorRGB(0, 0, 0)


def _fields(c: Canvas, font: str, top: float) -> float:
    label_w = 70.0
    half = (RIGHT - LEFT) / 2
    pairs = [
        (("采购单号", PO), ("下单日期", ORDER_DATE.isoformat())),
        (("采购员", "顾晓雯"), ("所属部门", "采购部")),
        (("供应商", OUR_NAME_ZH), ("供应商联系人", "王磊")),
        (("联系电话", "0512-6658 3120"), ("要求到货日期", DELIVERY.isoformat())),
        (("付款方式", TERMS), ("币种", "人民币")),
    ]
    height = 18.0
    for row in pairs:
        for k, (label, value) in enumerate(row):
            x0 = LEFT + k * half
            _cell(c, x0, x0 + label_w, top, height, shaded=True)
            _cell(c, x0 + label_w, x0 + half, top, height)
            draw.text(c, x0 + 5, top - 12, label, font, 8)
            draw.text(c, x0 + label_w + 5, top - 12, value, font, 8)
        top -= height
    wide = [
        ("收货地址", ADDRESS),
        ("收货人", "周建华 139 1520 6618（二号厂房仓库）"),
        ("备注", "请随货提供送货单（注明采购单号及物料编码）；开具13%增值税专用发票。"),
    ]
    for label, value in wide:
        _cell(c, LEFT, LEFT + label_w, top, height, shaded=True)
        _cell(c, LEFT + label_w, RIGHT, top, height)
        draw.text(c, LEFT + 5, top - 12, label, font, 8)
        draw.text(c, LEFT + label_w + 5, top - 12, value, font, 8)
        top -= height
    return top - 10


def _head(c: Canvas, font: str) -> float:
    top = HEIGHT - 40
    draw.text(c, WIDTH / 2, top, "采购管理", font, 8, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购订单", font, 15, "center")
    draw.text(c, LEFT, top - 22, BUYER, font, 9)
    _qr(c, RIGHT - 54, top + 8)
    return _fields(c, font, top - 52)


def _row(c: Canvas, y: float, cells: list[list[str]], font: str, height: float, shaded: bool = False) -> None:
    if shaded:
        c.setFillColorRGB(0.94, 0.95, 0.97)
        c.rect(LEFT, y - height, RIGHT - LEFT, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for edge in EDGES[1:-1]:
        c.line(edge, y, edge, y - height)
    c.setStrokeColorRGB(0, 0, 0)
    for k, parts in enumerate(cells):
        align = COLS[k][2]
        for n, part in enumerate(parts):
            base = y - 10 - LINE_H * n
            if align == "r":
                draw.text(c, EDGES[k + 1] - 3, base, part, font, SIZE, "right")
            elif align == "c":
                draw.text(c, (EDGES[k] + EDGES[k + 1]) / 2, base, part, font, SIZE, "center")
            else:
                draw.text(c, EDGES[k] + 3, base, part, font, SIZE)


def _table_head(c: Canvas, font: str, y: float) -> float:
    _row(c, y, [[title] for title, _, _ in COLS], font, 15, shaded=True)
    return y - 15


def _item(c: Canvas, font: str, y: float, n: int, item: tuple) -> float:
    code, name, spec, unit, qty, cost, when, note = item

    def wrap(value: str, k: int) -> list[str]:
        return wrap_chars(value, font, SIZE, COLS[k][1] - 6, strip=True) if value else []

    cells = [
        [str(n)],
        [code],
        wrap(name, 2),
        wrap(spec, 3),
        [unit],
        [qty],
        [cost],
        [money(line_total(item))],
        [when.isoformat()],
        wrap(note, 9),
    ]
    height = 5 + LINE_H * max(len(cell) for cell in cells)
    _row(c, y, cells, font, height)
    return y - height


def _foot(c: Canvas, font: str, page: int) -> None:
    c.setFillColorRGB(0.4, 0.4, 0.4)
    draw.text(c, LEFT, 30, "打印人：顾晓雯    打印时间：2026-12-23 10:26", font, 7)
    draw.text(c, RIGHT, 30, f"第 {page} 页 / 共 2 页", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def _end(c: Canvas, font: str, y: float) -> float:
    label_w = 70.0
    height = 18.0
    for label, value in (("合计金额", money(total())), ("金额大写", capitals(total()))):
        _cell(c, LEFT, LEFT + label_w, y, height, shaded=True)
        _cell(c, LEFT + label_w, RIGHT, y, height)
        draw.text(c, LEFT + 5, y - 12, label, font, 8)
        draw.text(c, LEFT + label_w + 5, y - 12, value, font, 8)
        y -= height
    y -= 16
    draw.text(c, LEFT, y, "流程日志", font, 9)
    y -= 6
    log_cols = [("节点", 80), ("处理人", 70), ("处理时间", 100), ("处理结果", 60)]
    log_cols.append(("处理意见", RIGHT - LEFT - 310))
    log = [
        ("发起", "顾晓雯", "2026-12-23 09:12:40", "提交", ""),
        ("部门主管审批", "陈立新", "2026-12-23 09:40:05", "同意", "价格与上次一致"),
        ("总经理审批", "钱国平", "2026-12-23 10:18:22", "同意", "按期交货"),
    ]
    rows = [[title for title, _ in log_cols], *[list(entry) for entry in log]]
    for r, row in enumerate(rows):
        x = LEFT
        for k, (_, width) in enumerate(log_cols):
            _cell(c, x, x + width, y, 16, shaded=r == 0)
            draw.text(c, x + 4, y - 11, row[k], font, 7.5)
            x += width
        y -= 16
    y -= 14
    draw.text(c, LEFT, y, "提交人：顾晓雯", font, 7.5)
    draw.text(c, LEFT + 150, y, "提交时间：2026-12-23 09:12:40", font, 7.5)
    draw.text(c, LEFT + 330, y, "更新时间：2026-12-23 10:18:22", font, 7.5)
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle("采购订单 - 简道云")
    c.setAuthor(BUYER)
    c.setCreator("简道云")
    y = _head(c, font)
    draw.text(c, LEFT, y, "采购明细", font, 9)
    y = _table_head(c, font, y - 6)
    for n, item in enumerate(ITEMS[:PAGE_ONE], start=1):
        y = _item(c, font, y, n, item)
    if y < BOTTOM:
        raise AssertionError(f"page 1 runs into its foot ({y:.0f})")
    _foot(c, font, 1)
    c.showPage()
    y = _table_head(c, font, HEIGHT - 40)
    for n, item in enumerate(ITEMS[PAGE_ONE:], start=PAGE_ONE + 1):
        y = _item(c, font, y, n, item)
    y = _end(c, font, y - 14)
    if y < BOTTOM:
        raise AssertionError(f"page 2 runs into its foot ({y:.0f})")
    _foot(c, font, 2)
    c.showPage()
    c.save()
    return buffer.getvalue()
