"""Unsure Latin codes in a Chinese order, read again by the English model alone."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import latin_rereads
from ocr.latin_rereads import AGREE, SCALES, SURE, reread_latin_words
from ocr.layout import Word

DPI = 300
PT = 72 / DPI


def word(text: str, confidence: float | None, x0: int = 20) -> Word:
    return Word(text, 1, x0 * PT, 10 * PT, (x0 + 30 * len(text)) * PT, 60 * PT, confidence)


def english_reads(monkeypatch: pytest.MonkeyPatch, text: str, confidence: float, enlarged=None) -> list:
    """Make the English-only reading return ``text`` as printed and ``enlarged`` (text, certainty)
    at 1.5x (by default nothing there); the boxes it was asked for are recorded, per scale."""
    asked: list = []

    def read_scaled(image, boxes, page, dpi, scales, languages):
        assert languages == "eng" and scales in ((SCALES[0],), (SCALES[1],)) and SCALES == (1.0, 1.5)
        asked.extend((scales[0], box) for box in boxes)
        if scales == (1.0,):
            return {box: [[Word(text, page, 0, 0, 1, 1, confidence)]] for box in boxes}
        return {
            box: [[Word(enlarged[0], page, 0, 0, 1, 1, enlarged[1])] if enlarged else []] for box in boxes
        }

    monkeypatch.setattr(latin_rereads, "read_scaled", read_scaled)
    return asked


WHITE = np.full((80, 600), 255, dtype=np.uint8)


def test_a_surer_english_reading_of_an_unsure_code_replaces_it(monkeypatch: pytest.MonkeyPatch) -> None:
    english_reads(monkeypatch, "HTD5M-30T", 0.89)
    first = word("HTDSM-30T", 0.6)
    (fixed,) = reread_latin_words([first], WHITE, 1, DPI)
    assert (fixed.text, fixed.confidence) == ("HTD5M-30T", 0.89)
    assert (fixed.x0, fixed.top, fixed.x1, fixed.bottom) == (first.x0, first.top, first.x1, first.bottom)


def test_two_english_readings_alike_replace_a_surer_first_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    english_reads(monkeypatch, "HTD5M-30T", AGREE, enlarged=("HTD5M-30T", 0.89))
    (fixed,) = reread_latin_words([word("HTDSM-30T", 0.91)], WHITE, 1, DPI)
    assert (fixed.text, fixed.confidence) == ("HTD5M-30T", 0.89)


def test_two_english_readings_alike_but_unsure_do_not(monkeypatch: pytest.MonkeyPatch) -> None:
    english_reads(monkeypatch, "U12A3-4-Z", AGREE - 0.1, enlarged=("U12A3-4-Z", 0.75))
    first = word("W12A3-4-Z", 0.9)
    assert reread_latin_words([first], WHITE, 1, DPI) == [first]


def test_the_surest_of_two_different_english_readings_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    english_reads(monkeypatch, "U12A3-4-Z", 0.44, enlarged=("LJ12A3-4-Z", 0.84))
    (fixed,) = reread_latin_words([word("W12A3-4-Z", 0.36)], WHITE, 1, DPI)
    assert fixed.text == "LJ12A3-4-Z"


def test_an_english_reading_that_confirms_the_first_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    english_reads(monkeypatch, "HTDSM-30T", 0.95, enlarged=("HTD5M-30T", 0.5))
    first = word("HTD5M-30T", 0.6)
    assert reread_latin_words([first], WHITE, 1, DPI) == [first]


@pytest.mark.parametrize(
    ("first", "english", "sureness"),
    [
        (("HTD5M-30T", 0.6), "HTDSM-30T", 0.62),  # not surer by the margin
        (("LJ12A3-4-Z", 0.5), "LJ12A3", 0.95),  # not the same code: four characters fewer
        (("M8", 0.5), "Wx", 0.95),  # more than a third changed
        (("M8", 0.5), "垫圈", 0.95),  # not a Latin code
        (("M8", 0.5), "M8", 0.95),  # the same text
    ],
)
def test_a_reading_not_surer_or_not_alike_is_not_taken(
    monkeypatch: pytest.MonkeyPatch, first: tuple[str, float], english: str, sureness: float
) -> None:
    english_reads(monkeypatch, english, sureness)
    original = word(*first)
    assert reread_latin_words([original], WHITE, 1, DPI) == [original]


@pytest.mark.parametrize(
    "kept",
    [
        ("5,000", 0.3),  # a number: its own cross-checks (arithmetic, digits-only re-read) decide
        ("尼龙垫圈", 0.3),  # Chinese: the unsure-cell re-read's job
        ("螺栓M8", 0.3),  # Chinese and Latin in one word
        ("HD-BLT-0830", SURE),  # sure enough
        ("PCS", None),  # a text-layer word
    ],
)
def test_only_unsure_latin_codes_are_read_again(monkeypatch: pytest.MonkeyPatch, kept) -> None:
    asked = english_reads(monkeypatch, "XXX", 0.99)
    words = [word(*kept)]
    assert reread_latin_words(words, WHITE, 1, DPI) == words
    assert asked == []  # no tesseract call at all


def test_every_unsure_code_of_a_page_is_read_in_one_call(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = english_reads(monkeypatch, "M8", 0.95)
    words = [word("Ms", 0.5, 20), word("垫圈", 0.4, 200), word("MB", 0.6, 400)]
    assert [w.text for w in reread_latin_words(words, WHITE, 1, DPI)] == ["M8", "垫圈", "M8"]
    assert [scale for scale, _ in asked] == [1.0, 1.0, 1.5, 1.5]  # both codes on one collage a scale
    assert len({box for _, box in asked}) == 2  # the Chinese word not at all


def test_a_code_its_printed_size_reading_confirms_is_not_read_enlarged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = english_reads(monkeypatch, "HTD5M-30T", 0.7)
    words = [word("HTD5M-30T", 0.6, 20), word("HTDSM-30T", 0.6, 400)]
    assert [w.text for w in reread_latin_words(words, WHITE, 1, DPI)] == ["HTD5M-30T", "HTD5M-30T"]
    assert [scale for scale, _ in asked] == [1.0, 1.0, 1.5]  # the confirmed code stays as read


def test_a_printed_code_is_read_by_the_english_model() -> None:
    """End to end on pixels: the real engine, no stand-in."""
    page = Image.new("L", (500, 100), 255)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)  # 10 pt at 300 dpi
    ImageDraw.Draw(page).text((20, 30), "HTD5M-30T", font=font, fill=0)
    image = np.asarray(page)
    first = Word("HTDSM-30T", 1, 15 * PT, 25 * PT, 260 * PT, 80 * PT, 0.2)
    (read,) = reread_latin_words([first], image, 1, DPI)
    assert read.text == "HTD5M-30T" and read.confidence > 0.25
