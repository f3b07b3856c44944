"""Unseen layout: 无锡万嘉智能装备有限公司's 采购订单 as Yonyou NC Cloud (BIP) prints it, landscape, 2 pages.

A Wuxi automation-equipment maker runs Yonyou NC Cloud (用友 NC Cloud / BIP 采购管理) and prints its
purchase orders with the system's default 采购订单 print template on A4 LANDSCAPE (NC's wide line
grid needs it). Page furniture: the company name centred, the title 采购订单 under it; then NC's header
area, unruled, three "label：value" cells a row: 订单编号 | 订单日期 | 订单类型, 供应商 | 采购组织 |
采购部门, 采购员 | 币种 (人民币) | 汇率, 结算方式 | 付款协议 | 版本号, and 收货地址 over the whole width.
Dates are ISO (2026-12-05). The body is a ruled grid with NC's own column heads: 行号 (NC numbers rows
10, 20, 30 ...), 物料编码, 物料名称, 规格, 型号 (often empty), 主单位, 主数量 (two decimals, thousands
separators), 无税单价 and 含税单价 (four decimals), 税率% (13.00), 价税合计, 计划到货日期 and 收货仓库.
Page 1 holds 14 rows and ends with the footer 第1页/共2页 and NC's 打印时间 / 打印人; page 2 starts with
a short running head (采购订单 and 订单编号 again) and the column head repeated, then the last 10 rows, a
合计 row (价税合计 summed), the total in Chinese capitals (价税合计（大写）) with the figure (（小写）¥...),
备注 and the sign-off row 制单人 | 审核人 | 审批日期 | 供应商确认（签章）, and the footer 第2页/共2页.

Truth: the PO number is 订单编号; the order date 订单日期; the requested delivery date the earliest
计划到货日期; the currency CNY (人民币); the buyer the company name at the top (采购组织 is its purchasing
unit, not the buyer's name); the supplier 供应商 (our Chinese name); the ship-to address 收货地址; the
payment terms 付款协议 (结算方式, the means of payment, is not the terms); prices are TAX-INCLUSIVE, as
the other Chinese prints: the unit price is 含税单价 and the amount 价税合计 (无税单价 and 税率% are
informative), the total the 合计 row's 价税合计 (= the 大写 amount = the sum of the lines); the description
is 物料名称, 规格 and 型号 (when printed) joined with spaces; the unit 主单位, the quantity 主数量.
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

FILENAME = "采购订单_CGDD202612050087.pdf"
BUYER = "无锡万嘉智能装备有限公司"
PO = "CGDD202612050087"
ORDER_DATE = "2026-12-05"
ADDRESS = "江苏省无锡市新吴区鸿山街道鸿祥路18号万嘉二期3号仓库"
TERMS = "月结60天（货到票到）"
WIDTH, HEIGHT = draw.PAGE_HEIGHT, draw.PAGE_WIDTH  # landscape
FIRST_PAGE = 14
# 物料编码, 物料名称, 规格, 型号, 主单位, 主数量, 含税单价, 计划到货日期, 收货仓库
ITEMS = [
    ("0301020045", "直线导轨", "HGR20 L=860", "HIWIN", "根", "40", "186.5000", "2026-12-21", "原材料仓"),
    ("0301020052", "导轨滑块", "HGH20CA", "HIWIN", "个", "80", "92.8000", "2026-12-21", "原材料仓"),
    ("0302010118", "滚珠丝杠", "SFU1605 L=650 C7", "", "根", "20", "268.0000", "2026-12-21", "原材料仓"),
    ("0302010131", "丝杠支撑座", "BK12/BF12 一套", "", "套", "20", "58.5000", "2026-12-21", "原材料仓"),
    ("0303050007", "梅花联轴器", "D25 L30 8×10", "", "个", "60", "21.6000", "2026-12-21", "原材料仓"),
    (
        "0401030210",
        "内六角螺钉",
        "M5×16 12.9级 发黑",
        "GB/T 70.1",
        "个",
        "5000",
        "0.1180",
        "2026-12-18",
        "标准件仓",
    ),
    (
        "0401030225",
        "内六角螺钉",
        "M6×20 12.9级 发黑",
        "GB/T 70.1",
        "个",
        "4000",
        "0.1650",
        "2026-12-18",
        "标准件仓",
    ),
    ("0401050031", "平垫圈", "M6 304不锈钢", "GB/T 97.1", "个", "8000", "0.0375", "2026-12-18", "标准件仓"),
    (
        "0402010016",
        "圆柱销",
        "Φ6×30 GCr15 淬火",
        "GB/T 119.2",
        "个",
        "1500",
        "0.4200",
        "2026-12-18",
        "标准件仓",
    ),
    ("0501020088", "铝型材", "4040欧标 6063-T5", "", "米", "120.5", "36.8000", "2026-12-28", "原材料仓"),
    ("0501020093", "铝型材端盖", "4040 黑色尼龙", "", "个", "200", "0.8500", "2026-12-28", "原材料仓"),
    (
        "0502030015",
        "钣金罩壳",
        "SPCC t=1.5 喷塑 RAL7035",
        "WJ-BJ-0315",
        "件",
        "30",
        "245.0000",
        "2027-01-04",
        "原材料仓",
    ),
    (
        "0502030021",
        "钣金底板",
        "Q235 t=8 镀锌",
        "WJ-BJ-0321",
        "件",
        "30",
        "312.6000",
        "2027-01-04",
        "原材料仓",
    ),
    ("0601010042", "同步带轮", "HTD5M-30T 宽20 AL", "", "个", "60", "38.4000", "2026-12-28", "原材料仓"),
    ("0601010057", "同步带", "HTD5M-600 宽20 聚氨酯", "", "条", "30", "46.2000", "2026-12-28", "原材料仓"),
    ("0602020006", "深沟球轴承", "6205-2RS C3", "NSK", "个", "200", "14.3500", "2026-12-21", "标准件仓"),
    ("0602020013", "深沟球轴承", "6002ZZ", "NSK", "个", "300", "6.8600", "2026-12-21", "标准件仓"),
    ("0603010024", "直线轴承", "LM16UU", "", "个", "120", "9.7500", "2026-12-21", "标准件仓"),
    ("0701010210", "步进电机", "57BYGH 2.8N·m", "WJ-MT-57", "台", "20", "186.0000", "2027-01-04", "原材料仓"),
    ("0702050011", "拖链", "15×30 R38 桥式", "", "米", "45.5", "28.6000", "2026-12-28", "原材料仓"),
    ("0801030006", "光电开关", "EE-SX672 NPN", "OMRON", "个", "60", "32.4500", "2026-12-28", "原材料仓"),
    (
        "0802010019",
        "铸铁底座",
        "HT250 时效处理 WJ-ZJ-0219",
        "",
        "件",
        "10",
        "1850.0000",
        "2027-01-11",
        "原材料仓",
    ),
    ("0901010005", "防锈油", "WD-40 350ml", "", "瓶", "48", "19.5000", "2026-12-18", "辅料仓"),
    ("0902030012", "包装木箱", "1200×800×900 免熏蒸", "", "个", "10", "265.0000", "2027-01-11", "辅料仓"),
]
COLUMNS = [  # heading, width, align
    ("行号", 30, "c"),
    ("物料编码", 66, "l"),
    ("物料名称", 64, "l"),
    ("规格", 126, "l"),
    ("型号", 62, "l"),
    ("主单位", 34, "c"),
    ("主数量", 54, "r"),
    ("无税单价", 58, "r"),
    ("含税单价", 58, "r"),
    ("税率%", 36, "r"),
    ("价税合计", 72, "r"),
    ("计划到货日期", 64, "c"),
    ("收货仓库", 52, "c"),
]
LEFT = 33
EDGES = [LEFT]
for _, _width, _ in COLUMNS:
    EDGES.append(EDGES[-1] + _width)
HEAD_H, ROW_H = 18, 17


def description(item: tuple[str, ...]) -> str:
    return " ".join(part for part in item[1:4] if part)


def total() -> Decimal:
    return sum((amount(item[5], item[6]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date.fromisoformat(ORDER_DATE),
        delivery=min(dt.date.fromisoformat(item[7]) for item in ITEMS),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (item[0], description(item), item[5], item[4], item[6], f"{amount(item[5], item[6])}")
            for item in ITEMS
        ],
    )


def _row_cells(n: int, item: tuple[str, ...]) -> list[str]:
    code, name, spec, model, unit, qty, price, due, store = item
    net = (Decimal(price) / Decimal("1.13")).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return [
        str(n * 10),
        code,
        name,
        spec,
        model,
        unit,
        grouped(qty),
        f"{net:.4f}",
        price,
        "13.00",
        grouped(amount(qty, price)),
        due,
        store,
    ]


def _grid_row(c, font: str, y: float, cells: list[str], size: float = 7.5, bold: bool = False) -> None:
    for col, value in enumerate(cells):
        if not value:
            continue
        align = "c" if bold else COLUMNS[col][2]
        if align == "r":
            draw.text(c, EDGES[col + 1] - 3, y, value, font, size, "right")
        elif align == "c":
            draw.text(c, (EDGES[col] + EDGES[col + 1]) / 2, y, value, font, size, "center")
        else:
            draw.text(c, EDGES[col] + 3, y, value, font, size)


def _table(c, font: str, y: float, rows: list[list[str]]) -> float:
    """Column head and rows as NC's ruled grid; returns the bottom edge."""
    c.setFillColorRGB(0.86, 0.91, 0.97)
    c.rect(EDGES[0], y - HEAD_H, EDGES[-1] - EDGES[0], HEAD_H, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _grid_row(c, font, y - 12.5, [heading for heading, _, _ in COLUMNS], 8, bold=True)
    for r, cells in enumerate(rows):
        _grid_row(c, font, y - HEAD_H - r * ROW_H - 12, cells)
    bottom = y - HEAD_H - ROW_H * len(rows)
    c.setLineWidth(0.5)
    c.line(EDGES[0], y, EDGES[-1], y)
    for i in range(len(rows) + 1):
        c.line(EDGES[0], y - HEAD_H - i * ROW_H, EDGES[-1], y - HEAD_H - i * ROW_H)
    for edge in EDGES:
        c.line(edge, y, edge, bottom)
    return bottom


def _footer(c, font: str, page: int) -> None:
    draw.text(c, LEFT, 24, "打印时间：2026-12-05 15:20:36    打印人：钱志远", font, 7.5)
    draw.text(c, WIDTH / 2, 24, f"第{page}页/共2页", font, 8, "center")
    draw.text(c, EDGES[-1], 24, "用友 NC Cloud 采购管理", font, 7.5, "right")


def _header(c, font: str) -> float:
    top = HEIGHT - 40
    draw.text(c, WIDTH / 2, top, BUYER, font, 14, "center")
    draw.text(c, WIDTH / 2, top - 24, "采购订单", font, 18, "center")
    rows = [
        [f"订单编号：{PO}", f"订单日期：{ORDER_DATE}", "订单类型：普通采购"],
        [f"供应商：{OUR_NAME_ZH}", "采购组织：万嘉装备采购中心", "采购部门：供应链管理部"],
        ["采购员：钱志远", "币种：人民币", "汇率：1.00"],
        ["结算方式：电汇", f"付款协议：{TERMS}", "版本号：1"],
    ]
    y = top - 52
    for cells in rows:
        for x, cell in zip((LEFT, 310, 560), cells, strict=True):
            draw.text(c, x, y, cell, font, 9)
        y -= 15
    draw.text(c, LEFT, y, f"收货地址：{ADDRESS}    联系人：孙建华 0510-8825 6617", font, 9)
    return y - 10


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    c.setPageSize((WIDTH, HEIGHT))
    rows = [_row_cells(n, item) for n, item in enumerate(ITEMS, start=1)]
    _table(c, font, _header(c, font), rows[:FIRST_PAGE])
    _footer(c, font, 1)
    c.showPage()
    c.setPageSize((WIDTH, HEIGHT))
    top = HEIGHT - 36
    draw.text(c, LEFT, top, f"采购订单（续）    订单编号：{PO}", font, 9)
    total_row = ["合计", "", "", "", "", "", "", "", "", "", grouped(total()), "", ""]
    bottom = _table(c, font, top - 12, [*rows[FIRST_PAGE:], total_row])
    y = bottom - 18
    draw.text(c, LEFT, y, f"价税合计（大写）：{capitals(total())}", font, 9)
    draw.text(c, 470, y, f"（小写）：¥{grouped(total())}", font, 9)
    y -= 18
    notes = "备注：送货单须注明订单编号及行号；钣金件、铸件随货附检验报告；请于收到订单2日内回签确认。"
    draw.text(c, LEFT, y, notes, font, 8.5)
    y -= 30
    for x, cell in zip(
        (LEFT, 230, 430, 600),
        ("制单人：钱志远", "审核人：周敏", "审批日期：2026-12-05", "供应商确认（签章）："),
        strict=True,
    ):
        draw.text(c, x, y, cell, font, 9)
    _footer(c, font, 2)
    c.showPage()
    c.save()
    return buffer.getvalue()
