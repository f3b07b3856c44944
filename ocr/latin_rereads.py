"""Latin codes the mixed model was unsure of, read again by the English model alone.

``chi_sim+eng`` reads Chinese well and Latin codes less well: in a Chinese order a part or type code
comes out with a letter or digit swapped (``HTD5M`` as ``HTDSM``, ``LJ12A3`` as ``W12A3``, ``M8`` as
``Ms``), and tesseract is then less sure of it. Every word that is a Latin code (letters, maybe digits
and code punctuation, no Chinese) read below ``SURE`` is cut out with the others onto one collage per
scale and read by ``eng`` alone (two small tesseract calls a page: as printed and, where that reading
does not confirm the first, enlarged 1.5x, where small codes read best). An English reading replaces the
word when it looks like the same code (same length give or take one character, one character in three
changed at most, one in a short code) and either both scales read it alike, each at least ``AGREE``
sure, or one is surer than the first reading by ``MARGIN``; when either English reading is the first
reading, the word stays. Numbers without letters are left to their own cross-checks.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from rapidfuzz.distance import Levenshtein

from ocr.layout import Word
from ocr.scaled_reads import pixel_box, read_scaled

SURE = 0.95  # words read at least this surely are not read again
MARGIN = 0.05  # one English reading alone must be this much surer
AGREE = 0.8  # or both English readings the same, each at least this sure
SCALES = (1.0, 1.5)  # the word as printed and enlarged: small codes read better enlarged
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-_/.#]*")
_LETTER = re.compile(r"[A-Za-z]")


def reread_latin_words(words: list[Word], image: np.ndarray, page: int, dpi: int) -> list[Word]:
    """The words, unsure Latin codes replaced by a surer English-only reading.

    The enlarged reading is asked for only where the printed-size one differs from the first: a code
    that reading confirms stays whatever the enlarged one says (``_better``), and nine in ten unsure
    codes are confirmed so, which saves most of the enlarged collage, 2.25 times the printed one's area."""
    unsure = [i for i, word in enumerate(words) if _is_unsure_code(word)]
    if not unsure:
        return words
    boxes = [pixel_box(words[i], dpi, image.shape) for i in unsure]
    printed = read_scaled(image, boxes, page, dpi, SCALES[:1], "eng")
    doubted = [
        (i, box) for i, box in zip(unsure, boxes, strict=True) if _joined(printed[box][0]) != words[i].text
    ]
    if not doubted:
        return words
    enlarged = read_scaled(image, [box for _, box in doubted], page, dpi, SCALES[1:], "eng")
    out = list(words)
    for i, box in doubted:
        better = _better(words[i], printed[box] + enlarged[box])
        if better is not None:
            out[i] = better
    return out


def _is_unsure_code(word: Word) -> bool:
    return (
        word.confidence is not None
        and word.confidence < SURE
        and _CODE.fullmatch(word.text) is not None
        and _LETTER.search(word.text) is not None
    )


def _better(word: Word, readings: list[list[Word]]) -> Word | None:
    """The English reading as the word: a code like the first reading, either read alike at both
    scales (each at least ``AGREE`` sure) or read ``MARGIN`` surer than the first at one of them.
    An English reading that agrees with the first one keeps it."""
    if any(_joined(reading) == word.text for reading in readings):
        return None
    found = [option for option in (_option(word, reading) for reading in readings) if option]
    if not found:
        return None
    agreed = len(found) == len(readings) and len({text for text, _ in found}) == 1
    if agreed and min(confidence for _, confidence in found) >= AGREE:
        return replace(word, text=found[0][0], confidence=round(max(c for _, c in found), 3))
    text, confidence = max(found, key=lambda option: option[1])
    if confidence < (word.confidence or 0.0) + MARGIN:
        return None
    return replace(word, text=text, confidence=round(confidence, 3))


def _joined(reading: list[Word]) -> str:
    return "".join(w.text.strip() for w in reading)


def _option(word: Word, reading: list[Word]) -> tuple[str, float] | None:
    """One English reading as (text, certainty) if it is one word, a different code like the first."""
    if len(reading) != 1:
        return None
    text, confidence = reading[0].text.strip(), reading[0].confidence or 0.0
    if (
        text == word.text
        or not _CODE.fullmatch(text)
        or not _LETTER.search(text)
        or abs(len(text) - len(word.text)) > 1
        or Levenshtein.distance(text, word.text) > max(1, len(word.text) // 3)
    ):
        return None
    return text, confidence
