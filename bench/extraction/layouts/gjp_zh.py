"""Unseen layout: 青岛海泓机电设备有限公司's 进货订单 as 管家婆 (Grasp) prints it, 30 lines on 2 pages.

管家婆 calls a purchase order 进货订单 and prints its own labels with ASCII colons in three columns:
单据编号 (JHDD-yyyymmdd-nnnn), 录单日期 and 要货日期 written 2026年12月04日, 供货单位 (us), 经手人, 部门,
结算方式, 收货单位 and 联系电话, then 收货地址 and 摘要 across the page. The line table is a ruled grid
with 行号, 商品编号, 商品全名, 规格型号, 单位, 数量, 含税单价, 税率, 税额, 价税合计 (plain numbers,
no thousands separators, as 管家婆 prints them). The accounting-style page furniture: page 1 ends its
table with a 过次页 row (running 数量, 税额 and 价税合计) and page 2 starts with a 承前页 row carrying the
same sums; page 2 repeats the title, 单据编号 / 录单日期 and the column header. The last page has the 合计
row, 合计金额(大写) in the grid, 制单 / 审核 / 供货单位确认(盖章), and every page "打印时间" on the left
and "第1页/共2页" on the right of its foot.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, order

FILENAME = "海泓进货订单JHDD-20261204-0003.pdf"
BUYER = "青岛海泓机电设备有限公司"
ADDRESS = "山东省青岛市城阳区流亭街道双埠工业园海泓路6号二号仓库"
PO = "JHDD-20261204-0003"
TERMS = "月结60天(银行承兑)"
FIRST_PAGE_ROWS = 18
HEADER = ["行号", "商品编号", "商品全名", "规格型号", "单位", "数量", "含税单价", "税率", "税额", "价税合计"]
WIDTHS = [26, 66, 74, 108, 26, 40, 48, 30, 52, 62]
ALIGNS = "cllccrrrrr"
TAX = Decimal("1.13")
CENT = Decimal("0.01")
_GOODS = [  # code prefix, name, spec with {}, variants, unit, base price, quantity step
    ("ZC", "深沟球轴承", "{}-2RS C3", ["6201", "6202", "6203", "6204", "6205"], "套", "3.20", 200),
    ("DL", "同步带轮", "HTD5M-{}齿 铝合金", ["20", "24", "30", "36", "40"], "个", "16.50", 20),
    ("DJ", "步进电机", "57HS{} 两相", ["41", "56", "76", "82", "100"], "台", "68.00", 10),
    ("XG", "直线导轨滑块", "HGH{}CA", ["15", "20", "25", "30", "35"], "件", "42.80", 20),
    ("LS", "内六角螺钉", "GB70 M{} 12.9级", ["4×12", "5×16", "6×20", "8×25", "10×30"], "只", "0.18", 1000),
    ("LZ", "联轴器", "梅花型 D{}", ["20×25", "25×30", "30×35", "40×50", "55×78"], "个", "12.40", 30),
]


def _price(base: str, round_: int) -> Decimal:
    return (Decimal(base) * (1 + Decimal(round_) / 20)).quantize(CENT, ROUND_HALF_UP)


def items(count: int = 30) -> list[tuple[str, str, str, str, str, str, str]]:
    """``count`` deterministic lines (code, name, spec, unit, qty, price incl. tax, amount incl. tax)."""
    out = []
    for i in range(count):
        prefix, name, spec, variants, unit, base, step = _GOODS[i % len(_GOODS)]
        round_ = i // len(_GOODS)
        price = _price(base, round_)
        qty = step * (1 + (i * 5) % 8)
        code = f"{prefix}{(i * 37) % 1000:03d}{round_ + 1:02d}"
        out.append(
            (code, name, spec.format(variants[round_]), unit, str(qty), str(price), f"{price * qty:.2f}")
        )
    return out


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 12, 4),
        delivery=dt.date(2026, 12, 28),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, amount)
            for code, name, spec, unit, qty, price, amount in items()
        ],
    )


def money(value: Decimal | str) -> str:
    """管家婆 prints amounts as plain numbers: two decimals, no thousands separators (44947.60)."""
    return f"{Decimal(value):.2f}"


def _tax(amount: str) -> Decimal:
    gross = Decimal(amount)
    return gross - (gross / TAX).quantize(CENT, ROUND_HALF_UP)


def _fields(c, font: str, y: float, cells: list[str]) -> float:
    for x, cell in zip((32, 226, 400), cells, strict=False):
        if cell:
            draw.text(c, x, y, cell, font, 9)
    return y - 16


def _title(c, font: str, top: float) -> None:
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 24, "进 货 订 单", font, 17, "center")


def _foot(c, font: str, page_no: int, pages: int) -> None:
    draw.text(c, 32, 30, "打印时间:2026-12-04 16:08:37", font, 8)
    draw.text(c, 564, 30, f"第{page_no}页/共{pages}页", font, 8, "right")


def _sums(chunk) -> tuple[int, Decimal, Decimal]:
    return (
        sum(int(line[4]) for line in chunk),
        sum((_tax(line[6]) for line in chunk), Decimal(0)),
        sum((Decimal(line[6]) for line in chunk), Decimal(0)),
    )


def _sum_row(label: str, sums: tuple[int, Decimal, Decimal]) -> list[str]:
    qty, tax, amount = sums
    return [label, "", "", "", "", str(qty), "", "", money(tax), money(amount)]


def render() -> bytes:
    font = draw.cjk_font()
    lines = items()
    pages = [lines[:FIRST_PAGE_ROWS], lines[FIRST_PAGE_ROWS:]]
    total = expected().total_amount or Decimal(0)
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"进货订单 {PO}")
    top = draw.PAGE_HEIGHT - 44
    number = 0
    carried = (0, Decimal(0), Decimal(0))
    for page_no, chunk in enumerate(pages, start=1):
        _title(c, font, top)
        y = top - 52
        if page_no == 1:
            y = _fields(c, font, y, [f"单据编号:{PO}", "录单日期:2026年12月04日", "要货日期:2026年12月28日"])
            y = _fields(c, font, y, [f"供货单位:{OUR_NAME_ZH}", "经手人:刘建军", "部门:采购部"])
            y = _fields(c, font, y, [f"结算方式:{TERMS}", f"收货单位:{BUYER}", "联系电话:0532-8770 6612"])
            y = _fields(c, font, y, [f"收货地址:{ADDRESS}"])
            y = _fields(c, font, y, ["摘要:12月第一批备料，请按行号分箱包装，箱外注明商品编号。"])
        else:
            y = _fields(c, font, y, [f"单据编号:{PO}", "录单日期:2026年12月04日"])
        rows = [HEADER]
        if page_no > 1:
            rows.append(_sum_row("承前页", carried))
        for code, name, spec, unit, qty, price, amount in chunk:
            number += 1
            rows.append([str(number), code, name, spec, unit, qty, price, "13%", money(_tax(amount)), amount])
        page_sums = _sums(chunk)
        carried = (carried[0] + page_sums[0], carried[1] + page_sums[1], carried[2] + page_sums[2])
        if page_no < len(pages):
            rows.append(_sum_row("过次页", carried))
        else:
            rows.append(_sum_row("合计", carried))
        y = draw.table(c, 32, y - 4, WIDTHS, rows, font=font, size=7.5, row_height=16, aligns=ALIGNS)
        if page_no == len(pages):
            y = draw.table(
                c, 32, y, [sum(WIDTHS)], [[f"合计金额(大写):人民币{capitals(total)}"]], font=font, size=8.5
            )
            draw.text(c, 32, y - 28, "制单:刘建军", font, 9)
            draw.text(c, 200, y - 28, "审核:周慧敏", font, 9)
            draw.text(c, 368, y - 28, "供货单位确认(盖章):", font, 9)
        _foot(c, font, page_no, len(pages))
        c.showPage()
    c.save()
    return buffer.getvalue()
