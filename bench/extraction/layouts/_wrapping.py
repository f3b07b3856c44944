"""How a print engine wraps a cell's text onto its next lines: at spaces, at any character, as a browser."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap_words(value: str, font: str, size: float, width: float) -> list[str]:
    """``value`` broken at spaces into lines no wider than ``width`` (a word wider than that stands alone)."""
    lines, current = [], ""
    for word in value.split(" "):
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current]


def wrap_chars(value: str, font: str, size: float, width: float, strip: bool = False) -> list[str]:
    """``value`` broken between any two characters once a line is full (a Chinese report's cell wrap,
    no word-breaking rules); with ``strip``, a line does not open with the space it was broken at."""
    lines, current = [], ""
    for char in value:
        if current and stringWidth(current + char, font, size) > width:
            lines.append(current)
            current = char.lstrip() if strip else char
        else:
            current += char
    return [*lines, current]


NO_LINE_START = "）)】」、，。；：！？%"
NO_LINE_END = "（(【「"


def _cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def _may_break(value: str, k: int) -> bool:
    """May a browser end a line before ``value[k]``: at a space, or beside a CJK character (not before a
    closing mark nor after an opening one)."""
    before, after = value[k - 1], value[k]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return " " in (before, after) or _cjk(before) or _cjk(after)


def wrap_browser(value: str, font: str, size: float, width: float) -> list[str]:
    """``value`` as a browser wraps it inside a table cell: at the last space or CJK character boundary that
    fits; a Latin run with no such place is broken where the line is full (word-break: break-all)."""
    lines, rest = [], value
    while stringWidth(rest, font, size) > width:
        cut = len(rest)
        while cut > 1 and stringWidth(rest[:cut], font, size) > width:
            cut -= 1
        k = cut
        while k > 0 and not _may_break(rest, k):
            k -= 1
        k = k or cut
        lines.append(rest[:k].rstrip())
        rest = rest[k:].lstrip()
    return [*lines, rest]
