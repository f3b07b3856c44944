"""What the tenth blind set taught, as general rules: a workbook's table columns end at their header
cells, so an approval export's form fields merged down beside the items stay header fields (label row
above, value on the first item row); a 'No.' column of codes is the part number, not a line number
(``70-10215`` is no number with a unit); thousands grouped by a space (``1 065,00``); a total label
carrying its currency and tax (``Total EUR Excl. VAT``) ends the table."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook

from ocr.candidates import COMPANY
from ocr.extraction import extract_order, read_document
from ocr.labels import ocr_column_kind, split_pairs
from ocr.layout import Cell, Document, Line, Word, group_lines
from tests.ocr.built_documents import line


def approval_export() -> bytes:
    """A 钉钉 approval export: form fields and the items' group in one head row, the items' columns
    under the group, the form's values merged down over the item rows."""
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "审批编号",
            "发起时间",
            "采购单号",
            "采购日期",
            "供应商名称",
            "采购明细",
            None,
            None,
            None,
            "合计金额",
        ]
    )
    sheet.append([None, None, None, None, None, "物料编码", "物品名称", "数量", "单价", "金额"])
    form = ["2026120809030004", "2026-12-08 09:03", "QJ-CG-0087", "2026-12-08", "苏州启航精工"]
    sheet.append([*form, "M0301-045", "深沟球轴承", "300", "6.80", "2040.00"])
    sheet.append([None, None, None, None, None, "M0302-011", "直线轴承", "200", "11.60", "2320.00"])
    sheet.merge_cells("F1:I1")
    for column in "ABCDE":
        sheet.merge_cells(f"{column}3:{column}4")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_form_fields_merged_down_beside_the_items_are_header_fields_not_part_of_the_first_item() -> None:
    order = extract_order(read_document(approval_export(), "export.xlsx"))
    assert order.po_number == "QJ-CG-0087"
    assert str(order.order_date) == "2026-12-08"
    assert order.supplier.name == "苏州启航精工"
    assert [(item.customer_part_no, item.description, item.quantity) for item in order.lines] == [
        ("M0301-045", "深沟球轴承", 300),
        ("M0302-011", "直线轴承", 200),
    ]


def business_central(*totals: tuple[float, str]) -> Document:
    lines = [
        line(20, (400, "Order No."), (480, "PO26-00412")),
        line(100, (50, "No."), (112, "Description"), (316, "Quantity"), (410, "Unit Cost"), (496, "Amount")),
        line(115, (50, "70-10215"), (112, "Ball bearing"), (330, "300"), (450, "0,92"), (520, "276,00")),
        line(130, (50, "71-30920"), (112, "Guide rail"), (330, "37,5"), (450, "28,40"), (510, "1 065,00")),
        line(145, (50, "72-40058"), (112, "Timing belt"), (330, "60"), (450, "6,45"), (520, "387,00")),
        *[line(top, (50, text), (510, "1 728,00")) for top, text in totals],
        line(200, (50, "IMPORT"), (330, "0"), (510, "1 728,00")),  # the VAT specification under the total
    ]  # fmt: skip
    return Document("application/pdf", "text-layer", 1, lines, {})


def test_a_no_column_of_codes_is_the_part_number_and_space_grouped_thousands_are_read() -> None:
    order = extract_order(business_central((170, "Total EUR Excl. VAT")))
    assert [item.customer_part_no for item in order.lines] == ["70-10215", "71-30920", "72-40058"]
    assert [item.amount for item in order.lines] == [Decimal("276.00"), Decimal("1065.00"), Decimal("387.00")]
    assert order.lines[1].quantity == Decimal("37.5")
    assert order.total_amount == Decimal("1728.00")
    assert order.currency == "EUR"  # from the total's label


def test_an_ocr_header_word_split_near_its_end_still_names_its_column() -> None:
    assert ocr_column_kind("Quantit y") == ("quantity", None)
    assert ocr_column_kind("Unit of") is None  # two words: no split word


