"""Grid cells: the page read skips them, and only Latin-looking text cells get a Chinese-only read."""

from __future__ import annotations

import numpy as np
import pytest

from ocr import grid_cells
from ocr.grid_cells import CHINESE_PAGE, blank_cells, with_chinese_rereads
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
