"""Unseen layout: a Hangzhou M&E contractor's 材料采购订单 printed by 新中大 i8, CNY, 2 landscape pages.

浙江恒安机电安装工程有限公司 installs pumps, valves, piping and drives for waterworks and sewage plants and
runs 新中大 i8 (Newgrand's project-based ERP for builders and contractors, where every purchase belongs to a
项目), buying for each site through its 物资设备部; the order goes out as the PDF of i8's 材料采购订单 print
template (A4 landscape, 打印预览 -> 导出PDF, saved as 材料采购订单_CGDD-HA-2612-0058.pdf). What it prints:
the company and 材料采购订单 centred, 单据编号 and 第 n 页 / 共 2 页 on the title's line; on page 1 a
ruled header grid of shaded label cells beside value cells, three pairs a row (单据编号 CGDD-HA-2612-0058,
单据日期 2026-12-21, 项目名称 with the site; 供应商 us, 采购合同号, 币种 人民币; 交货日期 2027-01-20,
付款方式 (wrapped in its cell), 税率 13%; 交货地点 across; 收货人, 采购员, 编制部门); on page 2 the title line
alone over the table; the ruled table: 行号 | 物资编码 (ten digits, 0301020015) | 物资名称 | 规格型号 (both
wrapped by character in their cells) | 计量单位 (个, 套, 片, 台, 根, 米, 桶) | 数量 with two decimals
(1500.00; 186.50) | 含税单价 with four (0.3850; 9850.0000) | 税率(%) | 税额 | 含税金额 with thousands |
计划到货日期 (2027-01-20; the drives and valves 2027-02-28) | 备注; 20 lines, 12 a page as the template
prints them (page 2's last four rows ruled and empty); 本页小计 (数量, 税额, 含税金额) under each page's rows
and 合计 on the last; 人民币（大写） with （小写）¥; 采购说明 1-4;
编制人 / 审核人 / 项目经理 / 供应商确认（盖章）; 打印人 / 打印时间 and 第 n 页 共 2 页 at the foot.

Truth: the PO number 单据编号; the order date 单据日期; the requested delivery date 交货日期 (the header's,
not a line's 计划到货日期); the currency CNY; the buyer the company; the supplier 供应商 (us); the ship-to
address 交货地点; the payment terms 付款方式 (the lines of its cell joined with nothing, Chinese); the total
合计's 含税金额; per line the part number 物资编码, the description 物资名称 and 规格型号 joined with a space,
the unit, the quantity, the unit price 含税单价 and the amount 含税金额.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_chars
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH

FILENAME = "材料采购订单_CGDD-HA-2612-0058.pdf"
BUYER = "浙江恒安机电安装工程有限公司"
PO = "CGDD-HA-2612-0058"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 1, 20)
PROJECT = "绍兴滨海污水处理厂三期提标改造工程（机电安装标段）"
ADDRESS = "浙江省绍兴市柯桥区滨海工业区海涂九一丘 滨海污水处理厂三期施工现场 恒安项目部材料库"
TERMS = "货到验收合格并收到发票后30天内付至90%，余款10%作质保金，质保期满一年后无息付清"
CENT = Decimal("0.01")
RATE = Decimal("0.13")
WIDTH, HEIGHT = A4[1], A4[0]  # landscape
LEFT, RIGHT = 30.0, A4[1] - 30.0
PAGES, FIRST = 2, 12
LATER = "2027-02-28"
# 物资编码, 物资名称, 规格型号, 计量单位, 数量, 含税单价, 计划到货日期 (blank: the header's), 备注
ITEMS = [
    ("0301020015", "深沟球轴承", "6312-2Z/C3 SKF原装", "个", "48", "86.50", "", ""),
    ("0301020027", "调心滚子轴承", "22222 EK/C3 配H322紧定套", "套", "12", "968.00", "", ""),
    (
        "0302010008",
        "机械密封",
        "泵用 HJ92N-55 碳化硅对碳化硅 氟橡胶",
        "套",
        "16",
        "1380.00",
        "",
        "随泵型号配",
    ),
    ("0302030112", "O型圈", "200×5.3 氟橡胶FKM", "个", "300", "6.85", "", ""),
    ("0303010045", "金属缠绕垫片", "DN150 PN16 304+石墨 带内外环", "片", "120", "28.60", "", ""),
    ("0304010061", "全螺纹螺柱", "M20×120 8.8级 热镀锌 配双螺母", "套", "800", "6.45", "", ""),
    ("0304030025", "六角螺母", "M20 8级 热镀锌 GB/T 6170", "个", "2000", "0.385", "", ""),
    ("0304020013", "膨胀螺栓", "M16×150 304不锈钢", "套", "1500", "4.38", "", ""),
    ("0305010021", "闸阀", "Z41H-16C DN200 铸钢 法兰连接", "台", "6", "3650.00", LATER, "附材质证明"),
    ("0305020009", "止回阀", "HH44X-16 DN150 微阻缓闭", "台", "8", "2180.00", LATER, ""),
    (
        "0305030030",
        "电动蝶阀",
        "D971X-16Q DN250 执行器AC380V 带开度信号反馈",
        "台",
        "4",
        "6860.00",
        LATER,
        "",
    ),
    (
        "0306010004",
        "三相异步电动机",
        "YE4-200L-4 30kW 380V IP55 F级绝缘",
        "台",
        "3",
        "9850.00",
        LATER,
        "二级能效",
    ),
    ("0306020017", "摆线针轮减速机", "BWD4-29-11kW 卧式 双轴", "台", "2", "7420.00", LATER, ""),
    ("0307010052", "液压油管总成", "DN25 两端DKOL 长1500mm 工作压力21MPa", "根", "24", "268.00", "", ""),
    ("0307020010", "液压缸密封件包", "缸径Φ125 活塞杆Φ70 聚氨酯", "套", "10", "415.00", "", ""),
    ("0308010086", "不锈钢无缝管", "304 Φ108×4 GB/T 14976", "米", "186.5", "168.40", "", "定尺6米"),
    ("0309010003", "压力变送器", "0-1.6MPa 4-20mA M20×1.5", "台", "12", "1260.00", "", ""),
    ("0310010018", "电力电缆", "YJV-0.6/1kV 4×25+1×16", "米", "420", "96.80", "", "按实际长度结算"),
    ("0311010007", "锂基润滑脂", "3号 15kg/桶", "桶", "20", "312.00", "", ""),
    ("0302030126", "骨架油封", "TC 110×140×13 丁腈橡胶", "个", "60", "12.40", "", ""),
]
FIELDS = ItemFields(part=0, description=1, spec=2, unit=3, quantity=4, price=5, discount=None)
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("行号",), 24, "c"),
        Column(("物资编码",), 56, "c"),
        Column(("物资名称",), 66, "l"),
        Column(("规格型号",), 138, "l"),
        Column(("计量单位",), 36, "c"),
        Column(("数量",), 50, "r"),
        Column(("含税单价",), 58, "r"),
        Column(("税率(%)",), 34, "c"),
        Column(("税额",), 54, "r"),
        Column(("含税金额",), 66, "r"),
        Column(("计划到货日期",), 60, "c"),
        Column(("备注",), 0, "l"),
    ],
    size=7.5,
    line_h=10,
)


def money(value: Decimal | str) -> str:
    """i8's money columns: thousands and two decimals (14,090.40)."""
    return f"{Decimal(value):,.2f}"


