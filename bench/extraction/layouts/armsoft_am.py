"""Unseen layout: a Yerevan pump maker's ԳՆՄԱՆ ՊԱՏՎԵՐ printed by ArmSoft's ՀԾ-Ձեռնարկություն, USD, 1 page.

«Արմհիդրոմաշ» ՍՊԸ (irrigation and water pumps, Yerevan) keeps its books, stock and purchasing in
ՀԾ-Ձեռնարկություն (HC-Enterprise), the trade-and-production package of ArmSoft, whose ՀԾ-Հաշվապահ most
Armenian firms keep their accounts in, and sends the order to us as the PDF of its purchase-order print form
(A4 portrait, Armenian script: DejaVu Sans embedded). What it prints: the company top left with its ՀՎՀՀ
(taxpayer number), address, bank account and SWIFT, phone and e-mail, the labels ending in the Armenian ՝; the
addressee top right, Մատակարար՝ over us (Չինաստան) and Ի գիտություն՝ (for the attention of); ԳՆՄԱՆ ՊԱՏՎԵՐ №
0418 centred; a strip of ruled label-over-value boxes with grey label cells (Պատվերի ամսաթիվ 21.12.2026,
Մատակարարման ժամկետ 12.02.2027, Արժույթ USD, Մատակարարման պայմաններ CPT Երևան (Incoterms 2020), Ձեր առաջարկը
our offer); label՝ value lines (Վճարման պայմաններ, Առաքման հասցե the Masis warehouse's address, Ստացող the
warehouse and its storekeeper on the next line, Պատասխանատու); the request sentence ending in the Armenian
full stop ։; a ruled grid with a grey head of two-line captions: Հ/Հ | Կոդ (AH-01021) | Անվանում (wrapped at
words) | Չափի միավոր (հատ, մ, կգ, տուփ) | Քանակ with the package's three decimals and comma thousands
(2,000.000; 612.500) | Գին, USD as keyed (0.4250; 186.00) | Զեղչ, % (5 and 3 on three lines) | Գումար, USD
after it; 18 lines; Ընդամենը առանց ԱԱՀ / ԱԱՀ 0% (import VAT is paid at customs) / Վճարման ենթակա, USD; the
Central Bank's rate of the day and the order's value in drams under it (a second total, in AMD); the sum in
Armenian words; Նշումներ 1-3; Տնօրեն / Գլխավոր հաշվապահ / Կազմեց with Կ.Տ. (the seal's place); a foot with the
print time and Էջ 1 / 1.

Truth: the PO number 0418; the order date Պատվերի ամսաթիվ; the requested delivery date Մատակարարման ժամկետ;
the currency USD; the buyer the company; the supplier Մատակարար (us); the ship-to address the value of Առաքման
հասցե; the payment terms Վճարման պայմաններ; the total Վճարման ենթակա, USD (not the drams); per line the part
number Կոդ, the description Անվանում (wrapped lines joined with a space), the unit, the quantity, the unit
price Գին (before the discount) and the amount Գումար (after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import CENT, ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from bench.extraction.layouts.zakaz_1c_ru import fonts
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Գնման պատվեր N 0418.pdf"
BUYER = "«Արմհիդրոմաշ» ՍՊԸ"
PO = "0418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 12)
ADDRESS = "ք. Մասիս, Երևանյան խճուղի 12, 0802, Արարատի մարզ"
TERMS = "30% կանխավճար, 70%՝ բեռնումից հետո 10 բանկային օրվա ընթացքում"
RATE = Decimal("386.45")  # drams to the dollar, the Central Bank's rate of the order's day
IN_WORDS = "քսանմեկ հազար չորս հարյուր վաթսունինը ԱՄՆ դոլար 76 ցենտ"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 36.0, A4[0] - 36.0
# Կոդ, Անվանում, Չափի միավոր, Քանակ, Գին (USD), Զեղչ %
ITEMS = [
    ("AH-01021", "Գնդիկավոր առանցքակալ 6206-2RS C3", "հատ", "800", "2.14", ""),
    ("AH-01024", "Գնդիկավոր առանցքակալ 6308-ZZ C3", "հատ", "300", "4.96", ""),
    ("AH-02110", "Յուղախցուկ TC 45×62×8, NBR", "հատ", "1200", "0.4250", ""),
    ("AH-02115", "O-օղակ 50×3,5, FKM", "հատ", "2000", "0.1850", ""),
    ("AH-03002", "Մեխանիկական խցվածք 35 մմ, SiC/SiC, EPDM", "հատ", "60", "38.50", "5"),
    ("AH-03010", "Պոմպի աշխատանքային անիվ Ø185, չժանգոտվող պողպատ AISI 316", "հատ", "40", "64.00", ""),
    ("AH-04005", "Հիդրավլիկ ճկափող 2SN DN12, 1 մ, երկու ծայրը JIC", "հատ", "150", "8.65", ""),
    ("AH-04012", "Հիդրավլիկ ճկափող 1SN DN10 (կոճով 50 մ)", "մ", "500", "1.92", ""),
    ("AH-05001", 'Գնդային փական 1", չժանգոտվող պողպատ', "հատ", "120", "11.40", "3"),
    ("AH-05014", "Հակադարձ փական DN50, PN16, թուջե իրան", "հատ", "48", "27.80", ""),
    ("AH-06001", "Պտուտակ M10×40, 8.8, ցինկապատ, DIN 933 (տուփ 100 հատ)", "տուփ", "60", "7.90", ""),
    ("AH-06003", "Մանեկ M10, դաս 8, ցինկապատ, DIN 934 (տուփ 100 հատ)", "տուփ", "60", "2.85", ""),
    ("AH-06010", "Տափօղակ M10, DIN 125, ցինկապատ", "կգ", "42.5", "3.20", ""),
    ("AH-07002", "Չժանգոտվող պողպատե թերթ AISI 304, 2 մմ", "կգ", "612.5", "3.48", ""),
    ("AH-07010", "Եռակցման լար ER308L, Ø1,0 մմ (կոճ 15 կգ)", "կգ", "150", "6.85", ""),
    ("AH-08001", "Մանոմետր 0-16 բար, Ø63, գլիցերինով", "հատ", "100", "5.40", ""),
    ("AH-08012", "Էլեկտրաշարժիչ 5,5 կՎտ, 2900 պտ/ր, IP55", "հատ", "12", "186.00", "5"),
    ("AH-09001", "Հիդրավլիկ ֆիլտրի տարր, 10 մկմ", "հատ", "90", "12.40", ""),
]
TABLE = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("Հ/Հ",), 22, "c"),
        Column(("Կոդ",), 52, "l"),
        Column(("Անվանում",), 0, "l"),
        Column(("Չափի", "միավոր"), 40, "c"),
        Column(("Քանակ",), 56, "r"),
        Column(("Գին,", "USD"), 48, "r"),
        Column(("Զեղչ,", "%"), 32, "r"),
        Column(("Գումար,", "USD"), 62, "r"),
    ],
    size=7.5,
    line_h=9.5,
)


def money(value: Decimal | str, places: int = 2) -> str:
    """1,234.50: the package's number format (comma thousands, decimal point)."""
    return f"{Decimal(value):,.{places}f}"


