"""Unseen layout: a railway-equipment group's SRM 采购订单 print, version 2 with a deleted line, 2 pages.

湘潭华轨装备股份有限公司 (traction motors and bogie parts, a subsidiary of a state-owned railway-equipment
group) buys through the group's 电子采购平台, an SRM portal over SAP: the buyer releases the order in
the portal, the portal prints it (A4 landscape) and mails the PDF. What it prints: the platform line top
left (华轨集团电子采购平台 SRM) and the print time top right; the company and its registered address; 采 购
订 单 with 第 2 版; a ruled header of label | value cells two pairs a row: 采购订单号 4500186273 (SAP's
number) beside 订单版本 V2（变更）, 采购单位 beside 采购组织 (1000 华轨装备集中采购中心), 供应商编码
1000236 beside 供应商名称 (us), 订单类型 NB 标准采购订单 beside 框架协议号 4600002318 (another ten-digit
SAP number), 订单日期 2026-12-08 beside 发布日期 2026-12-09 (V2's release), 采购员 with a mobile beside 币种
CNY 人民币, 付款条件 as a long sentence over the row (97 % within 60 days, 3 % 质保金 after the warranty),
收货地址 over the row, 收货人 with a phone beside 交货日期 见行项目 (no date in the head), and a 变更说明
naming V1's date, the deleted line and an old quantity. The lines: 行号 10, 20, 30 ... | 物料编码 (nine
digits, 210103456) | 物料描述 in SAP's style (深沟球轴承\\6205-2RS\\C3) | 单位 | 数量 (three decimals) |
不含税单价 | 税率 | 含税单价 | 不含税金额 | 含税金额 | 交货日期 | 库存地点 | 行状态 (正常, 变更 on line
110, 删除 on line 70: printed with its quantity and amounts but cancelled); a grey 行项目文本 row under four
lines (drawing, certificate and packing notes); 28 rows (27 lines ordered) over two pages, the page
head (platform line, 采购订单号, 第 n 页 / 共 2 页) and the column heads repeated; 合计 (the deleted line
left out), 不含税总金额 / 税额 / 含税总金额, 含税总金额（大写）, numbered terms (with 0.5‰ a day, 12 个月 and
another drawing number), the signature blocks and the buyer's red 合同专用章 e-seal with its certificate
number; the platform's footer line on every page.

Truth: the PO number 采购订单号 (4500186273; not the 框架协议号, the 供应商编码 or the version); the order
date 订单日期 (2026-12-08; not the 发布日期 or the print time); the requested delivery date the earliest
交货日期 of the lines (2027-01-15; the head says 见行项目); the currency CNY; the buyer the 采购单位 (the
company at the top; not the 采购组织); the supplier 供应商名称 (us); the ship-to address 收货地址; the
payment terms 付款条件 (the whole sentence); the total 含税总金额 (the lines ordered: the deleted line 70
is no order line and is in no total); per line the part number 物料编码, the description 物料描述 as
printed (backslashes and all; the 行项目文本 rows are notes), the quantity 数量, the unit 单位, the unit
price 含税单价 and the amount 含税金额 (not the 不含税 figures).
"""

from __future__ import annotations

