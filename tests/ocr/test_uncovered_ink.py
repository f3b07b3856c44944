"""Print no word of a page's reading covers, read again alone (ocr.uncovered_ink), and OCR'd words boxed
as tall as two lines kept in their own line (ocr.layout.group_lines)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import uncovered_ink
from ocr.layout import Word, group_lines
from ocr.uncovered_ink import read_uncovered_ink, uncovered_blobs

DPI = 300
SCALE = DPI / 72
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZE = 10  # points


def printed(*items: tuple[str, float, float]) -> np.ndarray:
    """A white page strip with each ``(text, x, top)`` printed at ``x``, ``top`` points."""
    page = Image.new("L", (round(300 * SCALE), round(120 * SCALE)), 255)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(FONT, round(SIZE * SCALE))
    for text, x, top in items:
        draw.text((x * SCALE, top * SCALE), text, font=font, fill=0)
    return np.asarray(page)


def word(text: str, x: float, top: float, width: float, confidence: float = 0.95) -> Word:
    return Word(text, 1, x, top, x + width, top + SIZE + 1, confidence=confidence)


# A quantity column the page reading dropped: the unit and the price beside it were read.
PAGE = printed(
    ("单位", 20, 20), ("数量", 80, 20), ("单价", 140, 20), ("PCS", 20, 40), ("500", 80, 40), ("2.35", 140, 40)
)
READ = [
    word("单位", 20, 20, 21),
    word("单价", 140, 20, 21),
    word("PCS", 20, 40, 19),
    word("2.35", 140, 40, 22),
]


def test_ink_no_word_covers_is_found_as_one_blob_a_word() -> None:
    blobs = uncovered_blobs(READ, PAGE, DPI)
    assert len(blobs) == 2
    for (x0, top, x1, bottom), expected_top in zip(sorted(blobs, key=lambda b: b[1]), (20, 40), strict=True):
        assert x0 >= 78 * SCALE and x1 <= 103 * SCALE  # the 数量 column only, not its neighbours
        assert abs(top / SCALE - expected_top) < 3 and bottom > top


def test_a_dropped_column_is_read_back_into_the_page_words() -> None:
    words = read_uncovered_ink(READ, PAGE, 1, DPI)
    added = {w.text: w for w in words[len(READ) :]}
    assert set(added) == {"数量", "500"}
    assert added["500"].x0 >= 78 and added["500"].x1 <= 103  # boxed by its ink, not by the cut-out
    lines = [line.text for line in group_lines(words)]
    assert lines == ["单位 数量 单价", "PCS 500 2.35"]


def test_a_page_read_whole_costs_no_second_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uncovered_ink, "read_scaled", lambda *args: pytest.fail("read again"))
    everything = [*READ, word("数量", 80, 20, 21), word("500", 80, 40, 16)]
    assert read_uncovered_ink(everything, PAGE, 1, DPI) == everything


def test_specks_and_slivers_of_ink_are_no_blobs() -> None:
    page = PAGE.copy()
    rng = np.random.default_rng(3)
    ys, xs = rng.integers(0, page.shape[0], 400), rng.integers(0, page.shape[1], 400)
    page[ys, xs] = 0  # single dark pixels: scanner speckle
    everything = [*READ, word("数量", 80, 20, 21), word("500", 80, 40, 16)]
    assert uncovered_blobs(everything, page, DPI) == []


def test_an_unsure_reading_of_a_blob_is_not_added(monkeypatch: pytest.MonkeyPatch) -> None:
    def unsure(image, boxes, page, dpi, scales, languages):  # a stamp or a signature reads like this
        return {
            box: [[Word("Jit", 1, box[0] / SCALE, box[1] / SCALE, box[2] / SCALE, box[3] / SCALE, 0.4)]]
            for box in boxes
        }

    monkeypatch.setattr(uncovered_ink, "read_scaled", unsure)
    assert read_uncovered_ink(READ, PAGE, 1, DPI) == READ


def test_an_ocr_word_boxed_over_two_lines_joins_the_line_its_middle_is_in() -> None:
    # JD Edwards' head: 订单号 beside the address line, 订单类型 under it; tesseract boxed 省 19 pt high
    words = [
        Word("订单号", 1, 432, 55.9, 454, 63.1, 0.96),
        Word("1004187", 1, 480, 56.4, 513, 62.2, 0.91),
        Word("江苏", 1, 34, 61.7, 53, 68.9, 0.97),
        Word("省", 1, 53, 54.7, 60, 73.4, 0.83),  # the tall box
        Word("无锡市", 1, 60, 61.9, 80, 68.9, 0.9),
        Word("订单类型", 1, 432, 66.2, 461, 73.7, 0.96),
        Word("电话", 1, 35, 71.8, 49, 79.0, 0.95),
    ]
    assert [line.text for line in group_lines(words)] == [
        "订单号 1004187",
        "江苏省无锡市",
        "订单类型",
        "电话",
    ]


def test_a_text_layers_tall_title_still_spans_its_lines() -> None:
    title = Word("Purchase Order", 1, 300, 40, 420, 62)  # no confidence: a text layer's word
    small = Word("Lindqvist AB", 1, 30, 44, 90, 52)
    assert len(group_lines([title, small])) == 1  # (``_unstacked`` parts them by their tops)
