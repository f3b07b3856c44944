"""A table whose page reading came out garbled is read again on its own, below its header; the new reading
is taken only when it reads clearly, and a table read well the first time is never read twice.

Tesseract is replaced by a recorded reading here (the real case, a zebra-striped 浪潮 GS print whose name,
numbers and spec lines run into one another, is in the benchmark: luyue-gs at 300 dpi, 15 -> 122 of 165
fields with its template)."""

from __future__ import annotations

import numpy as np
import pytest

from ocr import table_region_reread
from ocr.layout import Word

DPI = 300
PAGE = np.full((3508, 2481), 255, np.uint8)
HEADER = [
    Word(text, 1, x, 100.0, x + 40.0, 110.0, confidence=0.95)
    for x, text in ((40, "物料编码"), (140, "物料名称"), (300, "数量"), (360, "单价"), (420, "金额"))
]


def rows(confidence: float, count: int = 30, top: float = 0.0) -> list[Word]:
    """``count`` words in rows of five, ten points apart, each read with ``confidence``."""
    words = []
    for i in range(count):
        x, y = 40.0 + 80 * (i % 5), top + 10 * (i // 5)
        words.append(Word(f"w{i}", 1, x, y, x + 40, y + 8, confidence=confidence))
    return words


class Reads(list):
    """The region reads made (each image's height and width), and the reading they are answered with."""

    def __init__(self) -> None:
        super().__init__()
        self.answer: list[Word] = []


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    calls = Reads()

    def table_alone(image: np.ndarray, page: int, dpi: int, languages: str) -> list[Word]:
        calls.append(image.shape)
        return calls.answer

    monkeypatch.setattr(table_region_reread, "page_words", table_alone)
    return calls


def test_a_garbled_table_is_replaced_by_its_own_clear_reading_placed_on_the_page(reads: Reads) -> None:
    reads.answer = rows(0.95, top=5.0)
    garbled = HEADER + rows(0.4, top=120.0)
    words = table_region_reread.reread_table_region(garbled, PAGE, 1, DPI)
    assert words[: len(HEADER)] == HEADER  # the header and what is above it stay
    again = words[len(HEADER) :]
    assert [w.text for w in again] == [w.text for w in reads.answer]
    header_bottom = round(110.0 * DPI / 72 + 1) * 72 / DPI
    assert again[0].top == pytest.approx(5.0 + header_bottom, abs=0.3)  # back in page coordinates
    assert reads == [(PAGE.shape[0] - round(110.0 * DPI / 72 + 1), PAGE.shape[1])]  # only the table


def test_a_table_read_clearly_the_first_time_is_not_read_again(reads: Reads) -> None:
    reads.answer = rows(0.99)
    page = HEADER + rows(0.9, top=120.0)
    assert table_region_reread.reread_table_region(page, PAGE, 1, DPI) == page
    assert reads == []


def test_a_reading_only_less_garbled_keeps_the_pages_rows(reads: Reads) -> None:
    reads.answer = rows(0.95, count=20) + rows(0.4, count=10)  # 0.67: clearer than 0.4, not clear
    page = HEADER + rows(0.4, top=120.0)
    assert table_region_reread.reread_table_region(page, PAGE, 1, DPI) == page
    assert len(reads) == 1


def test_a_page_without_a_table_header_or_with_a_short_table_is_left_alone(reads: Reads) -> None:
    no_header = rows(0.3, top=120.0)
    assert table_region_reread.reread_table_region(no_header, PAGE, 1, DPI) == no_header
    short = HEADER + rows(0.3, count=10, top=120.0)
    assert table_region_reread.reread_table_region(short, PAGE, 1, DPI) == short
    assert reads == []


def test_a_sure_word_the_tables_reading_left_out_is_kept(reads: Reads) -> None:
    """The block analysis drops a column of lone characters (the unit 个 on every row): where the
    table's own reading has nothing, the page's sure words stay; its unsure ones do not."""
    reads.answer = rows(0.95, top=5.0)
    unit = Word("个", 1, 600.0, 140.0, 607.0, 148.0, confidence=0.96)  # right of every re-read word
    speck = Word("~", 1, 600.0, 160.0, 604.0, 168.0, confidence=0.3)
    page = [*HEADER, *rows(0.4, top=120.0), unit, speck]
    words = table_region_reread.reread_table_region(page, PAGE, 1, DPI)
    assert unit in words and speck not in words
