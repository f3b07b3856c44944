"""Unseen layout: a Shenzhen Amazon seller's 采购单 printed from 领星ERP (LingXing), CNY, 2 landscape pages.

深圳市极印三维科技有限公司 sells 3D-printer parts and upgrade kits on Amazon (US and EU marketplaces, FBA) and
runs its stock, FBA shipments and purchasing in 领星ERP, the cross-border e-commerce ERP most Shenzhen Amazon
sellers use; it buys linear bearings, lead screws, pulleys and the like from factories such as us. The buyer
opens the 采购单 in 领星's 采购管理, prints it with the company's 打印模板 (A4 landscape: the template shows
each product's picture) and the browser saves the download under the document and its number
(采购单_PO261219006.pdf). What it prints: the company and 采购单 centred, a Code 128 barcode of the 采购单号
top right with the number under it; a ruled head of shaded label cells beside value cells, four pairs a row
(采购单号 PO261219006 / 采购日期 2026-12-19 / 采购员 / 单据状态 待到货; 供应商 (us) / 供应商联系人 / 联系电话
/ 采购主体 the company; 结算方式 月结30天（对账后开票付款） / 支付方式 银行转账 / 结算币种 人民币(CNY) /
预计到货日期 2027-01-08; 收货仓库 / 收货人), 收货地址 and 采购备注 across; the lines in a ruled grid whose
rows are as tall as the product's picture, the text centred in them: 序号 | 图片 | SKU (the seller's,
JY-LB-LM8UU) | 品名 | 规格 (wrapped by character in its cell, once inside a number: XH2.5 | 4端子) | FNSKU
(Amazon's label code, X004H7Q2KD, or — for stock not sent to FBA: another code) | 单位 (个, 套, 台, 卷, 根,
包, 盒, 米) | 采购量 as keyed (2000; 1250.5) | 含税单价 in four decimals (1.0500; 0.3650) | 税率 13% |
价税合计 with thousands | 备注; the head repeated on page 2, which opens with a short line (采购单号 and
采购单（续）); 20 lines, 11 on page 1; the 合计 row (采购量 and 价税合计), 运费 / 其他费用 0.00 and 应付总额
¥…, 金额大写; 备注 1-4; 制单人 / 审核人 / 审核时间 / 供应商确认（签字盖章）; a foot of 打印人 / 打印时间 and
第n页/共2页.

Truth: the PO number 采购单号; the order date 采购日期; the requested delivery date 预计到货日期; the currency
CNY; the buyer the 采购主体 (the company); the supplier 供应商 (us); the ship-to address 收货地址; the payment
terms 结算方式; the total 应付总额 (the 价税合计 summed: no freight); per line the part number SKU (not the
FNSKU), the description 品名 and 规格 joined with a space, the unit, the quantity 采购量, the unit price
含税单价 and the amount 价税合计.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from PIL import Image, ImageDraw
from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购单_PO261219006.pdf"
BUYER = "深圳市极印三维科技有限公司"
PO = "PO261219006"
ORDER_DATE = dt.date(2026, 12, 19)
DELIVERY = dt.date(2027, 1, 8)
ADDRESS = "广东省深圳市宝安区福海街道展城社区福园一路12号极印三维仓库3楼"
TERMS = "月结30天（对账后开票付款）"
PAGE = landscape(A4)
WIDTH, HEIGHT = PAGE
LEFT, RIGHT = 28.0, PAGE[0] - 28.0
ROW_H = 32.0  # a line's row: as tall as its picture
FOOT = 46.0
PAGES = 2
# SKU, 品名, 规格, FNSKU, 单位, 采购量, 含税单价, 备注, the picture
ITEMS = [
    (
        "JY-LB-LM8UU",
        "直线轴承",
        "LM8UU 8×15×24mm 轴承钢 双密封",
        "X004H7Q2KD",
        "个",
        "2000",
        "1.05",
        "",
        "sleeve",
    ),
    ("JY-LB-LM10UU", "直线轴承", "LM10UU 10×19×29mm 轴承钢", "X004H7Q3AB", "个", "800", "1.68", "", "sleeve"),
    (
        "JY-LS-T8L400",
        "梯形丝杆",
        "T8 导程8mm 长400mm 含黄铜螺母 直线度≤0.05mm",
        "X004H8B1RT",
        "套",
        "600",
        "9.80",
        "单独气泡袋",
        "screw",
    ),
    ("JY-CP-0508", "梅花联轴器", "5×8mm 铝合金 D20 L25", "—", "个", "1500", "2.35", "", "coupling"),
    (
        "JY-MT-42S40",
        "42步进电机",
        "17HS4401 1.7A 机身40mm 1.8° 带1米线",
        "X004J0M8QZ",
        "台",
        "300",
        "28.50",
        "附出厂测试报告",
        "motor",
    ),
    (
        "JY-BT-GT2-6",
        "同步带",
        "GT2 宽6mm 玻纤芯 橡胶 (10米/卷)",
        "X004J1C5WE",
        "卷",
        "200",
        "12.60",
        "",
        "belt",
    ),
    ("JY-PL-GT2-20T", "同步轮", "GT2 20齿 孔径5mm 带宽6mm 铝合金", "—", "个", "3000", "0.86", "", "pulley"),
    ("JY-ID-GT2-20T", "惰轮", "GT2 20齿 孔径5mm 无齿 带轴承", "—", "个", "2000", "0.92", "", "pulley"),
    (
        "JY-BR-608ZZ",
        "深沟球轴承",
        "608ZZ 8×22×7mm ABEC-7",
        "X004K2D7UV",
        "个",
        "5000",
        "0.365",
        "",
        "bearing",
    ),
    ("JY-BR-625ZZ", "深沟球轴承", "625ZZ 5×16×5mm", "—", "个", "3000", "0.42", "", "bearing"),
    (
        "JY-AL-2020-500",
        "铝型材",
        "2020欧标 黑色阳极氧化 长500mm 切口去毛刺",
        "—",
        "根",
        "400",
        "6.80",
        "两端攻M5牙",
        "profile",
    ),
    (
        "JY-TN-M5-100",
        "T型螺母",
        "M5 2020欧标用 碳钢镀镍 (100个/包)",
        "X004K9F3LM",
        "包",
        "150",
        "8.50",
        "",
        "nut",
    ),
    (
        "JY-SC-M3X10",
        "内六角螺丝",
        "M3×10 12.9级 发黑 DIN912 (1000个/包)",
        "—",
        "包",
        "80",
        "18.60",
        "",
        "nut",
    ),
    (
        "JY-SW-KW12",
        "限位开关",
        "KW12-3 带滚轮杆 3A 250V 含端子线",
        "X004L1A6NP",
        "个",
        "1000",
        "0.78",
        "",
        "switch",
    ),
    ("JY-HB-MK8", "加热块", "MK8 铝 20×20×10mm 配硅胶套", "—", "个", "1200", "1.25", "", "block"),
    ("JY-NZ-MK8-04", "喷嘴", "MK8 黄铜 0.4mm M6 (10个/盒)", "X004L2H8CX", "盒", "500", "3.20", "", "nozzle"),
    (
        "JY-PT-2X4",
        "铁氟龙管",
        "PTFE 内径2mm 外径4mm 半透明",
        "—",
        "米",
        "1250.5",
        "0.96",
        "按实际米数",
        "tube",
    ),
    (
        "JY-FN-4010-24",
        "散热风扇",
        "4010 24V 双滚珠 0.1A 带30cm线 XH2.54端子",
        "X004M0T4GS",
        "个",
        "1500",
        "2.15",
        "",
        "fan",
    ),
    ("JY-SF-8X300", "光轴", "Φ8×300mm 镀硬铬 公差h6", "—", "根", "1000", "3.45", "", "rod"),
    ("JY-SP-0820-Y", "调平弹簧", "外径8mm 长20mm 黄色 (100个/包)", "—", "包", "300", "4.60", "", "spring"),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=4, quantity=5, price=6, discount=None)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 24, "c"),
        Column(("图片",), 42, "c"),
        Column(("SKU",), 90, "l"),
        Column(("品名",), 70, "l"),
        Column(("规格",), 0, "l"),
        Column(("FNSKU",), 66, "c"),
        Column(("单位",), 30, "c"),
        Column(("采购量",), 52, "r"),
        Column(("含税单价",), 56, "r"),
        Column(("税率",), 30, "c"),
        Column(("价税合计",), 66, "r"),
        Column(("备注",), 120, "l"),
    ],
    size=7.5,
    line_h=10,
)


def money(value: Decimal | str) -> str:
    """The template's money: thousands and two decimals (2,100.00)."""
    return f"{Decimal(value):,.2f}"


