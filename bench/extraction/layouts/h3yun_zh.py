"""Unseen layout: a Foshan furniture-hardware maker's 采购订单 printed from 氚云 (H3 Yun), CNY, 1 page.

佛山市顺德区嘉美家具五金有限公司 built its purchasing on 氚云 (Authine's low-code cloud app, where small
Guangdong firms build their own 采购订单 form with a 子表 of lines and an approval flow) and prints the
form through the app's 打印模板 to PDF, saved by the browser as the form's title and number
(采购订单-CGDD20261207003.pdf). What it prints (A4 portrait): the company centred, 采购订单 under it, a
QR code's place and 单据号 at the right; a ruled head of label cells beside value cells, two pairs a row
(供应商 (us) / 单据号, 联系人 / 联系电话, 下单日期 2026-12-07 / 要求交期 2027-01-10, 付款方式 / 币种
人民币, 收货地址 across, 备注 across); the 子表 as a ruled grid: 序号 / 物料编码 (JM-HG-3510) / 物料名称 /
规格型号 / 单位 (个, 套, 千克, 米, 卷) / 数量 (the app's two decimals: 20000.00; 86.50) / 含税单价 as keyed
(0.1850) / 折扣(%) (95 and 98 on three lines: the price paid in per cent, as 氚云 forms keep it) / 金额;
15 lines; 合计 row with the quantity's and amount's sums, 金额合计（大写）; the approval log the print
template shows (审批记录: 发起人, 采购主管, 总经理 with 同意 and their times); 打印人 / 打印时间 at the foot.

Truth: the PO number 单据号; the order date 下单日期; the requested delivery date 要求交期; the currency
CNY; the buyer the company; the supplier 供应商 (us); the ship-to address 收货地址; the payment terms
付款方式; the total 合计; per line the part number 物料编码, the description 物料名称 and 规格型号 joined,
the unit, the quantity, the unit price 含税单价 (before the 折扣) and the amount 金额 (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_browser
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单-CGDD20261207003.pdf"
BUYER = "佛山市顺德区嘉美家具五金有限公司"
PO = "CGDD20261207003"
ORDER_DATE = dt.date(2026, 12, 7)
DELIVERY = dt.date(2027, 1, 10)
ADDRESS = "广东省佛山市顺德区伦教街道新熹四路18号嘉美五金仓库"
TERMS = "月结30天，银行转账"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 30.0, A4[0] - 30.0
# 物料编码, 物料名称, 单位, 数量, 含税单价, 折扣 (price paid, per cent; blank: 100), 规格型号
ITEMS = [
    ("JM-HG-3510", "液压缓冲铰链", "个", "20000", "1.8500", "", "35杯 全盖 冷轧钢镀镍"),
    ("JM-HG-3520", "液压缓冲铰链", "个", "12000", "1.9200", "", "35杯 半盖 冷轧钢镀镍"),
    ("JM-SL-4500", "三节钢珠滑轨", "套", "3000", "8.6500", "95", "45宽 450mm 1.2mm厚 承重35kg"),
    ("JM-SL-5000", "三节钢珠滑轨", "套", "2000", "9.4000", "95", "45宽 500mm 1.2mm厚 承重35kg"),
    ("JM-DR-3000", "隐藏式阻尼导轨", "套", "800", "36.5000", "98", "全拉出 300mm 带锁扣"),
    ("JM-HD-0128", "铝合金拉手", "个", "5000", "2.3500", "", "孔距128mm 拉丝银"),
    ("JM-HD-0160", "铝合金拉手", "个", "3000", "2.7800", "", "孔距160mm 哑光黑"),
    ("JM-CN-0815", "二合一偏心连接件", "套", "30000", "0.1850", "", "Φ15偏心轮 含预埋螺母"),
    ("JM-SC-4016", "沉头自攻螺丝", "千克", "86.5", "14.20", "", "ST4.0×16 十字 黑锌"),
    ("JM-SC-3512", "平头木螺丝", "千克", "120", "13.80", "", "ST3.5×12 米字 白锌"),
    ("JM-FT-1000", "可调节柜脚", "个", "4000", "1.1500", "", "高100mm ABS 调节±15mm"),
    ("JM-ES-2202", "PVC封边条", "卷", "60", "48.00", "", "22×0.45mm 暖白 200米/卷"),
    ("JM-BM-0008", "缓冲门碰", "个", "10000", "0.0860", "", "Φ8 透明硅胶 自粘"),
    ("JM-LD-3000", "衣柜LED感应灯条", "米", "250", "12.6000", "", "12V 3000K 带铝槽"),
    ("JM-PK-0001", "纸箱", "个", "600", "3.2000", "", "五层瓦楞 400×300×250"),
]
FIELDS = ItemFields(part=0, description=1, unit=2, quantity=3, price=4, discount=None, spec=6)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 24, "c"),
        Column(("物料编码",), 58, "l"),
        Column(("物料名称",), 72, "l"),
        Column(("规格型号",), 0, "l"),
        Column(("单位",), 26, "c"),
        Column(("数量",), 52, "r"),
        Column(("含税单价",), 46, "r"),
        Column(("折扣(%)",), 34, "r"),
        Column(("金额",), 60, "r"),
    ],
    size=7.6,
    line_h=10.5,
)


def money(value: Decimal | str) -> str:
    """金额 as the app's number control shows it: two decimals, no thousands (24652.50)."""
    return f"{Decimal(value):.2f}"


