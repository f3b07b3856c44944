"""Unseen layout: a Hangzhou home-goods e-commerce brand's 采购单 from 吉客云 (Jackyun ERP), CNY, 1 page.

杭州拾光家居用品有限公司 sells kitchen and storage goods on Tmall, JD and Douyin and runs its orders, stock
and purchasing in 吉客云, the cloud ERP many Chinese e-commerce sellers use. Its buyer prints the 采购单
from 采购管理 > 采购单 through the system's default 打印模板 and saves it as PDF under the bill number
(采购单_CG20261217000418.pdf). What it prints: 打印时间 at the top right; the company centred over 采购单;
an unruled head three fields a row (采购单号 CG20261217000418 | 采购日期 2026-12-17 | 预计到货 2027-01-15;
供应商 us | 联系人 | 联系电话; 采购员 | 收货仓库 | 结算方式 月结45天; 币种 人民币 | 税率 13% | 物流方式;
收货地址 across; 单据备注 across); a ruled table 序号 | 货品编号 (SG-WJ-20318) | 货品名称 (wrapped as the
browser wraps a cell) | 规格 | 单位 (个, 套, 件, 米, 千克, 卷) | 数量 as keyed (1200; 62.5) | 含税单价 with
the template's four decimals (3.8500) | 折扣 as the rate paid (95%: 九五折, on four lines; 100% elsewhere)
| 含税金额 after it, two decimals with thousands | 备注; 16 lines; the 合计 row (数量, 金额); 合计金额（大写）
and 合计金额：¥ with thousands; 制单人 / 审核人 / 供应商确认（签字盖章）; 第1页 共1页 at the foot.

Truth: the PO number 采购单号; the order date 采购日期; the requested delivery date 预计到货; the currency
CNY; the buyer the company; the supplier 供应商 (us); the ship-to address 收货地址; the payment terms
结算方式; the total 合计金额; per line the part number 货品编号, the description 货品名称 and 规格 joined
with a space, the unit, the quantity, the unit price 含税单价 (before the 折扣) and the amount 含税金额
(after it).
"""

from __future__ import annotations

import datetime as dt
import io
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

FILENAME = "采购单_CG20261217000418.pdf"
BUYER = "杭州拾光家居用品有限公司"
PO = "CG20261217000418"
ORDER_DATE = dt.date(2026, 12, 17)
DELIVERY = dt.date(2027, 1, 15)
ADDRESS = "浙江省杭州市余杭区仓前街道良睦路1288号 拾光电商仓3号库"
TERMS = "月结45天"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 30.0, A4[0] - 30.0
# 货品编号, 货品名称, 规格, 单位, 数量, 含税单价, 折扣 (per cent off: 5 prints 95%), 备注
ITEMS = [
    ("SG-WJ-20318", "304不锈钢阻尼缓冲铰链", "35mm杯 全盖", "个", "2400", "3.85", "", ""),
    ("SG-WJ-20322", "304不锈钢阻尼缓冲铰链", "35mm杯 半盖", "个", "1200", "3.85", "", ""),
    ("SG-WJ-20405", "三节静音抽屉滑轨（冷轧钢镀锌）", "450mm 承重35kg", "套", "800", "12.60", "5", ""),
    ("SG-WJ-20411", "三节静音抽屉滑轨（冷轧钢镀锌）", "350mm 承重35kg", "套", "600", "10.80", "5", ""),
    ("SG-CN-31002", "厨房置物架立柱", "Φ25×600 碳钢喷塑 哑黑", "件", "1500", "6.45", "", ""),
    ("SG-CN-31015", "可调节伸缩置物架横梁", "500-800mm 铝合金氧化", "件", "900", "9.20", "", "颜色按色板"),
    ("SG-CN-31108", "沥水篮不锈钢网片", "SUS304 420×280 0.8丝", "件", "1000", "7.35", "", ""),
    ("SG-LJ-40210", "自攻螺丝", "ST4.2×16 十字沉头 镀镍", "千克", "62.5", "28.40", "", "按实际过磅"),
    ("SG-LJ-40233", "膨胀螺栓", "M8×80 碳钢镀锌", "个", "5000", "0.325", "", ""),
    ("SG-TH-50102", "压缩弹簧", "线径1.2 外径12 长度35 65Mn", "个", "6000", "0.186", "", ""),
    ("SG-TH-50120", "扭簧（垃圾桶翻盖用）", "线径1.5 180° 不锈钢", "个", "4000", "0.42", "", ""),
    ("SG-SJ-60018", "硅胶密封条", "D型 8×6 食品级 白色", "米", "1200", "1.15", "", "100米/卷"),
    ("SG-SJ-60025", "EVA防滑脚垫", "Φ20×3 背胶", "卷", "40", "36.00", "", ""),
    ("SG-DJ-70301", "直流减速电机（感应垃圾桶用）", "6V 40rpm 带编码器", "个", "800", "14.75", "5", ""),
    ("SG-DJ-70316", "红外感应控制板", "PCBA 4节5号电池供电", "件", "800", "8.90", "5", "需烧录程序V2.3"),
    ("SG-BZ-80012", "彩盒包装", "五层瓦楞 印刷四色 420×300×120", "个", "1000", "4.60", "", ""),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=6)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 22, "c"),
        Column(("货品编号",), 58, "l"),
        Column(("货品名称",), 0, "l"),
        Column(("规格",), 104, "l"),
        Column(("单位",), 24, "c"),
        Column(("数量",), 34, "r"),
        Column(("含税单价",), 42, "r"),
        Column(("折扣",), 26, "r"),
        Column(("含税金额",), 52, "r"),
        Column(("备注",), 66, "l"),
    ],
    size=7.5,
    line_h=10,
)


