"""The one shape every reader produces: lines of positioned text cells, in reading order.

A PDF's words become cells by joining words that sit close together on a line (a phrase such as
``Unit Price``) and splitting at wide gaps or ruling lines; a spreadsheet's cells are cells already
(x is the column, top the row). Label finding and table detection work on this shape only, so they do
not care which kind of file the text came from.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

# Words further apart than this share of the font height are separate cells.
CELL_GAP = 0.9


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float | None = None  # OCR's certainty 0..1; None for text layers
    gap_before: float | None = None  # OCR: blank ink left of the word, in points (``ocr.ink_gaps``)


@dataclass(frozen=True)
class Cell:
    """A piece of text and where it is (page numbers and spreadsheet rows/columns count from 1)."""

    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    note: str | None = None  # e.g. "Sheet1!B4" for spreadsheet cells
    confidence: float | None = None  # the least certain OCR word in it; None for text layers
    # OCR: the text with a space wherever the page's ink shows one between two Chinese words (``带锁 灰色``),
    # for descriptions; ``text`` keeps none there (labels and headers are matched without them)
    spaced: str | None = None

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (round(self.x0, 2), round(self.top, 2), round(self.x1, 2), round(self.bottom, 2))

    def h_overlap(self, x0: float, x1: float) -> float:
        return max(0.0, min(self.x1, x1) - max(self.x0, x0))


@dataclass
class Line:
    page: int
    cells: list[Cell]
    index: int = 0  # position in the document, set by Document

    @property
    def top(self) -> float:
        return min(c.top for c in self.cells)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.cells)

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells)


@dataclass
class Document:
    """What a reader hands to extraction."""

    media_type: str
    method: str
    pages: int
    lines: list[Line] = field(default_factory=list)
    # page -> x positions of vertical ruling lines (PDF tables); empty for spreadsheets.
    rules: dict[int, list[tuple[float, float, float]]] = field(default_factory=dict)
    # Pages that are mostly one image (scans): their content may be only in pixels.
    image_pages: list[int] = field(default_factory=list)
    # Pages read by OCR: page -> ocr.scan_reader.ScannedPage (cleaned image kept for cell re-reads).
    scans: dict[int, Any] = field(default_factory=dict)
    # page -> (width, height) in points, for PDFs and scans (template regions in fractions of a page).
    page_sizes: dict[int, tuple[float, float]] = field(default_factory=dict)
    # Numbers written 1.500,00 (``ocr.number_style``); None until a template or the numbers decide.
    decimal_comma: bool | None = None
    # Lines in smaller print under an order line are more of its description (a template says so), not
    # notes on it.
    small_print_described: bool = False
    # The name the file came with (an e-mail attachment's), if known: a hint only (``ocr.file_name_number``).
    name: str | None = None

    def __post_init__(self) -> None:
        self.lines.sort(key=lambda line: (line.page, line.top, line.cells[0].x0))
        for i, line in enumerate(self.lines):
            line.index = i

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def is_sheet(self) -> bool:
        """A workbook or CSV: one line a row, rows touching (no font sizes, no line spacing)."""
        return self.media_type.endswith(("sheet", "ms-excel", "csv"))


_PIPE = re.compile(r"\s+\|\s+")


def pipe_parts(cell: Cell) -> list[Cell]:
    """A cell that prints several things with `` | `` between (a portal's banner ``Cartwell Retail LLC |
    Purchase order 4KX7RT2M | Vendor QIHP1 - …``) as one cell per part, each in the whole cell's box."""
    parts = [part for part in _PIPE.split(cell.text) if part.strip()]
    return [cell] if len(parts) < 2 else [replace(cell, text=part.strip()) for part in parts]


def text_width(text: str) -> float:
    """A text's printed width in Chinese characters, estimated: a Latin character or digit about 0.55 of
    one (for sharing a glued word's or cell's box out among its parts)."""
    return sum(1.0 if "\u4e00" <= ch <= "\u9fff" else 0.55 for ch in text)


