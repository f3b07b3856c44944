"""Unseen layout: a Ningbo mould maker's 采购订单 from 明道云 (Mingdao HAP) through a Word 打印模板, CNY.

宁波明辉模塑科技有限公司 keeps purchasing in an app its IT built on 明道云 (HAP, the no-code platform): a
采购订单 worksheet with a 采购明细 子表. The buyer prints a record through the worksheet's Word 打印模板 (a
.docx with #字段# placeholders the platform fills and converts) and saves the PDF under the template's file
name rule, the record's 订单编号 after the template's name (采购订单_MH-PO-2612-018.pdf). What it prints: the
Word page header (the company's name left, 采购订单 right, a rule); the company and 采购订单 centred; a
Word table of label cells beside value cells two pairs a row (订单编号 / 下单日期 2026-12-16 as the date
field shows it, 供应商 (us) / 供应商联系人, 采购员 / 联系电话, 要求到货日期 / 结算币种 人民币, 付款条件
across, 收货地址 across); the 子表 as a Word table with two-line captions (单价 over (含税), 金额 over
(含税)): 序号 | 物料编码 (MH-MJ-1102) | 物料名称 | 规格型号 (wrapped as Word wraps: at spaces and between
Chinese characters) | 单位 | 数量 (the number field's two decimals and thousands, 1,500.00) | 单价 (four
fixed decimals, 18.6000) | 金额 (the formula field's two decimals, 11,160.00) | 备注; the 子表's 合计 row;
不含税金额 / 税额（13%） / 价税合计 ¥ under it, 价税合计（大写） from the 金额大写 field; 订单说明 1-4;
制单 / 审核 / 批准 and 供应商确认（签字盖章）; the Word footer 打印时间 and 第 1 页 共 1 页.

Truth: the PO number 订单编号; the order date 下单日期; the requested delivery date 要求到货日期;
the currency CNY; the buyer the company; the supplier 供应商 (us); the ship-to address
收货地址; the payment terms 付款条件; the total 价税合计; per line the part number 物料编码, the
description 物料名称 and 规格型号 joined with a space, the unit, the quantity, the unit price
单价（含税） and the amount 金额（含税）.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_browser
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单_MH-PO-2612-018.pdf"
BUYER = "宁波明辉模塑科技有限公司"
PO = "MH-PO-2612-018"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 1, 25)
ADDRESS = "浙江省宁波市北仑区大碶街道明州西路188号 明辉模塑2号厂房收货处"
TERMS = "货到票到后月结30天，电汇"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 42.0, A4[0] - 42.0
# 物料编码, 物料名称, 规格型号, 单位, 数量, 单价（含税）, 备注
ITEMS = [
    ("MH-MJ-1102", "导柱", "SUJ2 Φ25×150 淬火HRC58-62 外圆精磨 带台阶", "支", "120", "18.6000", ""),
    ("MH-MJ-1108", "导套", "SUJ2 Φ25×60 带油槽", "支", "120", "14.2500", ""),
    ("MH-MJ-1215", "顶针", "SKD61 Φ6×200 氮化", "支", "1500", "1.8500", ""),
    ("MH-MJ-1218", "扁顶针", "SKD61 1.2×8×250 氮化", "支", "400", "6.4000", "按图纸 MH-D-2207"),
    ("MH-MJ-1306", "斜顶块", "S136H 预硬HRC30-34 按3D加工", "件", "16", "385.0000", "附3D图档"),
    ("MH-MJ-1402", "定位圈", "Φ100×15 S45C 发黑", "个", "60", "22.8000", ""),
    ("MH-MJ-1410", "浇口套", "SKD61 SBBH16-40 R15 Φ3.5", "个", "60", "46.5000", ""),
    ("MH-MJ-1521", "弹簧", "TF30×60 重载(绿色)", "个", "800", "2.3650", ""),
    ("MH-MJ-1603", "水嘴", "PT1/4 铜快速接头 直通", "个", "2000", "0.9800", ""),
    ("MH-MJ-1608", "密封圈", "O型 P22 氟橡胶 耐温200℃", "个", "5000", "0.1250", ""),
    (
        "MH-GC-2011",
        "模温机加热管",
        "220V 3kW 不锈钢U型 L=480 引线长500mm 带接线盒",
        "支",
        "24",
        "128.0000",
        "",
    ),
    ("MH-GC-2030", "热电偶", "K型 Φ3×100 带2m屏蔽线", "支", "80", "16.7500", ""),
    ("MH-CL-3001", "模具钢板", "P20 预硬 δ=60 按尺寸锯切", "千克", "862.5", "12.8000", "按实际过磅"),
    ("MH-CL-3005", "模具钢板", "718H 预硬 δ=40", "千克", "418.4", "24.5000", "按实际过磅"),
    ("MH-BZ-4016", "内六角螺钉", "M12×50 12.9级 DIN912 发黑", "支", "3000", "0.4200", ""),
    ("MH-BZ-4022", "吊环螺钉", "M16 C15E 镀锌", "个", "100", "5.6000", ""),
    ("MH-FC-5008", "脱模剂", "中性 550ml/瓶 (24瓶/箱)", "箱", "10", "312.0000", ""),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=None)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 24, "c"),
        Column(("物料编码",), 62, "c"),
        Column(("物料名称",), 48, "l"),
        Column(("规格型号",), 0, "l"),
        Column(("单位",), 26, "c"),
        Column(("数量",), 46, "r"),
        Column(("单价", "(含税)"), 48, "r"),
        Column(("金额", "(含税)"), 56, "r"),
        Column(("备注",), 64, "l"),
    ],
    size=7.5,
    line_h=10.5,
)


def money(value: Decimal | str) -> str:
    """The formula field's display: two decimals with thousands (11,160.00)."""
    return f"{Decimal(value):,.2f}"


