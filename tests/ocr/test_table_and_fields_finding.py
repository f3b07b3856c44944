"""Table detection and label/value pairing on hand-built layouts (positions as a PDF would give them)."""

from __future__ import annotations

import pytest

from ocr.header_fields import find_candidates
from ocr.layout import Cell, Document, Line, Word, group_lines
from ocr.line_table import Table, find_table

CHAR = 5.0  # width of one character in these layouts


def line(page: int, top: float, *cells: tuple[float, str]) -> Line:
    return Line(page, [Cell(text, page, x, top, x + CHAR * len(text), top + 10) for x, text in cells])


def doc(*lines: Line, rules: dict | None = None) -> Document:
    return Document("application/pdf", "text-layer", max(ln.page for ln in lines), list(lines), rules or {})


HEADER = (
    (40, "序号"),
    (80, "物料编码"),
    (180, "品名"),
    (300, "数量"),
    (350, "单位"),
    (400, "单价"),
    (470, "金额"),
)


def test_columns_by_position_rows_until_the_total() -> None:
    table = find_table(
        doc(
            line(1, 100, *HEADER),
            line(
                1,
                120,
                (42, "1"),
                (80, "HD-BLT-0830"),
                (180, "螺栓 M8"),
                (296, "5,000"),
                (352, "PCS"),
                (402, "0.85"),
                (465, "4,250.00"),
            ),
            line(
                1,
                140,
                (42, "2"),
                (80, "HD-WSH-08"),
                (180, "垫圈"),
                (304, "500"),
                (352, "PCS"),
                (402, "0.12"),
                (475, "60.00"),
            ),
            line(1, 160, (40, "合计"), (465, "4,310.00")),
            line(1, 200, (40, "备注：请附送货单")),
        )
    )
    assert [row.values["part_no"] for row in table.rows] == ["HD-BLT-0830", "HD-WSH-08"]
    assert [row.values["quantity"] for row in table.rows] == ["5,000", "500"]
    assert table.rows[1].values["amount"] == "60.00"
    assert table.total is not None and table.total.text == "4,310.00"
    assert table.used_lines == {0, 1, 2}


def test_a_wrapped_description_joins_the_row_above() -> None:
    table = find_table(
        doc(
            line(1, 100, *HEADER),
            line(1, 120, (42, "1"), (80, "HD-BRK-200"), (180, "铝合金支架"), (304, "800"), (400, "12.50")),
            line(1, 129, (180, "AL-200 阳极氧化")),
            line(1, 150, (40, "合计"), (465, "10,000.00")),
        )
    )
    assert len(table.rows) == 1
    assert table.rows[0].values["description"] == "铝合金支架 AL-200 阳极氧化"


def test_a_table_goes_on_under_a_repeated_header_on_the_next_page() -> None:
    english = ((40, "Item"), (80, "Part No."), (180, "Description"), (300, "Qty"), (470, "Amount"))
    table = find_table(
        doc(
            line(1, 100, *english),
            line(1, 120, (40, "1"), (80, "ACM-55120"), (180, "Board"), (300, "1,200"), (470, "22,200.00")),
            line(1, 800, (400, "Continued on page 2")),
            line(2, 60, (40, "Purchase Order 4500012345 (continued)")),
            line(2, 100, *english),
            line(2, 120, (40, "2"), (80, "ACM-77002"), (180, "O-ring"), (300, "10,000"), (470, "3,500.00")),
            line(2, 140, (40, "Total"), (470, "25,700.00")),
        )
    )
    assert [(row.page, row.values["part_no"]) for row in table.rows] == [(1, "ACM-55120"), (2, "ACM-77002")]
    assert len(table.headers) == 2
    assert table.total is not None and table.total.cell.page == 2


