"""Repairing labels that OCR misread by one character (交货日其 for 交货日期), on OCR'd lines only.

A bilingual label's Chinese half is repaired next to the English label of the same field (``Date 日其``).

A whole cell of three to eight Chinese characters that is no label, but one edit away from exactly one
header label of at least three characters, becomes that label. Shorter labels (客户, 电话) are left
alone: at two characters one wrong glyph already makes a name such as 王伟 look like a label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from ocr.han import HAN_RUN
from ocr.label_dictionary import COLUMN_LABELS, HEADER_LABELS
from ocr.labels import column_kind, split_pairs
from ocr.layout import Cell, Line

_CHINESE = re.compile(r"[\u4e00-\u9fff]{3,8}")
_LABELS = [  # (label, which table, field), in dictionary order
    (label, table, field)
    for table, labels_of in (("header", HEADER_LABELS), ("column", COLUMN_LABELS))
    for field, labels in labels_of.items()
    for label in labels
    if _CHINESE.fullmatch(label)
]


def repaired_label(text: str) -> str | None:
    """The label ``text`` is a single OCR slip away from, if all such labels name one field (收货地扯 is
    收货地址 or 收货地点: either way the ship-to address); the first of them in the dictionary."""
    bare = "".join(text.split()).rstrip(":：")
    if not _CHINESE.fullmatch(bare) or split_pairs(bare)[1] or column_kind(bare):
        return None
    close = [
        (label, table, field)
        for label, table, field in _LABELS
        if len(label) == len(bare) and Levenshtein.distance(bare, label) == 1
    ]
    if len({label for label, _, _ in close}) == 1 or (close and len({(t, f) for _, t, f in close}) == 1):
        return close[0][0]
    return None


_COLUMN_CJK = sorted(
    {
        label
        for labels in COLUMN_LABELS.values()
        for label in labels
        if re.fullmatch(r"[\u4e00-\u9fff]+", label)
    },
    key=len,
    reverse=True,
)
_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"'`|]")


def repair_labels(lines: list[Line]) -> None:
    """Rewrite misread label cells in place (a cell keeps its place and its OCR certainty), and split
    two column headers tesseract read as one word (序号”物料编码) into two cells."""
    for line in lines:
        line.cells = [part for cell in line.cells for part in split_joined_headers(_repaired(cell))]


def split_joined_headers(cell: Cell) -> list[Cell]:
    """``序号物料编码`` -> ``序号`` and ``物料编码``, each with its share of the box by characters."""
    text = _MARKS.sub("", "".join(cell.text.split()))
    if column_kind(text):
        return [cell]  # 品名规格 is one label, though 品名 and 规格 are labels too
    for first in _COLUMN_CJK:
        rest = text[len(first) :]
        if text.startswith(first) and rest in _COLUMN_CJK:
            cut = cell.x0 + (cell.x1 - cell.x0) * len(first) / len(text)
            return [replace(cell, text=first, x1=cut), replace(cell, text=rest, x0=cut)]
    return [cell]


# 单号 / 编号 are order-number labels only with their colon (编号 alone heads many a column); OCR often
# loses a full-width colon (单号：3301-20261215008 read ``单号 3301-20261215008``): before a code with
# digits it is put back.
_COLON_LOST = re.compile(r"^(?P<label>单号|编号)\s+(?P<code>(?=\S*\d)[A-Za-z0-9][\w/.-]{3,29})$")


def _repaired(cell: Cell) -> Cell:
    if lost := _COLON_LOST.match(cell.text.strip()):
        return replace(cell, text=f"{lost['label']}：{lost['code']}")
    label = repaired_label(cell.text)
    if label:
        return replace(cell, text=label)
    text = repaired_translation(cell.text)
    return replace(cell, text=text) if text else cell


_BILINGUAL = re.compile(
    r"(?P<latin>[A-Za-z][A-Za-z .#/&'-]*?)\s*(?P<cjk>[\u4e00-\u9fff]{2,8})(?!\s*[\u4e00-\u9fff])"
    r"(?P<rest>\s*[:：].*|\s.*)?"
)


def repaired_translation(text: str) -> str | None:
    """``Date 日其 18/11/2026`` -> ``Date 日期 18/11/2026``: a bilingual label whose Chinese half OCR misread
    by one character (one wrong, lost or extra glyph) next to the English label of the same field. The
    English half vouches for the field, so two-character labels (日期) are repaired here too."""
    match = _BILINGUAL.fullmatch(text.strip())
    if not match:
        return None
    latin, cjk = match["latin"].strip(), match["cjk"]
    pairs = split_pairs(latin)[1]
    if len(pairs) != 1 or pairs[0].value or pairs[0].field == "other" or split_pairs(cjk)[1]:
        return None
    whole = split_pairs(text)[1]
    if whole and HAN_RUN.search(whole[0].label):
        return None  # the Chinese half is a label already (交货日 期 is OCR's 交货日期)
    field = pairs[0].field
    close = [
        label
        for label in HEADER_LABELS.get(field, ())
        if HAN_RUN.fullmatch(label) and len(label) >= 2 and Levenshtein.distance(cjk, label) == 1
    ]
    if not close:
        return None
    return f"{latin} {close[0]}{match['rest'] or ''}"
