"""The one loop of reading a text layer that runs in C: what PDFium says of every character
(``text_chars.c``).

PDFium answers one character a call, and a ctypes call costs about a microsecond: on the benchmark's
text PDFs these calls (box, generated space, matrix, font size) were a quarter of reading a document,
more than invoice2data's whole pdftotext reading was behind (bench/extraction, issue #3). No maintained
binding offers them in one call (pypdfium2 wraps the same per-character functions), so
``scripts/setup.sh`` compiles the few lines with the machine's C compiler (``python -m ocr.native``).
Without the compiled library ``text_chars`` answers None and the caller keeps its Python calls: the same
answers, more slowly.
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

SOURCE = Path(__file__).with_name("text_chars.c")
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
    """Compile ``text_chars.c`` into ``target`` (written beside it, then moved into place at once, so a
    process loading it never sees half a file); raises ``RuntimeError`` without a C compiler."""
    compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        raise RuntimeError("no C compiler (cc) found to build the text layer's character loop")
    with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".so", delete=False) as partial:
        pass
    try:
        command = [compiler, "-O2", "-shared", "-fPIC", "-o", partial.name, str(SOURCE)]
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
    return library


_FUNCTIONS = (ctypes.c_void_p * 4)(
    *(
        ctypes.cast(function, ctypes.c_void_p).value
        for function in (
            pdfium_c.FPDFText_GetLooseCharBox,
            pdfium_c.FPDFText_IsGenerated,
            pdfium_c.FPDFText_GetMatrix,
            pdfium_c.FPDFText_GetFontSize,
        )
    )
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
    handle = ctypes.cast(textpage, ctypes.c_void_p).value
    arrays = (boxes, found, generated, matrices, has_matrix, sizes)
    loaded.text_chars(_FUNCTIONS, handle, count, *(array.ctypes.data for array in arrays))
    return TextChars(boxes, found.astype(bool), generated, matrices, has_matrix.astype(bool), sizes)
