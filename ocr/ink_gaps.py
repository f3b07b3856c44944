"""Whether OCR'd text after Chinese had a space before it, measured in the page's ink.

Tesseract's boxes for Chinese characters are loose (a 栓 box can reach into the next word), so the gap
between two boxes does not say whether ``螺栓 M8`` or ``螺栓M8`` was printed. The ink does: from the first
inked column of the Latin word, count the blank columns to the left within the word's band. A printed
space leaves about half the Latin height (16-18 px at 300 dpi for 10 pt); glyphs set tight leave almost
none (``188号``, ``月结30天``: 0-3 px). Between two Chinese characters the same holds: a printed space
(``带锁 灰色``) leaves 0.4-0.45 of the character height blank, the characters of one word 0-0.22.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from ocr.layout import Word

_MEASURED_START = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]")  # Latin letters, digits, Chinese characters
_INK = 128  # grey level below which a pixel is ink


def with_ink_gaps(words: list[Word], image: np.ndarray, dpi: int) -> list[Word]:
    """The words, those starting with a Latin letter, a digit or a Chinese character carrying
    ``gap_before`` (points)."""
    return [_measured(word, image, dpi) if _MEASURED_START.match(word.text) else word for word in words]


def _measured(word: Word, image: np.ndarray, dpi: int) -> Word:
    scale = dpi / 72.0
    x0, top, x1, bottom = (round(v * scale) for v in (word.x0, word.top, word.x1, word.bottom))
    height = max(1, bottom - top)
    band = image[max(0, top) : max(0, bottom) + 1]
    if band.size == 0 or x0 >= band.shape[1]:
        return word
    inked = (band < _INK).any(axis=0)
    start = max(0, x0)
    while start < min(x1, len(inked)) and not inked[start]:
        start += 1
    limit = 2 * height
    blank = 0
    x = start - 1
    while x >= 0 and not inked[x] and blank < limit:
        blank += 1
        x -= 1
    return replace(word, gap_before=blank / scale)
