"""What OCR gets slightly wrong and the extractor repairs or doubts: labels, joined words, confidence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ocr.assemble import _chinese_text, _sum, _text, order_lines
from ocr.checks import OCR_UNCHECKED_CAP, ocr_confidence, ocr_doubts, verified
from ocr.labels import ocr_column_kind
from ocr.layout import Cell, Document, Line, Word, group_lines
from ocr.line_table import CELL_BREAK, Row, find_table
from ocr.ocr_labels import repaired_label, split_joined_headers
from orderbridge.model import Buyer, OrderLine, PurchaseOrder


@pytest.mark.parametrize(
    ("read", "label"),
    [("交货日其", "交货日期"), ("订单日朗", "订单日期"), ("供应两", "供应商"), ("收货地扯", "收货地址")],
)
def test_a_label_one_glyph_off_is_repaired(read: str, label: str) -> None:
    assert repaired_label(read) == label


@pytest.mark.parametrize("text", ["交货日期", "王伟", "深圳新辉电子有限公司", "HD-BLT-0830", "电话"])
def test_labels_names_and_values_are_left_alone(text: str) -> None:
    assert repaired_label(text) is None


def test_a_lost_column_character_still_names_the_column_on_ocr_pages() -> None:
    assert ocr_column_kind("量") == ("quantity", None)
    assert ocr_column_kind("单价(元)") == ("unit_price", "元")
    assert ocr_column_kind("价") is None  # 单价 or 总价: ambiguous, so no column


def test_two_headers_read_as_one_word_are_split_by_their_characters() -> None:
    first, second = split_joined_headers(Cell("序号”物料编码", 1, 58, 0, 126, 10))
    assert (first.text, second.text) == ("序号", "物料编码")
    assert first.x0 == 58 and second.x1 == 126 and first.x1 == second.x0
    assert split_joined_headers(Cell("物料编码", 1, 0, 0, 10, 10)) == [Cell("物料编码", 1, 0, 0, 10, 10)]


def ocr_word(text: str, x0: float, x1: float) -> Word:
    return Word(text, 1, x0, 100, x1, 110, confidence=0.9)


def test_ocr_chinese_is_joined_by_geometry_and_a_wide_gap_stays_a_space() -> None:
    words = [
        ocr_word("收货", 50, 70),
        ocr_word("地址", 71, 91),
        ocr_word("上海", 99, 119),
        ocr_word("市", 120, 130),
    ]
    (line,) = group_lines(words)
    assert line.cells[0].text == "收货地址 上海市"  # the colon tesseract lost left a wide gap
    assert line.cells[0].confidence == 0.9


def test_text_layer_words_keep_their_spaces() -> None:
    words = [Word("采", 1, 50, 100, 60, 110), Word("购", 1, 61, 100, 71, 110)]
    assert group_lines(words)[0].cells[0].text == "采 购"


def test_field_text_drops_spaces_between_chinese_characters() -> None:
    assert _text(" 采 购 订 单 ") == "采购订单"
    assert _text("不锈钢螺栓 M8") == "不锈钢螺栓 M8"


def test_a_currency_sign_misread_as_a_glyph_does_not_hide_the_total() -> None:
    assert _sum("羊18,000.00") == Decimal("18000.00")
    assert _sum("半 18,000.00") == Decimal("18000.00")
    assert _sum("合计 100") is None


def order(quantity: str, amount: str, total: str | None) -> PurchaseOrder:
    return PurchaseOrder(
        po_number="PO-1",
        order_date=None,
        currency="CNY",
        buyer=Buyer(name="X"),
        total_amount=Decimal(total) if total else None,
        lines=[
            OrderLine(
                line_no=1, quantity=Decimal(quantity), unit_price=Decimal("2.00"), amount=Decimal(amount)
            )
        ],
        confidence=1.0,
    )


def test_an_ocr_order_whose_numbers_add_up_keeps_its_confidence() -> None:
    checked = order("5", "10.00", "10.00")
    assert verified(checked)
    assert ocr_confidence(checked, []) == 1.0


def test_ocr_numbers_nothing_cross_checks_go_to_review() -> None:
    unchecked = order("5", "10.00", None)  # no total printed: the quantity is unconfirmed
    assert not verified(unchecked)
    assert ocr_confidence(unchecked, []) == OCR_UNCHECKED_CAP


def test_a_key_field_tesseract_doubted_lowers_confidence_unless_arithmetic_confirms_it() -> None:
    checked = order("5", "10.00", "10.00")
    unsure = Cell("X", 1, 0, 0, 1, 1, confidence=0.2)
    doubts = ocr_doubts(checked, {"buyer.name": unsure, "total_amount": unsure})
    assert doubts == ["buyer.name: OCR is unsure of 'X' (certainty 0.20)"]  # the total adds up
    assert ocr_confidence(checked, doubts) == 0.75
    assert ocr_doubts(checked, {"buyer.name": Cell("X", 1, 0, 0, 1, 1)}) == []  # text layer: no doubt


def test_addresses_and_terms_lose_the_spaces_ocr_puts_around_digits_in_chinese() -> None:
    assert _chinese_text("墨玉路188 号 2 号仓库") == "墨玉路188号2号仓库"
    assert _chinese_text("货到 30天付款") == "货到30天付款"
    assert _chinese_text("Warehouse 3, 1200 Harbor Road") == "Warehouse 3, 1200 Harbor Road"


@pytest.mark.parametrize(("read", "unit"), [("个、", "个"), ("PCS.", "PCS"), ("套，", "套"), ("件", "件")])
def test_a_mark_ocr_glued_to_a_unit_is_dropped(read: str, unit: str) -> None:
    (line,) = order_lines([Row({"quantity": "10", "unit": read}, [], 1)])
    assert line.unit == unit


def description_of(*cells: str, confidence: float | None = 0.9) -> str | None:
    """The description of a line whose description cells (商品名称 | 型号规格) read ``cells``."""
    found = [
        Cell(text, 1, 100 + 80 * i, 120, 170 + 80 * i, 130, confidence=confidence)
        for i, text in enumerate(cells)
    ]
    row = Row({"description": CELL_BREAK.join(cells), "quantity": "10"}, found, 1, {"description": found})
    return order_lines([row])[0].description


def test_two_ocr_description_cells_keep_one_space_between_them() -> None:
    assert description_of("驱动电源", "恒流隔离 9W") == "驱动电源 恒流隔离 9W"


def test_spurious_spaces_inside_an_ocr_chinese_cell_still_go() -> None:
    assert description_of("驱 动电源") == "驱动电源"
    assert description_of("驱 动电源", "恒流 隔离 9W") == "驱动电源 恒流隔离 9W"


def test_two_text_layer_description_cells_are_joined_with_a_space_too() -> None:
    assert description_of("驱动电源", "恒流隔离 9W", confidence=None) == "驱动电源 恒流隔离 9W"


def test_a_scanned_table_with_a_name_and_a_specification_column_keeps_the_space_between_them() -> None:
    def scanned(top: float, *cells: tuple[float, str]) -> Line:
        return Line(
            1, [Cell(text, 1, x, top, x + 5 * len(text), top + 10, confidence=0.9) for x, text in cells]
        )

    header = ((80, "商品名称"), (180, "型号规格"), (300, "数量"), (350, "单位"), (400, "单价"), (470, "金额"))
    item = (
        (80, "驱 动电源"),
        (180, "恒流隔离 9W"),
        (300, "100"),
        (350, "个"),
        (400, "8.50"),
        (470, "850.00"),
    )
    table = find_table(Document("image/png", "ocr", 1, [scanned(100, *header), scanned(120, *item)]))
    (line,) = order_lines(table.rows)
    assert line.description == "驱动电源 恒流隔离 9W"


def test_a_part_number_ocr_lost_while_the_other_lines_have_theirs_sends_the_order_to_review() -> None:
    """A code has no arithmetic to confirm it: a scan's dropped part number must not pass silently."""
    order = PurchaseOrder(
        po_number="4471",
        order_date=None,
        currency=None,
        lines=[
            OrderLine(
                line_no=1,
                customer_part_no="BIS-60042RS",
                quantity=Decimal("2"),
                unit_price=Decimal("1"),
                amount=Decimal("2"),
            ),
            OrderLine(
                line_no=2,
                customer_part_no=None,
                quantity=Decimal("3"),
                unit_price=Decimal("1"),
                amount=Decimal("3"),
            ),
        ],
        confidence=1.0,
    )
    doubts = ocr_doubts(order, {})
    assert doubts == ["line(s) 2: no part number read, though the other lines have one"]
    assert ocr_confidence(order, doubts) < 0.8