def quantity(qty: str) -> str:
    return money(qty, 3)


def am_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


FIELDS = ItemFields()


def total() -> Decimal:
    return FIELDS.total(ITEMS)


def in_drams() -> Decimal:
    return (total() * RATE).quantize(CENT, ROUND_HALF_UP)


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
        "ՀՎՀՀ՝ 02573418",
        "Հասցե՝ ՀՀ, ք. Երևան 0053, Արին-Բերդի 3-րդ նրբանցք, 14/2",
        "Բանկ՝ «Ամերիաբանկ» ՓԲԸ, Հ/Հ՝ 1570023418760100",
        "SWIFT՝ ARMIAM22",
        "Հեռ.՝ +374 10 45 18 27, էլ. փոստ՝ gnumner@armhydromash.am",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 13 - 9.5 * k, value, font, 7)
    x = LEFT + 330
    draw.text(c, x, top, "Մատակարար՝", font, 7.5)
    supplier = [OUR_NAME_EN, "No. 88 Huoju Road, Suzhou New District", "215163 Suzhou, Jiangsu, Չինաստան"]
    for k, value in enumerate(supplier):
        draw.text(c, x, top - 12 - 10 * k, value, bold if k == 0 else font, 7.5)
    draw.text(c, x, top - 46, "Ի գիտություն՝ Ms. Lin Yue, sales@qihang-precision.cn", font, 7)
    y = top - 82
    draw.text(c, WIDTH / 2, y, f"ԳՆՄԱՆ ՊԱՏՎԵՐ № {PO}", bold, 13, "center")
    return _strip(c, font, bold, y - 14)