def tax(item: tuple) -> Decimal:
    """The 税额 inside a tax-inclusive amount at 13 %."""
    gross = FIELDS.amount(item)
    return (gross * RATE / (1 + RATE)).quantize(CENT, ROUND_HALF_UP)


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


def _title(c: Canvas, font: str, page: int) -> float:
    top = HEIGHT - 34
    draw.text(c, WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(c, WIDTH / 2, top - 22, "材料采购订单", font, 16, "center")
    c.setLineWidth(0.8)
    c.line(WIDTH / 2 - 58, top - 26, WIDTH / 2 + 58, top - 26)
    c.line(WIDTH / 2 - 58, top - 28, WIDTH / 2 + 58, top - 28)
    draw.text(c, LEFT, top - 22, f"单据编号：{PO}", font, 8.5)
    draw.text(c, RIGHT, top - 22, f"第 {page} 页 / 共 {PAGES} 页", font, 8.5, "right")
    return top - 36


def _header(c: Canvas, y: float, font: str) -> float:
    """The ruled header grid: shaded label cells beside value cells, three pairs a row; a long value wraps."""
    rows = [
        [("单据编号", PO), ("单据日期", ORDER_DATE.isoformat()), ("项目名称", PROJECT)],
        [("供应商", OUR_NAME_ZH), ("采购合同号", "HA-CG-HT-2026-0419"), ("币种", "人民币")],
        [("交货日期", DELIVERY.isoformat()), ("付款方式", TERMS), ("税率", "13%")],
        [("交货地点", ADDRESS)],
        [("收货人", "项目部 王海涛 13905756188"), ("采购员", "李晓燕"), ("编制部门", "物资设备部")],
    ]
    label_w = 56.0
    spans = [(0, 222), (222, 462), (462, RIGHT - LEFT)]
    c.setLineWidth(0.5)
    for row in rows:
        cells = [(LEFT, RIGHT - LEFT)] if len(row) == 1 else [(LEFT + a, b - a) for a, b in spans]
        parts = [
            wrap_chars(value, font, 8, width - label_w - 8, strip=True)
            for (_, value), (_, width) in zip(row, cells, strict=True)
        ]
        height = 6 + 11 * max(len(p) for p in parts)
        for (label, _), (x, width), lines in zip(row, cells, parts, strict=True):
            c.setFillColorRGB(0.9, 0.93, 0.97)
            c.rect(x, y - height, label_w, height, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x, y - height, label_w, height)
            c.rect(x + label_w, y - height, width - label_w, height)
            draw.text(c, x + label_w / 2, y - 11, label, font, 8, "center")
            for n, part in enumerate(lines):
                draw.text(c, x + label_w + 4, y - 11 - 11 * n, part, font, 8)
        y -= height
    return y


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, spec, unit, quantity, price, arrival, note = item
    cells = [
        [f"{n}"],
        [code],
        wrap_chars(name, font, GRID.size, GRID.width(2), strip=True),
        wrap_chars(spec, font, GRID.size, GRID.width(3), strip=True),
        [unit],
        [f"{Decimal(quantity):.2f}"],
        [f"{Decimal(price):.4f}"],
        ["13"],
        [money(tax(item))],
        [money(FIELDS.amount(item))],
        [arrival or DELIVERY.isoformat()],
        wrap_chars(note, font, GRID.size, GRID.width(11), strip=True),
    ]
    return GRID.row(c, y, cells, font)


def _sum_row(c: Canvas, y: float, label: str, items: list[tuple], font: str) -> float:
    quantity = sum((Decimal(item[4]) for item in items), Decimal(0))
    taxes = sum((tax(item) for item in items), Decimal(0))
    amount = FIELDS.total(items)
    cells = [
        [""],
        [label],
        [""],
        [""],
        [""],
        [f"{quantity:.2f}"],
        [""],
        [""],
        [money(taxes)],
        [money(amount)],
    ]
    return GRID.row(c, y, [*cells, [""], [""]], font)


def _end(c: Canvas, y: float, font: str) -> float:
    y = _sum_row(c, y, "合计", ITEMS, font)
    c.setLineWidth(0.5)
    c.rect(LEFT, y - 16, RIGHT - LEFT, 16)
    draw.text(c, LEFT + 4, y - 11, f"人民币（大写）：{capitals(total())}", font, 8)
    draw.text(c, GRID.edges[8], y - 11, f"（小写）：¥{money(total())}", font, 8)
    y -= 30
    notes = [
        "采购说明：1. 送货单、发票须注明本订单单据编号及项目名称，发票开具13%增值税专用发票；",
        "2. 阀门、电机、减速机须随货提供合格证、材质证明及使用说明书，电机须附出厂试验报告；",
        "3. 到货后由项目部会同监理验收，数量以现场签收为准，质量不合格的由供方负责退换并承担费用；",
        "4. 逾期交货每延迟一天按逾期部分货款的0.5%扣除违约金。",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT + (0 if k == 0 else 40), y - 12 * k, value, font, 7.5)
    y -= 12 * len(notes) + 14
    signs = ["编制人：李晓燕", "审核人：周建华", "项目经理：陈国栋", "供应商确认（盖章）："]
    for k, value in enumerate(signs):
        draw.text(c, LEFT + 8 + k * 190, y, value, font, 8.5)
    return y


def _foot(c: Canvas, page: int, font: str) -> None:
    c.setFillColorRGB(0.3, 0.3, 0.3)
    draw.text(c, LEFT, 22, "打印人：李晓燕    打印时间：2026-12-21 15:08:42", font, 7)
    draw.text(c, RIGHT, 22, f"第 {page} 页 共 {PAGES} 页", font, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(WIDTH, HEIGHT), invariant=1)
    c.setTitle(f"材料采购订单 {PO}")
    c.setAuthor("新中大 i8")
    c.setCreator("新中大 i8 打印服务")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _title(c, font, page)
        if page == 1:
            y = _header(c, y, font) - 8
        y = GRID.head(c, y, font, grey=0.9, lines=1)
        for n, item in enumerate(chunk, start=1 + (FIRST if page == 2 else 0)):
            y = _item(c, y, n, item, font)
        for _ in range(FIRST - len(chunk)):
            # the template prints FIRST detail rows a page: the last page's rest are ruled and empty
            y = GRID.row(c, y, [[""]] * len(GRID.columns), font)
        y = _sum_row(c, y, "本页小计", list(chunk), font)
        if page == PAGES:
            y = _end(c, y, font)
        if y < 40:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, page, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
