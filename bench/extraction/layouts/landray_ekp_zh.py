"""Unseen layout: a Foshan die-casting-machine maker's 采购订单, a 蓝凌 EKP flow printed from Chrome, CNY.

佛山市南海区德锐压铸机械有限公司 (cold-chamber die-casting machines) runs its approvals in 蓝凌 EKP (Landray,
the OA many larger Chinese manufacturers use): a buyer fills in the 采购订单 form of the 流程管理 module, it
goes through its approvers, and once 已通过 the buyer opens the flow's print view and saves it from Chrome as
PDF for the supplier, under the page's title, the flow's subject the form composes from its fields
(采购订单-苏州启航精工-CG202612100007.pdf). What it prints (A4 portrait, 2 pages): Chrome's header (the date
and time at the left, the title in the middle) and foot (the print view's URL at the left, 1/2 at the right);
the form's title 采购订单 centred; 基本信息 (主题, 申请人, 所属部门, 申请时间, 流程状态 已通过, 文档编号,
紧急程度) and 表单内容 as ruled grids of shaded label cells beside value cells, two pairs a row (订单编号
CG202612100007, 订单日期 2026-12-10; 采购方 (the company), 采购员; 供应商名称 us, 供应商编码 GYS-0418; 联系人,
联系电话; 采购类型 生产物料, 币种 人民币; 要求到货日期 2027-01-15, 付款条件 货到票到月结90天; 税率 13%,
发票类型; 收货地址 and 收货人 across); 采购明细 as a ruled detail table whose head Chrome repeats on page 2:
序号 | 物料编码 (ten digits, 2103020015) | 物料名称 | 规格型号 (wrapped as a browser wraps) | 单位 (台, 个,
套, 根, 米, 只, 千克) | 数量 with the control's two decimals, no thousands (480.50) | 含税单价 with four
(4850.0000) | 含税金额 with thousands (38,800.00) | 需求日期 (four lines 2027-01-08) | 备注; 17 lines, 12 on
page 1; the 合计 row, 合计金额（大写）and 合计金额（小写）¥; 备注说明 1-3; the flow's 审批记录 table (节点 |
处理人 | 操作 | 处理意见 | 处理时间: 起草节点, 部门经理审批, 财务审核, 总经理审批, each 通过 with its time).

Truth: the PO number 订单编号; the order date 订单日期; the requested delivery date 要求到货日期; the currency
CNY (币种 人民币); the buyer the company; the supplier 供应商名称 (us, our Chinese name); the ship-to address
收货地址; the payment terms 付款条件; the total 合计金额（小写）; per line the part number 物料编码, the
description 物料名称 and 规格型号 joined with a space, the unit, the quantity, the unit price 含税单价 and the
amount 含税金额.
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

PO = "CG202612100007"
SUBJECT = f"采购订单-苏州启航精工-{PO}"
FILENAME = f"{SUBJECT}.pdf"
BUYER = "佛山市南海区德锐压铸机械有限公司"
ORDER_DATE = dt.date(2026, 12, 10)
DELIVERY = dt.date(2027, 1, 15)
EARLIER = "2027-01-08"
ADDRESS = "广东省佛山市南海区狮山镇科技工业园B区德锐路8号 原材料仓"
TERMS = "货到票到月结90天"
URL = "https://oa.derui-diecast.com/km/review/km_review_main/kmReviewMain.do?method=print&fdId=18c4f2a7e5b0c1d3a9e6"
PRINTED = "2026/12/11 09:18"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
BOTTOM = 52.0  # Chrome's foot is under this
PAGES = 2
# 物料编码, 物料名称, 规格型号, 单位, 数量, 含税单价, 需求日期 (blank: the head's), 备注
ITEMS = [
    ("2103020015", "液压齿轮泵", "CBN-E314 右旋", "台", "60", "286.0000", "", ""),
    ("2103020031", "柱塞泵", "A10VSO28DFR/31R-PPA12N00", "台", "8", "4850.0000", EARLIER, "原厂铭牌"),
    ("2103050102", "溢流阀", "DBDS10K10/315", "个", "40", "168.5000", "", ""),
    ("2103050118", "电磁换向阀", "4WE6J62/EG24N9K4 DC24V", "个", "120", "215.0000", EARLIER, ""),
    ("2105010206", "深沟球轴承", "6308-2RS C3", "套", "300", "18.6500", "", ""),
    ("2105010214", "圆锥滚子轴承", "30212", "套", "150", "42.3000", "", ""),
    ("2106030008", "骨架油封", "TC 60×80×8 NBR", "个", "1000", "1.2800", "", ""),
    ("2106030021", "O型圈", "50×3.1 氟橡胶 FKM", "个", "3000", "0.3650", "", ""),
    (
        "2107010033",
        "高压胶管总成",
        "2SN-DN16 L=1000 两端JIC 74°内螺纹",
        "根",
        "200",
        "58.0000",
        "",
        "逐根打压",
    ),
    ("2107020005", "液压钢管", "无缝钢管 Φ16×2 20# 冷拔", "米", "480.5", "12.6000", "", "6米定尺"),
    ("2108010112", "外六角螺栓", "M16×60 10.9级 发黑", "个", "5000", "0.9800", "", ""),
    ("2108020045", "六角螺母", "M16 10级 镀锌", "个", "5000", "0.3150", "", ""),
    ("2109010007", "压力表", "YN-100 0-40MPa 耐震 径向", "只", "80", "46.0000", "", ""),
    ("2109020019", "接近开关", "NBB5-18GM50-E2 PNP 常开", "个", "100", "62.5000", EARLIER, ""),
    ("2110010003", "液压油滤芯", "HX-160×10 玻纤", "个", "240", "38.4000", "", ""),
    ("2110020012", "空气滤清器", "QUQ2-20×2.5", "个", "60", "29.5000", EARLIER, ""),
    ("2111010001", "抗磨液压油", "L-HM46 200L/桶", "千克", "412.5", "9.8600", "", "按实际过磅"),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=None)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("序号",), 26, "c"),
        Column(("物料编码",), 62, "l"),
        Column(("物料名称",), 58, "l"),
        Column(("规格型号",), 0, "l"),
        Column(("单位",), 26, "c"),
        Column(("数量",), 44, "r"),
        Column(("含税单价",), 54, "r"),
        Column(("含税金额",), 58, "r"),
        Column(("需求日期",), 60, "c"),
        Column(("备注",), 46, "l"),
    ],
    size=9.0,
    line_h=14.5,
    pad=4.0,
)
PAIR = (70.0, (RIGHT - LEFT) / 2 - 70.0)  # a shaded label cell and its value cell, two pairs a row
ROW_H = 23.0


def money(value: Decimal | str) -> str:
    """含税金额 and 合计: two decimals with thousands (the amount control's 千分位)."""
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


def _pairs(c: Canvas, font: str, y: float, pairs: list[tuple[str, str]]) -> float:
    """One row of the form table: label and value cells side by side; one pair spans the row."""
    x = LEFT
    for label, value in pairs:
        width = PAIR[1] if len(pairs) > 1 else RIGHT - LEFT - PAIR[0]
        c.setFillColorRGB(0.95, 0.97, 0.99)
        c.rect(x, y - ROW_H, PAIR[0], ROW_H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0.75, 0.78, 0.82)
        c.setLineWidth(0.5)
        c.rect(x, y - ROW_H, PAIR[0], ROW_H)
        c.rect(x + PAIR[0], y - ROW_H, width, ROW_H)
        c.setStrokeColorRGB(0, 0, 0)
        draw.text(c, x + PAIR[0] - 5, y - 15, label, font, 8.5, "right")
        draw.text(c, x + PAIR[0] + 5, y - 15, value, font, 8.5)
        x += PAIR[0] + width
    return y - ROW_H


def _chrome(c: Canvas, font: str, page: int) -> None:
    """What Chrome prints in the margins: date and title at the top, URL and page at the foot."""
    draw.text(c, 20, HEIGHT - 16, PRINTED, font, 6.5)
    draw.text(c, WIDTH / 2, HEIGHT - 16, SUBJECT, font, 6.5, "center")
    draw.text(c, 20, 16, URL, font, 6.5)
    draw.text(c, WIDTH - 20, 16, f"{page}/{PAGES}", font, 6.5, "right")


def _form(c: Canvas, font: str) -> float:
    top = HEIGHT - 56
    draw.text(c, WIDTH / 2, top, "采购订单", font, 17, "center")
    draw.text(c, LEFT, top - 26, "基本信息", font, 10)
    y = top - 32
    for pairs in (
        [("主题", SUBJECT)],
        [("申请人", "周海燕"), ("所属部门", "采购部")],
        [("申请时间", "2026-12-10 10:26"), ("流程状态", "已通过")],
        [("文档编号", "LC20261210000126"), ("紧急程度", "一般")],
    ):
        y = _pairs(c, font, y, pairs)
    y -= 18
    draw.text(c, LEFT, y, "表单内容", font, 10)
    y -= 6
    rows = [
        [("订单编号", PO), ("订单日期", f"{ORDER_DATE}")],
        [("采购方", BUYER), ("采购员", "周海燕 13802641187")],
        [("供应商名称", OUR_NAME_ZH), ("供应商编码", "GYS-0418")],
        [("联系人", "张丽"), ("联系电话", "0512-66558812")],
        [("采购类型", "生产物料"), ("币种", "人民币")],
        [("要求到货日期", f"{DELIVERY}"), ("付款条件", TERMS)],
        [("税率", "13%"), ("发票类型", "增值税专用发票")],
        [("收货地址", ADDRESS)],
        [("收货人", "何建明 13925468812（仓库）")],
    ]
    for pairs in rows:
        y = _pairs(c, font, y, pairs)
    y -= 14
    draw.text(c, LEFT, y, "采购明细", font, 10)
    return y - 6


def _cells(n: int, item: tuple, font: str) -> list[list[str]]:
    code, name, spec, unit, qty, price, day, note = item
    wrapped = {k: wrap_browser(value, font, GRID.size, GRID.width(k)) for k, value in ((2, name), (3, spec))}
    return [
        [f"{n}"],
        [code],
        wrapped[2],
        wrapped[3],
        [unit],
        [f"{Decimal(qty):.2f}"],
        [price],
        [money(FIELDS.amount(item))],
        [day or f"{DELIVERY}"],
        wrap_browser(note, font, GRID.size, GRID.width(9)) if note else [""],
    ]


class _Pages:
    """Chrome's page flow: a block that does not fit under ``y`` goes to the top of a new page."""

    def __init__(self, c: Canvas, font: str) -> None:
        self.c, self.font, self.page = c, font, 1
        _chrome(c, font, 1)

    def room(self, y: float, height: float) -> float:
        if y - height >= BOTTOM:
            return y
        self.c.showPage()
        self.page += 1
        _chrome(self.c, self.font, self.page)
        return HEIGHT - 40


def _end(pages: _Pages, font: str, y: float) -> None:
    c = pages.c
    qty = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = [["合计"], [""], [""], [""], [""], [f"{qty:.2f}"], [""], [money(total())], [""], [""]]
    y = GRID.row(c, pages.room(y, 4 + GRID.line_h + ROW_H), cells, font)
    c.setLineWidth(0.5)
    c.rect(LEFT, y - ROW_H, RIGHT - LEFT, ROW_H)
    draw.text(c, LEFT + 5, y - 15, f"合计金额（大写）：{capitals(total())}", font, 8.5)
    draw.text(c, RIGHT - 5, y - 15, f"合计金额（小写）：¥{money(total())}", font, 8.5, "right")
    notes = [
        "备注说明：1. 以上价格均含13%增值税，请开具增值税专用发票，发票备注栏注明订单编号。",
        "2. 送货单须注明订单编号及物料编码，随货附合格证及材质报告；未注明的，仓库不予收货。",
        "3. 液压件到货后按我司检验规范抽检，不合格品退换货产生的费用由供方承担。",
    ]
    y = pages.room(y - ROW_H - 18, 12 * len(notes))
    for k, value in enumerate(notes):
        draw.text(c, LEFT + (0 if k == 0 else 45), y - 12 * k, value, font, 8)
    record = RuledGrid(
        LEFT,
        RIGHT,
        [
            Column(("节点",), 90, "l"),
            Column(("处理人",), 60, "l"),
            Column(("操作",), 40, "c"),
            Column(("处理意见",), 0, "l"),
            Column(("处理时间",), 96, "c"),
        ],
        size=8,
        line_h=12,
        pad=4,
    )
    steps = [
        ("起草节点", "周海燕", "提交", "", "2026-12-10 10:26"),
        ("部门经理审批", "李建国", "通过", "同意", "2026-12-10 11:02"),
        ("财务审核", "王敏", "通过", "同意，按月结90天执行", "2026-12-10 14:37"),
        ("总经理审批", "陈志远", "通过", "同意", "2026-12-10 17:15"),
    ]
    y = pages.room(y - 12 * len(notes) - 14, 12 + 16 * (len(steps) + 1))
    draw.text(c, LEFT, y, "审批记录", font, 10)
    y = record.head(c, y - 6, font, grey=0.93)
    for step in steps:
        y = record.row(c, y, [[value] for value in step], font)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(SUBJECT)
    c.setCreator("Chromium")
    c.setProducer("Skia/PDF m131")
    pages = _Pages(c, font)
    y = GRID.head(c, _form(c, font), font, grey=0.93)
    for n, item in enumerate(ITEMS, start=1):
        cells = _cells(n, item, font)
        height = 4 + GRID.line_h * max(len(parts) for parts in cells)
        top = pages.room(y, height)
        if top != y:  # Chrome breaks the table between rows and repeats its thead
            top = GRID.head(c, top, font, grey=0.93)
        y = GRID.row(c, top, cells, font)
    _end(pages, font, y)
    c.showPage()
    c.save()
    if pages.page != PAGES:
        raise AssertionError(f"{pages.page} pages, not {PAGES}")
    return buffer.getvalue()
