"""The two loops of reading a PDF page that run in C (``pdfium_loops.c``): what PDFium says of every
character of its text layer, and the walk over its objects for rulings and images.

PDFium answers one character or object a call, and a ctypes call costs about a microsecond: on the
benchmark's text PDFs these calls (a character's box, generated space, matrix, font size; an object's
type, matrix, bounds, path segments) were a third of reading a document, more than invoice2data's whole
pdftotext reading was behind (bench/extraction, issue #3). No maintained binding offers them in one call
(pypdfium2 wraps the same per-item functions), so ``scripts/setup.sh`` compiles the file with the
machine's C compiler (``python -m ocr.native``). Without the compiled library ``text_chars`` and
``page_rulings`` answer None and the callers keep their Python calls: the same answers, more slowly.
"""

from __future__ import annotations

import ctypes
import functools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2.raw as pdfium_c

from ocr import pdfium_plain as plain

SOURCE = Path(__file__).with_name("pdfium_loops.c")
LIBRARY = SOURCE.with_suffix(".so")


@dataclass(frozen=True)
class TextChars:
    """Every character of a text page, as PDFium answers (index = PDFium's character index)."""

    boxes: np.ndarray  # (n, 4) float32: loose box left, top, right, bottom (PDF space)
    found: np.ndarray  # (n,) bool: PDFium gave a box
    generated: np.ndarray  # (n,) int8: 1 for a space PDFium made up itself, 0 printed, -1 unknown
    matrices: np.ndarray  # (n, 6) float32: the text matrix a, b, c, d, e, f
    has_matrix: np.ndarray  # (n,) bool
    sizes: np.ndarray  # (n,) float64: the font size (text space)


def build(target: Path = LIBRARY) -> Path:
    """Compile ``pdfium_loops.c`` into ``target`` (written beside it, then moved into place at once, so a
    process loading it never sees half a file); raises ``RuntimeError`` without a C compiler."""
    compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        raise RuntimeError("no C compiler (cc) found to build the PDF page loops")
    with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".so", delete=False) as partial:
        pass
    try:
        command = [compiler, "-O2", "-ffp-contract=off", "-shared", "-fPIC", "-o", partial.name, str(SOURCE)]
        subprocess.run(command, check=True, capture_output=True, text=True)
        os.replace(partial.name, target)
    finally:
        Path(partial.name).unlink(missing_ok=True)
    return target


@functools.cache
def _library(path: Path) -> ctypes.CDLL | None:
    if not path.is_file() or path.stat().st_mtime < SOURCE.stat().st_mtime:
        return None  # not built, or built from an older source: the caller's Python calls
    library = ctypes.CDLL(str(path))
    library.text_chars.argtypes = [ctypes.c_void_p] * 2 + [ctypes.c_int] + [ctypes.c_void_p] * 6
    library.text_chars.restype = ctypes.c_int
    library.page_rulings.argtypes = [ctypes.c_void_p] * 3 + [ctypes.c_int, ctypes.c_void_p]
    library.page_rulings.restype = ctypes.c_int
    return library


def _pointers(*functions: object) -> ctypes.Array:
    """PDFium functions as an array of plain pointers, the table a C loop calls them through."""
    return (ctypes.c_void_p * len(functions))(*(plain.address(function).value for function in functions))


_FUNCTIONS = _pointers(
    pdfium_c.FPDFText_GetLooseCharBox,
    pdfium_c.FPDFText_IsGenerated,
    pdfium_c.FPDFText_GetMatrix,
    pdfium_c.FPDFText_GetFontSize,
)


def text_chars(textpage: object, count: int, library: Path = LIBRARY) -> TextChars | None:
    """What PDFium says of each of a pypdfium2 raw text page's ``count`` characters; None when the
    library is not built."""
    loaded = _library(library)
    if loaded is None:
        return None
    boxes, matrices = np.zeros((count, 4), np.float32), np.zeros((count, 6), np.float32)
    found, has_matrix = np.zeros(count, np.uint8), np.zeros(count, np.uint8)
    generated, sizes = np.zeros(count, np.int8), np.zeros(count, np.float64)
    handle = plain.address(textpage)
    arrays = (boxes, found, generated, matrices, has_matrix, sizes)
    loaded.text_chars(_FUNCTIONS, handle, count, *(array.ctypes.data for array in arrays))
    return TextChars(boxes, found.astype(bool), generated, matrices, has_matrix.astype(bool), sizes)


_RULING_FUNCTIONS = _pointers(
    pdfium_c.FPDFPage_CountObjects,
    pdfium_c.FPDFPage_GetObject,
    pdfium_c.FPDFPageObj_GetType,
    pdfium_c.FPDFPageObj_GetMatrix,
    pdfium_c.FPDFPageObj_GetBounds,
    pdfium_c.FPDFFormObj_CountObjects,
    pdfium_c.FPDFFormObj_GetObject,
    pdfium_c.FPDFPath_CountSegments,
    pdfium_c.FPDFPath_GetPathSegment,
    pdfium_c.FPDFPathSegment_GetPoint,
    pdfium_c.FPDFPathSegment_GetType,
    pdfium_c.FPDFPathSegment_GetClose,
)
_ROOM = 512  # rulings a page has room for at first (a ruled table has a few dozen)


def page_rulings(page: object, library: Path = LIBRARY) -> tuple[np.ndarray, float] | None:
    """A pypdfium2 raw page's vertical rulings as rows of (x, low y, high y) in PDF space, and the area
    its largest image covers (``ocr.pdf_rulings`` says what counts); None when the library is not built."""
    loaded = _library(library)
    if loaded is None:
        return None
    handle = plain.address(page)
    room = _ROOM
    while True:
        rules, largest = np.zeros((room, 3)), ctypes.c_double()
        found = loaded.page_rulings(_RULING_FUNCTIONS, handle, rules.ctypes.data, room, ctypes.byref(largest))
        if found <= room:
            return rules[:found], largest.value
        room = found  # a drawing with more rulings than room: once more with room for all
