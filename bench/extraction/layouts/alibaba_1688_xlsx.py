"""Unseen layout: a Yiwu trader's 1688 purchase, the platform's 订单导出 Excel, one row per order line.

义乌市恒联五金贸易有限公司 buys from us on 阿里巴巴 1688 and its clerk, instead of a purchase order, mails
the buyer workbench's order export (已买到的货品 → 批量导出): ONE sheet whose bold header row names the
platform's columns and whose every row is one 货品 (order line) with the order's fields repeated:
订单编号 (a 19-digit number, written as text so Excel keeps it), 买家公司名, 买家会员名, 卖家公司名 (us),
卖家会员名, the order-level money 货品总价(元), 运费(元), 涨价或折扣(元) (the seller's price change, negative)
and 实付款(元), 订单状态 等待卖家发货, 下单时间 and 付款时间 as text with the time (2026-12-15 10:32:05),
收货人, 收货地址 (province to door in one cell), 邮编, 联系手机; then the line's 货品标题 (the listing's long
marketing title), 单品货号 (our SKU code), SKU属性 (颜色:黑色;尺寸:M8×30), 单价(元), 数量, 单位 and
退款状态; 买家留言 on every row. Numbers are numbers (0.00 formats); the pane is frozen under the header.
One line was refunded before shipping (退款状态 退款成功): it stays in the export and in 货品总价.

Truth: the PO number 订单编号; the order date 下单时间's date; no requested delivery date (the platform
has none); the currency CNY (元); the buyer 买家公司名; the supplier 卖家公司名 (us); the ship-to address
收货地址; no payment terms (paid on the platform); no total: 货品总价 and 实付款 are the platform's order
figures and still count the refunded line (and 实付款 the freight and the price change), so a clerk lets
the ERP add up the lines; per line the part number 单品货号, the description 货品标题 and SKU属性 joined
with a space, the quantity 数量, the unit 单位, the unit price 单价(元) and no amount (the export has no
line amount). The refunded line is no order line.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_ZH, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "1688订单导出_2389451267045318821.xlsx"
BUYER = "义乌市恒联五金贸易有限公司"
PO = "2389451267045318821"
ORDERED = "2026-12-15 10:32:05"
PAID = "2026-12-15 10:35:47"
ADDRESS = "浙江省 金华市 义乌市 福田街道 国际商贸城五区东门外 恒联五金仓库2号门"
FREIGHT, CHANGE = Decimal("35.00"), Decimal("-120.00")
MESSAGE = "请按SKU分箱包装，外箱贴订单号；发德邦物流到付。"
# 货品标题, 单品货号, SKU属性, 单位, 数量, 单价, 退款状态
ROWS = [
    (
        "厂家直销 深沟球轴承 6204-2RS 双面胶封 高速静音 电机轴承 P5级",
        "QH-6204-2RS",
        "型号:6204-2RS;精度:P5",
        "个",
        "2000",
        "1.35",
        "",
    ),
    (
        "厂家直销 深沟球轴承 6204-2RS 双面胶封 高速静音 电机轴承 P5级",
        "QH-6205-2RS",
        "型号:6205-2RS;精度:P5",
        "个",
        "1500",
        "1.62",
        "",
    ),
    (
        "12.9级 黑色内六角螺丝 圆柱头杯头螺栓 高强度合金钢 M3-M20 全规格",
        "QH-HS-M830",
        "颜色:黑色;尺寸:M8×30",
        "个",
        "10000",
        "0.085",
        "",
    ),
    (
        "12.9级 黑色内六角螺丝 圆柱头杯头螺栓 高强度合金钢 M3-M20 全规格",
        "QH-HS-M1040",
        "颜色:黑色;尺寸:M10×40",
        "个",
        "6000",
        "0.16",
        "",
    ),
    (
        "304不锈钢平垫片 加厚平垫圈 金属垫片 M3-M24",
        "QH-FW-M8",
        "材质:304不锈钢;尺寸:M8",
        "个",
        "20000",
        "0.018",
        "",
    ),
    (
        "304不锈钢平垫片 加厚平垫圈 金属垫片 M3-M24",
        "QH-FW-M10",
        "材质:304不锈钢;尺寸:M10",
        "个",
        "10000",
        "0.026",
        "退款成功",
    ),
    (
        "骨架油封 TC双唇 丁腈橡胶耐油密封圈 工业油封 现货",
        "QH-TC-254007",
        "材质:NBR;尺寸:25×40×7",
        "个",
        "3000",
        "0.42",
        "",
    ),
    (
        "O型圈 氟橡胶耐高温 耐油耐腐蚀密封圈 各种规格可定制",
        "QH-OR-2024",
        "材质:氟橡胶FKM;尺寸:20×2.4",
        "个",
        "5000",
        "0.15",
        "",
    ),
    (
        "液压油管总成 高压钢丝编织胶管 扣压接头 两层钢丝",
        "QH-HP-10-1000",
        "规格:2SN DN10;长度:1000mm",
        "根",
        "300",
        "18.50",
        "",
    ),
    (
        "锂基润滑脂 黄油 高温耐磨 机械轴承润滑脂 15kg/桶",
        "QH-GR-EP2-15",
        "型号:EP2;包装:15kg/桶",
        "桶",
        "20",
        "236.00",
        "",
    ),
    (
        "不锈钢圆柱销 定位销 实心销钉 304材质 GB119",
        "QH-PIN-6X20",
        "尺寸:6×20;材质:304",
        "个",
        "8000",
        "0.045",
        "",
    ),
    (
        "直角快插接头 气管快速接头 塑料黑色 PL系列",
        "QH-PL-8-02",
        "型号:PL8-02;颜色:黑色",
        "个",
        "1200",
        "0.95",
        "",
    ),
    (
        "尼龙扎带 自锁式束线带 黑色 耐候 4×200 1000条/包",
        "QH-CT-4200",
        "颜色:黑色;规格:4×200",
        "包",
        "60",
        "12.80",
        "",
    ),
]
ITEMS = [row for row in ROWS if row[6] != "退款成功"]
COLUMNS = [  # header, width, number format
    ("订单编号", 22, "@"),
    ("买家公司名", 26, None),
    ("买家会员名", 14, None),
    ("卖家公司名", 28, None),
    ("卖家会员名", 14, None),
    ("货品总价(元)", 12, "0.00"),
    ("运费(元)", 9, "0.00"),
    ("涨价或折扣(元)", 12, "0.00"),
    ("实付款(元)", 12, "0.00"),
    ("订单状态", 12, None),
    ("下单时间", 19, None),
    ("付款时间", 19, None),
    ("收货人", 8, None),
    ("收货地址", 48, None),
    ("邮编", 8, None),
    ("联系手机", 13, None),
    ("货品标题", 52, None),
    ("单品货号", 15, None),
    ("SKU属性", 26, None),
    ("单价(元)", 9, "0.00##"),
    ("数量", 8, "0"),
    ("单位", 6, None),
    ("退款状态", 10, None),
    ("买家留言", 40, None),
]
FIXED_TIME = dt.datetime(2026, 12, 15, 11, 2, 0)


def goods_total() -> Decimal:
    """货品总价: every line as ordered, the refunded one too."""
    return sum((amount(qty, price) for *_, qty, price, _ in ROWS), Decimal(0))


def paid() -> Decimal:
    return goods_total() + FREIGHT + CHANGE


def expected() -> PurchaseOrder:
    po = order(
        po_number=PO,
        order_date=dt.date(2026, 12, 15),
        delivery=None,
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=None,
        lines=[
            (code, f"{title} {sku}", qty, unit, price, f"{amount(qty, price)}")
            for title, code, sku, unit, qty, price, _ in ITEMS
        ],
    )
    lines = [line.model_copy(update={"amount": None}) for line in po.lines]
    return po.model_copy(update={"lines": lines, "total_amount": None})  # no line amounts, no lines' total


def rows() -> list[list[object]]:
    head = [PO, BUYER, "henglianwujin", OUR_NAME_ZH, "qihangjinggong"]
    money = [float(goods_total()), float(FREIGHT), float(CHANGE), float(paid()), "等待卖家发货"]
    receiver = [ORDERED, PAID, "王建华", ADDRESS, "322000", "13857912468"]
    out = []
    for title, code, sku, unit, qty, price, refund in ROWS:
        line = [title, code, sku, float(Decimal(price)), int(qty), unit, refund or None, MESSAGE]
        out.append([*head, *money, *receiver, *line])
    return out


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "1688"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "订单列表"
    for col, (title, width, _) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col, value=title)
        cell.font = Font(name="宋体", bold=True, size=11)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.column_dimensions[get_column_letter(col)].width = width
    for r, values in enumerate(rows(), start=2):
        for col, (value, (_, _, number_format)) in enumerate(zip(values, COLUMNS, strict=True), start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            cell.font = Font(name="宋体", size=11)
            if number_format:
                cell.number_format = number_format
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