import datetime as dt
import io
import math
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4, landscape

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "采购订单_4500186273_V2.pdf"
BUYER = "湘潭华轨装备股份有限公司"
PO = "4500186273"
AGREEMENT = "4600002318"
ORDER_DATE = dt.date(2026, 12, 8)
RELEASED = dt.date(2026, 12, 9)
DELIVERY, LATER = dt.date(2027, 1, 15), dt.date(2027, 1, 29)
ADDRESS = "湖南省湘潭市岳塘区双马工业园华轨路8号电机事业部3号库房"
TERMS = "货到验收合格且收到发票后60天内支付97%，余款3%作为质保金，质保期满12个月后无息支付"
PRINTED_AT = "2026-12-10 08:15:22"
WIDTH, HEIGHT = landscape(A4)
LEFT, RIGHT = 28.0, landscape(A4)[0] - 28.0
RATE = Decimal("1.13")
# 物料编码, 物料描述, 单位, 数量, 含税单价, 交货晚两周, 行项目文本, 行状态
ITEMS = [
    ("210103456", "深沟球轴承\\6205-2RS\\C3", "个", "400", "1.12", False, "", "正常"),
    ("210103472", "深沟球轴承\\6308-ZZ\\C3", "个", "120", "3.64", False, "", "正常"),
    (
        "210104018",
        "圆柱滚子轴承\\NU214ECP\\C4绝缘",
        "套",
        "40",
        "186.00",
        True,
        "需附绝缘电阻检测报告",
        "正常",
    ),
    ("210215003", "骨架油封\\TC 45×62×8\\FKM", "个", "300", "1.45", False, "", "正常"),
    ("210215011", "O型圈\\80×3.55\\FKM75", "个", "600", "0.30", False, "", "正常"),
    (
        "210301127",
        "迷宫密封环\\HG-A-1127\\铝青铜",
        "件",
        "60",
        "42.50",
        True,
        "按图纸HG-A-1127 B版加工",
        "正常",
    ),
    ("210302045", "轴承端盖\\HG-A-2045\\QT450-10", "件", "60", "68.00", False, "", "删除"),
    ("210405210", "六角头螺栓\\M12×40\\10.9级 达克罗", "个", "2000", "0.36", False, "", "正常"),
    ("210405233", "六角法兰螺母\\M12\\10级 达克罗", "个", "2000", "0.14", False, "", "正常"),
    ("210405318", "碟形弹簧垫圈\\M12\\不锈钢A4", "个", "2000", "0.085", False, "", "正常"),
    ("210406102", "防松垫片\\NL12\\镀锌", "个", "1000", "0.62", False, "", "变更"),
    (
        "210510006",
        "接地碳刷\\25×32×50\\含铜",
        "个",
        "200",
        "9.80",
        True,
        "每10个一盒，盒上标物料编码",
        "正常",
    ),
    ("210510021", "刷握\\HG-B-0021\\黄铜", "件", "80", "26.40", False, "", "正常"),
    ("210602150", "温度传感器\\PT100\\三线制 L=1.5m", "个", "120", "38.00", False, "", "正常"),
    ("210602166", "速度传感器\\霍尔型\\M18×1", "个", "40", "265.00", True, "", "正常"),
    ("210701008", "绝缘套管\\Φ12×1\\硅橡胶", "米", "500", "2.20", False, "", "正常"),
    ("210701015", "热缩管\\Φ25\\双壁带胶", "米", "200", "4.60", False, "", "正常"),
    ("210702031", "云母带\\0.14×25\\少胶", "卷", "30", "58.00", False, "", "正常"),
    ("210703004", "绝缘漆\\H级\\浸渍用 20kg/桶", "桶", "6", "620.00", False, "危险品，随货附MSDS", "正常"),
    ("210801120", "接线端子\\OT 35-10\\镀锡铜", "个", "600", "0.96", False, "", "正常"),
    ("210801125", "接线端子\\OT 70-12\\镀锡铜", "个", "300", "1.85", False, "", "正常"),
    ("210802240", "电机引出线\\EI46-EPR 35mm²\\3kV", "米", "150", "36.00", False, "", "正常"),
    ("210901066", "平键\\GB/T 1096 16×10×70\\45#", "个", "100", "2.60", False, "", "正常"),
    ("210901072", "孔用弹性挡圈\\GB/T 893 110\\65Mn", "个", "100", "1.10", False, "", "正常"),
    ("210902013", "吊环螺钉\\M16\\GB/T 825", "个", "40", "5.40", False, "", "正常"),
    ("211001005", "锂基润滑脂\\SKF LGHP2\\0.4kg/支", "支", "48", "86.00", False, "", "正常"),
    ("211002017", "防锈油\\DR-40\\18L/桶", "桶", "4", "410.00", False, "", "正常"),
    ("211101009", "铭牌\\不锈钢 80×50\\激光打标", "个", "120", "3.20", True, "", "正常"),
]
COLUMNS = [  # heading, width, align
    ("行号", 28, "c"),
    ("物料编码", 54, "c"),
    ("物料描述", 168, "l"),
    ("单位", 26, "c"),
    ("数量", 52, "r"),
    ("不含税单价", 52, "r"),
    ("税率", 28, "c"),
    ("含税单价", 50, "r"),
    ("不含税金额", 60, "r"),
    ("含税金额", 60, "r"),
    ("交货日期", 54, "c"),
    ("库存地点", 76, "l"),
    ("行状态", RIGHT - LEFT - 708, "c"),
]
SIZE, ROW, NOTE_ROW = 7.2, 15.0, 12.0
BOTTOM = 52.0


