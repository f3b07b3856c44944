"""Unseen layout: a Nagano machine builder's own Excel 注文書 to us in JPY, era-dated, with a seal box.

株式会社小林精機製作所 (Suwa, Nagano; labelling and inspection machines) buys parts from us delivered
duty paid to its plant and orders with the 注文書 workbook its 購買課 keeps in Excel, mailed as .xlsx.
What the sheet 注文書 holds: 注　文　書 centred over merged cells; our English name with 御中 after it,
underlined, top left; 注文番号 KB-2612-0153 and 注文日 as Japanese era text typed into one cell
(令和8年12月15日) top right; 下記の通り注文いたします。; the buyer's block on the right (company, 〒 and
address, TEL/FAX, 担当) with a bordered 印 seal box beside the name and the 承認 / 検印 / 担当 stamp
boxes under it; on the left label cells with merged values: ご注文金額（税込） (=the 合計金額 cell, shown
¥#,##0), 納期 a real date shown 2027年1月20日, 納入場所, 支払条件 月末締め翌月末払い, 受渡条件; the table
No. | 品番 | 品名 | 規格 | 数量 | 単位 (個, 本, 式, 箱, kg) | 単価 (whole yen; some with decimals 8.5,
96.5) | 金額 (=E*G formulas with cached values, #,##0) | 備考; three empty ruled form rows under the
lines; 小計 (SUM), 消費税(10%) (ROUNDDOWN, as Japanese firms round the tax) and 合計金額; a 備考 box;
and a second sheet 注意事項 with numbered conditions.

Truth: the PO number 注文番号; the order date 注文日 (令和8年 is 2026); the requested delivery date 納期
(the cell's date); the currency JPY; the buyer the company in the buyer's block; the supplier our name
without 御中; the ship-to address 納入場所; the payment terms 支払条件; the total 合計金額 (tax included,
so not the lines' sum: 小計 + 消費税); per line the part number 品番, the description 品名 and 規格
joined with a space, the quantity 数量, the unit 単位, the unit price 単価 and the amount 金額.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_DOWN, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from bench.extraction.layouts._cached_formulas import with_cached_values
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples.sample import OUR_NAME_EN
from orderbridge.samples.zip_bytes import freeze

FILENAME = "注文書_KB-2612-0153.xlsx"
BUYER = "株式会社小林精機製作所"
PO = "KB-2612-0153"
ORDER_DATE = dt.date(2026, 12, 15)
ORDER_DATE_TEXT = "令和8年12月15日"
DELIVERY = dt.date(2027, 1, 20)
ADDRESS = "〒392-0012 長野県諏訪市四賀2970-1 小林精機製作所 本社工場 資材受入口"
TERMS = "月末締め翌月末払い"
SHEET = "注文書"
FIXED_TIME = dt.datetime(2026, 12, 15, 9, 40, 0)
FIRST_ROW = 17
BLANK_ROWS = 3
FONT = "ＭＳ Ｐゴシック"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
# 品番, 品名, 規格, 数量, 単位, 単価, 備考
ITEMS = [
    ("KSP-10231", "六角穴付ボルト", "M6×20 SCM435 黒染", "2000", "本", "8.5", ""),
    ("KSP-10244", "平行ピン", "φ6×30 h7 SUJ2", "1000", "本", "14.2", ""),
    ("KSP-20108", "リニアブッシュ", "LM12UU", "200", "個", "386", ""),
    ("KSP-20115", "深溝玉軸受", "6202ZZ C3", "500", "個", "118", ""),
    ("KSP-30021", "タイミングプーリ", "S3M 20T 幅10 アルミ", "150", "個", "640", ""),
    ("KSP-30044", "タイミングベルト", "S3M-420 幅10", "150", "本", "385", ""),
    ("KSP-40102", "六角ナット", "M8 1種 三価クロメート (1箱1000個入)", "50", "箱", "1250", ""),
    ("KSP-40110", "ばね座金", "M8 三価クロメート (1箱1000個入)", "30", "箱", "980", ""),
    (
        "KSP-50007",
        "精密シャフト",
        "φ12×250 SUJ2 高周波焼入 硬質クロム",
        "120",
        "本",
        "2150",
        "図面 KS-50007-B",
    ),
    ("KSP-50019", "カラー", "φ12×φ18×10 S45C 無電解ニッケル", "400", "個", "96.5", ""),
    ("KSP-60011", "グリース", "リチウム系 No.2 16kg缶", "16", "kg", "1180.5", ""),
    ("KSP-70015", "検査治具", "図番 JG-2612 一式", "1", "式", "185000", "検収後支払"),
    ("KSP-80021", "Oリング", "P18 NBR-70", "1000", "個", "12.8", ""),
    ("KSP-80026", "Oリング", "G40 FKM", "300", "個", "46.3", ""),
]


def line_amount(item: tuple) -> Decimal:
    value = amount(item[3], item[5])
    assert value == value.to_integral_value(), item  # yen: the print has no decimals
    return value


def subtotal() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def tax() -> Decimal:
    return (subtotal() * Decimal("0.10")).quantize(Decimal(1), ROUND_DOWN)


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=f"{name} {spec}",
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=line_amount(item),
        )
        for n, item in enumerate(ITEMS, start=1)
        for code, name, spec, qty, unit, price, _ in [item]
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="JPY",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=subtotal() + tax(),
        lines=lines,
    )


def _merge(sheet, cells: str, value, **style) -> None:
    if ":" in cells:
        sheet.merge_cells(cells)
    first = sheet[cells.split(":")[0]]
    first.value = value
    for key, setting in style.items():
        setattr(first, key, setting)


def _frame(sheet, cells: str) -> None:
    for row in sheet[cells]:
        for cell in row:
            cell.border = BOX


def _head(sheet, total_row: int) -> None:
    centre = Alignment(horizontal="center", vertical="center")
    _merge(sheet, "A1:I1", "注　文　書", font=Font(name=FONT, bold=True, size=20), alignment=centre)
    sheet.row_dimensions[1].height = 34
    _merge(sheet, "A3:E3", f"{OUR_NAME_EN}　御中", font=Font(name=FONT, size=13, underline="single"))
    for row, label, value in ((3, "注文番号", PO), (4, "注文日", ORDER_DATE_TEXT)):
        _merge(sheet, f"G{row}", label, font=Font(name=FONT, size=10), alignment=centre, border=BOX)
        _merge(sheet, f"H{row}:I{row}", value, font=Font(name=FONT, size=11), alignment=centre)
        _frame(sheet, f"H{row}:I{row}")
    _merge(sheet, "A5:E5", "下記の通り注文いたします。", font=Font(name=FONT, size=10))
    company = [
        (6, BUYER, Font(name=FONT, bold=True, size=12)),
        (7, "〒392-0012 長野県諏訪市四賀2970-1", Font(name=FONT, size=9)),
        (8, "TEL 0266-52-4410　FAX 0266-52-4419", Font(name=FONT, size=9)),
        (9, "担当：購買課　佐藤 健一", Font(name=FONT, size=9)),
    ]
    for row, text, font in company:
        _merge(sheet, f"F{row}:H{row}", text, font=font)
    _merge(sheet, "I6:I7", "印", font=Font(name=FONT, size=14, color="C00000"), alignment=centre)
    _frame(sheet, "I6:I7")
    for col, title in zip("GHI", ("承認", "検印", "担当"), strict=True):
        _merge(sheet, f"{col}11", title, font=Font(name=FONT, size=9), alignment=centre, border=BOX)
        _merge(sheet, f"{col}12:{col}13", None, border=BOX)
        _frame(sheet, f"{col}12:{col}13")
    sheet["I12"].value = "佐藤"
    sheet["I12"].font = Font(name=FONT, size=9, color="C00000")
    sheet["I12"].alignment = centre
    fields = [
        (7, "ご注文金額（税込）", f"=H{total_row}"),
        (9, "納期", DELIVERY),
        (10, "納入場所", ADDRESS),
        (11, "支払条件", TERMS),
        (12, "受渡条件", "当社本社工場渡し（DDP・運賃諸掛込み）"),
    ]
    for row, label, value in fields:
        _merge(sheet, f"A{row}:B{row}", label, font=Font(name=FONT, size=10), fill=HEAD_FILL, border=BOX)
        _merge(
            sheet, f"C{row}:E{row}", value, font=Font(name=FONT, bold=row == 7, size=11 if row == 7 else 10)
        )
        _frame(sheet, f"A{row}:E{row}")
    sheet["C7"].number_format = '"¥"#,##0'
    sheet["C7"].alignment = Alignment(horizontal="left")
    sheet["C9"].number_format = 'yyyy"年"m"月"d"日"'
    sheet["C9"].alignment = Alignment(horizontal="left")
    sheet["C10"].alignment = Alignment(wrap_text=True, vertical="center")
    sheet.row_dimensions[10].height = 28


def _table(sheet) -> tuple[int, dict[str, float]]:
    heads = ["No.", "品番", "品名", "規格", "数量", "単位", "単価", "金額", "備考"]
    for col, text in zip("ABCDEFGHI", heads, strict=True):
        _merge(
            sheet,
            f"{col}{FIRST_ROW - 1}",
            text,
            font=Font(name=FONT, bold=True, size=10),
            alignment=Alignment(horizontal="center"),
            fill=HEAD_FILL,
            border=BOX,
        )
    cached: dict[str, float] = {}
    for k, item in enumerate(ITEMS):
        row = FIRST_ROW + k
        code, name, spec, qty, unit, price, note = item
        whole = Decimal(price) == Decimal(price).to_integral_value()
        values = {
            "A": k + 1,
            "B": code,
            "C": name,
            "D": spec,
            "E": int(qty),
            "F": unit,
            "G": int(price) if whole else float(price),
            "H": f"=E{row}*G{row}",
            "I": note or None,
        }
        cached[f"H{row}"] = float(line_amount(item))
        for col, value in values.items():
            cell = sheet[f"{col}{row}"]
            cell.value = value
            cell.font = Font(name=FONT, size=10)
            cell.border = BOX
            if col in "EH":
                cell.number_format = "#,##0"
            elif col == "G":
                cell.number_format = "#,##0" if whole else "#,##0.0"
            elif col in "AF":
                cell.alignment = Alignment(horizontal="center")
    last = FIRST_ROW + len(ITEMS) - 1
    for row in range(last + 1, last + 1 + BLANK_ROWS):
        _frame(sheet, f"A{row}:I{row}")
    row = last + 1 + BLANK_ROWS
    sums = [
        ("小計", f"=SUM(H{FIRST_ROW}:H{last})", float(subtotal())),
        ("消費税(10%)", f"=ROUNDDOWN(H{row}*0.1,0)", float(tax())),
        ("合計金額", f"=H{row}+H{row + 1}", float(subtotal() + tax())),
    ]
    for k, (text, formula, value) in enumerate(sums):
        r = row + k
        _merge(sheet, f"F{r}:G{r}", text, font=Font(name=FONT, bold=k == 2, size=10), fill=HEAD_FILL)
        _frame(sheet, f"F{r}:G{r}")
        sheet[f"F{r}"].alignment = Alignment(horizontal="center")
        sheet[f"H{r}"] = formula
        sheet[f"H{r}"].number_format = "#,##0"
        sheet[f"H{r}"].font = Font(name=FONT, bold=k == 2, size=10)
        sheet[f"H{r}"].border = BOX
        cached[f"H{r}"] = value
    cached["C7"] = float(subtotal() + tax())
    remark = "備考：納品書・請求書には必ず注文番号を記載してください。検査成績書を添付のこと。"
    _merge(sheet, f"A{row}:E{row + 2}", remark, font=Font(name=FONT, size=9))
    sheet[f"A{row}"].alignment = Alignment(wrap_text=True, vertical="top")
    _frame(sheet, f"A{row}:E{row + 2}")
    return row + 2, cached


def _notes(workbook) -> None:
    sheet = workbook.create_sheet("注意事項")
    sheet.column_dimensions["A"].width = 100
    lines = [
        "注意事項",
        "1. 本注文書受領後3営業日以内に注文請書をご返送ください。",
        "2. 納期に遅れる恐れがある場合は、速やかに購買課へご連絡ください。",
        "3. 納品時は納品書（2部）に注文番号・品番を記載し、現品に添付してください。",
        "4. 受入検査で不合格となった品物は返品または手直しをお願いします。",
        "5. 請求書は毎月末締めで発行し、翌月5日までに必着でお送りください。",
    ]
    for n, text in enumerate(lines, start=1):
        sheet[f"A{n}"] = text
        sheet[f"A{n}"].font = Font(name=FONT, bold=n == 1, size=12 if n == 1 else 10)


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "sato-k"
    workbook.properties.lastModifiedBy = "sato-k"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = SHEET
    widths = {"A": 5, "B": 12, "C": 16, "D": 30, "E": 8, "F": 6, "G": 10, "H": 13, "I": 14}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    total_row = FIRST_ROW + len(ITEMS) + BLANK_ROWS + 2
    _head(sheet, total_row)
    last, cached = _table(sheet)
    if last != total_row:
        raise AssertionError((last, total_row))
    sheet.print_area = f"A1:I{last}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.sheet_view.showGridLines = False
    _notes(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
