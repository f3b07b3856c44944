"""Header fields by layout: a workbook value to the right, the buyer from the title line, US dates."""

from __future__ import annotations

import datetime as dt

import pytest

from ocr.assemble import pick
from ocr.candidates import SCORES
from ocr.date_habits import BY_HINTS, BY_OWN_DATES, date_habit
from ocr.extraction import extract_order
from ocr.header_fields import find_candidates
from ocr.layout import Cell, Document, Line
from ocr.sheet_reader import sheet_lines
from ocr.title_fields import readable_name

CHAR = 5.0
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def line(top: float, *cells: tuple[float, str], height: float = 10, page: int = 1) -> Line:
    return Line(page, [Cell(text, page, x, top, x + CHAR * len(text), top + height) for x, text in cells])


def pdf(*lines: Line) -> Document:
    return Document("application/pdf", "text-layer", 1, list(lines))


def workbook(rows: list[list[object]]) -> Document:
    cells = [
        (r, c, value, "General") for r, row in enumerate(rows, 1) for c, value in enumerate(row, 1) if value
    ]
    return Document(XLSX, "xlsx", 1, sheet_lines(1, "PO", cells, {}))


def test_a_workbook_value_sits_in_the_cell_right_of_its_label() -> None:
    found = find_candidates(
        workbook(
            [
                ["Order Reference", "GPD-55019"],
                ["Delivery Address", "Unit 12, 8/F, 50 Kwai Cheong Road, Hong Kong"],
                ["Payment", "30 days EOM"],
                ["Due Date", dt.date(2027, 1, 8)],
            ]
        )
    )
    assert found["po_number"][0].text == "GPD-55019"
    assert found["ship_to_address"][0].text.startswith("Unit 12")
    assert found["payment_terms"][0].text == "30 days EOM"
    assert pick(found, "requested_delivery_date")[0] == dt.date(2027, 1, 8)
    assert all(c.method == "label-right" for c in found["po_number"])


def test_a_workbook_label_with_an_empty_value_cell_takes_no_neighbouring_label() -> None:
    found = find_candidates(workbook([["Order Reference", None, "Currency", "HKD"]]))
    assert "po_number" not in found
    assert found["currency"][0].text == "HKD"


def test_an_all_capitals_company_title_is_the_buyer_at_a_lower_score() -> None:
    document = pdf(
        line(30, (50, "PACIFIC HARBOR TRADING CO."), (400, "PURCHASE ORDER"), height=17),
        line(60, (50, "Purchase Order No: PH-88412")),
    )
    (candidate,) = find_candidates(document)["buyer_name"]
    assert (candidate.text, candidate.method) == ("Pacific Harbor Trading Co.", "title")
    assert candidate.score < SCORES["label-right"]


def test_a_labelled_buyer_wins_over_the_title() -> None:
    document = pdf(
        line(30, (50, "ACME HOLDINGS LTD"), height=17),
        line(60, (50, "Buyer: Acme Procurement Services Ltd")),
    )
    value, candidate = pick(find_candidates(document), "buyer_name")
    assert (value, candidate.method) == ("Acme Procurement Services Ltd", "label-inline")


def test_the_largest_heading_without_a_company_word_is_a_weaker_guess() -> None:
    small = [line(60 + 15 * i, (50, f"Some text {i}")) for i in range(5)]
    document = pdf(line(30, (50, "NORTHWIND OUTFITTERS"), height=18), *small)
    (candidate,) = find_candidates(document)["buyer_name"]
    assert (candidate.text, candidate.method) == ("Northwind Outfitters", "title-size")
    assert candidate.score < SCORES["title"]


