"""General rules from the thirty-seventh and thirty-eighth blind sets' first runs: a Swedish Monitor order
(head names printed close in pairs, the line number joined to the part number, a discount on some lines, a
page foot of postcodes, the head repeated on page 2), a JD Edwards print in Chinese (说明 for the
description, address-book numbers heading the party blocks) and an Uzbek workbook (a row numbering the
columns under the head, unit words no list holds)."""

from __future__ import annotations

from decimal import Decimal

from ocr.column_roles import profile
from ocr.extraction import extract_order
from ocr.layout import Document, Line
from ocr.line_table import numbers_columns
from tests.ocr.built_documents import cell, line, pdf, sheet

# Monitor's columns: Pos Artikelnr | Benämning | Lev.datum | Antal Enh | À-pris Rab % | Belopp
_ROWS = [  # (pos and code, name, date, quantity, unit, price, discount, amount)
    ("1 310-2215", "Hydraulcylinder 50/30-300", "2027-03-01", "24", "st", "168,00", "", "4 032,00"),
    ("2 310-2231", "Hydraulcylinder 63/40-450", "2027-03-01", "16", "st", "214,50", "", "3 432,00"),
    ("3 320-1104", "Kulventil 1/2 BSP", "2027-02-15", "120", "st", "9,85", "", "1 182,00"),
    ("4 320-1120", "Backventil 3/4 BSP", "2027-02-15", "80", "st", "12,40", "5,00", "942,40"),
    ("5 330-0412", "Hydraulslang 2SN DN12", "2027-02-15", "150", "m", "11,20", "", "1 680,00"),
]
_XS = (57, 126, 292, 379, 398, 447, 483, 520)


def _row(top: float, values: tuple[str, ...]) -> Line:
    return line(top, *((x, text) for x, text in zip(_XS, values, strict=True) if text))


def _head(top: float, page: int = 1) -> Line:
    names = ((46, "Pos Artikelnr"), (126, "Benämning"), (292, "Lev.datum"), (367, "Antal Enh"))
    head = line(top, *names, (443, "À-pris Rab %"), (524, "Belopp"))
    return Line(page, [cell(c.x0, top, c.text) for c in head.cells])


def _monitor(*rows: tuple[str, ...], foot: bool = True) -> Document:
    lines = [
        line(20, (42, "Emån Skogsteknik AB"), (330, "INKÖPSORDER")),
        line(40, (333, "Ordernr"), (391, "Orderdatum")),
        line(52, (333, "31874"), (391, "2026-12-18")),
        _head(100),
        *(_row(115 + 15 * k, values) for k, values in enumerate(rows)),
    ]
    if foot:  # the page foot: postcodes that start with digits, no order line
        lines.append(line(700, (42, "577 22 Hultsfred"), (127, "577 36 Hultsfred"), (468, "SWIFT: HANDSESS")))
    return pdf(*lines)


def test_head_names_printed_close_are_parted_by_the_rows_and_a_line_number_from_its_code() -> None:
    order = extract_order(_monitor(*_ROWS))
    assert [row.customer_part_no for row in order.lines] == [values[0][2:] for values in _ROWS]
    fourth = order.lines[3]
    assert (fourth.quantity, fourth.unit, fourth.unit_price, fourth.amount) == (
        Decimal("80"),
        "st",
        Decimal("12.40"),
        Decimal("942.40"),
    )  # 80 x 12,40 less 5 %: the discount only this line has, under the head's Rab %
    assert [row.description for row in order.lines][:2] == [
        "Hydraulcylinder 50/30-300",
        "Hydraulcylinder 63/40-450",
    ]


def test_the_head_printed_again_on_a_later_page_keeps_the_first_page_s_columns() -> None:
    document = _monitor(*_ROWS)
    page_two = [
        Line(2, [cell(42, 20, "Emån Skogsteknik AB")]),
        _head(60, page=2),
        Line(
            2,
            [
                cell(x, 75, text)
                for x, text in zip(
                    _XS,
                    ("6 390-0012", "Tätningssats 50/30", "2027-02-15", "60", "set", "8,45", "", "507,00"),
                    strict=True,
                )
                if text
            ],
        ),
    ]
    lines = [*document.lines, *page_two]
    document = Document(
        document.media_type, document.method, 2, [Line(ln.page, ln.cells, k) for k, ln in enumerate(lines)]
    )
    order = extract_order(document)
    assert len(order.lines) == 6 and order.lines[5].customer_part_no == "390-0012"
    assert order.lines[5].amount == Decimal("507.00")  # two rows alone could not tell the columns again


