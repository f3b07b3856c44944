"""Unseen layout: a Baku steel-structure builder's own Excel ALIŞ SİFARİŞİ in Azerbaijani, USD.

"Xəzər Metal Konstruksiya" MMC builds steel structures for the oil and gas yards around Baku and orders its
fittings and consumables from China in dollars with a workbook the supply department keeps as its order
form, mailed as xlsx under the order (Sifariş XMK-2026-418.xlsx). What it holds: sheet Sifariş in Arial
without gridlines; the company on rows 1-4 (Lökbatan address, VÖEN the tax number, Tel / e-poçt) beside
ALIŞ SİFARİŞİ; a rule; label | merged value pairs two a row: Təchizatçı (us) beside Sifariş № (typed as
text), Ünvan beside Tarix (a real date shown dd.mm.yyyy), Əlaqədar şəxs beside Çatdırılma tarixi,
Kommersiya təklifi beside Valyuta ABŞ dolları (USD), Ödəniş şərtləri (60 days from the bill of lading)
beside Çatdırılma şərtləri CFR Poti; Çatdırılma ünvanı across; Məsul şəxs beside Telefon; a ruled table
whose head captions break inside their cells (Ölçü\\nvahidi, Qiymət\\n(USD), Endirim\\n(%), Məbləğ\\n(USD)):
№ | Məhsul kodu (XM-FL-0418, as text) | Məhsulun adı (Azerbaijani with Latin specifications) | Ölçü vahidi
(ədəd, kq, metr, dəst, qutu, rulon) | Miqdar (62.5; 1 250) | Qiymət (USD) with two to four decimals
(0.4250) | Endirim (%) typed 5, 3 and 10 | Məbləğ (USD) =ROUND(E*F*(1-G/100),2) with cached values | Qeyd;
a note row inside the table after line 9 (Qeyd: merged across, not numbered); 18 lines; Cəmi (USD) =SUM,
ƏDV 0% (import: paid at customs) and Yekun məbləğ (USD) as formulas; Məbləğ sözlə (the total in
Azerbaijani words, … ABŞ dolları … sent); Qeydlər 1-4; Hazırladı / Təchizat şöbəsinin rəisi / Direktor
with names and İmza, M.Y.; a print footer Səhifə &P / &N.

Truth: the PO number Sifariş №; the order date Tarix; the requested delivery date Çatdırılma tarixi; the
currency USD; the buyer the company; the supplier Təchizatçı (us); the ship-to address Çatdırılma ünvanı;
the payment terms Ödəniş şərtləri; the total Yekun məbləğ; per line the part number Məhsul kodu, the
description Məhsulun adı, the unit, the quantity, the unit price (before the Endirim) and the amount Məbləğ
(after it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._form_table import boxed_cells, head_cells, total_rows
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import BOX, form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Sifariş XMK-2026-418.xlsx"
BUYER = '"Xəzər Metal Konstruksiya" MMC'
PO = "XMK-2026-418"
ORDER_DATE = dt.date(2026, 12, 18)
DELIVERY = dt.date(2027, 3, 1)
ADDRESS = "Bakı şəhəri, Qaradağ rayonu, Lökbatan qəsəbəsi, Sənaye zonası 18, AZ1083, Azərbaycan"
TERMS = "Konosament tarixindən 60 gün sonra, bank köçürməsi ilə"
HEAD_ROW = 16
NOTE_AFTER = 9  # the note row follows this line
SAVED = dt.datetime(2026, 12, 18, 11, 5, 0)
MONEY = "#,##0.00"
DATE = "dd.mm.yyyy"
# Məhsul kodu, Məhsulun adı, Ölçü vahidi, Miqdar, Qiymət (USD), Endirim %, Qeyd
ITEMS = [
    ("XM-FL-0418", "Flans WN DN100 PN16 EN 1092-1, polad P250GH", "ədəd", "120", "14.60", "", ""),
    ("XM-FL-0422", "Flans kor (blind) DN150 PN16, polad P250GH", "ədəd", "60", "23.40", "", ""),
    ("XM-BL-1660", "Bolt M16x60 8.8 sinklənmiş, qayka və şaybası ilə", "dəst", "4000", "0.3850", "", ""),
    ("XM-BL-2090", "Ankər boltu M20x300 isti sinklənmiş", "ədəd", "400", "1.96", "", ""),
    ("XM-EL-7018", "Qaynaq elektrodu E7018 Ø3.2 mm (5 kq qutu)", "kq", "1250", "2.14", "5", ""),
    ("XM-EL-6013", "Qaynaq elektrodu E6013 Ø2.5 mm", "kq", "600", "1.86", "5", ""),
    ("XM-WR-0812", "Qaynaq məftili ER70S-6 Ø1.2 mm, 15 kq makara", "kq", "900", "1.52", "", ""),
    (
        "XM-DS-1250",
        "Kəsmə diski 125x1.0x22.23 paslanmayan polad üçün",
        "qutu",
        "80",
        "18.50",
        "",
        "qutuda 50 ədəd",
    ),
    ("XM-DS-2306", "Təmizləmə diski 230x6.0x22.23", "ədəd", "500", "1.18", "", ""),
    ("XM-GR-0010", "Qaldırma qurğusu (zəncirli tal) 3 t, 6 m", "dəst", "8", "162.00", "10", ""),
    ("XM-SL-0350", "Sapand (strop) poliester 3 t x 4 m", "ədəd", "40", "9.75", "", ""),
    ("XM-CH-0813", "Zəncir G80 Ø13 mm qaldırma üçün", "metr", "62.5", "11.20", "3", ""),
    ("XM-PT-2000", "Astar boya sink-epoksid, 20 l", "ədəd", "45", "86.00", "3", ""),
    ("XM-TP-0050", "İzolyasiya lenti PVX 50 mm x 33 m", "rulon", "300", "0.4250", "", ""),
    ("XM-VL-0050", "Şar kran DN50 PN40 paslanmayan polad 316, flanslı", "ədəd", "24", "68.40", "5", ""),
    ("XM-GS-1502", "Spiral araqat (gasket) DN150 PN16 SS316/qrafit", "ədəd", "120", "4.65", "", ""),
    ("XM-GL-0009", "İş əlcəyi dəri, qaynaqçı üçün, ölçü 10", "cüt", "600", "2.35", "", ""),
    ("XM-MS-0420", "Təhlükəsizlik eynəyi şəffaf, EN 166", "ədəd", "500", "1.24", "", ""),
]
HEADS = [
    "№",
    "Məhsul kodu",
    "Məhsulun adı",
    "Ölçü\nvahidi",
    "Miqdar",
    "Qiymət\n(USD)",
    "Endirim\n(%)",
    "Məbləğ\n(USD)",
    "Qeyd",
]
NOTE = (
    "Qeyd: 8-ci və 9-cu mövqelər eyni taxta yeşikdə qablaşdırılsın, "
    "yeşiyin üzərində sifariş nömrəsi yazılsın."
)
COLUMNS = "ABCDEFGHI"
FONT = "Arial"
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
FIELDS = ItemFields()
ONES = ["", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"]
TENS = ["", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"]


def _words(n: int) -> list[str]:
    """``n`` below a million in Azerbaijani words (yüz and min without bir before them)."""
    out: list[str] = []
    if n >= 1000:
        thousands = n // 1000
        out += ([] if thousands == 1 else _words(thousands)) + ["min"]
        n %= 1000
    if n >= 100:
        out += ([] if n // 100 == 1 else [ONES[n // 100]]) + ["yüz"]
        n %= 100
    return out + [word for word in (TENS[n // 10], ONES[n % 10]) if word]


def in_words(amount: Decimal) -> str:
    """24 414.72 -> İyirmi dörd min dörd yüz on dörd ABŞ dolları 72 sent."""
    whole = int(amount)
    cents = int((amount - whole) * 100)
    text = " ".join(_words(whole))
    first = {"i": "İ", "ü": "Ü", "ə": "Ə"}.get(text[0], text[0].upper())  # Azerbaijani capitals: i -> İ
    return f"{first}{text[1:]} ABŞ dolları {cents:02d} sent"


def total() -> Decimal:
    return FIELDS.total(ITEMS)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _letterhead(sheet) -> None:
    put_cell(sheet, "A1", BUYER, Font(name=FONT, size=14, bold=True), merge="E1")
    company = [
        "Bakı şəhəri, Qaradağ rayonu, Lökbatan qəs., Sənaye zonası 18, AZ1083",
        "VÖEN: 1401418261   Tel: +994 12 447 41 18   e-poçt: techizat@xezermetal.az",
        "Bank: Kapital Bank ASC, H/h: AZ18AIIB38060019440418100101",
    ]
    for k, value in enumerate(company, start=2):
        put_cell(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"E{k}")
    centre = Alignment(horizontal="center", vertical="center")
    put_cell(sheet, "G1", "ALIŞ SİFARİŞİ", Font(name=FONT, size=16, bold=True), merge="I2", alignment=centre)
    for col in COLUMNS:
        sheet[f"{col}5"].border = Border(bottom=Side(style="medium", color="000000"))


def _pairs(sheet) -> None:
    pairs = [
        (6, ("Təchizatçı:", OUR_NAME_EN, BOLD, None), ("Sifariş №:", PO, BOLD, "@")),
        (
            7,
            ("Ünvan:", "No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu, Çin", PLAIN, None),
            ("Tarix:", ORDER_DATE, PLAIN, DATE),
        ),
        (
            8,
            ("Əlaqədar şəxs:", "Ms. Chen Li, +86 512 6618 4418", PLAIN, None),
            ("Çatdırılma tarixi:", DELIVERY, PLAIN, DATE),
        ),
        (
            9,
            ("Kommersiya təklifi:", "QH-Q26-1214, 14.12.2026", PLAIN, None),
            ("Valyuta:", "ABŞ dolları (USD)", PLAIN, None),
        ),
        (
            10,
            ("Ödəniş şərtləri:", TERMS, PLAIN, None),
            ("Çatdırılma şərtləri:", "CFR Poti (Incoterms 2020)", PLAIN, None),
        ),
    ]
    left = Alignment(horizontal="left")
    for row, (label, value, font, fmt), (label2, value2, font2, fmt2) in pairs:
        put_cell(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        put_cell(sheet, f"C{row}", value, font, fmt, merge=f"E{row}")
        put_cell(sheet, f"F{row}", label2, BOLD, merge=f"G{row}")
        put_cell(sheet, f"H{row}", value2, font2, fmt2, merge=f"I{row}", alignment=left)
    put_cell(sheet, "A11", "Çatdırılma ünvanı:", BOLD, merge="B11")
    put_cell(sheet, "C11", ADDRESS, PLAIN, merge="I11")
    put_cell(sheet, "A12", "Məsul şəxs:", BOLD, merge="B12")
    put_cell(sheet, "C12", "Rəşad Məmmədov, təchizat şöbəsi", PLAIN, merge="E12")
    put_cell(sheet, "F12", "Telefon:", BOLD, merge="G12")
    put_cell(sheet, "H12", "+994 50 418 26 18", PLAIN, merge="I12", alignment=left)
    put_cell(sheet, "A14", "Aşağıdakı malların göndərilməsini xahiş edirik:", PLAIN, merge="I14")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    sheet.row_dimensions[HEAD_ROW].height = 30
    row = HEAD_ROW
    for n, item in enumerate(ITEMS, start=1):
        row += 1
        code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n, "0"),
            (code, "@"),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.##"),
            (float(price), "#,##0.00##"),
            (int(discount) if discount else None, "0"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}/100),2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        cached[f"H{row}"] = float(FIELDS.amount(item))
        if n == NOTE_AFTER:
            row += 1
            put_cell(
                sheet, f"B{row}", NOTE, Font(name=FONT, size=9, italic=True), merge=f"I{row}", border=BOX
            )
            sheet[f"A{row}"].border = BOX
    return row


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    labels = ("Cəmi (USD):", "ƏDV 0% (idxal, ƏDV gömrükdə ödənilir):", "Yekun məbləğ (USD):")
    total_rows(
        sheet,
        labels,
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(total()),
        money=MONEY,
        cached=cached,
    )
    r = last + 5
    put_cell(sheet, f"A{r}", "Məbləğ sözlə:", BOLD, merge=f"B{r}")
    put_cell(sheet, f"C{r}", in_words(total()), Font(name=FONT, size=10, italic=True), merge=f"I{r}")
    r += 2
    put_cell(sheet, f"A{r}", "Qeydlər:", BOLD, merge=f"D{r}")
    notes = [
        "1. Sifariş nömrəsi hesab-fakturada, qablaşdırma siyahısında və hər yerdə göstərilməlidir.",
        "2. Mənşə sertifikatı və keyfiyyət sertifikatları (EN 10204 3.1) mallarla birlikdə təqdim edilsin.",
        "3. Taxta qablaşdırma ISPM 15 standartına uyğun olmalıdır.",
        "4. Qismən göndərişə yalnız yazılı razılıqla icazə verilir.",
    ]
    for k, value in enumerate(notes, start=1):
        put_cell(sheet, f"A{r + k}", value, PLAIN, merge=f"I{r + k}")
    sign = r + len(notes) + 3
    centre = Alignment(horizontal="center")
    signatures = [
        ("A", "C", "Hazırladı", "Rəşad Məmmədov"),
        ("D", "F", "Təchizat şöbəsinin rəisi", "Elnur Quliyev"),
        ("G", "I", "Direktor", "Tofiq Həsənov"),
    ]
    for start, end, title, name in signatures:
        put_cell(sheet, f"{start}{sign}", title, BOLD, merge=f"{end}{sign}", alignment=centre)
        put_cell(sheet, f"{start}{sign + 1}", name, PLAIN, merge=f"{end}{sign + 1}", alignment=centre)
        put_cell(
            sheet,
            f"{start}{sign + 2}",
            "İmza: ____________",
            PLAIN,
            merge=f"{end}{sign + 2}",
            alignment=centre,
        )
    put_cell(sheet, f"G{sign + 3}", "M.Y.", PLAIN, merge=f"I{sign + 3}", alignment=centre)
    return sign + 3


def render() -> bytes:
    widths = {"A": 5, "B": 13, "C": 44, "D": 9, "E": 10, "F": 11, "G": 10, "H": 14, "I": 16}
    workbook, sheet = form_sheet("Sifariş", "Rəşad Məmmədov", SAVED, widths)
    cached: dict[str, object] = {}
    _letterhead(sheet)
    _pairs(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", footer="Səhifə &P / &N")
    return workbook_bytes(workbook, cached)
