"""The bilingual label dictionary and the matching rules for header fields and table columns.

A label matches at the start of a cell, or later in a cell when a colon follows it (``... 币种：人民币``).
A Chinese label must not run on into more Chinese (客户 is not 客户料号); an English one must not run
on into more letters (Date is not Dated). A label may repeat in the other language (``订单号 PO No.``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from ocr.label_dictionary import COLUMN_LABELS, HEADER_LABELS

# Labels that end the line table when they start a line.
TOTAL_FIELD = "total"
_COLON = r"\s*[:：#]?\s*"
_SEPARATOR = re.compile(r"[\s/|()（）\-]*")
_PARENS = re.compile(r"[(（]([^)）]*)[)）]")


@dataclass(frozen=True)
class Pair:
    """One label found in a cell and the text after it (empty when the value is elsewhere)."""

    field: str
    label: str
    value: str


def _pattern(label: str) -> re.Pattern[str]:
    body = r"\s*".join(re.escape(part).replace(r"\.", r"\.?") for part in label.split())
    body = re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", r"\\s?", body)  # OCR: 交货日 期
    tail = r"(?![\u4e00-\u9fff])" if re.search(r"[\u4e00-\u9fff]$", label) else r"(?![A-Za-z])"
    return re.compile(body + tail, re.IGNORECASE)


def _compile(table: dict[str, tuple[str, ...]]) -> list[tuple[str, re.Pattern[str]]]:
    entries = [(field, label) for field, labels in table.items() for label in labels]
    entries.sort(key=lambda entry: -len(entry[1]))
    return [(field, _pattern(label)) for field, label in entries]


_HEADER = _compile(HEADER_LABELS)
_COLUMNS = _compile(COLUMN_LABELS)


def _label_at(text: str, pos: int, patterns: list[tuple[str, re.Pattern[str]]]) -> tuple[str, int] | None:
    """The longest label starting at ``pos``, repeated in the other language if it is: (field, end)."""
    for field, pattern in patterns:
        match = pattern.match(text, pos)
        if match:
            end = match.end()
            while True:  # 订单号 PO No. / 数量 Qty: the same field again, in the other language
                after = _SEPARATOR.match(text, end).end()
                again = next((m for f, p in patterns if f == field and (m := p.match(text, after))), None)
                if not again:
                    return field, end
                end = again.end()
    return None


def split_pairs(text: str) -> tuple[str, list[Pair]]:
    """Split a cell into its unlabelled prefix and the (label, value) pairs in it."""
    found: list[tuple[int, int, str]] = []
    pos = 0
    while pos < len(text):
        starts_word = pos == 0 or text[pos - 1].isspace() or text[pos - 1] in ",，;；"
        hit = _label_at(text, pos, _HEADER) if starts_word else None
        if hit and (pos == 0 or re.match(r"\s*[:：]", text[hit[1] :])):
            found.append((pos, hit[1], hit[0]))
            pos = hit[1]
        else:
            pos += 1
    pairs = []
    for i, (start, end, field) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        value = re.sub("^" + _COLON, "", text[end:stop]).strip()
        pairs.append(Pair(field, text[start:end].strip(), value))
    prefix = text[: found[0][0]].strip() if found else text.strip()
    return prefix, pairs


def column_kind(text: str) -> tuple[str, str | None] | None:
    """The column a header cell names and any hint in brackets (``单价(元)`` -> ``('unit_price', '元')``).

    The whole cell must be labels of one column (in one or two languages); anything else is not a header.
    """
    hints = _PARENS.findall(text)
    bare = _PARENS.sub(" ", text).strip().rstrip(":：")
    if not bare:
        return None
    hit = _label_at(bare, 0, _COLUMNS)
    if not hit or bare[hit[1] :].strip(" /|-"):
        return None
    return hit[0], (hints[0].strip() if hints else None)


_CJK_LABELS = [
    (field, label)
    for field, labels in COLUMN_LABELS.items()
    for label in labels
    if re.match(r"[\u4e00-\u9fff]", label)
]


def ocr_column_kind(text: str) -> tuple[str, str | None] | None:
    """``column_kind``, forgiving one lost or wrong Chinese character (OCR reads 数量 as ``量``).

    Only for OCR'd pages, and only when exactly one column's labels are that close.
    """
    exact = column_kind(text)
    if exact:
        return exact
    hints = _PARENS.findall(text)
    bare = "".join(_PARENS.sub(" ", text).split()).rstrip(":：")
    if not bare or not re.fullmatch(r"[\u4e00-\u9fff]+", bare):
        return None
    close = {
        field for field, label in _CJK_LABELS if len(label) >= 2 and Levenshtein.distance(bare, label) <= 1
    }
    if len(close) != 1:
        return None
    return close.pop(), (hints[0].strip() if hints else None)
