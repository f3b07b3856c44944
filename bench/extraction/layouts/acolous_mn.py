"""Unseen layout: an Ulaanbaatar hydraulics firm's ХУДАЛДАН АВАХ ЗАХИАЛГА printed by Acolous, CNY, 2 pages.

«Тэнгэр Гидравлик» ХХК (hydraulics repair and spare parts for the mines of the Gobi) keeps its books and stock
in Acolous, the accounting package most Mongolian firms keep theirs in, and sends the order to us as the PDF
of its purchase-order form (A4 portrait, Mongolian Cyrillic with ө and ү: DejaVu Sans embedded), named as the
clerk saves it from the package (Захиалга ХАЗ-000418.pdf). What it prints: the company top left with its
Регистрийн дугаар (the state register's seven digits), address in the хот / дүүрэг / хороо order, phone,
e-mail and its Khan Bank yuan account with SWIFT; ХУДАЛДАН АВАХ ЗАХИАЛГА № ХАЗ-000418 centred over the date in
words at the left (2026 оны 12 дугаар сарын 09) and Улаанбаатар хот at the right, as Mongolian documents open;
two ruled boxes with shaded captions, Захиалагч (the company) beside Нийлүүлэгч (us, Хятад Улс); label: value
lines (Захиалгын огноо 2026.12.09, Нийлүүлэх хугацаа 2027.01.29, the year first as Mongolia writes it, Валют
CNY (юань), Нийлүүлэх нөхцөл DAP Замын-Үүд (Incoterms 2020: the border station goods from Erenhot cross at),
Төлбөрийн нөхцөл, Хүргэх хаяг, Хүлээн авагч, Үнийн санал (our quotation)); a ruled grid with a grey head of
captions on two lines: № | Барааны код (ТГ-01021) | Барааны нэр, үзүүлэлт (wrapped at words) | Хэмжих нэгж (ш,
м, кг, хайрцаг, ороомог) | Тоо хэмжээ with two decimals and comma thousands (5,000.00; 1,250.50) | Нэгжийн үнэ
as keyed, two or four decimals (0.8650; 1,260.00) | Хөнг. % (a discount: 5 and 3 on three lines, blank on the
rest) | Нийт дүн after it; 19 lines, 17 on page 1 (the form's rows a page) with Үргэлжлэл дараагийн хуудсанд
under them; page 2 under a short head (… № ХАЗ-000418 (үргэлжлэл)) and the grid's head again; Дүн / НӨАТ 0%
(imports pay their VAT at customs) / Нийт төлөх дүн, CNY; Мөнгөн дүн үсгээр (the sum in Mongolian words);
Тайлбар 1-3; Захиалга өгсөн / Хянасан / Баталсан with the signer's name between slashes (/Б.Гантулга/) as
Mongolian forms print it, and Т.Т. (the seal's place); a foot with Acolous, the print time and Хуудас n / 2.

Truth: the PO number ХАЗ-000418; the order date Захиалгын огноо; the requested delivery date Нийлүүлэх
хугацаа; the currency CNY; the buyer the company; the supplier Нийлүүлэгч (us); the ship-to address the value
of Хүргэх хаяг; the payment terms Төлбөрийн нөхцөл; the total Нийт төлөх дүн; per line the part number Барааны
код, the description (wrapped lines joined with a space), the unit, the quantity, the unit price Нэгжийн үнэ
(before the discount) and the amount Нийт дүн (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from bench.extraction.layouts.zakaz_1c_ru import fonts
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Захиалга ХАЗ-000418.pdf"
BUYER = "«Тэнгэр Гидравлик» ХХК"
PO = "ХАЗ-000418"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2027, 1, 29)
ADDRESS = "Улаанбаатар хот, Сонгинохайрхан дүүрэг, 20-р хороо, Үйлдвэрийн гудамж 14, агуулах №2"
TERMS = "30% урьдчилгаа төлбөр, үлдэгдэл 70%-ийг ачилт хийхээс өмнө банкны шилжүүлгээр"
IN_WORDS = "Нэг зуун арван хоёр мянга хоёр зуун жаран долоон юань 30 фэн"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
BOTTOM = 62.0  # the foot's rule is under this
PAGES = 2
LINES_PER_PAGE = 17
# Барааны код, Барааны нэр, Хэмжих нэгж, Тоо хэмжээ, Нэгжийн үнэ (CNY), Хөнгөлөлт %
ITEMS = [
    ("ТГ-01021", "Бөмбөлөгт холхивч 6206-2RS C3", "ш", "400", "9.80", ""),
    ("ТГ-01028", "Бөмбөлөгт холхивч 6310-ZZ C3", "ш", "120", "38.50", ""),
    ("ТГ-02110", "Тосны битүүмжлэл (сальник) TC 55×72×8, NBR", "ш", "600", "2.35", ""),
    ("ТГ-02117", "O-цагираг 45×3.5, FKM", "ш", "2000", "0.8650", ""),
    ("ТГ-03005", "Гидравлик хоолой 2SN DN16, 1 м, хоёр үзүүр JIC холбоостой", "ш", "150", "68.00", "5"),
    ("ТГ-03012", "Гидравлик хоолой 4SH DN25 (ороомгоор, 50 м)", "м", "250", "96.40", ""),
    ("ТГ-04001", "Гидравлик шүүлтүүрийн элемент 10 мкм", "ш", "80", "46.50", ""),
    ("ТГ-04008", "Агаарын шүүлтүүр, уурхайн өөрөө буулгагч машинд", "ш", "60", "132.00", "3"),
    ("ТГ-05002", 'Бөмбөлөгт хавхлага 1", зэвэрдэггүй ган', "ш", "100", "42.60", ""),
    ("ТГ-05014", "Буцах хавхлага DN50, PN16, цутгамал их бие", "ш", "40", "185.00", ""),
    ("ТГ-06001", "Боолт M16×60, 10.9, цайрдсан, DIN 933 (хайрцагт 50 ш)", "хайрцаг", "40", "96.00", ""),
    ("ТГ-06003", "Эрэг M16, анги 10, цайрдсан, DIN 934 (хайрцагт 100 ш)", "хайрцаг", "20", "48.50", ""),
    ("ТГ-06010", "Жийрэг M16, DIN 125, цайрдсан", "кг", "36.5", "18.40", ""),
    ("ТГ-07002", "Элэгдэлд тэсвэртэй ган хавтан NM400, 10 мм", "кг", "1250.5", "8.60", ""),
    ("ТГ-07010", "Гагнуурын утас ER70S-6, Ø1.2 мм (ороомог 15 кг)", "ороомог", "60", "118.00", ""),
    ("ТГ-08001", "Даралт хэмжигч 0-400 бар, Ø63, глицеринтэй", "ш", "50", "36.80", ""),
    ("ТГ-08012", "Шестерен насос CBN-F316, 16 мл/эргэлт", "ш", "12", "1260.00", "5"),
    ("ТГ-09001", "Өргөлтийн оосор 5 т, 4 м", "ш", "30", "88.00", ""),
    ("ТГ-09006", "Зэвэрдэггүй хомут 12-22 мм", "ш", "5000", "0.3150", ""),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("№",), 20, "c"),
        Column(("Барааны", "код"), 54, "l"),
        Column(("Барааны нэр, үзүүлэлт",), 0, "l"),
        Column(("Хэмжих", "нэгж"), 44, "c"),
        Column(("Тоо", "хэмжээ"), 56, "r"),
        Column(("Нэгжийн", "үнэ"), 52, "r"),
        Column(("Хөнг.", "%"), 36, "r"),
        Column(("Нийт дүн",), 64, "r"),
    ],
    size=7.5,
    line_h=9.5,
)


def money(value: Decimal | str, places: int = 2) -> str:
    """1,234.50: the package's number format (comma thousands, decimal point)."""
    return f"{Decimal(value):,.{places}f}"