@pytest.mark.parametrize(
    "document",
    [
        pdf(
            line(30, (50, "PURCHASE ORDER"), height=18),
            *[line(60 + 15 * i, (50, f"Text {i}")) for i in range(5)],
        ),
        pdf(
            line(30, (50, "Order 4711"), height=10), *[line(60 + 15 * i, (50, f"Text {i}")) for i in range(5)]
        ),
        workbook([["NORTHWIND OUTFITTERS"], ["PO No.", "4711"]]),  # a sheet's rows have no font size
    ],
)
def test_no_title_buyer_from_a_bare_title_plain_text_or_a_sheet_without_a_company_word(
    document: Document,
) -> None:
    assert "buyer_name" not in find_candidates(document)


@pytest.mark.parametrize(
    ("printed", "readable"),
    [
        ("PACIFIC HARBOR TRADING CO.", "Pacific Harbor Trading Co."),
        ("ABC ELECTRONICS LTD", "ABC Electronics Ltd"),
        ("BANK OF THE WEST INC.", "Bank of the West Inc."),
        ("Global Parts Distribution Ltd.", "Global Parts Distribution Ltd."),  # mixed case stays
        ("华东精密制造有限公司", "华东精密制造有限公司"),
    ],
)
def test_an_all_capitals_name_is_written_the_usual_way(printed: str, readable: str) -> None:
    assert readable_name(printed) == readable


def _us_order(delivery: str, order_date: str = "11/24/2026", extra: str = "") -> Document:
    return pdf(
        line(40, (50, "Purchase Order No: PH-88412"), (380, f"Date: {order_date}")),
        line(58, (50, "Vendor: Qihang"), (380, f"Deliver By: {delivery}")),
        line(76, (50, extra or "Terms: see contract")),
    )


def test_an_ambiguous_date_is_read_the_way_the_documents_other_dates_are_written() -> None:
    document = _us_order("12/07/2026")
    habit = date_habit(document)
    assert habit is not None and (habit.order, habit.factor) == ("mdy", BY_OWN_DATES)
    value, candidate = pick(find_candidates(document), "requested_delivery_date")
    assert value == dt.date(2026, 12, 7)
    assert candidate.score == round(SCORES["label-inline"] * BY_OWN_DATES, 3)
    assert "mdy" in (candidate.note or "")


def test_unambiguous_dates_keep_their_full_score() -> None:
    value, candidate = pick(find_candidates(_us_order("12/17/2026")), "requested_delivery_date")
    assert value == dt.date(2026, 12, 17) and candidate.score == SCORES["label-inline"]


def test_without_unambiguous_dates_us_habits_decide_at_a_lower_score_still() -> None:
    document = _us_order("12/07/2026", order_date="11/05/2026", extra="Ship to: Oakland, CA 94607")
    value, candidate = pick(find_candidates(document), "requested_delivery_date")
    assert value == dt.date(2026, 12, 7)
    assert candidate.score == round(SCORES["label-inline"] * BY_HINTS, 3)


def test_european_habits_read_day_first() -> None:
    document = _us_order("12/07/2026", order_date="11/05/2026", extra="Currency: EUR")
    assert pick(find_candidates(document), "requested_delivery_date")[0] == dt.date(2026, 7, 12)


@pytest.mark.parametrize(
    "extra",
    ["Terms: see contract", "Currency: USD, VAT reg. GB123"],  # no habit, or habits that contradict
)
def test_without_a_clear_habit_an_ambiguous_date_is_left_unread(extra: str) -> None:
    document = _us_order("12/07/2026", order_date="11/05/2026", extra=extra)
    assert date_habit(document) is None
    assert pick(find_candidates(document), "requested_delivery_date") is None


def test_dates_that_contradict_each_other_give_no_habit() -> None:
    assert date_habit(_us_order("12/07/2026", extra="Ordered 24/11/2026")) is None


