"""Unseen layout: a Ningbo hydraulics maker's 采购单 from 鼎捷 T100 on 二等分 continuous forms, 4 pages.

宁波甬誉液压科技股份有限公司 runs Digiwin (鼎捷) T100 and prints its purchase orders with the GR report
apmg500 on the paper its dot-matrix printers still use: 241 × 140 mm 二等分 continuous forms. The PDF it
mails is that print, so its pages are small landscape sheets (683 × 397 pt) holding EIGHT detail rows
each (the report's 每页笔数), and the 30 lines run over four pages. The GR page header is printed on every
page: the company name, 采 购 单, then label：value fields three a row (采购单号 YYP1-261200087 with 版次：2
beside it: this is the second version of the order, after a change; 采购日期 2026/12/10; 供应商 with
T100's supplier code before our name, QH0012; 采购人员 and 采购部门 as code and name; 币别 RMB 人民币; 税别
V13 13%进项税(含税); 付款条件 as code and text, P60 月结60天; 交易条件 T01 送货到厂; 送货地址; the 变更原因
naming an earlier date and an earlier quantity). The detail: 项次 | 料件编号 | 品名 | 规格 |
采购单位 | 采购数量 | 计价单位 | 计价数量 | 未税单价 | 含税单价 | 未税金额 | 含税金额 | 到厂日期, where the
PURCHASE unit and the PRICING unit differ on nine lines (6 箱 of seals are 600 个; 10 根 of
bronze bar are 212.500 KG; 3 卷 of hose are 150 米), so the 采购数量 beside the 采购单位 is not the
quantity the price applies to;
quantities with three decimals (2,000.000), two unit prices (未税 4 decimals, 含税 4 decimals), two
amounts; 规格 wrapped inside its column on long ones; 到厂日期 per line (three lines a week later). The
report footer on every page: apmg500, 打印人员, 打印时间 2026/12/12 09:12:44, 页次：1/4. The last page:
合计 row, 未税总额 / 税额 / 含税总额, 含税总额（大写）, and the sign-off row.

Truth: the PO number 采购单号 (YYP1-261200087; not the 版次 2 beside it); the order date 采购日期 (not the
变更日期 or the print time); the requested delivery date the earliest 到厂日期 (2027/01/08, on 27 of the
30 lines; the head has none); the currency CNY (RMB 人民币); the buyer the company in the title; the
supplier 供应商 without its code (us); the ship-to address 送货地址; the payment terms 付款条件 without
its code (月结60天); the total 含税总额; per line the part number 料件编号, the description 品名 and 规格
joined with a space (a wrapped spec's lines joined with a space), the quantity 计价数量 and the unit
计价单位 (the quantity and unit the price is for), the unit price 含税单价 and the amount 含税金额 (=
计价数量 × 含税单价; not 采购数量, not the 未税 figures).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "YYP1-261200087_采购单_V2.pdf"
BUYER = "宁波甬誉液压科技股份有限公司"
PO = "YYP1-261200087"
ORDER_DATE = dt.date(2026, 12, 10)
DELIVERY, LATER = dt.date(2027, 1, 8), dt.date(2027, 1, 15)
ADDRESS = "浙江省宁波市海曙区望春工业园区杉杉路318号"
TERMS = "月结60天"
WIDTH, HEIGHT = 241 * mm, 140 * mm
ROWS_PER_PAGE = 8
# 料件编号, 品名, 规格, 采购单位, 采购数量, 计价单位, 计价数量, 含税单价, 到厂日期晚一周
ITEMS = [
    ("WG-BR-0015", "深沟球轴承", "6205-2RS C3", "个", "400", "个", "400", "1.04", False),
    ("WG-BR-0018", "深沟球轴承", "6308-ZZ C3", "个", "120", "个", "120", "3.56", False),
    ("WG-BR-0031", "圆锥滚子轴承", "30207 成对供货", "套", "80", "套", "80", "5.20", False),
    ("WG-SE-0021", "骨架油封", "TC 25×35×7 NBR", "箱", "6", "个", "600", "0.43", False),
    ("WG-SE-0024", "骨架油封", "TC 45×62×8 氟橡胶", "个", "300", "个", "300", "1.40", False),
    ("WG-OR-0050", "O型圈", "50×3.1 NBR70", "盒", "20", "个", "2000", "0.051", False),
    ("WG-OR-0080", "O型圈", "80×3.55 FKM75", "个", "600", "个", "600", "0.29", False),
    ("WG-CP-0100", "梅花联轴器", "L100 孔径25H7 带键槽", "套", "60", "套", "60", "8.90", False),
    ("WG-CP-0101", "梅花垫", "L100 聚氨酯95A", "个", "120", "个", "120", "2.35", False),
    ("WG-SH-0312", "泵轴", "1.4021 Φ24×312 图号YY-A-0312 C版", "根", "30", "根", "30", "24.80", False),
    ("WG-IM-0160", "闭式叶轮", "青铜 Φ160 孔24H7 动平衡G6.3", "个", "30", "个", "30", "48.00", True),
    ("WG-FS-1035", "外六角螺栓", "M10×35 10.9级 镀锌", "包", "4", "个", "2000", "0.19", False),
    ("WG-FS-1200", "六角法兰螺母", "M12 10级 镀锌", "包", "4", "个", "2000", "0.10", False),
    ("WG-FS-0010", "平垫圈", "GB/T 97.1 10 A4不锈钢", "包", "4", "个", "4000", "0.032", False),
    ("WG-HF-0606", "JIC直通接头", "06-06 碳钢镀锌", "个", "500", "个", "500", "1.36", False),
    ("WG-HF-0808", "JIC弯头", "90° 08-08 碳钢镀锌", "个", "300", "个", "300", "2.68", False),
    ("WG-PI-0012", "液压钢管", "Φ12×1.5 E235+N 6米/根", "根", "25", "米", "150", "2.10", False),
    ("WG-CU-0040", "青铜棒", "CuSn7ZnPb Φ40", "根", "10", "KG", "212.5", "11.20", True),
    ("WG-FL-0050", "对焊法兰", "DN50 PN16 316L", "个", "40", "个", "40", "14.00", False),
    ("WG-GK-0050", "法兰垫片", "DN50 石墨复合", "个", "200", "个", "200", "0.72", False),
    ("WG-GK-0112", "泵体密封套件", "PH-12系列", "套", "50", "套", "50", "10.40", False),
    ("WG-NP-0300", "不锈钢铭牌", "激光打标 带序列号 60×40", "个", "300", "个", "300", "0.50", False),
    ("WG-HS-0025", "钢丝编织胶管", "DN25 两层钢丝 50米/卷", "卷", "3", "米", "150", "6.80", True),
    ("WG-VL-0015", "高压球阀", "DN15 PN63 碳钢", "个", "50", "个", "50", "18.60", False),
    ("WG-FT-0010", "吸油过滤器", "WU-100×180", "个", "40", "个", "40", "21.50", False),
    ("WG-GA-0063", "耐震压力表", "Y-63 0-25MPa 径向", "个", "40", "个", "40", "16.20", False),
    ("WG-KY-0824", "平键", "GB/T 1096 8×7×40", "个", "200", "个", "200", "0.38", False),
    ("WG-SR-0035", "孔用弹性挡圈", "GB/T 893 35", "盒", "2", "个", "200", "0.12", False),
    ("WG-MG-0018", "磁性放油螺塞", "M18×1.5", "个", "100", "个", "100", "3.30", False),
    ("WG-LB-0400", "锂基润滑脂", "2# 400g/支", "支", "48", "支", "48", "9.60", False),
]
LEFT = 20.0
COLUMNS = [  # heading, width, align
    ("项次", 22, "c"),
    ("料件编号", 60, "l"),
    ("品名", 58, "l"),
    ("规格", 96, "l"),
    ("采购单位", 34, "c"),
    ("采购数量", 46, "r"),
    ("计价单位", 34, "c"),
    ("计价数量", 48, "r"),
    ("未税单价", 44, "r"),
    ("含税单价", 44, "r"),
    ("未税金额", 50, "r"),
    ("含税金额", 52, "r"),
    ("到厂日期", WIDTH - 2 * LEFT - 588, "c"),
]
SIZE, ROW, LEAD = 7.0, 17.0, 8.5
RATE = Decimal("1.13")


def money(value: Decimal | str) -> str:
    return grouped(value)


def qty(value: str) -> str:
    """T100's quantity format: three decimals (2,000.000)."""
    return grouped(value, 3)


