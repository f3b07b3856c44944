"""Tesseract kept loaded per thread (tesserocr), with the command as fallback, and the word clean-up."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytesseract
import pytest

from ocr import loaded_tesseract, tesseract_engine
from ocr.loaded_tesseract import OcrUnavailable, read_data, tessdata_dir
from ocr.tesseract_engine import clean_word, read_number, without_speck


def text_image(text: str, scale: float = 1.2) -> np.ndarray:
    image = np.full((80, 40 + 24 * len(text)), 255, dtype=np.uint8)
    cv2.putText(image, text, (20, 55), cv2.FONT_HERSHEY_SIMPLEX, scale, 0, 3, cv2.LINE_AA)
    return image


def words(data: dict) -> list[str]:
    return [t.strip() for t in data["text"] if t.strip()]


@pytest.fixture
def no_tesserocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the tesserocr wheel were not installed: every read goes through the command."""
    monkeypatch.setattr(loaded_tesseract, "tesserocr", None)
    monkeypatch.setattr(loaded_tesseract, "_local", threading.local())


def test_the_loaded_engine_reads_words_with_their_boxes_and_certainty() -> None:
    data = read_data(text_image("PO 4471"), "eng", 7)
    assert words(data) == ["PO", "4471"]
    first = data["text"].index("PO")
    assert 10 <= data["left"][first] <= 40 and data["width"][first] > 0 and data["height"][first] > 0
    assert all(0 <= float(c) <= 100 for c in data["conf"])


def test_one_engine_per_language_set_and_thread_is_loaded_once_and_reused() -> None:
    first = loaded_tesseract._engine("eng")
    assert first is not None and loaded_tesseract._engine("eng") is first
    other: list = []
    thread = threading.Thread(target=lambda: other.append(loaded_tesseract._engine("eng")))
    thread.start()
    thread.join()
    assert other[0] is not None and other[0] is not first  # an engine is not shared between threads


def test_a_whitelist_holds_for_one_read_only() -> None:
    assert read_number(text_image("1200")) is not None
    assert read_number(text_image("1200"))[0] == "1200"
    assert words(read_data(text_image("ABC"), "eng", 7)) == ["ABC"]  # the digits-only list is gone


def test_without_tesserocr_the_command_reads_the_same_words(no_tesserocr: None) -> None:
    assert loaded_tesseract._engine("eng") is None
    assert words(read_data(text_image("PO 4471"), "eng", 7)) == ["PO", "4471"]


def test_without_tesserocr_and_tesseract_the_read_fails_as_unavailable(
    no_tesserocr: None, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    with pytest.raises(OcrUnavailable, match="not installed"):
        read_data(text_image("PO"), "eng", 7)


def test_missing_language_data_falls_back_to_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaded_tesseract, "_local", threading.local())
    assert tessdata_dir("eng") is not None
    assert tessdata_dir("eng+xx_no_such_language") is None
    assert loaded_tesseract._engine("eng+xx_no_such_language") is None  # the command reports it


@pytest.mark.parametrize(
    ("read", "clean"),
    [
        ("，HD-BLT-0830", "HD-BLT-0830"),  # a speck read as a Chinese comma in front of a part number
        ("_HD-WSH-08", "HD-WSH-08"),
        ("”物料编码", "物料编码"),
        ("|PCS", "PCS"),
    ],
)
def test_specks_glued_to_a_word_are_dropped(read: str, clean: str) -> None:
    assert clean_word(read) == clean


@pytest.mark.parametrize("text", ["，", "_", "0.85", ".5", "，送货单", "-12.50", "M8", "A_B"])
def test_punctuation_that_is_not_in_front_of_a_latin_code_stays(text: str) -> None:
    assert without_speck(text) == text


def test_a_faint_chinese_character_is_kept_and_a_faint_latin_speck_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """辉 read at certainty 0.05 in a bold title still belongs to the name (the unsure-cell re-read
    decides later); a faint ``x`` or ``:`` is a speck."""
    data = {
        "text": ["深圳新", "辉", "电子", "x", ":", "PO"],
        "conf": [93.0, 5.0, 90.0, 5.0, 90.0, 95.0],
        "left": [0, 100, 140, 300, 320, 400],
        "top": [0] * 6,
        "width": [90, 30, 60, 10, 5, 40],
        "height": [30] * 6,
    }
    monkeypatch.setattr(tesseract_engine, "read_data", lambda image, languages, psm: data)
    words = tesseract_engine.page_words(np.zeros((10, 10), dtype=np.uint8), 1, 300)
    assert [w.text for w in words] == ["深圳新", "辉", "电子", "PO"]
    assert words[1].confidence == pytest.approx(0.05)
