"""Unit cells of OCR'd order lines read again alone, against the unit words a line table uses.

A unit is often one small Chinese character (个, 只, 套) that the page reading gets wrong in a way no
dictionary repairs (个 read as 全, 人, 小 or 4). Read alone with only the characters of the known unit
words allowed, the same cell comes out right; the reading is taken only when it is a known unit word.
A unit printed in the quantity's cell (``120 千克`` under 数量单位) is read from the cell's part right
of the number. A reading that still is no unit word but a single character off
exactly one unit word of two characters or more (干克 for 千克) is taken as that word.
"""

from __future__ import annotations

import re

import cv2
import numpy as np
from rapidfuzz.distance import Levenshtein

from ocr.column_roles import UNIT_WORDS
from ocr.labels import column_kind
from ocr.layout import Cell, Document
from ocr.line_table import Row, Table
from ocr.normalise import split_number
from ocr.number_reread import cut_out
from ocr.tesseract_engine import WORD_PSM, read_cell

UNIT_CHARS = "".join(sorted({ch for word in UNIT_WORDS for ch in word if re.match(r"[\u4e00-\u9fff]", ch)}))
DIGIT_WIDTH = 0.55  # a digit's width, in text heights
SPACE_WIDTH = 0.3
_WHITELIST = UNIT_CHARS + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def is_unit_word(text: str) -> bool:
    return text.strip().lower().strip(".") in UNIT_WORDS


def reread_unknown_units(table: Table, doc: Document) -> None:
    """Replace, in place, each OCR'd unit that is no known unit word by its reading alone, if that is one
    (else by the one unit word it is a character off); and read the unit of a row whose unit cell the
    page reading lost, from under the unit column's head (when some row shows its unit)."""
    lost = _lost_units(table)
    for row in table.rows:
        scan = doc.scans.get(row.page)
        if scan is not None and id(row) in lost:
            crop = cut_out(scan, *lost[id(row)])
            reading = _read_unit(crop, scan.languages) if crop.size else ""
            reading = reading if _taken(reading) else _black_and_white_unit(crop, scan.languages)
            reading = reading.strip()
            if _taken(reading):
                row.values["unit"] = reading
                row.reread.append("unit")
            continue
        found = _unknown_unit(row, table.decimal_comma) if scan is not None else None
        if found is None:
            continue
        printed, (x0, top, x1, bottom) = found
        crop = cut_out(scan, x0, top, x1, bottom)
        if not crop.size:
            continue
        reading = _read_unit(crop, scan.languages)
        unit = (
            reading.strip() if _taken(reading) else _one_off(printed) or _in_cyrillic(printed, scan.languages)
        )
        if not unit:  # (after the one-off word: 干克 is 千克, where black and white may keep only 克)
            unit = _black_and_white_unit(crop, scan.languages).strip() or None
        if unit:
            row.values["unit"] = unit
            row.reread.append("unit")


def _taken(reading: str) -> bool:
    """A reading that is a unit word, but not a lone Latin letter: a glyph misread as ``T`` is likelier
    than a printed ``t`` for tons."""
    reading = reading.strip()
    return is_unit_word(reading) and not (len(reading) == 1 and reading.isascii())


BLOCK_PSM = 6  # a block: a lone 套 with scan speckle beside it that --psm 8 reads as nothing or as E


def _read_unit(crop: np.ndarray, languages: str) -> str:
    """The cell read as one word; failing a unit word that way, as a block of text."""
    reading = ""
    for psm in (WORD_PSM, BLOCK_PSM):
        read = read_cell(crop, languages, _WHITELIST, psm)
        reading = read[0] if read else reading
        if _taken(reading):
            return reading
    return reading


def _black_and_white_unit(crop: np.ndarray, languages: str) -> str:
    """The cell read as one word in black and white (Otsu) by the Chinese model alone, a unit word or
    nothing: a lone 个 on a grey, speckled cell that the page's models read as 本, A or nothing, its
    strokes alone as 个 (with eng beside it, tesseract takes the character for Latin letters)."""
    chinese = [language for language in languages.split("+") if language.startswith("chi")]
    if not chinese or not crop.size:
        return ""
    ink = _black_and_white(crop)
    read = read_cell(ink, chinese[0], _WHITELIST, WORD_PSM)
    if not read or not _taken(read[0]) or len(read[0].strip()) < _characters_inked(ink):
        return ""  # 千克 read as 克: a unit word, but not what the cell holds
    return read[0]


def _characters_inked(ink: np.ndarray) -> int:
    """How many square characters the cell's ink spans side by side (its width over its height)."""
    rows, columns = np.nonzero(ink < 128)
    if not len(rows):
        return 0
    height, width = rows.max() - rows.min() + 1, columns.max() - columns.min() + 1
    return max(1, round(width / height))