def test_ruling_lines_decide_the_columns() -> None:
    """Right-aligned numbers under left-aligned headers land in the right column when the grid is ruled."""
    rules = {1: [(x, 90, 200) for x in (35, 75, 175, 280, 345, 395, 460, 540)]}
    table = find_table(
        doc(
            line(1, 100, *HEADER),
            line(
                1,
                120,
                (40, "1"),
                (80, "P-1"),
                (180, "Widget"),
                (320, "1,000"),
                (370, "个"),
                (430, "16.80"),
                (480, "16,800.00"),
            ),
            rules=rules,
        )
    )
    assert table.rows[0].values == {
        "line_no": "1",
        "part_no": "P-1",
        "description": "Widget",
        "quantity": "1,000",
        "unit": "个",
        "unit_price": "16.80",
        "amount": "16,800.00",
    }


def test_a_line_without_quantity_and_part_or_description_columns_is_no_table() -> None:
    assert find_table(doc(line(1, 100, (40, "序号"), (300, "单价"), (400, "金额")))).rows == []
    assert find_table(doc(line(1, 100, (40, "品名"), (300, "单位")))).rows == []


def test_a_two_line_bilingual_header_is_skipped_over() -> None:
    table = find_table(
        doc(
            line(1, 100, (80, "物料编码"), (180, "品名"), (300, "数量")),
            line(1, 112, (80, "Part No."), (180, "Description"), (300, "Qty")),
            line(1, 130, (80, "P-9"), (180, "Thing"), (300, "7")),
        )
    )
    assert [row.values["part_no"] for row in table.rows] == ["P-9"]


def test_values_beside_inline_and_below_their_labels() -> None:
    document = doc(
        line(1, 50, (40, "订单编号：HD-1"), (300, "Currency"), (360, "USD")),
        line(1, 80, (40, "交货日期"), (200, "币别")),
        line(1, 95, (40, "2026-12-05"), (200, "人民币")),
    )
    found = find_candidates(document)
    assert [(c.text, c.method) for c in found["po_number"]] == [("HD-1", "label-inline")]
    assert [(c.text, c.method) for c in found["currency"]] == [
        ("USD", "label-right"),
        ("人民币", "label-below"),
    ]
    assert [(c.text, c.method) for c in found["requested_delivery_date"]] == [("2026-12-05", "label-below")]


def test_a_label_next_to_another_label_takes_its_value_from_below() -> None:
    document = doc(
        line(1, 50, (40, "订单号"), (150, "订单日期")), line(1, 65, (40, "XH-1"), (150, "2026/11/20"))
    )
    found = find_candidates(document)
    assert found["po_number"][0].text == "XH-1"
    assert found["order_date"][0].text == "2026/11/20"


def test_table_lines_are_not_read_as_header_fields() -> None:
    document = doc(line(1, 50, (40, "Total"), (300, "Amount")), line(1, 70, (40, "9"), (300, "10.00")))
    assert "total" not in find_candidates(document, skip={0, 1})


def test_the_title_company_is_a_buyer_candidate() -> None:
    found = find_candidates(doc(line(1, 30, (200, "华东精密制造有限公司 采购订单"))))
    assert [(c.text, c.method) for c in found["buyer_name"]] == [("华东精密制造有限公司", "title")]


def test_words_group_into_cells_by_gap_and_ruling() -> None:
    words = [
        Word("Unit", 1, 100, 50, 118, 60),
        Word("Price", 1, 121, 50, 142, 60),  # a space apart: one cell
        Word("Amount", 1, 170, 50, 200, 60),  # a wide gap: a new cell
        Word("A", 1, 201, 50, 206, 60),  # touching, but a ruling in between
    ]
    (grouped,) = group_lines(words, rules=[(200.5, 40, 70)])
    assert [cell.text for cell in grouped.cells] == ["Unit Price", "Amount", "A"]


def test_a_description_starting_with_a_total_word_is_still_a_line() -> None:
    table = find_table(
        doc(
            line(1, 100, (80, "Part No."), (180, "Description"), (300, "Qty"), (400, "Amount")),
            line(1, 120, (80, "TS-1"), (180, "Total station, surveying"), (300, "1"), (400, "900.00")),
            line(1, 140, (80, "Total: 900.00")),
        )
    )
    assert [row.values["description"] for row in table.rows] == ["Total station, surveying"]
    assert table.total is not None and table.total.text == "900.00"


