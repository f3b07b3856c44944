"""Unseen layout: 常州恒林传动机械有限公司's 采购订单 approval as 企业微信 (WeCom) prints it, 3 pages.

A Changzhou maker of gear reducers (about 150 staff) has no ERP purchasing module: its buyers fill the
采购订单 approval template of 企业微信's 审批 app, the approval goes round 采购经理 / 财务经理 / 总经理, and
the approved request is printed from the WeCom desktop client (审批详情 -> 打印 -> 另存为 PDF) and mailed to
the supplier as the order. What WeCom prints: the company's logo and name at the top, the template's name
(采购订单) centred under it, a round green 已通过 status stamp, then ONE RULED TWO-COLUMN TABLE, shaded
label cell beside value cell, one field a row: first the approval's own fields (审批编号 202612090046, the
app's number, another long number; 申请人, 所在部门, 提交时间 2026/12/09 17:26, 审批状态), then the form's
controls in the template's order (采购单号, 下单日期, 供应商, 供应商联系人 with a mobile number, 币种 人民币,
要求到货日期, 收货地址, 付款方式, 关联审批单 (the requisition approval, with its own number and date)).
THE ITEMS ARE NO TABLE: a WeCom 明细 control prints each row as its own block, a shaded 明细1 / 明细2 ...
row over INDENTED label | value rows (物料编码, 物料名称, 规格型号, 单位, 数量, 单价（元）, 金额（元）, and
备注 only where the buyer filled it), so the fields of one item stand under one another, and the blocks run
over three pages, two blocks broken across a page end (a browser breaks between rows, never repeats a
head). After the items: the 明细's own 总计 row (数量 and 金额 summed), 采购总金额（元） (a 金额 control:
¥ and the figure, then its 大写 on a second line in the same cell), 是否含税 (是，13%增值税专用发票), 备注,
附件 (the supplier's quotation file, with its date in the name), then the 审批流程 (each approver, the
action and its time, 2026/12/09 and 2026/12/10) and 抄送人, and 打印人 / 打印时间 under it; 第 N 页 / 共 3 页
at the foot of each page.

Truth: the PO number 采购单号 (HL-PO-2612-0093; not the 审批编号 nor the 关联审批单's); the order date
下单日期 (not the 提交时间, the day before, nor the approvals' or the print's times); the requested delivery
date 要求到货日期; the currency CNY (币种 人民币); the buyer the company at the top; the supplier 供应商 (us);
the ship-to address 收货地址; the payment terms 付款方式; the total 采购总金额（元） (= the 总计 金额 =
the sum of the items); per item (明细N) the part number 物料编码, the description 物料名称 and
规格型号 joined with a space, the unit 单位, the quantity 数量, the unit price 单价（元） and the amount
金额（元） (= quantity x price); the 备注 rows are no part of the description.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "企业微信审批-采购订单-202612090046.pdf"
BUYER = "常州恒林传动机械有限公司"
PO = "HL-PO-2612-0093"
APPROVAL_NO = "202612090046"
ORDER_DATE = dt.date(2026, 12, 10)
SUBMITTED = "2026/12/09 17:26"
DELIVERY = dt.date(2026, 12, 28)
ADDRESS = "江苏省常州市武进区湖塘镇长虹西路58号恒林传动3号车间"
TERMS = "货到票到月结60天，银行承兑"
# 物料编码, 物料名称, 规格型号, 单位, 数量, 单价（元）, 备注
ITEMS = [
    ("HL-0301-0125", "深沟球轴承", "6206-2RS/C3", "套", "400", "8.60", ""),
    ("HL-0302-0017", "圆锥滚子轴承", "32210", "套", "60", "46.80", "哈瓦洛或同等品牌"),
    ("HL-0410-0052", "梅花联轴器", "LM-112 孔径Φ28/Φ32 配键槽", "套", "40", "86.00", ""),
    ("HL-0420-0208", "平键", "GB/T 1096 10×8×50 45钢", "个", "1500", "0.85", ""),
    ("HL-0515-0031", "骨架油封", "TC 45×62×8 NBR", "个", "800", "1.90", ""),
    ("HL-0515-0046", "骨架油封", "TC 60×80×10 FKM", "个", "300", "6.40", "氟橡胶，耐温200℃"),
    ("HL-0630-0012", "滚子链", "08B-1 节距12.7 每根5米", "根", "50", "72.00", ""),
    ("HL-0631-0007", "链轮", "08B-1 Z=19 内孔Φ25 齿面淬火", "个", "120", "38.50", "随货附淬火报告"),
    ("HL-0702-0110", "内六角圆柱头螺钉", "M12×40 12.9级 发黑", "个", "3000", "0.72", ""),
    ("HL-0803-0004", "同步带", "HTD 8M-1200-30", "条", "80", "58.60", ""),
    (
        "HL-0901-0021",
        "减速机输出轴",
        "40Cr 调质 图号HL-ZD-2231 Rev.B",
        "件",
        "30",
        "315.00",
        "按图加工，首件送检",
    ),
]
LEFT, WIDTH = 48.0, draw.PAGE_WIDTH - 96.0
LABEL_W, INDENT = 112.0, 22.0
TOP, BOTTOM = draw.PAGE_HEIGHT - 40.0, 48.0
SIZE = 8.6
GREY, BLOCK_GREY = (0.95, 0.96, 0.97), (0.88, 0.91, 0.95)


@dataclass(frozen=True)
class Row:
    """One row of the printed table: a kind (how it is drawn), its texts and its height."""

    kind: str  # field, section, block, item, flow
    label: str
    value: str = ""
    second: str = ""  # a second, smaller line in the value cell (the 大写 under the amount)
    height: float = 20.0


def money(value: Decimal | str) -> str:
    return grouped(value)


def total() -> Decimal:
    return sum((amount(item[4], item[5]) for item in ITEMS), Decimal(0))


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
            for code, name, spec, unit, qty, price, _ in ITEMS
        ],
    )


def rows() -> list[Row]:
    """Everything under the title, in print order (the pages are cut from this)."""
    out = [
        Row("field", "审批编号", APPROVAL_NO),
        Row("field", "申请人", "顾晓雯"),
        Row("field", "所在部门", "供应链中心/采购部"),
        Row("field", "提交时间", SUBMITTED),
        Row("field", "审批状态", "已通过"),
        Row("section", "申请内容"),
        Row("field", "采购单号", PO),
        Row("field", "下单日期", ORDER_DATE.strftime("%Y/%m/%d")),
        Row("field", "供应商", OUR_NAME_ZH),
        Row("field", "供应商联系人", "陈浩 13962187705"),
        Row("field", "币种", "人民币"),
        Row("field", "要求到货日期", DELIVERY.strftime("%Y/%m/%d")),
        Row("field", "收货地址", ADDRESS),
        Row("field", "付款方式", TERMS),
        Row("field", "关联审批单", "采购申请-顾晓雯-2026/12/08（审批编号 202612080011）"),
        Row("section", "采购明细"),
    ]
    for n, (code, name, spec, unit, qty, price, note) in enumerate(ITEMS, start=1):
        out.append(Row("block", f"明细{n}", height=17.0))
        fields = [
            ("物料编码", code),
            ("物料名称", name),
            ("规格型号", spec),
            ("单位", unit),
            ("数量", qty),
            ("单价（元）", money(price)),
            ("金额（元）", money(amount(qty, price))),
        ]
        if note:
            fields.append(("备注", note))
        out += [Row("item", label, value, height=15.5) for label, value in fields]
    quantity = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    out += [
        Row("field", "总计", f"数量：{quantity:,.0f}    金额（元）：{money(total())}"),
        Row("field", "采购总金额（元）", f"¥{money(total())}", f"大写：{capitals(total())}", height=30.0),
        Row("field", "是否含税", "是，13%增值税专用发票"),
        Row("field", "备注", "送货单请注明采购单号；轴承类须原厂包装。"),
        Row("field", "附件", "启航精工报价单QH-Q2026-1205（2026-12-05）.pdf  412KB"),
        Row("section", "审批流程"),
        Row("flow", "顾晓雯", "发起申请", SUBMITTED),
        Row("flow", "周建国（采购经理）", "已同意  “同意”", "2026/12/09 18:02"),
        Row("flow", "钱立新（财务经理）", "已同意  “按月结60天执行”", "2026/12/10 08:47"),
        Row("flow", "沈国华（总经理）", "已同意", "2026/12/10 09:15"),
        Row("field", "抄送人", "王伟（仓库）、李敏（财务）  已抄送"),
        Row("field", "打印人", "顾晓雯    打印时间：2026/12/10 09:32"),
    ]
    return out


def pages() -> list[list[Row]]:
    """The rows cut into pages as the browser breaks them: between rows, the first page under the title."""
    out: list[list[Row]] = [[]]
    y = TOP - 96  # the title block
    for row in rows():
        if y - row.height < BOTTOM:
            out.append([])
            y = TOP
        out[-1].append(row)
        y -= row.height
    return out


def _fill(c, x: float, top: float, width: float, height: float, colour: tuple[float, float, float]) -> None:
    c.setFillColorRGB(*colour)
    c.rect(x, top - height, width, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def _title(c, font: str) -> float:
    c.setFillColorRGB(0.1, 0.45, 0.8)
    c.roundRect(LEFT, TOP - 30, 30, 30, 5, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    draw.text(c, LEFT + 15, TOP - 19, "恒林", font, 9, "center")
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, LEFT + 38, TOP - 19, BUYER, font, 12)
    draw.text(c, draw.PAGE_WIDTH / 2, TOP - 62, "采购订单", font, 17, "center")
    c.saveState()  # the round status stamp, green, top right
    c.setStrokeColorRGB(0.13, 0.62, 0.35)
    c.setFillColorRGB(0.13, 0.62, 0.35)
    c.setLineWidth(1.6)
    c.circle(LEFT + WIDTH - 40, TOP - 52, 27, stroke=1, fill=0)
    draw.text(c, LEFT + WIDTH - 40, TOP - 56, "已通过", font, 11, "center")
    c.restoreState()
    return TOP - 96


def _row(c, font: str, y: float, row: Row) -> float:
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.75, 0.77, 0.8)
    h = row.height
    if row.kind == "section":
        _fill(c, LEFT, y, WIDTH, h, BLOCK_GREY)
        c.rect(LEFT, y - h, WIDTH, h)
        draw.text(c, LEFT + 6, y - 13.5, row.label, font, 9.5)
        return y - h
    if row.kind == "block":
        _fill(c, LEFT, y, WIDTH, h, GREY)
        c.rect(LEFT, y - h, WIDTH, h)
        draw.text(c, LEFT + INDENT - 10, y - 12.5, row.label, font, SIZE)
        return y - h
    left = LEFT + (INDENT if row.kind == "item" else 0)
    _fill(c, left, y, LABEL_W, h, GREY)
    c.rect(left, y - h, LABEL_W, h)
    c.rect(left + LABEL_W, y - h, LEFT + WIDTH - left - LABEL_W, h)
    if row.kind == "item":
        c.line(LEFT, y, LEFT, y - h)  # the block's left edge runs on beside the indented rows
    base = y - (11 if h < 17 else 12.5 if h < 20 else 13.5)
    draw.text(c, left + 6, base, row.label, font, SIZE)
    x = left + LABEL_W + 6
    if row.kind == "flow":  # approver | action ... time at the right
        draw.text(c, x, base, row.value, font, SIZE)
        draw.text(c, LEFT + WIDTH - 6, base, row.second, font, SIZE, "right")
        return y - h
    draw.text(c, x, base, row.value, font, SIZE)
    if row.second:
        c.setFillColorRGB(0.4, 0.4, 0.4)
        draw.text(c, x, base - 11, row.second, font, 7.4)
        c.setFillColorRGB(0, 0, 0)
    return y - h


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"审批详情 - 采购订单 - {APPROVAL_NO}")
    cut = pages()
    for number, page in enumerate(cut, start=1):
        y = _title(c, font) if number == 1 else TOP
        for row in page:
            y = _row(c, font, y, row)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        draw.text(c, draw.PAGE_WIDTH / 2, 28, f"第 {number} 页 / 共 {len(cut)} 页", font, 7.5, "center")
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()
    return buffer.getvalue()
