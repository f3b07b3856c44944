"""Header fields by label: the value follows the label in its cell, sits in the next cell to the right,
or (box-grid layouts, label above value) in the cell just below the label.

Every place a field may come from is kept as a candidate; the assembler takes the first one whose value
parses. Lines that belong to a line table are skipped, so a column called ``Total`` is not a total.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ocr.labels import split_pairs
from ocr.layout import Cell, Document, Line
from ocr.normalise import parse_decimal

# How sure each way of pairing is; the later confidence model will replace these.
SCORES = {
    "label-inline": 0.95,
    "label-right": 0.9,
    "label-below": 0.85,
    "table-total": 0.9,
    "title": 0.6,
    "template-value": 1.0,  # a customer template's constant
    "template-region": 0.97,  # a template's page region: the customer says exactly where the value is
    "template-regex": 0.5,  # a template's last resort: only when no label gave a value that parses
}
SUM_FIELDS = {"total", "subtotal"}
MULTILINE_FIELDS = {"ship_to_address"}
_COMPANY = re.compile(
    r"(有限公司|集团|公司|\bLtd\b|\bLimited\b|\bInc\b|\bGmbH\b|\bLLC\b|\bCorp\b)", re.IGNORECASE
)
_TITLE_WORDS = re.compile(r"\s*(采\s*购\s*订\s*单|采购单|订购单|purchase\s+order)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    field: str
    text: str
    cell: Cell
    method: str

    @property
    def score(self) -> float:
        return SCORES[self.method]


def find_candidates(doc: Document, skip: Iterable[int] = ()) -> dict[str, list[Candidate]]:
    """All label-paired values in the document, by field, in document order."""
    skipped = set(skip)
    lines = [line for line in doc.lines if line.index not in skipped]
    found: dict[str, list[Candidate]] = {}
    for position, line in enumerate(lines):
        for i, cell in enumerate(line.cells):
            _prefix, pairs = split_pairs(cell.text)
            for k, pair in enumerate(pairs):
                if pair.value:
                    candidate = Candidate(pair.field, pair.value, cell, "label-inline")
                elif k == len(pairs) - 1:
                    candidate = _beside(pair.field, line, i) or _below(
                        pair.field, cell, lines[position + 1 :]
                    )
                else:
                    candidate = None
                if candidate and pair.field in MULTILINE_FIELDS:
                    candidate = _continued(candidate, lines[position + 1 :])
                if candidate:
                    found.setdefault(pair.field, []).append(candidate)
    for candidate in _title_buyer(doc):
        found.setdefault("buyer_name", []).append(candidate)
    return found


def _is_label(cell: Cell) -> bool:
    prefix, pairs = split_pairs(cell.text)
    return bool(pairs) and not prefix


def _beside(field: str, line: Line, i: int) -> Candidate | None:
    """The next cell to the right; for sums the right-most number (a totals row may carry a quantity sum)."""
    if field in SUM_FIELDS:
        numbers = [cell for cell in line.cells[i + 1 :] if parse_decimal(cell.text) is not None]
        if numbers:
            return Candidate(field, numbers[-1].text, numbers[-1], "label-right")
    if i + 1 < len(line.cells) and not _is_label(line.cells[i + 1]):
        return Candidate(field, line.cells[i + 1].text, line.cells[i + 1], "label-right")
    return None


def _continued(candidate: Candidate, following: list[Line]) -> Candidate:
    """An address wrapped onto the next lines, each starting where the value starts, with no labels."""
    value, text, previous = candidate.cell, candidate.text, candidate.cell
    start = (
        value.x0 + (value.x1 - value.x0 - _width(candidate))
        if candidate.method == "label-inline"
        else value.x0
    )
    for line in following:
        first = line.cells[0]
        near = line.page == value.page and line.top - previous.bottom < 0.8 * (value.bottom - value.top)
        aligned = (
            abs(first.x0 - start) <= max(2.0, 0.1 * (value.x1 - value.x0)) or abs(first.x0 - value.x0) <= 2
        )
        if not near or not aligned or any(_has_label(cell) for cell in line.cells):
            break
        text, previous = f"{text} {' '.join(cell.text for cell in line.cells)}", first
    return candidate if text == candidate.text else Candidate(candidate.field, text, value, candidate.method)


def _width(candidate: Candidate) -> float:
    """How wide an inline value is inside its cell, estimated from its share of the characters."""
    cell = candidate.cell
    return (cell.x1 - cell.x0) * len(candidate.text) / max(len(cell.text), 1)


def _has_label(cell: Cell) -> bool:
    return bool(split_pairs(cell.text)[1])


def _below(field: str, label: Cell, following: list[Line]) -> Candidate | None:
    """The first cell under the label, overlapping it horizontally, on one of the next two lines."""
    height = label.bottom - label.top
    for line in following[:2]:
        if line.page != label.page or line.top - label.bottom > 3 * height:
            return None
        for cell in line.cells:
            if cell.h_overlap(label.x0, label.x1) > 0:
                return None if _is_label(cell) else Candidate(field, cell.text, cell, "label-below")
    return None


def _title_buyer(doc: Document) -> list[Candidate]:
    """A company name heading page 1 (``华东精密制造有限公司 采购订单``) is usually the buyer's."""
    first = [line for line in doc.lines if line.page == 1][:3]
    found = []
    for line in first:
        for cell in line.cells:
            name = _TITLE_WORDS.sub(" ", cell.text).strip()
            if _COMPANY.search(name) and not split_pairs(name)[1]:
                found.append(Candidate("buyer_name", name, cell, "title"))
    return found