def ordered(item: tuple) -> bool:
    return item[7] != "删除"


def line_amount(item: tuple) -> Decimal:
    return amount(item[3], item[4])


def untaxed(value: Decimal, places: str) -> Decimal:
    return (value / RATE).quantize(Decimal(places), ROUND_HALF_UP)


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS if ordered(item)), Decimal(0))


def untaxed_total() -> Decimal:
    return sum((untaxed(line_amount(item), "0.01") for item in ITEMS if ordered(item)), Decimal(0))


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
            (code, text, qty, unit, price, f"{amount(qty, price)}")
            for code, text, unit, qty, price, _, _, status in ITEMS
            if status != "删除"
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _cell(c, font: str, col: int, base: float, value: str, size: float = SIZE) -> None:
    edges = _edges()
    align = COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 2.5, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, edges[col] + 2.5, base, value, font, size)


def _platform_line(c, font: str, page: int, pages: int) -> float:
    top = HEIGHT - 24
    draw.text(c, LEFT, top, "华轨集团电子采购平台 SRM", font, 7.5)
    draw.text(c, RIGHT, top, f"打印时间：{PRINTED_AT}", font, 7.5, "right")
    c.setLineWidth(0.4)
    c.line(LEFT, top - 4, RIGHT, top - 4)
    if page > 1:
        draw.text(c, LEFT, top - 18, f"采购订单号：{PO}　订单版本：V2", font, 8.5)
        draw.text(c, RIGHT, top - 18, f"第 {page} 页 / 共 {pages} 页", font, 8.5, "right")
        return top - 26
    return top - 8


def _header(c, font: str, top: float) -> float:
    draw.text(c, WIDTH / 2, top - 18, BUYER, font, 14, "center")
    draw.text(
        c,
        WIDTH / 2,
        top - 31,
        "注册地址：湖南省湘潭市高新区晓塘路9号　统一社会信用代码：91430300MA4L2H8X7Q",
        font,
        7,
    )
    draw.text(c, WIDTH / 2, top - 52, "采 购 订 单", font, 16, "center")
    draw.text(c, RIGHT, top - 52, "第 2 版", font, 9, "right")
    top -= 62
    label_w, value_w = 70.0, (RIGHT - LEFT) / 2 - 70.0
    rows = [
        (("采购订单号", PO), ("订单版本", "V2（变更）")),
        (("采购单位", BUYER), ("采购组织", "1000 华轨装备集中采购中心")),
        (("供应商编码", "1000236"), ("供应商名称", OUR_NAME_ZH)),
        (("订单类型", "NB 标准采购订单"), ("框架协议号", AGREEMENT)),
        (("订单日期", ORDER_DATE.isoformat()), ("发布日期", RELEASED.isoformat())),
        (("采购员", "刘建华 13807321566"), ("币种", "CNY 人民币")),
        (("付款条件", TERMS),),
        (("收货地址", ADDRESS),),
        (("收货人", "彭志强 0731-58832107"), ("交货日期", "见行项目")),
        (
            (
                "变更说明",
                "V2替代2026-12-08发布的V1：行70取消（删除），行110数量由600调整为1,000，其余不变",
            ),
        ),
    ]
    height = 15.0
    c.setLineWidth(0.5)
    for row in rows:
        x = LEFT
        for label, value in row:
            width = value_w if len(row) == 2 else RIGHT - LEFT - label_w
            c.setFillColorRGB(0.92, 0.92, 0.92)
            c.rect(x, top - height, label_w, height, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + label_w, top - height, width, height, stroke=1, fill=0)
            draw.text(c, x + 4, top - 10.5, label, font, 7.8)
            draw.text(c, x + label_w + 4, top - 10.5, value, font, 7.8)
            x += label_w + width
        top -= height
    return top - 8


