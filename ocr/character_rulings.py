"""Boxes drawn with characters: a fixed-width report's ``|`` and ``+-----+`` read as the rulings they draw.

ERPs that print through a text-mode report writer (TOTVS Protheus, AS/400 and mainframe spools, many
legacy MRP systems) draw every box and table with characters instead of lines:
``|0001|ME001045 |ROLAMENTO RIGIDO |PC| 400,00|``. Read as text, the bars glue to their neighbours
(``|0001|ME001045``), and the ``+----+`` lines are lines of text. This module takes such a page's text
runs before words are made, drops the rule lines and the bars, and returns each bar as a vertical
ruling over its row, so cells split where the report drew a column edge, as they do at drawn rulings.

Only pages that draw their boxes so have their bars taken (``_DRAWN_ROWS`` rows with two bars or more):
a page with one ``Retail LLC | Purchase order 4KX7`` banner keeps its bar (``layout.pipe_parts`` splits
it). Lines of dashes alone are rules on every page: a report with no bars (鼎捷 易飞's 采购单) underlines
its column heads with ``---------``, a row of text that would otherwise end the table before its rows.

On a scan of such a report the preprocessing finds most bars as rulings (``preprocess.find_rulings``
bridges the gaps between characters); a bar it misses, in a short run, tesseract reads glued to a word
beside it (``Item|Código``): ``bars_in_words`` takes it out of the words the same way.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ocr.layout import Word
from ocr.pdf_text_layer import Run

Rule = tuple[float, float, float]  # x, top, bottom: a vertical ruling, as ``Document.rules`` holds them

_BAR = "|"
_RULE_LINE = re.compile(r"[+|]?[-=]{3,}(?:[+|][-=]*)*[+|]?")  # +----+----+ , |------|, ======
_DRAWN_ROWS = 3  # rows with two bars or more that make a page a drawn report


def drawn_rulings(runs: list[Run]) -> tuple[list[Run], list[Rule]]:
    """The page's runs without the characters that draw its boxes, and the vertical rulings they drew.
    Runs are returned unchanged, with no rulings, when the page draws no boxes with characters."""
    runs = [run for run in runs if not _is_rule_line(run[0])]  # a horizontal rule, not text
    if not _draws_boxes(runs):
        return runs, []
    kept: list[Run] = []
    rules: list[Rule] = []
    for run in runs:
        text, x0, top, x1, bottom = run
        if _BAR not in text:
            kept.append(run)
            continue
        pieces, bars = _at_bars(text, x0, x1)
        kept += [(piece, left, top, right, bottom) for piece, left, right in pieces]
        rules += [(bar, top, bottom) for bar in bars]
    return kept, rules


def _is_rule_line(text: str) -> bool:
    """``+----+----+``, ``======``, or dashes under several column heads (``------ ---------``)."""
    if "---" not in text and "===" not in text:
        return False  # (the cheap test first: every text run of every page is asked)
    return all(_RULE_LINE.fullmatch(part) for part in text.split()) and bool(text.strip())


def _at_bars(text: str, x0: float, x1: float) -> tuple[list[tuple[str, float, float]], list[float]]:
    """``text``, printed from ``x0`` to ``x1``, cut at its bars: the pieces between them, each with its
    left and right edge, and the middles of the bars. Every character counts as wide as the others (a
    fixed-width font, or an OCR'd word's estimate)."""
    width = (x1 - x0) / max(len(text), 1)
    pieces: list[tuple[str, float, float]] = []
    bars: list[float] = []
    start = 0
    for k, char in enumerate(text + _BAR):
        if char != _BAR:
            continue
        if k > start:
            pieces.append((text[start:k], x0 + start * width, x0 + k * width))
        if k < len(text):
            bars.append(x0 + (k + 0.5) * width)
        start = k + 1
    return pieces, bars


def _draws_boxes(runs: list[Run]) -> bool:
    bars_by_row: dict[float, int] = {}
    for text, _x0, top, _x1, _bottom in runs:
        if _BAR in text:
            row = round(top)
            bars_by_row[row] = bars_by_row.get(row, 0) + text.count(_BAR)
    return sum(count >= 2 for count in bars_by_row.values()) >= _DRAWN_ROWS


# A bar inside an OCR'd word beside a word of letters (``Item|Código``, ``Valor Total|Entrega``); between
# digits or codes it may be a misread 1 (``AB|23``: AB123), unless a ruling stands in line with it.
_BESIDE_LETTERS = re.compile(r"[^\W\d_]{3,}\.?\||\|[^\W\d_]{3,}")
_ANY_BAR = re.compile(r"(?P<left>[^|]+)\|(?P<right>[^|]+)")


def bars_in_words(words: list[Word], rules: list[Rule]) -> tuple[list[Word], list[Rule]]:
    """OCR'd words with a drawn column's bar glued inside (beside a word of letters, or in line with a
    ruling found on the page: ``0006|ME002015``), split there, and the bars as rulings of their own."""
    columns = sorted(x for x, _, _ in rules)
    kept: list[Word] = []
    found: list[Rule] = []
    for word in words:
        if not _ANY_BAR.fullmatch(word.text):  # one bar, with text on both sides
            kept.append(word)
            continue
        pieces, bars = _at_bars(word.text, word.x0, word.x1)
        width = (word.x1 - word.x0) / len(word.text)
        if not (_BESIDE_LETTERS.search(word.text) or _in_line(bars[0], columns, width)):
            kept.append(word)
            continue
        kept += [replace(word, text=piece, x0=left, x1=right) for piece, left, right in pieces]
        found.append((bars[0], word.top, word.bottom))
    return kept, found


def _in_line(x: float, columns: list[float], tolerance: float) -> bool:
    at = bisect.bisect_left(columns, x)
    return any(abs(columns[k] - x) <= tolerance for k in (at - 1, at) if 0 <= k < len(columns))
