"""Boxes of a page read again alone at several scales: one collage and one tesseract call a scale.

A collage (every box pasted on its own strip of white) costs one tesseract start-up (about a second of
model loading) for any number of boxes; mixing scales in one collage reads worse, since tesseract settles
on one text size per block. Words come back in page points, like every other reading.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytesseract

from ocr.grid_cells import CELL_CONFIG
from ocr.layout import Word
from ocr.tesseract_engine import LANGUAGES, image_file

Box = tuple[int, int, int, int]  # x0, top, x1, bottom in pixels
_GAP = 30  # px of white between the strips of the collage
_SAMPLING = {True: cv2.INTER_AREA, False: cv2.INTER_CUBIC}  # shrinking, enlarging


def read_scaled(
    image: np.ndarray, boxes: list[Box], page: int, dpi: int, scales: tuple[float, ...]
) -> dict[Box, list[list[Word]]]:
    """Every box at every scale, one collage and one tesseract call a scale (a collage mixing scales
    reads worse: tesseract settles on one text size per block); words in page points."""
    readings: dict[Box, list[list[Word]]] = {box: [] for box in boxes}
    for scale in scales:
        strips = []
        for box in boxes:
            crop = image[box[1] : box[3], box[0] : box[2]]
            if scale != 1.0:
                crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=_SAMPLING[scale < 1])
            strips.append((box, crop))
        found = _read_strips(strips, scale, page, dpi)
        for box in boxes:
            readings[box].append(found.get(box, []))
    return readings


def _read_strips(
    strips: list[tuple[Box, np.ndarray]], scale: float, page: int, dpi: int
) -> dict[Box, list[Word]]:
    width = max(pixels.shape[1] for _, pixels in strips) + 2 * _GAP
    collage = np.full((sum(p.shape[0] + _GAP for _, p in strips) + _GAP, width), 255, dtype=np.uint8)
    offsets = []  # (collage top, collage bottom, box)
    y = _GAP
    for box, pixels in strips:
        collage[y : y + pixels.shape[0], _GAP : _GAP + pixels.shape[1]] = pixels
        offsets.append((y, y + pixels.shape[0], box))
        y += pixels.shape[0] + _GAP
    with image_file(collage) as path:
        data = pytesseract.image_to_data(
            path, lang=LANGUAGES, config=CELL_CONFIG, output_type=pytesseract.Output.DICT
        )
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
