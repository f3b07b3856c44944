"""Which mark a document's numbers use for decimals: ``2.375,00`` (most of Europe) or ``2,375.00``.

``1.500`` alone is one and a half in one convention and fifteen hundred in the other, so a single cell
cannot say; the document's other numbers can. Every cell that is a number with an unambiguous decimal
mark votes (``4,75`` and ``1.234,56`` for the comma; ``4.75`` and ``1,234.56`` for the point); cells
with one kind of three-digit groups and nothing else (``1.500``, ``1,500``) do not vote. The comma wins
only by a majority, so a document without any telling number keeps the point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ocr.normalise import NUMBER, NUMBER_DECIMAL_COMMA, fold

_GROUPS_ONLY = re.compile(r"^[-+]?\d{1,3}(?:([.,'])\d{3})(?:\1\d{3})*$")  # 1.500, 1,500, 12,000,000
_CODE = r"(?:USD|CNY|RMB|EUR|HKD|JPY|GBP|US\$|HK\$|[¥$€£])"
_AMOUNT = re.compile(rf"^\s*{_CODE}?\s*([-+]?\d[\d,.']*)\s*{_CODE}?\s*$")  # € 2.375,00 or 2.375,00 EUR


def vote(text: str) -> str | None:
    """``"comma"`` or ``"point"`` when the cell is a number whose decimal mark is certain, else None."""
    match = _AMOUNT.match(fold(text).replace("\u00a0", " "))
    if not match:
        return None
    digits = match.group(1)
    if _GROUPS_ONLY.match(digits):
        return None
    if "." in digits and NUMBER.match(digits):
        return "point"
    if "," in digits and NUMBER_DECIMAL_COMMA.match(digits):
        return "comma"
    return None


def uses_decimal_comma(texts: Iterable[str]) -> bool:
    """True when more of the numbers among ``texts`` are certainly written with a decimal comma."""
    votes = [v for text in texts if (v := vote(text))]
    return votes.count("comma") > votes.count("point")
