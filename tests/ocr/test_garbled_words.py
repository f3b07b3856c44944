"""Words the mixed model garbled on a Latin page are read again by the English model alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ocr import garbled_words
from ocr.garbled_words import reread_garbled_words
from tests.ocr.test_diacritic_rereads import DPI, page_and_words

MIXED = "chi_sim+eng"


def _garbled(printed: list[str], read: list[str], certainties: list[float]):
    image, words = page_and_words(printed, read)
    return image, [replace(word, confidence=c) for word, c in zip(words, certainties, strict=True)]


def test_a_garbled_label_and_number_on_a_latin_page_are_read_back() -> None:
    # Tripletex's Ordrenummer 10418, set between two letterhead lines, came out as ``TUE`` and ``有``
    image, words = _garbled(
        ["Ordredato", "Ordrenummer", "10418"], ["Ordredato", "TUE", "有"], [0.93, 0.11, 0.0]
    )
    assert [w.text for w in reread_garbled_words(words, image, 1, DPI, MIXED)] == [
        "Ordredato",
        "Ordrenummer",
        "10418",
    ]


def test_words_read_surely_enough_are_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(garbled_words, "read_scaled", lambda *args: pytest.fail("nothing garbled"))
    image, words = _garbled(["Ordredato", "Leveringsdato"], ["Ordredato", "Leveringsdato"], [0.93, 0.4])
    assert reread_garbled_words(words, image, 1, DPI, MIXED) == words


def test_a_chinese_page_or_a_page_read_without_a_chinese_model_keeps_its_readings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(garbled_words, "read_scaled", lambda *args: pytest.fail("not this path"))
    image, words = _garbled(["Ordrenummer"], ["TUE"], [0.1])
    assert reread_garbled_words(words, image, 1, DPI, "rus+eng") == words  # Cyrillic: its own model
    chinese = [replace(words[0], text="采购订单编号供应商名称地址联系人电话传真日期交货地点")]
    assert reread_garbled_words(chinese + words, image, 1, DPI, MIXED)[1:] == words
