"""Unseen layout: a Korean gear-reducer maker's 발주서 / PURCHASE ORDER to a Chinese supplier, in USD.

한빛정밀(주) (Hanbit Precision Co., Ltd., Changwon) orders reducer parts from abroad on the same 발주서
form its ERP (Douzone iCUBE) prints for Korean vendors, with English added under or after each Korean
label. What it prints: 발 주 서 / PURCHASE ORDER top left and the 결재란 top right (a grid of sign-off
boxes: 결재 written down its narrow first column, then 담당 / 팀장 / 이사 / 대표이사 over boxes with the
signers' names and dates); the order's own fields on the left: 발주번호 (P/O No.) HB-2612-0418, 발주일자
(P/O Date) in the Korean way, 2026. 12. 11. (dots, spaces and a trailing dot), 수신 (To) our name followed
by 귀중 (the honorific for a company), 참조 (Attn), TEL / FAX; beside them the buyer's own box, a ruled
grid whose label column 발주처 is written vertically, a character a line: 등록번호 (the business
registration number 609-81-52317), 상호 with the Korean and the English name, 성명 with the CEO and (인)
under a square red seal, 주소 (the head office), 업태 / 종목, 전화 / 담당자; 아래와 같이 발주합니다.; a
합계금액 (Total Amount) box before the items with the amount in Korean words (일금 ... 달러 ... 센트정)
and in figures (US$ ...), VAT 별도; a ruled grid of conditions (납기일자 (Delivery Date) 2027. 01. 20. |
인도조건 FOB Shanghai, 납품장소 (Delivery Place) across, 결제조건 (Payment Terms) | 통화 (Currency) USD,
선적항 | 도착항); the items in a fully ruled table with two-line heads, Korean over English (No. | 품번
Part No. | 품명 Description | 규격 Specification | 단위 Unit | 수량 Q'ty | 단가 Unit Price | 금액 Amount |
납기 Due Date | 비고 Remark), the line due dates as 2027.01.20, four-decimal prices, units EA / CAN /
SET; after the last item the row - 이하 여백 - ("the rest is blank") and empty ruled rows filling the
form's 20 rows; 합계 (TOTAL); 특기사항 (Remarks) numbered in Korean with English; a supplier's
acknowledgement line; the form number and 1 / 1 in the foot.

Truth: the PO number 발주번호 (HB-2612-0418; not the registration number); the order date 발주일자
(2026-12-11); the requested delivery date 납기일자 (2027-01-20); the currency USD; the buyer Hanbit
Precision Co., Ltd. (the 상호's English name); the supplier the 수신 (us, without 귀중); the ship-to address
the 납품장소 (the plant's warehouse, not the head office's 주소); the payment terms 결제조건; the total
합계금액 (the items' sum; VAT is not charged on an export); per line the part number 품번, the
description the 품명 and the 규격 joined with a space, the quantity 수량, the unit 단위, the unit price 단가
and the amount 금액. The 이하 여백 row and the empty rows are no lines.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped, order

FILENAME = "발주서_HB-2612-0418_Suzhou Qihang.pdf"
BUYER = "Hanbit Precision Co., Ltd."
BUYER_KO = "한빛정밀(주)"
PO = "HB-2612-0418"
ORDER_DATE = dt.date(2026, 12, 11)
DELIVERY = dt.date(2027, 1, 20)
LATER = dt.date(2027, 2, 3)
ADDRESS = (
    "Plant 2 Warehouse, 41 Seongsan-ro 290beon-gil, Seongsan-gu, Changwon-si, Gyeongsangnam-do 51573, Korea"
)
TERMS = "T/T 60 days after B/L date"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
LEFT, RIGHT = 30.0, draw.PAGE_WIDTH - 30.0
FORM_ROWS = 20
# 품번, 품명, 규격, 단위, 수량, 단가, 납기 늦음, 비고
ITEMS = [
    ("HP-10112", "Ball Bearing", "6205-2RS C3", "EA", "2000", "0.9200", False, "NSK/NTN"),
    ("HP-10118", "Ball Bearing", "6308-2Z C3", "EA", "500", "3.4500", False, "NSK/NTN"),
    ("HP-10231", "Taper Roller Bearing", "32210 J2/Q", "EA", "300", "8.6000", False, ""),
    ("HP-20415", "Oil Seal", "TC 45x62x8 NBR", "EA", "1500", "0.3800", False, ""),
    ("HP-20422", "Oil Seal", "TC 80x100x10 FKM", "EA", "400", "2.7500", False, ""),
    ("HP-30108", "Input Shaft", "SCM440 Ø35x212", "EA", "120", "18.5000", True, "Dwg. Rev.B"),
    ("HP-30115", "Output Shaft", "SCM440 Ø55x286", "EA", "120", "29.8000", True, "Dwg. Rev.A"),
    ("HP-40201", "Hex Socket Bolt", "M10x30 12.9 Black", "EA", "5000", "0.0850", False, ""),
    ("HP-40233", "Spring Washer", "M10 Zinc Plated", "EA", "5000", "0.0123", False, ""),
    ("HP-50017", "Parallel Key", "10x8x45 S45C", "EA", "600", "0.2400", False, ""),
    ("HP-60044", "Breather Plug", "M22x1.5", "EA", "300", "1.6500", False, ""),
    ("HP-60052", "Oil Sight Glass", "M27x1.5", "EA", "300", "2.1000", False, ""),
    ("HP-70009", "Gear Oil", "ISO VG220 18L", "CAN", "24", "46.5000", False, ""),
    ("HP-80031", "Wooden Case", "1200x800x600", "SET", "10", "38.7700", False, "Returnable"),
]
COLUMNS = [  # Korean head, English head, width, align
    ("순번", "No.", 20, "c"),
    ("품번", "Part No.", 54, "c"),
    ("품명", "Description", 86, "l"),
    ("규격", "Specification", 96, "l"),
    ("단위", "Unit", 26, "c"),
    ("수량", "Q'ty", 42, "r"),
    ("단가", "Unit Price", 50, "r"),
    ("금액", "Amount", 60, "r"),
    ("납기", "Due Date", 48, "c"),
    ("비고", "Remark", RIGHT - LEFT - 482, "c"),
]
SIZE, ROW = 7.2, 15.0
DIGITS = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
SMALL_UNITS = ["", "십", "백", "천"]
BIG_UNITS = ["", "만", "억"]


def korean_number(value: int) -> str:
    """Sino-Korean numerals as a 일금 line writes them: 23456 -> 이만삼천사백오십육 (일 kept: 일천)."""
    if value == 0:
        return "영"
    out = ""
    groups = []
    while value:
        value, rest = divmod(value, 10000)
        groups.append(rest)
    for big in range(len(groups) - 1, -1, -1):
        group = groups[big]
        if not group:
            continue
        digits = f"{group:04d}"
        for k, char in enumerate(digits):
            if char != "0":
                out += DIGITS[int(char)] + SMALL_UNITS[3 - k]
        out += BIG_UNITS[big]
    return out


def in_words(value: Decimal) -> str:
    dollars, cents = divmod(int((value * 100).to_integral_value()), 100)
    words = f"일금 {korean_number(dollars)}달러"
    return f"{words} {korean_number(cents)}센트정" if cents else f"{words}정"


def ko_date(day: dt.date) -> str:
    return f"{day.year}. {day.month:02d}. {day.day:02d}."


def line_amount(item: tuple) -> Decimal:
    return amount(item[4], item[5])


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
            (code, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for code, name, spec, unit, qty, price, *_ in ITEMS
        ],
    )


def _edges() -> list[float]:
    edges = [LEFT]
    for *_, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def _cell(c, font: str, col: int, base: float, value: str, size: float = SIZE) -> None:
    edges = _edges()
    align = COLUMNS[col][3]
    if align == "r":
        draw.text(c, edges[col + 1] - 2.5, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, edges[col] + 2.5, base, value, font, size)


def _approval(c, font: str, top: float) -> None:
    """The 결재란: 결재 down a narrow first column, then four sign-off boxes."""
    heads = ["담당", "팀장", "이사", "대표이사"]
    signed = [("박지훈", "12/11"), ("이상민", "12/11"), ("정우성", "12/11"), ("", "")]
    width, narrow = 44.0, 16.0
    x0 = RIGHT - narrow - width * len(heads)
    c.setLineWidth(0.6)
    c.rect(x0, top - 50, narrow + width * len(heads), 50)
    c.line(x0 + narrow, top, x0 + narrow, top - 50)
    draw.text(c, x0 + narrow / 2, top - 20, "결", font, 8, "center")
    draw.text(c, x0 + narrow / 2, top - 36, "재", font, 8, "center")
    c.line(x0 + narrow, top - 13, RIGHT, top - 13)
    for k, (head, (name, day)) in enumerate(zip(heads, signed, strict=True)):
        x = x0 + narrow + width * k
        if k:
            c.line(x, top, x, top - 50)
        draw.text(c, x + width / 2, top - 9.5, head, font, 7.2, "center")
        if name:
            draw.text(c, x + width / 2, top - 30, name, font, 7.5, "center")
            draw.text(c, x + width / 2, top - 44, day, font, 6, "center")


def _seal(c, font: str, x: float, y: float) -> None:
    """The company's square red 직인 over (인)."""
    c.saveState()
    c.setStrokeColorRGB(0.82, 0.1, 0.1)
    c.setFillColorRGB(0.82, 0.1, 0.1)
    c.setStrokeAlpha(0.8)
    c.setFillAlpha(0.8)
    c.setLineWidth(1.6)
    c.rect(x - 13, y - 13, 26, 26)
    for k, char in enumerate("한빛정밀"):
        draw.text(c, x - 5.5 + 11 * (k % 2), y + 2 - 11 * (k // 2), char, font, 8.5, "center")
    c.restoreState()


def _head(c, font: str) -> float:
    top = HEIGHT - 34
    draw.text(c, LEFT, top - 22, "발  주  서", font, 22)
    draw.text(c, LEFT + 2, top - 38, "PURCHASE ORDER", draw.LATIN_BOLD, 10)
    _approval(c, font, top)
    top -= 66
    fields = [
        ("발주번호 (P/O No.)", PO),
        ("발주일자 (P/O Date)", ko_date(ORDER_DATE)),
        ("수    신 (To)", f"{OUR_NAME_EN} 귀중"),
        ("참    조 (Attn)", "Ms. Chen Li, Sales Dept."),
        ("TEL / FAX", "+86-512-6651-2280 / 2281"),
    ]
    y = top - 12
    for label, value in fields:
        draw.text(c, LEFT, y, label, font, 7.8)
        draw.text(c, LEFT + 82, y, ":", font, 7.8)
        draw.text(c, LEFT + 88, y, value, font, 7.8)
        c.setLineWidth(0.3)
        c.line(LEFT, y - 3.5, LEFT + 262, y - 3.5)
        y -= 16
    # the buyer's box, its label column written vertically
    x0, height = LEFT + 272, 15.0
    rows = [
        (("등록번호", "609-81-52317"),),
        (("상    호", f"{BUYER_KO} {BUYER}"),),
        (("성    명", "김영수 (인)"), ("전    화", "055-268-4410")),
        (("주    소", "경상남도 창원시 성산구 완암로 58"),),
        (("업    태", "제조업"), ("종    목", "산업용 감속기")),
    ]
    box_w = RIGHT - x0
    c.setLineWidth(0.6)
    c.rect(x0, top - height * len(rows), box_w, height * len(rows))
    c.line(x0 + 16, top, x0 + 16, top - height * len(rows))
    for k, char in enumerate("발주처"):
        draw.text(c, x0 + 8, top - 22 - 16 * k, char, font, 8.5, "center")
    label_w = 40.0
    for r, row in enumerate(rows):
        y_top = top - height * r
        if r:
            c.line(x0 + 16, y_top, RIGHT, y_top)
        x = x0 + 16
        span = (RIGHT - x) / len(row)
        for k, (label, value) in enumerate(row):
            cx = x + span * k
            if k:
                c.line(cx, y_top, cx, y_top - height)
            c.line(cx + label_w, y_top, cx + label_w, y_top - height)
            draw.text(c, cx + label_w / 2, y_top - 10.5, label, font, 7, "center")
            draw.text(c, cx + label_w + 3, y_top - 10.5, value, font, 7)
    _seal(c, font, x0 + 16 + 40 + 44, top - height * 2 - 7)
    top -= height * len(rows) + 18
    draw.text(c, LEFT, top, "아래와 같이 발주합니다. (We hereby place our order as follows.)", font, 8.5)
    top -= 10
    c.setLineWidth(0.9)
    c.rect(LEFT, top - 22, RIGHT - LEFT, 22)
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(LEFT, top - 22, 96, 22, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, LEFT + 48, top - 14.5, "합계금액 (Total Amount)", font, 7.8, "center")
    draw.text(c, LEFT + 104, top - 14.5, f"{in_words(total())}  (US$ {grouped(total())})", font, 8.6)
    draw.text(c, RIGHT - 6, top - 14.5, "VAT 별도", font, 7, "right")
    top -= 30
    conditions = [
        (("납기일자 (Delivery Date)", ko_date(DELIVERY)), ("인도조건 (Incoterms)", "FOB Shanghai")),
        (("납품장소 (Delivery Place)", ADDRESS),),
        (("결제조건 (Payment Terms)", TERMS), ("통화 (Currency)", "USD")),
        (("선적항 (Port of Loading)", "Shanghai, China"), ("도착항 (Port of Discharge)", "Busan, Korea")),
    ]
    label_w, half = 100.0, (RIGHT - LEFT) / 2
    c.setLineWidth(0.5)
    for row in conditions:
        for k, (label, value) in enumerate(row):
            x = LEFT + half * k
            width = half if len(row) == 2 else RIGHT - LEFT
            c.setFillColorRGB(0.93, 0.93, 0.93)
            c.rect(x, top - 15, label_w, 15, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x + label_w, top - 15, width - label_w, 15)
            draw.text(c, x + 4, top - 10.5, label, font, 7)
            draw.text(c, x + label_w + 4, top - 10.5, value, font, 7.4)
        top -= 15
    return top - 10


def _heads(c, font: str, top: float) -> float:
    edges = _edges()
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(LEFT, top - 24, RIGHT - LEFT, 24, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for col, (korean, english, _, _) in enumerate(COLUMNS):
        middle = (edges[col] + edges[col + 1]) / 2
        draw.text(c, middle, top - 10, korean, font, 7.4, "center")
        draw.text(c, middle, top - 20, english, font, 6.4, "center")
    return top - 24


def _rows(c, font: str, top: float) -> float:
    edges = _edges()
    start = top
    for n, item in enumerate(ITEMS, start=1):
        code, name, spec, unit, qty, price, later, remark = item
        base = top - 10.5
        cells = [
            str(n),
            code,
            name,
            spec,
            unit,
            grouped(qty, 0),
            f"{Decimal(price):,.4f}",
            grouped(line_amount(item)),
            f"{(LATER if later else DELIVERY):%Y.%m.%d}",
            remark,
        ]
        for col, value in enumerate(cells):
            if value:
                _cell(c, font, col, base, value, 6.8 if col == 9 else SIZE)
        top -= ROW
    draw.text(c, (edges[2] + edges[4]) / 2, top - 10.5, "- 이하 여백 -", font, SIZE, "center")
    top -= ROW * (FORM_ROWS - len(ITEMS))
    c.setLineWidth(0.4)
    for k in range(FORM_ROWS + 1):
        c.line(LEFT, start - ROW * k, RIGHT, start - ROW * k)
    c.setLineWidth(0.6)
    c.line(LEFT, start + 24, RIGHT, start + 24)
    for edge in edges:
        c.line(edge, start + 24, edge, top)
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(LEFT, top - 16, RIGHT - LEFT, 16, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, (edges[0] + edges[5]) / 2, top - 11, "합    계  (TOTAL)", font, 8, "center")
    _cell(c, font, 7, top - 11, grouped(total()), 7.6)
    return top - 16


def _remarks(c, font: str, top: float) -> float:
    top -= 20
    draw.text(c, LEFT, top, "특기사항 (Remarks)", font, 8.5)
    remarks = [
        "1. 모든 제품은 당사 도면 및 사양에 따라 제작되어야 합니다. (All items must conform to our drawings "
        "and specifications.)",
        "2. 선적 시 Commercial Invoice, Packing List, 성적서(Inspection Certificate)를 송부 바랍니다.",
        "3. 납기 지연 시 지체상금(일 0.1%)이 부과됩니다. (Late delivery: 0.1% of the order value a day.)",
        "4. 본 발주서 수령 후 3일 이내에 서명하여 회신 바랍니다. (Please sign and return within 3 days.)",
    ]
    for remark in remarks:
        top -= 13
        draw.text(c, LEFT + 4, top, remark, font, 7)
    top -= 34
    draw.text(c, LEFT, top, "공급자 확인 (Supplier Acknowledgement) :", font, 8)
    c.setLineWidth(0.5)
    c.line(LEFT + 168, top - 2, LEFT + 330, top - 2)
    draw.text(c, LEFT + 334, top, "(서명 / Signature)", font, 7)
    draw.text(c, LEFT + 420, top, "Date :", font, 8)
    c.line(LEFT + 446, top - 2, RIGHT, top - 2)
    return top


def _foot(c, font: str) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 40, RIGHT, 40)
    draw.text(
        c, LEFT, 30, "HANBIT PRECISION CO., LTD.  58, Wanam-ro, Seongsan-gu, Changwon-si, Korea", font, 6.5
    )
    draw.text(c, WIDTH / 2 + 110, 30, "양식 HP-PUR-001 (Rev.3)", font, 6.5, "center")
    draw.text(c, RIGHT, 30, "1 / 1", font, 6.5, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"발주서 {PO}")
    top = _head(c, font)
    top = _rows(c, font, _heads(c, font, top))
    if _remarks(c, font, top) < 52:
        raise AssertionError("the remarks do not fit")
    _foot(c, font)
    c.showPage()
    c.save()
    return buffer.getvalue()
