"""Boxes drawn with characters: a fixed-width report's ``|`` and ``+-----+`` read as the rulings they draw.

ERPs that print through a text-mode report writer (TOTVS Protheus, AS/400 and mainframe spools, many
legacy MRP systems) draw every box and table with characters instead of lines:
``|0001|ME001045 |ROLAMENTO RIGIDO |PC| 400,00|``. Read as text, the bars glue to their neighbours
(``|0001|ME001045``), and the ``+----+`` lines are lines of text. This module takes such a page's text
runs before words are made, drops the rule lines and the bars, and returns each bar as a vertical
ruling over its row, so cells split where the report drew a column edge, as they do at drawn rulings.

Only pages that draw their boxes so are changed (``_DRAWN_ROWS`` rows with two bars or more): a page
with one ``Retail LLC | Purchase order 4KX7`` banner keeps its bar (``layout.pipe_parts`` splits it).
"""

from __future__ import annotations

import re

from ocr.pdf_text_layer import Run

Rule = tuple[float, float, float]  # x, top, bottom: a vertical ruling, as ``Document.rules`` holds them

_BAR = "|"
_RULE_LINE = re.compile(r"[+|]?[-=]{3,}(?:[+|][-=]*)*[+|]?")  # +----+----+ , |------|, ======
_DRAWN_ROWS = 3  # rows with two bars or more that make a page a drawn report


def drawn_rulings(runs: list[Run]) -> tuple[list[Run], list[Rule]]:
    """The page's runs without the characters that draw its boxes, and the vertical rulings they drew.
    Runs are returned unchanged, with no rulings, when the page draws no boxes with characters."""
    if not _draws_boxes(runs):
        return runs, []
    kept: list[Run] = []
    rules: list[Rule] = []
    for run in runs:
        text, x0, top, x1, bottom = run
        if _RULE_LINE.fullmatch(text):
            continue  # a horizontal rule, not text
        if _BAR not in text:
            kept.append(run)
            continue
        width = (x1 - x0) / len(text)  # a fixed-width font: every character as wide
        start = 0
        for k, char in enumerate(text + _BAR):
            if char != _BAR:
                continue
            if k > start:
                piece = text[start:k]
                kept.append((piece, x0 + start * width, top, x0 + k * width, bottom))
            if k < len(text):
                rules.append((x0 + (k + 0.5) * width, top, bottom))
            start = k + 1
    return kept, rules


def _draws_boxes(runs: list[Run]) -> bool:
    bars_by_row: dict[float, int] = {}
    for text, _x0, top, _x1, _bottom in runs:
        if _BAR in text:
            row = round(top)
            bars_by_row[row] = bars_by_row.get(row, 0) + text.count(_BAR)
    return sum(count >= 2 for count in bars_by_row.values()) >= _DRAWN_ROWS
