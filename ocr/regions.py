"""Template regions: a header field found by where it sits on the page, not by its label.

A customer template may say ``region: {page: 1, x0: 380, y0: 60, x1: 560, y1: 90}`` (PDF points from the
page's top-left, like every box in ``--explain``) or the same in fractions of the page with
``units: fraction``. The value is the text of the cells whose centre lies inside, in reading order; a
label of the same field at its start is dropped. Text-layer PDFs and OCR'd scans share one geometry
(OCR boxes are converted to points), so one region serves both; spreadsheets have no page geometry.
"""

from __future__ import annotations

from dataclasses import replace

from ocr.labels import split_pairs
from ocr.layout import Cell, Document
from ocr.normalise import address_lines


def region_box(doc: Document, region: dict) -> tuple[int, tuple[float, float, float, float]] | None:
    """(page, box in points) for a region spec; ``None`` when the document has no such page geometry."""
    page = int(region.get("page", 1))
    size = doc.page_sizes.get(page)
    if size is None:
        return None
    box = tuple(float(region[key]) for key in ("x0", "y0", "x1", "y1"))
    if region.get("units", "pt") == "fraction":
        width, height = size
        box = (box[0] * width, box[1] * height, box[2] * width, box[3] * height)
    return page, box  # type: ignore[return-value]


def region_cell(doc: Document, region: dict, field: str) -> Cell | None:
    """The region's text as one cell (its box the union of the cells taken), or ``None`` if empty."""
    placed = region_box(doc, region)
    if placed is None:
        return None
    page, (x0, top, x1, bottom) = placed
    inside = [
        cell
        for line in doc.lines
        if line.page == page
        for cell in line.cells
        if x0 <= (cell.x0 + cell.x1) / 2 <= x1 and top <= (cell.top + cell.bottom) / 2 <= bottom
    ]
    if not inside:
        return None
    inside.sort(key=lambda c: (round(c.top), c.x0))
    rows: dict[int, list[str]] = {}
    for cell in inside:
        rows.setdefault(round(cell.top), []).append(cell.text)
    texts = [" ".join(row) for row in rows.values()]
    text = address_lines(texts) if field == "ship_to_address" else " ".join(texts)
    prefix, pairs = split_pairs(text)
    if not prefix and pairs and pairs[0].field == field and pairs[0].value:
        text = pairs[0].value
    sureness = [c.confidence for c in inside if c.confidence is not None]
    return replace(
        inside[0],
        text=text,
        x0=min(c.x0 for c in inside),
        top=min(c.top for c in inside),
        x1=max(c.x1 for c in inside),
        bottom=max(c.bottom for c in inside),
        confidence=min(sureness) if sureness else None,
        note=None,
    )
