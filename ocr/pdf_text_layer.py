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
import struct

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ocr.layout import Word

X_TOLERANCE = 1.5  # points between two characters of one word, at most
Y_TOLERANCE = 2.5  # points between the tops of characters on one row, at most

Char = tuple[str, float, float, float, float]  # text, x0, top, x1, bottom (top-left origin, points)


def page_chars(textpage: pdfium.PdfTextPage, left: float, top: float) -> list[Char]:
    """The page's characters with their boxes, measured from the page box's top-left corner.

    Two C calls a character at most (the text comes in one call); the font size is asked again only
    where the baseline or the box height changes, i.e. once a run of text in one font."""
    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    if count < 0:
        raise pdfium.PdfiumError("the text layer cannot be read")
    texts = _texts(handle, count)
    generated = pdfium_c.FPDFText_IsGenerated
    rect = pdfium_c.FS_RECTF()
    address, pointer = (
        ctypes.c_void_p(ctypes.cast(handle, ctypes.c_void_p).value),
        ctypes.c_void_p(ctypes.addressof(rect)),
    )
    chars: list[Char] = []
    low = high = size = 0.0
    for i, text in enumerate(texts):
        if text in _UNMAPPED or (text.isspace() and generated(handle, i) == 1):
            continue
        if not _loose_box(address, i, pointer):
            continue
        x0, y1, x1, y0 = _RECT.unpack(rect)  # FS_RECTF: left, top, right, bottom
        if y0 != low or y1 != high:
            low, high, size = y0, y1, _font_size(handle, i)
        char_top = top - y0 - size if 0 < size <= y1 - y0 else top - y1
        chars.append((" " if text.isspace() else text, x0 - left, char_top, x1 - left, top - y0))
    return chars


_RECT = struct.Struct("4f")
# FPDFText_GetLooseCharBox with plain pointer arguments: the call made once a character, and ctypes
# converts pre-made c_void_p arguments faster than pypdfium2's typed ones (1.1 against 1.9 us a call).
_loose_box = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)(
    ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
)
_UNMAPPED = frozenset("\x00\ufffe\uffff")


def _texts(handle: object, count: int) -> list[str]:
    """One string a character: FPDFText_GetText in one call, or one call a character if the page holds
    characters outside the BMP (surrogate pairs would shift the text against the character indexes)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(handle, 0, count, buffer)
    text = bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")
    if len(text) == count:
        return list(text)
    codes = (pdfium_c.FPDFText_GetUnicode(handle, i) for i in range(count))
    return [chr(code) if code < 0x110000 else "\ufffd" for code in codes]


def _font_size(handle: object, index: int) -> float:
    """The character's font size in page space (the font size times the text matrix's vertical scale)."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(handle, index, ctypes.byref(matrix)):
        return 0.0
    return pdfium_c.FPDFText_GetFontSize(handle, index) * math.hypot(matrix.c, matrix.d)


def words_of(chars: list[Char], page: int) -> list[Word]:
    """Characters to words: rows by top (chained within Y_TOLERANCE), then gaps and spaces along a row."""
    words: list[Word] = []
    for row in _rows(chars):
        text: list[str] = []
        left = right = top = bottom = 0.0
        for char in sorted(row, key=_LEFT):
            glyph, x0, char_top, x1, char_bottom = char
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


def _rows(chars: list[Char]) -> list[list[Char]]:
    rows: list[list[Char]] = []
    last_top = None
    for char in sorted(chars, key=_TOP):
        if last_top is None or char[2] - last_top > Y_TOLERANCE:
            rows.append([])
        rows[-1].append(char)
        last_top = char[2]
    return rows


_TOP = operator.itemgetter(2)
