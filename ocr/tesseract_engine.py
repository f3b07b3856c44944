"""Tesseract (``chi_sim+eng``) on one cleaned page: positioned words; single cells re-read as numbers.

Each OCR worker is limited to one thread (``OMP_THREAD_LIMIT=1``): pages run in parallel across cores
instead, which is faster than tesseract's own threads on short pages. The engine stays loaded in the
process (``loaded_tesseract``). Coordinates are converted from pixels to PDF points (1/72 inch) so
scanned and text-layer pages share one geometry.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from typing import TypeVar

import numpy as np

from ocr.han import HAN_CHAR
from ocr.layout import Cell, Word, text_width
from ocr.loaded_tesseract import read_data

LANGUAGES = os.environ.get("ORDERBRIDGE_OCR_LANGUAGES", "chi_sim+eng")
PAGE_PSM = 3  # automatic page segmentation: beats --psm 6 on PO layouts
NUMBER_PSM = 7  # one text line
WORD_PSM = 8  # one word: a lone Chinese unit (个) that --psm 7 reads as nothing or as 从
NUMBER_CHARS = "0123456789.,-"
MIN_WORD_CONFIDENCE = 10.0  # tesseract's 0..100; below this a Latin "word" is usually a speck or a stroke

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def page_words(image: np.ndarray, page: int, dpi: int, languages: str = LANGUAGES) -> list[Word]:
    """Every word tesseract reads on the page, in points, with its confidence (0..1) kept beside it."""
    data = read_data(image, languages, PAGE_PSM)
    scale = 72.0 / dpi
    words = []
    for i, text in enumerate(data["text"]):
        text = clean_word(text)
        confidence = float(data["conf"][i])
        if not text or (confidence < MIN_WORD_CONFIDENCE and not HAN_CHAR.search(text)):
            continue  # a faint Chinese character is kept: the unsure-cell re-read gets its chance
        left, top, width, height = (data[key][i] for key in ("left", "top", "width", "height"))
        box = (left * scale, top * scale, (left + width) * scale, (top + height) * scale)
        words.append(Word(text, page, *box, confidence=confidence / 100.0))
    return without_strokes(words)


def without_strokes(words: list[Word]) -> list[Word]:
    """The words, in reading order, without the leftovers of rulings (``is_stroke``), keeping a real 一,
    and split where a ruling's ``|`` stands between a code and Chinese (``1603-0158|壓縮彈簧``)."""
    words = [part for word in words for part in split_at_bar(word)]
    return [word for i, word in enumerate(words) if not is_stroke(word.text) or _is_one(words, i)]


_BAR_BETWEEN_SCRIPTS = re.compile(r"^(?P<left>[^|｜”“\"]+?)\s*[|｜”“\"]\s*(?P<right>[^|｜”“\"]+)$")


Boxed = TypeVar("Boxed", Word, Cell)


def split_at_bar(item: Boxed) -> list[Boxed]:
    """A word (or an OCR'd cell) glued across a cell border whose ruling was read as ``|`` or a quote
    (``30012460”法兰螺栓``): two, when one side is Chinese and the other not (``AB|23`` may be ``AB123``:
    a bar between digits is left to the code shapes). The box is shared out by the characters' widths (a
    Chinese one about twice a Latin)."""
    match = _BAR_BETWEEN_SCRIPTS.match(item.text)
    if not match or bool(HAN_CHAR.search(match["left"])) == bool(HAN_CHAR.search(match["right"])):
        return [item]
    widths = [text_width(match["left"]), text_width("|"), text_width(match["right"])]
    unit = (item.x1 - item.x0) / sum(widths)
    left_end, right_start = item.x0 + unit * widths[0], item.x1 - unit * widths[2]
    return [
        replace(item, text=match["left"], x1=left_end),
        replace(item, text=match["right"], x0=right_start),
    ]


def _is_one(words: list[Word], i: int) -> bool:
    """A lone ``一`` between two Chinese words on its line, about a character's width from each: the
    character one (八一南街, A栋一楼), not the remnant of a ruling tesseract also reads as ``一``."""
    word = words[i]
    if word.text != "一" or not 0 < i < len(words) - 1:
        return False
    before, after = words[i - 1], words[i + 1]
    size = max(before.bottom - before.top, after.bottom - after.top)
    beside = all(
        HAN_CHAR.search(other.text) and abs((other.top + other.bottom) - (word.top + word.bottom)) < size
        for other in (before, after)
    )
    close = word.x0 - before.x1 < size and after.x0 - word.x1 < size
    return beside and close and word.x1 - word.x0 < 1.5 * size


_STRAY_MARKS = "\u201c\u201d\u2018\u2019\"'`|"  # specks read as quotes glued to a word: ”物料编码
# ，HD-BLT-0830, —P.O.No.: a speck (or a ruling remnant) in front of a Latin code or label, not a comma
_SPECK_BEFORE_CODE = re.compile(r"^[_，,.·、—]+(?=[A-Za-z]{2}|[A-Za-z]\.)")


def clean_word(text: str) -> str:
    """The word without the specks tesseract glues to it: quotes and bars at either end, and a comma,
    underscore or dot in front of a Latin code (no word, in Chinese or English, starts with a comma).
    A quote closing a fraction is the inch mark (``1/2"``, ``3/4”``), kept as ``"``."""
    text = text.strip()
    cleaned = without_speck(text.strip(_STRAY_MARKS) or text)
    if _INCHES.search(text) and FRACTION_AT_END.search(cleaned):
        return cleaned + '"'
    return cleaned


_INCHES = re.compile(r"\d/\d+[\"\u201c\u201d]$")  # a fraction, then a double quote
FRACTION_AT_END = re.compile(r"\d/\d+$")


def without_speck(text: str) -> str:
    """``text`` without a comma, underscore or dot glued in front of a Latin code (``_HD-WSH-08``)."""
    return _SPECK_BEFORE_CODE.sub("", text)


def is_stroke(text: str) -> bool:
    """Leftovers of erased rulings and borders: ``|``, ``—``, ``_`` runs."""
    return all(ch in "|｜_—-=~'\"`.,:;!丨一" for ch in text) and len(text) <= 3 and text not in ("-",)


def read_number(image: np.ndarray) -> tuple[str, float] | None:
    """One cell's number, read alone with a digits-only whitelist: (text, confidence 0..1)."""
    return read_cell(image, "eng", NUMBER_CHARS, NUMBER_PSM)


def read_cell(image: np.ndarray, languages: str, whitelist: str, psm: int) -> tuple[str, float] | None:
    """One cell read alone, only ``whitelist`` characters allowed: (text, confidence 0..1)."""
    padded = np.pad(image, 12, constant_values=255)
    data = read_data(padded, languages, psm, whitelist)
    parts = [(t.strip(), float(c)) for t, c in zip(data["text"], data["conf"], strict=True) if t.strip()]
    if not parts:
        return None
    return "".join(t for t, _ in parts), min(c for _, c in parts) / 100.0