_JDE_X = (43, 131, 286, 363, 411, 440, 500)
_JDE_HEAD = tuple(
    zip(_JDE_X, ("行号 项目号", "说明", "请求日期", "数量", "单位", "单位成本", "延伸金额"), strict=True)
)
_JDE_ROWS = [
    ("1.000 301-20045", "深沟球轴承", "2027/01/15", "2,400.00", "EA", "3.2600", "7,824.00"),
    ("2.000 301-20052", "骨架油封", "2027/01/15", "1,200.00", "EA", "5.8400", "7,008.00"),
    ("3.000 302-11018", "液压缸活塞杆", "2027/01/29", "180.00", "EA", "86.5000", "15,570.00"),
]


def test_jd_edwards_chinese_columns_and_the_party_blocks_under_address_book_numbers() -> None:
    xs = _JDE_X
    document = pdf(
        line(20, (34, "科森特液压系统（无锡）有限公司"), (497, "采购订单")),
        line(40, (431, "订单号"), (479, "1004187")),
        line(60, (38, "供应商"), (308, "送货地址")),
        line(72, (38, "供应商号 20418"), (308, "地址号 4100")),
        line(84, (38, "苏州启航精工科技有限公司"), (308, "江苏省无锡市新吴区锡兴路58号")),
        line(130, *_JDE_HEAD),
        *(line(145 + 15 * k, *zip(xs, row, strict=True)) for k, row in enumerate(_JDE_ROWS)),
    )
    order = extract_order(document)
    assert order.supplier.name == "苏州启航精工科技有限公司"  # not the 供应商号 20418 over it
    assert [row.description for row in order.lines] == [
        "深沟球轴承",
        "骨架油封",
        "液压缸活塞杆",
    ]  # under 说明
    assert order.lines[2].unit_price == Decimal("86.5000") and order.lines[2].amount == Decimal("15570.00")


_UNITS = ["dona", "dona", "komplekt", "kg", "dona", "dona", "o‘ram", "kg"]


def test_a_row_numbering_the_columns_under_the_head_is_no_order_line() -> None:
    assert numbers_columns(sheet(["1", "2", "3", "4", "5", "6"]).lines[0])
    assert not numbers_columns(sheet(["1", "ADT-21045", "Podshipnik", "dona", "2000", "0.96"]).lines[0])
    assert not numbers_columns(sheet(["1", "2", "3"]).lines[0])  # three cells: a short row of numbers
    rows = [
        [str(n), f"ADT-2{n:04d}", f"Podshipnik 62{n:02d}-2RS", unit, f"{100 * n}.00", "1.25", f"{125 * n}.00"]
        for n, unit in enumerate(_UNITS, start=1)
    ]
    order = extract_order(
        sheet(
            ["XARID BUYURTMASI"],
            ["Buyurtma raqami:", "XB-26-0418"],
            ["Quyidagi mahsulotlarni yetkazib berishingizni so‘raymiz:"],
            ["T/r", "Artikul", "Mahsulot nomi", "O‘lchov birligi", "Miqdori", "Narxi, USD", "Summasi, USD"],
            ["1", "2", "3", "4", "5", "6", "7"],
            *rows,
        )
    )
    assert order.po_number == "XB-26-0418" and len(order.lines) == len(_UNITS)
    assert order.lines[0].customer_part_no == "ADT-20001" and order.lines[0].amount == Decimal("125.00")
    assert [row.unit for row in order.lines] == _UNITS  # unit words no list holds, an apostrophe in one


def test_one_longer_word_on_every_line_is_no_unit_but_several_short_unit_words_are() -> None:
    assert profile(["dona", "dona", "komplekt", "kg", "dona", "dona", "o‘ram", "kg"]) == "unit"
    assert profile(["Material", "Material", "Material", "Material"]) != "unit"  # Ariba's item type
