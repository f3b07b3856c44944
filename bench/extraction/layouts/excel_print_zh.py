"""Unseen layout: a small mould factory's 采购订单 typed in Excel and printed to PDF, 2 pages.

台州市黄岩振兴塑料模具厂, a family mould shop of about 40 people, has no ERP: the buyer keeps one Excel
workbook per supplier and types each order into a copy of the sheet, then prints it with Excel's
"Microsoft Print to PDF" and sends the PDF over WeChat / e-mail. What Excel prints: the factory's name as a
merged, large title row, "采 购 订 单" under it with spaces typed between the characters, then four rows of
label：value typed INTO ONE CELL each, two a row (供货单位 | 订单编号; 联系人 with a phone | 下单日期;
收货地址 | 交货日期; 结算方式 | 发票), the clerk's own contact line, then the item table with every cell
ruled: 序号 | 产品编号 | 品名 | 规格型号 | 材质 | 单位 | 数量 | 单价(元) | 金额(元) | 备注. Dates as Excel's
short date (2026/12/9, no leading zero); the 单价 and 金额 cells in the ¥ currency format (¥8.60,
¥3,440.00), quantities plain; "自动换行" on the 规格型号 column, so five long specs wrap onto a second line
inside a taller row (the row's other cells top-aligned, as the clerk set them); a 材质 column (45#钢,
SUS304, NBR) between spec and unit; a 备注 column filled on some rows. The 顶端标题行 setting repeats the
column-head row at the top of page 2, nothing else; Excel's footer "第 1 页，共 2 页". After the items:
合计 (数量 and 金额), 合计金额（大写）, numbered notes typed in merged rows (one naming the earlier order
this one replaces, ZX20261205-01, another repeating the delivery date), and the signature row
制单 / 审核 / 供方确认（盖章）.

Truth: the PO number 订单编号 (ZX20261209-02; not the replaced ZX20261205-01 in the notes); the order
date 下单日期; the requested delivery date 交货日期; the currency CNY (¥ / 元); the buyer the factory in
the title; the supplier 供货单位 (us); the ship-to address 收货地址; the payment terms 结算方式 (not the
发票 beside it); the total the 合计 金额 (= the sum of the lines; tax included, no separate tax); per line
the part number 产品编号, the description 品名 and 规格型号 joined with a space (a wrapped spec's two
lines joined with a space; 材质 and 备注 are not part of it), the unit 单位, the quantity 数量, the unit
price 单价(元) and the amount 金额(元).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "振兴模具采购订单ZX20261209-02.pdf"
BUYER = "台州市黄岩振兴塑料模具厂"
PO = "ZX20261209-02"
REPLACED = "ZX20261205-01"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2026, 12, 28)
ADDRESS = "浙江省台州市黄岩区北城街道横街路218号"
TERMS = "月结30天"
# 产品编号, 品名, 规格型号, 材质, 单位, 数量, 单价, 备注
ITEMS = [
    ("ZX-DZ-0618", "导柱", "Φ18×120 带肩", "SUJ2", "支", "120", "6.80", ""),
    ("ZX-DT-0618", "导套", "Φ18×60 石墨铜套", "铜合金", "支", "120", "9.50", ""),
    ("ZX-DZ-0625", "导柱", "Φ25×160 带肩", "SUJ2", "支", "80", "11.20", ""),
    ("ZX-DT-0625", "导套", "Φ25×80 石墨铜套", "铜合金", "支", "80", "15.60", ""),
    ("ZX-DG-0810", "顶杆", "Φ8×250 氮化", "SKD61", "支", "300", "3.40", "硬度HV900以上"),
    ("ZX-DG-1010", "顶杆", "Φ10×300 氮化", "SKD61", "支", "200", "4.70", ""),
    ("ZX-SG-0612", "司筒", "Φ6×Φ12×200 氮化 配司筒针", "SKD61", "套", "60", "18.50", ""),
    ("ZX-TH-2540", "弹簧", "TH 25×12.5×50 矩形模具弹簧 重载", "60Si2Mn", "个", "400", "2.15", "棕色"),
    ("ZX-DW-0016", "定位圈", "Φ100×15 标准型", "45#钢", "个", "40", "12.00", ""),
    ("ZX-JZ-0010", "浇口套", "SBBH 16×60 R11.5", "SKD61", "个", "40", "28.00", ""),
    ("ZX-LS-1240", "内六角螺钉", "M12×40 12.9级 发黑", "合金钢", "个", "1500", "0.72", ""),
    ("ZX-LS-0830", "内六角螺钉", "M8×30 12.9级 发黑", "合金钢", "个", "2000", "0.35", ""),
    ("ZX-SD-0400", "水嘴", "PT1/4 快速接头 直通", "黄铜", "个", "500", "3.60", ""),
    ("ZX-OR-2024", "O型圈", "20×2.4 耐高温", "FKM", "个", "1000", "0.45", "耐温200℃"),
    ("ZX-YZ-2020", "圆锥定位销", "Φ20 锥度 1:10 精定位 配螺纹孔", "SUJ2", "套", "24", "36.00", ""),
    ("ZX-KB-0450", "开闭器", "Φ16 尼龙 配螺钉", "尼龙", "个", "200", "4.20", ""),
    ("ZX-HK-0032", "吊环螺钉", "M16 国标 GB/T 825", "45#钢", "个", "60", "5.50", ""),
    ("ZX-JR-2200", "加热圈", "Φ50×40 220V 250W 云母", "不锈钢", "个", "30", "32.00", "引线500mm"),
    ("ZX-RD-0001", "热电偶", "K型 Φ3×100 线长2米 带插头", "SUS304", "支", "30", "26.50", ""),
    ("ZX-YG-1625", "油缸", "MOB 40×50 带磁", "铝合金", "个", "6", "185.00", ""),
    ("ZX-HK-0820", "滑块压条", "80×20×150 淬火 HRC52-55 单边带油槽", "Cr12MoV", "件", "16", "48.00", ""),
    ("ZX-NL-0008", "尼龙扣", "Φ8 螺纹M5", "尼龙", "个", "300", "1.25", ""),
    ("ZX-ZX-0060", "直线轴承", "LM30UU", "GCr15", "个", "20", "16.80", ""),
    ("ZX-MJ-0012", "模具锁扣", "MJ-12 铝合金 防开模", "铝合金", "套", "30", "22.40", "与样品一致"),
]
LEFT = 34.0
COLUMNS = [  # heading, width, align
    ("序号", 24, "c"),
    ("产品编号", 66, "c"),
    ("品名", 58, "c"),
    ("规格型号", 104, "l"),
    ("材质", 42, "c"),
    ("单位", 26, "c"),
    ("数量", 38, "r"),
    ("单价(元)", 46, "r"),
    ("金额(元)", 60, "r"),
    ("备注", 63.28, "l"),
]
SIZE, ROW, LEAD = 8.0, 24.0, 10.5
TOP, BOTTOM = draw.PAGE_HEIGHT - 36.0, 52.0


def money(value: Decimal | str) -> str:
    return grouped(value)


def yen(value: Decimal | str) -> str:
    """Excel's ¥ currency format: ¥3,440.00."""
    return f"¥{grouped(value)}"


