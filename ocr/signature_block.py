"""The parties' names from a contract's signature block, when their own labels carry no name.

A Chinese purchase contract ends with both parties side by side: ``甲方（需方）：（盖章）`` over
``单位名称：湖北东方重工…``, ``地址：…``, ``开户行：…`` in one column and the same for ``乙方（供方）`` in the
other. The party label's value is a place to stamp; the name is the ``单位名称`` line under it, in the
same column. Scored as a value below its label, a little lower: the block is far from the heading.
"""

from __future__ import annotations

import re

from ocr.candidates import Candidate
from ocr.labels import split_pairs
from ocr.layout import Cell, Document, Line

PARTY_FIELDS = ("buyer_name", "supplier_name")
_NAME = re.compile(r"^\s*(?:单位名称|公司名称|名\s*称)\s*[:：]?\s*(?P<name>\S.*)$")
_STAMP = re.compile(r"^\s*[(（]?\s*(?:盖章|签章|签字|签名|盖公章|签字盖章|签字或盖章)?\s*[)）]?\s*$")
_LINES_BELOW = 3  # the name line follows the heading within this many lines
_ALIGNED = 0.5  # share of the heading's height its column's cells may start off its left edge, in heights
FACTOR = 0.9


def signature_names(doc: Document) -> list[Candidate]:
    """A candidate per party heading without a name whose column holds a ``单位名称`` line below it."""
    found = []
    named = [any(_NAME.match(cell.text) for cell in line.cells) for line in doc.lines]
    for position, line in enumerate(doc.lines):
        if not any(named[position + 1 : position + 1 + _LINES_BELOW]):
            continue  # no name line below: no heading here can have one (and most lines are no heading)
        following = doc.lines[position + 1 : position + 1 + _LINES_BELOW]
        below = [later for later in following if later.page == line.page]
        for field, heading in _party_headings(line):
            name = _name_under(heading, below)
            if name:
                text, cell = name
                found.append(Candidate(field, text, cell, "label-below", FACTOR, "contract signature block"))
    return found


def _party_headings(line: Line) -> list[tuple[str, Cell]]:
    """The line's buyer/supplier labels whose value (in the cell or the next one) is empty or a place to
    stamp (``甲方（需方）：（盖章）`` reads as the label with a bracketed note, and no value)."""
    headings = []
    for i, cell in enumerate(line.cells):
        prefix, pairs = split_pairs(cell.text)
        if prefix or len(pairs) != 1 or pairs[0].field not in PARTY_FIELDS:
            continue
        value = pairs[0].value
        if not value and i + 1 < len(line.cells) and not split_pairs(line.cells[i + 1].text)[1]:
            value = line.cells[i + 1].text  # the value in the next cell, unless that is the other party
        if _STAMP.match(value):
            headings.append((pairs[0].field, cell))
    return headings


def _name_under(heading: Cell, lines: list[Line]) -> tuple[str, Cell] | None:
    tolerance = _ALIGNED * (heading.bottom - heading.top) + 2.0
    for line in lines:
        for cell in line.cells:
            match = _NAME.match(cell.text)
            if match and abs(cell.x0 - heading.x0) <= tolerance:
                return match.group("name").strip(), cell
    return None
