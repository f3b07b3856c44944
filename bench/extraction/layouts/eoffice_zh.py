"""Unseen layout: a Changzhou machinery maker's 采购订单 as a 泛微 e-office workflow form printed to PDF, CNY.

常州市恒力达机械制造有限公司 (gearboxes and conveyors for the building-materials trade) runs its approvals in
泛微 e-office, the smaller sibling of e-cology that many Jiangsu SMEs buy as a boxed OA: the buyer fills the
采购订单 form, the flow goes 采购主管 -> 财务审核 -> 总经理审批, and once 结束 the clerk presses 打印 on the
flow and saves the print view as PDF from the browser under the flow's name, which e-office composes from the
form's name, the creator and the day (采购订单-周敏-2026-12-18.pdf). What it prints: 采购订单 centred; 流水号
and 流程名称 left, 创建人 / 创建时间 right; the form's ruled table of label cells beside value cells, two
pairs a row (订单编号 HLD-PO-261218-03, 订单日期 2026年12月18日 as the date control shows it, 供应商名称 (us)
/ 供应商编码, 联系人 / 联系电话, 交货日期 2027年01月25日 / 结算方式 货到票到后60天电汇, 币种 人民币 / 税率
13%, 交货地址 across, wrapped); the 明细表 (detail table) under 采购明细, its captions over two lines where
long (含税单价\\n(元), 折扣率\\n(%), 含税金额\\n(元)): 序号 | 物料编码 (HLD-ZC-6312) | 物料名称 | 规格型号
(wrapped as the browser wraps) | 单位 (个, 套, 台, 件, 米, 千克) | 数量 as typed (2000; 86.5) | 含税单价 as
typed (0.385) | 折扣率 (5 on three lines: per cent off) | 含税金额 the detail field's computed money with
thousands (2,190.00) | 备注; the 合计 row (数量 and 金额); 订单总金额（大写） beside （小写）¥; 备注 1-4; the
签办反馈 table (步骤 | 办理人 | 签办意见 | 办理时间); a foot with 打印人 / 打印时间 and 第 1 页 共 1 页; 15
lines.

Truth: the PO number 订单编号; the order date 订单日期; the requested delivery date 交货日期; the currency
CNY; the buyer the company; the supplier 供应商名称 (us); the ship-to address 交货地址; the payment terms
结算方式; the total 订单总金额（小写）; per line the part number 物料编码, the description 物料名称 and
规格型号 joined with a space, the unit, the quantity, the unit price 含税单价 (before the discount) and the
amount 含税金额 (after it).
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

FILENAME = "采购订单-周敏-2026-12-18.pdf"
FLOW = "采购订单-周敏-2026-12-18"
BUYER = "常州市恒力达机械制造有限公司"
PO = "HLD-PO-261218-03"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 1, 25)
ADDRESS = "江苏省常州市武进区遥观镇钱家工业园区剑湖路66号 恒力达机械二号厂房装配车间"
TERMS = "货到票到后60天电汇"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
# 物料编码, 物料名称, 规格型号, 单位, 数量, 含税单价, 折扣率 (per cent off), 备注
ITEMS = [
    ("HLD-ZC-6312", "深沟球轴承", "6312-2RS C3 哈瓦洛/人本", "个", "240", "38.60", "", ""),
    ("HLD-ZC-2220", "调心滚子轴承", "22220 CA/W33 C3 配紧定套H320", "套", "36", "412.00", "5", ""),
    ("HLD-MF-0458", "骨架油封", "TC 65×90×12 氟橡胶 耐温200℃", "个", "800", "4.85", "", ""),
    ("HLD-MF-0112", "O型密封圈", "Φ112×3.55 丁腈橡胶 NBR70", "个", "2000", "0.385", "", ""),
    (
        "HLD-DJ-7504",
        "三相异步电机",
        "YE3-132M-4 7.5kW 380V B35 IP55 二级能效",
        "台",
        "12",
        "2860.00",
        "5",
        "带合格证",
    ),
    ("HLD-JS-0170", "减速机", "R97 速比i=28.5 输出轴Φ60 带安装法兰", "台", "6", "6350.00", "5", ""),
    ("HLD-LT-0630", "链条", "16A-1 单排 (每盒5米)", "盒", "40", "168.00", "", ""),
    ("HLD-LL-2125", "链轮", "16A 25齿 孔径Φ50 带键槽 淬火", "件", "60", "46.50", "", ""),
    ("HLD-GC-0219", "无缝钢管", "20# Φ89×4.5 GB/T 8163", "米", "86.5", "72.40", "", "定尺6米"),
    ("HLD-GB-1640", "热轧钢板", "Q355B δ=16 1500×6000", "千克", "1860.5", "4.96", "", "按实际过磅"),
    ("HLD-LS-1660", "外六角螺栓", "M16×60 8.8级 达克罗 GB/T 5783", "套", "3000", "0.92", "", "含螺母平垫"),
    ("HLD-LS-2085", "地脚螺栓", "M20×850 Q235 热镀锌 L型", "套", "120", "26.80", "", ""),
    ("HLD-YY-0400", "液压油管总成", "DN16 两端JIC 长1000mm 耐压28MPa", "根", "50", "58.00", "", ""),
    ("HLD-BJ-0063", "压力表", "Y-100 0-25MPa 径向 M20×1.5", "块", "30", "36.50", "", ""),
    ("HLD-DQ-0325", "交流接触器", "LC1D32M7C 线圈220V 施耐德原装", "个", "48", "218.00", "", ""),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=6)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 24, "c"),
        Column(("物料编码",), 62, "l"),
        Column(("物料名称",), 58, "l"),
        Column(("规格型号",), 0, "l"),
        Column(("单位",), 24, "c"),
        Column(("数量",), 38, "r"),
        Column(("含税单价", "(元)"), 42, "r"),
        Column(("折扣率", "(%)"), 30, "r"),
        Column(("含税金额", "(元)"), 54, "r"),
        Column(("备注",), 48, "l"),
    ],
    size=7.5,
    line_h=10.5,
)


def money(value: Decimal | str) -> str:
    """The detail field's money format: thousands and two decimals (2,190.00)."""
    return f"{Decimal(value):,.2f}"


