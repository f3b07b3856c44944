"""How a print engine wraps a cell's text onto its next lines: at spaces, or at any character."""

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