def group_lines(
    words: Iterable[Word], rules: Sequence[tuple[float, float, float]] = (), ruled_cells: bool = False
) -> list[Line]:
    """Group one page's words into lines (by vertical overlap), then into cells (by gaps and rulings;
    with ``ruled_cells``, a scanned text-mode report's, the words between two rulings are one cell)."""
    words = list(words)
    reach = _ocr_reach(words)
    if reach < math.inf:  # a tall OCR box's top is no line's: its middle is
        words.sort(key=lambda w: (max(w.top, (w.top + w.bottom) / 2 - reach), w.x0))
    else:
        words.sort(key=lambda w: (w.top, w.x0))
    rows: list[list[Word]] = []
    top = bottom = 0.0  # the last row's extent, kept as words join it
    for word in words:
        middle = (word.top + word.bottom) / 2
        upper, lower = max(word.top, middle - reach), min(word.bottom, middle + reach)
        if rows and top <= middle <= bottom:
            rows[-1].append(word)
            top, bottom = min(top, upper), max(bottom, lower)
            continue
        rows.append([word])
        top, bottom = upper, lower
    rows = [part for row in rows for part in _unstacked(row)]
    return [
        Line(page=row[0].page, cells=_cells(sorted(row, key=lambda w: w.x0), rules, ruled_cells))
        for row in rows
    ]


TALL_WORD = 0.8  # half the reach of an OCR'd word's box, in the page's median word heights


