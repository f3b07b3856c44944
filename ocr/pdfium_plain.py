"""PDFium functions called with plain pointer arguments, for the calls made once a character or object.

pypdfium2's raw functions check typed pointer arguments: 1.9 us a call against 1.1 us for the same
function declared with ``c_void_p`` arguments. Reading a text layer asks for a box per character and
finding rulings asks several things per page object, so those calls go through these declarations; the
handles they return are plain integers, to be passed only to other functions declared here.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import pypdfium2.raw as pdfium_c

VOID, INT, FLOAT, DOUBLE = ctypes.c_void_p, ctypes.c_int, ctypes.c_float, ctypes.c_double


def plain(function: object, result: type | None, *arguments: type) -> Callable[..., Any]:
    """``function`` (a pypdfium2 raw function) declared with the given plain ctypes types."""
    return ctypes.CFUNCTYPE(result, *arguments)(ctypes.cast(function, ctypes.c_void_p).value)


def address(handle: object) -> ctypes.c_void_p:
    """A pypdfium2 handle (a typed pointer) as a plain pointer."""
    return ctypes.c_void_p(ctypes.cast(handle, ctypes.c_void_p).value)


# text pages
loose_char_box = plain(pdfium_c.FPDFText_GetLooseCharBox, INT, VOID, INT, VOID)
char_matrix = plain(pdfium_c.FPDFText_GetMatrix, INT, VOID, INT, VOID)
font_size = plain(pdfium_c.FPDFText_GetFontSize, DOUBLE, VOID, INT)

# page objects, forms and paths
count_objects = plain(pdfium_c.FPDFPage_CountObjects, INT, VOID)
get_object = plain(pdfium_c.FPDFPage_GetObject, VOID, VOID, INT)
form_count_objects = plain(pdfium_c.FPDFFormObj_CountObjects, INT, VOID)
form_get_object = plain(pdfium_c.FPDFFormObj_GetObject, VOID, VOID, ctypes.c_ulong)
object_type = plain(pdfium_c.FPDFPageObj_GetType, INT, VOID)
object_matrix = plain(pdfium_c.FPDFPageObj_GetMatrix, INT, VOID, VOID)
object_bounds = plain(pdfium_c.FPDFPageObj_GetBounds, INT, VOID, VOID, VOID, VOID, VOID)
count_segments = plain(pdfium_c.FPDFPath_CountSegments, INT, VOID)
get_segment = plain(pdfium_c.FPDFPath_GetPathSegment, VOID, VOID, INT)
segment_point = plain(pdfium_c.FPDFPathSegment_GetPoint, INT, VOID, VOID, VOID)
segment_type = plain(pdfium_c.FPDFPathSegment_GetType, INT, VOID)
segment_close = plain(pdfium_c.FPDFPathSegment_GetClose, INT, VOID)
