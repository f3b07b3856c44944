"""Unseen layout: a Ningbo export trading company's 采购订单 printed by its 外贸 ERP (富通天下), CNY, 2 pages.

宁波凯帆进出口有限公司 exports hydraulic fittings, hose clamps and fasteners to European importers and buys
them from factories like us; it runs 富通天下外贸ERP (the export-trade ERP many Zhejiang trading firms use:
quotation, export contract, purchase, shipping and tax-rebate in one), and the merchandiser (跟单员) mails
each factory the 采购订单 it prints for one export contract, saved as 采购订单, the order number and the
factory's short name in brackets (the clerk's way of telling the factories' copies apart). What it prints, A4
portrait: the company in Chinese over its English name and address, a double rule, 采购订单 centred; a ruled
head of shaded label cells beside value cells, two pairs a row: 供方 (us) / 需方 (the company), both
addresses, 联系人 / 跟单员, 采购单号 CG26120047 / 外销合同号 26KFE1187 (the export sales contract the goods
are bought for: another number), 订单日期 / 交货日期, 币种 人民币（RMB） / 付款方式, 交货地点 across (the
forwarder's warehouse at Beilun port, where the goods are consolidated for the container), 收货仓库 / 收货人;
"经双方协商 …"; a ruled grid, head repeated on page 2: 序号 | 图片 (a product photo on every line, so the rows
are tall) | 货号 (the company's article number, KF-HF1021) | 工厂货号 (ours, QH-2031-06, as the company's ERP
keeps it for the factory) | 品名 / 规格 (the name over its specification) | 单位 (只, 条, 米, 千克, 套) | 数量
(2,000; 86.5) | 含税单价 as keyed (2.35; 0.3150) | 金额 | 装箱要求 (200只/箱; 100只/盒 20盒/箱 wrapped by
character in its cell); 18 lines, 11 on page 1; page 2 under a short head (the company, 采购订单（续）,
采购单号); a 合计 row, 合计人民币（大写） with （小写）¥; 条款 一 to 七 (quality to EN standards and RoHS,
neutral packing and the buyer's barcode labels, delivery to the forwarder's warehouse, AQL 2.5 inspection
before shipment, payment, a 13% 增值税专用发票 for the export tax rebate, fax and scan copies valid); the
shipping marks (正唛 / 侧唛) in a box; 需方 / 供方（盖章） with 代表签字 and 日期; a foot with the print time
and 第 n 页 共 2 页.

Truth: the PO number 采购单号 (not the 外销合同号); the order date 订单日期; the requested delivery date
交货日期; the currency CNY (人民币); the buyer the company; the supplier 供方 (us, in Chinese); the ship-to
address the 交货地点 (the warehouse's name and its receiver are the next row); the payment terms 付款方式; the
total the 合计 (= the 小写 amount = the lines' sum, tax included); per line the part number 货号 (the buyer's,
not our 工厂货号), the description 品名 and 规格 joined with a space, the unit, the quantity, the unit price
含税单价 and the amount 金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单CG26120047（启航精工）.pdf"
BUYER = "宁波凯帆进出口有限公司"
BUYER_EN = "NINGBO KAIFAN IMPORT & EXPORT CO., LTD."
PO, SALES_CONTRACT = "CG26120047", "26KFE1187"
ORDER_DATE = dt.date(2026, 12, 24)
DELIVERY = dt.date(2027, 1, 25)
ADDRESS = "浙江省宁波市北仑区大港工业城海发路18号"
TERMS = "货到验收合格并收到增值税专用发票后30天内T/T"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 30.0, A4[0] - 30.0
FIRST = 11  # lines on page 1 (the photos make every row tall)
PAGES = 2
ROW_H = 44.0
# 货号, 工厂货号, 品名, 规格, 单位, 数量, 含税单价, 装箱要求, photo
ITEMS = [
    (
        "KF-HF1021",
        "QH-2031-06",
        "液压直通接头",
        "1CB-06 M14×1.5 碳钢镀锌",
        "只",
        "2000",
        "2.35",
        "200只/箱",
        "fitting",
    ),
    (
        "KF-HF1022",
        "QH-2031-08",
        "液压直通接头",
        "1CB-08 M16×1.5 碳钢镀锌",
        "只",
        "1500",
        "2.86",
        "200只/箱",
        "fitting",
    ),
    (
        "KF-HF1035",
        "QH-2045-10",
        "90°弯头接头",
        "1CB9-10 M18×1.5 碳钢镀锌",
        "只",
        "800",
        "4.62",
        "100只/箱",
        "fitting",
    ),
    (
        "KF-HF1108",
        "QH-2108-12",
        "三通接头",
        'AB-12 JIC 1-1/16" 碳钢镀锌',
        "只",
        "600",
        "7.85",
        "100只/箱",
        "fitting",
    ),
    (
        "KF-HC2001",
        "QH-3201-16",
        "蜗杆式喉箍",
        "W2不锈钢 带宽9mm 12-22mm",
        "只",
        "10000",
        "0.3150",
        "100只/盒 20盒/箱",
        "clamp",
    ),
    (
        "KF-HC2002",
        "QH-3201-25",
        "蜗杆式喉箍",
        "W2不锈钢 带宽9mm 16-25mm",
        "只",
        "10000",
        "0.3380",
        "100只/盒 20盒/箱",
        "clamp",
    ),
    (
        "KF-BR3005",
        "QH-6205-RS",
        "深沟球轴承",
        "6205-2RS C3 单只彩盒",
        "只",
        "3000",
        "3.26",
        "150只/箱",
        "bearing",
    ),
    (
        "KF-BR3006",
        "QH-6305-ZZ",
        "深沟球轴承",
        "6305-ZZ C3 单只彩盒",
        "只",
        "1200",
        "5.84",
        "100只/箱",
        "bearing",
    ),
    (
        "KF-FS4010",
        "QH-1012-08",
        "六角法兰面螺栓",
        "M8×25 10.9级 达克罗",
        "只",
        "20000",
        "0.1260",
        "1000只/箱",
        "bolt",
    ),
    (
        "KF-FS4018",
        "QH-1108-10",
        "平垫圈",
        "M10 DIN125 不锈钢A2 散装",
        "千克",
        "86.5",
        "38.60",
        "25千克/箱",
        "washer",
    ),
    ("KF-SE5002", "QH-5032-31", "O型圈", "32×3.1 NBR70 黑色", "只", "5000", "0.0850", "500只/袋", "oring"),
    ("KF-SE5015", "QH-5110-14", "组合密封垫圈", "M14 碳钢+NBR", "只", "8000", "0.0920", "500只/袋", "washer"),
    (
        "KF-HS6001",
        "QH-7210-10",
        "液压胶管总成",
        "2SN DN10 L=1000mm 两端JIC",
        "条",
        "400",
        "38.50",
        "20条/箱",
        "hose",
    ),
    (
        "KF-HS6012",
        "QH-7300-12",
        "钢丝编织胶管",
        "1SN DN12 散管 50米/卷",
        "米",
        "1200",
        "9.65",
        "50米/卷",
        "hose",
    ),
    ("KF-VL7003", "QH-8120-15", "高压球阀", "BKH-15 M22×1.5 碳钢", "只", "240", "46.80", "20只/箱", "valve"),
    (
        "KF-PG7010",
        "QH-8401-63",
        "压力表",
        "Y-63 0-250bar 充油 底接",
        "只",
        "300",
        "12.4500",
        "50只/箱",
        "gauge",
    ),
    (
        "KF-KT8001",
        "QH-9001-38",
        "液压接头维修工具套装",
        "38件套 铝箱装 中英文标签",
        "套",
        "150",
        "128.00",
        "5套/箱",
        "kit",
    ),
    ("KF-SW4022", "QH-1120-12", "不锈钢丝", "304 Φ1.2mm 软态", "千克", "152.5", "36.40", "25千克/箱", "wire"),
]
TABLE = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 22, "c"),
        Column(("图片",), 46, "c"),
        Column(("货号",), 56, "l"),
        Column(("工厂货号",), 56, "l"),
        Column(("品名 / 规格",), 0, "l"),
        Column(("单位",), 24, "c"),
        Column(("数量",), 48, "r"),
        Column(("含税单价",), 46, "r"),
        Column(("金额",), 56, "r"),
        Column(("装箱要求",), 56, "c"),
    ],
    size=7.5,
    line_h=10.5,
)


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def quantity(qty: str) -> str:
    """The ERP's #,##0.### format: 2,000; 86.5."""
    value = Decimal(qty)
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.1f}"


