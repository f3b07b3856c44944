"""Part numbers as printed, without the specks a scan glues to them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ocr.assemble import _part_no, order_lines
from ocr.layout import Cell
from ocr.line_table import Row


@pytest.mark.parametrize(
    ("printed", "part_no"),
    [
        ("，HD-BLT-0830", "HD-BLT-0830"),  # a speck read as a full-width comma
        ("_HD-WSH-08", "HD-WSH-08"),
        ("XH-R-0603;", "XH-R-0603"),
        ("'ACM-1 `", "ACM-1"),
        ("ACM-1", "ACM-1"),
        ("A.B-7", "A.B-7"),  # marks inside are kept
        ("-5", "-5"),  # a dash is not a speck
        ("", None),
        ("_ ;", None),
    ],
)
def test_specks_around_a_part_number_are_dropped(printed: str, part_no: str | None) -> None:
    assert _part_no(printed) == part_no


def test_a_bracketed_code_leading_the_description_is_the_part_number_when_no_column_has_one() -> None:
    rows = [
        Row({"description": "[LR-500] Servo motor 400W", "quantity": "10"}, [], 1),
        Row({"part_no": "P-1", "description": "[LR-210] Encoder cable", "quantity": "4"}, [], 1),
        Row({"description": "[see note] x", "quantity": "1"}, [], 1),
    ]
    lines = order_lines(rows)
    assert (lines[0].customer_part_no, lines[0].description) == ("LR-500", "Servo motor 400W")
    assert (lines[1].customer_part_no, lines[1].description) == ("P-1", "[LR-210] Encoder cable")
    assert (lines[2].customer_part_no, lines[2].description) == (None, "[see note] x")  # a space: no code


def part_number_of(printed: str, confidence: float | None) -> str | None:
    """The part number assembled from one line whose part number cell reads ``printed``."""
    cell = Cell(printed, 1, 80, 120, 130, 130, confidence=confidence)
    row = Row({"part_no": printed, "quantity": "10"}, [cell], 1, {"part_no": [cell]})
    return order_lines([row])[0].customer_part_no


@pytest.mark.parametrize(
    ("read", "part_no"),
    [
        ("LF-O0005", "LF-00005"),  # after a mark, before digits
        ("10O23", "10023"),  # between digits
        ("10o23", "10023"),
        ("OEM-100", "OEM-100"),  # a letter O in letters stays
        ("PO-1001", "PO-1001"),
        ("LF-O5", "LF-O5"),  # one digit after it: no run of digits
    ],
)
def test_an_ocr_letter_o_inside_a_run_of_digits_is_the_digit_zero(read: str, part_no: str) -> None:
    assert part_number_of(read, confidence=0.8) == part_no


@pytest.mark.parametrize("printed", ["LF-O0005", "10O23"])
def test_a_text_layer_part_number_keeps_its_letter_o(printed: str) -> None:
    assert part_number_of(printed, confidence=None) == printed


@pytest.mark.parametrize(
    ("read", "part_no"),
    [
        ("7 ， BIS-GT2-6-50M", "BIS-GT2-6-50M"),  # the line number OCR read into the code's cell
        ("12. HD-BLT-0830", "HD-BLT-0830"),
        ("BIS-7 X", "BIS-7 X"),  # a number inside the code stays
        ("2000 PCS", "2000 PCS"),  # no code after the number: nothing to strip
    ],
)
def test_a_line_number_glued_before_an_ocr_part_number_goes(read: str, part_no: str) -> None:
    assert part_number_of(read, confidence=0.8) == part_no


def test_a_glued_number_stays_when_the_line_has_its_own_line_number() -> None:
    cell = Cell("7 BIS-GT2", 1, 80, 120, 130, 130, confidence=0.8)
    row = Row({"line_no": "7", "part_no": "7 BIS-GT2", "quantity": "10"}, [cell], 1, {"part_no": [cell]})
    assert order_lines([row])[0].customer_part_no == "7 BIS-GT2"


def scanned_line(part_no: str, description: str):
    """The order line assembled from one OCR'd row (its cells carry tesseract's confidence)."""
    code = Cell(part_no, 1, 80, 120, 130, 130, confidence=0.9)
    name = Cell(description, 1, 140, 120, 260, 130, confidence=0.9)
    values = {"part_no": part_no, "description": description, "quantity": "10"}
    return order_lines([Row(values, [code, name], 1, {"part_no": [code], "description": [name]})])[0]


def test_a_curly_quote_before_a_scanned_part_number_is_a_speck() -> None:
    assert scanned_line("“WG-OR-0050", "O型圈").customer_part_no == "WG-OR-0050"


def test_a_chinese_name_ocr_read_into_the_code_cell_goes_back_to_the_description() -> None:
    line = scanned_line("WG-BR-0015 。。深沟球轴承", "6205-2RS C3")
    assert (line.customer_part_no, line.description) == ("WG-BR-0015", "深沟球轴承 6205-2RS C3")


def test_specks_at_the_ends_of_a_scanned_descriptions_words_are_dropped() -> None:
    assert scanned_line("WG-SR-0035", "孔用弹性挡圈。 GB/T 893 35").description == "孔用弹性挡圈 GB/T 893 35"
    assert scanned_line("WG-CP-0100", "“梅花联轴器 L100").description == "梅花联轴器 L100"


def test_a_scanned_descriptions_spaces_between_chinese_words_are_those_the_ink_showed() -> None:
    name = Cell(
        "快速接线端子 2P 带锁灰色", 1, 140, 120, 260, 130, confidence=0.9, spaced="快速接线端子 2P 带锁 灰色"
    )
    values = {"description": name.text, "quantity": "10"}
    line = order_lines([Row(values, [name], 1, {"description": [name]})])[0]
    assert line.description == "快速接线端子 2P 带锁 灰色"
    stale = replace(
        name, text="快速接线端子 3P 带锁灰色"
    )  # re-read after grouping: its spaced reading is stale
    values = {"description": stale.text, "quantity": "10"}
    line = order_lines([Row(values, [stale], 1, {"description": [stale]})])[0]
    assert line.description == "快速接线端子 3P 带锁灰色"


def test_a_wide_gap_right_after_a_cells_first_chinese_character_is_no_space() -> None:
    """Blur widens the gap after a character with a wide side (``铜 排支撑``, ``斯 特封`` at 200 dpi)."""
    name = Cell("铜排支撑绝缘子 SM35", 1, 140, 120, 260, 130, confidence=0.9, spaced="铜 排支撑绝缘子 SM35")
    values = {"description": name.text, "quantity": "10"}
    line = order_lines([Row(values, [name], 1, {"description": [name]})])[0]
    assert line.description == "铜排支撑绝缘子 SM35"


def test_ocr_spaces_around_a_backslash_or_a_slash_between_chinese_are_dropped() -> None:
    assert scanned_line("210602166", "速度传感器\\ 霍尔型\\M18×1").description == "速度传感器\\霍尔型\\M18×1"
    assert scanned_line("WG-PI-0012", "液压钢管 Φ12×1.5 6米/ 根").description == "液压钢管 Φ12×1.5 6米/根"
    assert scanned_line("LK-JC-30", "Jaw coupling bores 10 mm / 12 mm").description.endswith("10 mm / 12 mm")