def _ocr_reach(words: Sequence[Word]) -> float:
    """How far from its middle an OCR'd word's box may widen its row: tesseract now and then boxes a
    word of one line as tall as two (``省`` of an address 19 pt high beside 7 pt characters, when the
    label column beside it was read into the same block); such a box would chain the line above or
    below into its row. A text layer's boxes are the fonts' own (no limit)."""
    heights = sorted(word.bottom - word.top for word in words if word.confidence is not None)
    return TALL_WORD * heights[len(heights) // 2] if heights else math.inf


STACK_TOLERANCE = 2.5  # points between the tops of a text layer's words on one printed line, at most


def _unstacked(row: list[Word]) -> list[list[Word]]:
    """A row of text-layer words split into its printed lines where words stand over one another: a
    tall title beside a letterhead's small lines (``Purchase Order`` beside ``Lindqvist Maskinteknik AB``
    over ``Ljungarumsvägen 21``) makes them overlap it, and one row, each a piece of the other. Words
    side by side never overlap; the text layer's tops (one per font size and line) tell the lines."""
    if len(row) < 2 or any(word.confidence is not None for word in row):
        return [row]
    by_x = sorted(row, key=lambda w: w.x0)
    right = by_x[0].x1
    for word in by_x[1:]:
        if word.x0 < right - 1.0:
            break
        right = max(right, word.x1)
    else:
        return [row]
    lines: list[list[Word]] = []
    for word in sorted(row, key=lambda w: w.top):
        if lines and word.top - lines[-1][-1].top <= STACK_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _cells(
    words: list[Word], rules: Sequence[tuple[float, float, float]], ruled_cells: bool = False
) -> list[Cell]:
    """One row's words (left to right) joined into cells: split at gaps wider than ``CELL_GAP`` font
    heights and at rulings crossing the row. Written as one pass: it runs for every row of every page."""
    row_top, row_bottom = min(w.top for w in words), max(w.bottom for w in words)
    rules = sorted(rule for rule in rules if rule[1] <= row_bottom and rule[2] >= row_top)  # the row's
    xs = [rule[0] for rule in rules]
    groups: list[list[Word]] = [[words[0]]]
    previous = words[0]
    for word in words[1:]:
        height = max(word.bottom - word.top, previous.bottom - previous.top)
        split = word.x0 - previous.x1 > CELL_GAP * height
        if xs:
            ruled = _ruled_between(rules, xs, previous.x1 - 0.5, word.x0 + 0.5, word)
            spaced = word.x0 - previous.x1 <= _FIXED_PITCH_SPACE * height
            if split and spaced and not ruled and ruled_cells:
                split = not _ruled_around(rules, xs, previous, word)  # one ruled cell's words: one cell
            split = split or ruled
        if split:
            groups.append([word])
        else:
            groups[-1].append(word)
        previous = word
    return [_cell(group) for group in groups]


_FIXED_PITCH_SPACE = 2.0  # a fixed-pitch font's space, in OCR'd word heights (capitals), at most


def _ruled_around(
    rules: Sequence[tuple[float, float, float]], xs: list[float], left: Word, right: Word
) -> bool:
    """Whether rulings stand left of ``left`` and right of ``right`` on their row, and none between: the
    two OCR'd words are in one ruled cell, though the space between them is wider than ``CELL_GAP``
    (a fixed-pitch font's: ``ROLAMENTO RIGIDO DE ESFERAS`` between a report's bars)."""
    return _ruled_between(rules, xs, -math.inf, left.x0 + 0.5, left) and _ruled_between(
        rules, xs, right.x1 - 0.5, math.inf, left
    )


def _ruled_between(
    rules: Sequence[tuple[float, float, float]], xs: list[float], x0: float, x1: float, word: Word
) -> bool:
    """Whether a ruling between ``x0`` and ``x1`` (``xs``: the rulings' x, sorted) crosses ``word``'s row."""
    low, high = bisect.bisect_left(xs, x0), bisect.bisect_right(xs, x1)
    return any(top <= word.bottom and bottom >= word.top for _, top, bottom in rules[low:high])


def _cell(group: list[Word]) -> Cell:
    first = group[0]
    if len(group) == 1:
        return Cell(
            first.text, first.page, first.x0, first.top, first.x1, first.bottom, None, first.confidence
        )
    text, spaced = _joined_both(group)
    return Cell(
        text,
        first.page,
        first.x0,
        min(w.top for w in group),
        group[-1].x1,
        max(w.bottom for w in group),
        None,
        _least([w.confidence for w in group]),
        spaced if spaced != text else None,
    )


_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
TIGHT_GAP = 0.6  # OCR'd Chinese characters closer than this share of their height are one word
TIGHT_MIXED_GAP = 0.3  # Chinese next to Latin or digits: a space is narrower (不锈钢螺栓 M8, 188号)
INK_SPACE = 0.3  # Latin after Chinese: blank ink of this share of the Latin height or more is a space
INK_CJK_SPACE = 0.3  # Chinese after Chinese: the same share of the character's height (``ocr.ink_gaps``)
_LATIN_START = re.compile(r"[A-Za-z0-9]")


def _joined(words: list[Word], ink_spaces: bool = False) -> str:
    """Words joined by spaces, except OCR'd Chinese: tesseract cuts it into separate characters, and
    a narrow gap next to a Chinese character is no space (a wide one is, e.g. where a colon was lost).
    With ``ink_spaces``, two Chinese words are parted where the ink between them is as wide as a space."""
    text, spaced = _joined_both(words)
    return spaced if ink_spaces else text


def _joined_both(words: list[Word]) -> tuple[str, str]:
    """``_joined`` without and with ``ink_spaces``, in one pass over the words (every OCR'd cell)."""
    if all(word.confidence is None for word in words):  # a text layer's words: its spaces are real
        text = " ".join(word.text for word in words)
        return text, text
    text = spaced = words[0].text
    for previous, word in itertools.pairwise(words):
        if word.confidence is None:  # a text layer's words: its spaces are real
            text, spaced = f"{text} {word.text}", f"{spaced} {word.text}"
            continue
        height = max(word.bottom - word.top, previous.bottom - previous.top)
        starts_cjk, ends_cjk = bool(_CJK.match(word.text[0])), bool(_CJK.match(previous.text[-1]))
        both = starts_cjk and ends_cjk
        limit = TIGHT_GAP if both else TIGHT_MIXED_GAP
        tight = (starts_cjk or ends_cjk) and word.x0 - previous.x1 < limit * height
        tight_in_ink = tight
        measured = word.gap_before is not None and ends_cjk
        if measured and _LATIN_START.match(word.text):
            tight = tight_in_ink = word.gap_before < INK_SPACE * (word.bottom - word.top)  # 螺栓 M8 vs 188号
        elif measured and both:
            tight_in_ink = word.gap_before < INK_CJK_SPACE * (word.bottom - word.top)  # 带锁 灰色 vs 带锁灰色
        text += word.text if tight else f" {word.text}"
        spaced += word.text if tight_in_ink else f" {word.text}"
    return text, spaced


def _least(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None
