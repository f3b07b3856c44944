"""Unit cells of OCR'd order lines read again alone, against the unit words a line table uses.

A unit is often one small Chinese character (个, 只, 套) that the page reading gets wrong in a way no
dictionary repairs (个 read as 全, 人, 小 or 4). Read alone with only the characters of the known unit
words allowed, the same cell comes out right; the reading is taken only when it is a known unit word.
"""

from __future__ import annotations

import re

from ocr.column_roles import UNIT_WORDS
from ocr.layout import Document
from ocr.line_table import Table
from ocr.number_reread import cut_out
from ocr.tesseract_engine import WORD_PSM, read_cell

UNIT_CHARS = "".join(sorted({ch for word in UNIT_WORDS for ch in word if re.match(r"[\u4e00-\u9fff]", ch)}))
_WHITELIST = UNIT_CHARS + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def is_unit_word(text: str) -> bool:
    return text.strip().lower().strip(".") in UNIT_WORDS


def reread_unknown_units(table: Table, doc: Document) -> None:
    """Replace, in place, each OCR'd unit that is no known unit word by its reading alone, if that is one."""
    for row in table.rows:
        scan = doc.scans.get(row.page)
        cells = row.by_kind.get("unit")
        if scan is None or not cells or is_unit_word(row.values.get("unit", "")):
            continue
        crop = cut_out(
            scan,
            min(c.x0 for c in cells),
            min(c.top for c in cells),
            max(c.x1 for c in cells),
            max(c.bottom for c in cells),
        )
        read = read_cell(crop, scan.languages, _WHITELIST, WORD_PSM) if crop.size else None
        if read and is_unit_word(read[0]):
            row.values["unit"] = read[0].strip()
            row.reread.append("unit")
