"""Unseen layout: a Hai Phong engineering firm's ĐƠN ĐẶT HÀNG printed by BRAVO 8 in Vietnamese, USD, 2 pages.

CÔNG TY CỔ PHẦN CƠ KHÍ ĐÔNG HẢI (Nam Đình Vũ industrial zone) repairs port cranes and cement-plant conveyors
and keeps its books and stores in BRAVO 8, the Hanoi-made ERP many northern Vietnamese manufacturers run; its
buyer prints the đơn đặt hàng from the purchasing module's print form (A4 portrait, Times-like type: DejaVu
Serif Condensed embedded for the Vietnamese letters), exports it to PDF and saves it without diacritics as
Vietnamese offices name files (DON DAT HANG DDH-2612-0418.pdf). What it prints: the company, Địa chỉ, MST and
ĐT top left beside the national motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc); Hải
Phòng, ngày 21 tháng 12 năm 2026 (the order's only date); ĐƠN ĐẶT HÀNG centred over Số: DDH-2612-0418; Kính
gửi: (us), Địa chỉ, Người liên hệ / Điện thoại / Email and the sentence naming our quotation; a ruled grid
under a bold head of two-line captions STT | Mã hàng (DH-VB-22216) | Tên hàng hóa, quy cách (wrapped at words)
| ĐVT (Bộ, Cái, Hộp, Sợi, Cuộn, Kg, Viên, Đôi, Xô) | Số lượng as keyed (1.200; 2.450,5) | Đơn giá (USD) as
keyed (86,50; 0,865; 1.265,00) | CK (%) (5 and 3 on six lines) | Thành tiền (USD) after it, with the form's
row of column letters A | B | C | D | 1 | 2 | 3 | 4 under the head; Vietnamese numbers: a dot between
thousands, a comma before decimals, also inside descriptions (1.000 mm, i=24,9); 23 lines, 22 on page 1, the
head repeated on page 2 over the last; Cộng tiền hàng / Thuế GTGT 0% (paid at import) / Tổng cộng tiền thanh
toán in ruled rows; Số tiền viết bằng chữ (… đô la Mỹ và … xu./.); ĐIỀU KHOẢN ĐẶT HÀNG 1-7 (Thời gian giao
hàng: trước ngày 26/02/2027, Địa điểm giao hàng, Điều kiện giao hàng CIF Hải Phòng, Phương thức thanh toán,
Đồng tiền thanh toán, Chứng từ, Yêu cầu khác); XÁC NHẬN CỦA NHÀ CUNG CẤP / NGƯỜI LẬP / KẾ TOÁN TRƯỞNG / GIÁM
ĐỐC with (Ký, họ tên) and the names; a foot with the BRAVO print line and Trang n/2.

Truth: the PO number Số; the order date the Hải Phòng, ngày … line (2026-12-21); the requested delivery date
Thời gian giao hàng (2027-02-26); the currency USD; the buyer the company as printed (upper case); the
supplier Kính gửi (us); the ship-to address Địa điểm giao hàng; the payment terms Phương thức thanh toán; the
total Tổng cộng tiền thanh toán; per line the part number Mã hàng, the description (wrapped lines joined with
a space), the unit ĐVT, the quantity, the unit price Đơn giá (before the discount) and the amount Thành tiền
(after it).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._ruled_grid import Column, RuledGrid
from bench.extraction.layouts._wrapping import wrap_words
from orderbridge.model import PurchaseOrder
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "DON DAT HANG DDH-2612-0418.pdf"
BUYER = "CÔNG TY CỔ PHẦN CƠ KHÍ ĐÔNG HẢI"
PO = "DDH-2612-0418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 26)
ADDRESS = "Kho vật tư Công ty CP Cơ khí Đông Hải, Lô CN-12, KCN Nam Đình Vũ, phường Đông Hải, TP. Hải Phòng"
TERMS = "Chuyển khoản T/T 30% trả trước, 70% trong vòng 30 ngày kể từ ngày vận đơn (B/L)"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT, BOLD, ITALIC = "DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 34.0, A4[0] - 34.0
BOTTOM = 64.0  # the foot is under this
PAGES = 2
# Mã hàng, Tên hàng hóa / quy cách, ĐVT, Số lượng, Đơn giá (USD), CK (%)
ITEMS = [
    ("DH-VB-22216", "Vòng bi tang trống 22216 CCK/W33 C3 kèm ống lót côn H316", "Bộ", "24", "86.50", "5"),
    ("DH-VB-6310", "Vòng bi cầu 6310-2RS C3", "Cái", "200", "6.85", ""),
    ("DH-VB-NU2214", "Vòng bi đũa trụ NU2214 ECM, vòng cách đồng", "Cái", "30", "72.40", ""),
    ("DH-GO-UCP210", "Gối đỡ vòng bi UCP210, thân gang đúc, có vú mỡ", "Bộ", "60", "14.20", ""),
    ("DH-PH-TC8010", "Phớt chặn dầu TC 80x100x10 NBR", "Cái", "500", "1.18", ""),
    ("DH-OR-KIT382", "Bộ gioăng O-ring 30 cỡ NBR70 (hộp 382 chiếc)", "Hộp", "40", "7.60", ""),
    (
        "DH-XL-6380",
        "Xi lanh thủy lực HOB63x80-200, áp suất làm việc 14 MPa, đầu cần có tai gá lắp",
        "Cái",
        "12",
        "148.00",
        "3",
    ),
    (
        "DH-OT-2SN16",
        "Ống tuy ô thủy lực 2SN DN16, bấm đầu JIC hai đầu, dài 1.000 mm",
        "Sợi",
        "80",
        "11.35",
        "",
    ),
    ("DH-BO-CBN316", "Bơm bánh răng CBN-F316, lưu lượng 16 ml/vòng", "Cái", "10", "96.00", ""),
    ("DH-VA-4WE6", "Van điện từ 4WE6J62/EG24N9K4, điện áp 24VDC", "Cái", "20", "58.40", "5"),
    ("DH-DC-1104", "Động cơ điện 3 pha YE3-160M-4, 11kW, 380V, 50Hz, chân đế B3", "Cái", "6", "498.00", "5"),
    ("DH-HG-R87", "Hộp giảm tốc R87, tỷ số truyền i=24,9, trục ra Ø50", "Bộ", "4", "1265.00", "3"),
    ("DH-XC-20A1", "Xích con lăn 20A-1 (cuộn 5 m)", "Cuộn", "30", "64.80", ""),
    ("DH-DA-B71", "Dây đai thang B71", "Sợi", "150", "2.45", ""),
    (
        "DH-BL-M2080",
        "Bu lông lục giác M20x80 cấp bền 8.8 mạ kẽm nhúng nóng, kèm đai ốc và long đen",
        "Bộ",
        "1200",
        "0.865",
        "",
    ),
    ("DH-TH-S355", "Thép tấm S355JR dày 12 mm", "Kg", "2450.5", "0.96", ""),
    ("DH-QH-E7018", "Que hàn E7018 Ø3,2 mm (hộp 5 kg)", "Kg", "300", "1.42", ""),
    ("DH-DM-100", "Đá mài 100x6x16 mm", "Viên", "2000", "0.28", ""),
    ("DH-KD-LC1D32", "Khởi động từ LC1D32, cuộn hút 220VAC", "Cái", "40", "15.60", "5"),
    ("DH-DH-250", "Đồng hồ áp suất 0-250 bar, mặt Ø100, có dầu", "Cái", "30", "8.90", ""),
    ("DH-GT-DA01", "Găng tay da hàn bảo hộ", "Đôi", "300", "1.85", ""),
    ("DH-MO-EP2", "Mỡ bôi trơn chịu cực áp EP2 (xô 18 kg)", "Xô", "20", "38.50", ""),
    ("DH-KC-M16", "Khóa cáp M16 mạ kẽm", "Cái", "400", "0.72", ""),
]
FIELDS = ItemFields()
GRID = RuledGrid(
    LEFT,
    RIGHT,
    [
        Column(("STT",), 22, "c"),
        Column(("Mã hàng",), 76, "l"),
        Column(("Tên hàng hóa, quy cách",), 0, "l"),
        Column(("ĐVT",), 32, "c"),
        Column(("Số", "lượng"), 48, "r"),
        Column(("Đơn giá", "(USD)"), 52, "r"),
        Column(("CK", "(%)"), 26, "c"),
        Column(("Thành tiền", "(USD)"), 66, "r"),
    ],
    size=9.5,
    line_h=13,
)
LETTERS = ["A", "B", "C", "D", "1", "2", "3", "4"]
DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def fonts() -> tuple[str, str, str]:
    """DejaVu Serif Condensed (the Vietnamese letters are not in the PDF base fonts), embedded as a subset."""
    for name in (FONT, BOLD, ITALIC):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{name}.ttf"))
    return FONT, BOLD, ITALIC


def money(value: Decimal | str, places: int = 2) -> str:
    """A Vietnamese number: a dot between thousands, a comma before decimals (12.345,67)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def keyed(value: str) -> str:
    """A quantity or price as keyed, in Vietnamese (1.200; 2.450,5; 0,865)."""
    return money(value, len(value.partition(".")[2]))


