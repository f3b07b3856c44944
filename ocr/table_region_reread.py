"""An unruled line table whose page reading came out garbled, read again on its own.

Tesseract's page layout analysis (``--psm 3``) finds text lines across the whole page. Where a table
prints each item's name over its numbers and its spec under them, the three lines a few points apart
(浪潮 GS: ``六角头螺栓`` / ``1 Q150B1030TF2 个 4,000`` / ``M10×30 10.9级 达克罗``, zebra rows), the page
analysis runs them into one another and reads garbage (``cl tLe``, ``HIE HARK``). Given the table alone,
below its header, the same analysis finds the columns as blocks and reads each cleanly.

So a page whose words under a table header read unclearly (fewer than ``GARBLED_BELOW`` of them with
80 % certainty; 0.84-0.98 on the benchmark's other scans) has that region read once more, and the new
reading replaces the old when it reads clearly itself (``reading_quality.CLEAR``) and clearly better
(by ``MARGIN``): a table's reading only less garbled than the page's (0.71 -> 0.81 on a 200-dpi scan of
that print) still runs rows into one another, and the page's reading keeps its rows apart. A well-read
table costs nothing.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ocr.labels import ocr_column_kind
from ocr.layout import Line, Word, group_lines
from ocr.reading_quality import CLEAR, clear_share
from ocr.tesseract_engine import LANGUAGES, page_words

GARBLED_BELOW = 0.8  # share of clearly read words under the header below which the table is read again
MARGIN = 0.05  # the table's own reading must be this much clearer to replace the page's
MIN_WORDS = 20  # words under the header, at least: a short table has nothing to gain
MIN_NAMES = 3  # column names a header line holds


def reread_table_region(
    words: list[Word], image: np.ndarray, page: int, dpi: int, languages: str = LANGUAGES
) -> list[Word]:
    """``words`` with those under a garbled table's header replaced by the table's own reading."""
    header = _header(group_lines(words)) if words else None
    if header is None:
        return words
    under = [word for word in words if _middle(word) > header.bottom]
    if len(under) < MIN_WORDS or clear_share(under) >= GARBLED_BELOW:
        return words
    top = min(int(header.bottom * dpi / 72) + 1, image.shape[0] - 1)
    shift = top * 72 / dpi
    again = [
        replace(word, top=word.top + shift, bottom=word.bottom + shift)
        for word in page_words(image[top:], page, dpi, languages)
    ]
    if clear_share(again) < max(CLEAR, clear_share(under) + MARGIN):
        return words
    kept = [word for word in under if _clear_alone(word, again)]  # 个 alone in its column, dropped by
    return [word for word in words if _middle(word) <= header.bottom] + again + kept  # the block reading


def _clear_alone(word: Word, others: list[Word]) -> bool:
    """A word of the page's reading read surely, where the table's own reading has nothing: the block
    analysis drops a column of lone characters (the unit 个 row after row)."""
    sure = (word.confidence or 0.0) >= CLEAR
    return sure and not any(
        other.x0 < word.x1 and word.x0 < other.x1 and other.top < word.bottom and word.top < other.bottom
        for other in others
    )


def _header(lines: list[Line]) -> Line | None:
    """The first line naming ``MIN_NAMES`` table columns or more (OCR's near misses count)."""
    return next(
        (line for line in lines if sum(bool(ocr_column_kind(cell.text)) for cell in line.cells) >= MIN_NAMES),
        None,
    )


def _middle(word: Word) -> float:
    return (word.top + word.bottom) / 2