def _heads(c, font: str, top: float) -> float:
    edges = _edges()
    c.setLineWidth(0.5)
    c.setFillColorRGB(0.85, 0.89, 0.95)
    c.rect(LEFT, top - 16, RIGHT - LEFT, 16, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for edge in edges[1:-1]:
        c.line(edge, top, edge, top - 16)
    for col, (heading, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 11, heading, font, 7.2, "center")
    return top - 16


def _row(c, font: str, top: float, n: int, item: tuple) -> float:
    code, text, unit, qty, price, later, note, status = item
    value = line_amount(item)
    cells = [
        str(n * 10),
        code,
        text,
        unit,
        grouped(qty, 3),
        f"{untaxed(Decimal(price), '0.0001'):,.4f}",
        "13%",
        f"{Decimal(price):,.4f}",
        grouped(untaxed(value, "0.01")),
        grouped(value),
        (LATER if later else DELIVERY).isoformat(),
        "1010 电机原材料库",
        status,
    ]
    edges = _edges()
    base = top - 10.5
    for col, cell in enumerate(cells):
        _cell(c, font, col, base, cell)
    c.setLineWidth(0.3)
    for edge in edges:
        c.line(edge, top, edge, top - ROW)
    c.line(LEFT, top - ROW, RIGHT, top - ROW)
    top -= ROW
    if note:
        c.setFillColorRGB(0.35, 0.35, 0.35)
        draw.text(c, edges[2] + 2.5, top - 8.8, f"行项目文本：{note}", font, 6.5)
        c.setFillColorRGB(0, 0, 0)
        c.line(edges[0], top, edges[0], top - NOTE_ROW)
        c.line(edges[1], top, edges[1], top - NOTE_ROW)
        c.line(edges[2], top, edges[2], top - NOTE_ROW)
        c.line(edges[-1], top, edges[-1], top - NOTE_ROW)
        c.line(LEFT, top - NOTE_ROW, RIGHT, top - NOTE_ROW)
        top -= NOTE_ROW
    return top


def row_height(item: tuple) -> float:
    return ROW + (NOTE_ROW if item[6] else 0)


def _foot(c, font: str, page: int, pages: int) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 34, RIGHT, 34)
    draw.text(
        c,
        LEFT,
        24,
        "本订单由华轨集团电子采购平台生成，经电子签章后生效；请在平台确认订单并按行号送货。",
        font,
        6.8,
    )
    draw.text(c, RIGHT, 24, f"第 {page} 页 / 共 {pages} 页", font, 6.8, "right")