def zh_date(day: dt.date) -> str:
    """The date control as e-office shows it: 2026年12月18日."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


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
    """The form's ruled table: label cells beside value cells, two pairs a row; a long value wraps."""
    rows = [
        [("订单编号", PO), ("订单日期", zh_date(ORDER_DATE))],
        [("采购单位", BUYER), ("采购部门", "采购部")],
        [("供应商名称", OUR_NAME_ZH), ("供应商编码", "GYS-0418")],
        [("联系人", "陈经理"), ("联系电话", "0512-66184418")],
        [("交货日期", zh_date(DELIVERY)), ("结算方式", TERMS)],
        [("币种", "人民币"), ("税率", "13%")],
        [("交货地址", ADDRESS)],
        [("收货人", "装配车间 刘建平 13861224418")],
    ]
    label_w, half = 62.0, (RIGHT - LEFT) / 2
    c.setLineWidth(0.6)
    for row in rows:
        span = RIGHT - LEFT if len(row) == 1 else half
        parts = [wrap_browser(value, font, 8.5, (span - label_w) - 8) for _, value in row]
        height = 8 + 12 * max(len(p) for p in parts)
        for k, (label, _value) in enumerate(row):
            x = LEFT + half * k
            c.rect(x, y - height, label_w, height)
            c.rect(x + label_w, y - height, span - label_w, height)
            draw.text(c, x + label_w - 4, y - 12.5, label, font, 8.5, "right")
            for n, part in enumerate(parts[k]):
                draw.text(c, x + label_w + 4, y - 12.5 - 12 * n, part, font, 8.5)
        y -= height
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
        [price],
        [discount],
        [money(FIELDS.amount(item))],
        wrap_browser(note, font, GRID.size, GRID.width(9)),
    ]
    return GRID.row(c, y, cells, font)


def _after(c: Canvas, y: float, font: str) -> float:
    quantity = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = [["合计"], [""], [""], [""], [""], [f"{quantity:.2f}"], [""], [""], [money(total())], [""]]
    y = GRID.row(c, y, cells, font)
    c.rect(LEFT, y - 18, RIGHT - LEFT, 18)
    draw.text(c, LEFT + 4, y - 12.5, f"订单总金额（大写）：{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT - 4, y - 12.5, f"（小写）：¥{money(total())}", font, 8.5, "right")
    y -= 18
    notes = [
        "1. 以上价格均含13%增值税及运费，送货至我司指定地址；",
        "2. 送货单及发票须注明本订单编号，轴承、电机须随货附合格证；",
        "3. 折扣率为供方年度框架协议折扣，金额已按折扣后计算；",
        "4. 逾期交货每天按未交货金额的0.5%扣款，质量问题由供方负责退换。",
    ]
    height = 8 + 11 * len(notes)
    c.rect(LEFT, y - height, 62, height)
    c.rect(LEFT + 62, y - height, RIGHT - LEFT - 62, height)
    draw.text(c, LEFT + 58, y - 12, "备注", font, 8.5, "right")
    for k, note in enumerate(notes):
        draw.text(c, LEFT + 66, y - 12 - 11 * k, note, font, 8)
    y -= height + 14
    draw.text(c, LEFT, y, "签办反馈", font, 9)
    steps = [
        ("步骤", "办理人", "签办意见", "办理时间"),
        ("1. 采购申请", "周敏", "提交", "2026-12-18 09:16:42"),
        ("2. 采购主管", "钱立新", "同意，价格与框架协议一致。", "2026-12-18 10:05:13"),
        ("3. 财务审核", "沈慧", "同意", "2026-12-18 13:48:27"),
        ("4. 总经理审批", "恒国强", "同意", "2026-12-18 15:22:09"),
    ]
    edges = [LEFT, LEFT + 90, LEFT + 160, RIGHT - 110, RIGHT]
    y -= 6
    for row in steps:
        for k, value in enumerate(row):
            c.rect(edges[k], y - 15, edges[k + 1] - edges[k], 15)
            draw.text(c, edges[k] + 4, y - 10.5, value, font, 8)
        y -= 15
    return y


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(FLOW)
    c.setCreator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0")
    c.setProducer("Skia/PDF m131")
    y = HEIGHT - 42
    draw.text(c, WIDTH / 2, y, "采购订单", font, 17, "center")
    y -= 22
    draw.text(c, LEFT, y, f"流水号：2612180418    流程名称：{FLOW}", font, 8)
    draw.text(c, RIGHT, y, "创建人：周敏    创建时间：2026-12-18 09:16", font, 8, "right")
    y = _form(c, y - 6, font)
    y -= 10
    draw.text(c, LEFT, y - 10, "采购明细", font, 9)
    y = GRID.head(c, y - 16, font, grey=0.92)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _after(c, y, font) < 44:
        raise AssertionError("the form runs off its page")
    c.setFillColorRGB(0.4, 0.4, 0.4)
    draw.text(c, LEFT, 26, "打印人：周敏    打印时间：2026-12-18 16:42:10", font, 7)
    draw.text(c, RIGHT, 26, "第 1 页 共 1 页", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)
    c.showPage()
    c.save()
    return buffer.getvalue()