def scanned(top: float, *cells: tuple[float, str]) -> Line:
    return Line(1, [Cell(text, 1, x, top, x + 6 * len(text), top + 8, confidence=0.95) for x, text in cells])


def test_the_second_lines_of_two_line_captions_under_a_scanned_header_are_no_order_line() -> None:
    lines = [
        scanned(100, (50, "No."), (112, "Description"), (316, "Quantity"), (356, "Unit of"), (410, "Price"),
                (496, "Line Amount")),
        scanned(109, (356, "Measure"), (433, "Excl. VAT"), (508, "Excl. VAT")),
        scanned(125, (50, "70-10215"), (112, "Ball bearing"), (320, "300"), (356, "Piece"), (450, "0,92"),
                (520, "276,00")),
        scanned(140, (50, "70-10308"), (112, "Ball bearing C3"), (320, "120"), (356, "Piece"), (450, "3,15"),
                (520, "378,00")),
    ]  # fmt: skip
    document = Document("application/pdf", "ocr", 1, [scanned(20, (400, "Order No. PO26-00412")), *lines], {})
    document.scans = {1: None}
    order = extract_order(document)
    assert [(item.customer_part_no, item.quantity, item.unit) for item in order.lines] == [
        ("70-10215", 300, "Piece"),
        ("70-10308", 120, "Piece"),
    ]


def boxed(*cells: tuple[str, float, float, float, float]) -> Line:
    return Line(
        1, [Cell(text, 1, x0, top, x1, bottom, confidence=0.95) for text, x0, x1, top, bottom in cells]
    )


