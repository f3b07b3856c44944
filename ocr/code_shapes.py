"""OCR'd part numbers set right by the shape their column shares: ``BHO75SC`` among ``BH100SC``, ``BH100BB``,
``TB150BK`` is ``BH075SC``.

A customer's codes follow a pattern (two letters, three digits, two letters). Tesseract reads a digit 0
as the letter O, or 1 as I or l, when nothing in the word tells them apart. Where most codes of the same
length in the column share one shape of letters and digits, and a code differs from it only by such a
letter where the shape has a digit, the letter is that digit (the pattern counts as the column's when
most codes have it, or have it but for letters where it has digits: OCR may misread half a column's
zeros). Nothing else is changed: a code of its own shape, or a column without a clear pattern, is left
as read. The other way round, a digit or a mark read for a letter (``601.2000`` among ``G01.2021``,
``C01.6205``) is that letter when the shape wants a letter there and the column's codes have exactly one
of the letters it is taken for at that place.
"""

from __future__ import annotations

import re
from collections import Counter

DIGIT_FOR = {"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}
MIN_SHARED = 3  # codes of one shape before it is the column's pattern
MIN_SHARE = 0.6  # ... and this share of the column's codes of that length


def shape(code: str) -> str:
    """``D`` for a digit, ``L`` for a letter, anything else as it is: ``BH-075`` -> ``LL-DDD``."""
    return "".join("D" if ch.isdigit() else "L" if ch.isalpha() else ch for ch in code)


# Letters OCR reads as a digit or a mark (``601.2000`` for ``G01.2000``, ``$02.0112`` for ``S02.0112``).
LETTERS_FOR = {"0": "OD", "1": "ILT", "2": "Z", "4": "A", "5": "S", "$": "S", "6": "G", "7": "T", "8": "B"}
SURE_LETTER = {"$": "S"}  # a mark no code has: its letter, whatever the column shows


def by_column_shape(codes: list[str | None]) -> list[str | None]:
    """The codes with letters read for digits put right where their column's shape has a digit, and
    digits read for letters where it has a letter that the column's codes show at that place."""
    by_length: dict[int, Counter[str]] = {}
    for code in codes:
        if code:
            by_length.setdefault(len(code), Counter())[shape(code)] += 1
    letters: dict[tuple[int, int], set[str]] = {}  # (length, place) -> letters the column's codes have there
    for code in codes:
        for place, ch in enumerate(code or ""):
            if ch.isalpha():
                letters.setdefault((len(code), place), set()).add(ch)  # type: ignore[arg-type]
    return [_repaired(code, by_length.get(len(code)), letters) if code else code for code in codes]


def _repaired(code: str, shapes: Counter[str] | None, letters: dict[tuple[int, int], set[str]]) -> str:
    if not shapes:
        return code
    pattern, count = shapes.most_common(1)[0]
    fitting = sum(n for other, n in shapes.items() if _fits(other, pattern))
    if count < MIN_SHARED or fitting < MIN_SHARE * sum(shapes.values()) or shape(code) == pattern:
        return code
    fixed = "".join(
        _read_as(ch, want, letters.get((len(code), place), set()))
        for place, (ch, want) in enumerate(zip(code, pattern, strict=True))
    )
    return fixed if shape(fixed) == pattern else code


def _fits(other: str, pattern: str) -> bool:
    """Whether codes of shape ``other`` are of the ``pattern`` but for letters where it has digits: half a
    column of ``HT-F0012`` codes read ``HT-FOO12``, ``HT-HOOO7`` still shows the column's one pattern."""
    return all(have == want or (have, want) == ("L", "D") for have, want in zip(other, pattern, strict=True))


def _read_as(ch: str, want: str, seen: set[str]) -> str:
    """``ch`` as the digit or letter the column's shape wants there (a letter only if exactly one of the
    letters OCR takes for ``ch`` stands at that place in the column's other codes)."""
    if want == "D" and not ch.isdigit():
        return DIGIT_FOR.get(ch, ch)
    if want == "L" and not ch.isalpha():
        candidates = [letter for letter in LETTERS_FOR.get(ch, "") if letter in seen]
        return candidates[0] if len(candidates) == 1 else SURE_LETTER.get(ch, ch)
    return ch


_LEADING_TOKEN = re.compile(r"^\s*(?P<code>[^\s，,]+)(?:\s+[，,]?|[，,])\s*(?P<rest>\S.*)$")


def codes_out_of_descriptions(
    read: list[tuple[str | None, str | None]],
) -> list[tuple[str | None, str | None]]:
    """(code, description) pairs where a missing code that OCR read into the description cell
    (``30012519 ，铝压铸支架 ADC12``: the column border between them lost) is taken back out: only when the
    description opens with a word of the shape most of the column's codes share."""
    shapes = Counter(shape(code) for code, _ in read if code)
    if not shapes:
        return read
    pattern, count = shapes.most_common(1)[0]
    if count < MIN_SHARED or count < MIN_SHARE * sum(shapes.values()):
        return read
    out = []
    for code, description in read:
        leading = _LEADING_TOKEN.match(description or "") if code is None else None
        if leading and shape(leading["code"]) == pattern:
            code, description = leading["code"], leading["rest"]
        out.append((code, description))
    return out
