"""Unseen layout: a Kutaisi farm-machinery maker's შესყიდვის შეკვეთა printed by FINA (Georgia), USD, 2 pages.

შპს „ქუთაისის აგრომექანიკა“ keeps its trade, stock and purchasing in FINA, the Georgian business-management
package (it buys in foreign currencies beside the lari), and sends the order to us as the PDF of FINA's
purchase-order print form (A4 portrait, Georgian script: DejaVu Sans embedded). What it prints: the company
top left with its ს/კ (identification code), legal address, bank and IBAN (GE...), phone and e-mail;
შესყიდვის შეკვეთა № 000418 centred over the town and date; a ruled two-column table of the parties,
მომწოდებელი (us, ჩინეთი) beside მყიდველი (the company); a label: value block (შეკვეთის თარიღი 21.12.2026,
მიწოდების ვადა 15.02.2027, მიწოდების პირობები FOB შანხაი (Incoterms 2020), გადახდის პირობები, ვალუტა
USD, თქვენი წინადადება our quotation, საკონტაქტო პირი) and მიწოდების მისამართი over two lines (the
warehouse's name; the street and town, საქართველო); "გთხოვთ, მოგვაწოდოთ შემდეგი საქონელი:"; a ruled grid
with a grey head whose captions wrap onto two lines: № | კოდი (KAM-1021) | დასახელება (Georgian, wrapped at
words) | ზომის ერთ. (ცალი, კომპლ., რულონი, შეკვრა, კგ) | რაოდენობა with two decimals, a no-break space for
the thousands and a decimal comma (5 000,00; 612,50) | ფასი, USD with two or four decimals (0,0180) |
ფასდ., % (5 and 3, blank on the rest) | თანხა, USD after it; 19 lines, 16 on page 1; page 2 under a short
head (შესყიდვის შეკვეთა № 000418, 21.12.2026 (გაგრძელება)) and the grid head again; ჯამი / დღგ 0% (the
import's VAT is paid at customs) / სულ გადასახდელი, USD 20 015,68; the sum in words (ოცი ათას თხუთმეტი აშშ
დოლარი და 68 ცენტი); შენიშვნები 1-3; შეადგინა / დაამტკიცა with (ხელმოწერა) and ბ.ა. (the seal's place);
a foot with FINA, the print time and გვერდი n / 2.

Truth: the PO number 000418; the order date შეკვეთის თარიღი; the requested delivery date მიწოდების ვადა;
the currency USD; the buyer the company; the supplier მომწოდებელი (us); the ship-to address the street and
town line of მიწოდების მისამართი (the warehouse's name over it and საქართველო after it left out); the
payment terms გადახდის პირობები; the total სულ გადასახდელი; per line the part number კოდი, the description
დასახელება (wrapped lines joined with a space), the unit, the quantity, the unit price ფასი (before the
discount) and the amount თანხა (after it).
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

FILENAME = "Shesyidvis_shekveta_000418.pdf"
BUYER = "შპს „ქუთაისის აგრომექანიკა“"
PO = "000418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 15)
WAREHOUSE = f"{BUYER} – ცენტრალური საწყობი"
ADDRESS = "ნიკეას ქ. 46, ქუთაისი 4600"
TERMS = "საბანკო გადარიცხვით, ინვოისის თარიღიდან 60 დღის განმავლობაში"
IN_WORDS = "ოცი ათას თხუთმეტი აშშ დოლარი და 68 ცენტი"
NBSP = "\u00a0"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
FIRST = 16  # lines on page 1
PAGES = 2
# კოდი, დასახელება, ზომის ერთ., რაოდენობა, ფასი (USD), ფასდ. %
ITEMS = [
    ("KAM-1021", "საკისარი 6205-2RS C3", "ცალი", "400", "1.92", ""),
    ("KAM-1024", "საკისარი კორპუსით UCP 208, თუჯის კორპუსი", "ცალი", "120", "9.85", ""),
    ("KAM-1107", "ჭიახრახნული რედუქტორი NMRV 063, i=40, ფლანეცით", "ცალი", "24", "118.50", "5"),
    ("KAM-1112", "ელექტროძრავა 1,5 კვტ, 1500 ბრ/წთ, IP55", "ცალი", "24", "96.00", ""),
    ("KAM-1203", "როლიკური ჯაჭვი 08B-1 (რულონი 5 მ)", "რულონი", "60", "14.60", ""),
    ("KAM-1208", "კბილანა z=17, 08B-1, ნახვრეტი Ø25", "ცალი", "240", "6.35", ""),
    ("KAM-1301", "ჰიდრავლიკური ცილინდრი 63/35×300, ორმხრივი მოქმედების", "ცალი", "36", "84.00", "3"),
    ("KAM-1315", "ჰიდროცილინდრის შუასადებების კომპლექტი 63/35", "კომპლ.", "72", "11.20", ""),
    ("KAM-1305", "ჰიდრავლიკური შლანგი 2SN DN10, 1 მ, ორივე მხარეს ქანჩით", "ცალი", "150", "7.45", ""),
    ("KAM-1310", 'ბურთულიანი სარქველი 1/2", უჟანგავი ფოლადი', "ცალი", "80", "6.90", ""),
    ("KAM-1402", "ჭანჭიკი M10×40, 8.8, მოთუთიებული (შეკვრა 100 ც.)", "შეკვრა", "50", "8.40", ""),
    ("KAM-1405", "ქანჩი M10, კლასი 8, მოთუთიებული (შეკვრა 100 ც.)", "შეკვრა", "50", "3.15", ""),
    ("KAM-1409", "საყელური M10, DIN 125", "ცალი", "5000", "0.0180", ""),
    ("KAM-1502", "O-რგოლი 32×3,1, NBR 70", "ცალი", "2000", "0.0650", ""),
    ("KAM-1604", "უჟანგავი ფოლადის ფურცელი AISI 304, 2 მმ", "კგ", "612.5", "3.48", ""),
    ("KAM-1610", "შედუღების მავთული ER70S-6, Ø1,0 მმ", "კგ", "450", "1.85", ""),
    ("KAM-1702", "მანომეტრი 0-250 ბარი, Ø63, გლიცერინით", "ცალი", "60", "5.75", ""),
    ("KAM-1803", "ჰიდრავლიკური ფილტრის ელემენტი, 10 მკმ", "ცალი", "90", "12.40", "5"),
    ("KAM-1901", "ხის პალეტი ISPM 15, ექსპორტისთვის", "ცალი", "6", "14.00", ""),
]
COLS = [  # caption lines, width, align
    (["№"], 20, "c"),
    (["კოდი"], 50, "l"),
    (["დასახელება"], 190, "l"),
    (["ზომის", "ერთ."], 44, "c"),
    (["რაოდენობა"], 60, "r"),
    (["ფასი,", "USD"], 48, "r"),
    (["ფასდ.,", "%"], 38, "r"),
    (["თანხა,", "USD"], 0, "r"),
]
SIZE, LINE_H = 7.5, 9.5
GRID = RuledGrid(
    LEFT, RIGHT, [Column(tuple(caption), width, align) for caption, width, align in COLS], SIZE, LINE_H
)


def ge_number(value: Decimal | str, places: int = 2) -> str:
    """5 000,00: Georgian thousands with a space, decimal comma (the Windows ka-GE format)."""
    return f"{Decimal(value):,.{places}f}".replace(",", " ").replace(".", ",")


def printed(text: str) -> str:
    """As the page prints it: the thousands space is a no-break space."""
    return text.replace(" ", NBSP)


def money(value: Decimal | str) -> str:
    return ge_number(value)


def price(value: str) -> str:
    return ge_number(value, 4 if len(value.split(".")[1]) == 4 else 2)


def ge_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


FIELDS = ItemFields()


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


def _head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 40
    draw.text(c, LEFT, top, BUYER, bold, 12)
    company = [
        "ს/კ 412731956",
        "იურიდიული მისამართი: ავტომშენებლის ქ. 88, ქუთაისი 4600, საქართველო",
        "ბანკი: სს „საქართველოს ბანკი“, BAGAGE22, ა/ა GE47BG0000000501234567",
        "ტელ.: +995 431 24 18 36, ელ. ფოსტა: shesyidvebi@kam.ge",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, font, 7)
    y = top - 66
    draw.text(c, WIDTH / 2, y, f"შესყიდვის შეკვეთა № {PO}", bold, 13, "center")
    draw.text(c, WIDTH / 2, y - 15, f"ქ. ქუთაისი, {ge_date(ORDER_DATE)}", font, 8.5, "center")
    y -= 30
    parties = [
        (
            "მომწოდებელი",
            [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu, ჩინეთი"],
        ),
        ("მყიდველი", [BUYER, "ს/კ 412731956", "ავტომშენებლის ქ. 88, ქუთაისი 4600"]),
    ]
    half = (RIGHT - LEFT) / 2
    c.setLineWidth(0.5)
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.rect(LEFT, y - 13, RIGHT - LEFT, 13, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.rect(LEFT, y - 13 - 36, RIGHT - LEFT, 13 + 36)
    c.line(LEFT, y - 13, RIGHT, y - 13)
    c.line(LEFT + half, y, LEFT + half, y - 49)
    for k, (label, lines) in enumerate(parties):
        x = LEFT + k * half + 4
        draw.text(c, x, y - 9.5, label, bold, 8)
        for n, value in enumerate(lines):
            draw.text(c, x, y - 23 - 10.5 * n, value, bold if n == 0 else font, 7.5)
    y -= 62
    info = [
        ("შეკვეთის თარიღი:", ge_date(ORDER_DATE)),
        ("მიწოდების ვადა:", ge_date(DELIVERY)),
        ("მიწოდების პირობები:", "FOB შანხაი (Incoterms 2020)"),
        ("გადახდის პირობები:", TERMS),
        ("ვალუტა:", "USD"),
        ("თქვენი წინადადება:", "QH-Q26-1219, 14.12.2026"),
        ("საკონტაქტო პირი:", "ნინო ბერიძე, შესყიდვების მენეჯერი, +995 599 41 82 07"),
        ("მიწოდების მისამართი:", WAREHOUSE),
        ("", f"{ADDRESS}, საქართველო"),
    ]
    for k, (label, value) in enumerate(info):
        draw.text(c, LEFT, y - 11 * k, label, bold if label.startswith("მიწოდების მ") else font, 7.5)
        draw.text(c, LEFT + 118, y - 11 * k, value, font, 7.5)
    y -= 11 * len(info) + 6
    draw.text(c, LEFT, y, "გთხოვთ, მოგვაწოდოთ შემდეგი საქონელი:", font, 8)
    return y - 8


def _short_head(c: Canvas, font: str, bold: str) -> float:
    top = HEIGHT - 40
    draw.text(c, LEFT, top, BUYER, bold, 10)
    value = f"შესყიდვის შეკვეთა № {PO}, {ge_date(ORDER_DATE)} (გაგრძელება)"
    draw.text(c, LEFT, top - 14, value, font, 8.5)
    return top - 26


def _thead(c: Canvas, y: float, bold: str) -> float:
    height = 4 + LINE_H * 2
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(LEFT, y - height, RIGHT - LEFT, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    c.rect(LEFT, y - height, RIGHT - LEFT, height)
    for k, (caption, _, _) in enumerate(COLS):
        if k:
            c.line(GRID.edges[k], y, GRID.edges[k], y - height)
        centre = (GRID.edges[k] + GRID.edges[k + 1]) / 2
        for n, part in enumerate(caption):
            draw.text(c, centre, y - 9.5 - LINE_H * n, part, bold, SIZE, "center")
    return y - height


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, unit, qty, cost, discount = item
    parts = wrap_words(name, font, SIZE, GRID.width(2))
    cells = [[f"{n}"], [code], parts, [unit], [printed(money(qty))], [price(cost)], [discount]]
    cells.append([printed(money(FIELDS.amount(item)))])
    height = 4 + LINE_H * len(parts)
    GRID.framed(c, y, cells, font, height)
    return y - height


def _totals(c: Canvas, y: float, font: str, bold: str) -> float:
    rows = [
        ("ჯამი:", printed(money(FIELDS.total(ITEMS))), font),
        ("დღგ 0% (იმპორტი – დღგ გადაიხდება საბაჟოზე):", money(0), font),
        ("სულ გადასახდელი, USD:", printed(money(FIELDS.total(ITEMS))), bold),
    ]
    for k, (label, value, face) in enumerate(rows):
        base = y - 13 - 12 * k
        draw.text(c, GRID.edges[7] - 6, base, label, face, 8, "right")
        draw.text(c, RIGHT - 2.5, base, value, face, 8, "right")
    y -= 13 + 12 * len(rows) + 6
    draw.text(c, LEFT, y, f"თანხა სიტყვიერად: {IN_WORDS}", font, 8)
    y -= 20
    draw.text(c, LEFT, y, "შენიშვნები:", bold, 8)
    notes = [
        "1. გთხოვთ, დაადასტუროთ შეკვეთა 3 სამუშაო დღის განმავლობაში.",
        "2. ინვოისში, შეფუთვის ფურცელსა და თითოეულ ყუთზე მიუთითეთ შეკვეთის ნომერი.",
        "3. ტვირთს უნდა ახლდეს წარმოშობის სერტიფიკატი (Form A); საქონელი მიიღება ორშაბათიდან "
        "პარასკევამდე, 9:00-17:00.",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 11 - 10 * k, value, font, 7)
    y -= 11 + 10 * len(notes) + 26
    draw.text(c, LEFT, y, "შეადგინა:", font, 8)
    draw.text(c, LEFT + 52, y, "ნინო ბერიძე", font, 8)
    draw.text(c, LEFT + 270, y, "დაამტკიცა:", font, 8)
    draw.text(c, LEFT + 326, y, "გიორგი კაპანაძე, დირექტორი", font, 8)
    c.setLineWidth(0.4)
    c.line(LEFT + 52, y - 16, LEFT + 220, y - 16)
    c.line(LEFT + 326, y - 16, RIGHT, y - 16)
    draw.text(c, LEFT + 52, y - 24, "(ხელმოწერა)", font, 6)
    draw.text(c, LEFT + 326, y - 24, "(ხელმოწერა)", font, 6)
    draw.text(c, LEFT + 270, y - 40, "ბ.ა.", font, 8)
    return y - 40


def _foot(c: Canvas, page: int, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 30, "FINA · დაბეჭდილია 21.12.2026 11:05", font, 6.5)
    draw.text(c, RIGHT, 30, f"გვერდი {page} / {PAGES}", font, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font, bold = fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"შესყიდვის შეკვეთა № {PO}")
    c.setAuthor(BUYER)
    c.setCreator("FINA")
    for page, chunk in enumerate((ITEMS[:FIRST], ITEMS[FIRST:]), start=1):
        y = _head(c, font, bold) if page == 1 else _short_head(c, font, bold)
        y = _thead(c, y, bold)
        for n, item in enumerate(chunk, start=1 + (FIRST if page == 2 else 0)):
            y = _item(c, y, n, item, font)
        if page == PAGES:
            y = _totals(c, y, font, bold)
        if y < 50:
            raise AssertionError(f"page {page} runs into its foot ({y:.0f})")
        _foot(c, page, font)
        c.showPage()
    c.save()
    return buffer.getvalue()
