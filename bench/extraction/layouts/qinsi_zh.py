"""Unseen layout: a Guangzhou garment-accessories wholesaler's 采购单 printed from 秦丝进销存, CNY, 1 page.

广州市海珠区锦艺服装辅料商行 sells buttons, rivets, eyelets and zip pulls to garment workshops from a stall
by the 中大布匹市场 and keeps its stock, sales and buying in 秦丝进销存 (Qinsi, the stock app small
wholesalers run on phone and PC). The boss prints the 采购单 from the PC client's 单据打印 with the A4 模板
and saves it through 另存为PDF under the app's own name (秦丝进销存_采购单_CGD2612140018.pdf). What it prints:
the shop's name centred over 采购单 and its 地址 / 电话 line; the head unruled, two label：value pairs a row
(单号 CGD2612140018 / 开单时间 2026-12-14 10:32; 供应商 us / 供应商电话; 仓库 / 经手人; 交货日期 2026-12-28 /
付款方式 货到30天付清（对公转账）; 收货地址 across); a ruled table 序号 | 货号 (JY-KZ-1702) | 商品名称
(wrapped at any character) | 颜色 | 单位 (个, 套, 粒, 包, 千粒, 米, 条) | 数量 (5000; 62.5) | 单价 (0.085;
two to four decimals) | 折扣 (9.5折 on three lines, none on the rest) | 金额 after it (no thousands) | 备注;
the table's 合计 row (数量 and 金额); 合计金额大写 beside 本单金额 / 已付定金 / 本单欠款; 备注 1-3;
制单人 / 审核 / 供应商签字; a foot of 打印时间, 秦丝进销存 and 第1页/共1页; 18 lines.

Truth: the PO number 单号; the order date 开单时间; the requested delivery date 交货日期; the currency CNY;
the buyer the shop; the supplier 供应商 (us); the ship-to address 收货地址; the payment terms 付款方式; the
total 本单金额; per line the part number 货号, the description 商品名称 and 颜色 joined with a space, the
unit, the quantity, the unit price 单价 (before the 折扣) and the amount 金额 (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "秦丝进销存_采购单_CGD2612140018.pdf"
BUYER = "广州市海珠区锦艺服装辅料商行"
PO = "CGD2612140018"
ORDER_DATE = dt.date(2026, 12, 14)
DELIVERY = dt.date(2026, 12, 28)
ADDRESS = "广州市海珠区瑞康路中大布匹市场辅料区B座2楼218档"
TERMS = "货到30天付清（对公转账）"
DEPOSIT = Decimal("5000.00")
WIDTH, HEIGHT = A4
LEFT, RIGHT = 28.0, A4[0] - 28.0
# 货号, 商品名称, 颜色, 单位, 数量, 单价, 折扣 (per cent off; printed as 9.5折), 备注
ITEMS = [
    ("JY-KZ-1702", "四合扣 633# 铜质 15mm", "古铜", "套", "20000", "0.085", "", ""),
    ("JY-KZ-1705", "四合扣 831# 铜质 17mm", "枪黑", "套", "15000", "0.098", "", ""),
    ("JY-NK-2001", "工字扣 牛仔裤专用 20mm 带钉", "银色", "套", "30000", "0.062", "5", "钉长8mm"),
    ("JY-MD-0806", "撞钉铆钉 双面 8×6mm", "古铜", "千粒", "120", "18.50", "", ""),
    ("JY-QY-1004", "气眼 带垫片 内径10mm（鞋帽箱包通用）", "镍色", "千粒", "80", "26.40", "", ""),
    ("JY-QY-0502", "小气眼 内径5mm", "黑色", "千粒", "150", "9.80", "", ""),
    ("JY-LT-0501", "5号金属拉链头 自锁 YG", "金色", "个", "12000", "0.365", "5", "配铜牙拉链"),
    ("JY-LT-0301", "3号尼龙拉链头 自锁", "黑色", "个", "25000", "0.072", "", ""),
    ("JY-LL-0520", "5号铜牙拉链 闭尾 20cm", "古铜", "条", "6000", "0.68", "", ""),
    ("JY-LL-0599", "5号铜牙码装拉链（不含拉头）", "古铜", "米", "62.5", "4.20", "", "按米计"),
    ("JY-ZH-2530", "D字扣 锌合金 25mm 箱包织带用", "枪黑", "个", "8000", "0.245", "", ""),
    ("JY-ZH-3825", "日字扣 锌合金 38mm", "枪黑", "个", "6000", "0.315", "", ""),
    ("JY-SJ-1215", "弹簧绳扣 单孔 塑料带弹簧", "黑色", "个", "10000", "0.046", "", ""),
    (
        "JY-DP-1800",
        "金属标牌 腐蚀工艺 18×8mm 带爪（客户LOGO定制）",
        "亚光银",
        "个",
        "5000",
        "0.58",
        "5",
        "开模费另计",
    ),
    ("JY-DZ-0012", "钉扣机模具 633#四合扣专用（上下模一套）", "本色", "套", "40", "45.00", "", ""),
    ("JY-ZZ-0100", "珍珠扣 ABS 10mm 手缝", "米白", "包", "300", "6.80", "", "1000粒/包"),
    ("JY-GD-3200", "鸡眼扣冲压垫圈（散装）", "镍色", "千克", "48.6", "32.50", "", "按实际过磅"),
    ("JY-CZ-0220", "手压啤机冲子套装 含12种规格", "本色", "套", "20", "118.00", "", ""),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=6)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 22, "c"),
        Column(("货号",), 58, "l"),
        Column(("商品名称",), 104, "l"),
        Column(("颜色",), 36, "c"),
        Column(("单位",), 24, "c"),
        Column(("数量",), 38, "r"),
        Column(("单价",), 36, "r"),
        Column(("折扣",), 30, "c"),
        Column(("金额",), 52, "r"),
        Column(("备注",), 0, "l"),
    ],
    size=7.5,
    line_h=10.5,
)


def money(value: Decimal | str) -> str:
    """金额 as Qinsi prints it: two decimals, no thousands."""
    return f"{Decimal(value):.2f}"


def rebate(discount: str) -> str:
    """折扣 as Qinsi prints it: 5 per cent off -> 9.5折, none -> blank."""
    return f"{(100 - Decimal(discount)) / 10:g}折" if discount else ""


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
    top = HEIGHT - 40
    draw.text(c, WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(c, WIDTH / 2, top - 22, "采购单", font, 16, "center")
    shop = "地址：广州市海珠区瑞康路中大布匹市场辅料区B座2楼218档    电话：020-84418418 / 13926184182"
    draw.text(c, WIDTH / 2, top - 36, shop, font, 7.5, "center")
    rows = [
        [("单号", PO), ("开单时间", f"{ORDER_DATE.isoformat()} 10:32")],
        [("供应商", OUR_NAME_ZH), ("供应商电话", "0512-66184418")],
        [("仓库", "默认仓库"), ("经手人", "林秀梅")],
        [("交货日期", DELIVERY.isoformat()), ("付款方式", TERMS)],
        [("收货地址", f"{ADDRESS}（林秀梅 13926184182）")],
    ]
    half = (RIGHT - LEFT) / 2
    y = top - 56
    for row in rows:
        for k, (label, value) in enumerate(row):
            draw.text(c, LEFT + half * k, y, f"{label}：{value}", font, 8.5)
        y -= 14
    return y - 2


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, colour, unit, qty, price, discount, note = item
    cells = [
        [f"{n}"],
        [code],
        wrap_chars(name, font, GRID.size, GRID.width(2)),
        [colour],
        [unit],
        [qty],
        [price],
        [rebate(discount)],
        [money(FIELDS.amount(item))],
        wrap_chars(note, font, GRID.size, GRID.width(9)),
    ]
    return GRID.row(c, y, cells, font)


def _end(c: Canvas, y: float, font: str) -> float:
    quantity = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = [["合计"], [""], [""], [""], [""], [f"{quantity}"], [""], [""], [money(total())], [""]]
    y = GRID.row(c, y, cells, font)
    c.rect(LEFT, y - 16, RIGHT - LEFT, 16)
    draw.text(c, LEFT + 4, y - 11, f"合计金额大写：{capitals(total())}", font, 8.5)
    owed = total() - DEPOSIT
    sums = f"本单金额：{money(total())}   已付定金：{money(DEPOSIT)}   本单欠款：{money(owed)}"
    draw.text(c, RIGHT - 4, y - 11, sums, font, 8.5, "right")
    y -= 32
    draw.text(c, LEFT, y, "备注：", font, 8)
    notes = [
        "1. 请按货号分包，每包贴标签注明货号、颜色、数量，电镀颜色以确认样为准；",
        "2. 来货抽检，掉漆、生锈、扣合力不足的退回重做，运费由供应商承担；",
        "3. 定金已于下单当日微信转账，余款货到30天内对公转账，请随货附送货单。",
    ]
    for k, note in enumerate(notes):
        draw.text(c, LEFT + 10, y - 12 - 11 * k, note, font, 8)
    y -= 12 + 11 * len(notes) + 24
    signs = [("制单人：", "林秀梅"), ("审核：", "陈锦辉"), ("供应商签字：", "")]
    third = (RIGHT - LEFT) / 3
    for k, (label, name) in enumerate(signs):
        draw.text(c, LEFT + third * k, y, f"{label}{name}", font, 8.5)
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购单_{PO}")
    c.setCreator("秦丝进销存")
    y = GRID.head(c, _head(c, font), font, grey=0.92)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _end(c, y, font) < 50:
        raise AssertionError("the order runs into its foot")
    draw.text(c, LEFT, 26, "打印时间：2026-12-14 10:41:06", font, 7)
    draw.text(c, WIDTH / 2, 26, "秦丝进销存 www.qinsi.com", font, 7, "center")
    draw.text(c, RIGHT, 26, "第1页/共1页", font, 7, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
