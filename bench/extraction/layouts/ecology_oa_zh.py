"""Unseen layout: 宁波金瑞液压机械有限公司's 采购订单审批流程 as 泛微 e-cology prints it to PDF.

A Ningbo hydraulic-machinery maker (about 300 staff) runs its purchasing approvals in 泛微 e-cology (the OA
most mid-size Chinese manufacturers use): the buyer fills the 采购订单审批 workflow form, it goes round
部门经理 / 财务审核 / 总经理, and the archived request is printed from the browser (打印 -> 另存为 PDF,
page margins off) and mailed. What the OA form looks like printed: the 流程标题 line (采购订单审批-李娜-
2026-12-09) and the 请求编号 (the OA's own request id, 202612090087, another long number) over a ruled
form of SHADED LABEL CELLS beside value cells, four a row (订单编号 | 申请日期, 申请人 | 申请部门, 采购主体
| 供应商名称, 币种 人民币 | 要求到货日期), full-width rows for 付款方式, 收货地址, 关联流程 (the requisition
workflow it came from, with its own date) and 相关附件 (the supplier's quotation file, QH-Q2026-1187.pdf
(235KB)). 明细表1 采购明细 is an HTML table: 物料编码 are ten-digit numbers from the ERP browse button
(3101020045: they look like quantities), 物料名称, 规格型号, 单位, 数量 and 含税单价 with the form's two
decimals (400.00 / 7.20), 金额 with 千分位, 需求日期 and 备注. THE TABLE RUNS ON TO PAGE 2 WITHOUT ITS COLUMN
HEADS (a browser repeats no <tr> head), then the form's 合计 row, 含税总金额 (小写 and 大写 as two form
fields), 明细表2 付款计划 (a SECOND TABLE with 序号, 付款阶段, 比例, 金额 and 日期: not order lines), and
the 流转意见 approval log (节点 / 操作者 / 操作 / 接收时间 / 操作时间 / 签字意见), full of other dates.

Truth: the PO number 订单编号 (JR-CG-2026-0318; not the 请求编号); the order date 申请日期; the requested
delivery date 要求到货日期; the currency CNY (人民币); the buyer the 采购主体; the supplier 供应商名称 (us);
the ship-to address 收货地址; the payment terms 付款方式; the total 含税总金额 (= the 合计 row = the sum of
the lines); per line the part number 物料编码, the description 物料名称 and 规格型号 joined with a space, the
unit 单位, the quantity 数量, the unit price 含税单价 and the amount 金额 (= quantity x price).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "采购订单审批-李娜-2026-12-09.pdf"
BUYER = "宁波金瑞液压机械有限公司"
PO = "JR-CG-2026-0318"
REQUEST_ID = "202612090087"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2026, 12, 23)
ADDRESS = "浙江省宁波市北仑区大碶街道庐山东路188号金瑞液压2号仓库"
TERMS = "预付30%，货到验收合格后60天付70%"
# 物料编码, 物料名称, 规格型号, 单位, 数量, 含税单价, 需求日期, 备注
ITEMS = [
    ("3101020045", "深沟球轴承", "6205-2RS/C3", "套", "400", "7.20", "2026-12-23", ""),
    ("3101020051", "深沟球轴承", "6206-ZZ", "套", "300", "9.50", "2026-12-23", ""),
    ("3101020078", "圆锥滚子轴承", "30207", "套", "120", "18.60", "2026-12-23", ""),
    ("3101030012", "滚针轴承", "NK25/20", "套", "200", "6.80", "2026-12-23", ""),
    ("3102010006", "推力球轴承", "51107", "套", "80", "8.40", "2026-12-23", ""),
    ("3103020131", "O型圈", "50×3.1 NBR70", "个", "2000", "0.36", "2026-12-23", "耐油"),
    ("3103020137", "O型圈", "80×3.55 FKM", "个", "600", "1.85", "2026-12-23", "氟橡胶"),
    ("3103040015", "格莱圈", "GSF 63×48.5", "套", "150", "12.40", "2027-01-06", ""),
    ("3103040022", "斯特封", "RSF 40×50", "套", "150", "9.80", "2027-01-06", ""),
    ("3103050008", "防尘圈", "DKB 40×50×7/10", "个", "300", "2.60", "2027-01-06", ""),
    ("3201010204", "内六角螺钉", "M10×35 12.9级", "个", "3000", "0.42", "2026-12-23", "发黑"),
    ("3201010219", "内六角螺钉", "M12×45 12.9级", "个", "2000", "0.68", "2026-12-23", "发黑"),
    ("3201030011", "六角螺母", "M16 10级", "个", "1000", "0.55", "2026-12-23", "镀锌"),
    ("3202010040", "弹簧垫圈", "M16", "个", "1000", "0.06", "2026-12-23", ""),
    ("3301020017", "液压软管总成", "DN10 2SN L=800", "根", "60", "46.50", "2027-01-06", "两端JIC接头"),
    ("3301020023", "液压软管总成", "DN16 2SN L=1200", "根", "40", "78.00", "2027-01-06", ""),
    ("3302010005", "卡套式直通接头", "GE12LR 3/8", "个", "200", "11.20", "2026-12-23", ""),
    ("3302010009", "卡套式弯通接头", "WE16L", "个", "120", "16.80", "2026-12-23", ""),
    ("3303010002", "测压接头", "M14×1.5 快插", "个", "100", "14.50", "2026-12-23", ""),
    ("3401010031", "齿轮泵", "CBN-E316", "台", "12", "286.00", "2027-01-06", "急"),
    ("3401020008", "电磁换向阀", "4WE6E-L6X/EG24", "只", "16", "315.00", "2027-01-06", ""),
    ("3402010014", "压力表", "YN-60 0-25MPa", "只", "40", "32.50", "2026-12-23", "耐震"),
    ("3402030006", "吸油过滤器", "WU-100×180F", "只", "24", "26.80", "2026-12-23", ""),
    ("3501010003", "液压油", "L-HM46 18L", "桶", "20", "365.00", "2026-12-23", "长城"),
]
LEFT, WIDE = 36.0, 523.0
FORM_W = (70.0, 191.5, 70.0, 191.5)  # label | value | label | value
COLUMNS = [  # heading, width, align
    ("序号", 24, "c"),
    ("物料编码", 56, "l"),
    ("物料名称", 68, "l"),
    ("规格型号", 88, "l"),
    ("单位", 24, "c"),
    ("数量", 48, "r"),
    ("含税单价", 46, "r"),
    ("金额", 60, "r"),
    ("需求日期", 54, "c"),
    ("备注", 55, "l"),
]
ROW_H, SIZE = 22.0, 7.4
ROWS_FIRST = 22  # page 1 is full after 22 detail rows; the rest go on page 2 without the heads
GREY = (0.9, 0.92, 0.95)


def money(value: Decimal | str) -> str:
    return grouped(value)


def total() -> Decimal:
    return sum((amount(item[4], item[5]) for item in ITEMS), Decimal(0))


def payments() -> list[tuple[str, str, Decimal, str]]:
    """明细表2: the 30 % advance and the 70 % balance (付款阶段, 比例, 金额, 计划付款日期)."""
    advance = (total() * Decimal("0.3")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return [("预付款", "30", advance, "2026-12-14"), ("尾款", "70", total() - advance, "2027-03-08")]


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, price, _, _ in ITEMS
        ],
    )


def _shade(c, x: float, top: float, width: float, height: float) -> None:
    c.setFillColorRGB(*GREY)
    c.rect(x, top - height, width, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def _form(c, font: str, top: float) -> float:
    """The form's header cells: shaded labels, values beside them; returns the bottom."""
    pairs = [
        ("订单编号", PO, "申请日期", ORDER_DATE.isoformat()),
        ("申请人", "李娜", "申请部门", "采购部"),
        ("采购主体", BUYER, "供应商名称", OUR_NAME_ZH),
        ("币种", "人民币", "要求到货日期", DELIVERY.isoformat()),
    ]
    wide = [
        ("付款方式", TERMS),
        ("收货地址", ADDRESS),
        ("关联流程", "采购申请-王磊-2026-12-02（请求编号 202612020031）"),
        ("相关附件", "QH-Q2026-1187.pdf（235KB）"),
    ]
    height = 24.0
    y = top
    c.setLineWidth(0.5)
    edges = [LEFT]
    for width in FORM_W:
        edges.append(edges[-1] + width)
    for label1, value1, label2, value2 in pairs:
        _shade(c, edges[0], y, FORM_W[0], height)
        _shade(c, edges[2], y, FORM_W[2], height)
        for col, value in enumerate((label1, value1, label2, value2)):
            c.rect(edges[col], y - height, FORM_W[col], height)
            draw.text(c, edges[col] + 4, y - 15.5, value, font, 8.5)
        y -= height
    for label, value in wide:
        _shade(c, LEFT, y, FORM_W[0], height)
        c.rect(LEFT, y - height, FORM_W[0], height)
        c.rect(edges[1], y - height, WIDE - FORM_W[0], height)
        draw.text(c, LEFT + 4, y - 15.5, label, font, 8.5)
        draw.text(c, edges[1] + 4, y - 15.5, value, font, 8.5)
        y -= height
    return y


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _row(c, font: str, y: float, cells: list[str], head: bool = False) -> float:
    edges = _edges()
    if head:
        _shade(c, LEFT, y, edges[-1] - LEFT, ROW_H)
    c.setLineWidth(0.5)
    for col, value in enumerate(cells):
        c.rect(edges[col], y - ROW_H, edges[col + 1] - edges[col], ROW_H)
        if not value:
            continue
        align = "c" if head else COLUMNS[col][2]
        base = y - 14
        if align == "r":
            draw.text(c, edges[col + 1] - 3, base, value, font, SIZE, "right")
        elif align == "c":
            draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, SIZE, "center")
        else:
            draw.text(c, edges[col] + 3, base, value, font, SIZE)
    return y - ROW_H