def _black_and_white(crop: np.ndarray) -> np.ndarray:
    grey = crop if crop.ndim == 2 else cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)
    return cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]


Box = tuple[float, float, float, float]


def _lost_units(table: Table) -> dict[int, Box]:
    """Rows (by id) with no unit, in a table with a unit column some row fills, and where their unit
    stands: under the column's head (the widest of its cells in the first header naming it, a character's
    height of room each side, short of the row's cells either side: the quantity may stand right or left
    of it), on the row's quantity line."""
    heads = next((found for line in table.headers if (found := _unit_heads(line.cells))), [])
    if not heads or not table.rows:
        return {}
    if not any("unit" in row.values for row in table.rows):
        return {}  # a head over no unit at all: the column is empty on this order
    head = max(heads, key=lambda c: c.x1 - c.x0)
    room = head.bottom - head.top
    lost = {}
    for row in table.rows:
        quantity = row.by_kind.get("quantity", [])
        if "unit" in row.values or len(quantity) != 1 or "unit" in row.by_kind:
            continue
        cell = quantity[0]
        left = max([c.x1 for c in row.cells if c.x1 <= head.x0 + room / 2], default=head.x0 - room)
        right = min([c.x0 for c in row.cells if c.x0 >= head.x1 - room / 2], default=head.x1 + room)
        middle = (cell.top + cell.bottom) / 2  # (digits' boxes are shorter than a Chinese character's)
        top, bottom = min(cell.top, middle - 0.6 * room), max(cell.bottom, middle + 0.6 * room)
        lost[id(row)] = (max(head.x0 - room, left), top, min(head.x1 + room, right), bottom)
    return lost


def _unit_heads(cells: list[Cell]) -> list[Cell]:
    return [c for c in cells if (column_kind(c.text) or ("",))[0] == "unit"]


def _unknown_unit(row: Row, decimal_comma: bool) -> tuple[str, Box] | None:
    """The row's unit as read, if it is no known unit word, and where it stands: the unit column's
    cells, or the part of the quantity's cell right of its number (``120 干克`` under 数量单位)."""
    cells = row.by_kind.get("unit")
    if cells:
        printed = row.values.get("unit", "")
        if is_unit_word(printed):
            return None
        box = (min(c.x0 for c in cells), min(c.top for c in cells), max(c.x1 for c in cells))
        return printed, (*box, max(c.bottom for c in cells))
    quantity = row.by_kind.get("quantity", [])
    if "unit" in row.values or len(quantity) != 1:
        return None
    text = quantity[0].text
    rest = (split_number(text, decimal_comma) or (None, ""))[1].strip()
    if not rest or is_unit_word(rest):
        return None
    return rest, _after_number(quantity[0], text[: len(text) - len(rest)].strip())


def _after_number(cell: Cell, number: str) -> Box:
    """The cell right of the number it starts with: digits are about ``DIGIT_WIDTH`` of the text's
    height wide, a space ``SPACE_WIDTH`` (the unit's own reading is no guide: 千克 read as ``FR``)."""
    height = cell.bottom - cell.top
    end = cell.x0 + height * (DIGIT_WIDTH * len(number) + SPACE_WIDTH / 2)
    return (min(end, cell.x1 - height), cell.top, cell.x1, cell.bottom)


def _in_cyrillic(text: str, languages: str) -> str | None:
    """On a page read by a Cyrillic model, a unit read as the Latin letters its Cyrillic ones look like
    (``кг`` as ``Kr``: the unit cell is too small for the page's model to tell the scripts), written in
    Cyrillic, when that is a unit word."""
    if not any(language in _CYRILLIC_MODELS for language in languages.split("+")):
        return None
    cyrillic = text.strip().translate(_CYRILLIC_LOOKALIKE)
    return cyrillic if cyrillic != text.strip() and is_unit_word(cyrillic) else None


_CYRILLIC_MODELS = frozenset(
    {"rus", "ukr", "bel", "bul", "srp", "mkd", "kir", "kaz", "mon", "tgk", "uzb_cyrl"}
)
# lower-case Cyrillic letters as a Latin reading of a small unit cell gives them (r for г, n for п)
_CYRILLIC_LOOKALIKE = str.maketrans("KkrMmTHBynpcxeaou", "ккгммтнвупрсхеаои")


def _one_off(text: str) -> str | None:
    """The one unit word of two characters or more that ``text`` is a single character off."""
    text = text.strip()
    if len(text) < 2:
        return None
    near = [word for word in _LONG_UNITS if Levenshtein.distance(text, word) == 1]
    return near[0] if len(near) == 1 else None


_LONG_UNITS = sorted(word for word in UNIT_WORDS if len(word) >= 2 and re.search(r"[\u4e00-\u9fff]", word))
