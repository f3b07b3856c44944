"""Free text on scans: spaces between Chinese and Latin decided by the ink, unsure cells read again."""

from __future__ import annotations

import numpy as np
import pytest

from ocr.ink_gaps import with_ink_gaps
from ocr.layout import Cell, Word, _joined
from ocr.unsure_cells import MARGIN, _best, _confirmed, _reading, _spaced_like
from orderbridge.samples import scans, xinhui_pdf

DPI = 300
PT = 72 / DPI  # one pixel in points


def page_with_blocks(*spans: tuple[int, int]) -> np.ndarray:
    """A white strip with black blocks between the given x pixel ranges (rows 10..40)."""
    image = np.full((60, 400), 255, dtype=np.uint8)
    for x0, x1 in spans:
        image[10:40, x0:x1] = 0
    return image


def word(text: str, x0_px: int, x1_px: int, confidence: float | None = 0.9, **extra) -> Word:
    return Word(text, 1, x0_px * PT, 10 * PT, x1_px * PT, 40 * PT, confidence, **extra)


@pytest.mark.parametrize(("gap_px", "expected"), [(18, 18 * PT), (2, 2 * PT), (0, 0.0)])
def test_the_blank_ink_left_of_a_latin_or_chinese_word_is_measured(gap_px: int, expected: float) -> None:
    image = page_with_blocks((40, 100), (100 + gap_px, 160), (160 + gap_px, 220))
    words = [word("螺栓", 40, 104), word("M8", 100 + gap_px, 160), word("灰色", 160 + gap_px, 220)]
    (_, latin, chinese) = with_ink_gaps(words, image, DPI)
    assert latin.gap_before == pytest.approx(expected)
    assert chinese.gap_before == pytest.approx(expected)
    assert with_ink_gaps([word("—", 40, 104)], image, DPI)[0].gap_before is None  # no letter, digit or 汉字


def test_a_loose_box_does_not_hide_the_space() -> None:
    """Tesseract's box for 栓 reaches into the space: the measure starts at the Latin word's first ink."""
    image = page_with_blocks((40, 100), (118, 160))
    (latin,) = with_ink_gaps([word("M8", 104, 160)], image, DPI)
    assert latin.gap_before == pytest.approx(18 * PT)


@pytest.mark.parametrize(("gap", "text"), [(18 * PT, "螺栓 M8"), (2 * PT, "螺栓M8")])
def test_the_ink_decides_the_space_after_chinese(gap: float, text: str) -> None:
    """The box gap says 'tight' (boxes overlap) in both cases; the ink gap decides."""
    words = [word("螺栓", 40, 104), word("M8", 100, 160, gap_before=gap)]
    assert _joined(words) == text


@pytest.mark.parametrize(("gap", "spaced"), [(13 * PT, "带锁 灰色"), (4 * PT, "带锁灰色")])
def test_the_ink_decides_the_space_between_chinese_words_in_the_spaced_reading_only(
    gap: float, spaced: str
) -> None:
    """A printed space between two Chinese words leaves about 0.4 of their height blank (13 px of 30), the
    characters of one word 0.2 at most; box gaps are loose (these boxes touch). Labels and headers are
    matched without such spaces, so only the ``spaced`` reading (for descriptions) keeps them."""
    words = [word("带锁", 40, 100), word("灰色", 100, 160, gap_before=gap)]
    assert _joined(words) == "带锁灰色"
    assert _joined(words, ink_spaces=True) == spaced


def test_text_layer_words_are_joined_as_before() -> None:
    assert _joined([word("螺栓", 40, 100, None), word("M8", 101, 160, None, gap_before=0.0)]) == "螺栓 M8"


def cell(text: str, confidence: float) -> Cell:
    return Cell(text, 1, 10, 10, 100, 20, confidence=confidence)


def reading(*pairs: tuple[str, float]) -> list[Word]:
    """One second reading: Chinese words (no Latin, so no ink measure is involved) with certainties."""
    return [word(text, 50 * i, 50 * i + 40, confidence) for i, (text, confidence) in enumerate(pairs)]


WHITE = np.full((80, 600), 255, dtype=np.uint8)


def test_a_surer_reading_confirmed_at_another_scale_replaces_the_cell() -> None:
    first = cell("苏州局航精工", 0.47)
    readings = [
        reading(("苏州", 0.9), ("启航", 0.89), ("精工", 0.9)),
        reading(("苏州", 0.9), ("启航", 0.5), ("精工", 0.9)),
    ]
    better = _best(first, readings, WHITE, DPI)
    assert better is not None
    assert (better.text, better.confidence, better.box) == ("苏州启航精工", 0.89, first.box)


def test_a_surer_reading_that_no_other_reading_confirms_is_not_taken() -> None:
    first = cell("安亭镇", 0.34)
    readings = [reading(("安字镇", 0.54)), reading(("安亭镇", 0.26)), reading(("安字", 0.0), ("镇", 0.6))]
    assert _best(first, readings, WHITE, DPI) is None  # 字 again, but read with certainty 0


def test_a_reading_that_changes_a_digit_is_never_taken() -> None:
    first = cell("半18000", 0.3)
    readings = [reading(("¥", 0.9), ("18600", 0.95)), reading(("¥", 0.9), ("18600", 0.95))]
    assert _best(first, readings, WHITE, DPI) is None


def test_a_reading_not_surer_by_the_margin_or_unlike_the_text_is_not_taken() -> None:
    first = cell("铅合金支架", 0.5)
    not_surer = [reading(("铝合金支架", 0.5 + MARGIN / 2))] * 2
    assert _best(first, not_surer, WHITE, DPI) is None
    unlike = [reading(("深圳电子有限公司", 0.95))] * 2
    assert _best(first, unlike, WHITE, DPI) is None


def test_every_change_needs_confirmation_with_context() -> None:
    other = _reading(reading(("深圳新瘤电子", 0.4)), WHITE, DPI)
    assert _confirmed("RY新辉电子", "深圳新辉电子", [other])  # 深圳 with 新 after it is in the other reading
    assert not _confirmed(
        "RY新辉电子", "深圳新辉电子", [_reading(reading(("深圳新瘤电子", 0.1)), WHITE, DPI)]
    )


def test_a_clean_bilingual_scan_reads_its_names_and_descriptions_right() -> None:
    """The benchmark's misses on this layout: the title (RY for 深圳), 启 read as 局, 螺栓M8 without space."""
    from ocr.extraction import extract_order, read_document

    order = extract_order(read_document(scans.image_pdf(scans.scan(xinhui_pdf.render())), "scan.pdf"))
    expected = xinhui_pdf.expected()
    assert order.buyer.name == expected.buyer.name == "深圳新辉电子有限公司"
    assert order.supplier.name == expected.supplier.name
    assert [line.description for line in order.lines] == [line.description for line in expected.lines]


@pytest.mark.parametrize(
    ("first", "chosen", "text"),
    [
        ("尼龙垫圈 M8", "尼龙垫圈M8", "尼龙垫圈 M8"),  # read alone, 垫圈M8 came out as one word
        ("铅合金支架 AL-200", "铝合金支架AL-200", "铝合金支架 AL-200"),
        ("RY 新辉电子", "深圳新辉电子", "深圳新辉电子"),  # the space was beside a changed character
        ("苏州 局航精工", "苏州启航精工", "苏州启航精工"),
    ],
)
def test_the_page_readings_spaces_are_kept_where_the_characters_are(
    first: str, chosen: str, text: str
) -> None:
    assert _spaced_like(first, chosen) == text
