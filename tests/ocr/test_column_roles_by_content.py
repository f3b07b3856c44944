"""Line-table columns named by their content when the header does not say (ocr.column_roles)."""

from __future__ import annotations

import pytest

from ocr.column_roles import profile, resolve
from ocr.extraction import extract_order
from ocr.layout import Cell, Document, Line
from ocr.line_table import find_table
from orderbridge.errors import DocumentRejected

CHAR = 5.0

# Three order lines as columns: line no, part, description, quantity, unit, price, amount.
COLUMNS = [
    ["1", "2", "3"],
    ["PH-10021", "PH-10388", "PH-20410"],
    ["Stainless hinge 3 inch", "Cabinet handle 128mm", "Drawer slide pair"],
    ["400", "1,500", "300"],
    ["EA", "EA", "PR"],
    ["2.75", "1.20", "9.40"],
    ["1,100.00", "1,800.00", "2,820.00"],
]


@pytest.mark.parametrize(
    ("texts", "shape"),
    [
        (["1", "2", "3"], "serial"),
        (["400", "1,500"], "number"),
        (["2026-12-01", "12/07/2026"], "date"),
        (["PCS", "个", "EA"], "unit"),
        (["GPD-A100", "GPD-A245"], "code"),
        (["Relay 24V DC 10A", "DIN rail 1m"], "text"),
        (["GPD-A100", "GPD-A100"], "text"),  # a code that repeats is no part number column
        (["", ""], "empty"),
    ],
)
def test_what_a_column_holds(texts: list[str], shape: str) -> None:
    assert profile(texts) == shape


def test_unknown_number_columns_are_named_by_their_arithmetic() -> None:
    kinds, inferred = resolve(["line_no", "part_no", "description", None, "unit", None, None], COLUMNS)
    assert kinds == ["line_no", "part_no", "description", "quantity", "unit", "unit_price", "amount"]
    assert inferred == {3: "quantity", 5: "unit_price", 6: "amount"}


def test_with_no_header_known_every_role_comes_from_the_content() -> None:
    kinds, _ = resolve([None] * 7, COLUMNS)
    # quantity x price = price x quantity: the quantity is the one printed further left
    assert kinds == ["line_no", "part_no", "description", "quantity", "unit", "unit_price", "amount"]


def test_numbers_whose_arithmetic_does_not_agree_are_not_guessed() -> None:
    wrong = [*COLUMNS[:6], ["1,100.00", "1,900.00", "2,820.00"]]  # line 2 does not add up
    kinds, inferred = resolve(["line_no", "part_no", "description", None, "unit", None, None], wrong)
    assert kinds[3] is None and kinds[5] is None and kinds[6] is None
    assert inferred == {}


def test_an_item_column_of_words_is_the_description_not_the_line_number() -> None:
    columns = [["GPD-A100", "GPD-A245"], ["Relay 24V DC 10A", "DIN rail 1m"], ["2000", "250"]]
    kinds, inferred = resolve(["part_no", "line_no", "quantity"], columns)
    assert kinds == ["part_no", "description", "quantity"]
    assert inferred == {1: "description"}


def test_an_item_column_counting_lines_stays_the_line_number() -> None:
    kinds, inferred = resolve(
        ["line_no", "part_no", "quantity"], [["1", "2"], ["A-100", "B-200"], ["5", "7"]]
    )
    assert kinds == ["line_no", "part_no", "quantity"] and inferred == {}


def test_of_a_net_and_a_tax_inclusive_pair_the_inclusive_one_is_taken() -> None:
    columns = [["10", "4"], ["1.00", "2.50"], ["10.00", "10.00"], ["1.13", "2.825"], ["11.30", "11.30"]]
    names = ["数量", "单价", "金额", "含税单价", "价税合计"]
    kinds, _ = resolve(["quantity", "unit_price", "amount", "unit_price", "amount"], columns, names)
    assert kinds == ["quantity", "other", "other", "unit_price", "amount"]


def _line(top: float, *cells: tuple[float, str]) -> Line:
    return Line(1, [Cell(text, 1, x, top, x + CHAR * len(text), top + 10) for x, text in cells])


