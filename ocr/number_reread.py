"""Table-aware correction of OCR'd numbers: re-read a line's numeric cells when its arithmetic fails.

When quantity x unit price is not the amount on an OCR'd line, each of the three cells is cut out of the
cleaned page and read again alone, with a digits-only whitelist (``tesseract_engine.read_number``). A
combination of first and second readings that makes the line add up is taken only when exactly one
such combination exists; otherwise the line stays as read and its warning sends the order to review.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from ocr.checks import adds_up
from ocr.layout import Document
from ocr.line_table import Row, Table
from ocr.normalise import parse_decimal
from ocr.tesseract_engine import read_number

NUMERIC = ("quantity", "unit_price", "amount")
_PAD = 4  # px around a cell's text box


def resolve(
    first: dict[str, str], second: dict[str, str | None], decimal_comma: bool = False
) -> dict[str, str] | None:
    """The single choice of first or second reading per column that adds up, if it differs from the first."""
    options = []
    for kind in NUMERIC:
        readings = [first[kind]] + (
            [second[kind]] if second.get(kind) and second[kind] != first[kind] else []
        )
        options.append([(text, parse_decimal(text, decimal_comma)) for text in readings])
    fits = [
        combo
        for combo in itertools.product(*options)
        if all(value is not None for _, value in combo) and adds_up(*(value for _, value in combo))
    ]
    if len(fits) != 1:
        return None
    chosen = {kind: text for kind, (text, _) in zip(NUMERIC, fits[0], strict=True)}
    return chosen if chosen != {kind: first[kind] for kind in NUMERIC} else None


def reread_mismatched_rows(table: Table, doc: Document) -> None:
    """Correct, in place, the OCR'd rows whose three numbers do not add up and a re-read fixes; and read
    the numbers the page reading lost (``Row.gaps``) from their column alone, taken when the row then
    adds up."""
    for row in table.rows:
        scan = doc.scans.get(row.page)
        if scan is not None and row.gaps:
            _fill_gaps(row, scan, table.decimal_comma)
        if scan is None or not all(row.values.get(kind) and row.by_kind.get(kind) for kind in NUMERIC):
            continue
        numbers = [parse_decimal(row.values[kind], table.decimal_comma) for kind in NUMERIC]
        if None not in numbers and adds_up(*numbers):  # type: ignore[arg-type]
            continue
        second = {kind: _reread(row, kind, scan) for kind in NUMERIC}
        fixed = resolve({kind: row.values[kind] for kind in NUMERIC}, second, table.decimal_comma)
        if fixed:
            row.reread = [kind for kind in NUMERIC if fixed[kind] != row.values[kind]]
            row.values.update(fixed)


def _fill_gaps(row: Row, scan, decimal_comma: bool) -> None:
    """Each lost number read from its column's band between the row's neighbouring cells."""
    for kind, (x0, x1) in list(row.gaps.items()):
        if not (math.isfinite(x0) and math.isfinite(x1)):
            continue
        middle = (x0 + x1) / 2
        left = max([c.x1 for c in row.cells if c.x1 <= middle], default=x0)
        right = min([c.x0 for c in row.cells if c.x0 >= middle], default=x1)
        text = _read_box(
            scan,
            max(x0, left),
            min(c.top for c in row.cells),
            min(x1, right),
            max(c.bottom for c in row.cells),
        )
        values = {**row.values, kind: text or ""}
        numbers = [parse_decimal(values.get(k, ""), decimal_comma) for k in NUMERIC]
        if text and None not in numbers and adds_up(*numbers):  # type: ignore[arg-type]
            row.values[kind] = text
            row.reread.append(kind)
            del row.gaps[kind]


def _reread(row: Row, kind: str, scan) -> str | None:
    cells = row.by_kind[kind]
    box = (
        min(c.x0 for c in cells),
        min(c.top for c in cells),
        max(c.x1 for c in cells),
        max(c.bottom for c in cells),
    )
    return _read_box(scan, *box)


def _read_box(scan, x0: float, top: float, x1: float, bottom: float) -> str | None:
    """The number inside a box given in points, read alone digits-only."""
    crop = cut_out(scan, x0, top, x1, bottom)
    read = read_number(crop) if crop.size else None
    return read[0] if read else None


def cut_out(scan, x0: float, top: float, x1: float, bottom: float) -> np.ndarray:
    """The cleaned page's pixels inside a box given in points, with a few pixels around it."""
    scale = scan.dpi / 72.0
    return scan.image[
        max(0, int(top * scale) - _PAD) : int(bottom * scale) + _PAD,
        max(0, int(x0 * scale) - _PAD) : int(x1 * scale) + _PAD,
    ]
