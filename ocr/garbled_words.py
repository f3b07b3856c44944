"""Words the mixed model garbled on a Latin page, read again by the English model alone.

``chi_sim+eng`` reads a Latin page well but for the odd row whose text tesseract's line finder mixed up
with a neighbour's (Tripletex's right-hand ``Ordrenummer 10418`` set between two of the letterhead's lines
on the left): such words come out as nonsense, often Chinese (``TUE``, ``有`` for that row), read with
next to no certainty, and the order loses its number. On a page with little Chinese, every word read
below ``GARBLED`` certainty is cut out, a little wider than tesseract's box, and read by ``eng`` alone
on one collage (one small tesseract call a page); a reading at least ``TAKEN`` sure replaces it.
Chinese pages have their own second readings (``ocr.chinese_word_rereads``, ``ocr.unsure_cells``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ocr.chinese_word_rereads import MIN_PAGE_CHINESE
from ocr.han import HAN_CHAR
from ocr.layout import Word
from ocr.scaled_reads import pixel_box, read_scaled

GARBLED = 0.3  # words read less surely than this are read again
TAKEN = 0.75  # the English reading, every word of it, at least this sure
WIDER = 0.2  # of the word's width added on each side: tesseract's box of a garbled word falls short


def reread_garbled_words(
    words: list[Word], image: np.ndarray, page: int, dpi: int, languages: str
) -> list[Word]:
    """The words, those garbled on a Latin page read with a Chinese model replaced by a sure English
    reading."""
    if "chi_" not in languages or sum(len(HAN_CHAR.findall(w.text)) for w in words) >= MIN_PAGE_CHINESE:
        return words
    garbled = [i for i, word in enumerate(words) if word.confidence is not None and word.confidence < GARBLED]
    if not garbled:
        return words
    boxes = [_wider_box(words[i], words, dpi, image.shape) for i in garbled]
    readings = read_scaled(image, boxes, page, dpi, (1.0,), "eng")
    out = list(words)
    for i, box in zip(garbled, boxes, strict=True):
        reading = [word for word in readings[box][0] if word.text.strip()]
        if reading and min(word.confidence or 0.0 for word in reading) >= TAKEN:
            text = " ".join(word.text.strip() for word in reading)
            confidence = round(min(word.confidence or 0.0 for word in reading), 3)
            out[i] = replace(words[i], text=text, confidence=confidence)
    return out


def _wider_box(word: Word, words: list[Word], dpi: int, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """The word's box in pixels, ``WIDER`` wider on each side but short of its row's neighbours."""
    extra = (word.x1 - word.x0) * WIDER
    row = [w for w in words if w is not word and w.top < word.bottom and word.top < w.bottom]
    left = max([word.x0 - extra, *(w.x1 for w in row if w.x1 <= word.x0)])
    right = min([word.x1 + extra, *(w.x0 for w in row if w.x0 >= word.x1)])
    return pixel_box(replace(word, x0=left, x1=right), dpi, shape, side=0)
