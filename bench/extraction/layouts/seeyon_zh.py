"""Unseen layout: a Shaoxing loom maker's 采购订单 as a 致远 A8+ (Seeyon) 协同 form, printed from Chrome, CNY.

绍兴精纬纺织机械有限公司 (rapier looms, about 400 staff) runs its approvals in 致远 A8+, the OA many
mid-size Zhejiang manufacturers use: the buyer fills the 采购订单 form (a form designed in Seeyon's form
designer, its 单号 a 流水号 CGDD-202612-0087), the 协同 goes round 部门经理 / 财务审核 / 总经理 with their
opinions bound into the form's 意见 cells, and when it is done the buyer opens it, presses 打印 and saves
Chrome's print as PDF (headers and footers left on), then mails it to us. What that prints: Chrome's date
and the page title at the top of each page, the URL of the 协同 and n/2 at the foot; the 协同's subject
(采购订单(王晓燕 2026-12-21 09:36), Seeyon's default: the form's name, the sender and the sending time) with
发起人 / 发起时间 / 流程状态 over a rule; then the form: the company and 采购订单 centred, 单号 at the right
over a ruled grid of shaded label cells beside value cells three pairs a row (下单日期 | 申请部门 | 采购员,
供应商名称 across | 供应商编码, 联系人 | 联系电话 | 币种 人民币, 付款方式 across | 要求到货日期, 交货地址
across | 收货人 with a mobile number, 税率 13% | 发票类型 | 运输方式, 备注 across); the 重复表 采购明细
under a shaded bar: 序号 | 物料编码 (JW-11-0203) | 物料名称 | 规格型号 (both wrapped as a browser wraps: at
a space or beside a Chinese character) | 单位 (根, 只, 片, 套, 条, 台, 米, 千克, 个, 桶) | 数量 with the
field's two decimals and no thousands (20000.00; 86.50) | 含税单价 with the field's four (68.5000; 0.0320)
| 含税金额 with thousands | 交货日期 per line (two later than the head's) | 备注; 16 lines; the 合计 row
(数量, 含税金额), 合计金额（大写） and （小写） as form cells; on page 2 the bound opinions (部门经理意见,
财务审核意见, 总经理意见: the text, then the name and the time at the right) and the 附件 row.

Truth: the PO number 单号 (not the subject's time nor the URL's ids); the order date 下单日期; the
requested delivery date 要求到货日期 (the earliest line date too); the currency CNY (币种 人民币); the buyer
the company; the supplier 供应商名称 (our Chinese name); the ship-to address 交货地址; the payment terms
付款方式; the total 合计金额（小写） (the lines' sum, tax included); per line the part number 物料编码, the
description 物料名称 and 规格型号 joined with a space, the unit 单位, the quantity 数量, the unit price
含税单价 and the amount 含税金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._wrapping import wrap_browser
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单(王晓燕 2026-12-21 09_36).pdf"
BUYER = "绍兴精纬纺织机械有限公司"
PO = "CGDD-202612-0087"
SUBJECT = "采购订单(王晓燕 2026-12-21 09:36)"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 1, 25)
LATER = "2027-02-08"
ADDRESS = "浙江省绍兴市柯桥区齐贤街道纺机路18号"
TERMS = "月结60天，银行承兑汇票"
URL = (
    "http://oa.jingwei-tm.com:8080/seeyon/collaboration/collaboration.do?method=print&affairId="
    "-4718230961521736208"
)
PAGES = 2
WIDTH, HEIGHT = A4
LEFT, WIDE = 36.0, 523.0
SHADE = (0.92, 0.94, 0.97)
# 物料编码, 物料名称, 规格型号, 单位, 数量, 含税单价, 交货日期 (blank: the head's), 备注
ITEMS = [
    ("JW-11-0203", "剑杆带", "32mm 碳纤维增强 L=2210", "根", "120", "68.50", "", ""),
    ("JW-11-0217", "剑头", "左剑头 配TP500型织机", "只", "200", "45.80", "", ""),
    ("JW-11-0218", "剑头", "右剑头 配TP500型织机", "只", "200", "45.80", "", ""),
    ("JW-12-0105", "铝合金综框", "1900mm 含综丝杆及边框连接件", "片", "60", "236.00", LATER, "按图"),
    ("JW-12-0131", "钢片综", "330mm 单孔 镀镍", "根", "20000", "0.0850", "", ""),
    ("JW-13-0044", "钢筘", "120齿/10cm 筘幅1900mm", "片", "40", "312.00", LATER, ""),
    ("JW-14-0310", "深沟球轴承", "6204-2RS C3", "套", "800", "4.65", "", "NSK或同等"),
    ("JW-14-0322", "直线轴承", "LM20UU", "只", "300", "12.40", "", ""),
    ("JW-15-0108", "同步带", "HTD 8M-1200-30", "条", "150", "38.60", "", ""),
    ("JW-15-0211", "同步带轮", "8M-32T 孔径25 带键槽", "只", "150", "26.80", "", ""),
    ("JW-16-0007", "交流伺服电机", "1.5kW 220V 带抱闸 含编码器线3米", "台", "12", "1860.00", "", "急"),
    ("JW-17-0015", "不锈钢管", "304 25×1.5", "米", "360", "18.25", "", ""),
    ("JW-17-0102", "工业铝型材", "6063-T5 40×40 阳极氧化", "千克", "86.5", "27.60", "", "附材质证明"),
    ("JW-18-0033", "内六角圆柱头螺钉", "M8×25 12.9级 发黑", "个", "5000", "0.2150", "", ""),
    ("JW-18-0041", "弹簧垫圈", "M8 65Mn", "个", "5000", "0.0320", "", ""),
    ("JW-19-0002", "锂基润滑脂", "2号 15kg/桶", "桶", "6", "285.00", "", ""),
]
FORM = (64.0, 110.0, 64.0, 110.0, 64.0, 111.0)  # label | value three pairs a row
COLUMNS = [  # heading, width, align
    ("序号", 24, "c"),
    ("物料编码", 58, "l"),
    ("物料名称", 62, "l"),
    ("规格型号", 96, "l"),
    ("单位", 26, "c"),
    ("数量", 50, "r"),
    ("含税单价", 52, "r"),
    ("含税金额", 60, "r"),
    ("交货日期", 52, "c"),
    ("备注", 0, "l"),
]
COLUMNS[-1] = ("备注", WIDE - sum(width for _, width, _ in COLUMNS), "l")
SIZE, LINE_H, ROW_H = 7.8, 10.0, 19.0


def money(value: Decimal | str) -> str:
    """含税金额 and the 合计: two decimals with thousands."""
    return f"{Decimal(value):,.2f}"


def quantity(value: str | Decimal) -> str:
    """The 数量 field: two decimals, no thousands (20000.00)."""
    return f"{Decimal(value):.2f}"


def price(value: str) -> str:
    """The 含税单价 field: four decimals (68.5000)."""
    return f"{Decimal(value):.4f}"


def line_total(item: tuple) -> Decimal:
    return amount(item[4], item[5])


def total() -> Decimal:
    return sum((line_total(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=item[0],
            description=f"{item[1]} {item[2]}",
            quantity=Decimal(item[4]),
            unit=item[3],
            unit_price=Decimal(item[5]),
            amount=line_total(item),
        )
        for n, item in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="CNY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_ZH),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _chrome(c: Canvas, page: int, font: str) -> None:
    """Chrome's header and footer (Headers and footers left on in the print dialog)."""
    draw.text(c, 22, HEIGHT - 16, "2026/12/22 09:03", draw.LATIN_FONT, 7)
    draw.text(c, WIDTH / 2, HEIGHT - 16, SUBJECT, font, 7, "center")
    draw.text(c, 22, 14, URL, draw.LATIN_FONT, 7)
    draw.text(c, WIDTH - 22, 14, f"{page}/{PAGES}", draw.LATIN_FONT, 7, "right")