def test_a_scanned_header_cell_completed_by_the_caption_under_it_names_its_column() -> None:
    """``Unit of`` over ``Measure`` (Business Central at 300 dpi, the first lines as OCR read them): the
    two lines merged name the unit column. Alone, ``Unit of`` names nothing, and the column's words
    (Piece, Meter) are not told from the rows."""
    lines = [
        boxed(
            ("No.", 50, 62, 361.0, 367.2),
            ("Description", 113, 156, 361.0, 368.6),
            ("Quantit y", 316, 348, 355.0, 368.9),
            ("Unit of", 357, 381, 356.2, 362.2),
            ("Direct Unit Cost", 410, 470, 355.9, 362.2),
            ("Line Amount", 497, 545, 356.2, 362.2),
        ),
        boxed(
            ("Measure", 356, 389, 366.2, 372.2),
            ("Excl. VAT", 434, 470, 366.2, 372.2),
            ("Excl. VAT", 509, 545, 366.2, 372.2),
        ),
        boxed(
            ("70-10215", 50, 86, 384.7, 391.2),
            ("Deep groove ball bearing 6205-2RS", 113, 247, 384.5, 392.9),
            ("300", 334, 348, 385.0, 391.2),
            ("Piece", 357, 377, 384.7, 391.2),
            ("0,92", 454, 470, 385.0, 392.2),
            ("276,00", 519, 545, 385.0, 392.2),
        ),
        boxed(("25x52x15 mm, rubber seals both sides", 112, 240, 395.3, 400.6)),
        boxed(
            ("70-10308", 50, 86, 409.7, 416.2),
            ("Deep groove ball bearing 6308ZZ C3", 113, 252, 409.4, 417.8),
            ("120", 335, 348, 409.9, 416.2),
            ("Piece", 357, 377, 409.7, 416.2),
            ("3,15", 454, 470, 409.9, 417.1),
            ("378,00", 519, 545, 409.9, 417.1),
        ),
        boxed(
            ("70-11205", 50, 86, 425.3, 431.8),
            ("Pillow block bearing UCP205", 113, 221, 425.0, 433.4),
            ("90", 339, 348, 425.5, 431.8),
            ("Piece", 357, 377, 425.3, 431.8),
            ("2,48", 454, 470, 425.5, 432.7),
            ("223,20", 519, 545, 425.5, 432.7),
        ),
        boxed(("Cast iron housing, grease nipple", 112, 219, 435.6, 442.8)),
        boxed(
            ("70-20020", 50, 86, 450.2, 456.7),
            ("Linear ball bearing LM20UU", 113, 217, 450.2, 458.4),
            ("200", 334, 348, 450.5, 456.7),
            ("Piece", 357, 377, 450.2, 456.7),
            ("1,55", 454, 470, 450.5, 457.7),
            ("310,00", 519, 545, 450.5, 457.7),
        ),
        boxed(
            ("71-30816", 50, 86, 465.8, 472.3),
            ("Linear shaft 16 mm h6, induction hardened", 113, 273, 465.8, 473.0),
            ("100", 335, 348, 466.1, 472.3),
            ("Piece", 357, 377, 465.8, 472.3),
            ("4,40", 454, 470, 466.1, 473.3),
            ("440,00", 519, 545, 466.1, 473.3),
        ),
        boxed(("Cut to 500 mm, both ends chamfered", 112, 235, 475.9, 481.7)),
        boxed(
            ("71-30920", 50, 86, 490.8, 497.3),
            ("Linear guide rail HGR20", 112, 203, 490.6, 499.0),
            ("37,5", 332, 348, 491.0, 498.0),
            ("Meter", 356, 378, 490.8, 497.3),
            ("28,40", 449, 470, 491.0, 498.2),
            ("1 065,00", 513, 545, 491.0, 498.2),
        ),
        boxed(("Cut to length from 4 m bars", 112, 203, 500.9, 507.8)),
        boxed(
            ("71-30921", 50, 84, 515.8, 522.2),
            ("Linear guide block HGH20CA", 112, 223, 515.5, 523.9),
            ("60", 339, 348, 516.0, 522.2),
            ("Piece", 357, 377, 515.8, 522.2),
            ("14,85", 450, 470, 516.0, 523.2),
            ("891,00", 519, 545, 516.0, 523.2),
        ),
        boxed(
            ("72-40058", 50, 86, 530.4, 540.5),
            ("Timing belt HTD 5M-800-25", 112, 216, 531.4, 539.5),
            ("60", 339, 348, 531.6, 537.8),
            ("Piece", 357, 377, 531.4, 537.8),
            ("6,45", 454, 470, 531.6, 538.8),
            ("387,00", 519, 545, 531.6, 538.8),
        ),
    ]
    document = Document("application/pdf", "ocr", 1, [scanned(20, (400, "Order No. PO26-00412")), *lines], {})
    document.scans = {1: None}
    order = extract_order(document)
    assert [item.unit for item in order.lines] == [*["Piece"] * 5, "Meter", "Piece", "Piece"]


def word(x: float, top: float, text: str, height: float) -> Word:
    return Word(text, 1, x, top, x + 0.5 * height * len(text), top + height)


def test_a_tall_title_beside_a_letterheads_small_lines_leaves_each_its_own_line() -> None:
    """Purchase Order in 18 pt beside the buyer's name over its street in 7.5 pt: one row by overlap, but
    the small words stand over one another, so the text layer's tops part them."""
    words = [
        word(50, 48, "Purchase Order", 18),
        word(374, 48.3, "Lindqvist Maskinteknik AB", 10),
        word(431, 62.2, "Ljungarumsvägen 21", 7.5),
        word(442, 71.7, "553 03 Jönköping", 7.5),
    ]
    assert [line.text for line in group_lines(words)] == [
        "Purchase Order Lindqvist Maskinteknik AB",
        "Ljungarumsvägen 21",
        "553 03 Jönköping",
    ]
    side_by_side = [word(50, 48, "Purchase Order", 18), word(374, 50, "PO26-00412", 10)]
    assert len(group_lines(side_by_side)) == 1


def test_a_swedish_ab_is_a_company_and_the_business_central_receipt_date_the_delivery_date() -> None:
    assert COMPANY.search("Lindqvist Maskinteknik AB")
    assert not COMPANY.search("Lieferung ab Werk")  # German ``ab``: from
    assert split_pairs("Expected Receipt Date 2027-01-29")[1][0].field == "requested_delivery_date"