@pytest.mark.parametrize("label", ["Total EUR Excl. VAT", "Total USD", "Total € incl. tax"])
def test_a_total_label_with_its_currency_and_tax_ends_the_table_and_names_the_currency(label: str) -> None:
    table = find_table(
        doc(
            line(1, 100, (80, "Part No."), (180, "Description"), (300, "Qty"), (400, "Amount")),
            line(1, 120, (80, "TS-1"), (180, "Total station"), (300, "1"), (400, "900.00")),
            line(1, 140, (80, label), (400, "900.00")),
            line(1, 160, (80, "IMPORT"), (300, "0"), (400, "900.00")),  # a VAT table: no order line
        )
    )
    assert [row.values["description"] for row in table.rows] == ["Total station"]
    assert table.total is not None and table.total.text == "900.00"
    assert table.hints == [label]


def test_a_total_label_followed_by_other_words_does_not_end_the_table() -> None:
    table = find_table(
        doc(
            line(1, 100, (80, "Part No."), (180, "Description"), (300, "Qty"), (400, "Amount")),
            line(1, 120, (80, "TS-1"), (180, "Total station"), (300, "1"), (400, "900.00")),
            line(1, 140, (80, "Total due within 30 days"), (400, "450.00")),
        )
    )
    assert table.total is None  # (450.00 is not the lines' sum, so no unlabelled sum row either)


def test_a_group_heading_over_two_sub_headers_splits_into_their_columns() -> None:
    table = find_table(
        doc(
            line(1, 100, (80, "物料编码"), (180, "品名"), (300, "数量"), (400, "含税含税含税")),
            line(1, 108, (400, "单价"), (470, "金额")),
            line(1, 125, (80, "JH-1"), (180, "合页"), (300, "600"), (400, "3.20"), (470, "1,920.00")),
        )
    )
    assert table.rows[0].values == {
        "part_no": "JH-1",
        "description": "合页",
        "quantity": "600",
        "unit_price": "3.20",
        "amount": "1,920.00",
    }
    assert table.used_lines == {0, 1, 2}


def scanned_line(page: int, top: float, *cells: tuple[float, str]) -> Line:
    """A line as OCR gives it: every cell carries tesseract's certainty."""
    return Line(
        page,
        [
            Cell(text, page, x, top, x + CHAR * max(len(text), 1), top + 10, confidence=0.9)
            for x, text in cells
        ],
    )


QUANTITY_BAND = ((190 + 300) / 2, (310 + 350) / 2)  # halfway to 品名 and to 单位 (no rulings)


def scanned_table(*middle: tuple[float, str], make=scanned_line) -> Table:
    """HEADER, a full first line, the line under test, a full third line and the total."""
    return find_table(
        doc(
            make(1, 100, *HEADER),
            make(
                1, 120, (42, "1"), (80, "HD-BLT-0830"), (180, "螺栓 M8"), (296, "5,000"), (352, "PCS"),
                (402, "0.85"), (465, "4,250.00"),
            ),
            make(1, 140, (42, "2"), (80, "HD-WSH-08"), (180, "垫圈"), *middle, (402, "0.12"), (475, "60.00")),
            make(
                1, 160, (42, "3"), (80, "HD-NUT-08"), (180, "螺母 M8"), (304, "200"), (352, "PCS"),
                (402, "0.30"), (475, "60.00"),
            ),
            make(1, 180, (40, "合计"), (465, "4,370.00")),
        )
    )  # fmt: skip


def test_an_ocr_line_whose_quantity_was_lost_stays_an_order_line_with_a_gap_in_the_quantity_column() -> None:
    table = scanned_table((352, "PCS"))
    assert [row.values["part_no"] for row in table.rows] == ["HD-BLT-0830", "HD-WSH-08", "HD-NUT-08"]
    lost = table.rows[1]
    assert "quantity" not in lost.values
    assert (lost.values["unit_price"], lost.values["amount"]) == ("0.12", "60.00")
    assert lost.gaps == {"quantity": QUANTITY_BAND}
    assert table.rows[0].gaps == {} and table.rows[2].gaps == {}
    assert table.total is not None and table.total.text == "4,370.00"