def _seal(c, font: str, x: float, y: float) -> None:
    """The buyer's red 合同专用章 e-seal: the name round the rim, a star, 合同专用章 under it."""
    c.saveState()
    c.setStrokeColorRGB(0.85, 0.12, 0.12)
    c.setFillColorRGB(0.85, 0.12, 0.12)
    c.setFillAlpha(0.8)
    c.setStrokeAlpha(0.8)
    radius = 36
    c.setLineWidth(1.8)
    c.circle(x, y, radius, stroke=1, fill=0)
    span = 220
    for k, char in enumerate(BUYER):
        angle = 90 + span / 2 - span * k / (len(BUYER) - 1)
        c.saveState()
        c.translate(
            x + (radius - 8.5) * math.cos(math.radians(angle)),
            y + (radius - 8.5) * math.sin(math.radians(angle)),
        )
        c.rotate(angle - 90)
        c.setFont(font, 8)
        c.drawCentredString(0, -3, char)
        c.restoreState()
    star = c.beginPath()
    for k in range(10):
        r = 8.5 if k % 2 == 0 else 3.4
        angle = math.radians(90 + 36 * k)
        point = (x + r * math.cos(angle), y + 3 + r * math.sin(angle))
        if k:
            star.lineTo(*point)
        else:
            star.moveTo(*point)
    star.close()
    c.drawPath(star, stroke=0, fill=1)
    c.setFont(font, 7)
    c.drawCentredString(x, y - 18, "合同专用章")
    c.restoreState()


def _totals(c, font: str, top: float) -> float:
    edges = _edges()
    c.setLineWidth(0.5)
    c.rect(LEFT, top - 15, RIGHT - LEFT, 15)
    draw.text(c, (edges[0] + edges[4]) / 2, top - 10.5, "合计", font, 7.8, "center")
    _cell(c, font, 8, top - 10.5, grouped(untaxed_total()))
    _cell(c, font, 9, top - 10.5, grouped(total()))
    top -= 28
    tax = total() - untaxed_total()
    draw.text(
        c,
        LEFT,
        top,
        f"不含税总金额：¥{grouped(untaxed_total())}　　税额：¥{grouped(tax)}"
        f"　　含税总金额：¥{grouped(total())}",
        font,
        8.5,
    )
    top -= 14
    draw.text(c, LEFT, top, f"含税总金额（大写）：人民币{capitals(total())}", font, 8.5)
    top -= 16
    terms = [
        "一、交货：按行项目交货日期送至收货地址，送货单注明采购订单号及行号；逾期交货每日按未交货金额的0.5‰计违约金。",
        "二、质量：按图纸及技术协议HG-JS-2026-031验收，质保期12个月，自验收合格之日起计算。",
        "三、发票：请开具税率13%的增值税专用发票，发票备注栏注明采购订单号。",
        "四、本订单经双方电子签章后生效，与框架协议具有同等效力。",
    ]
    for term in terms:
        draw.text(c, LEFT, top, term, font, 7.5)
        top -= 12
    top -= 10
    draw.text(c, LEFT, top, f"采购方（电子签章）：{BUYER}", font, 8)
    draw.text(c, LEFT + 400, top, f"供应商（电子签章）：{OUR_NAME_ZH}", font, 8)
    draw.text(c, LEFT, top - 14, "签章时间：2026-12-09 10:32:15　证书序列号：5F3A0C81E27D4B96", font, 6.8)
    _seal(c, font, LEFT + 150, top + 2)
    return top - 20


def _pages() -> list[list[int]]:
    """Rows a page: the first page's head takes its room; the last page keeps room for the totals."""
    pages: list[list[int]] = [[]]
    room = 258.0
    for index, item in enumerate(ITEMS):
        if room - row_height(item) < 0:
            pages.append([])
            room = HEIGHT - 60 - 16 - BOTTOM - 24
        pages[-1].append(index)
        room -= row_height(item)
    return pages


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO} V2")
    c.setPageSize((WIDTH, HEIGHT))
    chunks = _pages()
    for page, chunk in enumerate(chunks, start=1):
        if page > 1:
            c.showPage()
            c.setPageSize((WIDTH, HEIGHT))
        top = _platform_line(c, font, page, len(chunks))
        if page == 1:
            top = _header(c, font, top)
        y = _heads(c, font, top)
        for index in chunk:
            y = _row(c, font, y, index + 1, ITEMS[index])
        if y < BOTTOM:
            raise AssertionError(f"page {page} overflows")
        if page == len(chunks) and _totals(c, font, y) < 40:
            raise AssertionError("the totals do not fit")
        _foot(c, font, page, len(chunks))
    c.showPage()
    c.save()
    return buffer.getvalue()
