"""Short Chinese words the mixed model read as unsure Latin letters, read again by the Chinese model alone."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import chinese_word_rereads
from ocr.chinese_word_rereads import MIN_PAGE_CHINESE, SURE, UNSURE, reread_latin_misreads
from ocr.layout import Word

DPI = 300
PT = 72 / DPI
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZE = 48  # px: 11.5 pt at 300 dpi
NAME = "焊接螺母六角法兰盘头内外螺纹不锈钢垫圈弹簧销"  # enough Chinese on the page, read surely
TOP, BOTTOM = 27, 72  # px: the ink of a line printed at y=20, as tesseract boxes it
CHINESE = Word(NAME, 1, 20 * PT, TOP * PT, (20 + SIZE * len(NAME)) * PT, BOTTOM * PT, 0.93)


def page(*printed: tuple[int, str]) -> np.ndarray:
    """A page strip with the name and each ``(x px, text)`` printed on the same row."""
    image = Image.new("L", (2200, 100), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, SIZE)
    for x, text in ((20, NAME), *printed):
        draw.text((x, 20), text, font=font, fill=0)
    return np.asarray(image)


def latin(text: str, x: int, chars: int, confidence: float) -> Word:
    """The page reading's word at ``x`` px, ``chars`` glyphs wide, as ``text``."""
    return Word(text, 1, x * PT, TOP * PT, (x + SIZE * chars) * PT, BOTTOM * PT, confidence)


X = 20 + SIZE * (len(NAME) + 1)  # right of the name, a space between


def test_an_unsure_latin_word_on_a_chinese_row_is_replaced_by_a_sure_chinese_reading() -> None:
    misread = latin("HEE", X, 2, 0.22)  # 镀锌 as the mixed model saw it
    words = reread_latin_misreads([CHINESE, misread], page((X, "镀锌")), 1, DPI)
    assert words[0] is CHINESE
    assert words[1].text == "镀锌" and words[1].confidence >= SURE
    assert (words[1].x0, words[1].x1) == (misread.x0, misread.x1)  # where the page reading had it


def test_a_real_latin_code_read_unsurely_stays_latin() -> None:
    code = latin("PE", X, 1, 0.3)
    assert reread_latin_misreads([CHINESE, code], page((X, "PE")), 1, DPI)[1] is code


@pytest.mark.parametrize(
    "word",
    [
        latin("HEE", X, 2, UNSURE),  # read surely enough: left as it is
        latin("48", X, 2, 0.2),  # a number: never changed here
        latin("40x20", X, 2, 0.2),  # a size
        latin("ABCDEF", X, 2, 0.2),  # too long for a misread Chinese word
        latin("HEE", X, 2, None),  # a text layer's word
    ],
)
def test_words_that_are_no_suspects_are_not_read_again(monkeypatch: pytest.MonkeyPatch, word: Word) -> None:
    monkeypatch.setattr(chinese_word_rereads, "read_scaled", lambda *args: pytest.fail("not a suspect"))
    assert reread_latin_misreads([CHINESE, word], page(), 1, DPI) == [CHINESE, word]


def test_a_latin_word_on_a_row_without_chinese_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chinese_word_rereads, "read_scaled", lambda *args: pytest.fail("no Chinese row"))
    below = Word("HEE", 1, X * PT, 200 * PT, (X + 96) * PT, 248 * PT, 0.2)
    assert reread_latin_misreads([CHINESE, below], page(), 1, DPI)[1] is below