def total() -> Decimal:
    return FIELDS.total(ITEMS)


def net() -> Decimal:
    """不含税金额: the prices include 13% VAT."""
    return (total() / Decimal("1.13")).quantize(Decimal("0.01"), ROUND_HALF_UP)


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


def _form(c: Canvas, y: float, font: str) -> float:
    """The Word table: label cells beside value cells, two pairs a row, some across."""
    rows = [
        [("订单编号", PO), ("下单日期", ORDER_DATE.isoformat())],
        [("供应商", OUR_NAME_ZH), ("供应商联系人", "陈丽 0512-66184418")],
        [("采购员", "周文斌"), ("联系电话", "0574-86184018")],
        [("要求到货日期", DELIVERY.isoformat()), ("结算币种", "人民币")],
        [("付款条件", TERMS)],
        [("收货地址", ADDRESS)],
    ]
    label_w, half, height = 70.0, (RIGHT - LEFT) / 2, 17.0
    c.setLineWidth(0.5)
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = LEFT + half * k
            span = RIGHT - LEFT if len(row) == 1 else half
            c.rect(x, y - height, label_w, height)
            c.rect(x + label_w, y - height, span - label_w, height)
            draw.text(c, x + 4, y - 11.5, label, font, 8.5)
            draw.text(c, x + label_w + 4, y - 11.5, value, font, 8.5)
        y -= height
    return y


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, qty, price, note = item
    cells = [
        [f"{n}"],
        [code],
        wrap_browser(name, font, GRID.size, GRID.width(2)),
        wrap_browser(spec, font, GRID.size, GRID.width(3)),
        [unit],
        [money(qty)],
        [price],
        [money(FIELDS.amount(item))],
        wrap_browser(note, font, GRID.size, GRID.width(8)),
    ]
    return GRID.row(c, y, cells, font)


def _after(c: Canvas, y: float, font: str) -> float:
    cells = [["合计"], [""], [""], [""], [""], [""], [""], [money(total())], [""]]
    y = GRID.row(c, y, cells, font)
    sums = [
        ("不含税金额", f"¥{money(net())}"),
        ("税额（13%）", f"¥{money(total() - net())}"),
        ("价税合计", f"¥{money(total())}"),
    ]
    third = (RIGHT - LEFT) / 3
    c.rect(LEFT, y - 16, RIGHT - LEFT, 16)
    for k, (label, value) in enumerate(sums):
        draw.text(c, LEFT + third * k + 4, y - 11, f"{label}：{value}", font, 8.5)
    y -= 16
    c.rect(LEFT, y - 16, RIGHT - LEFT, 16)
    draw.text(c, LEFT + 4, y - 11, f"价税合计（大写）：{capitals(total())}", font, 8.5)
    y -= 16
    notes = [
        "1. 以上价格均含13%增值税及运费，送货到厂；",
        "2. 送货单须注明本订单编号及物料编码，每箱贴标签；",
        "3. 模具钢须附材质证明，顶针、导柱须附硬度检测报告；",
        "4. 如不能按期交货，请提前3天书面通知采购员。",
    ]
    c.rect(LEFT, y - 14 - 11 * len(notes), RIGHT - LEFT, 14 + 11 * len(notes))
    draw.text(c, LEFT + 4, y - 12, "订单说明：", font, 8.5)
    for k, note in enumerate(notes):
        draw.text(c, LEFT + 52, y - 12 - 11 * k, note, font, 8)
    y -= 14 + 11 * len(notes) + 26
    signs = [("制单", "周文斌"), ("审核", "袁海燕"), ("批准", "王明辉"), ("供应商确认（签字盖章）", "")]
    quarter = (RIGHT - LEFT) / 4
    for k, (role, name) in enumerate(signs):
        draw.text(c, LEFT + quarter * k, y, f"{role}：{name}", font, 8.5)
    return y - 10


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单_{PO}")
    c.setCreator("Mingdao HAP")
    c.setProducer("Aspose.Words for .NET 23.4.0")
    draw.text(c, LEFT, HEIGHT - 30, BUYER, font, 8)
    draw.text(c, RIGHT, HEIGHT - 30, "采购订单", font, 8, "right")
    c.setLineWidth(0.5)
    c.line(LEFT, HEIGHT - 34, RIGHT, HEIGHT - 34)
    y = HEIGHT - 62
    draw.text(c, WIDTH / 2, y, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, y - 22, "采购订单", font, 14, "center")
    y = _form(c, y - 34, font)
    draw.text(c, LEFT, y - 14, "采购明细", font, 9)
    y = GRID.head(c, y - 20, font, grey=1.0, lines=2)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _after(c, y, font) < 50:
        raise AssertionError("the order runs into the Word footer")
    draw.text(c, LEFT, 30, "打印时间：2026-12-16 15:42", font, 7.5)
    draw.text(c, WIDTH / 2, 30, "第 1 页 共 1 页", font, 7.5, "center")
    c.showPage()
    c.save()
    return buffer.getvalue()
