"""Leftovers of erased rulings dropped from a page's words, the character 一 kept (tesseract_engine)."""

from __future__ import annotations

import pytest

from ocr.layout import Word
from ocr.tesseract_engine import clean_word, split_at_bar, without_strokes

SIZE = 10.0  # a character's height and width, in points


def word(text: str, x0: float, width: float | None = None, top: float = 100.0, height: float = SIZE) -> Word:
    return Word(text, 1, x0, top, x0 + (width or SIZE * len(text)), top + height, confidence=0.9)


def one(x0: float, width: float = 8.0, top: float = 104.0) -> Word:
    """一 as tesseract boxes it: as wide as a character, a thin stroke at mid height."""
    return word("一", x0, width, top=top, height=2.0)


def kept(words: list[Word]) -> list[str]:
    return [w.text for w in without_strokes(words)]


def test_a_one_between_two_chinese_words_a_character_apart_is_kept() -> None:
    words = [word("八", 100), one(112), word("南街", 122)]  # 八一南街
    assert kept(words) == ["八", "一", "南街"]


@pytest.mark.parametrize(
    "words",
    [
        [word("八", 100), one(140), word("南街", 200)],  # far from both neighbours
        [word("八", 100), one(112), word("南街", 150)],  # far from the word after it
        [word("A", 100), one(112), word("B", 122)],  # Latin neighbours
        [word("八", 100), one(112), word("12", 122)],
        [one(112), word("南街", 122)],  # no word before it
        [word("八", 100), one(112)],  # no word after it
        [word("八", 100), one(112, width=40), word("南街", 154)],  # a long dash of ruling
        [word("八", 100), one(112, top=140), word("南街", 122)],  # below the line of its neighbours
    ],
)
def test_a_one_that_is_no_character_of_its_line_is_dropped_as_a_ruling_remnant(words: list[Word]) -> None:
    assert "一" not in kept(words)
    assert len(kept(words)) == len(words) - 1  # the words around it stay


@pytest.mark.parametrize("stroke", ["|", "—", "||", "_"])
def test_other_strokes_are_always_dropped_even_between_chinese_words(stroke: str) -> None:
    words = [word("八", 100), word(stroke, 112, width=8.0), word("南街", 122)]
    assert kept(words) == ["八", "南街"]


def test_words_that_are_no_strokes_are_all_kept_in_order() -> None:
    words = [word("订单", 50), word("-", 75), word("PO-1001", 90), word("一楼", 160)]
    assert kept(words) == ["订单", "-", "PO-1001", "一楼"]


def test_a_bar_between_a_code_and_chinese_is_a_border_between_two_words() -> None:
    word = Word(
        "1603-0158|壓縮彈簧", 1, 100.0, 0.0, 100.0 + 9 * 0.55 * 6 + 0.55 * 6 + 4 * 6, 8.0, confidence=0.5
    )
    code, name = split_at_bar(word)
    assert (code.text, name.text) == ("1603-0158", "壓縮彈簧")
    assert code.x0 == word.x0 and name.x1 == word.x1 and code.x1 < name.x0
    assert name.x1 - name.x0 == pytest.approx(24.0)  # four Chinese characters, each twice a Latin one


def test_a_quote_between_a_code_and_chinese_is_a_border_too() -> None:
    code, name = split_at_bar(Word("30012460”法兰螺栓", 1, 0.0, 0.0, 80.0, 8.0, confidence=0.6))
    assert (code.text, name.text) == ("30012460", "法兰螺栓")


@pytest.mark.parametrize("text", ["AB|23", "型号|规格", "M8|", "1603-0158", "“特级”"])
def test_a_bar_within_one_script_is_left_to_the_code_shapes(text: str) -> None:
    word = Word(text, 1, 0.0, 0.0, 50.0, 8.0)
    assert split_at_bar(word) == [word]


@pytest.mark.parametrize(
    ("read", "cleaned"),
    [('1/2"', '1/2"'), ("3/4”", '3/4"'), ('1-1/2"', '1-1/2"'), ("1,175.00”", "1,175.00"), ('BSP"', "BSP")],
)
def test_a_quote_closing_a_fraction_is_an_inch_mark_other_glued_quotes_are_specks(
    read: str, cleaned: str
) -> None:
    assert clean_word(read) == cleaned