def vn_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _three(n: int, full: bool) -> list[str]:
    """Up to three digits in Vietnamese words (northern usage: linh, mốt, lăm)."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words = [DIGITS[hundreds], "trăm"] if full or hundreds else []
    if tens == 0:
        if units:
            words += (["linh"] if words else []) + [DIGITS[units]]
    elif tens == 1:
        words += ["mười"] + (["lăm" if units == 5 else DIGITS[units]] if units else [])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 5: "lăm"}.get(units, DIGITS[units]))
    return words


def in_words(amount: Decimal) -> str:
    """The total as the form writes it: Năm mươi ... đô la Mỹ và ... xu./."""
    dollars, cents = divmod(int(amount * 100), 100)
    groups = []
    while dollars:
        dollars, group = divmod(dollars, 1000)
        groups.append(group)
    words: list[str] = []
    for k in range(len(groups) - 1, -1, -1):
        if groups[k]:
            words += _three(groups[k], full=k < len(groups) - 1) + ([["", "nghìn", "triệu"][k]] if k else [])
    text = " ".join(words) + " đô la Mỹ"
    if cents:
        text += " và " + " ".join(_three(cents, full=False)) + " xu"
    return text[0].upper() + text[1:] + "./."


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


def _head(c: Canvas) -> float:
    top = HEIGHT - 40
    draw.text(c, LEFT, top, BUYER, BOLD, 9.5)
    company = [
        "Địa chỉ: Lô CN-12, KCN Nam Đình Vũ, phường Đông Hải,",
        "TP. Hải Phòng, Việt Nam",
        "MST: 0201841822    ĐT: 0225 3978 418",
        "Email: vattu@cokhidonghai.com.vn",
    ]
    for k, value in enumerate(company):
        draw.text(c, LEFT, top - 12 - 10 * k, value, FONT, 8)
    motto = LEFT + 380
    draw.text(c, motto, top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BOLD, 8.5, "center")
    draw.text(c, motto, top - 12, "Độc lập - Tự do - Hạnh phúc", BOLD, 8.5, "center")
    c.setLineWidth(0.5)
    c.line(motto - 52, top - 15, motto + 52, top - 15)
    day = ORDER_DATE
    draw.text(
        c,
        motto,
        top - 32,
        f"Hải Phòng, ngày {day.day} tháng {day.month} năm {day.year}",
        ITALIC,
        8.5,
        "center",
    )
    y = top - 70
    draw.text(c, WIDTH / 2, y, "ĐƠN ĐẶT HÀNG", BOLD, 17, "center")
    draw.text(c, WIDTH / 2, y - 15, f"Số: {PO}", FONT, 9, "center")
    y -= 38
    draw.text(c, LEFT, y, "Kính gửi:", FONT, 9)
    draw.text(c, LEFT + 46, y, OUR_NAME_EN, BOLD, 9)
    lines = [
        "Địa chỉ: No. 88 Huoju Road, Suzhou New District, Suzhou, Jiangsu, China",
        "Người liên hệ: Ms. Chen Li        Điện thoại: +86 512 6618 4418        "
        "Email: sales@qihang-precision.cn",
        "Căn cứ báo giá số QH-Q26-1215 ngày 15/12/2026 của Quý công ty, Công ty Cổ phần Cơ khí Đông Hải "
        "đặt mua",
        "các mặt hàng sau:",
    ]
    for k, value in enumerate(lines):
        draw.text(c, LEFT, y - 13 - 12 * k, value, FONT, 8.5)
    return y - 13 - 12 * len(lines) + 4


def _table_head(c: Canvas, y: float) -> float:
    y = GRID.head(c, y, BOLD, grey=0.9)
    cells = [[letter] for letter in LETTERS]
    bottom = y - 11
    GRID.rules(c, y, bottom)
    for k, cell in enumerate(cells):
        centre = (GRID.edges[k] + GRID.edges[k + 1]) / 2
        draw.text(c, centre, y - 8.5, cell[0], ITALIC, 7.5, "center")
    return bottom


def _item(c: Canvas, y: float, n: int, item: tuple) -> float:
    code, name, unit, qty, unit_price, discount = item
    cells = [
        [f"{n}"],
        [code],
        wrap_words(name, FONT, GRID.size, GRID.width(2)),
        [unit],
        [keyed(qty)],
        [keyed(unit_price)],
        [discount],
        [money(FIELDS.amount(item))],
    ]
    return GRID.row(c, y, cells, FONT)


def _item_height(item: tuple) -> float:
    return 4 + GRID.line_h * len(wrap_words(item[1], FONT, GRID.size, GRID.width(2)))


class _Pages:
    """The report's flow: a section that does not fit above the foot goes on the next page."""

    def __init__(self, c: Canvas) -> None:
        self.c, self.page = c, 1

    def room(self, y: float, need: float) -> float:
        if y - need >= BOTTOM:
            return y
        _foot(self.c, self.page)
        self.c.showPage()
        self.page += 1
        return HEIGHT - 44


