"""Unseen layout: 常州瑞泰电气有限公司's 采购订单 as Kingdee K/3 Cloud prints it (the stock print template).

The organisation's name and "采购订单" on top, header fields as ``标签：值`` in three unruled columns
(单据编号, 采购日期, 单据类型 / 供应商, 采购组织, 采购部门 / 采购员, 结算币别, 付款条件) and the 交货地址
on its own row; the entry table is a ruled grid with K/3 Cloud's column names: 物料编码, 物料名称 and
规格型号 in separate columns (a person keying the order writes "name spec" as the description), 采购单位,
采购数量, 含税单价, 税率%, 价税合计 and a 交货日期 per line (K/3 Cloud keeps the delivery date on the
entry, not on the header). The 合计 row, then 价税合计(大写) and (小写), and a 制单 / 审核 / 打印日期 footer.
"""

from __future__ import annotations

import datetime as dt
import io

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_ZH, grouped, order

FILENAME = "ruitai-CGDD026318.pdf"
BUYER = "常州瑞泰电气有限公司"
ADDRESS = "江苏省常州市武进区湖塘镇延政西路58号瑞泰电气二号厂房"
DELIVERY = "2026-12-20"
ITEMS = [  # part, name, spec, unit, qty, tax-included price, amount
    ("3.01.02.0117", "接线端子", "UK2.5B 灰色", "个", "3000", "1.28", "3840.00"),
    ("3.01.05.0042", "铜排支撑绝缘子", "SM35 M8", "个", "1200", "2.35", "2820.00"),
    ("3.02.11.0306", "不锈钢铰链", "CL201-1 304", "副", "400", "12.60", "5040.00"),
    ("3.04.01.0019", "柜门锁", "MS480-1 含钥匙", "套", "400", "18.50", "7400.00"),
]
HEADER = [
    "序号",
    "物料编码",
    "物料名称",
    "规格型号",
    "采购单位",
    "采购数量",
    "含税单价",
    "税率%",
    "价税合计",
    "交货日期",
]
WIDTHS = [26, 62, 72, 68, 36, 44, 46, 32, 56, 62]
CAPITALS = "壹万玖仟壹佰元整"  # 19,100.00


def expected() -> PurchaseOrder:
    return order(
        po_number="CGDD026318",
        order_date=dt.date(2026, 11, 20),
        delivery=dt.date.fromisoformat(DELIVERY),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms="月结60天",
        lines=[
            (p, f"{name} {spec}", qty, unit, price, amount)
            for p, name, spec, unit, qty, price, amount in ITEMS
        ],
    )


def _fields(c, font: str, y: float, cells: list[str]) -> float:
    for x, cell in zip((40, 235, 410), cells, strict=False):
        draw.text(c, x, y, cell, font, 9)
    return y - 17


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "采购订单 CGDD026318")
    top = draw.PAGE_HEIGHT - 48
    draw.text(c, draw.PAGE_WIDTH / 2, top, BUYER, font, 15, "center")
    draw.text(c, draw.PAGE_WIDTH / 2, top - 24, "采购订单", font, 16, "center")
    y = top - 56
    y = _fields(c, font, y, ["单据编号：CGDD026318", "采购日期：2026-11-20", "单据类型：标准采购订单"])
    y = _fields(c, font, y, [f"供应商：{OUR_NAME_ZH}", f"采购组织：{BUYER}", "采购部门：采购部"])
    y = _fields(c, font, y, ["采购员：周立", "结算币别：人民币", "付款条件：月结60天"])
    y = _fields(c, font, y, [f"交货地址：{ADDRESS}", "", "联系电话：0519-8631 2270"])
    rows = [HEADER]
    for i, (part, name, spec, unit, qty, price, amount) in enumerate(ITEMS, start=1):
        rows.append([str(i), part, name, spec, unit, grouped(qty, 0), price, "13", grouped(amount), DELIVERY])
    total = expected().total_amount or 0
    quantity = sum(int(item[4]) for item in ITEMS)
    rows.append(["合计", "", "", "", "", grouped(quantity, 0), "", "", grouped(total), ""])
    bottom = draw.table(c, 40, y - 6, WIDTHS, rows, font=font, size=8, row_height=20, aligns="clllcrrcrc")
    draw.text(c, 40, bottom - 18, f"价税合计(大写)：人民币{CAPITALS}", font, 9)
    draw.text(c, 380, bottom - 18, f"价税合计(小写)：￥{grouped(total)}", font, 9)
    draw.text(c, 40, bottom - 40, "备注：请随货附送货单及质检报告，送货单须注明采购订单号。", font, 8.5)
    footer = bottom - 80
    for x, cell in zip((40, 190, 340), ("制单：周立", "审核：钱海燕", "打印日期：2026-11-20"), strict=True):
        draw.text(c, x, footer, cell, font, 9)
    draw.text(c, draw.PAGE_WIDTH / 2, 30, "第1页/共1页", font, 8, "center")
    c.showPage()
    c.save()
    return buffer.getvalue()
