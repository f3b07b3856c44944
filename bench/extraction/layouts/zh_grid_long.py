"""Unseen layout: 中山市宏达照明电器有限公司's 采购订单, a ruled key|value grid and 56 lines on 3 pages.

The header is a fully ruled grid of label cell, value cell, label cell, value cell with the company's own
wording (采购单号, 采购日期, 采购方, 供货方, 交货日期, 付款方式, 币别, 税率, 采购员, 联系电话) and
交货地点 across a whole row. The line table is a ruled grid with 序号, 商品编码, 商品名称, 型号规格 (name and
specification in separate columns), 单位, 订购数量, 单价(元) (some with four decimals), 金额(元) and 备注.
Every page closes its table with a 本页小计 row; pages 2 and 3 are titled "采购订单（续）" with the order
number and date again and repeat the column header; the last page has 总计, the amount in capitals,
remarks and the two parties' confirmation lines. "第 n 页 共 3 页" at the foot of every page.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "宏达照明采购订单HD-CG-2612-0045.pdf"
BUYER = "中山市宏达照明电器有限公司"
ADDRESS = "广东省中山市古镇镇东兴东路38号宏达照明A栋一楼来料仓"
PO = "HD-CG-2612-0045"
PAGE_ROWS = (22, 26, 8)
HEADER = ["序号", "商品编码", "商品名称", "型号规格", "单位", "订购数量", "单价(元)", "金额(元)", "备注"]
WIDTHS = [28, 66, 74, 112, 30, 50, 52, 64, 56]
ALIGNS = "cllccrrrl"
_FAMILIES = [  # code prefix, name, spec with {}, variants, unit, prices per variant, quantity step
    (
        "10.01",
        "LED灯珠",
        "2835 0.5W {}",
        ["2700K", "3000K", "4000K", "5000K", "6500K", "RGB"],
        "PCS",
        "0.0850",
        1000,
    ),
    (
        "10.02",
        "铝基板",
        "MCPCB {} 1.5mm",
        ["D60", "D75", "D90", "D110", "120×120", "240×40"],
        "片",
        "1.36",
        100,
    ),
    (
        "20.01",
        "驱动电源",
        "恒流隔离 {}",
        ["9W 300mA", "12W 300mA", "18W 450mA", "24W 600mA", "36W 900mA", "50W 1200mA"],
        "个",
        "6.80",
        50,
    ),
    (
        "20.05",
        "散热器",
        "压铸铝 {} 黑色",
        ["D68×40", "D75×45", "D90×55", "D110×60", "D125×70", "D145×80"],
        "个",
        "4.25",
        50,
    ),
    (
        "30.02",
        "透镜",
        "PMMA {}",
        ["24° 38mm", "36° 38mm", "60° 38mm", "24° 50mm", "36° 50mm", "60° 50mm"],
        "个",
        "0.4500",
        200,
    ),
    (
        "40.11",
        "十字盘头螺丝",
        "{} 镀锌",
        ["M3×6", "M3×8", "M3×10", "M4×8", "M4×10", "M4×12"],
        "PCS",
        "0.0120",
        5000,
    ),
    (
        "40.31",
        "硅胶密封圈",
        "{} 白色",
        ["D58×2.0", "D68×2.5", "D80×2.5", "D96×3.0", "D110×3.0", "D125×3.5"],
        "个",
        "0.3200",
        500,
    ),
    ("50.02", "电源线", "RVV 2×0.5 {}", ["0.3m", "0.5m", "1.0m", "1.5m", "2.0m", "3.0m"], "条", "1.15", 100),
    (
        "50.07",
        "快速接线端子",
        "{} 灰色",
        ["2P", "3P", "5P", "2P 带锁", "3P 带锁", "5P 带锁"],
        "个",
        "0.2600",
        500,
    ),
    (
        "60.01",
        "包装彩盒",
        "{} 五层瓦楞",
        ["150×150×90", "170×170×110", "190×190×120", "220×220×130", "260×260×150", "300×300×160"],
        "个",
        "1.85",
        100,
    ),
]
_REMARKS = ["", "", "急件", "", "按图纸V2", "", "附RoHS报告", "", "", "分两批交货"]


def items(count: int = 56) -> list[tuple[str, str, str, str, str, str, str, str]]:
    """``count`` deterministic distinct lines (code, name, spec, unit, qty, price, amount, remark)."""
    out = []
    for i in range(count):
        prefix, name, spec, variants, unit, base, step = _FAMILIES[i % len(_FAMILIES)]
        round_ = i // len(_FAMILIES)
        variant = variants[round_ % len(variants)]
        places = len(base.split(".")[1])
        price = (Decimal(base) * (1 + Decimal(round_) / 10)).quantize(Decimal(1).scaleb(-places))
        qty = step * (1 + (i * 7) % 9)
        amount = price * qty
        if amount != amount.quantize(Decimal("0.01")):
            raise ValueError(f"line {i + 1} amount {amount} has more than two decimals")
        code = f"{prefix}.{round_ * 7 + 11:04d}"
        out.append(
            (
                code,
                name,
                spec.format(variant),
                unit,
                str(qty),
                str(price),
                f"{amount:.2f}",
                _REMARKS[(i + 3 * (i // 10)) % 10],
            )
        )
    return out


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 12, 3),
        delivery=dt.date(2027, 1, 8),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="月结30天",
        lines=[
            (code, f"{name} {spec}", qty, unit, price, amount)
            for code, name, spec, unit, qty, price, amount, _ in items()
        ],
    )


def _grid(c, font: str, y: float) -> float:
    widths = [62, 200, 62, 208]
    rows = [
        ["采购单号", PO, "采购日期", "2026/12/03"],
        ["采购方", BUYER, "供货方", OUR_NAME_ZH],
        ["交货日期", "2027/01/08", "付款方式", "月结30天"],
        ["币别", "人民币", "税率", "13%（单价含税）"],
        ["采购员", "黄丽萍", "联系电话", "0760-2233 8871"],
    ]
    y = draw.table(c, 32, y, widths, rows, font=font, size=9, row_height=20)
    return draw.table(c, 32, y, [62, 470], [["交货地点", ADDRESS]], font=font, size=9, row_height=20)


def render() -> bytes:
    font = draw.cjk_font()
    lines = items()
    chunks, start = [], 0
    for size in PAGE_ROWS:
        chunks.append(lines[start : start + size])
        start += size
    total = expected().total_amount or Decimal(0)
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"采购订单 {PO}")
    top = draw.PAGE_HEIGHT - 46
    number = 0
    pages = len(chunks)
    merged = [sum(WIDTHS[:7]), WIDTHS[7], WIDTHS[8]]
    for page_no, chunk in enumerate(chunks, start=1):
        if page_no == 1:
            draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 16, "center")
            draw.text(c, draw.PAGE_WIDTH / 2, top - 24, "采购订单", font, 15, "center")
            y = _grid(c, font, top - 38) - 14
        else:
            draw.text(c, draw.PAGE_WIDTH / 2, top, "采购订单（续）", font, 14, "center")
            draw.text(c, 32, top - 22, f"采购单号：{PO}", font, 9)
            draw.text(c, 564, top - 22, "采购日期：2026/12/03", font, 9, "right")
            y = top - 32
        rows = [HEADER]
        for code, name, spec, unit, qty, price, amount, remark in chunk:
            number += 1
            rows.append(
                [str(number), code, name, spec, unit, grouped(qty, 0), price, grouped(amount), remark]
            )
        y = draw.table(c, 32, y, WIDTHS, rows, font=font, size=8, row_height=17, aligns=ALIGNS)
        subtotal = sum((Decimal(line[6]) for line in chunk), Decimal(0))
        y = draw.table(
            c,
            32,
            y,
            merged,
            [["本页小计", grouped(subtotal), ""]],
            font=font,
            size=8,
            row_height=17,
            aligns="lrl",
        )
        if page_no == pages:
            y = draw.table(
                c,
                32,
                y,
                merged,
                [[f"总计（共{len(lines)}行）", grouped(total), ""]],
                font=font,
                size=8.5,
                row_height=18,
                aligns="lrl",
            )
            y = draw.table(
                c,
                32,
                y,
                [532],
                [[f"合计金额（大写）：人民币{capitals(total)}"]],
                font=font,
                size=8.5,
                row_height=18,
            )
            remarks = [
                "备注：1. 送货单须注明本采购单号及序号，分批送货请注明批次；",
                "2. 来料须符合RoHS要求，每批附出货检验报告，不合格品由供货方负责退换；",
                "3. 发票请于收货后当月开具，注明采购单号。",
            ]
            for n, line in enumerate(remarks):
                draw.text(c, 32 if n == 0 else 62, y - 20 - 13 * n, line, font, 8.5)
            sign = y - 100
            draw.text(c, 32, sign, f"采购方：{BUYER}", font, 9)
            draw.text(c, 320, sign, f"供货方：{OUR_NAME_ZH}", font, 9)
            draw.text(c, 32, sign - 22, "经办人：黄丽萍      审批：梁志强", font, 9)
            draw.text(c, 320, sign - 22, "确认签字：", font, 9)
            draw.text(c, 32, sign - 44, "日期：2026/12/03", font, 9)
            draw.text(c, 320, sign - 44, "日期：", font, 9)
        draw.text(c, draw.PAGE_WIDTH / 2, 28, f"第 {page_no} 页 共 {pages} 页", font, 8.5, "center")
        c.showPage()
    c.save()
    return buffer.getvalue()