def test_a_page_with_little_chinese_or_no_chinese_model_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(chinese_word_rereads, "read_scaled", lambda *args: pytest.fail("not read"))
    short = Word("镀锌" * (MIN_PAGE_CHINESE // 2 - 1), 1, 0, TOP * PT, 100, BOTTOM * PT, 0.9)
    misread = latin("HEE", X, 2, 0.2)
    assert reread_latin_misreads([short, misread], page(), 1, DPI) == [short, misread]
    assert reread_latin_misreads([CHINESE, misread], page(), 1, DPI, "eng") == [CHINESE, misread]


@pytest.mark.parametrize(
    ("reading", "taken"),
    [
        ([("镀锌", 0.9)], "镀锌"),
        ([("镀", 0.9), ("锌", 0.8)], "镀锌"),  # Chinese in two words: joined
        ([("镀", 0.9), ("锌", SURE - 0.1)], None),  # one glyph unsure: the whole reading is
        ([("9W", 0.92)], None),  # Latin or digits from the Chinese model: not its business
        ([("镀锌;", 0.95)], None),  # anything besides Chinese characters
        ([], None),
    ],
)
def test_only_a_reading_of_sure_chinese_characters_alone_is_taken(
    monkeypatch: pytest.MonkeyPatch, reading: list[tuple[str, float]], taken: str | None
) -> None:
    def read_scaled(image, boxes, page, dpi, scales, languages):
        assert languages == "chi_sim"
        found = [Word(text, page, i, 0, i + 1, 1, sure) for i, (text, sure) in enumerate(reading)]
        return {box: [found, []] for box in boxes}

    monkeypatch.setattr(chinese_word_rereads, "read_scaled", read_scaled)
    misread = latin("HEE", X, 2, 0.22)
    after = reread_latin_misreads([CHINESE, misread], page(), 1, DPI)[1]
    assert after.text == (taken or "HEE")


def test_the_chinese_reading_must_be_clearly_surer_than_the_latin_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        chinese_word_rereads,
        "read_scaled",
        lambda image, boxes, *args: {box: [[Word("镀锌", 1, 0, 0, 1, 1, 0.7)], []] for box in boxes},
    )
    misread = latin("HEE", X, 2, 0.59)  # unsure, but 0.7 is not MARGIN surer
    assert reread_latin_misreads([CHINESE, misread], page(), 1, DPI)[1] is misread


def chinese_reads(monkeypatch: pytest.MonkeyPatch, *scales: list[tuple[str, float]]) -> None:
    """Make the Chinese-only reading return, at each scale, these (text, certainty) words."""

    def read_scaled(image, boxes, page, dpi, asked_scales, languages):
        assert len(asked_scales) == len(scales)
        found = [[Word(t, page, i, 0, i + 1, 1, c) for i, (t, c) in enumerate(words)] for words in scales]
        return {box: found for box in boxes}

    monkeypatch.setattr(chinese_word_rereads, "read_scaled", read_scaled)


def test_the_same_chinese_at_both_scales_is_taken_though_a_later_glyph_reads_with_certainty_0(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chinese_reads(monkeypatch, [("镀", 0.83), ("锌", 0.0)], [("镀锌", 0.78)])
    fixed = reread_latin_misreads([CHINESE, latin("HEE", X, 2, 0.22)], page(), 1, DPI)[1]
    assert (fixed.text, fixed.confidence) == ("镀锌", 0.83)


@pytest.mark.parametrize(
    "scales",
    [
        ([("锐", 0.0), ("锌", 0.2)], [("久", 0.67), ("锌", 0.0)]),  # two different readings, neither sure
        ([("千", 0.4), ("克", 0.0)], [("千克", 0.5)]),  # alike, but no glyph sure
    ],
)
def test_readings_that_differ_or_are_unsure_everywhere_leave_the_word(
    monkeypatch: pytest.MonkeyPatch, scales
) -> None:
    chinese_reads(monkeypatch, *scales)
    misread = latin("HEE", X, 2, 0.22)
    assert reread_latin_misreads([CHINESE, misread], page(), 1, DPI)[1] is misread


def header(*captions: tuple[int, str]) -> list[Word]:
    """The page reading's caption words at ``(x px, text)``, read surely."""
    return [latin(text, x, len(text), 0.95) for x, text in captions]


def test_in_a_table_header_a_latin_word_read_fairly_surely_is_read_again_as_its_column_name() -> None:
    # JD Edwards' 项目号 read as WAS with certainty 0.79, between 数量 and 单位 named surely
    misread = latin("WAS", X, 3, 0.79)
    named = header((X + 200, "数量"), (X + 350, "单位"))
    printed = page((X, "项目号"), (X + 200, "数量"), (X + 350, "单位"))
    words = reread_latin_misreads([CHINESE, misread, *named], printed, 1, DPI)
    assert words[1].text == "项目号"


def test_outside_a_header_a_fairly_sure_latin_word_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chinese_word_rereads, "read_scaled", lambda *args: pytest.fail("read again"))
    word = latin("WAS", X, 3, 0.79)
    assert reread_latin_misreads([CHINESE, word], page((X, "项目号")), 1, DPI)[1] is word


def test_a_header_word_whose_chinese_reading_names_no_column_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    def reads(image, boxes, page, dpi, scales, languages):  # sure Chinese, but no column's name
        return {box: [[Word("顶针", 1, 0, 0, 1, 1, 0.9)]] * len(scales) for box in boxes}

    monkeypatch.setattr(chinese_word_rereads, "read_scaled", reads)
    word = latin("Rev", X, 3, 0.8)
    named = header((X + 200, "数量"), (X + 350, "单位"))
    assert reread_latin_misreads([CHINESE, word, *named], page(), 1, DPI)[1] is word
