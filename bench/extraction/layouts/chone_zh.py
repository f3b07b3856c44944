"""Unseen layout: a Kunshan (Taiwanese-invested) moulding plant's 采购单 printed by 正航 ERP, CNY, 2 pages.

昆山鼎丰精密塑胶有限公司 (injection-moulded housings; a Taiwanese group's mainland plant) keeps its books
and purchasing in 正航 ERP (Chone, the Taiwanese package many Taiwanese-invested factories in Kunshan and
Dongguan run), and mails the 采购单 as the PDF its Crystal report writes, named by the clerk after the
order (采购单PO2612190015.pdf). A Taiwanese report in simplified characters: the company and its English
name centred, the address line under them, a double rule, 采 购 单 spaced; 页次：n/2 and the print date at
the right; the report's page header repeated on both pages: borderless 标签：值 rows three a row, the
two-character labels padded with ideographic spaces to four (币　　别, 税　　别), as Taiwanese forms align
them: 厂商编号 S0418 / 厂商简称 启航精工 / 采购单号; 厂商名称 (us) / 采购日期 2026/12/19; 联 系 人 / 电话 /
预交日期 2027/01/15; 付款条件 月结60天 / 币别 RMB / 汇率 1.0000; 税别 应税外加 (the tax is added to the
prices: the Taiwanese term) / 税率 13% / 采购人员; 交货地点 across. The detail between a double rule over
the captions and a single rule under them, no vertical rules, no rule between lines: 项次 | 品号 (the
plant's part codes, M02-0101-006) | 品名 | 规格 (wrapped in its cell where long: at a space, or between two
Chinese characters) | 单位 (PCS, SET, KG, 瓶: English unit codes beside a Chinese one, as Taiwanese
plants keep them) | 数量 (2,000; 186.50 KG with the unit's two decimals) | 单价 with four decimals (未税:
before the tax) | 金额 | 预交日期 per line | 备注; 12 lines on page 1 closed by （接下页）, 6 on page 2; the
report footer: 未税金额 / 税　　额 (13 % on the sum) / 含税总额 at the right, 含税总额（大写）at the left;
注意事项 1-3; 核准 / 审核 / 采购 / 厂商确认回签（盖章）; 打印日期 at the foot.

Truth: the PO number 采购单号; the order date 采购日期; the requested delivery date the head's 预交日期;
the currency CNY (币别 RMB); the buyer the company; the supplier 厂商名称 (us, our Chinese name, not the
简称); the ship-to address 交货地点; the payment terms 付款条件; the total 含税总额 (with the tax, the lines
before it); per line the part number 品号, the description 品名 and 规格 joined with a space, the unit, the
quantity, the unit price 单价 and the amount 金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import CENT, ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_browser
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "采购单PO2612190015.pdf"
BUYER = "昆山鼎丰精密塑胶有限公司"
BUYER_EN = "DINGFENG PRECISION PLASTIC (KUNSHAN) CO., LTD."
PO = "PO2612190015"
ORDER_DATE = dt.date(2026, 12, 19)
DELIVERY = dt.date(2027, 1, 15)
LATER = "2027/01/22"
ADDRESS = "江苏省昆山市开发区前进东路1288号二厂原料仓"
TERMS = "月结60天"
VAT = Decimal("0.13")
WIDTH, HEIGHT = A4
LEFT, RIGHT = 32.0, A4[0] - 32.0
PER_PAGE = 12  # the report starts a new page after 12 records (drawn first for 中一刀 continuous forms)
PAGES = 2
# 品号, 品名, 规格, 单位, 数量, 单价 (未税), 预交日期 (blank: the head's), 备注
ITEMS = [
    ("M02-0101-006", "顶针", "SKD61 Φ6×150 氮化", "PCS", "500", "2.3500", "", ""),
    ("M02-0101-008", "顶针", "SKD61 Φ8×200 氮化", "PCS", "300", "3.8500", "", ""),
    ("M02-0105-012", "扁顶针", "SKD61 1.2×12×150 氮化", "PCS", "120", "12.6000", "", ""),
    ("M02-0201-020", "导柱", "SUJ2 Φ20×120 淬火研磨", "PCS", "80", "18.5000", "", ""),
    ("M02-0202-020", "导套", "SUJ2 Φ20×40 带油槽 含石墨", "PCS", "80", "15.8000", "", ""),
    ("M02-0301-012", "模具弹簧", "TF Φ12×50 黄色 轻小荷重", "PCS", "400", "1.9500", "", ""),
    ("M02-0305-025", "氮气弹簧", "X750-025 初始压力750daN", "PCS", "20", "286.0000", LATER, "附检测报告"),
    ("M02-0401-008", "运水喷嘴", "PT1/4 Φ8 黄铜 直通", "PCS", "600", "1.2800", "", ""),
    ("M02-0402-012", "O型圈", "P12 NBR 70° 黑色", "PCS", "2000", "0.0650", "", ""),
    ("M03-0110-035", "热流道加热圈", "Φ35×40 AC220V 250W 带陶瓷接线盒", "SET", "30", "68.0000", LATER, ""),
    ("M03-0120-010", "热电偶", "K型 Φ1.0 线长2米 带屏蔽", "PCS", "60", "22.5000", "", ""),
    ("F01-1205-016", "内六角螺丝", "M5×16 12.9级 发黑", "PCS", "5000", "0.0850", "", ""),
    ("F01-1208-030", "内六角螺丝", "M8×30 12.9级 发黑", "PCS", "3000", "0.2150", "", ""),
    ("F02-0305-000", "铜螺母嵌件", "M3×5 滚花 H59黄铜 热熔用", "PCS", "20000", "0.0420", "", "500PCS/袋"),
    ("S01-2738-000", "模具钢", "P20 精料 按附图尺寸", "KG", "186.5", "28.6000", "", "附材质证明"),
    ("S01-7120-020", "铍铜棒", "C17200 Φ20", "KG", "12.5", "468.0000", LATER, ""),
    ("R01-0003-400", "顶针油", "耐高温 400ml", "瓶", "48", "26.5000", "", ""),
    ("R01-0010-550", "模具防锈剂", "550ml 干性", "瓶", "48", "18.8000", "", ""),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=None)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("项次",), 24, "c"),
        Column(("品号",), 64, "l"),
        Column(("品名",), 58, "l"),
        Column(("规格",), 104, "l"),
        Column(("单位",), 26, "c"),
        Column(("数量",), 42, "r"),
        Column(("单价",), 46, "r"),
        Column(("金额",), 54, "r"),
        Column(("预交日期",), 50, "c"),
        Column(("备注",), 0, "l"),
    ],
    size=8.0,
    line_h=12.0,
    pad=2.5,
)
LEAD = 15.0  # the head rows' leading
COLS = (LEFT, LEFT + 190, LEFT + 365)  # the head's three label：value columns


def money(value: Decimal | str) -> str:
    return f"{Decimal(value):,.2f}"


def quantity(item: tuple) -> str:
    """数量 in the unit's decimals: none for pieces and bottles, two for KG (186.50)."""
    places = 2 if item[3] == "KG" else 0
    return f"{Decimal(item[4]):,.{places}f}"


