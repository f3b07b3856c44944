"""Unseen layout: a Hwaseong hydraulic-cylinder maker's 발주서 from ECOUNT ERP, downloaded as Excel, in USD.

대성유압(주) keeps its purchasing in ECOUNT ERP (이카운트) and e-mails foreign suppliers the 발주서 print
form downloaded as Excel (인쇄 → 엑셀). ECOUNT gives an order no number other than the slip's
일자-No.: the date and the day's sequence, 2026/12/16-3, which is what the buyer quotes as its order number.
What the download holds, on one sheet 발주서 in 맑은 고딕: 발 주 서 merged over the width; on the left
일자-No., 거래처 (us, with 귀하 after the name), 납기일자 typed as text (2027/01/22), 납품장소, 결제조건
(T/T 60 days after B/L date), 외화종류 USD beside 환율 1,452.30; on the right the ordering company's box
with 발주자 written down a merged label column (등록번호, 상호 대성유압(주) beside 대표자, 주소 of the head
office, 업태 / 종목, 전화 / 팩스, 담당자 with an e-mail); 아래와 같이 발주합니다.; 합계금액 twice, in US$
(the order) and in won at the rate (원화환산 ₩); the table No. | 품목코드 | 품목명 | 규격 | 단위 | 수량 |
외화단가 | 외화금액 | 원화금액 | 납기일자 | 적요 where every line carries TWO amounts, the USD one and its
won value rounded to the won, prices with up to four decimals (0.042, 0.385), numbers as numbers with
ECOUNT's formats, dates as text, units EA / SET / M / KG, a 적요 on some lines; a 합계 row (the quantities
summed over mixed units, both amounts); 특이사항 numbered in one wrapped cell (inspection report, FORM E
certificate of origin); no formulas (ECOUNT writes values).

Truth: the PO number the 일자-No. (2026/12/16-3); the order date the date in it (2026-12-16); the requested
delivery date the head's 납기일자 (2027-01-22, the earliest; four lines later); the currency USD (외화종류);
the buyer the box's 상호 대성유압(주); the supplier the 거래처 without 귀하 (us); the ship-to address
납품장소; the payment terms 결제조건; the total the USD 합계금액 (not the won one); per line the part number
품목코드, the description 품목명 and 규격 joined with a space, the quantity 수량, the unit 단위, the unit
price 외화단가 and the amount 외화금액 (not 원화금액).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_EN, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "발주서_2026-12-16-3_대성유압.xlsx"
BUYER = "대성유압(주)"
PO = "2026/12/16-3"
ORDER_DATE = dt.date(2026, 12, 16)
DELIVERY = dt.date(2027, 1, 22)
LATER = dt.date(2027, 2, 5)
ADDRESS = "경기도 화성시 향남읍 발안공단로 123 자재창고"
TERMS = "T/T 60 days after B/L date"
RATE = Decimal("1452.30")
FIXED_TIME = dt.datetime(2026, 12, 16, 10, 5, 0)
# 품목코드, 품목명, 규격, 단위, 수량, 외화단가, later, 적요
ITEMS = [
    ("DSH-10231", "피스톤 씰", "DBM 63×48×6.3", "EA", "2000", "0.86", False, ""),
    ("DSH-10232", "피스톤 씰", "DBM 80×65×6.3", "EA", "1500", "1.02", False, ""),
    ("DSH-10310", "로드 씰", "UN 40×50×6", "EA", "3000", "0.385", False, ""),
    ("DSH-10422", "더스트 와이퍼", "A1 40×48×5/6.5", "EA", "3000", "0.29", False, ""),
    ("DSH-10507", "O-링", "P85 NBR70", "EA", "10000", "0.042", False, "100개 단위 소포장"),
    ("DSH-20115", "부싱", "CuSn8 Ø40×Ø50×40", "EA", "800", "3.35", False, ""),
    (
        "DSH-20240",
        "피스톤 로드",
        "S45C Ø40 경질크롬 L=850",
        "EA",
        "300",
        "18.60",
        True,
        "도면 DS-R-0412 Rev.C",
    ),
    ("DSH-20311", "실린더 튜브", "STKM13C Ø63×75 호닝 L=1000", "EA", "300", "24.15", True, ""),
    ("DSH-30102", "로드 엔드", "M24×2 GE25", "EA", "400", "6.85", False, ""),
    ("DSH-30118", "핀", "Ø25×90 SCM440 고주파", "EA", "400", "2.48", False, ""),
    ("DSH-40020", "씰 키트", "63/40 실린더용", "SET", "250", "11.40", True, "키트별 개별 포장"),
    ("DSH-50105", "유압 호스", "2SN DN12", "M", "500", "1.64", False, ""),
    ("DSH-50210", "그리스", "EP2 18kg/통", "KG", "360", "2.35", True, ""),
    ("DSH-60001", "수출 포장 팔레트", "훈증 1200×1000", "EA", "20", "15.50", False, ""),
]
FONT_NAME = "맑은 고딕"
THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PLAIN = Font(name=FONT_NAME, size=9)
BOLD = Font(name=FONT_NAME, size=9, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E7EEF7")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def line_amount(item: tuple) -> Decimal:
    return amount(item[4], item[5])


def won(value: Decimal) -> Decimal:
    return (value * RATE).quantize(Decimal(1), ROUND_HALF_UP)


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
        lines=[(i[0], f"{i[1]} {i[2]}", i[4], i[3], i[5], f"{line_amount(i)}") for i in ITEMS],
    )


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, align=None, merge: str = ""):
    cell = sheet[ref]
    cell.value = value
    cell.font = font
    if fmt:
        cell.number_format = fmt
    if align is not None:
        cell.alignment = align
    if merge:
        sheet.merge_cells(f"{ref}:{merge}")
    return cell


def _ruled(sheet, area: str) -> None:
    for row in sheet[area]:
        for cell in row:
            cell.border = GRID


def _head(sheet) -> None:
    _put(sheet, "A1", "발  주  서", Font(name=FONT_NAME, size=20, bold=True), None, CENTRE, "K1")
    sheet.row_dimensions[1].height = 36
    left = [
        ("일자-No.", PO),
        ("거래처", OUR_NAME_EN),
        ("납기일자", DELIVERY.strftime("%Y/%m/%d")),
        ("납품장소", ADDRESS),
        ("결제조건", TERMS),
    ]
    for k, (label, value) in enumerate(left):
        row = 3 + k
        _put(sheet, f"A{row}", label, BOLD, None, CENTRE).fill = HEAD_FILL
        _put(
            sheet,
            f"B{row}",
            value,
            PLAIN,
            "@",
            Alignment(vertical="center"),
            f"D{row}" if k == 1 else f"E{row}",
        )
    _put(sheet, "E4", "귀하", PLAIN, None, CENTRE)
    _put(sheet, "A8", "외화종류", BOLD, None, CENTRE).fill = HEAD_FILL
    _put(sheet, "B8", "USD", PLAIN, None, Alignment(vertical="center"))
    _put(sheet, "C8", "환율", BOLD, None, CENTRE).fill = HEAD_FILL
    _put(sheet, "D8", float(RATE), PLAIN, "#,##0.00", None, "E8")
    _ruled(sheet, "A3:E8")
    _put(sheet, "F3", "발\n\n주\n\n자", BOLD, None, CENTRE, "F8").fill = HEAD_FILL
    box = [
        ("등록번호", "124-86-41275", None, None),
        ("상호", BUYER, "대표자", "김정훈"),
        ("주소", "경기도 화성시 향남읍 발안공단로 123", None, None),
        ("업태", "제조업", "종목", "유압기기, 실린더"),
        ("전화", "031-352-8810", "팩스", "031-352-8819"),
        ("담당자", "구매팀 박민수 과장 (ms.park@daesunghyd.co.kr)", None, None),
    ]
    for k, (label, value, label2, value2) in enumerate(box):
        row = 3 + k
        _put(sheet, f"G{row}", label, BOLD, None, CENTRE).fill = HEAD_FILL
        if label2:
            _put(sheet, f"H{row}", value, PLAIN, None, Alignment(vertical="center"))
            _put(sheet, f"I{row}", label2, BOLD, None, CENTRE).fill = HEAD_FILL
            _put(sheet, f"J{row}", value2, PLAIN, None, Alignment(vertical="center"), f"K{row}")
        else:
            _put(sheet, f"H{row}", value, PLAIN, None, Alignment(vertical="center"), f"K{row}")
    _ruled(sheet, "F3:K8")
    _put(sheet, "A10", "아래와 같이 발주합니다.", PLAIN, None, Alignment(horizontal="left"), "K10")
    _put(sheet, "A11", "합계금액", BOLD, None, CENTRE, "B11").fill = HEAD_FILL
    _put(sheet, "C11", float(total()), BOLD, '"USD "#,##0.00', Alignment(horizontal="right"), "E11")
    _put(sheet, "F11", "원화환산", BOLD, None, CENTRE, "G11").fill = HEAD_FILL
    krw = sum((won(line_amount(item)) for item in ITEMS), Decimal(0))
    _put(sheet, "H11", int(krw), BOLD, '"₩"#,##0', Alignment(horizontal="right"), "K11")
    _ruled(sheet, "A11:K11")


def _table(sheet) -> int:
    heads = [
        "No.",
        "품목코드",
        "품목명",
        "규격",
        "단위",
        "수량",
        "외화단가",
        "외화금액",
        "원화금액",
        "납기일자",
        "적요",
    ]
    for col, title in enumerate(heads, start=1):
        cell = sheet.cell(row=13, column=col, value=title)
        cell.font, cell.alignment, cell.fill, cell.border = BOLD, CENTRE, HEAD_FILL, GRID
    fmts = [
        "0",
        "@",
        "@",
        "@",
        "@",
        "#,##0",
        "#,##0.00##",
        "#,##0.00",
        "#,##0",
        "@",
        "@",
    ]
    row = 14
    for n, item in enumerate(ITEMS, start=1):
        code, name, spec, unit, qty, price, later, remark = item
        values = [
            n,
            code,
            name,
            spec,
            unit,
            int(qty),
            float(price),
            float(line_amount(item)),
            int(won(line_amount(item))),
            (LATER if later else DELIVERY).strftime("%Y/%m/%d"),
            remark or None,
        ]
        for col, (value, fmt) in enumerate(zip(values, fmts, strict=True), start=1):
            cell = sheet.cell(row=row, column=col, value=value)
            cell.font, cell.number_format, cell.border = PLAIN, fmt, GRID
            if col in (1, 5, 10):
                cell.alignment = Alignment(horizontal="center")
        row += 1
    sums = {
        1: "합계",
        6: sum(int(item[4]) for item in ITEMS),
        8: float(total()),
        9: int(sum((won(line_amount(item)) for item in ITEMS), Decimal(0))),
    }
    for col in range(1, 12):
        cell = sheet.cell(row=row, column=col, value=sums.get(col))
        cell.font, cell.border, cell.fill = BOLD, GRID, HEAD_FILL
        cell.number_format = fmts[col - 1] if col > 1 else "General"
    sheet.merge_cells(f"A{row}:E{row}")
    sheet.cell(row=row, column=1).alignment = CENTRE
    row += 2
    _put(sheet, f"A{row}", "특이사항", BOLD, None, CENTRE).fill = HEAD_FILL
    notes = "\n".join(
        [
            "1. 선적 전 검사성적서(Inspection Report)와 재질증명서(Mill Certificate)를 메일로 송부 바랍니다.",
            "2. 한-중 FTA 원산지증명서(FORM E) 원본을 선적서류와 함께 송부 바랍니다.",
            "3. Invoice / Packing List에 당사 발주번호(일자-No.)를 기재 바랍니다.",
        ]
    )
    _put(sheet, f"B{row}", notes, PLAIN, None, Alignment(wrap_text=True, vertical="top"), f"K{row + 2}")
    _ruled(sheet, f"A{row}:K{row + 2}")
    sheet.merge_cells(f"A{row}:A{row + 2}")
    return row + 2


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "ECOUNT"
    workbook.properties.lastModifiedBy = "ECOUNT"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "발주서"
    widths = {"A": 9, "B": 13, "C": 16, "D": 24, "E": 7, "F": 9, "G": 10, "H": 12, "I": 12, "J": 11, "K": 18}
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    _head(sheet)
    last = _table(sheet)
    sheet.print_area = f"A1:K{last}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
