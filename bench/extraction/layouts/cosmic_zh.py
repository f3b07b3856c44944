"""Unseen layout: a Qingdao machine-tool maker's 采购订单 with 合同条款 printed by 金蝶云·苍穹, CNY, 2 pages.

青岛海睿精密机械有限公司 runs 金蝶云·苍穹 (Kingdee Cosmic: its 采购管理 cloud, not K/3 Cloud, EAS, KIS, 星辰
or 精斗云) and prints its standard purchase orders through a contract-style print template: the order is the
contract (no separate 采购合同), so its clauses are printed under the lines and both parties sign it. What
it prints (A4 portrait): on every page the company's name and 采购订单 centred and the foot (金蝶云·苍穹,
打印人, 打印时间 as a time stamp, "第 n 页/共 2 页"); on page 1 a ruled label | value grid, three pairs a
row, the labels shaded: 单据编号 CGDD-20261222-0047 | 订单日期 2026-12-22 | 单据类型 标准采购, 采购组织 |
采购部门 | 采购员, 供应商 (us) | 供应商联系人 | 结算币别 人民币, 付款条件 货到票到月结60天 | 合同编号 (a
contract number of its own, HR-HT-2026-1187) | 税率 13%（单价含税）, then 收货地址 over two pairs and 收货人;
on page 2 a short head (单据编号 / 订单日期 / 供应商 on one line); the line grid, its head repeated on page 2:
序号 | 物料编码 (Kingdee's dotted codes, 1.03.01.0015) | 物料名称 | 规格型号 (both wrapped by character in
their cells) | 计量单位 (根, 套, 个, 对, 米, 件, 桶, 千克) | 数量 (1,200.00; 612.50) | 含税单价 with
Cosmic's six decimals (268.000000; 0.035000) | 价税合计 | 交货日期 per line (2027-01-15, three made-to-
drawing lines 2027-01-29) | 备注; 18 lines, 16 on page 1; a 合计 row (数量, 价税合计), 价税合计（大写）
and （小写）¥; 合同条款 一 to 八 (quality, delivery, packing, acceptance, payment, penalties, disputes,
validity); 需方（甲方） / 供方（乙方） signature blocks with 委托代理人, 日期 and （盖章）.

Truth: the PO number 单据编号 (not the 合同编号); the order date 订单日期; the requested delivery date the
earliest 交货日期 of the lines (the head has none: clause 二 says by each line's date); the currency CNY
(结算币别 人民币); the buyer the company (采购组织); the supplier 供应商 (our Chinese name); the ship-to
address 收货地址; the payment terms 付款条件; the total 价税合计 (the lines' sum: the prices include the tax);
per line the part number 物料编码, the description 物料名称 and 规格型号 joined with a space (each's wrapped
parts joined without one), the unit 计量单位, the quantity 数量, the unit price 含税单价 and the amount
价税合计.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购订单_CGDD-20261222-0047.pdf"
BUYER = "青岛海睿精密机械有限公司"
PO = "CGDD-20261222-0047"
CONTRACT = "HR-HT-2026-1187"
ORDER_DATE = dt.date(2026, 12, 22)
ADDRESS = "山东省青岛市黄岛区前湾港路567号"
TERMS = "货到票到月结60天"
EARLY, LATE = dt.date(2027, 1, 15), dt.date(2027, 1, 29)
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
FIRST = 16  # lines on page 1
PAGES = 2
# 物料编码, 物料名称, 规格型号, 计量单位, 数量, 含税单价, 交货日期, 备注
ITEMS = [
    ("1.03.01.0015", "直线导轨", "HGR25-1560mm 配HGH25CA滑块2个", "根", "120", "268.00", EARLY, ""),
    ("1.03.01.0022", "滚珠丝杠", "SFU2510-C7 L=1050mm 两端按图纸加工", "根", "60", "385.50", LATE, "按图纸"),
    ("1.03.02.0008", "丝杠支撑座", "BK20 固定侧", "套", "60", "96.00", EARLY, ""),
    ("1.03.02.0009", "丝杠支撑座", "BF20 支撑侧", "套", "60", "48.50", EARLY, ""),
    ("1.03.03.0101", "膜片联轴器", "D56 L70 孔径19×25", "个", "120", "135.00", EARLY, ""),
    ("1.04.01.0033", "伺服电机座", "铸铝 适配130法兰", "个", "120", "72.00", EARLY, ""),
    ("1.05.02.0210", "深沟球轴承", "6205-2RS C3", "个", "1200", "6.85", EARLY, ""),
    ("1.05.02.0221", "角接触球轴承", "7205AC/P5 DB配对", "对", "200", "118.00", EARLY, ""),
    ("1.06.01.0045", "内六角圆柱头螺钉", "GB/T 70.1 M10×35 12.9级发黑", "个", "5000", "0.42", EARLY, ""),
    ("1.06.01.0052", "平垫圈", "GB/T 97.1 M10 镀锌", "个", "5000", "0.035", EARLY, ""),
    ("1.07.03.0018", "拖链", "25×57 全封闭 R=75", "米", "80", "58.00", EARLY, ""),
    ("1.07.04.0006", "风琴式防护罩", "行程800 按图HR-FH-0806", "件", "40", "460.00", LATE, "按图纸"),
    ("1.08.01.0120", "液压油缸", "HOB50×150-LA 带缓冲", "件", "30", "720.00", LATE, "附合格证"),
    ("1.08.02.0031", "抗磨液压油", "L-HM46 18L/桶", "桶", "24", "312.00", EARLY, ""),
    ("1.09.01.0007", "切削液", "半合成 20kg/桶", "千克", "400", "16.80", EARLY, ""),
    ("1.09.02.0015", "钣金罩壳", "SPCC 1.5mm RAL7035 喷塑按图HR-BJ-2215", "件", "60", "86.50", EARLY, ""),
    ("1.10.01.0003", "铝型材", "4080 国标 6米/支", "千克", "612.5", "28.40", EARLY, "附材质证明"),
    ("1.11.01.0001", "木箱包装", "免熏蒸 1200×1000×800", "个", "12", "380.00", EARLY, ""),
]
COLS = [  # title, width, align
    ("序号", 22, "c"),
    ("物料编码", 56, "l"),
    ("物料名称", 58, "l"),
    ("规格型号", 100, "l"),
    ("计量单位", 34, "c"),
    ("数量", 46, "r"),
    ("含税单价", 50, "r"),
    ("价税合计", 56, "r"),
    ("交货日期", 48, "c"),
    ("备注", 0, "l"),
]
SIZE, LINE_H = 7.5, 9.5
GRID = RuledGrid(
    LEFT, RIGHT, [Column((title,), width, align) for title, width, align in COLS], SIZE, LINE_H, pad=2
)
CLAUSES = [
    "一、质量要求：按需方图纸及技术协议执行，供方随货提供出厂检验报告，原材料须附材质证明。",
    "二、交货期限及地点：按本订单各行交货日期送至需方收货地址，运费及装卸费由供方承担。",
    "三、包装要求：防锈防潮包装，每箱标注本订单单据编号、物料编码及数量，附装箱单。",
    "四、验收：需方收货后7个工作日内验收，不合格品由供方在5日内无偿退换。",
    f"五、付款方式：{TERMS}，供方开具13%增值税专用发票，发票备注栏注明单据编号。",
    "六、违约责任：供方逾期交货的，每逾期一日按逾期部分货款的0.5‰向需方支付违约金。",
    "七、争议解决：协商不成的，任何一方均可向需方所在地人民法院提起诉讼。",
    "八、本订单经双方签字盖章后生效，扫描件与原件具有同等法律效力。",
]


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


FIELDS = ItemFields(unit=3, quantity=4, price=5, discount=None, spec=2)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=min(item[6] for item in ITEMS),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _title(c: Canvas, font: str) -> float:
    top = HEIGHT - 44
    draw.text(c, WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, WIDTH / 2, top - 24, "采购订单", font, 16, "center")
    c.setLineWidth(0.8)
    c.line(WIDTH / 2 - 34, top - 28, WIDTH / 2 + 34, top - 28)
    return top - 44


def _grid(c: Canvas, y: float, font: str) -> float:
    """The head's ruled label | value grid, three pairs a row, the label cells shaded."""
    rows = [
        [("单据编号", PO), ("订单日期", ORDER_DATE.isoformat()), ("单据类型", "标准采购")],
        [("采购组织", BUYER), ("采购部门", "供应链管理部"), ("采购员", "孙立伟")],
        [("供应商", OUR_NAME_ZH), ("供应商联系人", "张丽 0512-66558812"), ("结算币别", "人民币")],
        [("付款条件", TERMS), ("合同编号", CONTRACT), ("税率", "13%（单价含税）")],
    ]
    pair = (RIGHT - LEFT) / 3
    label_w, height = 52.0, 16.0
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = LEFT + k * pair
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.rect(x, y - height, label_w, height, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setLineWidth(0.5)
            c.rect(x, y - height, label_w, height)
            c.rect(x + label_w, y - height, pair - label_w, height)
            draw.text(c, x + 3, y - 11, label, font, 8)
            draw.text(c, x + label_w + 3, y - 11, value, font, 8)
        y -= height
    # 收货地址 over two pairs, 收货人 in the third
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(LEFT, y - height, label_w, height, stroke=0, fill=1)
    c.rect(LEFT + 2 * pair, y - height, label_w, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.rect(LEFT, y - height, label_w, height)
    c.rect(LEFT + label_w, y - height, 2 * pair - label_w, height)
    c.rect(LEFT + 2 * pair, y - height, label_w, height)
    c.rect(LEFT + 2 * pair + label_w, y - height, pair - label_w, height)
    draw.text(c, LEFT + 3, y - 11, "收货地址", font, 8)
    draw.text(c, LEFT + label_w + 3, y - 11, ADDRESS, font, 8)
    draw.text(c, LEFT + 2 * pair + 3, y - 11, "收货人", font, 8)
    draw.text(c, LEFT + 2 * pair + label_w + 3, y - 11, "王建军 13864251178", font, 8)
    return y - height - 10


def _short_head(c: Canvas, y: float, font: str) -> float:
    value = f"单据编号：{PO}    订单日期：{ORDER_DATE.isoformat()}    供应商：{OUR_NAME_ZH}"
    draw.text(c, LEFT, y, value, font, 8.5)
    return y - 10


def _row(c: Canvas, y: float, cells: list[str], font: str, height: float) -> None:
    GRID.framed(c, y, [value.split("\n") for value in cells], font, height, drop=10)


def _wrapped(value: str, k: int, font: str) -> str:
    return "\n".join(wrap_chars(value, font, SIZE, GRID.width(k), strip=True))


def _thead(c: Canvas, y: float, font: str) -> float:
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _row(c, y, [title for title, _, _ in COLS], font, 15)
    return y - 15


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, qty, cost, day, note = item
    cells = [str(n), code, _wrapped(name, 2, font), _wrapped(spec, 3, font), unit, money(qty)]
    cells += [f"{Decimal(cost):,.6f}", money(FIELDS.amount(item)), day.isoformat(), _wrapped(note, 9, font)]
    height = 5 + LINE_H * max(value.count("\n") + 1 for value in cells)
    _row(c, y, cells, font, height)
    return y - height


def _sums(c: Canvas, y: float, font: str) -> float:
    qty = sum((Decimal(item[4]) for item in ITEMS), Decimal(0))
    _row(c, y, ["", "合计", "", "", "", money(qty), "", money(FIELDS.total(ITEMS)), "", ""], font, 15)
    y -= 15
    c.rect(LEFT, y - 15, RIGHT - LEFT, 15)
    draw.text(c, LEFT + 4, y - 10.5, f"价税合计（大写）：{capitals(FIELDS.total(ITEMS))}", font, 8)
    draw.text(c, GRID.edges[6], y - 10.5, f"（小写）：¥{money(FIELDS.total(ITEMS))}", font, 8)
    y -= 30
    draw.text(c, LEFT, y, "合同条款：", font, 9)
    for k, clause in enumerate(CLAUSES):
        draw.text(c, LEFT + 6, y - 14 - 12.5 * k, clause, font, 8)
    y -= 14 + 12.5 * len(CLAUSES) + 14
    half = (RIGHT - LEFT) / 2
    blocks = [
        ["需方（甲方）：" + BUYER, "委托代理人：", "电话：0532-8699 3120", "日期：2026-12-22", "（盖章）"],
        ["供方（乙方）：" + OUR_NAME_ZH, "委托代理人：", "电话：0512-6655 8812", "日期：", "（盖章）"],
    ]
    c.setLineWidth(0.5)
    for k, block in enumerate(blocks):
        x = LEFT + k * half
        c.rect(x, y - 86, half, 96)
        for n, value in enumerate(block):
            draw.text(c, x + 6, y - 4 - 17 * n, value, font, 8.5)
    return y - 86


def _foot(c: Canvas, page: int, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 42, RIGHT, 42)
    draw.text(c, LEFT, 30, "金蝶云·苍穹    打印人：孙立伟    打印时间：2026-12-22 10:18:33", font, 7.5)
    draw.text(c, RIGHT, 30, f"第 {page} 页/共 {PAGES} 页", font, 7.5, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购订单 {PO}")
    c.setAuthor(BUYER)
    c.setCreator("金蝶云·苍穹")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _title(c, font)
        y = _grid(c, y, font) if page == 1 else _short_head(c, y, font)
        y = _thead(c, y, font)
        for n, item in enumerate(chunk, start=1 + (FIRST if page == 2 else 0)):
            y = _item(c, y, n, item, font)
        if page == PAGES:
            y = _sums(c, y, font)
        if y < 52:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, page, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
