"""Unseen layout: 重庆渝德机电设备有限公司's 采购订单 as 金蝶云星空's 引出 (export) writes it (.xlsx).

A Chongqing maker of conveyor equipment runs 金蝶云星空 (K/3 Cloud). Its buyer does not print the order:
she ticks it in the 采购订单列表 and uses 引出 (the list's export in the import-template format, so the
file could be imported again) and mails the .xlsx. What that format is: ONE SHEET holding the bill head
(表头) and its entry (表体) side by side. ROW 1 holds the FIELD KEYS (FBillHead(PUR_PurchaseOrder),
FBillNo, FDate, FSupplierId#Number ... *Split*1, FPOOrderEntry, FMaterialId#Number ...), ROW 2 the
captions, each prefixed with its entity and base-data fields split into #编码 / #名称 pairs: (单据头)单据编号,
(单据头)供应商#编码, (单据头)供应商#名称, (财务信息)结算币别#编码, (明细信息)物料编码#名称 ... A column
*Split*1 / 间隔列, empty all the way down, separates the head from the entry. THE HEAD IS FILLED ON THE
FIRST DATA ROW ONLY; the rows under it carry entry fields only (one row per line). The head's values as
K/3 Cloud stores them: 单据类型 CGDD01_SYS / 标准采购订单, 单据状态 已审核, the settlement currency as its
code PRE001 beside its name 人民币, the 付款条件 by name, the whole order's 价税合计 / 税额 / 金额 in the
(财务信息) columns. The entry: FPOOrderEntry (the entry's internal id, 100561, 100562 ...), 物料编码 in
K/3 Cloud's dotted level codes (01.03.0112) and its name, 规格型号, 采购单位 and 采购数量 beside 计价单位 and
计价数量 (the same figures again), 单价 and 含税单价 as numbers shown with K/3 Cloud's six price decimals
(7.200000), 税率%, 税额, 金额, 价税合计, 交货日期 (real dates), 交货地址 on every line, 备注 and
源单编号 (the requisition it came from: CGSQ000912). Frozen at C3, every column filtered.

Truth: the PO number (单据头)单据编号; the order date (单据头)采购日期; the requested delivery date the
earliest (明细信息)交货日期; the currency CNY (PRE001 = 人民币); the buyer (单据头)采购组织#名称; the
supplier (单据头)供应商#名称 (us); the ship-to address (明细信息)交货地址; the payment terms
(财务信息)付款条件#名称; the total (财务信息)价税合计 (= the sum of the lines); per line the part number
物料编码#编码, the description 物料编码#名称 and 规格型号 joined with a space, the unit 采购单位#名称, the
quantity 采购数量, the unit price 含税单价 and the amount 价税合计 (= quantity x price).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "采购订单_CGDD002731.xlsx"
BUYER = "重庆渝德机电设备有限公司"
PO = "CGDD002731"
ORDER_DATE = dt.datetime(2026, 12, 8)
ADDRESS = "重庆市璧山区璧泉街道剑山路118号渝德机电2号库"
TERMS = "月结45天"
TAX = Decimal("1.13")
CENT = Decimal("0.01")
FIXED_TIME = dt.datetime(2026, 12, 8, 15, 20, 0)
DEC18, DEC28, JAN08 = dt.datetime(2026, 12, 18), dt.datetime(2026, 12, 28), dt.datetime(2027, 1, 8)
# 物料编码, 名称, 规格型号, 采购单位, 采购数量, 含税单价, 交货日期, 备注
ITEMS = [
    ("01.03.0112", "深沟球轴承", "6204-2RS", "套", "600", "5.80", DEC18, ""),
    ("01.03.0118", "深沟球轴承", "6206-ZZ/C3", "套", "300", "9.40", DEC18, ""),
    ("01.03.0241", "外球面轴承", "UCP206", "套", "120", "23.60", DEC18, ""),
    ("01.05.0036", "滚筒轴", "Φ25×620 45#", "根", "80", "46.50", DEC28, "按图YD-GT-0620"),
    ("02.01.0009", "链轮", "08B-1 Z17 孔25", "个", "160", "18.40", DEC28, ""),
    ("02.01.0015", "滚子链", "08B-1 5米/盒", "盒", "40", "96.00", DEC28, ""),
    ("02.02.0103", "同步带", "T10-1250-50", "条", "30", "88.50", DEC28, ""),
    ("02.03.0007", "减速电机", "RV40-30-0.37kW", "台", "12", "1265.00", JAN08, "带法兰输出"),
    ("03.01.0521", "六角头螺栓", "M12×40 8.8级 镀锌", "个", "3000", "0.42", DEC18, ""),
    ("03.01.0530", "六角螺母", "M12 8级 镀锌", "个", "3000", "0.12", DEC18, ""),
    ("03.02.0014", "弹簧垫圈", "M12 镀锌", "个", "3000", "0.04", DEC18, ""),
    ("04.01.0062", "聚氨酯包胶滚筒", "Φ89×500", "根", "24", "168.00", JAN08, "包胶厚5mm"),
    ("04.02.0008", "输送带", "PVC 2mm 绿色 B500", "米", "65.5", "72.00", DEC28, ""),
    ("05.01.0104", "铝型材", "4080 国标", "kg", "212.4", "26.50", DEC28, "定尺6米"),
    ("05.02.0033", "脚杯", "M16×100 Φ80", "个", "96", "6.80", DEC18, ""),
]
ENTRY_IDS = range(100561, 100561 + len(ITEMS))
HEAD = [  # key, caption, first-row value
    ("FBillHead(PUR_PurchaseOrder)", "单据头(序号)", 1),
    ("FBillTypeID#Number", "(单据头)单据类型#编码", "CGDD01_SYS"),
    ("FBillTypeID#Name", "(单据头)单据类型#名称", "标准采购订单"),
    ("FBillNo", "(单据头)单据编号", PO),
    ("FDate", "(单据头)采购日期", ORDER_DATE),
    ("FSupplierId#Number", "(单据头)供应商#编码", "VEN00318"),
    ("FSupplierId#Name", "(单据头)供应商#名称", OUR_NAME_ZH),
    ("FPurchaseOrgId#Number", "(单据头)采购组织#编码", "100"),
    ("FPurchaseOrgId#Name", "(单据头)采购组织#名称", BUYER),
    ("FPurchaseDeptId#Name", "(单据头)采购部门#名称", "采购部"),
    ("FPurchaserId#Name", "(单据头)采购员#名称", "何志勇"),
    ("FDocumentStatus", "(单据头)单据状态", "已审核"),
    ("FSettleCurrId#Number", "(财务信息)结算币别#编码", "PRE001"),
    ("FSettleCurrId#Name", "(财务信息)结算币别#名称", "人民币"),
    ("FPayConditionId#Name", "(财务信息)付款条件#名称", TERMS),
    ("FBillAllAmount", "(财务信息)价税合计", None),  # filled with the figures
    ("FBillTaxAmount", "(财务信息)税额", None),
    ("FBillAmount", "(财务信息)金额", None),
]
SPLIT = ("*Split*1", "间隔列")
ENTRY = [  # key, caption
    ("FPOOrderEntry", "明细信息(序号)"),
    ("FMaterialId#Number", "(明细信息)物料编码#编码"),
    ("FMaterialId#Name", "(明细信息)物料编码#名称"),
    ("FModel", "(明细信息)规格型号"),
    ("FUnitId#Name", "(明细信息)采购单位#名称"),
    ("FQty", "(明细信息)采购数量"),
    ("FPriceUnitId#Name", "(明细信息)计价单位#名称"),
    ("FPriceUnitQty", "(明细信息)计价数量"),
    ("FPrice", "(明细信息)单价"),
    ("FTaxPrice", "(明细信息)含税单价"),
    ("FEntryTaxRate", "(明细信息)税率%"),
    ("FEntryTaxAmount", "(明细信息)税额"),
    ("FEntryAmount", "(明细信息)金额"),
    ("FAllAmount", "(明细信息)价税合计"),
    ("FDeliveryDate", "(明细信息)交货日期"),
    ("FLocationAddress", "(明细信息)交货地址"),
    ("FEntryNote", "(明细信息)备注"),
    ("FSrcBillNo", "(明细信息)源单编号"),
]
FORMATS = {  # caption -> number format
    "(单据头)采购日期": "yyyy-mm-dd",
    "(明细信息)交货日期": "yyyy-mm-dd",
    "(明细信息)单价": "0.000000",
    "(明细信息)含税单价": "0.000000",
    "(明细信息)采购数量": "0.00",
    "(明细信息)计价数量": "0.00",
}


def _gross(item: tuple) -> Decimal:
    return amount(item[4], item[5])


def _excl(item: tuple) -> Decimal:
    return (_gross(item) / TAX).quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((_gross(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE.date(),
        delivery=min(item[6] for item in ITEMS).date(),
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, price, _, _ in ITEMS
        ],
    )


def _head_values() -> list[object]:
    excl = sum((_excl(item) for item in ITEMS), Decimal(0))
    figures = {"FBillAllAmount": total(), "FBillTaxAmount": total() - excl, "FBillAmount": excl}
    return [float(figures[key]) if key in figures else value for key, _, value in HEAD]


def _entry_values(entry_id: int, item: tuple) -> list[object]:
    code, name, spec, unit, qty, price, due, note = item
    excl = _excl(item)
    return [
        entry_id,
        code,
        name,
        spec,
        unit,
        float(Decimal(qty)),
        unit,
        float(Decimal(qty)),
        float((Decimal(price) / TAX).quantize(Decimal("0.000001"), ROUND_HALF_UP)),
        float(Decimal(price)),
        13.0,
        float(_gross(item) - excl),
        float(excl),
        float(_gross(item)),
        due,
        ADDRESS,
        note or None,
        "CGSQ000912",
    ]


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Kingdee"
    workbook.properties.lastModifiedBy = "何志勇"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "采购订单"
    keys = [key for key, _, _ in HEAD] + [SPLIT[0]] + [key for key, _ in ENTRY]
    captions = [caption for _, caption, _ in HEAD] + [SPLIT[1]] + [caption for _, caption in ENTRY]
    sheet.append(keys)
    sheet.append(captions)
    for n, (entry_id, item) in enumerate(zip(ENTRY_IDS, ITEMS, strict=True)):
        head = _head_values() if n == 0 else [None] * len(HEAD)
        sheet.append([*head, None, *_entry_values(entry_id, item)])
    grey, blue = PatternFill("solid", fgColor="D9D9D9"), PatternFill("solid", fgColor="DDEBF7")
    for col, caption in enumerate(captions, start=1):
        key_cell, caption_cell = sheet.cell(1, col), sheet.cell(2, col)
        key_cell.font, key_cell.fill = Font(color="808080", size=9), grey
        caption_cell.font, caption_cell.fill = Font(bold=True, size=10), blue
        caption_cell.alignment = Alignment(horizontal="center")
        letter = key_cell.column_letter
        sheet.column_dimensions[letter].width = max(10, min(34, len(caption) * 2))
        number_format = FORMATS.get(caption)
        if number_format:
            for row in range(3, 3 + len(ITEMS)):
                sheet.cell(row, col).number_format = number_format
    sheet.freeze_panes = "C3"
    sheet.auto_filter.ref = f"A2:{sheet.cell(2, len(captions)).column_letter}{2 + len(ITEMS)}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
