"""Unseen layout: a Wenzhou valve maker's 采购订单 as a 通达OA workflow form printed from Chrome, CNY.

温州市瓯龙阀门有限公司 runs its approvals in 通达OA (Tongda OA, the office suite many small and mid-sized
Zhejiang manufacturers install on their own server): the buyer fills the 采购订单 form the admin drew in the
form designer, the flow goes 采购经理 -> 财务 -> 总经理, and once 办结 the clerk opens the work's 打印 view
and saves it as PDF from Chrome with its headers and footers off, under the page's title, the work's name
Tongda composes from the flow and the creation time, the colons Chrome cannot put in a file name as
underscores (采购订单(2026-12-15 09_32_11).pdf). What it prints: 流水号：1418 and 工作名称/文号：采购订单(…)
over the form; 采购订单 centred; one ruled table of label cells beside value cells, two pairs a row
(订单编号 OL-CG2612-0418 typed by the buyer, 下单日期 2026-12-15 from the date macro, 供应商 (us) /
供应商联系人, 采购员 / 所属部门 from the user macros, 要求交货日期 2027-01-20 / 付款方式
月结60天，6个月银行承兑汇票, 币别 人民币 / 发票要求 13%增值税专用发票, 送货地址 across); 采购明细 as the
form's list control, its columns 序号 / 物料编号 (OL-FJ-0215) / 物料名称 / 规格型号 / 单位 / 数量 as typed
(1500; 62.5) / 单价 as typed (0.365; 12.8) / 金额 the control's computed column with two decimals and no
thousands / 备注, and the control's 合计 row under it (数量 and 金额 summed); 合计金额（大写） from the
form's RMB() calculation control beside 合计金额（小写）; 备注 1-3; the 会签意见 areas (采购经理 / 财务 /
总经理: 同意 with the signer and the time); 16 lines.

Truth: the PO number 订单编号; the order date 下单日期; the requested delivery date 要求交货日期; the
currency CNY; the buyer the company; the supplier 供应商 (us); the ship-to address 送货地址; the payment
terms 付款方式; the total 合计金额（小写）; per line the part number 物料编号, the description 物料名称 and
规格型号 joined with a space, the unit, the quantity, the unit price 单价 and the amount 金额.
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

FILENAME = "采购订单(2026-12-15 09_32_11).pdf"
WORK = "采购订单(2026-12-15 09:32:11)"
BUYER = "温州市瓯龙阀门有限公司"
PO = "OL-CG2612-0418"
ORDER_DATE = dt.date(2026, 12, 15)
DELIVERY = dt.date(2027, 1, 20)
ADDRESS = "浙江省温州市龙湾区永兴街道阀门工业区兴工路18号 瓯龙阀门成品仓"
TERMS = "月结60天，6个月银行承兑汇票"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 40.0, A4[0] - 40.0
# 物料编号, 物料名称, 规格型号, 单位, 数量, 单价, 备注
ITEMS = [
    ("OL-FJ-0215", "阀杆", "DN50 2Cr13 调质", "根", "600", "18.60", ""),
    ("OL-FJ-0218", "阀杆", "DN80 2Cr13 调质", "根", "300", "26.40", ""),
    ("OL-FJ-0302", "阀瓣", "DN50 CF8M 精铸", "只", "400", "32.50", "带材质报告"),
    ("OL-FJ-0311", "阀座密封圈", "DN50 PTFE+25%碳纤维", "只", "1500", "3.85", ""),
    ("OL-FJ-0326", "O型圈", "Φ63×3.55 氟橡胶", "只", "3000", "0.365", ""),
    ("OL-FJ-0401", "填料压盖", "DN50 WCB", "只", "400", "11.20", ""),
    ("OL-FJ-0415", "柔性石墨填料环", "Φ28×Φ40×6 (8环/套)", "套", "800", "4.75", ""),
    ("OL-BZ-1012", "双头螺柱", "M16×90 35CrMoA 发黑", "根", "2400", "1.96", ""),
    ("OL-BZ-1018", "六角螺母", "M16 35# 发黑 GB/T 6170", "只", "4800", "0.28", ""),
    ("OL-FJ-0520", "蜗轮箱", "QDX3-2 输出扭矩1000N·m", "台", "60", "285.00", ""),
    ("OL-FJ-0533", "手轮", "Φ250 球墨铸铁 喷塑", "只", "200", "22.80", ""),
    ("OL-FJ-0610", "轴套", "DN80 铜合金 QAl9-4", "只", "300", "16.35", ""),
    ("OL-CL-2003", "不锈钢圆钢", "304 Φ32 冷拉光圆", "千克", "62.5", "24.60", "按实际过磅"),
    ("OL-CL-2011", "不锈钢板", "316L δ=3 2B面", "千克", "118.4", "31.50", "按实际过磅"),
    ("OL-FJ-0702", "定位销", "Φ6×20 GB/T 119.2 淬硬", "只", "5000", "0.125", ""),
    ("OL-FJ-0718", "铭牌", "不锈钢腐蚀 60×40 含标识", "片", "1200", "0.85", "按附图"),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=None)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 26, "c"),
        Column(("物料编号",), 64, "l"),
        Column(("物料名称",), 72, "l"),
        Column(("规格型号",), 0, "l"),
        Column(("单位",), 28, "c"),
        Column(("数量",), 40, "r"),
        Column(("单价",), 42, "r"),
        Column(("金额",), 54, "r"),
        Column(("备注",), 56, "l"),
    ],
    size=7.5,
    line_h=11,
)


def money(value: Decimal | str) -> str:
    """The list control's computed 金额: two decimals, no thousands (3870.00)."""
    return f"{Decimal(value):.2f}"


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


