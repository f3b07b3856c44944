"""Unseen layout: 佛山市嘉利家具有限公司's order workbook, a clerk's key/value sheet with sectioned lines.

No logo: the company name and "采购订单" merged across the sheet, then two key/value blocks as a clerk
lays them out, each label in its own column and the value two columns to the right (column B and G left
empty as gutters): 订单编号, 下单日期 (a real Excel date shown as 2026年12月4日), 供应商, 联系人 on the left;
交货日期 (typed as text: 2026年12月26日前), 付款方式, 币种, 税率 on the right; 送货地址 across a merged row.
The line table has a narrow blank spacer column between 规格 and 数量, the goods are grouped under section
rows ("一、五金配件", "二、包装辅料") each closed by a 小计 row, then 合计 and 大写金额; 单价 is tax-inclusive
with up to three decimals, amounts are values, and 制单 / 审核 / 供应商回签 sit under a note.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._zh_money import capitals
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "嘉利家具采购订单JL-2612-0088.xlsx"
BUYER = "佛山市嘉利家具有限公司"
ADDRESS = "广东省佛山市顺德区龙江镇仙塘工业大道12号嘉利家具二期物料仓"
PO = "JL-2612-0088"
TERMS = "月结30天"
SECTIONS = [
    (
        "一、五金配件",
        [  # code, name, spec, unit, qty, price, amount
            ("WJ-0102", "三节滑轨", "400mm 冷轧钢 镀锌", "副", "600", "8.60", "5160.00"),
            ("WJ-0117", "液压铰链", "全盖 35杯 缓冲", "只", "2400", "2.35", "5640.00"),
            ("WJ-0230", "家具脚", "M8×100 可调 黑色", "只", "1600", "1.125", "1800.00"),
            ("WJ-0305", "偏心连接件", "三合一 15mm 锌合金", "套", "8000", "0.185", "1480.00"),
            ("WJ-0412", "拉手", "孔距128 铝合金 拉丝", "只", "1200", "3.40", "4080.00"),
        ],
    ),
    (
        "二、包装辅料",
        [
            ("BZ-1008", "珍珠棉护角", "50×50×50 白色", "只", "10000", "0.065", "650.00"),
            ("BZ-1021", "缠绕膜", "宽500mm 厚20μ", "卷", "120", "42.00", "5040.00"),
            ("BZ-1103", "封箱胶带", "48mm×100m 透明", "卷", "300", "3.80", "1140.00"),
        ],
    ),
]
HEADER = ["序号", "物料编码", "品名", "规格", None, "数量", "单位", "单价(含税)", "金额", "备注"]
COLS = "ABCDEFGHIJ"
FIXED_TIME = dt.datetime(2026, 12, 4, 10, 15, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def lines() -> list[tuple[str, str, str, str, str, str, str]]:
    return [line for _, section in SECTIONS for line in section]


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=dt.date(2026, 12, 4),
        delivery=dt.date(2026, 12, 26),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, amount)
            for code, name, spec, unit, qty, price, amount in lines()
        ],
    )


def _header(sheet) -> None:
    sheet.merge_cells("A1:J1")
    sheet["A1"] = BUYER
    sheet["A1"].font = Font(bold=True, size=16)
    sheet.merge_cells("A2:J2")
    sheet["A2"] = "采购订单"
    sheet["A2"].font = Font(bold=True, size=14)
    for cell in ("A1", "A2"):
        sheet[cell].alignment = Alignment(horizontal="center", vertical="center")
    left = [
        ("订单编号", PO),
        ("下单日期", dt.datetime(2026, 12, 4)),
        ("供应商", OUR_NAME_ZH),
        ("联系人", "何小燕 0757-2331 5806"),
    ]
    right = [("交货日期", "2026年12月26日前"), ("付款方式", TERMS), ("币种", "人民币"), ("税率", "13%")]
    for row, ((l_label, l_value), (r_label, r_value)) in enumerate(zip(left, right, strict=True), start=4):
        sheet[f"A{row}"], sheet[f"C{row}"] = l_label, l_value
        sheet[f"F{row}"], sheet[f"H{row}"] = r_label, r_value
        sheet.merge_cells(f"C{row}:D{row}")
        sheet.merge_cells(f"H{row}:J{row}")
        for col in "AF":
            sheet[f"{col}{row}"].font = Font(bold=True)
        sheet[f"C{row}"].alignment = Alignment(horizontal="left")
    sheet["C5"].number_format = 'yyyy"年"m"月"d"日"'
    sheet["A8"], sheet["C8"] = "送货地址", ADDRESS
    sheet["A8"].font = Font(bold=True)
    sheet.merge_cells("C8:J8")


def _table(sheet, first: int) -> int:
    for col, title in zip(COLS, HEADER, strict=True):
        cell = sheet[f"{col}{first}"]
        if title:
            cell.value = title
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(horizontal="center")
    row, number = first + 1, 0
    for title, section in SECTIONS:
        sheet[f"A{row}"] = title
        sheet[f"A{row}"].font = Font(bold=True)
        sheet.merge_cells(f"A{row}:D{row}")
        row += 1
        for code, name, spec, unit, qty, price, amount in section:
            number += 1
            values = [
                number,
                code,
                name,
                spec,
                None,
                int(qty),
                unit,
                float(Decimal(price)),
                float(Decimal(amount)),
            ]
            for col, value in zip(COLS, values, strict=False):
                if value is not None:
                    sheet[f"{col}{row}"] = value
            sheet[f"F{row}"].number_format = "#,##0"
            sheet[f"H{row}"].number_format = "0.00#"
            sheet[f"I{row}"].number_format = "#,##0.00"
            row += 1
        sheet[f"C{row}"] = "小计"
        sheet[f"I{row}"] = float(sum(Decimal(line[6]) for line in section))
        sheet[f"I{row}"].number_format = "#,##0.00"
        for col in "CI":
            sheet[f"{col}{row}"].font = Font(italic=True)
        row += 1
    total = expected().total_amount or Decimal(0)
    sheet[f"A{row}"] = "合计"
    sheet[f"F{row}"] = sum(int(line[4]) for line in lines())
    sheet[f"F{row}"].number_format = "#,##0"
    sheet[f"I{row}"] = float(total)
    sheet[f"I{row}"].number_format = "#,##0.00"
    for col in "AFI":
        sheet[f"{col}{row}"].font = Font(bold=True)
    for r in range(first, row + 1):
        for col in COLS:
            if col != "E":  # the spacer column stays unruled
                sheet[f"{col}{r}"].border = BOX
    row += 1
    sheet[f"A{row}"] = "大写金额"
    sheet.merge_cells(f"C{row}:J{row}")
    sheet[f"C{row}"] = f"人民币{capitals(total)}"
    return row


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "何小燕"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "订单"
    _header(sheet)
    last = _table(sheet, 10)
    sheet[f"A{last + 2}"] = (
        "说明：1. 请于收到订单当日回签；2. 送货单须注明订单编号及物料编码；3. 包装辅料可分批送货。"
    )
    sheet[f"A{last + 4}"], sheet[f"D{last + 4}"], sheet[f"H{last + 4}"] = (
        "制单：何小燕",
        "审核：",
        "供应商回签：",
    )
    widths = (6, 12, 14, 20, 2, 9, 6, 11, 12, 12)
    for col, width in zip(COLS, widths, strict=True):
        sheet.column_dimensions[col].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