FIELDS = ItemFields(description=2, unit=4, quantity=5, price=6, discount=None, spec=3)


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


def _photo(kind: str) -> ImageReader:
    """The product photo the ERP keeps for the article: a part on a white ground, 64 px square."""
    image = Image.new("RGB", (64, 64), (246, 246, 244))
    pen = ImageDraw.Draw(image)
    steel, dark, rubber = (168, 172, 178), (96, 100, 108), (38, 38, 40)
    if kind == "fitting":
        pen.rectangle((8, 24, 56, 40), fill=steel, outline=dark)
        pen.polygon([(22, 16), (42, 16), (48, 32), (42, 48), (22, 48), (16, 32)], fill=steel, outline=dark)
    elif kind == "clamp":
        pen.ellipse((10, 10, 54, 54), outline=steel, width=6)
        pen.rectangle((40, 6, 58, 18), fill=steel, outline=dark)
    elif kind == "bearing":
        pen.ellipse((6, 6, 58, 58), fill=steel, outline=dark)
        pen.ellipse((16, 16, 48, 48), fill=rubber)
        pen.ellipse((24, 24, 40, 40), fill=(246, 246, 244), outline=dark)
    elif kind == "bolt":
        pen.polygon([(8, 18), (18, 10), (28, 18), (28, 46), (18, 54), (8, 46)], fill=steel, outline=dark)
        pen.rectangle((28, 26, 58, 38), fill=steel, outline=dark)
    elif kind in ("washer", "oring"):
        fill = rubber if kind == "oring" else steel
        pen.ellipse((8, 8, 56, 56), fill=fill, outline=dark)
        pen.ellipse((22, 22, 42, 42), fill=(246, 246, 244), outline=dark)
    elif kind in ("hose", "wire"):
        pen.arc((6, 6, 58, 58), 20, 340, fill=rubber if kind == "hose" else steel, width=7)
    elif kind == "valve":
        pen.rectangle((6, 26, 58, 42), fill=steel, outline=dark)
        pen.rectangle((26, 8, 34, 26), fill=dark)
        pen.rectangle((14, 6, 50, 12), fill=(200, 40, 36))
    elif kind == "gauge":
        pen.ellipse((8, 4, 56, 52), fill=(250, 250, 250), outline=dark, width=3)
        pen.line((32, 28, 46, 16), fill=(200, 40, 36), width=2)
        pen.rectangle((28, 52, 36, 62), fill=steel)
    else:  # a kit in its case
        pen.rectangle((6, 14, 58, 54), fill=(200, 202, 206), outline=dark, width=2)
        pen.rectangle((24, 8, 40, 14), fill=dark)
    return ImageReader(image)


