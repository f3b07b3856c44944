"""Cells that hold what belongs to two columns, parted by the columns over or under them.

A text layer joins words printed too close to part, and OCR reads a narrow gap as none: a header cell
of two column names (``辅助属性 单位``, ``项目 物料``, OCR's ``辅助属性单位``), a row cell of two values
(``2,880.00 2026-12-15``). ``ocr.line_table`` parts them here before it names and fills the columns;
each part gets its share of the cell's width by its characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ocr.han import HAN_CHAR, HAN_RUN
from ocr.labels import column_kind
from ocr.layout import Cell, Line, text_width
from ocr.normalise import parse_date, parse_decimal

_SPLIT_ROWS = 3  # rows under an OCR'd header that must show its cell stands over two columns
_TEXT_SPLIT_ROWS = 8  # a text layer's rows looked at for one with two cells under a head cell


def split_over_columns(line: Line, following: Sequence[Line], unknown_only: bool = False) -> Line:
    """An OCR'd header cell whose words stand over two columns of the rows below (``项目 物料`` over
    ``10 | 30012457``, ``含税单价 税率`` over ``3.8500 | 13%``: tesseract saw too narrow a gap between
    them) split into its words, each placed by its share of the cell's width. Each of the first rows
    below (those holding two numbers or more) must start two cells or more under it. With
    ``unknown_only`` (a text layer, which joins names printed close: Lemonsoft's ``Tuotenumero Nimike``
    over ``LK-104512 | Urakuulalaakeri ...``) only cells naming no column are split, and one of those
    rows with two cells under it is enough (``_over_columns``)."""
    count = _TEXT_SPLIT_ROWS if unknown_only else _SPLIT_ROWS  # (a discount some rows have: more rows)
    rows = [
        below
        for below in following[: 3 * count]
        if below.page == line.page and sum(parse_decimal(c.text) is not None for c in below.cells) >= 2
    ][:count]
    if not rows:
        return line
    cells: list[Cell] = []
    for cell in line.cells:
        words = cell.text.split()
        under = [sorted(c.x0 for c in row.cells if cell.x0 - 1 <= c.x0 < cell.x1) for row in rows]
        known = unknown_only and column_kind(cell.text) is not None
        numbered = _numbered_starts(cell, rows) if unknown_only and len(words) >= 2 and not known else None
        if numbered:
            cells += _grouped_by_column(_words_placed(cell, words), numbered)
            continue
        if len(words) < 2 or known or not _over_columns([len(starts) for starts in under], unknown_only):
            cells.append(cell)
            continue
        # the row with the fewest cells under it: the columns for sure; a text layer's, the most
        starts = max(under, key=len) if unknown_only else min(under, key=len)
        cells += _grouped_by_column(_words_placed(cell, words), starts)
    return line if len(cells) == len(line.cells) else Line(line.page, cells, line.index)


_NUMBERED = re.compile(r"(\d{1,4}(?:\.0{1,3})?)\s+(\S.*)")  # 1 310-2215; JD Edwards' 1.000 301-20045


def _numbered_starts(cell: Cell, rows: list[Line]) -> list[float] | None:
    """Where a text layer's head cell over rows whose one cell under it is their line number and a code
    printed close (Monitor's ``Pos Artikelnr`` over ``1 310-2215``, ``2 310-2231``: 1, 2, 3 on) parts
    into two columns: its left edge, and where the first row's code starts; else None."""
    under = [cells for row in rows if (cells := [c for c in row.cells if cell.x0 - 1 <= c.x0 < cell.x1])]
    if len(under) < 2 or any(len(cells) != 1 for cells in under):
        return None  # (rows with nothing under it, a page foot's, say nothing)
    numbered = [_NUMBERED.fullmatch(cells[0].text.strip()) for cells in under]
    if not all(numbered) or len({float(match[1]) for match in numbered if match}) < len(numbered):
        return None
    first = under[0][0]
    number, code = _words_placed(first, [numbered[0][1], numbered[0][2]])  # type: ignore[index]
    return [min(cell.x0, number.x0), code.x0]


def _over_columns(counts: list[int], text_layer: bool) -> bool:
    """Whether a head cell stands over two columns, by how many cells each row starts under it: two or
    more in every row; in a text layer, whose cells are as printed, two in some row (a price beside a
    discount only some lines have: Monitor's ``À-pris Rab %`` over ``12,40 | 5,00``; a right-aligned
    price wider than its head starts left of it, so other rows may start none under it)."""
    return max(counts) >= 2 if text_layer else min(counts) >= 2


def split_over_cells(line: Line, below: Line) -> Line:
    """A header line's cell whose words stand over two cells of the header's next line (Ariba's ``No.
    Schedule Part # /`` over ``Lines | Description``: two names printed too close to part) split into
    its words' groups, one over each, placed by their share of the cell's width."""
    cells: list[Cell] = []
    for cell in line.cells:
        words = cell.text.split()
        starts = sorted(c.x0 for c in below.cells if cell.x0 - 1 <= c.x0 < cell.x1)
        if len(words) < 2 or len(starts) < 2:
            cells.append(cell)
            continue
        cells += _grouped_by_column(_words_placed(cell, words), starts)
    return line if len(cells) == len(line.cells) else Line(line.page, cells, line.index)


def names_apart(line: Line, spaced: bool = True) -> Line:
    """A header cell of Chinese column names printed too close to part (金蝶 KIS: ``辅助属性 单位``,
    ``折扣率(%) 实际含税单价``) split into its names, each placed by its share of the cell's width: only
    when the whole names no column and one of its words does. OCR reads such names as one word
    (``辅助属性单位``): a word ending in a column's name after two characters or more is split there too;
    with ``spaced`` (a text layer), so are its words; without it (OCR), only words that are every one a
    column's name (``单价 折扣 %``)."""
    cells: list[Cell] = []
    for cell in line.cells:
        words = _marks_joined(cell.text.split()) if spaced else [cell.text]
        if len(words) == 1:
            words = name_at_end(cell.text)
        if len(words) == 1 and not spaced:  # OCR's spaces, only where every word is a column's name
            named = _marks_joined(cell.text.split())
            words = named if len(named) >= 2 and all(column_kind(word) for word in named) else words
        apart = len(words) >= 2 and all(HAN_CHAR.search(word) for word in words)
        if apart and column_kind(cell.text) is None and any(column_kind(word) for word in words):
            cells += _words_placed(cell, words)
        else:
            cells.append(cell)
    return line if len(cells) == len(line.cells) else Line(line.page, cells, line.index)


def _marks_joined(words: list[str]) -> list[str]:
    """A word of marks alone joined to the word before it: ``折扣 %`` is one name (``折扣%``)."""
    joined: list[str] = []
    for word in words:
        if joined and not any(ch.isalnum() for ch in word):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def latin_names_apart(line: Line) -> Line:
    """A header cell of Latin column names printed too close to part (Sage X3's ``N° ligne Article``,
    ``Prix brut Rem. %``) as one cell a name: when the whole names no column and its words, in order,
    are names the dictionary knows every one."""
    cells = cells_of_names(line.cells, _names_a_column, kept=HAN_CHAR.search)
    return line if len(cells) == len(line.cells) else Line(line.page, cells, line.index)


def cells_of_names(
    cells: list[Cell], is_label: Callable[[str], bool], kept: Callable[[str], object]
) -> list[Cell]:
    """``cells`` with each one ``labels_apart`` parts replaced by its parts; a cell whose text ``kept``
    is true of stays whole."""
    parted: list[Cell] = []
    for cell in cells:
        parted += (None if kept(cell.text) else labels_apart(cell, is_label)) or [cell]
    return parted


def _names_a_column(text: str) -> bool:
    """A column's name, also with the comma a caption over its currency or unit ends in (1C's ``Баасы,``
    over ``USD``)."""
    return column_kind(text.rstrip(",")) is not None


def name_at_end(text: str) -> list[str]:
    """``辅助属性单位`` -> ``['辅助属性', '单位']``, ``含税单价折扣率(%)`` -> ``['含税单价', '折扣率(%)']``: a
    run of Chinese ending in a column's name (its hint in brackets kept), cut before the longest such name."""
    bare = _PARENS_AT_END.sub("", text.strip())
    if len(bare) < 4 or not HAN_RUN.fullmatch(bare) or column_kind(bare) is not None:
        return [text]
    for cut in range(2, len(bare) - 1):
        if column_kind(bare[cut:]) is not None:
            return [bare[:cut], text.strip()[cut:]]
    return [text]


def labels_apart(cell: Cell, is_label: Callable[[str], bool]) -> list[Cell] | None:
    """A header cell of column names printed too close to part (Sage X3's ``N° ligne Article``) as one
    cell a name, each placed by its share of the cell's width: when its words, in order, are two names
    or more that ``is_label`` knows and the whole is none. None otherwise."""
    words = cell.text.split()
    if len(words) < 2 or is_label(cell.text):
        return None
    names = _names_of(words, is_label)
    return _words_placed(cell, names) if names and len(names) >= 2 else None


_NAME_WORDS = 6  # words of one column name at most (the dictionary's longest: three; a hint, a translation)


def _names_of(words: list[str], is_label: Callable[[str], bool]) -> list[str] | None:
    """``words`` as consecutive names, the longest first name first; None when they are no such names."""
    for cut in range(min(len(words), _NAME_WORDS), 0, -1):
        name = " ".join(words[:cut])
        if is_label(name):
            rest = _names_of(words[cut:], is_label) if cut < len(words) else []
            if rest is not None:
                return [name, *rest]
    return None


_PARENS_AT_END = re.compile(r"\s*[(（][^)）]*[)）]\s*$")


def _words_placed(cell: Cell, words: list[str]) -> list[Cell]:
    """``cell``'s words as cells of their own, the cell's width shared out by their characters (a Chinese
    character about twice a Latin one, a space half a Latin one)."""
    widths = [text_width(word) for word in words]
    unit = (cell.x1 - cell.x0) / (sum(widths) + 0.3 * (len(words) - 1))
    placed, x = [], cell.x0
    for word, width in zip(words, widths, strict=True):
        placed.append(replace(cell, text=word, x0=x, x1=x + width * unit))
        x += (width + 0.3) * unit
    return placed


def _grouped_by_column(words: list[Cell], starts: list[float]) -> list[Cell]:
    """The words joined again within each column (``Order Qty`` | ``OUn`` over a quantity and a unit):
    a word belongs to the last column starting left of its middle. A group ends before the next column's
    rows start and starts no further left than its own rows, so a ruling between them bounds both."""
    groups: dict[int, list[Cell]] = {}
    for word in words:
        middle = (word.x0 + word.x1) / 2
        column = max((k for k, start in enumerate(starts) if start <= middle), default=0)
        groups.setdefault(column, []).append(word)
    cells = []
    for column, group in groups.items():
        x0 = max(group[0].x0, starts[column]) if column else group[0].x0
        x1 = min(group[-1].x1, starts[column + 1] - 1) if column + 1 < len(starts) else group[-1].x1
        cells.append(replace(group[0], text=" ".join(w.text for w in group), x0=x0, x1=max(x1, x0 + 1)))
    return cells


def _is_value(word: str) -> bool:
    return parse_decimal(word) is not None or parse_date(word) is not None


# A word, or a number whose thousands are grouped by spaces, decimals after them (``1 280,40``): one value.
_WORD_OR_GROUPED_NUMBER = re.compile(r"(?<!\S)\d{1,3}(?: \d{3})+[.,]\d{1,2}(?![\d.,])|\S+")


_PUNCTUATION = ",，。.、;；:： "
_TEXT_COLUMNS = frozenset({"part_no", "description", "unit", "delivery_date"})  # what follows a value
_UNKNOWN_KINDS = frozenset({"", "other"})  # a column whose role its name does not tell (yet)


_CODE_WORD = re.compile(r"(?=\S*\d)[A-Za-z0-9][A-Za-z0-9\-_/.#]*")
_LONG_CODE = re.compile(r"(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-_/.#]{5,}")


def code_apart(cell: Cell, starts: list[float], ends: list[float], kinds: Sequence[str]) -> Sequence[Cell]:
    """A cell of a code and its description printed too close to part (SAP Business One's narrow 物料编号
    column: ``RM10231 深沟球轴承 6204-2RS C3``), starting in a part-number column and running on over the
    description column after it, as two cells: the code (a word with a digit) in the one, the rest (not
    opening with a digit: no second code or number) in the other; and where a long description runs on
    into the next column too, a long code (six characters or more) ending the cell wholly past the
    description's column is that column's (``... 带磁环 QH-CY50100`` over 供应商目录号; a short ``C3``
    ending a description is the description's). Any other cell as it is."""
    column = bisect.bisect_right(starts, cell.x0) - 1
    if not 0 <= column < len(kinds) - 1 or kinds[column : column + 2] != ["part_no", "description"]:
        return (cell,)
    code, _, rest = cell.text.strip().partition(" ")
    if cell.x1 <= ends[column] or not rest or not _CODE_WORD.fullmatch(code) or re.match(r"\S*\d", rest):
        return (cell,)
    words = [code, *rest.strip().rsplit(" ", 1)]
    placed = _words_placed(cell, words)
    last = placed[-1]
    cut, after = ends[column], ends[column + 1]
    if len(words) == 3 and _LONG_CODE.fullmatch(words[2]) and last.x0 > after:
        return (
            replace(placed[0], x1=min(placed[0].x1, cut - 0.5)),
            replace(placed[1], x0=max(placed[1].x0, cut + 0.5), x1=min(placed[1].x1, after - 0.5)),
            replace(last, x0=max(last.x0, after + 0.5)),
        )
    first, second = _words_placed(cell, [code, rest.strip()])
    return (replace(first, x1=min(first.x1, cut - 0.5)), replace(second, x0=max(second.x0, cut + 0.5)))


def values_apart(cell: Cell, ends: list[float], kinds: Sequence[str] = ()) -> Sequence[Cell]:
    """A cell of two values or more, numbers or dates, standing over as many columns (a text layer's
    ``2,880.00 2026-12-15``: 价税合计 and 交货日期 printed too close to part, a remark maybe after them),
    or of one value and text standing over a column of codes, names or units (Sage X3's line number and
    article code, ``1000 ROUL-6205-C3``), as one cell a value, each placed by its share of the cell's
    width; any other cell as it is. ``ends``: the right edges of the table's columns, left to right;
    ``kinds``: their roles (without them, no value and text are parted)."""
    words = _WORD_OR_GROUPED_NUMBER.findall(cell.text)
    values = next((k for k, w in enumerate(words) if not _is_value(w)), len(words))
    rest = " ".join(words[values:]).lstrip(_PUNCTUATION)
    words = words[:values] + ([rest] if rest else [])  # 备注 after them (an OCR'd speck before it dropped)
    if values < 1 or len(words) < 2:
        return (cell,)  # no value first, or one value alone (a speck after it at most)
    parts = _words_placed(cell, words)
    columns = [bisect.bisect_left(ends, (part.x0 + part.x1) / 2) for part in parts]
    if len(set(columns[:values])) < values:
        return (cell,)
    # one value and text: ``6205 bearing`` starts its column's text; ``20,000 件`` has no unit column;
    # a line number before a column no name tells is parted from it (Monitor's ``1 310-2215`` under
    # ``Pos`` | ``Artikelnr``: the rows then show the column's codes)
    if values == 1 and (
        columns[1] == columns[0]
        or columns[1] >= len(kinds)
        or (
            kinds[columns[1]] not in _TEXT_COLUMNS
            and not (kinds[columns[0]] == "line_no" and kinds[columns[1]] in _UNKNOWN_KINDS)
        )
    ):
        return (cell,)
    last = columns[values - 1]
    if values < len(parts) and last < len(ends) - 1:  # the remark: right of the values
        x0 = max(parts[-1].x0, ends[last] + 0.5)
        parts[-1] = replace(parts[-1], x0=min(x0, parts[-1].x1 - 0.5))
    return parts