def money(value: Decimal | str) -> str:
    """含税金额: two decimals with thousands (24,640.00)."""
    return f"{Decimal(value):,.2f}"


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


def _head(c: Canvas, y: float, font: str) -> float:
    """The bill's head: label：value three a row, unruled; the address and the remark across."""
    rows = [
        [("采购单号", PO), ("采购日期", ORDER_DATE.isoformat()), ("预计到货", DELIVERY.isoformat())],
        [("供应商", OUR_NAME_ZH), ("联系人", "陈丽"), ("联系电话", "0512-66184418")],
        [("采购员", "沈佳怡"), ("收货仓库", "余杭电商仓"), ("结算方式", TERMS)],
        [("币种", "人民币"), ("税率", "13%"), ("物流方式", "供应商送货")],
        [("收货地址", ADDRESS)],
        [("单据备注", "双十二返单，请按预计到货日期分两批送货，送货单注明采购单号。")],
    ]
    third = (RIGHT - LEFT) / 3
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = LEFT + third * k + (40 if k else 0)
            draw.text(c, x, y, f"{label}：{value}", font, 8.5)
        y -= 14
    return y


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, qty, price, discount, note = item
    cells = [
        [f"{n}"],
        [code],
        wrap_browser(name, font, GRID.size, GRID.width(2)),
        wrap_browser(spec, font, GRID.size, GRID.width(3)),
        [unit],
        [qty],
        [f"{Decimal(price):.4f}"],
        [f"{100 - int(discount or 0)}%"],
        [money(FIELDS.amount(item))],
        wrap_browser(note, font, GRID.size, GRID.width(9)),
    ]
    return GRID.row(c, y, cells, font)


def _after(c: Canvas, y: float, font: str) -> float:
    quantity = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = [[""], ["合计"], [""], [""], [""], [f"{quantity}"], [""], [""], [money(total())], [""]]
    y = GRID.row(c, y, cells, font)
    c.rect(LEFT, y - 18, RIGHT - LEFT, 18)
    draw.text(c, LEFT + 4, y - 12, f"合计金额（大写）：{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT - 4, y - 12, f"合计金额：¥{money(total())}", font, 8.5, "right")
    y -= 36
    signs = [("制单人", "沈佳怡"), ("审核人", "周志强"), ("供应商确认（签字盖章）", "")]
    third = (RIGHT - LEFT) / 3
    for k, (label, who) in enumerate(signs):
        draw.text(c, LEFT + third * k, y, f"{label}：{who}", font, 8.5)
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购单_{PO}")
    c.setCreator("吉客云")
    y = HEIGHT - 30
    draw.text(c, RIGHT, y, "打印时间：2026-12-17 15:26:43", font, 7.5, "right")
    y -= 18
    draw.text(c, WIDTH / 2, y, BUYER, font, 12, "center")
    y -= 24
    draw.text(c, WIDTH / 2, y, "采购单", font, 18, "center")
    y = _head(c, y - 26, font)
    y = GRID.head(c, y - 2, font, grey=0.88)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _after(c, y, font) < 50:
        raise AssertionError("the bill runs into its foot")
    draw.text(c, WIDTH / 2, 24, "第1页 共1页", font, 7.5, "center")
    c.showPage()
    c.save()
    return buffer.getvalue()