def test_an_order_with_a_us_date_reads_it_and_says_how_sure_it_is() -> None:
    document = pdf(
        line(40, (50, "Purchase Order No: PH-1"), (380, "Date: 11/24/2026")),
        line(58, (50, "Deliver By: 12/07/2026")),
        line(100, (50, "Part No."), (150, "Description"), (300, "Qty"), (360, "Price"), (440, "Amount")),
        line(120, (50, "PH-1"), (150, "Hinge"), (300, "400"), (360, "2.75"), (440, "1,100.00")),
    )
    order = extract_order(document)
    assert order.requested_delivery_date == dt.date(2026, 12, 7)
    source = order.provenance["requested_delivery_date"]
    assert source.score < order.provenance["order_date"].score
    assert "mdy" in (source.note or "")


def test_a_po_number_printed_only_under_the_title_is_a_weaker_candidate() -> None:
    document = pdf(
        line(30, (50, "Cascade Outdoor Gear Inc."), (420, "Purchase Order"), height=18),
        line(50, (470, "#PO-20417")),
    )
    (candidate,) = find_candidates(document)["po_number"]
    assert (candidate.text, candidate.method) == ("PO-20417", "title")
    assert candidate.score < SCORES["label-below"]


@pytest.mark.parametrize(
    "cells",
    [
        ((50, "Cascade Outdoor Gear Inc."), (470, "#PO-20417")),  # no title words on the page
        ((50, "Purchase Order"), (470, "Tel 555 0100")),  # a number with no # or No. before it
    ],
)
def test_no_title_number_without_a_title_and_a_number_mark(cells: tuple[tuple[float, str], ...]) -> None:
    assert "po_number" not in find_candidates(pdf(line(30, *cells)))


def test_a_far_off_cell_to_the_right_belongs_to_another_block_when_a_value_sits_under_the_label() -> None:
    document = pdf(
        line(100, (40, "Shipping address:"), (330, "Suzhou Qihang Precision Technology Co., Ltd.")),
        line(112, (40, "Unit 4, Fen Road, Cambridge CB4 1TU")),
    )
    below, far = find_candidates(document)["ship_to_address"]
    assert (below.text, below.method) == ("Unit 4, Fen Road, Cambridge CB4 1TU", "label-below")
    assert far.text == "Suzhou Qihang Precision Technology Co., Ltd." and far.score < below.score


def test_a_far_off_value_still_counts_when_what_sits_under_the_label_is_no_value_of_its_kind() -> None:
    """A column of short labels whose values all sit far right (``Date ........ 04.12.2026``), with the
    next label's neighbour (``Our reference``) under it: the date is the far cell."""
    document = pdf(
        line(90, (40, "Vendor"), (330, "Date"), (440, "04.12.2026")),
        line(
            103,
            (40, "Suzhou Qihang Precision Technology Co., Ltd."),
            (330, "Our reference"),
            (440, "M. Lund"),
        ),
    )
    candidates = {c.text: c for c in find_candidates(document)["order_date"]}
    assert set(candidates) == {"Our reference", "04.12.2026"}
    assert pick(find_candidates(document), "order_date")[0] == dt.date(2026, 12, 4)


def test_a_near_cell_to_the_right_is_the_value_even_with_text_below() -> None:
    document = pdf(line(100, (40, "订货单号"), (110, "DH20261126")), line(112, (40, "需方")))
    assert find_candidates(document)["po_number"][0].text == "DH20261126"


def test_a_ship_to_block_in_one_half_of_the_header_keeps_to_its_column_and_splits_off_its_name() -> None:
    document = pdf(
        line(100, (44, "Vendor"), (304, "Ship To")),
        line(118, (44, "Suzhou Qihang Precision"), (304, "Bayside Hardware Warehouse")),
        line(136, (44, "Suzhou, China"), (304, "12 Dock St, Tampa, FL 33605")),
    )
    found = find_candidates(document)
    assert [c.text for c in found["ship_to_address"]] == ["12 Dock St, Tampa, FL 33605"]
    assert [c.text for c in found["ship_to_name"]] == ["Bayside Hardware Warehouse"]
    assert found["supplier_name"][0].text == "Suzhou Qihang Precision"


