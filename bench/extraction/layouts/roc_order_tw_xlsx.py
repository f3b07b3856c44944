"""Unseen layout: a Hsinchu equipment maker's own Excel 訂購單 to us in NT$, Minguo-dated, stamp row.

竹晟精密機電股份有限公司 (Hsinchu; wafer-handling equipment) buys parts from us with the 訂購單 workbook
its 採購課 keeps in Excel (Traditional Chinese), mailed as .xlsx. What the sheet 訂購單 holds: the company
and its address, 統一編號 and phone over merged cells; 訂　購　單 centred; label cells with merged values in
two columns: 廠商名稱 (us, typed in Traditional characters), 聯絡人, 電話, 付款條件 月結60天, 交貨地點
(the plant's warehouse) on the left; 訂購單號, 訂購日期 typed as a Minguo date in one text cell
(115年12月15日), 交貨日期 a real date shown in the Minguo calendar ([$-404]e/mm/dd: 116/01/20), 幣別
新台幣 NTD on the right; the table 項次 | 料號 | 品名規格 | 數量 | 單位 | 單價 | 金額 | 備註 with 金額
formulas (cached values) and one HIDDEN column between 金額 and 備註 with the buyer's 內部成本 (its
landed cost per unit, not for the supplier's eyes); 未稅合計, 營業稅 5% (=ROUND(...,0): whole NT$) and
總計 as formulas; notes; and the stamp row 核准 / 審核 / 承辦 with boxes under it.

Truth: the PO number 訂購單號; the order date 訂購日期 (115年 is 2026); the requested delivery date 交貨日期
(the cell's date); the currency TWD; the buyer the company on row 1; the supplier 廠商名稱 as typed
(Traditional); the ship-to address 交貨地點; the payment terms 付款條件; the total 總計 (營業稅 included: the
buyer's form adds the 5% business tax, so the total is not the lines' sum); per line the part number 料號,
the description 品名規格, the quantity 數量, the unit 單位, the unit price 單價 and the amount 金額.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples.zip_bytes import freeze

FILENAME = "訂購單_CS1151215-007.xlsx"
BUYER = "竹晟精密機電股份有限公司"
SUPPLIER = "蘇州啟航精工科技有限公司"  # our name as the clerk typed it, in Traditional characters
PO = "CS1151215-007"
ORDER_DATE = dt.date(2026, 12, 15)
ORDER_DATE_TEXT = "115年12月15日"
DELIVERY = dt.date(2027, 1, 20)
ADDRESS = "新竹縣湖口鄉新竹工業區光復北路12號 竹晟二廠倉庫"
TERMS = "月結60天"
SHEET = "訂購單"
FIXED_TIME = dt.datetime(2026, 12, 15, 10, 5, 0)
FIRST_ROW = 12
FONT = "新細明體"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = PatternFill("solid", fgColor="E2EFDA")
# 料號, 品名規格, 數量, 單位, 單價, 內部成本 (hidden), 備註
ITEMS = [
    ("A1-BRG-6205", "深溝滾珠軸承 6205-2RS C3", "800", "PCS", "29.50", "31.8", ""),
    ("A1-BRG-6806", "薄型軸承 6806ZZ 30×42×7", "400", "PCS", "43.00", "46.2", ""),
    ("A2-LM-HGR15-800", "線性滑軌 HGR15 L=800mm", "60", "支", "698.00", "752", "附螺絲"),
    ("A2-LM-HGH15CA", "滑塊 HGH15CA 標準預壓", "120", "個", "309.00", "333", ""),
    ("A3-SC-M5X12", "內六角螺絲 M5×12 SUS304", "20", "盒", "205.00", "221", "100PCS/盒"),
    ("A3-NUT-M5", "六角螺帽 M5 SUS304", "15", "盒", "91.20", "98.5", "100PCS/盒"),
    ("A4-ORG-P22", "O型環 P22 FKM", "1000", "PCS", "5.10", "5.6", ""),
    ("A4-SEAL-2535", "油封 TC 25×35×7 NBR", "300", "PCS", "12.20", "13.1", ""),
    ("A5-BLT-S3M-384", "時規皮帶 S3M-384 寬10", "200", "條", "78.40", "84.3", ""),
    ("A5-PUL-S3M20", "時規皮帶輪 S3M 20T 鋁合金", "200", "個", "125.00", "134.5", ""),
    ("A6-SFT-10-300", "精密導桿 φ10×300 SUJ2 鍍硬鉻", "150", "支", "152.00", "163.4", ""),
    ("A7-GRS-AFB", "潤滑脂 AFB-LF 70g", "50", "條", "179.20", "192.6", "效期需12個月以上"),
]
COLUMNS = "ABCDEFGHI"  # 項次 料號 品名規格 數量 單位 單價 金額 內部成本(hidden) 備註
TAX_RATE = Decimal("0.05")


def line_amount(item: tuple) -> Decimal:
    return amount(item[2], item[4])


def subtotal() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def tax() -> Decimal:
    return (subtotal() * TAX_RATE).quantize(Decimal(1), ROUND_HALF_UP)  # whole NT$, as =ROUND(...,0)


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=name,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=line_amount(item),
        )
        for n, item in enumerate(ITEMS, start=1)
        for code, name, qty, unit, price, _, _ in [item]
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="TWD",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=SUPPLIER),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=subtotal() + tax(),
        lines=lines,
    )


def _merge(sheet, cells: str, value, bold: bool = False, size: int = 11, **style) -> None:
    if ":" in cells:
        sheet.merge_cells(cells)
    first = sheet[cells.split(":")[0]]
    first.value = value
    first.font = Font(name=FONT, bold=bold, size=size)
    for key, setting in style.items():
        setattr(first, key, setting)


def _frame(sheet, cells: str) -> None:
    for row in sheet[cells]:
        for cell in row:
            cell.border = BOX


def _head(sheet) -> None:
    centre = Alignment(horizontal="center", vertical="center")
    _merge(sheet, "A1:I1", BUYER, bold=True, size=16, alignment=centre)
    address = "303 新竹縣湖口鄉光復北路12號　統一編號：53917428　TEL：03-598-1266　FAX：03-598-1270"
    _merge(sheet, "A2:I2", address, size=9, alignment=centre)
    _merge(sheet, "A3:I3", "訂　購　單", bold=True, size=18, alignment=centre)
    sheet.row_dimensions[3].height = 30
    left = [
        (5, "廠商名稱", SUPPLIER),
        (6, "聯絡人", "王經理"),
        (7, "電話", "+86-512-6651-2280"),
        (8, "付款條件", TERMS),
        (9, "交貨地點", ADDRESS),
    ]
    right = [
        (5, "訂購單號", PO),
        (6, "訂購日期", ORDER_DATE_TEXT),
        (7, "交貨日期", DELIVERY),
        (8, "幣別", "新台幣 NTD"),
        (9, "採購人員", "林怡君 分機 236"),
    ]
    for row, label, value in left:
        _merge(sheet, f"A{row}:B{row}", label, fill=FILL, alignment=centre)
        _merge(sheet, f"C{row}:D{row}", value, alignment=Alignment(vertical="center", wrap_text=True))
        _frame(sheet, f"A{row}:D{row}")
    for row, label, value in right:
        _merge(sheet, f"E{row}", label, fill=FILL, alignment=centre)
        _merge(sheet, f"F{row}:I{row}", value, alignment=Alignment(horizontal="left", vertical="center"))
        _frame(sheet, f"E{row}:I{row}")
    sheet["F7"].number_format = "[$-404]e/mm/dd"
    sheet.row_dimensions[9].height = 30


def _table(sheet) -> tuple[int, dict[str, float]]:
    heads = ["項次", "料號", "品名規格", "數量", "單位", "單價", "金額", "內部成本", "備註"]
    for col, text in zip(COLUMNS, heads, strict=True):
        _merge(
            sheet,
            f"{col}{FIRST_ROW - 1}",
            text,
            bold=True,
            fill=FILL,
            border=BOX,
            alignment=Alignment(horizontal="center"),
        )
    cached: dict[str, float] = {}
    for k, item in enumerate(ITEMS):
        row = FIRST_ROW + k
        code, name, qty, unit, price, cost, note = item
        values = [
            k + 1,
            code,
            name,
            int(qty),
            unit,
            float(Decimal(price)),
            f"=D{row}*F{row}",
            float(Decimal(cost)),
            note or None,
        ]
        cached[f"G{row}"] = float(line_amount(item))
        for col, value in zip(COLUMNS, values, strict=True):
            cell = sheet[f"{col}{row}"]
            cell.value = value
            cell.font = Font(name=FONT, size=11)
            cell.border = BOX
            cell.number_format = {"D": "#,##0", "F": "#,##0.00", "G": "#,##0.00", "H": "#,##0.0"}.get(
                col, "General"
            )
            if col in "AE":
                cell.alignment = Alignment(horizontal="center")
    last = FIRST_ROW + len(ITEMS) - 1
    row = last + 1
    sums = [
        ("未稅合計", f"=SUM(G{FIRST_ROW}:G{last})", float(subtotal())),
        ("營業稅 5%", f"=ROUND(G{row}*0.05,0)", float(tax())),
        ("總計", f"=G{row}+G{row + 1}", float(subtotal() + tax())),
    ]
    for k, (text, formula, value) in enumerate(sums):
        r = row + k
        _merge(sheet, f"E{r}:F{r}", text, bold=k == 2, fill=FILL, alignment=Alignment(horizontal="center"))
        _frame(sheet, f"E{r}:F{r}")
        sheet[f"G{r}"] = formula
        sheet[f"G{r}"].number_format = "#,##0.00"
        sheet[f"G{r}"].font = Font(name=FONT, bold=k == 2, size=11)
        sheet[f"G{r}"].border = BOX
        cached[f"G{r}"] = value
    notes = (
        "注意事項：1.請於出貨前通知本公司採購人員。2.送貨單及發票請註明本訂購單號。"
        "3.交期如有延誤請提前告知。4.品質不符者，本公司得退貨。"
    )
    _merge(sheet, f"A{row}:D{row + 2}", notes, size=9, alignment=Alignment(wrap_text=True, vertical="top"))
    _frame(sheet, f"A{row}:D{row + 2}")
    stamp = row + 4
    for cols, title in (("A:B", "核准"), ("C:C", "審核"), ("D:E", "承辦")):
        first, end = cols.split(":")
        _merge(
            sheet,
            f"{first}{stamp}:{end}{stamp}" if first != end else f"{first}{stamp}",
            title,
            fill=FILL,
            alignment=Alignment(horizontal="center"),
        )
        _merge(sheet, f"{first}{stamp + 1}:{end}{stamp + 2}", None)
        _frame(sheet, f"{first}{stamp}:{end}{stamp + 2}")
    sheet[f"D{stamp + 1}"].value = "林怡君"
    sheet[f"D{stamp + 1}"].font = Font(name=FONT, size=11, color="C00000")
    sheet[f"D{stamp + 1}"].alignment = Alignment(horizontal="center", vertical="center")
    return stamp + 2, cached


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "yijun.lin"
    workbook.properties.lastModifiedBy = "yijun.lin"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = SHEET
    widths = {"A": 6, "B": 18, "C": 30, "D": 9, "E": 10, "F": 10, "G": 12, "H": 11, "I": 16}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    sheet.column_dimensions["H"].hidden = True  # the buyer's internal cost: hidden before mailing
    _head(sheet)
    last, cached = _table(sheet)
    sheet.print_area = f"A1:I{last}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