def _form(c: Canvas, y: float, font: str) -> float:
    """The designer's ruled table: shaded label cells beside value cells, two pairs a row."""
    rows = [
        [("订单编号", PO), ("下单日期", ORDER_DATE.isoformat())],
        [("采购方", BUYER), ("采购员", "林晓燕")],
        [("供应商", OUR_NAME_ZH), ("供应商联系人", "陈经理 0512-66184418")],
        [("所属部门", "采购部"), ("联系电话", "0577-86924418")],
        [("要求交货日期", DELIVERY.isoformat()), ("付款方式", TERMS)],
        [("币别", "人民币"), ("发票要求", "13%增值税专用发票")],
        [("送货地址", ADDRESS)],
        [("收货人", "仓库 王建国 13967704418")],
    ]
    label_w, half = 66.0, (RIGHT - LEFT) / 2
    height = 16.0
    c.setLineWidth(0.5)
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = LEFT + half * k
            span = RIGHT - LEFT if len(row) == 1 else half
            c.setFillColorRGB(0.93, 0.95, 0.98)
            c.rect(x, y - height, label_w, height, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x, y - height, label_w, height)
            c.rect(x + label_w, y - height, span - label_w, height)
            draw.text(c, x + label_w / 2, y - 11, label, font, 8, "center")
            draw.text(c, x + label_w + 4, y - 11, value, font, 8)
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
        [qty],
        [price],
        [money(FIELDS.amount(item))],
        wrap_browser(note, font, GRID.size, GRID.width(8)),
    ]
    return GRID.row(c, y, cells, font)


def _after(c: Canvas, y: float, font: str) -> float:
    quantity = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = [["合计"], [""], [""], [""], [""], [f"{quantity}"], [""], [money(total())], [""]]
    y = GRID.row(c, y, cells, font)
    c.rect(LEFT, y - 16, RIGHT - LEFT, 16)
    draw.text(c, LEFT + 4, y - 11, f"合计金额（大写）：{capitals(total())}", font, 8)
    draw.text(c, RIGHT - 4, y - 11, f"合计金额（小写）：¥{money(total())}", font, 8, "right")
    y -= 16
    notes = [
        "1. 以上单价均为含13%增值税价，含运费送货到厂；",
        "2. 送货单、发票上须注明本订单编号，材质证明随货同行；",
        "3. 来料按GB/T 2828.1 AQL 1.0抽检，不合格品由供方负责退换。",
    ]
    c.rect(LEFT, y - 12 - 11 * len(notes), RIGHT - LEFT, 12 + 11 * len(notes))
    draw.text(c, LEFT + 4, y - 11, "备注：", font, 8)
    for k, note in enumerate(notes):
        draw.text(c, LEFT + 30, y - 11 - 11 * k, note, font, 8)
    y -= 12 + 11 * len(notes) + 10
    opinions = [
        ("采购经理意见", "同意", "郑海波", "2026-12-15 10:06:48"),
        ("财务意见", "同意，按月结60天付款。", "吴丽娟", "2026-12-15 13:41:20"),
        ("总经理意见", "同意", "陈国荣", "2026-12-15 16:18:05"),
    ]
    for label, text, who, when in opinions:
        c.rect(LEFT, y - 30, 80, 30)
        c.rect(LEFT + 80, y - 30, RIGHT - LEFT - 80, 30)
        draw.text(c, LEFT + 40, y - 18, label, font, 8, "center")
        draw.text(c, LEFT + 86, y - 12, text, font, 8)
        draw.text(c, RIGHT - 6, y - 25, f"{who}  {when}", font, 7.5, "right")
        y -= 30
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(WORK)
    c.setCreator("Chrome")
    c.setProducer("Skia/PDF m131")
    y = HEIGHT - 36
    draw.text(c, LEFT, y, "流水号：1418", font, 8)
    draw.text(c, LEFT + 90, y, f"工作名称/文号：{WORK}", font, 8)
    y -= 30
    draw.text(c, WIDTH / 2, y, "采购订单", font, 16, "center")
    y = _form(c, y - 14, font)
    y -= 10
    draw.text(c, LEFT, y - 10, "采购明细", font, 9)
    y = GRID.head(c, y - 16, font, grey=0.9)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _after(c, y, font) < 30:
        raise AssertionError("the form runs off its page")
    c.showPage()
    c.save()
    return buffer.getvalue()
