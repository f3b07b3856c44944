"""Unseen layout: a Hangzhou tool distributor's 采购单 printed from 万里牛 (Hupun ERP), CNY, 1 page.

杭州鼎创五金工具有限公司 sells tools and transmission parts on Tmall and JD and runs its shops, stock and
buying in 万里牛 (Hupun's e-commerce ERP). The buyer prints the 采购单 from the 采购 module with the default
打印模板 (A4 portrait) and Chrome saves it under the page's title, the document type and its number
(采购单_CG202612140018.pdf). What it prints: the company centred over 采购单 with a Code 128 barcode of the
number at the top right; the head unruled, three label：value pairs a row (采购单号 CG202612140018 /
采购日期 2026-12-14 / 预计到货 2026-12-28; 供应商 us / 联系人 / 联系电话; 收货仓库 / 采购员 / 结算方式
月结30天（票到）; 收货地址 across; 单据备注); a ruled table 序号 | 商品编码 (DC-ZC-6202) | 商品名称 (wrapped
at any character) | 规格 | 单位 (个, 套, 根, 盒, 米, 台, 千克) | 数量 (200; 62.5) | 单价 as keyed (0.365;
two to four decimals) | 折扣 the rate paid (95%; 100% on the rest) | 金额 after it (1,234.50) | 备注; the
table's 合计 row (数量 and 金额); 合计金额(大写) beside 合计金额 ¥; 采购须知 1-3; 制单人 / 审核人 /
供应商确认(签章); a foot of 打印时间 and 第1页 共1页; 18 lines.

Truth: the PO number 采购单号; the order date 采购日期; the requested delivery date 预计到货; the currency
CNY; the buyer the company; the supplier 供应商 (us); the ship-to address 收货地址; the payment terms
结算方式; the total 合计金额; per line the part number 商品编码, the description 商品名称 and 规格 joined with
a space, the unit, the quantity, the unit price 单价 (before the 折扣) and the amount 金额 (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购单_CG202612140018.pdf"
BUYER = "杭州鼎创五金工具有限公司"
PO = "CG202612140018"
ORDER_DATE = dt.date(2026, 12, 14)
DELIVERY = dt.date(2026, 12, 28)
ADDRESS = "浙江省杭州市余杭区仁和街道禹航路1288号 鼎创电商仓3号库"
TERMS = "月结30天（票到）"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 30.0, A4[0] - 30.0
# 商品编码, 商品名称, 规格, 单位, 数量, 单价, 折扣 (per cent off; printed as the rate paid), 备注
ITEMS = [
    ("DC-ZC-6202", "深沟球轴承", "6202-2RS 15×35×11", "个", "2000", "1.35", "", ""),
    ("DC-ZC-6204", "深沟球轴承", "6204-2RS 20×47×14", "个", "1500", "2.10", "", ""),
    ("DC-ZC-608Z", "微型轴承", "608ZZ 8×22×7", "个", "5000", "0.365", "5", "天猫店爆款"),
    ("DC-DG-1520", "直线导轨滑块（法兰型加宽）", "HGW15CC 含油封", "个", "300", "38.60", "", ""),
    ("DC-DG-1522", "直线导轨", "HGR15 L=1000mm", "根", "150", "56.80", "5", "切割定长"),
    ("DC-SG-1605", "滚珠丝杠副（含螺母座及端部加工）", "SFU1605 L=500 C7", "套", "80", "126.00", "", ""),
    ("DC-LZ-0508", "梅花联轴器", "D25 L30 5×8", "个", "600", "6.85", "", ""),
    ("DC-LZ-0810", "膜片联轴器", "D34 L45 8×10", "个", "200", "24.50", "", ""),
    ("DC-TB-2040", "同步带轮", "2GT 40齿 孔8 宽6", "个", "400", "7.20", "", ""),
    ("DC-TB-0600", "同步带（开口）", "2GT 宽6mm", "米", "500", "1.48", "", "按米计"),
    ("DC-GZ-0810", "镀铬光轴", "Φ8 g6 L=400", "根", "600", "5.95", "", ""),
    ("DC-LS-0312", "内六角圆柱头螺丝套装", "M3-M6 12.9级 发黑 520件/盒", "盒", "240", "18.90", "5", ""),
    ("DC-LS-0425", "不锈钢沉头螺丝", "M4×25 304 DIN7991", "盒", "120", "12.40", "", "1000只/盒"),
    ("DC-BJ-4245", "两相步进电机", "42BYGH 1.8° 0.45N·m 带1m线", "台", "160", "42.50", "", ""),
    ("DC-BJ-DM42", "步进电机驱动器", "DM542 4.2A 24-48VDC", "台", "160", "68.00", "", ""),
    ("DC-GP-2040", "铝型材", "2040 欧标 黑色阳极氧化", "米", "62.5", "13.60", "", "6米/根发货"),
    ("DC-DP-0300", "紫铜平垫片（散装）", "M3-M8 混装", "千克", "118.4", "9.75", "", "按实际过磅"),
    ("DC-JT-0180", "角码连接件", "2020欧标 含螺丝螺母", "套", "1000", "0.86", "", ""),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=6)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 24, "c"),
        Column(("商品编码",), 60, "l"),
        Column(("商品名称",), 76, "l"),
        Column(("规格",), 0, "l"),
        Column(("单位",), 26, "c"),
        Column(("数量",), 38, "r"),
        Column(("单价",), 40, "r"),
        Column(("折扣",), 32, "r"),
        Column(("金额",), 56, "r"),
        Column(("备注",), 56, "l"),
    ],
    size=7.5,
    line_h=10.5,
)


def money(value: Decimal | str) -> str:
    """金额 as the print template formats it: two decimals, thousands with a comma."""
    return f"{Decimal(value):,.2f}"


def rate(discount: str) -> str:
    """折扣 printed as the rate paid: 5 off -> 95%, none -> 100%."""
    return f"{100 - Decimal(discount or '0')}%"


def total() -> Decimal:
    return FIELDS.total(ITEMS)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _head(c: Canvas, font: str) -> float:
    top = HEIGHT - 44
    draw.text(c, WIDTH / 2, top, BUYER, font, 13, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购单", font, 17, "center")
    barcode = code128.Code128(PO, barWidth=0.75, barHeight=22, humanReadable=False)
    barcode.drawOn(c, RIGHT - barcode.width, top - 20)
    rows = [
        [("采购单号", PO), ("采购日期", ORDER_DATE.isoformat()), ("预计到货", DELIVERY.isoformat())],
        [("供应商", OUR_NAME_ZH), ("联系人", "陈丽"), ("联系电话", "0512-66184418")],
        [("收货仓库", "杭州总仓"), ("采购员", "周敏"), ("结算方式", TERMS)],
        [("收货地址", ADDRESS)],
        [("单据备注", "年货节备货，请务必按预计到货日期送达，逾期请提前告知。")],
    ]
    third = (RIGHT - LEFT) / 3
    y = top - 46
    for row in rows:
        for k, (label, value) in enumerate(row):
            draw.text(c, LEFT + third * k, y, f"{label}：{value}", font, 8.5)
        y -= 14
    return y - 2


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, qty, price, discount, note = item
    cells = [
        [f"{n}"],
        [code],
        wrap_chars(name, font, GRID.size, GRID.width(2)),
        wrap_chars(spec, font, GRID.size, GRID.width(3)),
        [unit],
        [qty],
        [price],
        [rate(discount)],
        [money(FIELDS.amount(item))],
        wrap_chars(note, font, GRID.size, GRID.width(9)),
    ]
    return GRID.row(c, y, cells, font)


def _end(c: Canvas, y: float, font: str) -> float:
    quantity = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = [["合计"], [""], [""], [""], [""], [f"{quantity}"], [""], [""], [money(total())], [""]]
    y = GRID.row(c, y, cells, font)
    c.rect(LEFT, y - 16, RIGHT - LEFT, 16)
    draw.text(c, LEFT + 4, y - 11, f"合计金额(大写)：{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT - 4, y - 11, f"合计金额：¥{money(total())}", font, 8.5, "right")
    y -= 32
    draw.text(c, LEFT, y, "采购须知：", font, 8)
    notes = [
        "1. 送货单须注明采购单号及商品编码，每箱外贴箱唛（商品编码、数量）；",
        "2. 来货按AQL 1.5抽检，不合格品退回，由供应商承担往返运费；",
        "3. 发票请开具13%增值税专用发票，随货或月底前寄达财务部。",
    ]
    for k, note in enumerate(notes):
        draw.text(c, LEFT + 10, y - 12 - 11 * k, note, font, 8)
    y -= 12 + 11 * len(notes) + 24
    signs = [("制单人：", "周敏"), ("审核人：", "沈建华"), ("供应商确认(签章)：", "")]
    third = (RIGHT - LEFT) / 3
    for k, (label, name) in enumerate(signs):
        draw.text(c, LEFT + third * k, y, f"{label}{name}", font, 8.5)
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购单_{PO}")
    c.setCreator("Chrome")
    c.setProducer("Skia/PDF m131")
    y = GRID.head(c, _head(c, font), font, grey=0.9)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _end(c, y, font) < 50:
        raise AssertionError("the order runs into its foot")
    draw.text(c, LEFT, 28, "打印时间：2026-12-14 15:08:22", font, 7.5)
    draw.text(c, RIGHT, 28, "第1页 共1页", font, 7.5, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
