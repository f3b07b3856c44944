"""Boxes of a page read again alone at several scales: one collage and one tesseract call a scale.

A collage (every box pasted on its own strip of white) costs one tesseract pass (page layout analysis
and, without a loaded engine, a model loading) for any number of boxes; mixing scales in one collage
reads worse, since tesseract settles on one text size per block. Words come back in page points, like
every other reading.
"""

from __future__ import annotations

import cv2
import numpy as np

from ocr.grid_cells import CELL_PSM
from ocr.layout import Cell, Word
from ocr.loaded_tesseract import read_data
from ocr.ocr_threads import in_parallel
from ocr.tesseract_engine import LANGUAGES

Box = tuple[int, int, int, int]  # x0, top, x1, bottom in pixels
_GAP = 30  # px of white between the strips of the collage
_SAMPLING = {True: cv2.INTER_AREA, False: cv2.INTER_CUBIC}  # shrinking, enlarging


def pixel_box(
    item: Word | Cell, dpi: int, shape: tuple[int, ...], pad: int = 4, side: int | None = None
) -> Box:
    """A word's or cell's box in page points as pixels of an image of ``shape`` (height, width),
    ``pad`` pixels around it (``side`` pixels left and right, if given), within the image."""
    scale = dpi / 72.0
    height, width = shape[:2]
    side = pad if side is None else side
    return (
        max(0, int(item.x0 * scale) - side),
        max(0, int(item.top * scale) - pad),
        min(width, int(item.x1 * scale) + side),
        min(height, int(item.bottom * scale) + pad),
    )


def read_scaled(
    image: np.ndarray,
    boxes: list[Box],
    page: int,
    dpi: int,
    scales: tuple[float, ...],
    languages: str = LANGUAGES,
) -> dict[Box, list[list[Word]]]:
    """Every box at every scale, one collage and one tesseract call a scale (a collage mixing scales
    reads worse: tesseract settles on one text size per block), the scales side by side on the OCR
    threads; words in page points."""

    def at(scale: float) -> dict[Box, list[Word]]:
        strips = []
        for box in boxes:
            crop = image[box[1] : box[3], box[0] : box[2]]
            if scale != 1.0:
                crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=_SAMPLING[scale < 1])
            strips.append((box, crop))
        return _read_strips(strips, scale, page, dpi, languages)

    found = in_parallel([lambda scale=scale: at(scale) for scale in scales])
    return {box: [by_scale.get(box, []) for by_scale in found] for box in boxes}


def _read_strips(
    strips: list[tuple[Box, np.ndarray]], scale: float, page: int, dpi: int, languages: str
) -> dict[Box, list[Word]]:
    width = max(pixels.shape[1] for _, pixels in strips) + 2 * _GAP
    collage = np.full((sum(p.shape[0] + _GAP for _, p in strips) + _GAP, width), 255, dtype=np.uint8)
    offsets = []  # (collage top, collage bottom, box)
    y = _GAP
    for box, pixels in strips:
        collage[y : y + pixels.shape[0], _GAP : _GAP + pixels.shape[1]] = pixels
        offsets.append((y, y + pixels.shape[0], box))
        y += pixels.shape[0] + _GAP
    data = read_data(collage, languages, CELL_PSM)
    found: dict[Box, list[Word]] = {}
    points = 72.0 / dpi
    for i, text in enumerate(data["text"]):
        text, confidence = text.strip(), float(data["conf"][i])
        if not text or confidence < 0:
            continue
        left, top, w, h = (data[key][i] for key in ("left", "top", "width", "height"))
        middle = top + h / 2
        placed = next(((start, box) for start, end, box in offsets if start <= middle <= end), None)
        if placed is None:
            continue
        start, box = placed
        x, yy = box[0] + (left - _GAP) / scale, box[1] + (top - start) / scale
        box_pt = (x * points, yy * points, (x + w / scale) * points, (yy + h / scale) * points)
        found.setdefault(box, []).append(Word(text, page, *box_pt, confidence / 100.0))
    return found
