"""A PDF page's vertical table rulings and its largest image, from PDFium's page objects (no Python parsing).

Rulings are what pdfplumber's ``page.edges`` gave (orientation "v", longer than 4 pt): every straight
vertical segment of a path object, whether stroked lines or the sides of rectangles (``re``), filled or
not, so the thin filled rectangles reportlab draws as rules count as two rulings, one on each side.
Objects inside Form XObjects are included, their matrices composed with the form's. Images give the
share of the page the largest one covers (a scan is one image the size of the page). PDFium is called
through ``ocr.pdfium_plain`` (several calls an object: a text object per word in many PDFs).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ocr import pdfium_plain as plain
from ocr.native import page_rulings

MIN_RULE = 4.0  # points: shorter vertical strokes are text decoration or tick marks, not rulings
_STRAIGHT = 0.5  # points of horizontal drift still counted as vertical
_MAX_DEPTH = 4  # nested forms followed this deep
_MAX_SEGMENTS = 100_000  # one path with more segments is a drawing, not a table

Matrix = tuple[float, float, float, float, float, float]
Rule = tuple[float, float, float]  # x, top, bottom (top-left origin, points)
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def page_objects(page: pdfium.PdfPage) -> tuple[list[Rule], float]:
    """The page's vertical rulings and the share of its box covered by its largest image (the objects
    walked in one C call where ``ocr.native`` is built, else here)."""
    left, bottom, right, top = page.get_bbox()
    area = (right - left) * (top - bottom) or 1.0
    native = page_rulings(page.raw)
    if native is not None:
        found, largest = native
        return [(x - left, top - y1, top - y0) for x, y0, y1 in found.tolist()], largest / area
    rules: list[Rule] = []
    largest = 0.0
    for kind, handle, matrix, depth in _objects(page):
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH and (depth or _tall_enough(handle)):
            rules += [(x - left, top - y1, top - y0) for x, y0, y1 in _vertical_segments(handle, matrix)]
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            corners = [_apply(matrix, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            largest = max(largest, (max(xs) - min(xs)) * (max(ys) - min(ys)))
    return rules, largest / area


_BOUNDS = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())
_BOUND_ADDRESSES = tuple(ctypes.addressof(b) for b in _BOUNDS)


def _tall_enough(path: int) -> bool:
    """Whether a page-level path's box (in page space, line width included) is taller than a ruling's
    minimum: a table's horizontal lines, half its paths, are skipped with one call instead of walking
    their segments (four calls each). Unknown bounds count as tall: the segments decide. (Paths inside
    forms are always walked: their bounds are in the form's space, which the form may scale.)"""
    if not plain.object_bounds(path, *_BOUND_ADDRESSES):
        return True
    return _BOUNDS[3].value - _BOUNDS[1].value > MIN_RULE


_WALKED = (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM)


def _objects(page: pdfium.PdfPage) -> Iterator[tuple[int, int, Matrix, int]]:
    """Every page object as (type, handle, matrix to page space, form depth), forms opened up to
    _MAX_DEPTH."""
    handle = plain.address(page.raw)
    count = plain.count_objects(handle)
    yield from _walk([plain.get_object(handle, i) for i in range(max(count, 0))], _IDENTITY, 0)


def _walk(handles: list[int | None], outer: Matrix, depth: int) -> Iterator[tuple[int, int, Matrix, int]]:
    raw = pdfium_c.FS_MATRIX()
    at = ctypes.addressof(raw)
    for handle in handles:
        if not handle:
            continue
        kind = plain.object_type(handle)
        if kind not in _WALKED or not plain.object_matrix(handle, at):
            continue
        matrix = _compose((raw.a, raw.b, raw.c, raw.d, raw.e, raw.f), outer)
        if kind != pdfium_c.FPDF_PAGEOBJ_FORM:
            yield kind, handle, matrix, depth
        elif depth < _MAX_DEPTH:
            count = plain.form_count_objects(handle)
            inner = [plain.form_get_object(handle, i) for i in range(max(count, 0))]
            yield from _walk(inner, matrix, depth + 1)


def _vertical_segments(path: int, matrix: Matrix) -> Iterator[tuple[float, float, float]]:
    """(x, low y, high y) of each straight vertical piece of the path, in page space."""
    count = plain.count_segments(path)
    if count <= 1 or count > _MAX_SEGMENTS:
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    start = previous = None
    for i in range(count):
        segment = plain.get_segment(path, i)
        if not segment or not plain.segment_point(segment, x_at, y_at):
            continue
        point = _apply(matrix, x.value, y.value)
        kind = plain.segment_type(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
            yield from _vertical(previous, point)
        if plain.segment_close(segment) and start is not None:
            yield from _vertical(point, start)
        previous = point


def _vertical(a: tuple[float, float], b: tuple[float, float]) -> Iterator[tuple[float, float, float]]:
    if abs(a[0] - b[0]) <= _STRAIGHT and abs(a[1] - b[1]) > MIN_RULE:
        yield (a[0] + b[0]) / 2, min(a[1], b[1]), max(a[1], b[1])


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """``inner`` then ``outer`` (PDF row-vector convention: point x inner x outer)."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (
        a * oa + b * oc,
        a * ob + b * od,
        c * oa + d * oc,
        c * ob + d * od,
        e * oa + f * oc + oe,
        e * ob + f * od + of,
    )
