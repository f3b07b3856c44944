"""Unseen layout: a Vietnamese machine builder's MISA ĐƠN MUA HÀNG exported to Excel, in USD.

CÔNG TY TNHH CƠ KHÍ AN PHÁT (Bình Dương) keeps its books in MISA SME; its buyer opens the đơn mua hàng's
print preview and exports it to Excel (the report viewer's "Xuất khẩu ra Excel"), then mails the workbook.
The export copies the printed page, not the data: one sheet "Đơn mua hàng" without gridlines; the company,
its address and Mã số thuế top left; ĐƠN MUA HÀNG / (PURCHASE ORDER) merged over the width, the date in
words under it (Ngày 11 tháng 12 năm 2026) and Số: DMH00458; label cells with Vietnamese and English
(Nhà cung cấp (Supplier):, Địa chỉ (Address):, Người liên hệ, Diễn giải, Điều khoản thanh toán (Payment
terms):, Ngày giao hàng (Delivery date):, Loại tiền (Currency): USD, Tỷ giá 25.380, Địa điểm giao hàng
(Delivery place):) beside merged value ranges; the lines under a head row whose captions are two lines
in one cell (Vietnamese over English: STT / No., Mã hàng / Item code, Tên hàng / Description (merged over
two columns), ĐVT / Unit, Số lượng / Quantity, Đơn giá / Unit price, Thành tiền / Amount, % thuế GTGT /
VAT rate, Tiền thuế GTGT / VAT amount, Ghi chú / Note); and EVERY figure a TEXT cell in the Vietnamese
format the viewer showed (a dot between thousands, a comma before decimals: 3.000, 0,1150, 1.176,00;
the delivery date as text 15/01/2027); units Cái / Bộ / Hộp / Sợi / Cuộn; names in Vietnamese with an
English gloss after a dash; VAT 0% (KCT) on an import; Cộng tiền hàng, Tiền thuế GTGT, Tổng tiền thanh
toán under the table, Số tiền viết bằng chữ in Vietnamese words (... đô la Mỹ và ... xu), the three
signature titles (Người lập phiếu, Kế toán trưởng, Giám đốc) with (Ký, họ tên) and the names.

Truth: the PO number Số (DMH00458); the order date the Ngày ... tháng ... năm line (2026-12-11); the
requested delivery date Ngày giao hàng (2027-01-15); the currency USD; the buyer the company on the first
row, as printed (upper case); the supplier Nhà cung cấp (us); the ship-to address Địa điểm giao hàng (the
warehouse, not the company's address on row 2); the payment terms Điều khoản thanh toán; the total Tổng tiền
thanh toán; per line the part number Mã hàng, the description Tên hàng as printed, the quantity Số
lượng (3.000 is three thousand), the unit ĐVT, the unit price Đơn giá and the amount Thành tiền.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_EN, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "DonMuaHang_DMH00458.xlsx"
BUYER = "CÔNG TY TNHH CƠ KHÍ AN PHÁT"
PO = "DMH00458"
ORDER_DATE = dt.date(2026, 12, 11)
DELIVERY = dt.date(2027, 1, 15)
ADDRESS = "Kho số 2, Lô C-15, KCN VSIP II, phường Hòa Phú, TP. Thủ Dầu Một, tỉnh Bình Dương"
TERMS = "Chuyển khoản (T/T) trong vòng 30 ngày kể từ ngày nhận hàng"
SHEET = "Đơn mua hàng"
FIXED_TIME = dt.datetime(2026, 12, 11, 15, 20, 44)
# Mã hàng, Tên hàng, ĐVT, Số lượng, Đơn giá, Ghi chú
ITEMS = [
    ("VT-VB-6205", "Vòng bi cầu 6205-2RS C3 - Ball bearing", "Cái", "1000", "0.9500", ""),
    ("VT-VB-6306", "Vòng bi cầu 6306-ZZ C3 - Ball bearing", "Cái", "400", "2.3500", ""),
    ("VT-VB-NU208", "Vòng bi đũa NU208 ECP - Cylindrical roller bearing", "Cái", "120", "9.8000", ""),
    ("VT-PT-TC3552", "Phớt chặn dầu TC 35x52x8 NBR - Oil seal", "Cái", "800", "0.4200", ""),
    ("VT-PT-OR1003", "Gioăng O-ring 100x3 FKM - O-ring", "Cái", "600", "0.5500", ""),
    ("VT-BL-M1240", "Bu lông lục giác M12x40 cấp 8.8 mạ kẽm - Hex bolt", "Cái", "3000", "0.1150", ""),
    ("VT-DA-M12", "Đai ốc M12 cấp 8 mạ kẽm - Hex nut", "Cái", "3000", "0.0450", ""),
    ("VT-LD-M12", "Long đen vênh M12 - Spring washer", "Cái", "3000", "0.0180", ""),
    ("VT-XC-10A1", "Xích con lăn 10A-1 (hộp 5 m) - Roller chain", "Hộp", "40", "18.6000", ""),
    ("VT-BX-10A19", "Bánh xích 10A-1 Z19 - Sprocket", "Bộ", "60", "7.2500", "Theo bản vẽ"),
    ("VT-DC-B68", "Dây curoa thang B-68 - V-belt", "Sợi", "100", "3.1500", ""),
    ("VT-OH-PU85", "Ống hơi PU 8x5 (cuộn 100 m) - PU tube", "Cuộn", "30", "21.5000", ""),
    ("VT-KN-PC802", "Khớp nối nhanh PC8-02 - Push-in fitting", "Cái", "500", "0.3800", ""),
    ("VT-MO-LGHP2", "Mỡ bôi trơn chịu nhiệt 2 kg - High-temp grease", "Hộp", "24", "32.4000", ""),
    ("VT-XL-SC32", "Xi lanh khí nén SC32x100 - Pneumatic cylinder", "Cái", "40", "24.7500", "Kèm CO, CQ"),
]
DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
GROUPS = ["", "nghìn", "triệu", "tỷ"]
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def vn(value: Decimal | str, places: int = 2) -> str:
    """A number as the Vietnamese viewer shows it: 1.176,00 (dot thousands, comma decimals)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _three(number: int, full: bool) -> str:
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units == 1 and tens >= 2:
        words.append("mốt")
    elif units == 5 and tens >= 1:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return " ".join(words)