def short_date(day: dt.date) -> str:
    """Excel's default short date in a Chinese Windows: 2026/12/9."""
    return f"{day.year}/{day.month}/{day.day}"


def total() -> Decimal:
    return sum((amount(item[5], item[6]) for item in ITEMS), Decimal(0))


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
            for code, name, spec, _, unit, qty, price, _ in ITEMS
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def wrap(text: str, width: float, font: str) -> list[str]:
    """Excel's 自动换行 as it falls here: at the last space that fits."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and stringWidth(f"{lines[-1]} {word}", font, SIZE) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _cell(c, font: str, col: int, base: float, value: str) -> None:
    edges = _edges()
    align = COLUMNS[col][2]
    if align == "r":
        draw.text(c, edges[col + 1] - 3, base, value, font, SIZE, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, SIZE, "center")
    else:
        draw.text(c, edges[col] + 3, base, value, font, SIZE)


def _rule_row(c, top: float, height: float) -> None:
    edges = _edges()
    c.setLineWidth(0.5)
    c.rect(LEFT, top - height, edges[-1] - LEFT, height)
    for edge in edges[1:-1]:
        c.line(edge, top, edge, top - height)


def _heads(c, font: str, top: float) -> float:
    c.setFillColorRGB(0.85, 0.9, 0.97)
    c.rect(LEFT, top - ROW, _edges()[-1] - LEFT, ROW, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _rule_row(c, top, ROW)
    edges = _edges()
    for col, (heading, _, _) in enumerate(COLUMNS):
        draw.text(c, (edges[col] + edges[col + 1]) / 2, top - 15.5, heading, font, SIZE + 0.5, "center")
    return top - ROW


def _spec_lines(font: str) -> dict[int, list[str]]:
    return {n: wrap(item[2], COLUMNS[3][1] - 6, font) for n, item in enumerate(ITEMS, start=1)}


def _height(lines: list[str]) -> float:
    return ROW + LEAD * (len(lines) - 1)


def _item(c, font: str, top: float, n: int, item: tuple, spec: list[str]) -> float:
    code, name, _, material, unit, qty, price, note = item
    height = _height(spec)
    _rule_row(c, top, height)
    base = top - 14.5  # top-aligned: every cell on the first line, the spec's second line under it
    for col, value in enumerate(
        [str(n), code, name, "", material, unit, qty, yen(price), yen(amount(qty, price)), note]
    ):
        if value:
            _cell(c, font, col, base, value)
    for k, part in enumerate(spec):
        _cell(c, font, 3, base - LEAD * k, part)
    return top - height


def _title(c, font: str) -> float:
    top = TOP
    draw.text(c, draw.PAGE_WIDTH / 2, top - 20, BUYER, font, 17, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 44, "采 购 订 单", font, 15, "center")
    top -= 56
    right = LEFT + 330
    rows = [
        (f"供货单位：{OUR_NAME_ZH}", f"订单编号：{PO}"),
        ("联系人：陈浩  电话：0512-62831180", f"下单日期：{short_date(ORDER_DATE)}"),
        (f"收货地址：{ADDRESS}", f"交货日期：{short_date(DELIVERY)}"),
        (f"结算方式：{TERMS}", "发票：13%增值税专用发票"),
        ("我方联系人：林海波  13857612345", "传真：0576-84125530"),
    ]
    for left_text, right_text in rows:
        draw.text(c, LEFT + 2, top - 12, left_text, font, 9)
        draw.text(c, right, top - 12, right_text, font, 9)
        top -= 16
    return top - 6


def _totals(c, font: str, top: float) -> float:
    edges = _edges()
    c.setLineWidth(0.5)
    c.rect(LEFT, top - ROW, edges[-1] - LEFT, ROW)
    for edge in (edges[6], edges[7], edges[8], edges[9]):
        c.line(edge, top, edge, top - ROW)
    quantity = sum((Decimal(item[5]) for item in ITEMS), Decimal(0))
    draw.text(c, (edges[0] + edges[6]) / 2, top - 12.5, "合计", font, SIZE + 0.5, "center")
    _cell(c, font, 6, top - 12.5, f"{quantity:,.0f}")
    _cell(c, font, 8, top - 12.5, yen(total()))
    top -= ROW
    c.rect(LEFT, top - ROW, edges[-1] - LEFT, ROW)
    draw.text(c, LEFT + 4, top - 12.5, f"合计金额（大写）：{capitals(total())}", font, SIZE + 0.5)
    top -= ROW + 8
    notes = [
        "备注：1、以上单价含13%增值税，含运费，送货到厂。",
        f"2、请于{DELIVERY.year}年{DELIVERY.month}月{DELIVERY.day}日前送达，逾期每天按货款千分之五扣款。",
        f"3、本订单替代{REPLACED}，原订单作废，请勿重复发货。",
        "4、送货单上请注明订单编号及产品编号，发票随货或月底前寄出。",
    ]
    for k, text in enumerate(notes):
        draw.text(c, LEFT + (2 if k == 0 else 26), top - 10 - 13 * k, text, font, 8.5)
    top -= 13 * len(notes) + 34
    for k, label in enumerate(("制单：林海波", "审核：王振兴", "供方确认（盖章）：")):
        draw.text(c, LEFT + 4 + 180 * k, top, label, font, 9)
    return top


def _footer(c, font: str, page: int, pages: int) -> None:
    draw.text(c, draw.PAGE_WIDTH / 2, 28, f"第 {page} 页，共 {pages} 页", font, 8, "center")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "振兴模具采购订单.xlsx")
    pages, page = 2, 1
    specs = _spec_lines(font)
    y = _heads(c, font, _title(c, font))
    for n, item in enumerate(ITEMS, start=1):
        if y - _height(specs[n]) < BOTTOM:
            _footer(c, font, page, pages)
            c.showPage()
            page += 1
            y = _heads(c, font, TOP)
        y = _item(c, font, y, n, item, specs[n])
    if y - 2 * ROW - 120 < BOTTOM:
        raise AssertionError("the totals do not fit under the last item")
    _totals(c, font, y)
    _footer(c, font, page, pages)
    c.showPage()
    if page != pages:
        raise AssertionError(f"{page} pages, not {pages}")
    c.save()
    return buffer.getvalue()