def _harbor_like(amount_2: str = "1,800.00", total: str = "2,900.00") -> Document:
    """A US order whose quantity, price and amount headers are words no dictionary has."""
    header = (
        (40, "Ln"),
        (70, "Item #"),
        (150, "Description"),
        (300, "Qty Shipd"),
        (360, "Per Pc"),
        (440, "Ext $"),
    )
    return Document(
        "application/pdf",
        "text-layer",
        1,
        [
            _line(40, (40, "PO Number: PH-1")),
            _line(100, *header),
            _line(
                120,
                (40, "1"),
                (70, "PH-10021"),
                (150, "Hinge 3 inch"),
                (300, "400"),
                (360, "2.75"),
                (440, "1,100.00"),
            ),
            _line(
                140,
                (40, "2"),
                (70, "PH-10388"),
                (150, "Handle"),
                (300, "1,500"),
                (360, "1.20"),
                (440, amount_2),
            ),
            _line(170, (360, "Total"), (440, total)),
        ],
    )


def test_a_table_whose_number_headers_are_unknown_is_read_by_its_arithmetic() -> None:
    table = find_table(_harbor_like())
    assert [row.values["quantity"] for row in table.rows] == ["400", "1,500"]
    assert [row.values["unit_price"] for row in table.rows] == ["2.75", "1.20"]
    assert table.inferred == ["Qty Shipd -> quantity", "Per Pc -> unit_price", "Ext $ -> amount"]


def test_columns_found_by_content_score_lower_than_labelled_ones() -> None:
    order = extract_order(_harbor_like())
    source = order.provenance["lines"]
    assert source.method == "table-columns+content+arithmetic"
    assert source.score == 0.9  # a labelled table whose arithmetic agrees scores 0.98
    assert "Qty Shipd -> quantity" in (source.note or "")


def test_when_the_arithmetic_does_not_agree_no_table_is_guessed_and_the_order_is_rejected() -> None:
    with pytest.raises(DocumentRejected) as caught:
        extract_order(_harbor_like(amount_2="1,900.00", total="3,000.00"))
    assert caught.value.reason == "no-purchase-order"
    assert "no order lines" in caught.value.message


def test_two_part_number_columns_are_never_glued_together() -> None:
    columns = [["A-100", "B-200"], ["C100", "C200"], ["Bolt", "Nut"], ["5", "7"]]
    kinds, _ = resolve(["part_no", "part_no", "description", "quantity"], columns)
    assert kinds == ["part_no", "other", "description", "quantity"]


def test_numbers_placed_by_content_that_the_total_contradicts_send_the_order_to_review() -> None:
    order = extract_order(_harbor_like(total="3,000.00"))  # the lines agree row by row, not with the total
    assert order.confidence is not None and order.confidence <= 0.75
    assert any("total printed" in warning for warning in order.warnings)


@pytest.mark.parametrize(
    "texts",
    [
        ["件", "只", "#2", "套"],  # 根 misread as #2 on a scan
        ["PCS", "EA", "P0S"],  # two of three are unit words
    ],
)
def test_a_short_column_of_unit_words_with_a_misread_is_still_the_unit(texts: list[str]) -> None:
    assert profile(texts) == "unit"


@pytest.mark.parametrize(
    "texts",
    [
        ["件", "#2", "Q1", "套"],  # half are unit words: fewer than two thirds
        ["件", "#2"],  # a single unit word is too few to tell
        ["件", "只", "套", "铝合金支架"],  # a long text is no misread unit
        ["PCS", "EA", "Bolt M8"],
    ],
)
def test_a_column_with_too_few_unit_words_or_long_texts_is_not_the_unit(texts: list[str]) -> None:
    assert profile(texts) == "text"


def test_a_column_of_unique_codes_with_one_misread_is_still_the_part_number() -> None:
    """A scan glued a line number to one code; the other codes still say what the column is."""
    texts = ["BIS-60042RS", "BIS-HTD5M-24", "BIS-SHF12-300", "", "BIS-CPL-5X8", "7 ， BIS-GT2-6-50M"]
    assert profile(texts) == "code"


def test_a_column_with_too_few_codes_or_repeated_ones_is_not_the_part_number() -> None:
    assert profile(["BIS-60042RS", "Bearing, deep groove", "Timing pulley"]) == "text"
    assert profile(["BIS-60042RS", "BIS-60042RS", "BIS-HTD5M-24"]) != "code"