def _letterhead(c: Canvas, font: str) -> float:
    top = HEIGHT - 44
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, top - 15, BUYER_EN, font, 8.5, "center")
    line = (
        "地址：浙江省宁波市鄞州区天童南路588号宁波商会国贸中心A座1806室  "
        "电话：0574-87731826  传真：0574-87731827"
    )
    draw.text(c, WIDTH / 2, top - 28, line, font, 7.5, "center")
    c.setLineWidth(1.2)
    c.line(LEFT, top - 35, RIGHT, top - 35)
    c.setLineWidth(0.4)
    c.line(LEFT, top - 37.5, RIGHT, top - 37.5)
    draw.text(c, WIDTH / 2, top - 60, "采购订单", font, 16, "center")
    return top - 72


def _head_box(c: Canvas, font: str, y: float) -> float:
    rows = [
        [("供方", OUR_NAME_ZH), ("需方", BUYER)],
        [("地址", "江苏省苏州市高新区火炬路88号"), ("地址", "浙江省宁波市鄞州区天童南路588号A座1806室")],
        [("联系人", "林悦 0512-66851208"), ("跟单员", "李静 13805742261")],
        [("采购单号", PO), ("外销合同号", SALES_CONTRACT)],
        [("订单日期", ORDER_DATE.isoformat()), ("交货日期", DELIVERY.isoformat())],
        [("币种", "人民币（RMB）"), ("付款方式", TERMS)],
        [("交货地点", ADDRESS)],
        [("收货仓库", "明州国际物流3号库（外销拼柜仓）"), ("收货人", "陈师傅 13906681547")],
    ]
    label_w, height = 50.0, 15.0
    half = (RIGHT - LEFT) / 2
    c.setLineWidth(0.5)
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = LEFT + k * half
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.rect(x, y - height, label_w, height, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            draw.text(c, x + label_w / 2, y - 10.5, label, font, 8, "center")
            draw.text(c, x + label_w + 4, y - 10.5, value, font, 8)
            c.line(x + label_w, y, x + label_w, y - height)
        if len(row) == 2:
            c.line(LEFT + half, y, LEFT + half, y - height)
        c.rect(LEFT, y - height, RIGHT - LEFT, height)
        y -= height
    draw.text(c, LEFT, y - 16, "经双方协商，需方向供方订购下列产品，具体如下：", font, 8.5)
    return y - 24


def _short_head(c: Canvas, font: str) -> float:
    top = HEIGHT - 44
    draw.text(c, LEFT, top, BUYER, font, 10)
    draw.text(c, WIDTH / 2, top, "采购订单（续）", font, 10, "center")
    draw.text(c, RIGHT, top, f"采购单号：{PO}", font, 8.5, "right")
    return top - 12


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, ours, name, spec, unit, qty, price, packing, kind = item
    described = [name, *wrap_chars(spec, font, TABLE.size, TABLE.width(4))]
    cells = [[f"{n}"], [], [code], [ours], described, [unit], [quantity(qty)], [price]]
    cells += [[money(FIELDS.amount(item))], wrap_chars(packing, font, TABLE.size, TABLE.width(9))]
    height = max(ROW_H, 4 + TABLE.line_h * max(len(cell) for cell in cells))
    bottom = TABLE.framed(c, y, cells, font, height)
    side = ROW_H - 6
    centre = (TABLE.edges[1] + TABLE.edges[2]) / 2
    c.drawImage(_photo(kind), centre - side / 2, bottom + 3, side, side)
    return bottom


def _totals(c: Canvas, y: float, font: str) -> float:
    height = 16.0
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    c.line(TABLE.edges[8], y, TABLE.edges[8], y - height)
    c.line(TABLE.edges[9], y, TABLE.edges[9], y - height)
    draw.text(c, (TABLE.edges[0] + TABLE.edges[8]) / 2, y - 11, "合    计", font, 8.5, "center")
    draw.text(c, TABLE.edges[9] - TABLE.pad, y - 11, money(total()), font, 8, "right")
    y -= height + 14
    draw.text(c, LEFT, y, f"合计人民币（大写）：{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT, y, f"（小写）¥{money(total())}", font, 8.5, "right")
    return y - 8


def _terms(c: Canvas, y: float, font: str) -> float:
    clauses = [
        "一、质量要求：按需方确认的样品及图纸生产，材质、尺寸须符合EN标准并满足欧盟RoHS要求，随货提供材质证明。",
        "二、包装要求：中性包装，外箱不得出现供方名称及中文字样；每箱贴需方提供的条码标签，外箱唛头见下。",
        f"三、交货：{DELIVERY.year}年{DELIVERY.month}月{DELIVERY.day}日前送至交货地点（明州国际物流3号库），"
        "运费由供方承担；延期交货每天按货款的0.5%扣款。",
        "四、验货：出货前需方QC按AQL 2.5抽检，验货不合格供方须返工并承担由此产生的费用及延误责任。",
        f"五、付款方式：{TERMS}。",
        "六、发票：供方须开具13%增值税专用发票（出口退税用），发票品名、规格、数量须与本订单一致。",
        "七、本订单经双方签字盖章后生效，传真件、扫描件与原件具有同等效力。",
    ]
    draw.text(c, LEFT, y - 12, "条款：", font, 8.5)
    for k, clause in enumerate(clauses):
        draw.text(c, LEFT, y - 26 - 11.5 * k, clause, font, 7.5)
    return y - 26 - 11.5 * len(clauses)


def _marks(c: Canvas, y: float, font: str) -> float:
    height, half = 62.0, (RIGHT - LEFT) / 2
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    c.line(LEFT + half, y, LEFT + half, y - height)
    marks = [
        ("正唛：", ["KAIFAN", SALES_CONTRACT, "HAMBURG", "C/NO.: 1-UP", "MADE IN CHINA"]),
        ("侧唛：", ["ITEM NO.:", "QTY:        PCS", "G.W.:       KGS", "N.W.:       KGS", "MEAS.:      CM"]),
    ]
    for k, (label, lines) in enumerate(marks):
        x = LEFT + k * half + 6
        draw.text(c, x, y - 12, label, font, 8)
        for n, value in enumerate(lines):
            draw.text(c, x + 40, y - 12 - 10 * n, value, "Helvetica", 7.5)
    return y - height


def _signatures(c: Canvas, y: float, font: str) -> float:
    half = (RIGHT - LEFT) / 2
    sides = [
        [f"需方（盖章）：{BUYER}", "代表签字：李静", f"日期：{ORDER_DATE.isoformat()}"],
        ["供方（盖章）：", "代表签字：", "日期："],
    ]
    for k, lines in enumerate(sides):
        for n, value in enumerate(lines):
            draw.text(c, LEFT + k * half, y - 18 - 18 * n, value, font, 8.5)
    return y - 18 - 18 * 3


def _foot(c: Canvas, page: int, font: str) -> None:
    draw.text(c, LEFT, 28, "打印时间：2026-12-24 15:42", font, 7)
    draw.text(c, RIGHT, 28, f"第 {page} 页 共 {PAGES} 页", font, 7, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单{PO}")
    c.setAuthor("李静")
    c.setCreator("富通天下外贸ERP")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _head_box(c, font, _letterhead(c, font)) if page == 1 else _short_head(c, font)
        y = TABLE.head(c, y, font, grey=0.88, drop=TABLE.line_h)
        for n, item in enumerate(chunk, start=1 + (FIRST if page == 2 else 0)):
            y = _item(c, y, n, item, font)
        if page == PAGES:
            y = _signatures(c, _marks(c, _terms(c, _totals(c, y, font), font) - 8, font), font)
        if y < 42:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, page, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
