"""Table-aware correction of OCR'd numbers: re-read a line's numeric cells when its arithmetic fails.

When quantity x unit price is not the amount on an OCR'd line, each of the three cells is cut out of the
cleaned page and read again alone, with a digits-only whitelist (``tesseract_engine.read_number``). A
combination of first and second readings that makes the line add up is taken only when exactly one
such combination exists; otherwise the line stays as read and its warning sends the order to review.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from ocr.checks import _tolerance
from ocr.layout import Document
from ocr.line_table import Row, Table
from ocr.normalise import parse_decimal
from ocr.tesseract_engine import read_number

NUMERIC = ("quantity", "unit_price", "amount")
_PAD = 4  # px around a cell's text box


def _adds_up(quantity: Decimal, price: Decimal, amount: Decimal) -> bool:
    return abs(quantity * price - amount) <= _tolerance(amount)


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
        if all(value is not None for _, value in combo) and _adds_up(*(value for _, value in combo))
    ]
    if len(fits) != 1:
        return None
    chosen = {kind: text for kind, (text, _) in zip(NUMERIC, fits[0], strict=True)}
    return chosen if chosen != {kind: first[kind] for kind in NUMERIC} else None


def reread_mismatched_rows(table: Table, doc: Document) -> None:
    """Correct, in place, the OCR'd rows whose three numbers do not add up and a re-read fixes."""
    for row in table.rows:
        scan = doc.scans.get(row.page)
        if scan is None or not all(row.values.get(kind) and row.by_kind.get(kind) for kind in NUMERIC):
            continue
        numbers = [parse_decimal(row.values[kind], table.decimal_comma) for kind in NUMERIC]
        if None not in numbers and _adds_up(*numbers):  # type: ignore[arg-type]
            continue
        second = {kind: _reread(row, kind, scan) for kind in NUMERIC}
        fixed = resolve({kind: row.values[kind] for kind in NUMERIC}, second, table.decimal_comma)
        if fixed:
            row.reread = [kind for kind in NUMERIC if fixed[kind] != row.values[kind]]
            row.values.update(fixed)


def _reread(row: Row, kind: str, scan) -> str | None:
    cells = row.by_kind[kind]
    scale = scan.dpi / 72.0
    x0 = int(min(c.x0 for c in cells) * scale) - _PAD
    top = int(min(c.top for c in cells) * scale) - _PAD
    x1 = int(max(c.x1 for c in cells) * scale) + _PAD
    bottom = int(max(c.bottom for c in cells) * scale) + _PAD
    crop = scan.image[max(0, top) : bottom, max(0, x0) : x1]
    if crop.size == 0:
        return None
    read = read_number(crop)
    return read[0] if read else None