def test_an_order_whose_lines_print_no_part_numbers_at_all_is_not_doubted_for_it() -> None:
    order = PurchaseOrder(
        po_number="4471",
        order_date=None,
        currency=None,
        lines=[
            OrderLine(
                line_no=1,
                description="Bolt",
                quantity=Decimal("2"),
                unit_price=Decimal("1"),
                amount=Decimal("2"),
            )
        ],
        confidence=1.0,
    )
    assert ocr_doubts(order, {}) == []


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ('Kulventil 1/2" BSP, 350 bar', 'Kulventil 1/2" BSP, 350 bar'),  # the inch mark closing a fraction
        ("”梅花联轴器 GS28", "梅花联轴器 GS28"),  # a speck read as a quote still goes
        ("Шток хромаваны @40 мм", "Шток хромаваны Ø40 мм"),  # the diameter sign read as @
        ("Dripper line 2 L/h @ 30cm", "Dripper line 2 L/h @ 30cm"),  # an "at" (a spaced @ stays)
        ("顶针 SKD61 ©6×150 氮化", "顶针 SKD61 Φ6×150 氮化"),  # ... as ©, in a Chinese description
        ("轴承座 Φ30 ©40", "轴承座 Φ30 Φ40"),  # the sign the description shows elsewhere
        ("Spacer 10 @ 5", "Spacer 10 @ 5"),  # a count "at" a price stays
        ("mail@firma.se 12", "mail@firma.se 12"),
    ],
)
def test_an_ocr_description_keeps_inch_marks_and_gets_its_diameter_signs_back(
    read: str, printed: str
) -> None:
    assert description_of(read) == printed


def test_a_text_layers_at_sign_is_what_was_printed() -> None:
    assert description_of("Stålrör E355 @ 38x4 mm", confidence=None) == "Stålrör E355 @ 38x4 mm"