def _shade(c: Canvas, x: float, top: float, width: float, height: float) -> None:
    c.setFillColorRGB(*SHADE)
    c.rect(x, top - height, width, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def _summary(c: Canvas, font: str) -> float:
    """The 协同's own head: its subject, 发起人, 发起时间 and 流程状态 over a rule."""
    top = HEIGHT - 52
    draw.text(c, WIDTH / 2, top, SUBJECT, font, 12, "center")
    line = "发起人：王晓燕    发起时间：2026-12-21 09:36    流程状态：已结束"
    draw.text(c, LEFT, top - 22, line, font, 8.5)
    c.setLineWidth(0.8)
    c.line(LEFT, top - 28, LEFT + WIDE, top - 28)
    return top - 28


def _form_head(c: Canvas, font: str, y: float) -> float:
    draw.text(c, WIDTH / 2, y - 24, BUYER, font, 13, "center")
    draw.text(c, WIDTH / 2, y - 46, "采购订单", font, 16, "center")
    draw.text(c, LEFT + WIDE, y - 62, f"单号：{PO}", font, 9, "right")
    rows = [
        [("下单日期", ORDER_DATE.isoformat()), ("申请部门", "采购部"), ("采购员", "王晓燕")],
        [("供应商名称", OUR_NAME_ZH, 3), ("供应商编码", "G0318")],
        [("联系人", "张丽"), ("联系电话", "0512-66558812"), ("币种", "人民币")],
        [("付款方式", TERMS, 3), ("要求到货日期", DELIVERY.isoformat())],
        [("交货地址", ADDRESS, 3), ("收货人", "周国平 13757512345")],
        [("税率", "13%"), ("发票类型", "增值税专用发票"), ("运输方式", "供方送货")],
        [("备注", "请随货附送货单及质检报告，送货单与发票上注明单号；不合格品退回，往返运费由供方承担。", 5)],
    ]
    y -= 68
    c.setLineWidth(0.5)
    for row in rows:
        x, col = LEFT, 0
        for pair in row:
            label, value = pair[0], pair[1]
            span = pair[2] if len(pair) > 2 else 1
            width = sum(FORM[col + 1 : col + 1 + span])
            _shade(c, x, y, FORM[col], ROW_H)
            c.rect(x, y - ROW_H, FORM[col], ROW_H)
            c.rect(x + FORM[col], y - ROW_H, width, ROW_H)
            draw.text(c, x + 4, y - 12.5, label, font, 8.2)
            draw.text(c, x + FORM[col] + 4, y - 12.5, value, font, 8.2)
            x += FORM[col] + width
            col += 1 + span
        y -= ROW_H
    return y


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _row(c: Canvas, font: str, y: float, cells: list[list[str]], head: bool = False) -> float:
    edges = _edges()
    height = ROW_H + LINE_H * (max(len(parts) for parts in cells) - 1)
    if head:
        _shade(c, LEFT, y, WIDE, height)
    c.setLineWidth(0.5)
    for col, parts in enumerate(cells):
        c.rect(edges[col], y - height, edges[col + 1] - edges[col], height)
        align = "c" if head else COLUMNS[col][2]
        for k, part in enumerate(parts):
            base = y - 12.5 - LINE_H * k
            if align == "r":
                draw.text(c, edges[col + 1] - 3, base, part, font, SIZE, "right")
            elif align == "c":
                draw.text(c, (edges[col] + edges[col + 1]) / 2, base, part, font, SIZE, "center")
            else:
                draw.text(c, edges[col] + 3, base, part, font, SIZE)
    return y - height


def _cells(n: int, item: tuple, font: str) -> list[list[str]]:
    code, name, spec, unit, qty, cost, due, note = item
    edges = _edges()

    def wrapped(value: str, col: int) -> list[str]:
        return wrap_browser(value, font, SIZE, edges[col + 1] - edges[col] - 6)

    return [
        [str(n)],
        [code],
        wrapped(name, 2),
        wrapped(spec, 3),
        [unit],
        [quantity(qty)],
        [price(cost)],
        [money(line_total(item))],
        [due or DELIVERY.isoformat()],
        wrapped(note, 9) if note else [],
    ]


def _bar(c: Canvas, font: str, y: float, title: str) -> float:
    _shade(c, LEFT, y, WIDE, 18)
    c.setLineWidth(0.5)
    c.rect(LEFT, y - 18, WIDE, 18)
    draw.text(c, LEFT + 4, y - 12.5, title, font, 9)
    return y - 18


def _sums(c: Canvas, font: str, y: float) -> float:
    qty = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    cells = [["合计"], [], [], [], [], [quantity(qty)], [], [money(total())], [], []]
    y = _row(c, font, y, cells)
    pairs = [("合计金额（大写）", capitals(total()), 290.0), ("合计金额（小写）", f"¥{money(total())}", 0.0)]
    x = LEFT
    for label, value, width in pairs:
        width = width or LEFT + WIDE - x
        _shade(c, x, y, 78, ROW_H)
        c.rect(x, y - ROW_H, 78, ROW_H)
        c.rect(x + 78, y - ROW_H, width - 78, ROW_H)
        draw.text(c, x + 4, y - 12.5, label, font, 8.2)
        draw.text(c, x + 82, y - 12.5, value, font, 8.2)
        x += width
    return y - ROW_H


def _opinions(c: Canvas, font: str, y: float) -> float:
    """The opinions bound into the form: the text, then who and when at the right."""
    rows = [
        ("部门经理意见", "同意，请尽快下单。", "李建军 2026-12-21 10:05"),
        ("财务审核意见", "同意，按月结60天银行承兑付款。", "沈佳 2026-12-21 13:42"),
        ("总经理意见", "同意", "陈国华 2026-12-22 08:47"),
    ]
    c.setLineWidth(0.5)
    for label, text, signed in rows:
        _shade(c, LEFT, y, FORM[0] + 14, 40)
        c.rect(LEFT, y - 40, FORM[0] + 14, 40)
        c.rect(LEFT + FORM[0] + 14, y - 40, WIDE - FORM[0] - 14, 40)
        draw.text(c, LEFT + 4, y - 23, label, font, 8.2)
        draw.text(c, LEFT + FORM[0] + 18, y - 15, text, font, 8.2)
        draw.text(c, LEFT + WIDE - 6, y - 32, signed, font, 8.2, "right")
        y -= 40
    _shade(c, LEFT, y, FORM[0] + 14, ROW_H)
    c.rect(LEFT, y - ROW_H, FORM[0] + 14, ROW_H)
    c.rect(LEFT + FORM[0] + 14, y - ROW_H, WIDE - FORM[0] - 14, ROW_H)
    draw.text(c, LEFT + 4, y - 12.5, "附件", font, 8.2)
    draw.text(c, LEFT + FORM[0] + 18, y - 12.5, "启航报价单QH-Q2026-1218.pdf (212KB)", font, 8.2)
    return y - ROW_H


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(SUBJECT)
    c.setAuthor("王晓燕")
    c.setCreator("Chromium")
    _chrome(c, 1, font)
    y = _form_head(c, font, _summary(c, font))
    y = _bar(c, font, y - 10, "采购明细")
    heads = [[title] for title, _, _ in COLUMNS]
    y = _row(c, font, y, heads, head=True)
    for n, item in enumerate(ITEMS, start=1):
        y = _row(c, font, y, _cells(n, item, font))
    y = _sums(c, font, y)
    if y < 40 + 3 * 40 + ROW_H:  # the opinions do not fit under the table: Chrome goes on to page 2
        c.showPage()
        _chrome(c, 2, font)
        y = HEIGHT - 40
    else:
        raise AssertionError("the form fits on one page")
    _opinions(c, font, y)
    c.showPage()
    c.save()
    return buffer.getvalue()
