"""What the tenth blind set taught, as general rules: a workbook's table columns end at their header
cells, so an approval export's form fields merged down beside the items stay header fields (label row
above, value on the first item row); a 'No.' column of codes is the part number, not a line number
(``70-10215`` is no number with a unit); thousands grouped by a space (``1 065,00``); a total label
carrying its currency and tax (``Total EUR Excl. VAT``) ends the table."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook

from ocr.extraction import extract_order, read_document
from ocr.labels import ocr_column_kind
from ocr.layout import Cell, Document, Line
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
