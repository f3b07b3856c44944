"""Grid cells: the page read skips them, only Latin-looking text cells get a Chinese-only read, and their
words keep the order tesseract read them in."""

from __future__ import annotations

import numpy as np
import pytest

from ocr import grid_cells
from ocr.grid_cells import CHINESE_PAGE, blank_cells, boxes_in_reading_order, with_chinese_rereads
from ocr.layout import Word

A, B, C = (10, 10, 60, 40), (60, 10, 110, 40), (110, 10, 160, 40)


def test_blanking_whitens_the_cells_and_nothing_else() -> None:
    page = np.zeros((60, 200), dtype=np.uint8)
    blank = blank_cells(page, [A, C])
    assert blank[10:40, 10:60].min() == 255 and blank[10:40, 110:160].min() == 255
    assert blank[10:40, 60:110].max() == 0 and blank[45:, :].max() == 0
    assert page.max() == 0  # the page itself is left as it was: the cells are read from it


def w(text: str) -> Word:
    return Word(text, 1, 0, 0, 1, 1, 0.9)


@pytest.fixture
def chinese_reads(monkeypatch: pytest.MonkeyPatch) -> list:
    """The Chinese-only collage reads every cell as 人民币; the cells it was asked for are recorded."""
    asked: list = []

    def read_collage(image, boxes, page, dpi, languages):
        assert languages == "chi_sim"
        asked.extend(boxes)
        return {box: [w("人民币")] for box in boxes}

    monkeypatch.setattr(grid_cells, "_read_collage", read_collage)
    return asked


def test_a_latin_reading_on_a_chinese_page_is_read_again_in_chinese(chinese_reads: list) -> None:
    words = with_chinese_rereads(np.zeros((1, 1)), {A: [w("ARM")], B: [w("币种")]}, 1, 300, CHINESE_PAGE)
    assert chinese_reads == [A]
    assert sorted(x.text for x in words) == ["人民币", "币种"]


@pytest.mark.parametrize("text", ["5,000", "12.50", "HD-BLT-0830", "AL-200", "2026-11-18"])
def test_numbers_and_codes_with_digits_are_not_read_again(chinese_reads: list, text: str) -> None:
    words = with_chinese_rereads(np.zeros((1, 1)), {A: [w(text)]}, 1, 300, CHINESE_PAGE)
    assert chinese_reads == [] and [x.text for x in words] == [text]


def test_an_empty_inked_cell_is_read_again(chinese_reads: list) -> None:
    with_chinese_rereads(np.zeros((1, 1)), {A: [], B: [w("币种")]}, 1, 300, CHINESE_PAGE)
    assert chinese_reads == [A]


def test_on_a_page_without_chinese_nothing_is_read_again(chinese_reads: list) -> None:
    words = with_chinese_rereads(np.zeros((1, 1)), {A: [w("EUR")], B: [w("Net")]}, 1, 300, 0)
    assert chinese_reads == [] and sorted(x.text for x in words) == ["EUR", "Net"]


def test_chinese_in_the_cells_counts_towards_a_chinese_page(chinese_reads: list) -> None:
    with_chinese_rereads(np.zeros((1, 1)), {A: [w("ARM")], B: [w("不锈钢六角螺栓")]}, 1, 300, 0)
    assert chinese_reads == [A]


def test_specks_in_a_cell_are_dropped_like_on_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """A faint ``:`` under a price (certainty 0.06) once made a row of its own between two order
    lines, and the line table lost every row after it."""
    data = {
        "text": ["3.60", ":", "|", "PCS"],
        "conf": [95.0, 6.0, 80.0, 9.0],
        "left": [40, 60, 90, 120],
        "top": [40, 70, 40, 40],
        "width": [60, 4, 3, 40],
        "height": [20, 3, 20, 20],
    }
    monkeypatch.setattr(grid_cells, "read_data", lambda image, languages, psm: data)
    box = (100, 100, 400, 200)
    page = np.full((300, 500), 255, dtype=np.uint8)
    (words,) = grid_cells._read_collage(page, [box], 1, 300, "chi_sim+eng").values()
    assert [w.text for w in words] == ["3.60", "PCS"]  # a faint word is kept: it is not a speck


def test_a_word_whose_box_reaches_back_over_the_word_read_before_it_starts_where_that_one_ends() -> None:
    head = Word("头", 1, 157.4, 150.2, 165.1, 157.9, 0.93)
    screw = Word("螺丝", 1, 154.6, 150.2, 177.8, 157.9, 0.95)  # tesseract's box starts inside 头's
    fixed = boxes_in_reading_order([head, screw])
    assert fixed[1].x0 == head.x1 and fixed[1].x1 == screw.x1
    assert [w.text for w in sorted(fixed, key=lambda w: w.x0)] == ["头", "螺丝"]


def test_words_on_the_next_line_of_a_cell_keep_their_boxes() -> None:
    end_of_first = Word("螺丝", 1, 150.0, 150.0, 178.0, 158.0, 0.9)
    start_of_second = Word("镀锌", 1, 131.0, 160.0, 150.0, 168.0, 0.9)
    assert boxes_in_reading_order([end_of_first, start_of_second]) == [end_of_first, start_of_second]


def test_a_box_that_only_overlaps_the_one_before_it_a_little_is_left_as_read() -> None:
    valve = Word("电磁阀", 1, 100.0, 150.0, 118.0, 158.0, 0.9)
    code = Word("4V210-08", 1, 117.5, 150.0, 150.0, 158.0, 0.9)  # in order already: its gap decides the space
    assert boxes_in_reading_order([valve, code]) == [valve, code]
