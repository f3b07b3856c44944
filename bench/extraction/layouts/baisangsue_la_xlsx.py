"""Unseen layout: a Vientiane equipment dealer's own Excel ໃບສັ່ງຊື້ສິນຄ້າ (purchase order) in Lao, CNY.

ບໍລິສັດ ວຽງຈັນ ອຸປະກອນອຸດສາຫະກຳ ຈຳກັດ (Vientiane Industrial Equipment Co., Ltd., Sisattanak) sells pumps, motors,
bearings and hardware to Lao rice mills, quarries and builders and, since the Laos-China railway opened,
buys from China in yuan by rail; the office keeps its order form as a workbook and mails it as xlsx under
the order (ໃບສັ່ງຊື້ PO-VTE-2612-027.xlsx). Lao needs complex shaping, so the order is a workbook, never
drawn here. What it holds: sheet ໃບສັ່ງຊື້ in Phetsarath OT without gridlines; the state heading Lao
letters carry (ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ over the motto ສັນຕິພາບ ເອກະລາດ ... and a ooo0ooo rule);
the company in Lao over its English name, its address, phone and ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ (TIN) at the left,
ເລກທີ PO-VTE-2612-027 and ວັນທີ 21/12/2026 (a real date shown dd/mm/yyyy) at the right; ໃບສັ່ງຊື້ສິນຄ້າ
over PURCHASE ORDER; label | merged value pairs (ຜູ້ສະໜອງ us, ທີ່ຢູ່, ຜູ້ຕິດຕໍ່ at the left; ສະກຸນເງິນ ຢວນຈີນ
(CNY), ວັນທີສົ່ງສິນຄ້າ typed as text '15/02/2027, ການຂົນສົ່ງ by the Laos-China railway at the right);
ເງື່ອນໄຂການຊຳລະ and ສະຖານທີ່ສົ່ງສິນຄ້າ across; the table's captions on two rows, Lao over English (ລ/ດ No.
| ລະຫັດສິນຄ້າ Item Code (VIE-BR-6206) | ລາຍການສິນຄ້າ Description (Lao with models, wrapped in its cell) |
ຫົວໜ່ວຍ Unit (ໜ່ວຍ, ຊຸດ, ອັນ, ແມັດ, ເສັ້ນ, ກັບ, ກິໂລ, ຖັງ, ຄູ່, ມ້ວນ) | ຈຳນວນ Qty (252.5) | ລາຄາ/ຫົວໜ່ວຍ
Unit Price (CNY) (0.85) | ສ່ວນຫຼຸດ Disc. typed as a fraction shown 5% and 3% | ເປັນເງິນ Amount (CNY)
=ROUND(E*F*(1-G),2) cached); the lines in three groups under heading rows ກ / ຂ / ຄ (a group's name merged
across the row, numbering running on over them); 17 lines; ລວມເປັນເງິນ (=SUM), ອາກອນມູນຄ່າເພີ່ມ 0% and
ລວມທັງໝົດ (CNY) as formulas; the total in Lao words (ເກົ້າໝື່ນໜຶ່ງພັນ...ຢວນຖ້ວນ); ໝາຍເຫດ 1-3; ຜູ້ສະເໜີ /
ຜູ້ກວດກາ / ຜູ້ອຳນວຍການ with their names; a print footer ໜ້າ &P / &N.

Truth: the PO number ເລກທີ; the order date ວັນທີ; the requested delivery date ວັນທີສົ່ງສິນຄ້າ; the
currency CNY; the buyer the company's Lao name; the supplier (us); the ship-to address ສະຖານທີ່ສົ່ງສິນຄ້າ;
the payment terms ເງື່ອນໄຂການຊຳລະ; the total ລວມທັງໝົດ; per line the part number, the description, the unit,
the quantity, the unit price (before the discount) and the amount (after it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._form_table import boxed_cells, head_cells
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import BOX, form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "ໃບສັ່ງຊື້ PO-VTE-2612-027.xlsx"
SHEET = "ໃບສັ່ງຊື້"
BUYER = "ບໍລິສັດ ວຽງຈັນ ອຸປະກອນອຸດສາຫະກຳ ຈຳກັດ"
PO = "PO-VTE-2612-027"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 15)
ADDRESS = "ສາງສິນຄ້າ ເລກທີ 3, ເຂດພັດທະນາ ໄຊເສດຖາ, ບ້ານ ນາແຄ, ເມືອງ ໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ"
TERMS = "ໂອນເງິນ 30% ກ່ອນສົ່ງສິນຄ້າ, ສ່ວນທີ່ເຫຼືອ 70% ພາຍໃນ 30 ວັນ ຫຼັງຈາກຮັບສິນຄ້າ"
WORDS = "ເກົ້າໝື່ນໜຶ່ງພັນສີ່ຮ້ອຍແປດສິບຢວນຖ້ວນ"
HEAD_ROW = 19
SAVED = dt.datetime(2026, 12, 21, 10, 24, 0)
MONEY = "#,##0.00"
DATE = "dd/mm/yyyy"
# the groups, each a heading and its lines: ລະຫັດສິນຄ້າ, ລາຍການສິນຄ້າ, ຫົວໜ່ວຍ, ຈຳນວນ, ລາຄາ, ສ່ວນຫຼຸດ (a fraction)
GROUPS = [
    (
        "ກ",
        "ລູກປືນ ແລະ ຢາງກັນຊຶມ",
        [
            ("VIE-BR-6206", "ລູກປືນ 6206-2RS C3", "ໜ່ວຍ", "500", "6.80", ""),
            ("VIE-BR-6309", "ລູກປືນ 6309-ZZ C3", "ໜ່ວຍ", "300", "14.60", ""),
            ("VIE-BR-22216", "ລູກປືນລໍ້ໝູນ 22216 CA/W33 ພ້ອມປອກລັອກ H316", "ຊຸດ", "20", "386.00", "0.05"),
            ("VIE-BR-UCP210", "ລູກປືນຕຸກກະຕາ UCP210 ເສື້ອເຫຼັກຫຼໍ່", "ໜ່ວຍ", "60", "58.50", ""),
            ("VIE-OS-5072", "ຢາງກັນນ້ຳມັນ TC 50x72x10 NBR", "ອັນ", "400", "3.85", ""),
        ],
    ),
    (
        "ຂ",
        "ປ້ຳນ້ຳ, ມໍເຕີ ແລະ ອຸປະກອນໄຮໂດຣລິກ",
        [
            (
                "VIE-PM-CM65",
                "ປ້ຳນ້ຳ CM65-200A 15kW 380V 50Hz ຫົວປ້ຳເຫຼັກຫຼໍ່ (ສຳລັບໂຮງສີເຂົ້າ)",
                "ໜ່ວຍ",
                "4",
                "4260.00",
                "0.05",
            ),
            ("VIE-MT-Y132", "ມໍເຕີໄຟຟ້າ 3 ເຟສ YE3-132S-4 5.5kW 380V", "ໜ່ວຍ", "10", "1380.00", ""),
            ("VIE-HS-R2-16", "ສາຍໄຮໂດຣລິກ 2 ຊັ້ນ 1 ນິ້ວ SAE 100 R2AT (ມ້ວນ 50 ແມັດ)", "ແມັດ", "150", "38.60", ""),
            ("VIE-HF-JIC16", "ຫົວອັດສາຍ JIC 1 ນິ້ວ ຕົວແມ່", "ອັນ", "240", "12.80", ""),
            ("VIE-VB-B80", "ສາຍພານ B80", "ເສັ້ນ", "200", "18.50", ""),
            ("VIE-CH-16A", "ໂສ້ 16A-1 ແຖວດຽວ (5 ແມັດ/ກັບ)", "ກັບ", "30", "245.00", "0.03"),
        ],
    ),
    (
        "ຄ",
        "ນັອດ, ສະກູ ແລະ ອຸປະກອນອື່ນໆ",
        [
            ("VIE-BL-1660", "ນັອດຫົວຫົກຫຼ່ຽມ M16x60 8.8 ຊຸບສັງກະສີ ພ້ອມແປ້ນ (100 ຊຸດ/ກັບ)", "ກັບ", "50", "126.00", ""),
            ("VIE-AN-1212", "ພຸກເຫຼັກ M12x120", "ອັນ", "1000", "2.15", ""),
            ("VIE-WR-3213", "ລວດເຊື່ອມ E6013 3.2mm", "ກິໂລ", "252.5", "9.80", ""),
            ("VIE-GR-EP2", "ຈາລະບີ EP2 ຖັງ 15kg", "ຖັງ", "24", "268.00", ""),
            ("VIE-GL-W01", "ຖົງມືໜັງ ສຳລັບງານເຊື່ອມ", "ຄູ່", "300", "8.60", ""),
            ("VIE-TP-PTFE", "ເທບພັນກຽວ PTFE 3/4 ນິ້ວ", "ມ້ວນ", "2000", "0.85", ""),
        ],
    ),
]
ITEMS = [item for _, _, lines in GROUPS for item in lines]
HEADS = [
    "ລ/ດ",
    "ລະຫັດສິນຄ້າ",
    "ລາຍການສິນຄ້າ",
    "ຫົວໜ່ວຍ",
    "ຈຳນວນ",
    "ລາຄາ/ຫົວໜ່ວຍ",
    "ສ່ວນຫຼຸດ",
    "ເປັນເງິນ",
]
HEADS_EN = ["No.", "Item Code", "Description", "Unit", "Qty", "Unit Price (CNY)", "Disc.", "Amount (CNY)"]
COLUMNS = "ABCDEFGH"
FONT = "Phetsarath OT"
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
SMALL = Font(name=FONT, size=9)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(vertical="top", wrap_text=True)
FIELDS = ItemFields(fraction=True)


def total() -> Decimal:
    return FIELDS.total(ITEMS)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="CNY",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _letterhead(sheet) -> None:
    centre = Alignment(horizontal="center")
    _put(sheet, "A1", "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", BOLD, merge="H1", alignment=centre)
    _put(sheet, "A2", "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ", BOLD, merge="H2", alignment=centre)
    _put(sheet, "A3", "--------ooo0ooo--------", SMALL, merge="H3", alignment=centre)
    _put(sheet, "A4", BUYER, Font(name=FONT, size=13, bold=True), merge="E4")
    company = [
        "VIENTIANE INDUSTRIAL EQUIPMENT CO., LTD.",
        "ເລກທີ 118 ຖະໜົນ ທ່າເດື່ອ, ບ້ານ ໂພນປາເປົ້າ, ເມືອງ ສີສັດຕະນາກ, ນະຄອນຫຼວງວຽງຈັນ",
        "ໂທ: 021 418 218, 020 5541 8218   ອີເມວ: purchase@vte-industrial.la",
        "ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ: 180418273-000",
    ]
    for k, value in enumerate(company, start=5):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9, bold=k == 5), merge=f"E{k}")
    right = Alignment(horizontal="right")
    _put(sheet, "F5", "ເລກທີ:", BOLD, alignment=right)
    _put(sheet, "G5", PO, BOLD, merge="H5")
    _put(sheet, "F6", "ວັນທີ:", BOLD, alignment=right)
    _put(sheet, "G6", ORDER_DATE, PLAIN, DATE, merge="H6", alignment=Alignment(horizontal="left"))
    for col in COLUMNS:
        sheet[f"{col}9"].border = Border(bottom=Side(style="double", color="1F4E78"))
    title = Alignment(horizontal="center", vertical="center")
    _put(sheet, "A10", "ໃບສັ່ງຊື້ສິນຄ້າ", Font(name=FONT, size=16, bold=True), merge="H10", alignment=title)
    _put(sheet, "A11", "PURCHASE ORDER", Font(name=FONT, size=10, bold=True), merge="H11", alignment=title)
    sheet.row_dimensions[10].height = 26


def _pairs(sheet) -> None:
    rows = [
        (13, ("ຜູ້ສະໜອງ:", OUR_NAME_EN, BOLD), ("ສະກຸນເງິນ:", "ຢວນຈີນ (CNY)", PLAIN)),
        (
            14,
            ("ທີ່ຢູ່:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu, China", PLAIN),
            ("ວັນທີສົ່ງສິນຄ້າ:", DELIVERY.strftime("%d/%m/%Y"), PLAIN),
        ),
        (
            15,
            ("ຜູ້ຕິດຕໍ່:", "Ms. Chen Li, +86 512 6618 4418", PLAIN),
            ("ການຂົນສົ່ງ:", "ທາງລົດໄຟ ລາວ-ຈີນ", PLAIN),
        ),
    ]
    left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for row, (label, value, font), (label2, value2, font2) in rows:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, merge=f"D{row}", alignment=left)
        _put(sheet, f"F{row}", label2, BOLD)
        # the delivery date typed as text (Excel keeps '15/02/2027 as typed, a string)
        _put(sheet, f"G{row}", value2, font2, "@" if row == 14 else None, merge=f"H{row}", alignment=left)
    sheet.row_dimensions[14].height = 28
    for row, label, value in ((16, "ເງື່ອນໄຂການຊຳລະ:", TERMS), (17, "ສະຖານທີ່ສົ່ງສິນຄ້າ:", ADDRESS)):
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, merge=f"H{row}")


def _heads(sheet) -> None:
    """The captions on two rows: Lao over English, shaded and boxed."""
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    head_cells(sheet, HEAD_ROW + 1, HEADS_EN, COLUMNS, Font(name=FONT, size=8, italic=True), HEAD_FILL)
    sheet.row_dimensions[HEAD_ROW].height = 22


def _table(sheet, cached: dict[str, object]) -> int:
    _heads(sheet)
    row = HEAD_ROW + 2
    n = 0
    for letter, name, lines in GROUPS:
        # a group's heading: its letter, its name merged across the rest of the row
        put_cell(
            sheet,
            f"A{row}",
            letter,
            BOLD,
            fill=GROUP_FILL,
            border=BOX,
            alignment=Alignment(horizontal="center"),
        )
        put_cell(sheet, f"B{row}", name, BOLD, merge=f"H{row}", fill=GROUP_FILL, border=BOX)
        row += 1
        for item in lines:
            n += 1
            code, description, unit, qty, price, discount = item
            number = Decimal(qty)
            values = [
                (n, "0"),
                (code, "@"),
                (description, None),
                (unit, None),
                (int(number) if number == int(number) else float(number), "#,##0.##"),
                (float(price), MONEY),
                (float(discount) if discount else None, "0%"),
                (f"=ROUND(E{row}*F{row}*(1-G{row}),2)", MONEY),
            ]
            boxed_cells(sheet, row, values, COLUMNS, PLAIN)
            sheet[f"C{row}"].alignment = WRAP
            for col in "ADG":
                sheet[f"{col}{row}"].alignment = Alignment(horizontal="center", vertical="top")
            cached[f"H{row}"] = float(FIELDS.amount(item))
            row += 1
    return row - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    top = last + 1
    right = Alignment(horizontal="right")
    rows = [
        ("ລວມເປັນເງິນ:", f"=SUM(H{HEAD_ROW + 2}:H{last})", PLAIN),
        ("ອາກອນມູນຄ່າເພີ່ມ 0%:", 0, PLAIN),
        ("ລວມທັງໝົດ (CNY):", f"=H{top}+H{top + 1}", BOLD),
    ]
    for k, (label, value, font) in enumerate(rows):
        r = top + k
        _put(sheet, f"E{r}", label, font, merge=f"G{r}", alignment=right)
        _put(sheet, f"H{r}", value, font, MONEY, border=BOX)
        if isinstance(value, str):
            cached[f"H{r}"] = float(total())
    words = top + 3
    _put(sheet, f"A{words}", f"ຕົວໜັງສື: ({WORDS})", Font(name=FONT, size=10, italic=True), merge=f"H{words}")
    r = words + 2
    _put(sheet, f"A{r}", "ໝາຍເຫດ:", BOLD, merge=f"D{r}")
    notes = [
        "1. ກະລຸນາລະບຸເລກທີໃບສັ່ງຊື້ນີ້ ໃສ່ໃບເກັບເງິນ ແລະ ໃບສົ່ງສິນຄ້າທຸກໃບ.",
        "2. ສິນຄ້າຕ້ອງມີໃບຢັ້ງຢືນແຫຼ່ງກຳເນີດ (Form E) ເພື່ອຫຼຸດພາສີນຳເຂົ້າ.",
        "3. ຖ້າສົ່ງສິນຄ້າຊ້າກວ່າກຳນົດ 15 ວັນ ບໍລິສັດມີສິດຍົກເລີກການສັ່ງຊື້ນີ້.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"H{r + 1 + k}")
    sign = r + 6
    centre = Alignment(horizontal="center")
    for start, end, title, name in (
        ("A", "B", "ຜູ້ສະເໜີ", "ນາງ ສົມໃຈ ພົມມະວົງ"),
        ("C", "D", "ຜູ້ກວດກາ", "ທ້າວ ບຸນມີ ແສງສະຫວ່າງ"),
        ("F", "H", "ຜູ້ອຳນວຍການ", "ທ່ານ ວິໄລ ສີສຸລາດ"),
    ):
        _put(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        _put(sheet, f"{start}{sign + 4}", name, merge=f"{end}{sign + 4}", alignment=centre)
    return sign + 4


def render() -> bytes:
    widths = {"A": 6, "B": 16, "C": 42, "D": 9, "E": 10, "F": 14, "G": 9, "H": 15}
    workbook, sheet = form_sheet(SHEET, "Somjai Phommavong", SAVED, widths)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:H{end}", footer="ໜ້າ &P / &N")
    return workbook_bytes(workbook, cached)
