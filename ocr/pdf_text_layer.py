"""One PDF page's text layer as positioned words, from PDFium's text page (C): a few calls a character.

Each character's Unicode comes from PDFium (it maps CJK, ToUnicode and CID fonts itself: no
``(cid:N)`` left to repair) and its box from ``FPDFText_GetLooseCharBox`` (descent to ascent, so the
characters of a line share a top and bottom whatever the glyph), the top lowered to one font size above
the descent as pdfminer had it, so boxes stay where templates and line grouping expect them (within
0.4 pt of pdfplumber's on the benchmark corpus). Words are made as pdfplumber's
``extract_words(x_tolerance=1.5, y_tolerance=2.5)`` made them: characters clustered into rows by their
top, sorted left to right, split at real spaces and at gaps over 1.5 pt. Spaces PDFium generates itself
(``FPDFText_IsGenerated``) are skipped: the gaps say where words end.
"""

from __future__ import annotations

import ctypes
import math
import operator

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ocr import pdfium_plain as plain
from ocr.layout import Word
from ocr.native import TextChars, text_chars

X_TOLERANCE = 1.5  # points between two characters of one word, at most
Y_TOLERANCE = 2.5  # points between the tops of characters on one row, at most

Run = tuple[str, float, float, float, float]  # text, x0, top, x1, bottom (top-left origin, points)


def page_runs(textpage: pdfium.PdfTextPage, left: float, top: float) -> list[Run]:
    """The page's text as runs with their boxes, measured from the page box's top-left corner.

    A run is characters in content-stream order that continue one another on one row (same top, each
    starting at or after the previous one and within ``X_TOLERANCE`` of its right edge): the characters
    of one word as most PDFs draw them. Every space is a run of its own. ``words_of`` sorts and joins
    runs exactly as it would single characters, with a few runs a line instead of many characters.

    What PDFium says of each character in one C call (``ocr.native``; without it, a call a character
    for its box, and the font size once where the box height changes), the text in one call; the rest
    is done on whole arrays (numpy): a Python loop a character cost twice the C calls.
    """
    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    if count < 0:
        raise pdfium.PdfiumError("the text layer cannot be read")
    if count == 0:
        return []
    text = _text(handle, count)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    chars = text_chars(handle, count)
    boxes, found = (chars.boxes.astype(np.float64), chars.found) if chars else _loose_boxes(handle, count)
    space = _IS_SPACE[np.minimum(codes, _IS_SPACE.size - 1)]
    kept = found & (codes != 0) & ((codes < 0xFFFE) | (codes > 0xFFFF))  # 0, U+FFFE, U+FFFF: unmapped
    if chars:  # PDFium's own spaces: the gaps say where words end
        kept &= ~(space & (chars.generated == 1))
    else:
        for i in np.flatnonzero(space & kept).tolist():
            kept[i] = pdfium_c.FPDFText_IsGenerated(handle, i) != 1
    index = np.flatnonzero(kept)
    if index.size:
        index = index[~_diagonal(handle, index, boxes, chars)]
    if not index.size:
        return []
    x0, y1, x1, y0 = boxes[index].T  # FS_RECTF: left, top, right, bottom (PDF space, y up)
    bottom = top - y0
    size = _font_sizes(handle, index, y0, y1, chars)
    char_top = np.where((size > 0) & (size <= y1 - y0), bottom - size, top - y1)
    x0, x1, space = x0 - left, x1 - left, space[index]
    starts = np.ones(index.size, dtype=bool)
    starts[1:] = (
        space[1:]
        | space[:-1]
        | (char_top[1:] != char_top[:-1])
        | (x0[1:] < x0[:-1])
        | (x0[1:] > x1[:-1] + X_TOLERANCE)
        | (index[1:] != index[:-1] + 1)  # a character left out in between
    )
    first = np.flatnonzero(starts)
    after = np.append(index[first[1:] - 1], index[-1]) + 1
    return [
        (" " if is_space else text[start:stop], x, y, right, low)
        for start, stop, is_space, x, y, right, low in zip(
            index[first].tolist(),
            after.tolist(),
            space[first].tolist(),
            x0[first].tolist(),
            char_top[first].tolist(),
            np.maximum.reduceat(x1, first).tolist(),
            np.maximum.reduceat(bottom, first).tolist(),
            strict=True,
        )
    ]


# Whether a code point is white space, by table (np.isin sorted both arrays on every page); the last
# entry stands for every code point from U+3001 on, none of them a space.
_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3001)] + [False], dtype=bool)