def price(value: str) -> str:
    """含税单价 in the four decimals 领星 keeps a price in (1.0500)."""
    return f"{Decimal(value):.4f}"


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


def _picture(kind: str) -> ImageReader:
    """The product's main picture from the 商品 record, 60 px square on white, as the template scales it."""
    image = Image.new("RGB", (60, 60), (255, 255, 255))
    pen = ImageDraw.Draw(image)
    steel, dark, black = (176, 180, 186), (92, 96, 104), (40, 40, 44)
    if kind == "sleeve":
        pen.rectangle((10, 16, 50, 44), fill=steel, outline=dark)
        pen.ellipse((20, 22, 40, 38), fill=(255, 255, 255), outline=dark)
    elif kind in ("bearing", "pulley"):
        pen.ellipse((6, 6, 54, 54), fill=steel if kind == "bearing" else (200, 60, 60), outline=dark)
        pen.ellipse((18, 18, 42, 42), fill=black)
        pen.ellipse((25, 25, 35, 35), fill=(255, 255, 255))
    elif kind in ("screw", "rod", "profile", "tube"):
        colour = {"screw": steel, "rod": (210, 212, 216), "profile": black, "tube": (236, 236, 230)}[kind]
        pen.rectangle((4, 24, 56, 36), fill=colour, outline=dark)
        if kind == "screw":
            for x in range(8, 56, 6):
                pen.line((x, 24, x + 4, 36), fill=dark)
    elif kind == "motor":
        pen.rectangle((10, 10, 50, 50), fill=black, outline=dark)
        pen.ellipse((24, 24, 36, 36), fill=steel)
    elif kind == "fan":
        pen.rectangle((8, 8, 52, 52), fill=black)
        pen.ellipse((12, 12, 48, 48), fill=(70, 70, 74))
        pen.ellipse((26, 26, 34, 34), fill=black)
    elif kind == "belt":
        pen.ellipse((6, 6, 54, 54), outline=black, width=7)
    elif kind == "spring":
        for y in range(10, 50, 6):
            pen.line((18, y, 42, y + 4), fill=(230, 190, 30), width=3)
    else:  # coupling, nut, switch, block, nozzle: a small block of metal
        fill = (214, 170, 60) if kind == "nozzle" else steel
        pen.rectangle((14, 14, 46, 46), fill=fill, outline=dark)
        pen.ellipse((24, 24, 36, 36), fill=dark)
    return ImageReader(image)