def ymd(day: dt.date) -> str:
    return day.strftime("%Y/%m/%d")


def net_total() -> Decimal:
    return FIELDS.total(ITEMS)


def tax() -> Decimal:
    """税额: 13 % on the order's untaxed sum (应税外加), rounded once."""
    return (net_total() * VAT).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return net_total() + tax()


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
        total=total(),
    )


def _double(c: Canvas, y: float) -> None:
    c.setLineWidth(0.8)
    c.line(LEFT, y, RIGHT, y)
    c.setLineWidth(0.4)
    c.line(LEFT, y - 2, RIGHT, y - 2)


def _head(c: Canvas, font: str, page: int) -> float:
    top = HEIGHT - 42
    draw.text(c, WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(c, WIDTH / 2, top - 13, BUYER_EN, font, 8, "center")
    address = "地址：江苏省昆山市开发区前进东路1288号    电话：0512-57718800    传真：0512-57718801"
    draw.text(c, WIDTH / 2, top - 25, address, font, 7.5, "center")
    _double(c, top - 31)
    draw.text(c, WIDTH / 2, top - 52, "采  购  单", font, 17, "center")
    draw.text(c, RIGHT, top - 44, f"页次：{page}/{PAGES}", font, 8, "right")
    draw.text(c, RIGHT, top - 56, "打印日期：2026/12/19", font, 8, "right")
    rows = [
        [("厂商编号", "S0418"), ("厂商简称", "启航精工"), ("采购单号", PO)],
        [("厂商名称", OUR_NAME_ZH), None, ("采购日期", ymd(ORDER_DATE))],
        [("联 系 人", "张丽"), ("电　　话", "0512-66558812"), ("预交日期", ymd(DELIVERY))],
        [("付款条件", TERMS), ("币　　别", "RMB"), ("汇　　率", "1.0000")],
        [("税　　别", "应税外加"), ("税　　率", "13%"), ("采购人员", "吴佩珊")],
        [("交货地点", ADDRESS), None, ("部　　门", "资材部")],
    ]
    y = top - 76
    for row in rows:
        for x, pair in zip(COLS, row, strict=True):
            if pair:
                draw.text(c, x, y, f"{pair[0]}：{pair[1]}", font, 8.5)
        y -= LEAD
    return y + 4


def _cells(n: int, item: tuple, font: str) -> list[list[str]]:
    part, name, spec, unit, _qty, price, day, note = item
    return [
        [f"{n}"],
        [part],
        wrap_browser(name, font, GRID.size, GRID.width(2)),
        wrap_browser(spec, font, GRID.size, GRID.width(3)),
        [unit],
        [quantity(item)],
        [f"{Decimal(price):,.4f}"],
        [money(FIELDS.amount(item))],
        [day or ymd(DELIVERY)],
        [note] if note else [],
    ]


def _table(c: Canvas, font: str, y: float, first: int, rows: list[tuple]) -> float:
    _double(c, y)
    for k, column in enumerate(GRID.columns):
        GRID.put(c, k, y - 12, column.caption[0], font)
    y -= 16
    c.setLineWidth(0.5)
    c.line(LEFT, y, RIGHT, y)
    y -= 1
    for n, item in enumerate(rows, start=first):
        y = GRID.cells(c, y, _cells(n, item, font), font) + 2
    c.setLineWidth(0.5)
    c.line(LEFT, y - 1, RIGHT, y - 1)
    return y - 1


def _footer(c: Canvas, font: str, y: float) -> None:
    x = RIGHT - 150
    sums = [("未税金额", net_total()), ("税　　额", tax()), ("含税总额", total())]
    for k, (label, value) in enumerate(sums):
        draw.text(c, x, y - 14 - 14 * k, f"{label}：", font, 9)
        draw.text(c, RIGHT - 2, y - 14 - 14 * k, money(value), font, 9, "right")
    draw.text(c, LEFT, y - 14, f"含税总额（大写）：人民币{capitals(total())}", font, 9)
    draw.text(c, LEFT, y - 28, "合计项数：18", font, 9)
    y -= 64
    notes = [
        "注意事项：",
        "1. 本采购单经厂商签回后生效，请于收到后24小时内签章回传；未回传视同接受本单内容。",
        "2. 送货时请附送货单，注明采购单号、品号及数量；品质异常依本公司进料检验规范处理。",
        "3. 请开具13%增值税专用发票，发票随货或月底前寄达财务部，货款月结60天。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT + (0 if k == 0 else 8), y - 12 * k, value, font, 8)
    y -= 12 * len(notes) + 26
    for x, value in (
        (LEFT, "核准："),
        (LEFT + 120, "审核："),
        (LEFT + 240, "采购：吴佩珊"),
        (LEFT + 370, "厂商确认回签（盖章）："),
    ):
        draw.text(c, x, y, value, font, 9)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"采购单 {PO}")
    c.setAuthor("吴佩珊")
    c.setCreator("Crystal Reports")
    pages = [ITEMS[:PER_PAGE], ITEMS[PER_PAGE:]]
    for page, rows in enumerate(pages, start=1):
        y = _table(c, font, _head(c, font, page), 1 + PER_PAGE * (page - 1), rows)
        if page < PAGES:
            draw.text(c, WIDTH / 2, y - 14, "（接下页）", font, 9, "center")
        else:
            _footer(c, font, y)
        c.showPage()
    c.save()
    return buffer.getvalue()