def vn_words(number: int) -> str:
    """Vietnamese number words: 9342 -> chín nghìn ba trăm bốn mươi hai."""
    if number == 0:
        return "không"
    groups = []
    while number:
        number, rest = divmod(number, 1000)
        groups.append(rest)
    words = []
    for k in range(len(groups) - 1, -1, -1):
        if groups[k]:
            words.append(_three(groups[k], full=k < len(groups) - 1))
            if GROUPS[k]:
                words.append(GROUPS[k])
    return " ".join(words)


def in_words(value: Decimal) -> str:
    dollars, cents = divmod(int((value * 100).to_integral_value()), 100)
    text = f"{vn_words(dollars)} đô la Mỹ"
    if cents:
        text += f" và {vn_words(cents)} xu"
    return text[0].upper() + text[1:] + "."


def line_amount(item: tuple) -> Decimal:
    return amount(item[3], item[4])


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (code, name, qty, unit, price, f"{amount(qty, price)}")
            for code, name, unit, qty, price, _ in ITEMS
        ],
    )


def _merge(sheet, cells: str, value, **style) -> None:
    sheet.merge_cells(cells)
    first = sheet[cells.split(":")[0]]
    first.value = value
    for key, setting in style.items():
        setattr(first, key, setting)


def _head(sheet) -> int:
    _merge(sheet, "A1:F1", BUYER, font=Font(name="Times New Roman", bold=True, size=11))
    _merge(
        sheet,
        "A2:F2",
        "Địa chỉ: Lô C-12, KCN VSIP II, phường Hòa Phú, TP. Thủ Dầu Một, tỉnh Bình Dương",
        font=Font(name="Times New Roman", size=9),
    )
    _merge(
        sheet,
        "A3:F3",
        "Mã số thuế: 3702456789    Điện thoại: 0274 3635 888",
        font=Font(name="Times New Roman", size=9),
    )
    centre = Alignment(horizontal="center", vertical="center")
    _merge(
        sheet,
        "A5:K5",
        "ĐƠN MUA HÀNG",
        font=Font(name="Times New Roman", bold=True, size=16),
        alignment=centre,
    )
    _merge(
        sheet,
        "A6:K6",
        "(PURCHASE ORDER)",
        font=Font(name="Times New Roman", bold=True, size=10),
        alignment=centre,
    )
    day = f"Ngày {ORDER_DATE.day} tháng {ORDER_DATE.month} năm {ORDER_DATE.year}"
    _merge(sheet, "A7:K7", day, font=Font(name="Times New Roman", italic=True, size=10), alignment=centre)
    _merge(sheet, "A8:K8", f"Số: {PO}", font=Font(name="Times New Roman", size=10), alignment=centre)
    label_font = Font(name="Times New Roman", size=10)
    value_font = Font(name="Times New Roman", bold=True, size=10)
    rows = [
        (10, "Nhà cung cấp (Supplier):", "C10:K10", OUR_NAME_EN),
        (11, "Địa chỉ (Address):", "C11:K11", "No. 88 Huoju Road, Suzhou New District, Jiangsu, China"),
        (12, "Người liên hệ (Contact):", "C12:F12", "Ms. Chen Li"),
        (13, "Diễn giải (Description):", "C13:K13", "Mua vật tư bảo trì dây chuyền lắp ráp tháng 01/2027"),
        (14, "Điều khoản thanh toán (Payment terms):", "C14:K14", TERMS),
        (15, "Ngày giao hàng (Delivery date):", "C15:D15", DELIVERY.strftime("%d/%m/%Y")),
        (16, "Địa điểm giao hàng (Delivery place):", "C16:K16", ADDRESS),
    ]
    for row, label, cells, value in rows:
        _merge(sheet, f"A{row}:B{row}", label, font=label_font)
        _merge(sheet, cells, value, font=value_font)
    sheet["G12"], sheet["H12"] = "Điện thoại:", "+86 512 6651 2280"
    sheet["E15"], sheet["F15"] = "Loại tiền (Currency):", "USD"
    sheet["H15"], sheet["I15"] = "Tỷ giá:", vn("25380", 0)
    for cell in ("G12", "E15", "H15"):
        sheet[cell].font = label_font
    for cell in ("H12", "F15", "I15"):
        sheet[cell].font = value_font
    return 18


