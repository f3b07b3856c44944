"""Chinese words the mixed model read as a few unsure Latin letters, read again by the Chinese model alone.

On a Chinese page ``chi_sim+eng`` now and then settles on Latin for one short word among Chinese ones:
镀锌 comes out as ``HEE``, 淬火 as ``HFK``, 散热器 as ``Gat``, 铜套 as ``4f#``, and tesseract is unsure of
it (below ``UNSURE``; a real code such as ``SUS304`` or ``PE`` in the same description reads surely).
Every such word (no Chinese in it, not a number, at most ``MAX_CHARS`` characters) on a row that has
Chinese on it is cut out onto one collage and read by the page's Chinese model alone (``chi_sim``, or
``chi_tra`` on a traditional page). The word becomes that reading only when it is Chinese characters
and nothing else, read alike at two scales or read surely at one (``_chinese``), and surer than the
Latin was: the Chinese model reads real Latin letters as Latin, so a code is left as it was.

In a table's header (a row where two other words name columns) a Latin word read less surely than
``HEADER_UNSURE`` is a suspect too, and its Chinese reading is also taken when it names a column
(``_column_name``: 项目号 read as ``WAS`` with certainty 0.79 loses the part-number column).

Grid cells read wholly as Latin have their own re-read (``ocr.grid_cells.with_chinese_rereads``); this
one is for a word among others, in grids and whitespace tables alike. Numbers are never touched (they
have their own cross-checks): a Chinese word misread as digits (铝 as ``48``) stays a known loss.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from ocr.han import HAN_CHAR, HAN_RUN
from ocr.labels import column_kind, ocr_column_kind
from ocr.layout import Word
from ocr.scaled_reads import pixel_box, read_scaled
from ocr.tesseract_engine import LANGUAGES

UNSURE = 0.6  # Latin words read less surely than this are read again
HEADER_UNSURE = 0.9  # ... and in a table's header, where a Chinese caption read as Latin loses a column
SURE = 0.7  # the Chinese reading must be at least this sure
MARGIN = 0.15  # and this much surer than the Latin one
SCALES = (1.0, 1.5)  # the word as printed and enlarged
MAX_CHARS = 5  # a misread Chinese word is short: two or three glyphs read as one letter or two each
MIN_PAGE_CHINESE = 20  # Chinese characters on the page, at least
_NUMBER = re.compile(r"[\d.,:;%/×xX*+\-]+")  # digits and what separates them: a number, a size, a ratio
SIDE_PAD = 0.3  # of the word's height, left and right of it: a Latin misreading's box can stop short
# of the glyphs' outer strokes


def reread_latin_misreads(
    words: list[Word], image: np.ndarray, page: int, dpi: int, languages: str = LANGUAGES
) -> list[Word]:
    """The words, with short unsure Latin words on Chinese rows replaced by a sure Chinese reading."""
    model = next((m for m in languages.split("+") if m.startswith("chi_")), None)
    if model is None or sum(len(HAN_CHAR.findall(w.text)) for w in words) < MIN_PAGE_CHINESE:
        return words
    suspects = [i for i, word in enumerate(words) if _is_suspect(word) and _on_chinese_row(word, words)]
    in_header = {
        i for i, word in enumerate(words) if _is_suspect(word, HEADER_UNSURE) and _on_header_row(word, words)
    }
    suspects = sorted(set(suspects) | in_header)
    if not suspects:
        return words
    boxes = [_box(words[i], dpi, image.shape) for i in suspects]
    readings = read_scaled(image, boxes, page, dpi, SCALES, model)
    out = list(words)
    for i, box in zip(suspects, boxes, strict=True):
        found = [_han_reading(reading) for reading in readings[box]]
        better = _chinese(words[i], found) or (_column_name(words[i], found) if i in in_header else None)
        if better is not None:
            out[i] = better
    return out


def _is_suspect(word: Word, unsure: float = UNSURE) -> bool:
    text = word.text
    return (
        word.confidence is not None
        and word.confidence < unsure
        and len(text) <= MAX_CHARS
        and not HAN_CHAR.search(text)
        and not _NUMBER.fullmatch(text)
    )


def _on_chinese_row(word: Word, words: list[Word]) -> bool:
    """Some other word with Chinese in it stands on the word's row (its middle within their height)."""
    middle = (word.top + word.bottom) / 2
    return any(
        other is not word and other.top <= middle <= other.bottom and HAN_CHAR.search(other.text)
        for other in words
    )


def _on_header_row(word: Word, words: list[Word]) -> bool:
    """Two other words on the word's row name table columns: a line table's header."""
    middle = (word.top + word.bottom) / 2
    on_row = (other for other in words if other is not word and other.top <= middle <= other.bottom)
    return sum(1 for other in on_row if ocr_column_kind(other.text)) >= 2


def _column_name(word: Word, readings: list[tuple[str, list[float]] | None]) -> Word | None:
    """In a table header, the Chinese reading that names a column (the header's ``项目号`` read ``WAS``,
    surely enough that ``_chinese`` would keep the Latin): the dictionary's word is the check, so the
    reading needs to be sure on the whole (``SURE`` on average), not glyph by glyph."""
    averaged = [(sum(certainty) / len(certainty), text) for text, certainty in filter(None, readings)]
    named = [(sure, text) for sure, text in averaged if sure >= SURE and column_kind(text)]
    if not named:
        return None
    sure, text = max(named)
    return replace(word, text=text, confidence=round(sure, 3))


def _han_reading(reading: list[Word]) -> tuple[str, list[float]] | None:
    """A reading's text and per-word certainties, if it is Chinese characters and nothing else."""
    text = "".join(w.text.strip() for w in sorted(reading, key=lambda w: w.x0))
    if not HAN_RUN.fullmatch(text):
        return None
    return text, [w.confidence or 0.0 for w in reading]


def _chinese(word: Word, readings: list[tuple[str, list[float]] | None]) -> Word | None:
    """The Chinese reading to put in the word's place: read alike at both scales with one glyph at
    least ``SURE`` (tesseract often gives a run's later glyphs certainty 0 however clear they are:
    镀锌 printed cleanly reads as 镀 0.83, 锌 0.0), or read at one scale with every glyph that sure; and
    ``MARGIN`` surer than the Latin reading either way."""
    first = (word.confidence or 0.0) + MARGIN
    found = [reading for reading in readings if reading]
    if len(found) == len(readings) > 1 and len({text for text, _ in found}) == 1:
        sure = max(max(certainty) for _, certainty in found)
        if sure >= max(SURE, first):
            return replace(word, text=found[0][0], confidence=round(sure, 3))
    sure_ones = [(min(certainty), text) for text, certainty in found if min(certainty) >= max(SURE, first)]
    if not sure_ones:
        return None
    sure, text = max(sure_ones)
    return replace(word, text=text, confidence=round(sure, 3))


def _box(word: Word, dpi: int, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    return pixel_box(word, dpi, shape, side=max(4, int(SIDE_PAD * (word.bottom - word.top) * dpi / 72)))