def test_an_address_block_without_a_name_line_stays_whole() -> None:
    document = pdf(
        line(100, (40, "收货地址")),
        line(114, (40, "广东省东莞市长安镇")),
        line(128, (40, "振安路18号")),
    )
    found = find_candidates(document)
    assert [c.text for c in found["ship_to_address"]] == ["广东省东莞市长安镇振安路18号"]
    assert "ship_to_name" not in found


def test_an_address_stops_at_the_next_labels_value_under_it() -> None:
    document = pdf(
        line(100, (45, "送货地址"), (115, "深圳市宝安区福永街道新辉工业园A栋3楼收货处")),
        line(112, (45, "联系人"), (115, "李娜")),
    )
    assert [c.text for c in find_candidates(document)["ship_to_address"]] == [
        "深圳市宝安区福永街道新辉工业园A栋3楼收货处"
    ]


def test_a_label_that_ocr_cut_in_two_cells_is_joined_again() -> None:
    document = pdf(line(100, (50, "订单日期 2026年11月18日"), (321, "交货"), (352, "日期 2026年12月05日")))
    found = find_candidates(document)
    assert [c.text for c in found["requested_delivery_date"]] == ["2026年12月05日"]
    assert [c.text for c in found["order_date"]] == ["2026年11月18日"]  # 日期 alone is not taken as a date


def test_two_cells_that_make_no_label_together_stay_apart() -> None:
    document = pdf(line(100, (50, "王伟"), (96, "电话 021-5958")))
    assert [c.text for c in find_candidates(document)["phone"]] == ["021-5958"]


def test_in_a_row_of_label_boxes_an_unknown_label_is_not_taken_for_a_value() -> None:
    document = pdf(
        line(100, (40, "PO Number"), (140, "Requisitioner"), (240, "Date")),
        line(115, (40, "4500012345"), (140, "J. Miller"), (240, "2026-11-20")),
    )
    found = find_candidates(document)
    assert [(c.text, c.method) for c in found["po_number"]] == [("4500012345", "label-below")]


def test_a_workbook_label_and_value_row_after_row_keep_to_their_rows() -> None:
    found = find_candidates(workbook([["Payment", "Net Thirty"], ["Shipping via", "DHL"]]))
    assert [(c.text, c.method) for c in found["payment_terms"]] == [("Net Thirty", "label-right")]


def scanned_line(top: float, *cells: tuple[float, str]) -> Line:
    """A line as OCR gives it, ten points high: every cell carries tesseract's certainty."""
    return Line(
        1, [Cell(text, 1, x, top, x + CHAR * len(text), top + 10, confidence=0.85) for x, text in cells]
    )


def scanned_address(gap: float) -> list[str]:
    """``收货地址`` then ``广东`` and, ``gap`` line heights to its right, the rest of the address."""
    rest = 110 + CHAR * len("广东") + gap * 10
    document = pdf(scanned_line(100, (40, "收货地址"), (110, "广东"), (rest, "省中山市古镇镇东岸北路88号")))
    return [c.text for c in find_candidates(document)["ship_to_address"]]


@pytest.mark.parametrize("gap", [0.5, 1.5, 1.9])
def test_an_ocr_address_split_at_a_gap_under_two_line_heights_is_one_address(gap: float) -> None:
    (address,) = scanned_address(gap)
    assert address.replace(" ", "") == "广东省中山市古镇镇东岸北路88号"


@pytest.mark.parametrize("gap", [2.0, 3.0])
def test_a_cell_two_line_heights_or_more_from_the_address_is_not_taken_in(gap: float) -> None:
    assert scanned_address(gap)[0] == "广东"


def test_an_ocr_address_is_not_continued_into_a_labelled_cell() -> None:
    document = pdf(scanned_line(100, (40, "收货地址"), (110, "广东省中山市"), (175, "联系人 李娜")))
    assert [c.text for c in find_candidates(document)["ship_to_address"]] == ["广东省中山市"]
