"""Unseen layout: 金华恒通五金制品有限公司, a Chinese 订货单 with header fields in a ruled two-pair grid.

Every header row is four ruled boxes (label, value, label, value), the address spans the row; the
line table is a ruled grid with its own column names (行号, 物料代码, 物料名称及规格, 订货数量, 含税单价,
含税金额) and the total row writes the amount in capitals (大写) beside the figure.
"""

from __future__ import annotations

import datetime as dt
import io

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "jinhua-hengtong-DH20261126.pdf"
BUYER = "金华恒通五金制品有限公司"
ADDRESS = "浙江省金华市婺城区秋滨街道八一南街1088号"
LINES = [
    ("JH-3001", "不锈钢合页 4寸", "600", "只", "3.20", "1920.00"),
    ("JH-3107", "铜拉手 96mm", "1200", "只", "4.50", "5400.00"),
    ("JH-4410", "加厚门吸 MX-60", "800", "套", "2.85", "2280.00"),
]
HEADER = ["行号", "物料代码", "物料名称及规格", "订货数量", "单位", "含税单价", "含税金额"]
CAPITALS = "玖仟陆佰元整"  # 9,600.00


def expected() -> PurchaseOrder:
    return order(
        po_number="DH20261126",
        order_date=dt.date(2026, 11, 26),
        delivery=dt.date(2026, 12, 18),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="票到60天付款",
        lines=LINES,
    )


def _pair_row(c, font: str, y: float, cells: list[str], widths: list[float]) -> float:
    x = 45.0
    for text, width in zip(cells, widths, strict=True):
        draw.box(c, x, y, width, 22)
        draw.text(c, x + 5, y - 15, text, font, 9.5)
        x += width
    return y - 22


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "订货单 DH20261126")
    top = draw.PAGE_HEIGHT - 58
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 17, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 24, "订 货 单", font, 14, "center")
    widths = [70, 185, 70, 180]
    y = top - 44
    y = _pair_row(c, font, y, ["订货单号", "DH20261126", "下单日期", "2026年11月26日"], widths)
    y = _pair_row(c, font, y, ["需方", BUYER, "要求交期", "2026年12月18日"], widths)
    y = _pair_row(c, font, y, ["供方", OUR_NAME_ZH, "币种", "人民币"], widths)
    y = _pair_row(c, font, y, ["结算方式", "票到60天付款", "联系人", "赵敏"], widths)
    y = _pair_row(c, font, y, ["收货地址", ADDRESS], [70, 435])
    rows = [HEADER]
    for i, (part, description, qty, unit, price, amount) in enumerate(LINES, start=1):
        rows.append([str(i), part, description, grouped(qty, 0), unit, price, grouped(amount)])
    total = grouped(expected().total_amount or 0)
    rows.append(["合计", "", f"大写：{CAPITALS}", "", "", "", f"￥{total}"])
    draw.table(
        c,
        45,
        y - 18,
        [36, 76, 150, 62, 36, 64, 81],
        rows,
        font=font,
        size=9.5,
        row_height=22,
        aligns="cllrcrr",
    )
    draw.text(c, 45, y - 18 - 22 * len(rows) - 30, "备注：货到验收合格后入库，发票随货同行。", font, 9.5)
    c.showPage()
    c.save()
    return buffer.getvalue()
