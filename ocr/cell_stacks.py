"""The text of a table cell printed over several lines, column by column.

A grid cell's text wraps inside its cell (``深沟球轴承（双面橡胶密`` over ``封）``), and ERPs printing from a
browser centre it on the row, so the order line's numbers stand on the middle line. Two columns may share
a role (商品名称 and 规格型号 both describe the item): each column's lines join up on their own before the
columns join, or the name's second line would land after the specification.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ocr.layout import Cell

CELL_BREAK = "\t"  # between two cells of one column kind (商品名称 | 型号规格): a real space, even in OCR

# Where a wrapped line joins the one above without a space: Chinese (and its full-width punctuation) on
# both sides, as a cell wraps Chinese text mid-word.
_CJK_END = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b]$")
_CJK_START = re.compile(r"^[\u4e00-\u9fff\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b]")


def joined(above: str, below: str) -> str:
    """Two lines of one cell as one text: ``铝合`` + ``金）`` -> ``铝合金）``, ``M8×30`` + ``12.9级`` ->
    ``M8×30 12.9级``."""
    if not above or not below:
        return above or below
    space = "" if _CJK_END.search(above) and _CJK_START.search(below) else " "
    return f"{above}{space}{below}"


def stacked_text(
    lines: Sequence[Sequence[Cell]],
    bounds: Sequence[tuple[float, float]],
    ruled: bool = False,
    apart: Collection[int] = (),
) -> str:
    """The text of one row's cells of one role, given line by line from the top, under the columns
    ``bounds`` (x0, x1, left to right): in each column the lines join up (``joined``); cells side by
    side on one line, and the columns themselves, are joined by ``CELL_BREAK``. In a ``ruled`` table
    (its bounds are the cell's rulings) a text layer's Chinese line that stopped short of its cell's
    right edge was wrapped at a space, not mid-word (``精定位`` over ``配螺纹孔``): the space stays. So
    does the space before a line whose ``id`` is in ``apart``: a part of its own, no wrap (the spec
    printed smaller under the name, ``机油滤清器座垫片`` over ``无石棉 1.0mm``)."""
    columns: list[list[tuple[list[Cell], bool]]] = [[] for _ in bounds]
    for cells in lines:
        pieces: list[list[Cell]] = [[] for _ in bounds]
        for cell in cells:
            pieces[_column_of(cell, bounds)].append(cell)
        for column, piece in zip(columns, pieces, strict=True):
            if piece:
                column.append((piece, id(cells) in apart))
    texts = []
    for (x0, x1), column in zip(bounds, columns, strict=True):
        text, above = "", None
        for piece, own_part in column:
            below = CELL_BREAK.join(cell.text for cell in piece)
            left = _room_left(above, piece, x0, x1) if text and ruled and above else None
            if text and (own_part or (left is not None and left[0] >= WRAP_ROOM * left[1])):
                text = f"{text} {below}"  # the line above stopped short of its cell: wrapped at a space
            elif left is not None and left[0] < FULL_ROOM * left[1] and _no_space_at(f"{text}\n{below}"):
                text = f"{text}{below}"  # a full line wrapped inside a number (1.5- | 10mm, (100 | 0条)) or
                # where Chinese meets a number (定尺 | 6米)
            else:
                text = joined(text, below)
            above = piece
        if text:
            texts.append(text)
    return CELL_BREAK.join(texts)


WRAP_ROOM = 1.5  # room left on a wrapped line, in character heights, that a mid-word wrap never leaves


def _room_left(above: list[Cell], below: list[Cell], x0: float, x1: float) -> tuple[float, float] | None:
    """The room a text layer's line ``above`` left in its cell (x0..x1, less the left margin the text
    keeps) and its characters' height, in points; None on a scan (OCR's boxes follow the ink). A Chinese
    cell wraps mid-word only when full, so a line with ``WRAP_ROOM`` heights left was broken at a space;
    one with less than ``FULL_ROOM`` ran to the edge (a cell wrapped by characters, even inside a number)."""
    if any(cell.confidence is not None for cell in above + below):
        return None
    first, last = min(above, key=lambda c: c.x0), max(above, key=lambda c: c.x1)
    return (x1 - last.x1) - (first.x0 - x0), last.bottom - last.top


# A wrap inside a bracket still open on a number (``(100`` | ``0条)``, ``(500`` | ``条)``), after a
# range's dash (``1.5-`` | ``10mm``) or at a size's sign (``HGH20CA`` | ``×2``): no word ends there
# (``M8×30`` | ``12.9级`` is two words)
_MID_WORD = re.compile(r"\([^()\n]*\d\n[^\s(]|\d[-/~]\n\d|\w\n×\d|\d×\n\w")
FULL_ROOM = 0.6  # room left on a full line, in character heights: less than one more character
# A full ruled line of Chinese broken right before a number or a code: a cell wrapped by characters, at no
# space (金蝶 EAS's 定尺 | 6米); one broken at a space would have left the space's room
_INTO_LATIN = re.compile(r"[\u4e00-\u9fff]\n[A-Za-z0-9]")


def _no_space_at(wrap: str) -> bool:
    """A full line's wrap (``above\nbelow``) that no word boundary explains."""
    return bool(_MID_WORD.search(wrap) or _INTO_LATIN.search(wrap))


def _column_of(cell: Cell, bounds: Sequence[tuple[float, float]]) -> int:
    """The column the cell overlaps most (ties and no overlap: the nearest middle)."""
    middle = (cell.x0 + cell.x1) / 2

    def fit(i: int) -> tuple[float, float]:
        x0, x1 = bounds[i]
        centre = x1 if x0 == -float("inf") else x0 if x1 == float("inf") else (x0 + x1) / 2
        return max(0.0, min(cell.x1, x1) - max(cell.x0, x0)), -abs(middle - centre)

    return max(range(len(bounds)), key=fit)