def amount(item: tuple) -> Decimal:
    """金额: 数量 x 含税单价 x 折扣 / 100, rounded to the fen once."""
    gross = Decimal(item[3]) * Decimal(item[4]) * Decimal(item[5] or "100") / 100
    return gross.quantize(Decimal("0.01"))


def total() -> Decimal:
    return sum((amount(item) for item in ITEMS), Decimal(0))


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
        lines=[
            replace(line, amount=amount(item)) for line, item in zip(FIELDS.lines(ITEMS), ITEMS, strict=True)
        ],
    )


def _head(c: Canvas, font: str) -> float:
    top = HEIGHT - 44
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, top - 24, "采购订单", font, 18, "center")
    c.setLineWidth(0.6)
    c.rect(RIGHT - 46, top - 36, 44, 44)
    draw.text(c, RIGHT - 24, top - 16, "二维码", font, 7, "center")
    rows = [
        (("供应商", OUR_NAME_ZH), ("单据号", PO)),
        (("联系人", "张丽"), ("联系电话", "0512-66558812")),
        (("下单日期", ORDER_DATE.isoformat()), ("要求交期", DELIVERY.isoformat())),
        (("付款方式", TERMS), ("币种", "人民币")),
        (("收货地址", ADDRESS), None),
        (("备注", "送货单请注明采购单号；每箱贴物料编码标签；随货附出货检验报告"), None),
    ]
    y = top - 46
    mid = LEFT + (RIGHT - LEFT) / 2
    label_w, row_h = 58, 17
    c.setLineWidth(0.5)
    for row in rows:
        spans = [(LEFT, mid if row[1] else RIGHT, row[0])] + ([(mid, RIGHT, row[1])] if row[1] else [])
        for x0, x1, (label, value) in spans:
            c.setFillColorRGB(0.93, 0.95, 0.98)
            c.rect(x0, y - row_h, label_w, row_h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x0, y - row_h, label_w, row_h)
            c.rect(x0 + label_w, y - row_h, x1 - x0 - label_w, row_h)
            draw.text(c, x0 + 4, y - 12, label, font, 8.5)
            draw.text(c, x0 + label_w + 4, y - 12, value, font, 8.5)
        y -= row_h
    draw.text(c, LEFT, y - 16, "采购明细", font, 9.5)
    return y - 22


def _cells(n: int, item: tuple, font: str) -> list[list[str]]:
    part, name, unit, qty, price, discount, spec = item
    places = 2
    return [
        [str(n)],
        [part],
        wrap_browser(name, font, GRID.size, GRID.width(2)),
        wrap_browser(spec, font, GRID.size, GRID.width(3)),
        [unit],
        [f"{Decimal(qty):.{places}f}"],
        [price],
        [discount or "100"],
        [money(amount(item))],
    ]


def _footer(c: Canvas, font: str, y: float) -> None:
    qty = sum((Decimal(item[3]) for item in ITEMS), Decimal(0))
    cells = [["合计"], [], [], [], [], [f"{qty:.2f}"], [], [], [money(total())]]
    y = GRID.row(c, y, cells, font)
    c.rect(LEFT, y - 17, RIGHT - LEFT, 17)
    draw.text(c, LEFT + 4, y - 12, f"金额合计（大写）：{capitals(total())}", font, 8.5)
    y -= 40
    draw.text(c, LEFT, y, "审批记录", font, 9.5)
    log = [
        ("发起", "林晓燕（采购部）", "提交", "2026-12-07 09:12"),
        ("采购主管审批", "陈国栋", "同意", "2026-12-07 10:03"),
        ("总经理审批", "梁志强", "同意", "2026-12-07 14:37"),
    ]
    y -= 6
    for k, row in enumerate(log):
        c.rect(LEFT, y - 15 * (k + 1), RIGHT - LEFT, 15)
        for x, value in zip((LEFT + 4, LEFT + 130, LEFT + 300, LEFT + 400), row, strict=True):
            draw.text(c, x, y - 15 * k - 11, value, font, 8)
    y -= 15 * len(log) + 34
    draw.text(c, LEFT, y, "供应商确认（盖章）：", font, 9)
    draw.text(c, LEFT + 300, y, "日期：", font, 9)
    draw.text(c, LEFT, 28, "打印人：林晓燕    打印时间：2026-12-07 14:52", font, 7.5)
    draw.text(c, RIGHT, 28, "第1页 共1页", font, 7.5, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单-{PO}")
    c.setCreator("Chromium")
    y = GRID.head(c, _head(c, font), font)
    for n, item in enumerate(ITEMS, start=1):
        y = GRID.row(c, y, _cells(n, item, font), font)
    _footer(c, font, y)
    c.showPage()
    c.save()
    return buffer.getvalue()
