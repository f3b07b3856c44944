"""Unseen layout: a bilingual multi-page order (60 lines by default) from 联丰机电设备有限公司.

A ruled grid repeated on every page with its header row, a "续 / continued" title on later pages, a page
footer on each page and the total on the last page. ``render(lines=N)`` makes any length: the
300-page memory test uses the same layout with thousands of lines.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "lianfeng-PO-LF2026-1108.pdf"
BUYER = "联丰机电设备有限公司"
ADDRESS = "江苏省无锡市新吴区长江路21号联丰产业园5号门"
HEADER = ["行 No.", "料号 Part No.", "品名 Description", "数量 Qty", "单位 Unit", "单价 Price", "金额 Amount"]
WIDTHS = [40, 92, 150, 58, 46, 58, 76]
ALIGNS = "cllrcrr"
ROWS_PER_PAGE = 25
_ITEMS = [
    ("轴承", "6204-2RS", "PCS", "3.60"),
    ("同步带轮", "HTD5M-30T", "PCS", "21.50"),
    ("直线导轨", "HGR20-400", "根", "86.00"),
    ("联轴器", "D25L30", "PCS", "14.20"),
    ("气缸", "SC50x100", "PCS", "132.00"),
    ("电磁阀", "4V210-08", "PCS", "45.80"),
    ("接近开关", "LJ12A3-4-Z", "PCS", "9.75"),
]


def line_tuples(count: int) -> list[tuple[str, str, str, str, str, str]]:
    """``count`` deterministic lines (part, description, qty, unit, price, amount) that add up."""
    lines = []
    for i in range(1, count + 1):
        name, spec, unit, price = _ITEMS[i % len(_ITEMS)]
        qty = 10 * (1 + (i * 7) % 40)
        amount = Decimal(price) * qty
        lines.append((f"LF-{i:05d}", f"{name} {spec}", str(qty), unit, price, f"{amount:.2f}"))
    return lines


def expected(lines: int = 60) -> PurchaseOrder:
    return order(
        po_number="LF2026-1108",
        order_date=dt.date(2026, 11, 8),
        delivery=dt.date(2026, 12, 15),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="月结45天",
        lines=line_tuples(lines),
    )


def render(lines: int = 60) -> bytes:
    font = draw.cjk_font()
    items = line_tuples(lines)
    pages = max(1, -(-len(items) // ROWS_PER_PAGE))
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "采购订单 Purchase Order LF2026-1108")
    top, left = draw.PAGE_HEIGHT - 50, 40
    for page in range(pages):
        chunk = items[page * ROWS_PER_PAGE : (page + 1) * ROWS_PER_PAGE]
        if page == 0:
            y = _first_page_header(c, font, top, left)
        else:
            draw.text(c, left, top, "采购订单 LF2026-1108（续 / continued）", font, 11)
            y = top - 16
        rows = [HEADER] + [
            [str(page * ROWS_PER_PAGE + n), p, d, grouped(q, 0), u, pr, grouped(a)]
            for n, (p, d, q, u, pr, a) in enumerate(chunk, start=1)
        ]
        bottom = draw.table(c, left, y, WIDTHS, rows, font=font, size=8.5, row_height=19, aligns=ALIGNS)
        if page == pages - 1:
            total = grouped(expected(lines).total_amount or 0)
            total_row = [["", "", "合计 Total", "", "", "", total]]
            draw.table(c, left, bottom, WIDTHS, total_row, font=font, size=8.5, row_height=19, aligns=ALIGNS)
        footer = f"第 {page + 1} 页 共 {pages} 页 Page {page + 1} of {pages}"
        draw.text(c, draw.PAGE_WIDTH / 2, 30, footer, font, 8, "center")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _first_page_header(c, font: str, top: float, left: float) -> float:
    draw.text(c, draw.PAGE_WIDTH / 2, top, f"{BUYER} Lianfeng Electromechanical", font, 15, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 22, "采购订单 PURCHASE ORDER", font, 13, "center")
    info = [
        ("订单号 Order No.: LF2026-1108", "日期 Date: 2026-11-08"),
        (f"需方 Buyer: {BUYER}", "交货日期 Delivery Date: 2026-12-15"),
        (f"供方 Vendor: {OUR_NAME_ZH}", "币种 Currency: 人民币 RMB"),
        ("付款方式 Payment: 月结45天", ""),
        (f"送货地址 Deliver To: {ADDRESS}", ""),
    ]
    y = top - 52
    for first, second in info:
        draw.text(c, left, y, first, font, 9.5)
        if second:
            draw.text(c, 330, y, second, font, 9.5)
        y -= 17
    return y - 6
