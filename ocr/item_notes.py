"""Notes printed under every order line, told from wrapped descriptions by their repeated words.

A trade order prints under each item a line of its own (``Inner 10/ Outer 50 Commodity 8302 10 00``,
``Ihre Art.-Nr.: QH-SH-3041``): packing, customs or the supplier's code, no part of the description. A
text layer tells them by their smaller print; OCR cannot (its heights follow the ink), so they are told
by what they share: the same Latin word in most lines under the items, with a number beside it. A
description's own wrapped lines seldom repeat a word from item to item.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ocr.line_table import Row

MIN_ROWS = 3  # items whose lines under them share the word
MIN_SHARE = 2 / 3  # ... and this share of all lines under items
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")


def without_repeated_notes(rows: list[Row]) -> list[Row]:
    """The rows with the wrapped lines that are such notes taken out of their text again (in place)."""
    wrapped = [(row, kind, text) for row in rows for kind, text in row.wrapped if re.search(r"\d", text)]
    if len(wrapped) < MIN_ROWS:
        return rows
    words = Counter(word for _, _, text in wrapped for word in {w.casefold() for w in _WORD.findall(text)})
    common = {word for word, count in words.items() if count >= max(MIN_ROWS, MIN_SHARE * len(wrapped))}
    for row, kind, text in wrapped:
        if common & {w.casefold() for w in _WORD.findall(text)}:
            row.values[kind] = _without_piece(row.values[kind], text)
    return rows


def _without_piece(value: str, piece: str) -> str:
    """``value`` without the wrapped ``piece`` that was added to it after a space."""
    at = value.rfind(" " + piece)
    return (value[:at] + value[at + 1 + len(piece) :]).strip() if at >= 0 else value
