"""Print on a scanned page that no word of its reading covers, read again on its own.

Tesseract's page layout analysis (``--psm 3``) now and then drops a block of the page whole: a column
of right-aligned quantities under 数量 beside the unit column (鼎捷's print: every quantity of page 1
and its caption gone, the order's lines then priced without them), or a label column squeezed between
an address and the title (JD Edwards' ``订单号`` / ``订单类型``: the order number's label gone, the order
rejected for want of one). The ink is on the cleaned page all the same; nothing in the reading says
it was there.

So after the page and its grid cells are read, the page's ink outside every word's box is gathered
into word-sized blobs (characters a small gap apart joined; specks, slivers at the edge of a word's
box and leftovers of rulings left out by size), and those blobs are read alone on one collage (one
tesseract call for the page, none when nothing was dropped). A blob's reading is kept only where
tesseract is sure of it (``SURE``): a stamp, a signature or a smudge reads unsure or not at all.
"""

from __future__ import annotations

import cv2
import numpy as np

from ocr.han import HAN_CHAR
from ocr.layout import Word
from ocr.scaled_reads import Box, read_scaled
from ocr.tesseract_engine import LANGUAGES, clean_word, is_stroke

INK_LEVEL = 128  # grey level below which a pixel of the cleaned page is ink
COVER_PAD = 6  # px around a word's box counted as that word's (its glyphs' outer strokes)
SURE = 0.8  # tesseract's certainty a blob's word needs to be kept
MIN_HEIGHT, MAX_HEIGHT = 0.55, 2.2  # a blob's height against the page's median word height
MIN_INK = 0.12  # share of a blob's box inked, at least (a speck field is sparser)
MIN_WIDTH = 0.6  # a blob's width against the median word height: a sliver of a word's edge is narrower
PAD = 8  # px of the page kept around a blob when it is cut out


def read_uncovered_ink(
    words: list[Word], image: np.ndarray, page: int, dpi: int, languages: str = LANGUAGES
) -> list[Word]:
    """``words`` and, added to them, what the page prints where none of them lies, read surely."""
    if not words:
        return words
    blobs = uncovered_blobs(words, image, dpi)
    if not blobs:
        return words
    height, width = image.shape[:2]
    boxes: list[Box] = [
        (max(0, x0 - PAD), max(0, top - PAD), min(width, x1 + PAD), min(height, bottom + PAD))
        for x0, top, x1, bottom in blobs
    ]
    found = read_scaled(image, boxes, page, dpi, (1.0,), languages)
    points = 72.0 / dpi
    added = []
    for box, (x0, top, x1, bottom) in zip(boxes, blobs, strict=True):
        for word in found[box][0]:
            text = clean_word(word.text)
            if text and (word.confidence or 0.0) >= SURE and _is_print(text):
                # tesseract boxes a word read alone as tall as its cut-out: the blob's ink bounds it
                left, right = max(word.x0, x0 * points), min(word.x1, x1 * points)
                upper, lower = max(word.top, top * points), min(word.bottom, bottom * points)
                added.append(Word(text, page, left, upper, right, lower, word.confidence))
    return words + added


def uncovered_blobs(words: list[Word], image: np.ndarray, dpi: int) -> list[Box]:
    """Word-sized blobs of ink outside every word's box, in pixels (x0, top, x1, bottom)."""
    scale = dpi / 72.0
    text_height = float(np.median([(word.bottom - word.top) * scale for word in words]))
    ink = (image < INK_LEVEL).astype(np.uint8)
    for word in words:
        ink[
            max(0, int(word.top * scale) - COVER_PAD) : int(word.bottom * scale) + COVER_PAD,
            max(0, int(word.x0 * scale) - COVER_PAD) : int(word.x1 * scale) + COVER_PAD,
        ] = 0
    gap = max(3, round(text_height * 0.6))  # characters of one word (a Chinese one's parts) join
    joined = cv2.dilate(ink, np.ones((3, gap), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    blobs = []
    for x, top, w, h, _ in stats[1:count]:
        x0, x1 = x + gap // 2, x + w - gap // 2  # the dilation's reach taken off again
        top, bottom = top + 1, top + h - 1
        if not MIN_HEIGHT * text_height <= bottom - top <= MAX_HEIGHT * text_height:
            continue
        if x1 - x0 < MIN_WIDTH * text_height:
            continue
        if ink[top:bottom, x0:x1].mean() < MIN_INK:
            continue
        blobs.append((int(x0), int(top), int(x1), int(bottom)))
    return blobs


def _is_print(text: str) -> bool:
    """A word of print: letters, digits or Chinese, not a stroke left of a ruling."""
    return not is_stroke(text) and (any(ch.isalnum() for ch in text) or bool(HAN_CHAR.search(text)))
