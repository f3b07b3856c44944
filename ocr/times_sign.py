"""The multiplication sign of a size (``D68×40``), told from the letter x by its place on the line.

Tesseract reads the × of a printed size as the letter ``x`` whatever the model, so a scan of a Chinese
or Czech order that prints ``63×48×6,3`` comes out as ``63x48x6,3``, while an English one printing
``60x40`` is right as read. The glyphs differ where tesseract does not look: the letter x stands on the
baseline, as tall as the font's x-height; the sign floats above the baseline, a small square centred
on the line. Each word with an ``x`` between two digits is cut out; its x-sized pieces of ink (less
tall than the digits, about square) are measured against the digits' baseline. A page's words vote,
and only a clear vote of ``MIN_VOTES`` or more words turns the page's ``x`` between digits into ``×``
(a single word's raise is a pixel or two at 200 dpi: one word alone proves nothing, a page prints
its sizes one way). A template's ``dimension_sign`` says the same for a customer it knows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

import cv2
import numpy as np

from ocr.layout import Cell, Word
from ocr.scaled_reads import pixel_box

_BETWEEN_DIGITS = re.compile(r"(?<=\d)[xX](?=\d)")
RAISED = 0.06  # of the digits' height: the sign's bottom above the baseline, at least
ON_BASELINE = 0.035  # the letter's bottom, at most this far above it
MIN_VOTES = 2  # words voting for the sign, at least, and ``MAJORITY`` times those voting for the letter
MAJORITY = 3
_INK = 140  # grey level below which a pixel of the cleaned page is ink
T = TypeVar("T", Word, Cell)


def prints_times_signs(words: list[Word], image: np.ndarray, dpi: int) -> bool:
    """Whether the page's sizes show the sign (a clear vote of its words with ``x`` between digits)."""
    sized = [w for w in words if w.confidence is not None and _BETWEEN_DIGITS.search(w.text)]
    if len(sized) < MIN_VOTES:
        return False
    votes = [sign_or_letter(word, image, dpi) for word in sized]
    signs, letters = votes.count("sign"), votes.count("letter")
    return signs >= MIN_VOTES and signs >= MAJORITY * letters


def with_times_signs(items: list[T]) -> list[T]:
    """Words or cells with ``x`` between digits written ``×`` (on a page that ``prints_times_signs``)."""
    return [_signed(item) if _BETWEEN_DIGITS.search(item.text) else item for item in items]


def _signed(item: T) -> T:
    spaced = getattr(item, "spaced", None)
    if spaced is not None:
        return replace(
            item, text=_BETWEEN_DIGITS.sub("×", item.text), spaced=_BETWEEN_DIGITS.sub("×", spaced)
        )
    return replace(item, text=_BETWEEN_DIGITS.sub("×", item.text))


def sign_or_letter(word: Word, image: np.ndarray, dpi: int) -> str | None:
    """``"sign"`` when every x-sized piece of ink in the word floats above the digits' baseline,
    ``"letter"`` when every one stands on it; None when the word cannot tell (no digits to measure by,
    a count of pieces unlike the word's x's, or some of each)."""
    x0, top, x1, bottom = pixel_box(word, dpi, image.shape, pad=3)
    ink = (image[top:bottom, x0:x1] < _INK).astype(np.uint8)
    if not ink.size:
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    pieces = [tuple(int(v) for v in stats[i][:4]) for i in range(1, count) if stats[i][4] > 3]
    if not pieces:
        return None
    tallest = max(h for _, _, _, h in pieces)
    digits = [(y, h) for _, y, _, h in pieces if h >= 0.6 * tallest]
    baseline = float(np.median([y + h for y, h in digits]))
    height = baseline - float(np.median([y for y, _ in digits]))
    if height <= 0:
        return None
    small = [(y + h, w, h) for _, y, w, h in pieces if 0.3 * height < h < 0.85 * height and 0.6 < w / h < 1.6]
    if len(small) != len(_BETWEEN_DIGITS.findall(word.text)):
        return None  # other letters of the word's size (or a piece lost): no telling which is the x
    raised = [(baseline - low) / height for low, _, _ in small]
    if all(r >= RAISED for r in raised):
        return "sign"
    if all(r <= ON_BASELINE for r in raised):
        return "letter"
    return None