def price(value: str) -> str:
    """Нэгжийн үнэ as keyed, two or four decimals, with the thousands grouped (1,260.00; 0.8650)."""
    return money(value, len(value.partition(".")[2]))


def mn_date(day: dt.date) -> str:
    """2026.12.09: the year first, as Mongolia writes a date."""
    return day.strftime("%Y.%m.%d")


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


def _box(c: Canvas, x: float, y: float, width: float, caption: str, lines: list[str], fonts_: tuple) -> None:
    font, bold = fonts_
    height = 14 + 10 * len(lines) + 4
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.rect(x, y - 12, width, 12, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    c.rect(x, y - height, width, height)
    c.line(x, y - 12, x + width, y - 12)
    draw.text(c, x + 4, y - 8.8, caption, bold, 7.5)
    for k, value in enumerate(lines):
        draw.text(c, x + 4, y - 22 - 10 * k, value, bold if k == 0 else font, 7.5)


def _head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 40
    draw.text(c, LEFT, top, BUYER, bold, 12)
    company = [
        "Регистрийн дугаар: 6123418",
        "Хаяг: Улаанбаатар хот, Сонгинохайрхан дүүрэг, 20-р хороо, Үйлдвэрийн гудамж 14",
        "Утас: +976 7011-4418, +976 9911-4418   И-мэйл: hudaldan@tengerhydraulic.mn",
        "Харилцах данс: Хаан банк, 5037123418 (CNY)   SWIFT: AGMOMNUB",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, font, 7)
    y = top - 70
    draw.text(c, WIDTH / 2, y, f"ХУДАЛДАН АВАХ ЗАХИАЛГА № {PO}", bold, 12.5, "center")
    y -= 16
    draw.text(c, LEFT, y, "2026 оны 12 дугаар сарын 09", font, 8)
    draw.text(c, RIGHT, y, "Улаанбаатар хот", font, 8, "right")
    y -= 10
    half = (RIGHT - LEFT - 10) / 2
    buyer = [BUYER, "Регистрийн дугаар: 6123418", "Улаанбаатар хот, Сонгинохайрхан дүүрэг, 20-р хороо"]
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu, Хятад Улс"]
    _box(c, LEFT, y, half, "Захиалагч", buyer, (font, bold))
    _box(c, LEFT + half + 10, y, half, "Нийлүүлэгч", supplier, (font, bold))
    y -= 58
    lines = [
        ("Захиалгын огноо:", mn_date(ORDER_DATE)),
        ("Нийлүүлэх хугацаа:", mn_date(DELIVERY)),
        ("Валют:", "CNY (юань)"),
        ("Нийлүүлэх нөхцөл:", "DAP Замын-Үүд (Incoterms 2020)"),
        ("Төлбөрийн нөхцөл:", TERMS),
        ("Хүргэх хаяг:", ADDRESS),
        ("Хүлээн авагч:", "Агуулахын эрхлэгч Б.Энхтуяа, +976 9911-4420"),
        ("Үнийн санал:", "QH-Q26-1203, 2026.12.03"),
    ]
    for k, (label, value) in enumerate(lines):
        draw.text(c, LEFT, y - 11 * k, label, bold, 7.5)
        draw.text(c, LEFT + 92, y - 11 * k, value, font, 7.5)
    y -= 11 * len(lines) + 2
    draw.text(c, LEFT, y, "Дараах барааг доорх нөхцөлөөр нийлүүлнэ үү.", font, 7.5)
    return y - 8


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, unit, qty, unit_price, discount = item
    parts = wrap_words(name, font, GRID.size, GRID.width(2))
    cells = [
        [f"{n}"],
        [code],
        parts,
        [unit],
        [money(qty)],
        [price(unit_price)],
        [discount],
        [money(FIELDS.amount(item))],
    ]
    return GRID.row(c, y, cells, font)


def _totals(c: Canvas, y: float, font: str, bold: str) -> float:
    rows = [
        ("Дүн:", money(total()), font),
        ("НӨАТ 0% (импортын НӨАТ-ыг гаалийн байгууллагад төлнө):", money(0), font),
        ("Нийт төлөх дүн, CNY:", money(total()), bold),
    ]
    for k, (label, value, face) in enumerate(rows):
        base = y - 13 - 12 * k
        draw.text(c, GRID.edges[7] - 6, base, label, face, 8, "right")
        draw.text(c, RIGHT - 2.5, base, value, face, 8, "right")
    y -= 13 + 12 * len(rows) + 8
    draw.text(c, LEFT, y, f"Мөнгөн дүн үсгээр: {IN_WORDS}", font, 8)
    y -= 20
    draw.text(c, LEFT, y, "Тайлбар:", bold, 8)
    notes = [
        "1. Захиалгыг хүлээн авснаа 3 ажлын өдрийн дотор и-мэйлээр баталгаажуулна уу.",
        "2. Нэхэмжлэх, баглаа боодлын жагсаалт болон хайрцаг бүр дээр захиалгын дугаарыг заавал бичнэ.",
        "3. Ачааны хамт гарал үүслийн гэрчилгээ болон чанарын сертификатыг ирүүлнэ.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 12 - 10.5 * k, value, font, 7.5)
    y -= 12 + 10.5 * len(notes) + 28
    signs = [
        ("Захиалга өгсөн:", "Худалдан авалтын менежер", "/Б.Гантулга/"),
        ("Хянасан:", "Ерөнхий нягтлан бодогч", "/Д.Сарантуяа/"),
        ("Баталсан:", "Гүйцэтгэх захирал", "/Ж.Батбаяр/"),
    ]
    c.setLineWidth(0.4)
    for k, (role, title, name) in enumerate(signs):
        base = y - 22 * k
        draw.text(c, LEFT, base, role, bold, 8)
        draw.text(c, LEFT + 80, base, title, font, 8)
        c.line(LEFT + 210, base - 1, LEFT + 320, base - 1)
        draw.text(c, LEFT + 326, base, name, font, 8)
    draw.text(c, LEFT + 440, y - 22, "Т.Т.", bold, 9)
    return y - 44


def _foot(c: Canvas, font: str, page: int) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 30, "Acolous   Хэвлэсэн: 2026.12.09 10:42   Хэрэглэгч: Б.Гантулга", font, 6.5)
    draw.text(c, RIGHT, 30, f"Хуудас {page} / {PAGES}", font, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font, bold = fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Худалдан авах захиалга {PO}")
    c.setAuthor("Б.Гантулга")
    c.setCreator("Acolous")
    y = GRID.head(c, _head(c, font, bold), bold)
    page = 1
    for n, item in enumerate(ITEMS, start=1):
        if n == LINES_PER_PAGE + 1:  # the form's page holds 17 lines: it says so and repeats a short head
            if y - 12 < BOTTOM - 16:
                raise AssertionError("page 1 runs into its foot")
            draw.text(c, RIGHT, y - 12, "Үргэлжлэл дараагийн хуудсанд", font, 7.5, "right")
            _foot(c, font, page)
            c.showPage()
            page += 1
            top = HEIGHT - 40
            draw.text(c, LEFT, top, f"ХУДАЛДАН АВАХ ЗАХИАЛГА № {PO} (үргэлжлэл)", bold, 9)
            draw.text(c, RIGHT, top, mn_date(ORDER_DATE), font, 8, "right")
            y = GRID.head(c, top - 12, bold)
        y = _item(c, y, n, item, font)
    if _totals(c, y, font, bold) < BOTTOM:
        raise AssertionError("the last page runs into its foot")
    _foot(c, font, page)
    c.showPage()
    c.save()
    if page != PAGES:
        raise AssertionError(f"{page} pages, not {PAGES}")
    return buffer.getvalue()