def _loose_boxes(handle: object, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Every character's loose box (left, top, right, bottom as doubles) and whether it has one."""
    boxes = (pdfium_c.FS_RECTF * count)()
    base, address = ctypes.addressof(boxes), plain.address(handle)
    step, box = ctypes.sizeof(pdfium_c.FS_RECTF), plain.loose_char_box
    found = [box(address, i, base + step * i) for i in range(count)]
    floats = np.frombuffer(boxes, dtype=np.float32).reshape(count, 4).astype(np.float64)
    return floats, np.array(found, dtype=bool)


DIAGONAL = math.sin(math.radians(10))  # text turned further than this off its nearest axis: a watermark


def _diagonal(handle: object, index: np.ndarray, boxes: np.ndarray, chars: TextChars | None) -> np.ndarray:
    """Which of the kept characters are set at a slant (between 10 and 80 degrees off the page's axes).

    Order documents print their data along the page's axes; what runs across it diagonally is a
    watermark (DUPLICATA, COPY, 副本) and, read as words, it lands in the cells it crosses. A text layer
    under a slightly skewed scan (a few degrees) is kept. Without the C loop the matrix is asked where a
    character's box changes, as for ``_font_sizes`` (a slanted glyph's box differs from its neighbours').
    """
    if chars:
        matrix = chars.matrices[index].astype(np.float64)
    else:  # a matrix missing stays all zeros: no slant
        changes = _box_changes(boxes[index, 3], boxes[index, 1])
        asked = np.flatnonzero(changes)
        known, _ = _asked_matrices(handle, index[asked].tolist())
        matrix = known[np.searchsorted(asked, _latest(changes))]
    a, b = matrix[:, 0], matrix[:, 1]
    length = np.hypot(a, b)
    sine = np.divide(np.abs(b), length, out=np.zeros_like(length), where=length > 0)
    cosine = np.divide(np.abs(a), length, out=np.ones_like(length), where=length > 0)
    return np.minimum(sine, cosine) > DIAGONAL


def _font_sizes(
    handle: object, index: np.ndarray, low: np.ndarray, high: np.ndarray, chars: TextChars | None
) -> np.ndarray:
    """Each kept character's font size in page space (its font size times the text matrix's vertical
    scale), taken where the box's bottom or top changes: once a run of text in one font (asked of
    PDFium there when ``chars``, the C loop's answers for every character, is None)."""
    changes = _box_changes(low, high)
    changes[0] = low[0] != 0 or high[0] != 0
    asked = np.flatnonzero(changes)
    at = index[asked]
    if chars:
        matrix = chars.matrices[at].astype(np.float64)
        has_matrix, sizes = chars.has_matrix[at].tolist(), chars.sizes[at].tolist()
    else:
        matrix, has_matrix = _asked_matrices(handle, at.tolist())
        address = plain.address(handle)
        sizes = [plain.font_size(address, i) for i in at.tolist()]
    scaled = [  # math.hypot, not numpy's: the same last bit as every earlier reading
        size * math.hypot(c, d) if has else 0.0
        for size, c, d, has in zip(
            sizes, matrix[:, 2].tolist(), matrix[:, 3].tolist(), has_matrix, strict=True
        )
    ]
    known = np.zeros(index.size)
    known[asked] = scaled
    return known[_latest(changes)]


def _box_changes(low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Where a character's box bottom or top differs from the one before it (the first always): where a
    run of text in one font and one slant starts, so the matrix is asked of PDFium there only."""
    changes = np.ones(low.size, dtype=bool)
    changes[1:] = (low[1:] != low[:-1]) | (high[1:] != high[:-1])
    return changes


def _latest(changes: np.ndarray) -> np.ndarray:
    """For each character, the index of the last change at or before it."""
    return np.maximum.accumulate(np.where(changes, np.arange(changes.size), 0))


def _asked_matrices(handle: object, at: list[int]) -> tuple[np.ndarray, list[bool]]:
    """The text matrices of the characters ``at`` (rows of a, b, c, d, e, f; zeros where PDFium has
    none), one call a character, and whether each had one."""
    matrices = (pdfium_c.FS_MATRIX * len(at))()
    base, address = ctypes.addressof(matrices), plain.address(handle)
    step = ctypes.sizeof(pdfium_c.FS_MATRIX)
    has = [plain.char_matrix(address, i, base + step * k) for k, i in enumerate(at)]
    return np.frombuffer(matrices, dtype=np.float32).reshape(len(at), 6).astype(np.float64), has


def _text(handle: object, count: int) -> str:
    """One character a text index: FPDFText_GetText in one call, or one call a character if the page
    holds characters outside the BMP (surrogate pairs would shift the text against the indexes)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(handle, 0, count, buffer)
    text = bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")
    if len(text) == count:
        return text
    codes = (pdfium_c.FPDFText_GetUnicode(handle, i) for i in range(count))
    return "".join(chr(code) if code < 0x110000 else "\ufffd" for code in codes)


def words_of(runs: list[Run], page: int) -> list[Word]:
    """Runs (or single characters) to words: rows by top (chained within Y_TOLERANCE), then gaps and
    spaces along a row."""
    words: list[Word] = []
    for row in _rows(runs):
        text: list[str] = []
        left = right = top = bottom = 0.0
        for run in sorted(row, key=_LEFT):
            glyph, x0, char_top, x1, char_bottom = run
            space = glyph == " "
            if text and (space or x0 > right + X_TOLERANCE):
                words.append(Word("".join(text), page, left, top, right, bottom))
                text = []
            if space:
                continue
            if text:
                right, top, bottom = max(right, x1), min(top, char_top), max(bottom, char_bottom)
            else:
                left, right, top, bottom = x0, x1, char_top, char_bottom
            text.append(glyph)
        if text:
            words.append(Word("".join(text), page, left, top, right, bottom))
    return words


_LEFT = operator.itemgetter(1)


def _rows(runs: list[Run]) -> list[list[Run]]:
    rows: list[list[Run]] = []
    last_top = None
    for run in sorted(runs, key=_TOP):
        if last_top is None or run[2] - last_top > Y_TOLERANCE:
            rows.append([])
        rows[-1].append(run)
        last_top = run[2]
    return rows


_TOP = operator.itemgetter(2)