def _cells(n: int, item: tuple) -> list[str]:
    code, name, spec, unit, qty, price, due, note = item
    return [
        str(n),
        code,
        name,
        spec,
        unit,
        grouped(qty),
        grouped(price),
        money(amount(qty, price)),
        due,
        note,
    ]


def _bar(c, font: str, y: float, title: str) -> float:
    """A 明细表's title bar over its table."""
    _shade(c, LEFT, y, WIDE, 18)
    c.rect(LEFT, y - 18, WIDE, 18)
    draw.text(c, LEFT + 4, y - 12.5, title, font, 9)
    return y - 18


def _small_table(c, font: str, y: float, widths: list[float], rows: list[list[str]]) -> float:
    edges = [LEFT]
    for width in widths:
        edges.append(edges[-1] + width)
    for r, cells in enumerate(rows):
        if r == 0:
            _shade(c, LEFT, y, WIDE, 18)
        for col, value in enumerate(cells):
            c.rect(edges[col], y - 18, widths[col], 18)
            draw.text(c, edges[col] + 3, y - 12.5, value, font, 7.4)
        y -= 18
    return y


def _after_table(c, font: str, y: float) -> None:
    edges = _edges()
    c.rect(LEFT, y - ROW_H, edges[-1] - LEFT, ROW_H)
    draw.text(c, LEFT + 4, y - 12.5, "合计", font, SIZE)
    qty = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    draw.text(c, edges[6] - 3, y - 12.5, grouped(qty), font, SIZE, "right")
    draw.text(c, edges[8] - 3, y - 12.5, money(total()), font, SIZE, "right")
    y -= ROW_H + 10
    for label, value in (
        ("含税总金额（小写）", f"¥{money(total())}"),
        ("含税总金额（大写）", capitals(total())),
    ):
        _shade(c, LEFT, y, 110, 20)
        c.rect(LEFT, y - 20, 110, 20)
        c.rect(LEFT + 110, y - 20, WIDE - 110, 20)
        draw.text(c, LEFT + 4, y - 13.5, label, font, 8.5)
        draw.text(c, LEFT + 114, y - 13.5, value, font, 8.5)
        y -= 20
    y = _bar(c, font, y - 12, "明细表2：付款计划")
    rows = [["序号", "付款阶段", "付款比例(%)", "付款金额", "计划付款日期"]]
    rows += [
        [str(n), stage, share, money(paid), day] for n, (stage, share, paid, day) in enumerate(payments(), 1)
    ]
    y = _small_table(c, font, y, [40, 120, 100, 130, 133], rows)
    y = _bar(c, font, y - 12, "流转意见")
    log = [
        ["节点", "操作者", "操作", "接收时间", "操作时间", "签字意见"],
        ["申请人", "李娜", "提交", "2026-12-09 09:12:33", "2026-12-09 09:15:02", "请审批"],
        ["部门经理", "陈国栋", "批准", "2026-12-09 09:15:02", "2026-12-09 10:41:18", "同意"],
        ["财务审核", "周敏", "批准", "2026-12-09 10:41:18", "2026-12-10 08:57:45", "同意，按付款计划执行"],
        ["总经理", "金立新", "批准", "2026-12-10 08:57:45", "2026-12-10 11:20:06", "同意"],
        ["归档", "李娜", "归档", "2026-12-10 11:20:06", "2026-12-10 13:05:51", ""],
    ]
    _small_table(c, font, y, [56, 52, 40, 95, 95, 185], log)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单审批-李娜-{ORDER_DATE.isoformat()}")
    top = draw.PAGE_HEIGHT - 40
    draw.text(c, draw.PAGE_WIDTH / 2, top - 8, "采购订单审批", font, 16, "center")
    draw.text(c, LEFT, top - 32, f"流程标题：采购订单审批-李娜-{ORDER_DATE.isoformat()}", font, 8.5)
    draw.text(c, LEFT + WIDE, top - 32, f"请求编号：{REQUEST_ID}", font, 8.5, "right")
    y = _form(c, font, top - 40)
    y = _bar(c, font, y - 12, "明细表1：采购明细")
    heads = [heading for heading, _, _ in COLUMNS]
    y = _row(c, font, y, heads, head=True)
    rows = [_cells(n, item) for n, item in enumerate(ITEMS, start=1)]
    for cells in rows[:ROWS_FIRST]:
        y = _row(c, font, y, cells)
    if not 30 <= y < 30 + ROW_H:
        raise AssertionError(f"page 1 is not filled to its foot ({y:.0f})")
    c.showPage()
    y = draw.PAGE_HEIGHT - 40
    for cells in rows[ROWS_FIRST:]:  # no column heads: the browser carries the table on
        y = _row(c, font, y, cells)
    _after_table(c, font, y)
    c.showPage()
    c.save()
    return buffer.getvalue()
