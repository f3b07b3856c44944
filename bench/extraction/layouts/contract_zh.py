"""Unseen layout: 湖北东方重工装备股份有限公司's 采购合同, a purchase contract, not an order form (2 pages).

Larger and state-owned Chinese firms buy on a signed contract typed in Word, not on an ERP print: the title
采 购 合 同, then 合同编号 (the order number), 签订日期 (2026年12月4日) and 签订地点 stacked on the right, the
parties as 甲方（需方） (the buyer) and 乙方（供方） (us), a preamble, and numbered clauses.
Clause 一、产品名称、规格型号、数量、金额 holds the only table: a ruled grid with 序号, 物料编码 (ten
digits), 产品名称, 规格型号, 单位, 数量, 单价（元）, 金额（元）, 备注, a 合计 row whose label
spans the first columns, then 合计人民币（大写） with the figure in brackets. The rest is prose typed
as Word wraps it (the ship-to address breaks across two lines): clause 二 says in one sentence by when
and to where the goods go (乙方应于2027年1月20日前将货物送至甲方指定地点：…，…), clause 三 states the
payment terms in a sentence, then 质量要求, 包装, 验收, 违约责任, 争议解决, 其他 (running onto page 2),
"（以下无正文）" and a ruled two-column signature block with both parties' 单位名称, 地址, 电话, 开户行,
账号, 税号, 代表人 and 日期. Page 2 carries the 合同编号 in its head; each page "第 n 页 共 2 页".

The truth is what a clerk keys from it: the delivery date and the ship-to address from clause 二 (not
the 签订地点 nor the 甲方 registered address in the signature block), the payment terms as clause 三's
sentence without its heading and full stop, the total from the 合计 row (prices include 13% VAT).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "采购合同DFZG-CG-2026-1187.pdf"
BUYER = "湖北东方重工装备股份有限公司"
PO = "DFZG-CG-2026-1187"
ADDRESS = "湖北省武汉市东西湖区走马岭街道汇通大道6号东方重工物资库三号库房"
TERMS = "货到验收合格并收到乙方开具的全额增值税专用发票后60日内以银行承兑汇票支付全部货款"
ITEMS = [  # code, name, spec, unit, qty, price incl. 13% VAT, amount, remark
    ("2030104417", "深沟球轴承", "6310-2Z/C3", "套", "200", "86.50", "17300.00", "原厂包装"),
    ("2030104425", "圆锥滚子轴承", "32214", "套", "120", "142.00", "17040.00", "原厂包装"),
    ("2030211086", "直线导轨", "HGR25 L=1200mm", "根", "40", "386.00", "15440.00", ""),
    ("2030211093", "导轨滑块", "HGH25CA", "个", "160", "98.60", "15776.00", ""),
    ("2030305512", "滚珠丝杠", "SFU3210-C7 L=1500mm", "根", "12", "1285.00", "15420.00", "附检测报告"),
    ("2030305530", "丝杠支撑座", "BK25/BF25", "套", "12", "465.00", "5580.00", ""),
    ("2030402208", "梅花联轴器", "D55×78 φ20-φ25", "个", "24", "62.80", "1507.20", ""),
    ("2030518801", "同步带轮", "HTD8M-40T 铝合金", "个", "30", "118.00", "3540.00", ""),
    ("2030518815", "同步带", "HTD8M-1200-30", "条", "60", "76.40", "4584.00", ""),
    ("2030620117", "内六角螺钉", "GB/T70.1 M12×40 12.9级", "只", "2000", "1.35", "2700.00", "发黑"),
]
HEADER = ["序号", "物料编码", "产品名称", "规格型号", "单位", "数量", "单价（元）", "金额（元）", "备注"]
WIDTHS = [26, 62, 66, 106, 28, 38, 52, 62, 55]
LEFT, WIDTH, SIZE, LEADING = 50, 495, 10, 17
NO_LINE_START = "，。、；：）」’”%"


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 12, 4),
        delivery=dt.date(2027, 1, 20),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, amount)
            for code, name, spec, unit, qty, price, amount, _ in ITEMS
        ],
    )


CLAUSES_AFTER_TABLE = [
    "注：以上单价为含13%增值税的到厂价，已包含包装、运输、装卸及保险等一切费用。",
    f"二、交货时间及地点：乙方应于2027年1月20日前将货物送至甲方指定地点：{ADDRESS}，运输途中的风险由乙方承担。",
    f"三、付款方式：{TERMS}。",
    "四、质量要求及技术标准：乙方提供的产品须为全新原厂产品，符合国家标准及行业标准，并随货提供产品合格证；"
    "质量保证期为货物验收合格之日起12个月。",
    "五、包装及运输：包装须适合长途运输及防潮、防锈，外箱标明合同编号、物料编码、产品名称及数量。",
    "六、验收方式及异议期限：甲方在货到后7个工作日内按本合同约定的规格型号及数量验收，"
    "如有异议应书面通知乙方，乙方应在接到通知后5日内无偿更换或补足。",
    "七、违约责任：乙方逾期交货的，每逾期一日按逾期交货部分货款的0.5%向甲方支付违约金，"
    "逾期超过15日的，甲方有权解除合同；甲方无正当理由拒收货物的，按拒收部分货款的5%向乙方支付违约金。",
    "八、争议解决：本合同履行中发生争议，双方协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
    "九、其他：本合同一式肆份，甲乙双方各执贰份，具有同等法律效力；经双方法定代表人或委托代理人签字并加盖公章"
    "或合同专用章后生效。传真件、扫描件与原件具有同等效力。",
]
SIGNATURES = [
    ("甲方（需方）：（盖章）", "乙方（供方）：（盖章）"),
    (f"单位名称：{BUYER}", f"单位名称：{OUR_NAME_ZH}"),
    ("地址：湖北省武汉市东西湖区金银湖路18号", "地址：江苏省苏州市工业园区凤里街88号"),
    ("电话：027-8356 2100", "电话：0512-6287 3300"),
    ("开户行：中国工商银行武汉东西湖支行", "开户行：中国银行苏州工业园区支行"),
    ("账号：3202 0081 0920 0156 789", "账号：5412 5820 3618"),
    ("税号：91420100MA4K2D7X3R", "税号：91320594MA1N8PQ62C"),
    ("法定代表人或委托代理人：", "法定代表人或委托代理人："),
    ("日期：2026年12月4日", "日期：2026年12月4日"),
]


def _tokens(text: str) -> list[str]:
    """Characters, but runs of Latin letters and digits stay together (2027, HTD8M)."""
    return re.findall(r"[A-Za-z0-9.%/\-]+|.", text)


def wrap(text: str, font: str, size: float = SIZE, width: float = WIDTH) -> list[str]:
    """Break a paragraph as a word processor does: by width, punctuation never at the start of a line."""
    lines, current = [], ""
    for token in _tokens(text):
        if current and stringWidth(current + token, font, size) > width and token[0] not in NO_LINE_START:
            lines.append(current)
            current = token
        else:
            current += token
    return [*lines, current] if current else lines


class _Pages:
    """Writes paragraphs down the page and starts page 2 (with the contract number) when one is full."""

    def __init__(self, c, font: str, top: float) -> None:
        self.c, self.font, self.top, self.y, self.page = c, font, top, top, 1

    def paragraph(self, text: str, gap: float = 4) -> None:
        for line in wrap(text, self.font):
            if self.y < 60:
                self.new_page()
            draw.text(self.c, LEFT, self.y, line, self.font, SIZE)
            self.y -= LEADING
        self.y -= gap

    def new_page(self) -> None:
        _foot(self.c, self.font, self.page)
        self.c.showPage()
        self.page += 1
        draw.text(self.c, LEFT + WIDTH, self.top + 14, f"合同编号：{PO}", self.font, 8.5, "right")
        self.c.setLineWidth(0.4)
        self.c.line(LEFT, self.top + 8, LEFT + WIDTH, self.top + 8)
        self.y = self.top - 14


def _foot(c, font: str, page: int) -> None:
    draw.text(c, draw.PAGE_WIDTH / 2, 32, f"第 {page} 页 共 2 页", font, 8.5, "center")


def _head(c, font: str, top: float) -> float:
    draw.text(c, draw.PAGE_WIDTH / 2, top, "采 购 合 同", font, 20, "center")
    for n, cell in enumerate([f"合同编号：{PO}", "签订日期：2026年12月4日", "签订地点：湖北省武汉市"]):
        draw.text(c, 372, top - 32 - 15 * n, cell, font, 9.5)
    y = top - 92
    draw.text(c, LEFT, y, f"甲方（需方）：{BUYER}", font, 10.5)
    draw.text(c, LEFT, y - 19, f"乙方（供方）：{OUR_NAME_ZH}", font, 10.5)
    return y - 44


def _table(c, font: str, y: float) -> float:
    rows = [HEADER]
    for n, (code, name, spec, unit, qty, price, amount, remark) in enumerate(ITEMS, start=1):
        figures = [grouped(qty, 0), grouped(price), grouped(amount)]
        rows.append([str(n), code, name, spec, unit, *figures, remark])
    y = draw.table(c, LEFT, y, WIDTHS, rows, font=font, size=8, row_height=19, aligns="cclllcrrl")
    total = expected().total_amount or Decimal(0)
    merged = [sum(WIDTHS[:5]), *WIDTHS[5:]]
    quantity = sum(int(item[4]) for item in ITEMS)
    sums = [["合    计", grouped(quantity, 0), "", grouped(total), ""]]
    y = draw.table(c, LEFT, y, merged, sums, font=font, size=8.5, row_height=19, aligns="ccrrl")
    words = f"合计人民币（大写）：{capitals(total)}    （￥{grouped(total)}）"
    return draw.table(c, LEFT, y, [sum(WIDTHS)], [[words]], font=font, size=9, row_height=21)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购合同 {PO}")
    pages = _Pages(c, font, draw.PAGE_HEIGHT - 56)
    pages.y = _head(c, font, pages.top)
    pages.paragraph(
        "根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方本着平等自愿、诚实信用的原则，"
        "经友好协商，就甲方向乙方采购下列产品事宜达成如下条款，以资共同遵守。"
    )
    pages.paragraph("一、产品名称、规格型号、数量、金额", gap=0)
    pages.y = _table(c, font, pages.y - 4) - 18
    for clause in CLAUSES_AFTER_TABLE:
        pages.paragraph(clause)
    pages.paragraph("（以下无正文）", gap=10)
    if pages.y < 60 + 19 * len(SIGNATURES):
        pages.new_page()
    draw.table(c, LEFT, pages.y + 8, [WIDTH / 2] * 2, SIGNATURES, font=font, size=9, row_height=19)
    _foot(c, font, pages.page)
    c.showPage()
    c.save()
    return buffer.getvalue()