@pytest.mark.parametrize("unreadable", ["l5", ""])
def test_an_ocr_quantity_that_reads_as_no_number_is_a_gap_not_the_tables_end(unreadable: str) -> None:
    table = scanned_table((304, unreadable), (352, "PCS"))
    assert [row.values["part_no"] for row in table.rows] == ["HD-BLT-0830", "HD-WSH-08", "HD-NUT-08"]
    assert "quantity" not in table.rows[1].values  # the misreading is not kept as the quantity
    assert table.rows[1].gaps == {"quantity": QUANTITY_BAND}


def test_a_unit_left_alone_under_the_quantity_column_when_its_number_was_lost_is_kept_as_the_unit() -> None:
    table = scanned_table((304, "件"))  # 数量单位 printed ``2,000 件``; OCR lost the number
    lost = table.rows[1]
    assert "quantity" not in lost.values and lost.values["unit"] == "件"
    assert lost.gaps == {"quantity": QUANTITY_BAND}  # the number is still read again


def test_a_word_under_the_quantity_column_that_is_no_unit_is_not_made_the_unit() -> None:
    table = scanned_table((304, "l5"))
    assert "unit" not in table.rows[1].values


def test_a_quantity_read_into_the_unit_column_with_its_unit_is_split_back() -> None:
    table = scanned_table((352, "40 pcs"))
    assert len(table.rows) == 3
    row = table.rows[1]
    assert (row.values["quantity"], row.values["unit"]) == ("40", "pcs")
    assert row.gaps == {}  # nothing lost: no re-read needed


def test_on_a_text_layer_page_a_line_without_a_quantity_still_ends_the_table() -> None:
    table = scanned_table((352, "PCS"), make=line)
    assert [row.values["part_no"] for row in table.rows] == ["HD-BLT-0830"]
    assert all(row.gaps == {} for row in table.rows)


def test_an_ocr_line_without_an_article_or_without_an_amount_is_no_order_line() -> None:
    """Only a line with an article, a price and an amount can have lost its quantity."""
    table = find_table(
        doc(
            scanned_line(1, 100, *HEADER),
            scanned_line(1, 120, (80, "HD-BLT-0830"), (180, "螺栓 M8"), (296, "5,000"), (402, "0.85"),
                         (465, "4,250.00")),
            scanned_line(1, 140, (352, "PCS"), (402, "0.12"), (475, "60.00")),
            scanned_line(1, 160, (80, "HD-NUT-08"), (180, "螺母 M8"), (304, "200"), (402, "0.30"),
                         (475, "60.00")),
        )
    )  # fmt: skip
    assert [row.values["part_no"] for row in table.rows] == ["HD-BLT-0830"]
    table = find_table(
        doc(
            scanned_line(1, 100, *HEADER),
            scanned_line(1, 120, (80, "HD-BLT-0830"), (180, "螺栓 M8"), (296, "5,000"), (402, "0.85"),
                         (465, "4,250.00")),
            scanned_line(1, 140, (80, "HD-WSH-08"), (180, "垫圈"), (352, "PCS"), (402, "0.12")),
            scanned_line(1, 160, (80, "HD-NUT-08"), (180, "螺母 M8"), (304, "200"), (402, "0.30"),
                         (475, "60.00")),
        )
    )  # fmt: skip
    assert [row.values["part_no"] for row in table.rows] == ["HD-BLT-0830"]


def _row(top: float, number: str, code: str, name: str, quantity: str, amount: str) -> Line:
    return line(
        1,
        top,
        (42, number),
        (80, code),
        (180, name),
        (304, quantity),
        (352, "只"),
        (402, "1.00"),
        (470, amount),
    )


