"""Unseen layout: 杭州钱江智能装备有限公司's order as a 钉钉 (DingTalk) approval export (.xlsx).

A Hangzhou equipment maker has no purchasing system: its buyers raise every purchase order as a DingTalk
OA approval (审批 form "采购订单" with a 明细 table control), and once the order is approved the buyer
exports the instance from the DingTalk admin console (审批数据导出) and mails the file to the supplier.
What arrives is the export's one sheet: NO title and no form layout, a TWO-ROW column head (the
approval's own columns and each single form field merged over both rows; the 明细 control "采购明细"
merged across its sub-columns in row 1, its fields 物料编码, 物品名称, 规格型号, 单位, 数量, 单价（元）,
金额（元） in row 2), then one row per 明细 line in which every instance-level cell (审批编号, 标题,
审批状态, 审批结果, 发起时间, 完成时间, the approval trail, and the form fields 采购主体, 采购单号,
采购日期, 供应商名称, 币种, 期望到货日期, 收货地址, 付款方式, 合计金额（元）, 备注, 附件) is merged
DOWN over all the line rows, its value in the first. The approval columns come first and carry dates and
numbers of their own: 审批编号 (a 21-digit number, not the PO number), 发起时间 / 完成时间 as
"2026-12-08 09:03:27" text, 审批记录 a multi-line cell (name:opinion:time per approver). The buyer hid the
internal ones (发起人工号 .. 审批耗时) before sending; they are still in the file. Form dates are text
(2026-12-08), quantities and money are numbers, the currency is the word 人民币.

Truth: the PO number 采购单号 (not 审批编号); the order date 采购日期; the requested delivery date
期望到货日期; the currency CNY; the buyer 采购主体; the supplier 供应商名称 (us); the ship-to address
收货地址; the payment terms 付款方式; the total 合计金额（元） (= the sum of the lines); per line the part
number 物料编码, the description 物品名称 and 规格型号 joined with a space, the unit 单位, the quantity
数量, the unit price 单价（元） and the amount 金额（元）.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "采购订单审批导出_20261208.xlsx"
BUYER = "杭州钱江智能装备有限公司"
PO = "QJ-CG-2612-0087"
ORDER_DATE = dt.date(2026, 12, 8)
DELIVERY = dt.date(2026, 12, 28)
ADDRESS = "浙江省杭州市萧山区经济技术开发区启迪路198号钱江智能装备2号厂房"
TERMS = "货到验收合格后60天电汇"
FIXED_TIME = dt.datetime(2026, 12, 8, 11, 42, 0)
# 物料编码, 物品名称, 规格型号, 单位, 数量, 单价（元）
ITEMS = [
    ("M0301-045", "深沟球轴承", "6205-2RS", "套", "300", "6.80"),
    ("M0301-052", "深沟球轴承", "6308ZZ C3", "套", "120", "23.50"),
    ("M0302-011", "直线轴承", "LM20UU", "个", "200", "11.60"),
    ("M0405-008", "直线导轨", "HGR20 L=860", "根", "24", "186.50"),
    ("M0405-009", "滑块", "HGH20CA", "个", "48", "98.00"),
    ("M0510-021", "滚珠丝杠", "SFU1605 L=650 C7", "根", "12", "265.00"),
    ("M0603-117", "同步带轮", "HTD5M-24T 孔12", "个", "60", "22.40"),
    ("M0710-033", "内六角圆柱头螺钉", "M6×20 12.9级", "个", "4000", "0.18"),
    ("M0710-058", "弹簧垫圈", "M6 镀锌", "个", "4000", "0.03"),
]
TRAIL = (
    "沈佳怡:发起审批:2026-12-08 09:03\n周立军:同意:2026-12-08 10:16\n钱国华:同意 价格已核:2026-12-08 11:20"
)
# the instance-level columns before the 明细 block: head, value
BEFORE = [
    ("审批编号", "202612080903000412578"),
    ("标题", "沈佳怡提交的采购订单"),
    ("审批状态", "已完成"),
    ("审批结果", "同意"),
    ("发起时间", "2026-12-08 09:03:27"),
    ("完成时间", "2026-12-08 11:20:41"),
    ("发起人工号", "QJ0417"),
    ("发起人姓名", "沈佳怡"),
    ("发起人部门", "供应链部-采购组"),
    ("历史审批人姓名", "周立军,钱国华"),
    ("审批记录(审批人姓名:审批意见:审批时间)", TRAIL),
    ("当前处理人姓名", None),
    ("审批耗时", "2小时17分"),
    ("采购主体", BUYER),
    ("采购单号", PO),
    ("采购日期", ORDER_DATE.isoformat()),
    ("供应商名称", OUR_NAME_ZH),
    ("币种", "人民币"),
    ("期望到货日期", DELIVERY.isoformat()),
    ("收货地址", ADDRESS),
    ("付款方式", TERMS),
]
DETAIL = "采购明细"
DETAIL_HEADS = ["物料编码", "物品名称", "规格型号", "单位", "数量", "单价（元）", "金额（元）"]
HIDDEN = ("发起人工号", "审批耗时")  # the first and last of the columns the buyer hid
FIRST_LINE_ROW = 3
THIN = Side(style="thin", color="D9D9D9")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def total() -> Decimal:
    return sum((amount(item[4], item[5]) for item in ITEMS), Decimal(0))


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
            for code, name, spec, unit, qty, price in ITEMS
        ],
    )


def _after() -> list[tuple[str, object]]:
    return [
        ("合计金额（元）", float(total())),
        ("备注", "请于到货前一天联系仓库 0571-8289 6630；发票随货寄出。"),
        ("附件", "启航报价单QH-Q261205.pdf"),
    ]


def _instance_column(sheet, col: int, head: str, value: object, last: int) -> None:
    sheet.cell(row=1, column=col, value=head)
    sheet.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    cell = sheet.cell(row=FIRST_LINE_ROW, column=col, value=value)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    if isinstance(value, float):
        cell.number_format = "0.00"
    if last > FIRST_LINE_ROW:
        sheet.merge_cells(start_row=FIRST_LINE_ROW, start_column=col, end_row=last, end_column=col)


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "DingTalk"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "采购订单"
    last = FIRST_LINE_ROW + len(ITEMS) - 1
    col = 1
    for head, value in BEFORE:
        _instance_column(sheet, col, head, value, last)
        col += 1
    detail_first = col
    sheet.cell(row=1, column=col, value=DETAIL)
    sheet.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + len(DETAIL_HEADS) - 1)
    for k, head in enumerate(DETAIL_HEADS):
        sheet.cell(row=2, column=col + k, value=head)
    for r, (code, name, spec, unit, qty, price) in enumerate(ITEMS, start=FIRST_LINE_ROW):
        values = [code, name, spec, unit, int(qty), float(price), float(amount(qty, price))]
        for k, value in enumerate(values):
            cell = sheet.cell(row=r, column=col + k, value=value)
            if k >= 5:
                cell.number_format = "0.00"
    col += len(DETAIL_HEADS)
    for head, value in _after():
        _instance_column(sheet, col, head, value, last)
        col += 1
    for row in sheet.iter_rows(min_row=1, max_row=last, max_col=col - 1):
        for cell in row:
            cell.border = BOX
            if cell.row <= 2:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="EAF2FF")
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    heads = [head for head, _ in BEFORE]
    for k in range(1, col):
        letter = get_column_letter(k)
        sheet.column_dimensions[letter].width = 12 if k < detail_first or k >= detail_first + 7 else 11
    sheet.column_dimensions[
        get_column_letter(heads.index("审批记录(审批人姓名:审批意见:审批时间)") + 1)
    ].width = 36
    sheet.column_dimensions[get_column_letter(heads.index("收货地址") + 1)].width = 30
    sheet.column_dimensions[get_column_letter(detail_first + 1)].width = 16
    sheet.column_dimensions[get_column_letter(detail_first + 2)].width = 18
    for k in range(heads.index(HIDDEN[0]) + 1, heads.index(HIDDEN[1]) + 2):
        sheet.column_dimensions[get_column_letter(k)].hidden = True
    sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
