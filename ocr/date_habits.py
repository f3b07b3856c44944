"""Which way round a document writes its slashed dates: 12/07/2026 is 7 December in the US, 12 July in Europe.

The document settles it itself when another of its slashed dates can only be read one way (11/24/2026 is
month first). Failing that, its habits hint: US dollars, a US state and ZIP code, or "Net 30" style terms
with English labels point to month first; euros, pounds, Hong Kong or Singapore dollars, VAT or a dotted
date (24.11.2026) to day first. A hint is weaker than the document's own dates, so a date read by a hint
scores lower still; a document with no habit at all (or conflicting ones) leaves the ambiguous date unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ocr.layout import Document
from ocr.normalise import slashed_dates

BY_OWN_DATES = 0.9  # an ambiguous date read the way the document's unambiguous dates are written
BY_HINTS = 0.75  # ... read the way its currency or address suggests
_US = re.compile(r"US\$|\bUSD\b|(?<![A-Z])\$\s?\d|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\bNet\s+\d{1,3}\b")
_DAY_FIRST = re.compile(  # Europe, the UK and the Commonwealth (Hong Kong, Singapore, Australia, India)
    r"€|\bEUR\b|£|\bGBP\b|\bVAT\b|\bMwSt\b|\bTVA\b|\bHKD\b|HK\$|\bSGD\b|\bAUD\b|\bINR\b"
    r"|(?<!\d)\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"
)


@dataclass(frozen=True)
class DateHabit:
    order: str  # "mdy" or "dmy"
    factor: float  # how much an ambiguous date read this way lowers its field's score
    reason: str


def date_habit(doc: Document) -> DateHabit | None:
    """The document's date order, from its own unambiguous dates first, else from its habits."""
    text = doc.text
    pairs = slashed_dates(text)
    if not pairs:
        return None  # no slashed date anywhere: no date of this document needs a habit
    month_first = any(b > 12 >= a for a, b in pairs)
    day_first = any(a > 12 >= b for a, b in pairs)
    if month_first != day_first:
        order = "mdy" if month_first else "dmy"
        return DateHabit(order, BY_OWN_DATES, f"read {order}: the document's other dates are written so")
    if month_first and day_first:
        return None  # the document contradicts itself: no guess
    us, european = bool(_US.search(text)), bool(_DAY_FIRST.search(text))
    if us != european:
        order = "mdy" if us else "dmy"
        why = "US dollars, a US address or US terms" if us else "European or Commonwealth money, VAT or d.m.y"
        return DateHabit(order, BY_HINTS, f"read {order}: ambiguous, the document shows {why}")
    return None