def test_carry_rows_between_pages_are_no_order_lines_and_the_table_goes_on() -> None:
    """管家婆 and 用友 T3 prints carry the page's running sums: 过次页 at the foot, 承前页 at the head."""
    table = find_table(
        doc(
            line(1, 100, *HEADER),
            _row(120, "1", "ZC00001", "深沟球轴承", "200", "200.00"),
            line(1, 140, (34, "过次页"), (304, "200"), (470, "200.00")),
            line(2, 100, *HEADER),
            line(2, 120, (34, "承前页"), (304, "200"), (470, "200.00")),
            Line(2, _row(140, "2", "DL03701", "同步带轮", "120", "120.00").cells),
            line(2, 160, (40, "合计"), (470, "320.00")),
        )
    )
    assert [row.values["part_no"] for row in table.rows] == ["ZC00001", "DL03701"]
    assert table.total is not None and table.total.text == "320.00"


def test_section_headings_and_their_subtotals_stay_inside_the_table() -> None:
    """A clerk's workbook groups the lines: 一、五金配件 ... 小计, 二、包装辅料 ... 小计, then the total."""
    table = find_table(
        doc(
            line(1, 100, *HEADER),
            line(1, 120, (40, "一、五金配件")),
            _row(140, "1", "WJ-0102", "三节滑轨", "600", "600.00"),
            line(1, 160, (180, "小计"), (470, "600.00")),
            line(1, 180, (40, "二、包装辅料")),
            _row(200, "2", "BZ-1008", "珍珠棉护角", "1000", "1000.00"),
            line(1, 220, (180, "小计"), (470, "1000.00")),
            line(1, 240, (40, "合计"), (470, "1600.00")),
        )
    )
    assert [row.values["part_no"] for row in table.rows] == ["WJ-0102", "BZ-1008"]
    assert 7 not in table.used_lines  # the last 小计 ends the lines: 合计 stays a header field (the total)


def test_a_heading_right_after_a_subtotal_is_not_taken_as_a_wrapped_description() -> None:
    table = find_table(
        doc(
            line(1, 100, *HEADER),
            _row(120, "1", "WJ-0412", "拉手", "1200", "1200.00"),
            line(1, 130, (180, "小计"), (470, "1200.00")),
            line(1, 140, (80, "二、包装辅料")),  # close under the part numbers, as a merged cell lands
            _row(150, "2", "BZ-1008", "珍珠棉护角", "1000", "1000.00"),
        )
    )
    assert [row.values["part_no"] for row in table.rows] == ["WJ-0412", "BZ-1008"]


def test_a_subtotal_with_no_order_lines_after_it_still_ends_the_table() -> None:
    table = find_table(
        doc(
            line(1, 100, *HEADER),
            _row(120, "1", "WJ-0412", "拉手", "1200", "1200.00"),
            line(1, 140, (180, "小计"), (470, "1200.00")),
            line(1, 160, (40, "税额"), (470, "156.00")),
        )
    )
    assert len(table.rows) == 1
    assert 2 not in table.used_lines  # the subtotal stays a header field (``subtotal``)


def test_a_heading_with_no_order_lines_after_it_ends_the_table() -> None:
    table = find_table(
        doc(
            line(1, 100, *HEADER),
            _row(120, "1", "WJ-0412", "拉手", "1200", "1200.00"),
            line(1, 160, (40, "交货要求")),
            line(1, 180, (40, "1. 请按行号分箱包装")),
        )
    )
    assert len(table.rows) == 1 and table.used_lines == {0, 1}


@pytest.mark.parametrize(
    ("first", "named"),
    [
        ("Bayline Industrial Supply - Receiving Dock 3", True),  # a name with a number, over a street line
        ("Receiving", True),
        ("Flat B, 6/F, Wing Tat Industrial Building,", False),  # the address's first line, ending in a comma
        ("Unit 4 Riverside Park", False),  # an address word
    ],
)
def test_a_ship_to_blocks_first_line_is_a_name_only_when_it_reads_like_one(first: str, named: bool) -> None:
    document = doc(
        line(1, 100, (40, "Ship To:")),
        line(1, 112, (40, first)),
        line(1, 124, (40, "31555 Huntwood Ave, Hayward, CA 94544")),
    )
    found = find_candidates(document)
    address = found["ship_to_address"][0].text
    assert (address == "31555 Huntwood Ave, Hayward, CA 94544") is named
    assert ("ship_to_name" in found) is named