def _barcode(c: Canvas, font: str, top: float) -> None:
    bars = code128.Code128(PO, barHeight=24, barWidth=0.8, quiet=False)
    bars.drawOn(c, RIGHT - bars.width, top - 14)
    draw.text(c, RIGHT - bars.width / 2, top - 23, PO, font, 7.5, "center")


def _head(c: Canvas, font: str) -> float:
    top = HEIGHT - 40
    draw.text(c, WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购单", font, 16, "center")
    _barcode(c, font, top + 6)
    rows = [
        [
            ("采购单号", PO),
            ("采购日期", ORDER_DATE.isoformat()),
            ("采购员", "陈晓婷"),
            ("单据状态", "待到货"),
        ],
        [
            ("供应商", OUR_NAME_ZH),
            ("供应商联系人", "陈经理"),
            ("联系电话", "0512-66184418"),
            ("采购主体", BUYER),
        ],
        [
            ("结算方式", TERMS),
            ("支付方式", "银行转账"),
            ("结算币种", "人民币(CNY)"),
            ("预计到货日期", DELIVERY.isoformat()),
        ],
        [("收货仓库", "深圳宝安本地仓"), ("收货人", "黄志明 13823184182")],
        [("收货地址", ADDRESS)],
        [("采购备注", "FBA产品按FNSKU贴标（标签由我司提供），单个OPP袋包装，外箱贴箱唛，每箱不超过20kg")],
    ]
    label_w, quarter = 58.0, (RIGHT - LEFT) / 4
    y = top - 36
    c.setLineWidth(0.5)
    for row in rows:
        span = quarter if len(row) == 4 else (RIGHT - LEFT) / len(row)
        for k, (label, value) in enumerate(row):
            x = LEFT + span * k
            c.setFillColorRGB(0.93, 0.94, 0.96)
            c.rect(x, y - 16, label_w, 16, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x, y - 16, label_w, 16)
            c.rect(x + label_w, y - 16, span - label_w, 16)
            draw.text(c, x + 4, y - 11, label, font, 7.5)
            draw.text(c, x + label_w + 4, y - 11, value, font, 7.5)
        y -= 16
    return y - 10


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    sku, name, spec, fnsku, unit, qty, unit_price, note, kind = item
    cells = [
        [f"{n}"],
        [""],
        [sku],
        wrap_chars(name, font, GRID.size, GRID.width(3)),
        wrap_chars(spec, font, GRID.size, GRID.width(4)),
        [fnsku],
        [unit],
        [qty],
        [price(unit_price)],
        ["13%"],
        [money(FIELDS.amount(item))],
        wrap_chars(note, font, GRID.size, GRID.width(11)),
    ]
    GRID.rules(c, y, y - ROW_H)
    for k, parts in enumerate(cells):
        first = y - (ROW_H - GRID.line_h * len(parts)) / 2 - GRID.line_h + 2.5
        for m, part in enumerate(parts):
            GRID.put(c, k, first - GRID.line_h * m, part, font)
    centre = (GRID.edges[1] + GRID.edges[2]) / 2
    c.drawImage(_picture(kind), centre - 13, y - ROW_H + 3, 26, 26)
    return y - ROW_H


def _after(c: Canvas, y: float, font: str) -> float:
    quantity = sum((Decimal(item[5]) for item in ITEMS), Decimal(0))
    cells = [
        ["合计"],
        [""],
        [""],
        [""],
        [""],
        [""],
        [""],
        [f"{quantity}"],
        [""],
        [""],
        [money(total())],
        [""],
    ]
    y = GRID.row(c, y, cells, font)
    y -= 16
    draw.text(c, LEFT, y, f"金额大写：人民币{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT, y, f"运费：0.00    其他费用：0.00    应付总额：¥{money(total())}", font, 8.5, "right")
    y -= 18
    notes = [
        "备注：1. 请按预计到货日期送货，送货单须注明采购单号及SKU，分批送货需提前告知；",
        "2. FBA产品须按我司提供的FNSKU标签逐个贴标，标签贴错或漏贴的返工费用由供应商承担；",
        "3. 到货后按AQL 1.0抽检，不良品退回换货；轴承、丝杆须无锈蚀、无异响；",
        "4. 月结30天：每月25日对账，供应商开具13%增值税专用发票后付款。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT + (0 if k == 0 else 24), y - 11 * k, value, font, 7.5)
    y -= 11 * len(notes) + 18
    signs = [
        (LEFT, "制单人：陈晓婷"),
        (LEFT + 150, "审核人：林志强"),
        (LEFT + 300, "审核时间：2026-12-19 14:20:36"),
        (LEFT + 520, "供应商确认（签字盖章）："),
    ]
    for x, value in signs:
        draw.text(c, x, y, value, font, 8.5)
    c.line(LEFT + 630, y - 2, RIGHT, y - 2)
    return y - 10


def _foot(c: Canvas, font: str, page: int) -> None:
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 24, "打印人：陈晓婷    打印时间：2026-12-19 15:06:12", font, 7)
    draw.text(c, RIGHT, 24, f"第{page}页/共{PAGES}页", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=PAGE, invariant=1)
    c.setTitle(f"采购单_{PO}")
    c.setCreator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0")
    c.setProducer("Skia/PDF m131")
    y = GRID.head(c, _head(c, font), font, grey=0.9, lines=1)
    page = 1
    for n, item in enumerate(ITEMS, start=1):
        if y - ROW_H < FOOT:
            _foot(c, font, page)
            c.showPage()
            page += 1
            top = HEIGHT - 36
            draw.text(c, LEFT, top, f"采购单号：{PO}", font, 8)
            draw.text(c, WIDTH / 2, top, "采购单（续）", font, 10, "center")
            y = GRID.head(c, top - 10, font, grey=0.9, lines=1)
        y = _item(c, y, n, item, font)
    if _after(c, y, font) < FOOT:
        raise AssertionError("the last page runs into its foot")
    _foot(c, font, page)
    c.showPage()
    c.save()
    if page != PAGES:
        raise AssertionError(f"{page} pages, not {PAGES}")
    return buffer.getvalue()