def _strip(c: Canvas, font: str, bold: str, y: float) -> float:
    boxes = [
        ("Պատվերի ամսաթիվ", am_date(ORDER_DATE), 92),
        ("Մատակարարման ժամկետ", am_date(DELIVERY), 104),
        ("Արժույթ", "USD", 56),
        ("Մատակարարման պայմաններ", "CPT Երևան (Incoterms 2020)", 130),
        ("Ձեր առաջարկը", "QH-Q26-1208, 08.12.2026", 0),
    ]
    x, label_h, value_h = LEFT, 12.0, 14.0
    c.setLineWidth(0.5)
    for label, value, width in boxes:
        width = width or RIGHT - x
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(x, y - label_h, width, label_h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, y - label_h - value_h, width, label_h + value_h)
        c.line(x, y - label_h, x + width, y - label_h)
        draw.text(c, x + width / 2, y - 8.5, label, font, 6.5, "center")
        draw.text(c, x + width / 2, y - label_h - 10, value, bold, 7.5, "center")
        x += width
    y -= label_h + value_h + 16
    lines = [
        ("Վճարման պայմաններ՝", TERMS),
        ("Առաքման հասցե՝", ADDRESS),
        ("Ստացող՝", f"{BUYER}, պահեստ N 2, պահեստապետ Արամ Պետրոսյան, +374 93 41 82 07"),
        ("Պատասխանատու՝", "Լիլիթ Հակոբյան, գնումների բաժին, +374 10 45 18 29"),
    ]
    for k, (label, value) in enumerate(lines):
        draw.text(c, LEFT, y - 11 * k, label, bold, 7.5)
        draw.text(c, LEFT + 104, y - 11 * k, value, font, 7.5)
    y -= 11 * len(lines) + 6
    request = "Խնդրում ենք մատակարարել հետևյալ ապրանքները՝ համաձայն Ձեր 08.12.2026թ. QH-Q26-1208 առաջարկի։"
    draw.text(c, LEFT, y, request, font, 7.5)
    return y - 8


def _item(c: Canvas, y: float, n: int, item: tuple, font: str) -> float:
    code, name, unit, qty, price, discount = item
    parts = wrap_words(name, font, TABLE.size, TABLE.width(2))
    cells = [[f"{n}"], [code], parts, [unit], [quantity(qty)], [price], [discount]]
    cells.append([money(FIELDS.amount(item))])
    return TABLE.framed(c, y, cells, font, 4 + TABLE.line_h * max(len(cell) for cell in cells))


def _totals(c: Canvas, y: float, font: str, bold: str) -> float:
    rows = [
        ("Ընդամենը առանց ԱԱՀ՝", money(total()), font),
        ("ԱԱՀ 0% (ներմուծման ԱԱՀ-ն վճարվում է մաքսային մարմնում)՝", money(0), font),
        ("Վճարման ենթակա, USD՝", money(total()), bold),
    ]
    for k, (label, value, face) in enumerate(rows):
        base = y - 13 - 12 * k
        draw.text(c, TABLE.edges[7] - 6, base, label, face, 8, "right")
        draw.text(c, RIGHT - 2.5, base, value, face, 8, "right")
    y -= 13 + 12 * len(rows) + 8
    rate = (
        f"Փոխարժեք՝ 1 USD = {RATE} ՀՀ դրամ (ՀՀ ԿԲ, {am_date(ORDER_DATE)}թ.), "
        f"համարժեքը՝ {money(in_drams())} դրամ"
    )
    draw.text(c, LEFT, y, rate, font, 7.5)
    draw.text(c, LEFT, y - 13, f"Գումարը բառերով՝ {IN_WORDS}", font, 8)
    y -= 33
    draw.text(c, LEFT, y, "Նշումներ՝", bold, 8)
    notes = [
        "1. Խնդրում ենք հաստատել պատվերի ընդունումը 3 աշխատանքային օրվա ընթացքում։",
        "2. Հաշիվ-ապրանքագրում, փաթեթավորման թերթիկում և յուրաքանչյուր արկղի վրա նշել պատվերի համարը։",
        "3. Բեռին կից ներկայացնել ծագման սերտիֆիկատ (Form A) և որակի սերտիֆիկատներ։",
    ]
    for k, value in enumerate(notes):
        draw.text(c, LEFT, y - 12 - 10.5 * k, value, font, 7.5)
    y -= 12 + 10.5 * len(notes) + 30
    signs = [("Տնօրեն՝", "Ա. Մարտիրոսյան"), ("Գլխավոր հաշվապահ՝", "Ն. Սարգսյան"), ("Կազմեց՝", "Լ. Հակոբյան")]
    c.setLineWidth(0.4)
    for k, (role, name) in enumerate(signs):
        base = y - 22 * k
        draw.text(c, LEFT, base, role, font, 8)
        c.line(LEFT + 110, base - 1, LEFT + 230, base - 1)
        draw.text(c, LEFT + 236, base, name, font, 8)
    draw.text(c, LEFT + 360, y - 22, "Կ.Տ.", bold, 9)
    return y - 44


def _foot(c: Canvas, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    draw.text(c, LEFT, 30, "Տպագրված է՝ 21.12.2026 14:32", font, 6.5)
    draw.text(c, RIGHT, 30, "Էջ 1 / 1", font, 6.5, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    font, bold = fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Գնման պատվեր N {PO}")
    c.setAuthor("Լիլիթ Հակոբյան")
    c.setCreator("ՀԾ-Ձեռնարկություն")
    y = TABLE.head(c, _head(c, font, bold), bold, drop=TABLE.line_h)
    for n, item in enumerate(ITEMS, start=1):
        y = _item(c, y, n, item, font)
    if _totals(c, y, font, bold) < 50:
        raise AssertionError("the page runs into its foot")
    _foot(c, font)
    c.showPage()
    c.save()
    return buffer.getvalue()