def _totals(pages: _Pages, y: float) -> float:
    c = pages.c
    rows = [
        ("Cộng tiền hàng:", money(total()), FONT),
        ("Thuế suất GTGT: 0% (thuế GTGT hàng nhập khẩu nộp tại khâu nhập khẩu)", money(0), FONT),
        ("Tổng cộng tiền thanh toán:", money(total()), BOLD),
    ]
    y = pages.room(y, 15 * len(rows))
    for label, value, face in rows:
        c.rect(LEFT, y - 15, GRID.edges[7] - LEFT, 15)
        c.rect(GRID.edges[7], y - 15, RIGHT - GRID.edges[7], 15)
        draw.text(c, GRID.edges[7] - 4, y - 10.5, label, face, 9, "right")
        draw.text(c, RIGHT - 2.5, y - 10.5, value, face, 9, "right")
        y -= 15
    y = pages.room(y, 22) - 14
    draw.text(c, LEFT, y, "Số tiền viết bằng chữ:", FONT, 9)
    draw.text(c, LEFT + 98, y, in_words(total()), ITALIC, 9)
    terms = [
        f"1. Thời gian giao hàng: trước ngày {vn_date(DELIVERY)}",
        f"2. Địa điểm giao hàng: {ADDRESS}",
        "3. Điều kiện giao hàng: CIF cảng Hải Phòng, Việt Nam (Incoterms 2020)",
        f"4. Phương thức thanh toán: {TERMS}",
        "5. Đồng tiền thanh toán: USD (Đô la Mỹ)",
        "6. Chứng từ giao hàng: Hóa đơn thương mại, Phiếu đóng gói, Vận đơn (B/L), C/O mẫu E, Chứng nhận",
        "    chất lượng (CQ)",
        "7. Yêu cầu khác: Hàng mới 100%, đóng gói chắc chắn; ghi số đơn đặt hàng trên hóa đơn và từng "
        "kiện hàng",
    ]
    y = pages.room(y - 8, 14 + 12 * len(terms)) - 12
    draw.text(c, LEFT, y, "ĐIỀU KHOẢN ĐẶT HÀNG:", BOLD, 9)
    for k, value in enumerate(terms):
        draw.text(c, LEFT + 8, y - 13 - 12 * k, value, FONT, 8.8)
    y -= 13 + 12 * len(terms)
    y = pages.room(y - 6, 90) - 14
    signs = [
        ("XÁC NHẬN CỦA NHÀ CUNG CẤP", "(Ký, họ tên, đóng dấu)", ""),
        ("NGƯỜI LẬP", "(Ký, họ tên)", "Nguyễn Thị Thu Hà"),
        ("KẾ TOÁN TRƯỞNG", "(Ký, họ tên)", "Trần Văn Hùng"),
        ("GIÁM ĐỐC", "(Ký, họ tên, đóng dấu)", "Phạm Quốc Bảo"),
    ]
    quarter = (RIGHT - LEFT) / 4
    for k, (title, hint, name) in enumerate(signs):
        centre = LEFT + quarter * (k + 0.5)
        draw.text(c, centre, y, title, BOLD, 8, "center")
        draw.text(c, centre, y - 11, hint, ITALIC, 8, "center")
        if name:
            draw.text(c, centre, y - 66, name, BOLD, 9, "center")
    return y - 66


def _foot(c: Canvas, page: int) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 38, RIGHT, 38)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    draw.text(c, LEFT, 28, "BRAVO 8 - Ngày in: 21/12/2026 10:42:15 - Người in: hantt", ITALIC, 7)
    draw.text(c, RIGHT, 28, f"Trang {page}/{PAGES}", ITALIC, 7, "right")
    c.setFillColorRGB(0, 0, 0)


def render() -> bytes:
    fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Đơn đặt hàng {PO}")
    c.setAuthor("hantt")
    c.setCreator("BRAVO 8")
    pages = _Pages(c)
    y = _table_head(c, _head(c))
    for n, item in enumerate(ITEMS, start=1):
        if y - _item_height(item) < BOTTOM:  # the grid goes on under its head repeated
            y = _table_head(c, pages.room(y, _item_height(item)))
        y = _item(c, y, n, item)
    _totals(pages, y)
    _foot(c, pages.page)
    c.showPage()
    c.save()
    if pages.page != PAGES:
        raise AssertionError(f"{pages.page} pages, not {PAGES}")
    return buffer.getvalue()