def _table(sheet, row: int) -> int:
    heads = [
        ("A", "STT\n(No.)"),
        ("B", "Mã hàng\n(Item code)"),
        ("C", "Tên hàng\n(Description)"),
        ("E", "ĐVT\n(Unit)"),
        ("F", "Số lượng\n(Quantity)"),
        ("G", "Đơn giá\n(Unit price)"),
        ("H", "Thành tiền\n(Amount)"),
        ("I", "% thuế GTGT\n(VAT rate)"),
        ("J", "Tiền thuế GTGT\n(VAT amount)"),
        ("K", "Ghi chú\n(Note)"),
    ]
    sheet.merge_cells(f"C{row}:D{row}")
    for col, text in heads:
        cell = sheet[f"{col}{row}"]
        cell.value = text
        cell.font = Font(name="Times New Roman", bold=True, size=9)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col in "ABCDEFGHIJK":
        sheet[f"{col}{row}"].border = BOX
        sheet[f"{col}{row}"].fill = HEAD_FILL
    sheet.row_dimensions[row].height = 30
    for n, item in enumerate(ITEMS, start=1):
        r = row + n
        code, name, unit, qty, price, note = item
        sheet.merge_cells(f"C{r}:D{r}")
        values = {
            "A": str(n),
            "B": code,
            "C": name,
            "E": unit,
            "F": vn(qty, 0),
            "G": vn(price, 4),
            "H": vn(line_amount(item)),
            "I": "0%",
            "J": "0",
            "K": note or None,
        }
        for col, value in values.items():
            cell = sheet[f"{col}{r}"]
            cell.value = value
            cell.font = Font(name="Times New Roman", size=9)
            if col in "FGHJ":
                cell.alignment = Alignment(horizontal="right")
            elif col in "AEI":
                cell.alignment = Alignment(horizontal="center")
        for col in "ABCDEFGHIJK":
            sheet[f"{col}{r}"].border = BOX
    r = row + len(ITEMS) + 1
    sums = [
        ("Cộng tiền hàng (Total goods):", vn(total())),
        ("Tiền thuế GTGT (VAT):", "0"),
        ("Tổng tiền thanh toán (Total payment):", vn(total())),
    ]
    for k, (label, value) in enumerate(sums):
        _merge(sheet, f"A{r + k}:G{r + k}", label, font=Font(name="Times New Roman", bold=k == 2, size=10))
        sheet[f"A{r + k}"].alignment = Alignment(horizontal="right")
        sheet[f"H{r + k}"] = value
        sheet[f"H{r + k}"].font = Font(name="Times New Roman", bold=k == 2, size=10)
        sheet[f"H{r + k}"].alignment = Alignment(horizontal="right")
        for col in "ABCDEFGHIJK":
            sheet[f"{col}{r + k}"].border = BOX
    r += len(sums)
    _merge(
        sheet,
        f"A{r + 1}:K{r + 1}",
        f"Số tiền viết bằng chữ: {in_words(total())}",
        font=Font(name="Times New Roman", italic=True, size=10),
    )
    return r + 3


def _signatures(sheet, row: int) -> None:
    titles = [("A", "C", "Người lập phiếu"), ("D", "G", "Kế toán trưởng"), ("H", "K", "Giám đốc")]
    names = ["Nguyễn Thị Thu Hà", "Trần Văn Minh", "Lê Quốc Bảo"]
    centre = Alignment(horizontal="center")
    for (first, last, title), name in zip(titles, names, strict=True):
        _merge(
            sheet,
            f"{first}{row}:{last}{row}",
            title,
            font=Font(name="Times New Roman", bold=True),
            alignment=centre,
        )
        _merge(
            sheet,
            f"{first}{row + 1}:{last}{row + 1}",
            "(Ký, họ tên)",
            font=Font(name="Times New Roman", italic=True, size=9),
            alignment=centre,
        )
        _merge(
            sheet,
            f"{first}{row + 5}:{last}{row + 5}",
            name,
            font=Font(name="Times New Roman", bold=True),
            alignment=centre,
        )


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "MISA SME"
    workbook.properties.lastModifiedBy = "MISA SME"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = SHEET
    sheet.sheet_view.showGridLines = False
    widths = {"A": 7, "B": 15, "C": 22, "D": 22, "E": 8, "F": 11, "G": 11, "H": 13, "I": 10, "J": 12, "K": 14}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    row = _table(sheet, _head(sheet))
    _signatures(sheet, row)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
