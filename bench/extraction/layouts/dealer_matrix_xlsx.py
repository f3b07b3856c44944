"""Unseen layout: 佛山博远机电设备有限公司's order workbook, lines grouped by category with 小计 rows (.xlsx).

A Foshan distributor of transmission parts orders from us with its own Excel order sheet "订货单": a
title row, then the header block as merged cells, label cells with their values merged over the columns
to their right (客户名称 | 订单号, 下单日期 | 结算方式, 收货地址 over the whole width, 联系人/电话 |
供货单位); then the table 序号 | 品名 | 规格型号 | 品牌 | 单位 | 订货数量 | 含税单价 | 金额 | 要求交期 |
备注, its rows GROUPED under category header rows merged over the width ("一、轴承类", "二、紧固件",
"三、传动件"), each group numbered from 1 again and closed by a 小计 row (its 金额 summed), then 合计
and a note row. Kept the way clerks keep such sheets: some prices and quantities typed as text
("6.80", "3000"), every 要求交期 typed as text (2026.12.28), one quantity a formula (=20*12, the
cached value 240 saved with it), 金额 formulas with cached values, 合计 a formula over the 小计 rows.

Truth: 客户名称 names the buyer (it is the distributor's own sheet; the field is the dealer's habit from
its sales forms), the PO number 订单号, the order date 下单日期, the requested delivery date the
earliest 要求交期, the currency CNY, the supplier 供货单位 (us), the ship-to address 收货地址, the payment
terms 结算方式; per line no part number (none is printed), the description 品名 and 规格型号 joined with
a space, the unit 单位, the quantity 订货数量, the unit price 含税单价 and the amount 金额; category rows
and 小计 rows are no lines; the total 合计 (= the sum of the lines).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "博远机电订货单BY-DH-261205.xlsx"
BUYER = "佛山博远机电设备有限公司"
PO = "BY-DH-261205"
ORDERED = dt.datetime(2026, 12, 5)
ADDRESS = "广东省佛山市南海区狮山镇科技工业园C区博远路6号"
TERMS = "月结30天，电汇"
FIXED_TIME = dt.datetime(2026, 12, 5, 9, 30, 0)
FORMULA_QTY = "=20*12"  # the clerk's 20 boxes of 12
# category -> rows of 品名, 规格型号, 品牌, 单位, 订货数量, 含税单价, 要求交期, 备注
GROUPS = [
    (
        "一、轴承类",
        [
            ("深沟球轴承", "6205-2RS", "NSK", "套", "300", "6.80", "2026.12.28", ""),
            ("深沟球轴承", "6308ZZ C3", "NSK", "套", "120", "23.50", "2026.12.28", ""),
            ("带座轴承", "UCP205", "HRB", "套", FORMULA_QTY, "18.60", "2027.01.10", "20箱×12"),
        ],
    ),
    (
        "二、紧固件",
        [
            ("内六角螺钉", "M8×30 12.9级", "晋亿", "个", "5000", "0.36", "2026.12.20", "发黑"),
            ("法兰螺母", "M10 8级", "晋亿", "个", "3000", "0.42", "2026.12.20", "镀锌"),
        ],
    ),
    (
        "三、传动件",
        [
            ("同步带", "HTD5M-800-25", "盖茨", "条", "60", "48.50", "2027.01.10", ""),
            ("梅花联轴器", "D30L40 10×12", "博远", "个", "80", "26.00", "2027.01.10", "铝合金"),
            ("直线光轴", "SF16 L=500", "博远", "根", "100", "32.80", "2027.01.10", "镀铬"),
        ],
    ),
]
HEADINGS = ["序号", "品名", "规格型号", "品牌", "单位", "订货数量", "含税单价", "金额", "要求交期", "备注"]
WIDTHS = [6, 14, 18, 9, 6, 10, 10, 12, 12, 14]
TEXT_NUMBERS = {("深沟球轴承", "6205-2RS"), ("法兰螺母", "M10 8级")}  # typed as text by the clerk
HEAD_ROW = 8
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def quantity(qty: str) -> str:
    return "240" if qty == FORMULA_QTY else qty


def lines() -> list[tuple[str, ...]]:
    return [row for _, rows in GROUPS for row in rows]


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDERED.date(),
        delivery=min(dt.datetime.strptime(row[6], "%Y.%m.%d").date() for row in lines()),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (None, f"{name} {spec}", quantity(qty), unit, price, f"{amount(quantity(qty), price)}")
            for name, spec, _, unit, qty, price, _, _ in lines()
        ],
    )


def _head(sheet) -> None:
    sheet.merge_cells("A1:J1")
    sheet["A1"] = f"{BUYER}  订货单"
    sheet["A1"].font = Font(bold=True, size=16)
    sheet["A1"].alignment = Alignment(horizontal="center")
    pairs = [  # row, label cell, value range, label, value
        (3, "A3", "B3:E3", "客户名称", BUYER),
        (3, "F3", "G3:J3", "订单号", PO),
        (4, "A4", "B4:E4", "下单日期", ORDERED),
        (4, "F4", "G4:J4", "结算方式", TERMS),
        (5, "A5", "B5:J5", "收货地址", ADDRESS),
        (6, "A6", "B6:E6", "联系人/电话", "梁志强 / 0757-8663 2108"),
        (6, "F6", "G6:J6", "供货单位", OUR_NAME_ZH),
    ]
    for _, label_cell, values, label, value in pairs:
        sheet[label_cell] = label
        sheet[label_cell].font = Font(bold=True)
        sheet[label_cell].fill = PatternFill("solid", fgColor="DDEBF7")
        sheet.merge_cells(values)
        first = values.split(":")[0]
        sheet[first] = value
        if isinstance(value, dt.datetime):
            sheet[first].number_format = "yyyy年m月d日"
            sheet[first].alignment = Alignment(horizontal="left")


def _table(sheet) -> dict[str, float]:
    """Heads, category rows, lines, 小计 per group, 合计; returns the cached values of the formulas."""
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.font, cell.border = Font(bold=True), BOX
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.alignment = Alignment(horizontal="center")
    cached: dict[str, float] = {}
    row, subtotal_cells, grand = HEAD_ROW + 1, [], Decimal(0)
    for category, rows in GROUPS:
        sheet.merge_cells(f"A{row}:J{row}")
        sheet[f"A{row}"] = category
        sheet[f"A{row}"].font = Font(bold=True)
        row += 1
        first = row
        for n, (name, spec, brand, unit, qty, price, due, note) in enumerate(rows, start=1):
            as_text = (name, spec) in TEXT_NUMBERS
            values = [n, name, spec, brand, unit, qty if as_text or qty.startswith("=") else int(qty)]
            values += [price if as_text else float(price), f"=F{row}*G{row}", due, note or None]
            for col, value in enumerate(values, start=1):
                cell = sheet.cell(row=row, column=col, value=value)
                cell.border = BOX
                if col in (7, 8):
                    cell.number_format = "0.00"
            if qty.startswith("="):
                cached[f"F{row}"] = float(quantity(qty))
            cached[f"H{row}"] = float(amount(quantity(qty), price))
            row += 1
        subtotal = sum((amount(quantity(r[4]), r[5]) for r in rows), Decimal(0))
        grand += subtotal
        sheet[f"B{row}"] = "小计"
        sheet[f"H{row}"] = f"=SUM(H{first}:H{row - 1})"
        sheet[f"H{row}"].number_format = "0.00"
        sheet[f"B{row}"].font = sheet[f"H{row}"].font = Font(bold=True)
        cached[f"H{row}"] = float(subtotal)
        subtotal_cells.append(f"H{row}")
        row += 1
    sheet[f"A{row}"] = "合计"
    sheet[f"H{row}"] = "=" + "+".join(subtotal_cells)
    sheet[f"H{row}"].number_format = "#,##0.00"
    sheet[f"A{row}"].font = sheet[f"H{row}"].font = Font(bold=True)
    cached[f"H{row}"] = float(grand)
    sheet.merge_cells(f"A{row + 2}:J{row + 2}")
    sheet[f"A{row + 2}"] = "备注：含13%增值税专用发票；请按要求交期分批送货，送货单注明订单号。"
    return cached


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "梁志强"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "订货单"
    for col, width in zip("ABCDEFGHIJ", WIDTHS, strict=True):
        sheet.column_dimensions[col].width = width
    _head(sheet)
    cached = _table(sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
