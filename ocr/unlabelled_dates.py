"""The order's dates when no label the dictionary knows names them: by their order in time.

An order in a language the label dictionary does not hold still prints its dates as dates, each after a
label of its own (Slovak ``Dátum objednávky: 21.12.2026`` and ``Termín dodania: 1.2.2027``). An order is
dated before the goods are due, so of such dates above the line table the earliest is the order's date,
and a single later one its requested delivery date. Both are weak candidates (``date-order``: the order
goes to review), taken only for a field no label gave, and never from a label the dictionary knows as
something else (a quotation's date, a payment's due date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ocr.candidates import Candidate
from ocr.labels import split_pairs
from ocr.layout import Cell, Line
from ocr.normalise import parse_date

_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\.?|\d{4}年\d{1,2}月\d{1,2}日")  # 21.12.2026, 2026-12-21
_LABEL = re.compile(r"[^\W\d_][^\d:：]{1,40}?")  # words, no digits
_LABEL_AND_DATE = re.compile(rf"(?P<label>{_LABEL.pattern})\s*[:：]?\s+(?P<date>{_DATE.pattern})")


def unlabelled_dates(lines: Sequence[Line], found: dict[str, list[Candidate]]) -> list[Candidate]:
    """Order and delivery date candidates from dates after labels no dictionary knows, on ``lines`` (page
    1 above the line table), for whichever of the two fields ``found`` has no candidate for."""
    dated = sorted(_dated_cells(lines), key=lambda pair: pair[0])
    if not dated:
        return []
    candidates = []
    order = _first_date(found.get("order_date", []))
    if order is None:
        order, cell = dated[0]
        candidates.append(_candidate("order_date", cell, "the earliest date above the lines"))
    if not found.get("requested_delivery_date"):
        later = {date: cell for date, cell in dated if date > order}
        if len(later) == 1:
            ((_, cell),) = later.items()
            candidates.append(_candidate("requested_delivery_date", cell, "the one date after the order's"))
    return candidates


def _candidate(field: str, cell: Cell, note: str) -> Candidate:
    match = _LABEL_AND_DATE.fullmatch(cell.text.strip())
    text = match["date"] if match else cell.text.strip()
    return Candidate(field, text, cell, "date-order", note=note)


def _first_date(candidates: list[Candidate]) -> dt.date | None:
    return next((date for c in candidates if (date := parse_date(c.text)) is not None), None)


def _dated_cells(lines: Sequence[Line]) -> list[tuple[dt.date, Cell]]:
    """Dates alone in a cell after a label cell, or after their label in one cell (``Datum: 21.12.2026``),
    where the dictionary knows no label of that cell or the one before."""
    found = []
    for line in lines:
        for i, cell in enumerate(line.cells):
            text = cell.text.strip()
            if _DATE.fullmatch(text) and i and _unknown_label(line.cells[i - 1].text):
                date = parse_date(text)
            elif (match := _LABEL_AND_DATE.fullmatch(text)) and _unknown_label(match["label"]):
                date = parse_date(match["date"])
            else:
                continue
            if date is not None:
                found.append((date, cell))
    return found


def _unknown_label(text: str) -> bool:
    """Words (five at most, no digits) no label of the dictionary is found in, but for a date's label
    followed by words it does not know (Croatian ``Datum narudžbe``: ``Datum`` with ``narudžbe`` as its
    value, which is no date)."""
    words = text.strip().rstrip(":：").strip()
    if not _LABEL.fullmatch(words) or len(words.split()) > 5:
        return False
    return all(pair.field in DATE_FIELDS and pair.value for pair in split_pairs(words)[1])


DATE_FIELDS = ("order_date", "requested_delivery_date")
