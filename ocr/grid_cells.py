"""Table-aware OCR for ruled grids: read every grid cell on its own, all cells in one tesseract call.

Tesseract's page segmentation merges or drops the cells of a ruled table (a header like 客户料号 next to a
ruling comes out as ``RPMS``, a narrow unit column vanishes). Here the grid is rebuilt from the rulings the
preprocessor found, every cell with ink is cut out and pasted on its own strip of a collage, the collage is
read once (``--psm 6``), and each word is mapped back to its cell's place on the page. Page words inside a
grid cell are replaced by the cell's words; text outside the grid stays as the page read it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

import numpy as np

from ocr.han import HAN_CHAR
from ocr.layout import Word
from ocr.loaded_tesseract import read_data
from ocr.tesseract_engine import LANGUAGES, is_stroke, without_speck, without_strokes

_MERGE = 6  # px: rulings closer than this are one ruling
_MIN_CELL = (12, 18)  # px (width, height): smaller boxes are ruling junctions, not cells
_GAP = 30  # px of white between strips in the collage
_INK = 0.004  # share of dark pixels a cell needs to be read
CELL_PSM = 6  # one uniform block of text: the collage
CHINESE_PAGE = 6  # Chinese characters on a page before its Latin-looking cells get a Chinese-only read
_NUMBER_OR_CODE = re.compile(r"[\d.,+\-/%:()¥$€]*\d[\d.,+\-/%:()¥$€]*|[A-Za-z0-9][\w\-/.]*\d[\w\-/.]*")

Box = tuple[int, int, int, int]  # x0, top, x1, bottom in pixels


def grid_cells(rules: list[tuple[int, int, int]], rows: list[tuple[int, int, int]]) -> list[Box]:
    """Cells bounded by two consecutive horizontal rulings and two vertical ones crossing both."""
    ys = _merged(sorted(y for y, _, _ in rows))
    cells = []
    for top, bottom in itertools.pairwise(ys):
        if bottom - top < _MIN_CELL[1]:
            continue
        crossing = _merged(sorted(x for x, t, b in rules if t <= top + _MERGE and b >= bottom - _MERGE))
        spanning = [
            x
            for x in crossing
            if any(x0 - _MERGE <= x <= x1 + _MERGE for y, x0, x1 in rows if abs(y - top) <= _MERGE)
        ]
        for left, right in itertools.pairwise(spanning):
            if right - left >= _MIN_CELL[0]:
                cells.append((left, top, right, bottom))
    return cells


def _merged(values: list[int]) -> list[int]:
    merged: list[int] = []
    for value in values:
        if merged and value - merged[-1] < _MERGE:
            continue
        merged.append(value)
    return merged


def _has_ink(image: np.ndarray, box: Box) -> bool:
    x0, top, x1, bottom = box
    inner = image[top + 3 : bottom - 2, x0 + 3 : x1 - 2]
    return inner.size > 0 and float(np.mean(inner < 128)) > _INK


def blank_cells(image: np.ndarray, cells: list[Box]) -> np.ndarray:
    """A copy of the page with the grid cells made white: the page read then skips what the cells' own
    reading replaces anyway (on a ruled order form that is most of the page's text)."""
    blank = image.copy()
    for x0, top, x1, bottom in cells:
        blank[top:bottom, x0:x1] = 255
    return blank


def read_cells(
    image: np.ndarray, cells: list[Box], page: int, dpi: int, languages: str = LANGUAGES
) -> dict[Box, list[Word]]:
    """OCR the inked cells with the page's languages (``chi_sim+eng``), one collage: each cell's words in
    points, placed where they are on the page."""
    inked = [box for box in cells if _has_ink(image, box)]
    return _read_collage(image, inked, page, dpi, languages) if inked else {}


def with_chinese_rereads(
    image: np.ndarray,
    readings: dict[Box, list[Word]],
    page: int,
    dpi: int,
    chinese_seen: int = CHINESE_PAGE,
    languages: str = LANGUAGES,
) -> list[Word]:
    """The cells' words, those read as Latin replaced by a Chinese-only reading that has Chinese.

    On a page with Chinese on it (``chinese_seen`` characters elsewhere on the page plus those in the
    cells) the mixed model sometimes reads a short Chinese value as Latin (人民币 as ``ARM``), so such
    cells are read once more with the Chinese model alone (``chi_sim``, or ``chi_tra`` for a traditional
    page). Cells read as a number or as a code with digits (``HD-BLT-0830``) are not: a misread Chinese
    word comes out as letters.
    """
    readings = dict(readings)
    chinese_seen += sum(len(HAN_CHAR.findall(w.text)) for words in readings.values() for w in words)
    latin_only = [
        box
        for box, words in readings.items()
        if not any(HAN_CHAR.search(w.text) for w in words) and not _number_or_code(words)
    ]
    model = next((m for m in languages.split("+") if m.startswith("chi_")), None)
    if chinese_seen >= CHINESE_PAGE and latin_only and model:
        chinese = _read_collage(image, latin_only, page, dpi, model)
        for box, words in chinese.items():
            if any(HAN_CHAR.search(w.text) for w in words):
                readings[box] = words
    return [word for words in readings.values() for word in words]


def _number_or_code(words: list[Word]) -> bool:
    """Every word of the cell is a number or a code with a digit in it (``5,000``, ``AL-200``)."""
    return bool(words) and all(_NUMBER_OR_CODE.fullmatch(w.text) for w in words)


def _read_collage(
    image: np.ndarray, inked: list[Box], page: int, dpi: int, languages: str
) -> dict[Box, list[Word]]:
    width = max(x1 - x0 for x0, _, x1, _ in inked) + 2 * _GAP
    height = sum(bottom - top for _, top, _, bottom in inked) + _GAP * (len(inked) + 1)
    collage = np.full((height, width), 255, dtype=np.uint8)
    offsets = []  # (collage top, collage bottom, cell box)
    y = _GAP
    for x0, top, x1, bottom in inked:
        collage[y : y + bottom - top, _GAP : _GAP + x1 - x0] = image[top:bottom, x0:x1]
        offsets.append((y, y + bottom - top, (x0, top, x1, bottom)))
        y += bottom - top + _GAP
    data = read_data(collage, languages, CELL_PSM)
    scale = 72.0 / dpi
    words: dict[Box, list[Word]] = {box: [] for box in inked}
    for i, text in enumerate(data["text"]):
        text, confidence = without_speck(text.strip()), float(data["conf"][i])
        if not text or confidence < 0 or (is_stroke(text) and text != "一"):
            continue  # as on the page: a speck or a piece of an erased ruling, not a word
        left, top, w, h = (data[key][i] for key in ("left", "top", "width", "height"))
        middle = top + h / 2
        placed = next((box for start, end, box in offsets if start <= middle <= end), None)
        if placed is None:
            continue
        start = next(s for s, _, b in offsets if b == placed)
        x = placed[0] + left - _GAP
        yy = placed[1] + top - start
        words.setdefault(placed, []).append(
            Word(text, page, x * scale, yy * scale, (x + w) * scale, (yy + h) * scale, confidence / 100.0)
        )
    # 一: a stroke unless in a word
    return {box: boxes_in_reading_order(without_strokes(found)) for box, found in words.items()}


def boxes_in_reading_order(words: list[Word]) -> list[Word]:
    """A cell's words (in tesseract's reading order) with a box that starts before the word read before
    it on its line cut at that word's end. Tesseract now and then gives a word a box that reaches back
    over its neighbour's (头 at 157-165 pt, then 螺丝 at 154-178), and the lines, which order words by
    their left edge, would then put it first (十字盘螺丝头). A box that only overlaps the one before it
    a little is left as it is: the words already stand in order."""
    out = list(words)
    for i in range(1, len(out)):
        before, word = out[i - 1], out[i]
        same_line = before.top <= (word.top + word.bottom) / 2 <= before.bottom
        if same_line and word.x0 < before.x0 and before.x1 < word.x1:
            out[i] = replace(word, x0=before.x1)
    return out


def inside_any(word: Word, cells: list[Box], dpi: int) -> bool:
    scale = 72.0 / dpi
    cx, cy = (word.x0 + word.x1) / 2 / scale, (word.top + word.bottom) / 2 / scale
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in cells)
