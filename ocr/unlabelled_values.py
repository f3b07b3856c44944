"""Header values after labels no dictionary knows, told by what they are: the order's dates by their
order in time, the payment terms by the days they count.

An order in a language the label dictionary does not hold still prints its dates as dates, each after a
label of its own (Slovak ``Dátum objednávky: 21.12.2026`` and ``Termín dodania: 1.2.2027``). An order is
dated before the goods are due, so of such dates above the line table the earliest is the order's date,
and a single later one its requested delivery date. Both are weak candidates (``date-order``: the order
goes to review), taken only for a field no label gave, and never from a label the dictionary knows as
something else (a quotation's date, a payment's due date).

A currency's ISO code alone as the value of an unknown label (Estonian ``Valuuta EUR``, Bulgarian
``Валута: EUR``) is the order's currency (``code-value``, weak), when no label gave one.

Payment terms say how many days after the invoice or delivery the buyer pays (``60 dager netto``,
``virmanom, 60 dana od datuma računa``, ``splatnosť 60 dní``): a count of days is what they are made of
in every language, and the words for days are few. Such a value after an unknown label above the lines
is a weak candidate too (``days-value``), only when no label gave the terms.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ocr.candidates import Candidate
from ocr.labels import split_pairs
from ocr.layout import Cell, Line
from ocr.normalise import parse_currency, parse_date

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
    """Dates alone in a cell after a label cell or under one (a strip of labels over their values:
    WinMENTOR's ``Data comenzii`` over ``21.12.2026``), or after their label in one cell (``Datum:
    21.12.2026``), where the dictionary knows no label of that cell or the one before or above."""
    found = []
    for k, line in enumerate(lines):
        for i, cell in enumerate(line.cells):
            text = cell.text.strip()
            if _DATE.fullmatch(text) and _labelled(line, i, lines[k - 1] if k else None):
                date = parse_date(text)
            elif (match := _LABEL_AND_DATE.fullmatch(text)) and unknown_label(match["label"]):
                date = parse_date(match["date"])
            else:
                continue
            if date is not None:
                found.append((date, cell))
    return found


def _labelled(line: Line, i: int, above: Line | None) -> bool:
    """Whether the line's cell ``i`` follows a label cell no dictionary knows, or stands under one."""
    if i and unknown_label(line.cells[i - 1].text):
        return True
    cell = line.cells[i]
    return (
        above is not None
        and above.page == line.page
        and any(label.h_overlap(cell.x0, cell.x1) > 0 and unknown_label(label.text) for label in above.cells)
    )


def unknown_label(text: str) -> bool:
    """Words (five at most, no digits) no label of the dictionary is found in, but for a date's label
    followed by words it does not know (Croatian ``Datum narudžbe``: ``Datum`` with ``narudžbe`` as its
    value, which is no date)."""
    words = text.strip().rstrip(":：").strip()
    if not _LABEL.fullmatch(words) or len(words.split()) > 5:
        return False
    return all(pair.field in DATE_FIELDS and pair.value for pair in split_pairs(words)[1])


DATE_FIELDS = ("order_date", "requested_delivery_date")


# The word for days (and its usual abbreviations) in the languages buyers write: a count of them before it
# (Romanian puts ``de`` between a count of twenty or more and its noun: ``60 de zile``).
_DAYS = (
    r"days?|d\.|tage[n]?|dagen|dage|dager|dagar|daga|ditë|dite|päivää|pv|dni|dní|dnů|dana|dan|nap(?:os|on|ra)?|zile"
    r"|dienų|dienas|dienu|päeva|giorni|gg|días|dias|jours|j\.|gün|дней|днів|дні|дня|дни|дена|дана|ημέρες"
    r"|kun|күн|დღის|დღე|օր|օրվա|dae|يوم|يوما"  # Uzbek, Kazakh, Georgian, Armenian, Afrikaans, Arabic
)
_COUNTED_DAYS = re.compile(
    rf"(?<![\d.,])(?:[1-9]\d{{0,2}})\s*(?:de\s+)?(?:{_DAYS})(?![^\W\d_])|[月]结\s*\d{{1,3}}\s*[天日]", re.I
)


def unlabelled_terms(lines: Sequence[Line]) -> list[Candidate]:
    """Payment-term candidates from ``lines`` (page 1 above the line table): a cell counting days after a
    label cell (or after its label and a colon in the same cell) that the dictionary does not know."""
    for line in lines:
        for i, cell in enumerate(line.cells):
            label, _, value = cell.text.partition(":") if ":" in cell.text else ("", "", cell.text)
            if not label and i:
                label = line.cells[i - 1].text
            if (
                label
                and unknown_label(label)
                and _COUNTED_DAYS.search(value)
                and not _DATE_LIKE.search(value)
            ):
                note = "a value counting days after a label no dictionary knows"
                return [Candidate("payment_terms", value.strip(), cell, "days-value", note=note)]
    return []


_DATE_LIKE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}")


_ISO_CODE = re.compile(r"[A-Z]{3}")


def unlabelled_currency(lines: Sequence[Line]) -> list[Candidate]:
    """A currency candidate from ``lines`` (page 1 above the line table): a cell that is a known ISO code
    alone, after or under a label no dictionary knows."""
    for k, line in enumerate(lines):
        for i, cell in enumerate(line.cells):
            code = cell.text.strip()
            if (
                _ISO_CODE.fullmatch(code)
                and parse_currency(code) == code
                and _labelled(line, i, lines[k - 1] if k else None)
            ):
                note = "a currency's code after a label no dictionary knows"
                return [Candidate("currency", code, cell, "code-value", note=note)]
    return []