def t100_date(day: dt.date) -> str:
    return day.strftime("%Y/%m/%d")


def line_amount(item: tuple) -> Decimal:
    return amount(item[6], item[7])


def untaxed(value: Decimal, places: str) -> Decimal:
    return (value / RATE).quantize(Decimal(places), ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def untaxed_total() -> Decimal:
    return sum((untaxed(line_amount(item), "0.01") for item in ITEMS), Decimal(0))


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
            (code, f"{name} {spec}", count, unit, price, f"{amount(count, price)}")
            for code, name, spec, _, _, unit, count, price, _ in ITEMS
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def wrap(text: str, width: float, font: str) -> list[str]:
    """The GR report's 自动换行 on 规格: at the last space that fits."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and stringWidth(f"{lines[-1]} {word}", font, SIZE) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def spec_lines(font: str) -> list[list[str]]:
    return [wrap(item[2], COLUMNS[3][1] - 5, font) for item in ITEMS]


def _cell(c, font: str, col: int, base: float, value: str, size: float = SIZE) -> None:
    edges = _edges()
    align = COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 2.5, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, edges[col] + 2.5, base, value, font, size)


def _page_head(c, font: str, page: int, pages: int) -> float:
    top = HEIGHT - 22
    draw.text(c, WIDTH / 2, top, BUYER, font, 11, "center")
    draw.text(c, WIDTH / 2, top - 17, "采 购 单", font, 13, "center")
    draw.text(c, WIDTH - LEFT, top - 17, "签核状态：已核准", font, 7, "right")
    top -= 32
    right = _edges()[-1]
    x2, x3 = LEFT + 250, LEFT + 440
    rows = [
        ((LEFT, f"采购单号：{PO}"), (x2, "版次：2"), (x3, f"采购日期：{t100_date(ORDER_DATE)}")),
        (
            (LEFT, f"供应商：QH0012 {OUR_NAME_ZH}"),
            (x2, "采购人员：A0316 周晓燕"),
            (x3, "采购部门：D320 采购部"),
        ),
        ((LEFT, "币别：RMB 人民币"), (x2, "税别：V13 13%进项税(含税)"), (x3, f"付款条件：P60 {TERMS}")),
        (
            (LEFT, "交易条件：T01 送货到厂"),
            (x2, f"送货地址：{ADDRESS}"),
        ),
        (
            (
                LEFT,
                "变更日期：2026/12/12　变更原因：项次11到厂日期由2027/01/08改为2027/01/15；"
                "项次24数量由30增至50",
            ),
        ),
    ]
    for row in rows:
        for x, text in row:
            draw.text(c, x, top, text, font, 7.6)
        top -= 11
    c.setLineWidth(0.8)
    c.line(LEFT, top + 4, right, top + 4)
    return top


def _heads(c, font: str, top: float) -> float:
    edges = _edges()
    c.setLineWidth(0.5)
    c.rect(LEFT, top - 14, edges[-1] - LEFT, 14)
    for edge in edges[1:-1]:
        c.line(edge, top, edge, top - 14)
    for col, (heading, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 10, heading, font, 7, "center")
    return top - 14


def _row(c, font: str, top: float, n: int, item: tuple, spec: list[str]) -> float:
    code, name, _, buy_unit, buy_qty, unit, count, price, later = item
    value = line_amount(item)
    height = ROW + LEAD * (len(spec) - 1)
    cells = [
        str(n),
        code,
        name,
        "",
        buy_unit,
        qty(buy_qty),
        unit,
        qty(count),
        f"{untaxed(Decimal(price), '0.0001'):,.4f}",
        f"{Decimal(price):,.4f}",
        money(untaxed(value, "0.01")),
        money(value),
        t100_date(LATER if later else DELIVERY),
    ]
    base = top - 11.5
    for col, text in enumerate(cells):
        if text:
            _cell(c, font, col, base, text)
    for k, part in enumerate(spec):
        _cell(c, font, 3, base - LEAD * k, part)
    edges = _edges()
    c.setLineWidth(0.3)
    c.line(LEFT, top - height, edges[-1], top - height)
    for edge in (edges[0], edges[-1]):
        c.line(edge, top, edge, top - height)
    return top - height


def _foot(c, font: str, page: int, pages: int) -> None:
    draw.text(
        c, LEFT, 14, "apmg500  采购单打印　打印人员：A0316 周晓燕　打印时间：2026/12/12 09:12:44", font, 6.5
    )
    draw.text(c, WIDTH - LEFT, 14, f"页次：{page}/{pages}", font, 6.5, "right")


def _totals(c, font: str, top: float) -> float:
    edges = _edges()
    c.setLineWidth(0.5)
    c.rect(LEFT, top - 14, edges[-1] - LEFT, 14)
    draw.text(c, (edges[0] + edges[4]) / 2, top - 10, "合计", font, 7.5, "center")
    _cell(c, font, 10, top - 10, money(untaxed_total()))
    _cell(c, font, 11, top - 10, money(total()))
    top -= 26
    tax = total() - untaxed_total()
    draw.text(
        c,
        LEFT,
        top,
        f"未税总额：{money(untaxed_total())}　　税额：{money(tax)}　　含税总额：{money(total())}",
        font,
        8,
    )
    top -= 13
    draw.text(c, LEFT, top, f"含税总额（大写）：人民币{capitals(total())}", font, 8)
    top -= 20
    for k, label in enumerate(("核准：", "审核：", "采购员：周晓燕", "供应商确认（签章回传）：")):
        draw.text(c, LEFT + 150 * k, top, label, font, 8)
    return top


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"apmg500 采购单 {PO}")
    c.setPageSize((WIDTH, HEIGHT))
    specs = spec_lines(font)
    pages = -(-len(ITEMS) // ROWS_PER_PAGE)
    for page in range(1, pages + 1):
        if page > 1:
            c.showPage()
            c.setPageSize((WIDTH, HEIGHT))
        y = _heads(c, font, _page_head(c, font, page, pages))
        chunk = range((page - 1) * ROWS_PER_PAGE, min(page * ROWS_PER_PAGE, len(ITEMS)))
        for index in chunk:
            y = _row(c, font, y, index + 1, ITEMS[index], specs[index])
        if y < 30:
            raise AssertionError(f"page {page} overflows")
        if page == pages and _totals(c, font, y) < 26:
            raise AssertionError("the totals do not fit")
        _foot(c, font, page, pages)
    c.showPage()
    c.save()
    return buffer.getvalue()
