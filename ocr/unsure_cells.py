"""A second reading of the Chinese text cells tesseract was unsure of, chosen by tesseract's certainty.

Read on the whole page, a single glyph of a name or description is sometimes wrong (铝 read as 铅, 启 as
局) or a bold title's first characters come out as Latin (深圳 as ``RY``); read alone, at the page's scale
or a smaller or larger one, the same cell is usually right and tesseract is then much surer. Every cell
with Chinese in it and a word below ``UNSURE`` certainty is cut out and pasted on one collage per scale
(one tesseract call each). A reading is taken when tesseract is surer, by ``MARGIN``, of the characters
it changes than of the first reading; it looks like the same text; every change is confirmed by another
reading; and it has exactly the same digits: this path never changes a number (numbers have their own
cross-checks). Spaces stay where the page reading measured them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from rapidfuzz.distance import Levenshtein

from ocr.han import HAN_CHAR
from ocr.ink_gaps import with_ink_gaps
from ocr.layout import Cell, Line, Word, _joined
from ocr.scaled_reads import pixel_box, read_scaled
from ocr.tesseract_engine import LANGUAGES

UNSURE = 0.6  # a cell whose least certain word is below this is read again
MARGIN = 0.1  # the second reading must be this much surer
CONFIRM = 0.3  # a change must be read this surely at another scale too
SCALES = (1.0, 0.75, 1.5)  # the cell alone at the page's scale, smaller, larger
_DIGITS = re.compile(r"\d")


def reread_unsure_cells(
    lines: list[Line], image: np.ndarray, page: int, dpi: int, languages: str = LANGUAGES
) -> list[Line]:
    """The lines with their unsure Chinese cells replaced by a surer second reading (in place too)."""
    unsure = [
        (line, i, cell)
        for line in lines
        for i, cell in enumerate(line.cells)
        if cell.confidence is not None and cell.confidence < UNSURE and HAN_CHAR.search(cell.text)
    ]
    if not unsure:
        return lines
    boxes = [pixel_box(cell, dpi, image.shape) for _, _, cell in unsure]
    readings = read_scaled(image, boxes, page, dpi, SCALES, languages)
    for (line, i, cell), box in zip(unsure, boxes, strict=True):
        better = _best(cell, readings[box], image, dpi)
        if better is not None:
            line.cells[i] = better
    return lines


Reading = tuple[float, str, str, list[float]]  # least certainty, text, text without spaces, per character


def _reading(words: list[Word], image: np.ndarray, dpi: int) -> Reading:
    words = sorted(with_ink_gaps(words, image, dpi), key=lambda w: w.x0)
    certainty = [w.confidence or 0.0 for w in words for ch in w.text if not ch.isspace()]
    text = _joined(words)
    return min(certainty, default=0.0), text, "".join(text.split()), certainty


def _confirmed(first: str, chosen: str, others: list[Reading]) -> bool:
    """Every change from the first reading is also in another reading, with the character before or
    after it, and read there with some certainty: one surer reading alone may be surely wrong (安亭镇 read
    as 安字镇 at two scales, the second time with certainty 0)."""
    for tag, _, _, start, end in Levenshtein.opcodes(first, chosen):
        if tag not in ("replace", "insert"):
            continue
        pieces = {chosen[max(0, start - 1) : end], chosen[start : end + 1]}
        if not any(_has(piece, other) for piece in pieces for other in others):
            return False
    return True


def _has(piece: str, reading: Reading) -> bool:
    at = reading[2].find(piece)
    return at >= 0 and min(reading[3][at : at + len(piece)], default=0.0) >= CONFIRM


def _best(cell: Cell, readings: list[list[Word]], image: np.ndarray, dpi: int) -> Cell | None:
    """The surest acceptable second reading of ``cell`` as a new cell, or ``None`` to keep the first.

    What counts is how sure tesseract is of the characters a reading changes (one hard glyph elsewhere
    in the cell must not block the fix of another); the new cell's certainty is, per character, the best
    any reading of the same text gave, and then the least of those."""
    first = cell.confidence or 0.0
    squeezed = "".join(cell.text.split())
    options = [_reading(words, image, dpi) for words in readings if words]
    best: tuple[float, str] | None = None
    for n, (_, _, candidate, certainty) in enumerate(options):
        changed = _changed(squeezed, candidate)
        if not changed:
            continue
        sureness = min(certainty[i] for i in changed)
        if (
            sureness >= first + MARGIN
            and _DIGITS.findall(candidate) == _DIGITS.findall(squeezed)
            and Levenshtein.normalized_distance(candidate, squeezed) <= 0.5
            and _confirmed(squeezed, candidate, options[:n] + options[n + 1 :])
            and (best is None or sureness > best[0])
        ):
            best = (sureness, candidate)
    if best is None:
        return None
    chosen = best[1]
    same = [option[3] for option in options if option[2] == chosen]
    confidence = min(max(values) for values in zip(*same, strict=True)) if chosen else 0.0
    text = _spaced_like(cell.text, chosen)
    return None if text == cell.text else replace(cell, text=text, confidence=round(confidence, 3))


def _changed(first: str, chosen: str) -> list[int]:
    """Positions in ``chosen`` of the characters that replace or add to the first reading's."""
    return [
        i
        for tag, _, _, start, end in Levenshtein.opcodes(first, chosen)
        if tag in ("replace", "insert")
        for i in range(start, end)
    ]


def _spaced_like(first: str, chosen: str) -> str:
    """``chosen`` (no spaces) with the first reading's spaces where the characters on both sides are
    unchanged: the page's reading measured its spaces in the ink (``ink_gaps``); a cell read alone may
    join ``垫圈M8`` into one word."""
    squeezed, spaces = "", set()
    for ch in first:
        if ch.isspace():
            spaces.add(len(squeezed))
        else:
            squeezed += ch
    kept = {}  # position in squeezed -> position in chosen, for unchanged characters
    for tag, a0, a1, b0, _ in Levenshtein.opcodes(squeezed, chosen):
        if tag == "equal":
            kept |= {a0 + k: b0 + k for k in range(a1 - a0)}
    cuts = {kept[at] for at in spaces if at in kept and at - 1 in kept and kept[at - 1] == kept[at] - 1}
    return "".join((" " + ch if i in cuts else ch) for i, ch in enumerate(chosen))
