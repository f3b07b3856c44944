"""The order-line table: a header row named by column labels, then one row per line until the totals.

Columns are placed by the header cells: between the page's vertical rulings when the table is ruled,
else halfway to the neighbouring header. Each cell below goes to the column it overlaps most. A row
starts where the quantity column holds a number; a line with only text (a wrapped description) joins the
row above. A table may stop at a page end and go on under a repeated header on the next page.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ocr.candidates import Candidate
from ocr.cell_stacks import CELL_BREAK, stacked_text
from ocr.column_roles import UNIT_WORDS, is_bare_number, resolve
from ocr.item_notes import without_repeated_notes
from ocr.label_dictionary import CARRY_LABELS
from ocr.labels import TOTAL_FIELD, bare_letters, column_kind, ocr_column_kind, split_pairs
from ocr.layout import Cell, Document, Line
from ocr.normalise import fold, parse_date, parse_decimal, split_number
from ocr.order_columns import first_row_only, order_column_kind
from ocr.parted_cells import (
    code_apart,
    latin_names_apart,
    names_apart,
    split_over_cells,
    split_over_columns,
    values_apart,
)
from ocr.row_filters import (
    batch_dates,
    number,
    without_repeated_blocks,
    without_schedule_rows,
    without_unordered_rows,
)

_INF = float("inf")
_DATE_FIELDS = {"order_date", "requested_delivery_date"}
_CODE = re.compile(r"(?=\S*\d)[A-Za-z0-9][\w./-]{2,39}")  # one word with a digit: a code, not a name
_TEXT_KINDS = {"description", "part_no"}
_CLOSING = {TOTAL_FIELD, "subtotal"}  # labels that end the line table
_READ_KINDS = {"part_no", "description", "quantity", "unit", "unit_price", "amount", "delivery_date"}
_UNNAMED = "other"  # a column whose role neither its header nor its content tells: its cells are ignored


@dataclass(frozen=True)
class Column:
    kind: str
    x0: float
    x1: float
    hint: str | None  # what the header said in brackets: 单价(元) -> 元
    inferred: bool = False  # the role came from the column's content, not from its header
    ruled: bool = False  # its bounds are the table's rulings
    code_first: bool = False  # ``Part # / Description`` beside the buyer's part number: our code, then text


@dataclass
class Row:
    """One order line as printed: column kind -> text, and the cells it came from."""

    values: dict[str, str]
    cells: list[Cell]
    page: int
    by_kind: dict[str, list[Cell]] = field(default_factory=dict)  # the cells under each column
    reread: list[str] = field(default_factory=list)  # columns corrected by a digits-only OCR re-read
    # OCR lost a number here (a lone ``5`` on a speckled scan): column kind -> its x band on the page
    gaps: dict[str, tuple[float, float]] = field(default_factory=dict)
    wrapped: list[tuple[str, str]] = field(default_factory=list)  # (column kind, text) of lines under it
    # text columns printed over several lines: column kind -> each line's cells, from the top
    stacks: dict[str, list[list[Cell]]] = field(default_factory=dict)
    apart: set[int] = field(default_factory=set)  # ids of ``stacks`` lines that are parts of their own


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)
    used_lines: set[int] = field(default_factory=set)  # header and item lines (not header fields)
    # cells on item lines left or right of every column (a sheet's form fields merged down beside the items)
    beside: dict[int, list[Cell]] = field(default_factory=dict)
    headers: list[Line] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    total: Candidate | None = None
    inferred: list[str] = field(default_factory=list)  # "header -> role" for columns found by content
    decimal_comma: bool = False  # the document writes 1.500,00 (``Document.decimal_comma``)
    small_print_described: bool = False  # ``Document.small_print_described``
    # dates heading columns that split each line's quantity into deliveries (a pivot of batches)
    batch_dates: list[dt.date] = field(default_factory=list)
    # the pricing quantity's column name (计价数量) when the rows' arithmetic made it the quantity
    pricing_quantity: str | None = None


def header_columns(
    line: Line, doc: Document, following: Sequence[Line] = (), unnamed: bool = False
) -> list[Column] | None:
    """The columns a line names, if it is a line-table header (quantity plus part number or description).

    Header cells the dictionary does not know, or names a role its rows contradict, get their role from
    the rows under them (``ocr.column_roles``); those columns carry ``inferred``. With ``unnamed``, a
    line of words none of which the dictionary knows is a header too when rows of numbers follow it and
    their content names the columns (quantity x price = amount on every row).
    """
    if line.page in doc.scans and following:
        line = latin_names_apart(names_apart(split_over_columns(line, following), spaced=False))
    elif line.page not in doc.scans and not doc.is_sheet:
        joined = any(" " in cell.text for cell in line.cells) and not _DIGIT.search(line.text)
        if joined and following and _numbers_in(following[0]) >= 2:  # rows right under it, no more head
            line = split_over_columns(line, following, unknown_only=True)  # unknown names printed close
        line = latin_names_apart(names_apart(line))
    if len(line.cells) < 3:
        return None  # a header names three columns or more (``_is_header``, ``_may_be_header``)
    kind_of = ocr_column_kind if line.page in doc.scans else column_kind
    every = [(kind_of(cell.text), cell) for cell in line.cells]
    kinds: list[str | None] = [found[0] if found else order_column_kind(cell.text) for found, cell in every]
    named = _is_header(kinds, len(line.cells)) or _may_be_header(line, kinds)
    if not named and not (unnamed and _may_head_numbers(line, following)):
        return None
    code_first = _code_over_description(kinds, [cell.text for cell in line.cells])
    middle = (line.top + line.bottom) / 2  # a skewed scan's rulings start a little below the header's top
    rules = sorted(x for x, top, bottom in doc.rules.get(line.page, []) if top <= middle <= bottom)
    between = itertools.pairwise(line.cells)
    if rules and not any(left.x1 - 1 <= x <= right.x0 + 1 for left, right in between for x in rules):
        rules = []  # only a shaded band's two edges, no ruling between its cells: the gaps bound the columns
    # Unnamed header cells (序号 misread by OCR as ``FS``) still bound their neighbours' columns.
    bounds, ruled = [], []
    for i, (_, cell) in enumerate(every):
        left = max((x for x in rules if x <= cell.x0 + 1), default=None)
        right = min((x for x in rules if x >= cell.x1 - 1), default=None)
        ruled.append(left is not None and right is not None and not doc.is_sheet)
        if left is None or right is None:
            left = (every[i - 1][1].x1 + cell.x0) / 2 if i else -_INF
            right = (cell.x1 + every[i + 1][1].x0) / 2 if i + 1 < len(every) else _INF
        if doc.is_sheet:  # a sheet's cells are its columns exactly: what is left or right is not the table
            left, right = cell.x0, cell.x1
        bounds.append((float(left), float(right)))
    parted = _shared_bounds_parted(bounds, [cell for _, cell in every])
    ruled = [was and old == new for was, old, new in zip(ruled, bounds, parted, strict=True)]
    bounds = parted
    inferred: dict[int, str] = {}
    if following:
        names = [c.text for c in line.cells]
        sampled = _sample(line, following, bounds, kinds)
        if doc.is_sheet:
            kinds = first_row_only(kinds, sampled, names)
        kinds, inferred = resolve(kinds, sampled, names, bool(doc.decimal_comma))
    if not _is_header(kinds, len(line.cells)):
        return None
    return [
        Column(
            kind or _UNNAMED,
            left,
            right,
            found[1] if found else None,
            i in inferred,
            ruled[i],
            i in code_first,
        )
        for i, ((found, _), kind, (left, right)) in enumerate(zip(every, kinds, bounds, strict=True))
        if kind or i not in (0, len(every) - 1)
    ]


def _numbers_in(line: Line) -> int:
    return sum(parse_decimal(cell.text) is not None for cell in line.cells)


def _code_over_description(kinds: list[str | None], names: list[str]) -> set[int]:
    """Header cells naming a code and its description together (``Part # / Description``) beside another
    part-number column (``Customer Part #``, the buyer's): their rows print the seller's code, then the
    description under it. Such a column becomes the description (its kind changed in ``kinds``)."""
    if kinds.count("part_no") < 2 or "description" in kinds:
        return set()
    found = set()
    for i, (kind, name) in enumerate(zip(kinds, names, strict=True)):
        parts = [part for part in re.split(r"\s*/\s*", name) if part]
        if kind == "part_no" and len(parts) == 2 and _names_kind(parts[1], "description"):
            kinds[i] = "description"
            found.add(i)
    return found


def _is_header(kinds: list[str | None], cells: int) -> bool:
    named = [kind for kind in kinds if kind]
    enough = len(named) >= 3 and len(named) >= 0.6 * cells
    return enough and "quantity" in named and bool(set(named) & _TEXT_KINDS)


def _may_be_header(line: Line, kinds: list[str | None]) -> bool:
    """Two or more column names and no numbers: worth a look at the rows below."""
    return len(line.cells) >= 3 and sum(bool(kind) for kind in kinds) >= 2 and _words_only(line)


def _words_only(line: Line) -> bool:
    """No numbers and no label with a value in any cell (``Order No.: 4711``; a label's words after it,
    ``Delivery Date/Time``, or marks, ``IPI%``, are no value)."""
    return all(
        parse_decimal(cell.text) is None
        and not any(_DIGIT.search(pair.value) for pair in split_pairs(cell.text)[1])
        for cell in line.cells
    )


def _shared_bounds_parted(bounds: list[tuple[float, float]], cells: list[Cell]) -> list[tuple[float, float]]:
    """Header cells between the same two rulings (a scan lost the rulings between them: a report's
    bars in its header row) bounded by the gaps between them instead, inside those rulings. A cell
    whose left ruling lies left of the ruling that ends the cell before it starts at that one: the two
    names were one word of the text layer across the ruling (金蝶云·星辰's ``含税单价税率(%)``), parted by
    their characters' share of its width, which may put the second's start a little left of the ruling."""
    parted = list(bounds)
    for i in range(1, len(bounds)):
        if bounds[i] == bounds[i - 1] and abs(bounds[i][0]) != _INF:
            middle = (cells[i - 1].x1 + cells[i].x0) / 2
            parted[i - 1] = (parted[i - 1][0], middle)
            parted[i] = (middle, parted[i][1])
        elif -_INF < bounds[i][0] < bounds[i - 1][1] < bounds[i][1] < _INF:
            parted[i] = (bounds[i - 1][1], parted[i][1])
    return parted


_UNNAMED_ROWS = 2  # rows of three numbers or more right under a header no dictionary word names


def _may_head_numbers(line: Line, following: Sequence[Line]) -> bool:
    """Four words or more, no numbers, no label with its value, over rows of numbers: a table header in
    words the dictionary does not know (``Cikkszám | Megnevezés | Mennyiség | Egységár | Érték``)."""
    if len(line.cells) < 4 or not _words_only(line):
        return False
    numeric = [
        below.page == line.page and sum(parse_decimal(c.text) is not None for c in below.cells) >= 3
        for below in following[: 2 * _UNNAMED_ROWS]
    ]  # (a description wrapped under the first row may stand between two)
    return bool(numeric) and numeric[0] and sum(numeric) >= _UNNAMED_ROWS


_SAMPLE_ROWS = 40
_FIRST_ROW_WITHIN = 3  # lines after the header (a second header line, a wrapped first description)


def _sample(
    line: Line, following: Sequence[Line], bounds: list[tuple[float, float]], kinds: Sequence[str | None] = ()
) -> list[list[str]]:
    """The text under each header cell, for the lines below that hold two or more numbers (a cell over two
    columns parted as the header's ``kinds`` say, ``values_apart``)."""
    columns: list[list[str]] = [[] for _ in bounds]
    probe = _Placement([Column(str(i), left, right, None) for i, (left, right) in enumerate(bounds)])
    probe.kinds = [kind or "" for kind in kinds] if kinds else probe.kinds
    for k, below in enumerate(following[:_SAMPLE_ROWS]):
        if below.page != line.page or (not columns[0] and k >= _FIRST_ROW_WITHIN) or _closing_label(below):
            break  # the rows of a table follow its header at once, and end at its total or page end
        if (
            sum(parse_decimal(cell.text) is not None for cell in below.cells) < 2
            or _no_bare_number(below)
            or (k == 0 and numbers_columns(below))
        ):
            if sum(column_kind(cell.text) is not None for cell in below.cells) >= 2:
                break  # the next table's header
            continue
        placed = _assign(below, probe)
        for i, texts in enumerate(columns):
            texts.append(" ".join(cell.text for cell in placed.get(str(i), [])))
    return columns


_COLUMN_NUMBERS = 4  # columns a numbering row under a header numbers, at least


def numbers_columns(line: Line) -> bool:
    """Whether the line numbers the columns of the header over it, 1, 2, 3 … (forms of the CIS and
    Eastern Europe: ``T/r | Artikul | … | Izoh`` over ``1 | 2 | … | 8``): no order line."""
    texts = [cell.text.strip() for cell in line.cells]
    return len(texts) >= _COLUMN_NUMBERS and texts == [str(n) for n in range(1, len(texts) + 1)]


def _no_bare_number(line: Line) -> bool:
    """Whether no cell of the line is a number alone: its numbers start words (postcodes in a page foot,
    ``577 22 Hultsfred``), no order line's."""
    return not any(is_bare_number(cell.text) for cell in line.cells)


class _Placement:
    """A table's columns made ready for placing cells row after row (their edges and middles, once)."""

    def __init__(self, columns: Sequence[Column]) -> None:
        self.spans = [(col.x0, col.x1, _middle(col), col.kind) for col in columns]
        self.ends = [col.x1 for col in columns]
        self.starts = [col.x0 for col in columns]
        self.kinds = [col.kind for col in columns]
        self.left_edge, self.right_edge = columns[0].x0, columns[-1].x1


def _assign(line: Line, columns: Sequence[Column] | _Placement) -> dict[str, list[Cell]]:
    """Each cell under the column it overlaps most (ties: the nearest column middle).

    Written as a plain loop: it runs for every cell of every row and candidate header, and was the
    largest single cost of reading a long text PDF (bench/extraction, issue #3). The columns are in
    order left to right, so only those from the first ending right of the cell's left edge to the last
    starting left of its right edge can overlap it (found by bisection); a cell overlapping none (in a
    gap between columns) is compared with all of them. Loops pass a ``_Placement`` made once."""
    placing = columns if isinstance(columns, _Placement) else _Placement(columns)
    placed: dict[str, list[Cell]] = {}
    for whole in line.cells:
        for cell in _parted(whole, placing):
            x0, x1 = cell.x0, cell.x1
            if x1 <= placing.left_edge or x0 >= placing.right_edge:
                continue  # under an unnamed column at the table's edge (a line number under 序号)
            centre = (x0 + x1) / 2
            first = bisect.bisect_right(placing.ends, x0)
            last = bisect.bisect_left(placing.starts, x1)
            best_key, best_kind = None, ""
            for col_x0, col_x1, middle, kind in placing.spans[first:last] if first < last else placing.spans:
                key = (max(0.0, min(x1, col_x1) - max(x0, col_x0)), -abs(centre - middle))
                if best_key is None or key > best_key:
                    best_key, best_kind = key, kind
            placed.setdefault(best_kind, []).append(cell)
    return placed


def _parted(cell: Cell, placing: _Placement) -> Sequence[Cell]:
    """``cell`` as the cells of the columns it stands over (``ocr.parted_cells``): one of values, or a code
    and its description printed too close to part (after a line number, maybe); most cells are one
    column's."""
    if " " not in cell.text:
        return (cell,)
    return [
        part
        for value in values_apart(cell, placing.ends, placing.kinds)
        for part in code_apart(value, placing.starts, placing.ends, placing.kinds)
    ]


def _middle(col: Column) -> float:
    if col.x0 == -_INF:
        return col.x1
    return col.x0 if col.x1 == _INF else (col.x0 + col.x1) / 2


def _closing_label(line: Line) -> str | None:
    """``total`` or ``subtotal`` when one of the line's first cells is such a label (alone or with a number).

    A description such as ``Total station, surveying`` starts with a label word but is an order line.
    """
    for text in [cell.text for cell in line.cells[:2]] + _letter_spaced(line.cells):
        pairs = split_pairs(text)[1]
        if (
            pairs
            and pairs[0].field in _CLOSING
            and (
                not pairs[0].value
                or parse_decimal(pairs[0].value) is not None
                or _TOTAL_QUALIFIER.fullmatch(pairs[0].value)
            )
        ):
            return pairs[0].field
    return TOTAL_FIELD if _total_label_late(line) else None


def _total_label_late(line: Line) -> bool:
    """A total's label alone in a later cell with its amount in the next, the line's first words being no
    item's (the sums line ``合计： 采购金额：… 税额：… 金额合计：45,507.00`` with its 合计 misread by OCR)."""
    cells = line.cells
    for k in range(2, len(cells) - 1):
        if parse_decimal(cells[k + 1].text) is None:
            continue  # (the cheap test first: an order line's cells are no labels to split)
        pairs = split_pairs(cells[k].text)[1]
        alone = len(pairs) == 1 and pairs[0].field == TOTAL_FIELD and not pairs[0].value
        if alone and any(split_pairs(other.text)[1] for other in cells[:k]):  # another label before it: 税额
            return True
    return False


# What may follow a total's label and still leave it the total's: its currency and whether tax is in
# (``Total EUR Excl. VAT``, ``Total USD incl. tax``); the currency is then the order's (a hint).
_TOTAL_QUALIFIER = re.compile(
    r"(?:\b[A-Z]{3}\b|[¥$€£])(?:\s+(?i:excl|incl|excluding|including)\.?\s+(?i:VAT|tax|GST|MwSt)\.?)?"
)


SMALLER_PRINT = 0.95  # a text line under an order line in a font this much smaller is a note on it


def _smaller_print(line: Line, row_line: Line) -> bool:
    """A text layer's line set in a smaller font than the order line above it (``Inner 10 / Outer 50
    Commodity 8302 10 00`` in 6.5 pt under a 7.5 pt line): a note, where a wrapped description keeps its
    font. OCR'd lines are never judged so: their heights follow the ink, not the font."""
    cells = line.cells + row_line.cells
    if any(cell.confidence is not None for cell in cells):
        return False
    height = max(cell.bottom - cell.top for cell in line.cells)
    return height < SMALLER_PRINT * max(cell.bottom - cell.top for cell in row_line.cells)


def _letter_spaced(cells: list[Cell]) -> list[str]:
    """A label printed one character a cell (``合 | 计``, spaced out to fill a merged cell), joined; the
    characters must each stand alone, so ``1 | 合计`` or a row starting with codes yields nothing."""
    spaced = []
    for cell in cells[:4]:
        if len(cell.text) != 1 or not "\u4e00" <= cell.text <= "\u9fff":
            break
        spaced.append(cell.text)
    return ["".join(spaced)] if len(spaced) >= 2 else []


def find_table(doc: Document) -> Table:
    """Every header-led block of rows in the document, joined in document order. When no header the
    dictionary knows leads any rows, a header in unknown words over rows whose numbers add up does."""
    table = _headed_rows(doc)
    if not table.rows:
        unnamed = _headed_rows(doc, unnamed=True)
        table = unnamed if unnamed.rows else table
    return table


def _headed_rows(doc: Document, unnamed: bool = False) -> Table:
    table = Table(decimal_comma=bool(doc.decimal_comma), small_print_described=doc.small_print_described)
    lines = doc.lines
    read: list[tuple[Line, list[Column]]] = []  # each header as read (merged, split) and its columns
    blocks: list[int] = []  # where each header's rows start in ``table.rows``
    i = 0
    while i < len(lines):
        header, first_row = lines[i], i + 1
        if table.headers and read[-1][0] is table.headers[-1] and _printed_again(header, table.headers[-1]):
            # a text layer's copy on a later page, word for word: the first page's columns (its few rows
            # may not tell them again: Monitor's two lines on page 2 under a head no dictionary names)
            columns = read[-1][1]
        else:
            columns = header_columns(header, doc, lines[first_row : first_row + _SAMPLE_ROWS], unnamed)
        if not columns:
            stacked, first_row = _stacked_header(lines, i, doc)
            if (
                stacked is None
                and _heads_groups(lines, i)
                and (sub := _with_subheader(lines, i)) is not header
            ):
                stacked, first_row = sub, i + 2  # 本月确认订单 merged over 订单数量 | 订单金额(元)
            if stacked is None and unnamed:
                stacked, first_row = _unnamed_stack(lines, i)
            following = lines[first_row : first_row + _SAMPLE_ROWS]
            columns = stacked and header_columns(stacked, doc, following, unnamed)
            header = stacked or header
        elif any(column.kind == _UNNAMED for column in columns):  # ``Unit of`` over ``Measure``
            stacked, below = _stacked_header(lines, i, doc)
            more = stacked and header_columns(stacked, doc, lines[below : below + _SAMPLE_ROWS])
            if more and (_named(more), _line_named(more)) > (_named(columns), _line_named(columns)):
                header, first_row, columns = stacked, below, more  # (``Customer`` over ``Part #``)
        fewer = (  # (OCR misreads a name: a text layer's or sheet's copy of the header is the header)
            table.headers and lines[i].page in doc.scans and _named(columns or None) < _named(read[-1][1])
        )
        if fewer and _repeats_header(lines[i], table.headers[-1], read[-1][0]):
            # a later page's copy of the header, read with fewer names than the first (价税合计 as PRAT)
            header, first_row, columns = lines[i], i + 1, read[-1][1]
        if not columns or _other_list(columns, read, table, lines[i]):
            i += 1
            continue
        read.append((header, columns))
        if first_row == i + 1 and (sub := _with_subheader(lines, i)) is not header:
            table.small_print_described |= _names_spec_under_name(header, lines[i + 1])  # 品名 over 规格
            header, first_row = sub, i + 2
            columns = header_columns(header, doc, lines[first_row : first_row + _SAMPLE_ROWS]) or columns
        table.used_lines.update(line.index for line in lines[i:first_row])
        for column, cell in _named_cells(header, columns):
            if column.kind == "description" and _names_name_and_spec(cell.text):
                table.small_print_described = True  # 物料名称 / 规格型号: the spec is the smaller line
            note = f"{cell.text} -> {column.kind}"
            if column.inferred and column.kind in _READ_KINDS and note not in table.inferred:
                table.inferred.append(note)
            if column.inferred and column.kind == "quantity" and _names_kind(cell.text, "price_unit"):
                table.pricing_quantity = table.pricing_quantity or cell.text  # 计价数量 read as the quantity
        table.headers.append(lines[i])
        table.hints.extend(col.hint for col in columns if col.hint)
        blocks.append(len(table.rows))
        read_from = len(table.rows)
        i = _read_rows(lines, first_row, columns, table)
        table.batch_dates += batch_dates(header, table.rows[read_from:], table.decimal_comma)
        while (at := _continued(lines, i, columns, doc)) is not None:
            i = _read_rows(lines, at, columns, table, page=lines[at].page)
    table.rows = without_repeated_blocks(table.rows, blocks, table.decimal_comma)
    table.rows = without_repeated_notes(without_schedule_rows(table.rows, table.decimal_comma))
    table.rows = without_unordered_rows(table.rows, table.decimal_comma)
    return table


def _other_list(
    columns: list[Column], read: list[tuple[Line, list[Column]]], table: Table, line: Line
) -> bool:
    """A later page's table whose quantity only its numbers suggest, after an order table that named its
    own: a price list or the buyer's item list on a workbook's second sheet, no more of the order."""
    if not table.rows or not read or line.page == table.rows[-1].page:
        return False
    return _names_quantity(read[0][1]) and not _names_quantity(columns)


def _names_quantity(columns: list[Column]) -> bool:
    return any(column.kind == "quantity" and not column.inferred for column in columns)


_STACK = 3  # a header printed over this many text lines at most (``Sl`` / ``No.``, ``Rate`` / ``(USD)``)


def _printed_again(line: Line, first: Line) -> bool:
    """A later page's text-layer line printing the header's cells again, word for word and in place."""
    if line.page <= first.page or len(line.cells) != len(first.cells):
        return False
    return all(
        a.text == b.text and abs(a.x0 - b.x0) <= 2 and a.confidence is None
        for a, b in zip(line.cells, first.cells, strict=True)
    )


def _repeats_header(line: Line, first: Line, first_read: Line) -> bool:
    """A later page's line that repeats the table's header, though OCR misread some of its names (``项目``
    as ``mA``): half its cells or more say what the header's cells or their words (``含税单价 BH``) said,
    and it has three or more."""
    if line.page <= first.page or len(line.cells) < 3:
        return False
    names = {word for header in (first, first_read) for cell in header.cells for word in cell.text.split()}
    return sum(cell.text.strip() in names for cell in line.cells) * 2 >= len(line.cells)


def _stacked_header(lines: list[Line], i: int, doc: Document) -> tuple[Line | None, int]:
    """A header whose names are printed over two or three text lines (Tally's ``Sl`` over ``No.`` and
    ``Rate`` over ``(USD)`` above and below ``Description of Goods | Due on | Quantity | per``), merged
    into one line: cells one under another become one name. The lines must touch, hold no number, and
    together name more columns than any of them alone. Returns the merged line and the index of the
    line after it, or ``(None, i + 1)``."""
    kind_of = ocr_column_kind if lines[i].page in doc.scans else column_kind
    if not any(kind_of(cell.text) for cell in lines[i].cells):
        return None, i + 1  # a header's first line names a column or two (the cheap test, asked first)
    stack = [lines[i]]
    for below in lines[i + 1 : i + _STACK]:
        last = stack[-1]
        if below.page != last.page or below.top - last.bottom >= last.bottom - last.top:
            break
        if any(parse_decimal(c.text) is not None for c in below.cells):
            break  # the first row, close under a header of two lines
        stack.append(below)
    kinds = [found[0] for line in stack for c in line.cells if (found := kind_of(c.text))]
    if len(stack) < 2 or len(kinds) < 3 or "quantity" not in kinds:
        return None, i + 1  # too few column names to make a header
    if any(parse_decimal(c.text) is not None for line in stack for c in line.cells):
        return None, i + 1
    alone = max(_named(header_columns(line, doc)) for line in stack[1:])
    stack = [split_over_cells(line, below) for line, below in itertools.pairwise(stack)] + stack[-1:]
    while len(stack) >= 2:
        merged = _merged_vertically(stack)
        if merged is not None and _named(header_columns(merged, doc)) > alone:
            return merged, i + len(stack)
        stack.pop()
    return None, i + 1


def _unnamed_stack(lines: list[Line], i: int) -> tuple[Line | None, int]:
    """A header in words no dictionary knows printed over two lines (Rivilė's ``Eil.`` over ``Nr.``,
    ``Kaina,`` over ``EUR``, a one-line ``Kiekis`` between): two touching lines of words, merged where
    their cells stand one under the other. Whether it heads the rows below, their numbers tell
    (``header_columns`` with ``unnamed``). Returns the merged line and the index after it, or ``(None,
    i + 1)``."""
    if i + 1 >= len(lines):
        return None, i + 1
    top, below = lines[i], lines[i + 1]
    touching = below.page == top.page and below.top - top.bottom < top.bottom - top.top
    if not touching or not (_words_only(top) and _words_only(below)):
        return None, i + 1
    merged = _merged_vertically([top, below])
    return (merged, i + 2) if merged is not None else (None, i + 1)


def _named(columns: list[Column] | None) -> int:
    return sum(column.kind != _UNNAMED for column in columns or [])


def _line_named(columns: list[Column]) -> int:
    """How many of the columns are the lines' own (not an order field's, as ``Customer`` alone reads)."""
    return sum(column.kind in _READ_KINDS for column in columns)


def _merged_vertically(stack: list[Line]) -> Line | None:
    """The lines' cells merged where they stand one under another; None when a name would take two
    cells of one line (the lines are not one header's)."""
    groups: list[list[tuple[int, Cell]]] = []
    placed = sorted(((k, c) for k, line in enumerate(stack) for c in line.cells), key=lambda kc: kc[1].x0)
    for k, cell in placed:
        group = next((g for g in groups if any(cell.h_overlap(o.x0, o.x1) > 0 for _, o in g)), None)
        if group is None:
            groups.append([(k, cell)])
        elif any(line == k for line, _ in group):
            return None
        else:
            group.append((k, cell))
    cells = []
    for pairs in groups:
        group = [cell for _, cell in sorted(pairs, key=lambda kc: kc[0])]
        text = " ".join(c.text for c in group)
        x0, x1 = min(c.x0 for c in group), max(c.x1 for c in group)
        top, bottom = group[0].top, max(c.bottom for c in group)
        cells.append(replace(group[0], text=text, x0=x0, x1=x1, top=top, bottom=bottom))
    return Line(stack[0].page, sorted(cells, key=lambda c: c.x0), stack[0].index)


def _with_subheader(lines: list[Line], i: int) -> Line:
    """A header over a second header line (``含税`` merged over ``单价 | 金额``; 数量 over Qty): the cells of
    the second line replace the cells above them, so a merged group heading splits into its columns.
    Columns headed by dates under a heading (``滚动预测`` over three months) are columns of their own.
    A second line of tax qualifiers under one heading (``单价(元)`` over ``不含税 | 含税``) names each
    column by both: ``不含税单价(元)``, ``含税单价(元)``."""
    header = lines[i]
    if i + 1 >= len(lines):
        return header
    sub = lines[i + 1]
    close = sub.page == header.page and sub.top - header.bottom < (header.bottom - header.top)
    if not close:
        return header
    if all(column_kind(cell.text) or _period(cell.text) for cell in sub.cells) and any(
        column_kind(cell.text) for cell in sub.cells
    ):
        kept = [c for c in header.cells if not any(s.h_overlap(c.x0, c.x1) > 0 for s in sub.cells)]
        return Line(header.page, sorted(kept + sub.cells, key=lambda c: c.x0), header.index)
    if not all(_TAX_QUALIFIER.fullmatch(cell.text.strip()) for cell in sub.cells):
        return header
    qualified = [(cell, _heading_over(cell, header.cells)) for cell in sub.cells]
    headings = {id(heading) for _, heading in qualified}
    kept = [c for c in header.cells if id(c) not in headings]
    named = [replace(cell, text=_qualified(cell.text.strip(), heading.text)) for cell, heading in qualified]
    return Line(header.page, sorted(kept + named, key=lambda c: c.x0), header.index)


def _heads_groups(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a header's first line over a second one: it names two columns or more, and a
    cell of it that names none stands over two cells of the next line (a merged group heading)."""
    header = lines[i]
    if i + 1 >= len(lines) or sum(column_kind(cell.text) is not None for cell in header.cells) < 2:
        return False
    below = lines[i + 1].cells
    return any(
        column_kind(cell.text) is None and sum(b.h_overlap(cell.x0, cell.x1) > 0 for b in below) >= 2
        for cell in header.cells
    )


def _period(text: str) -> bool:
    """A column headed by a date or a month (a rolling forecast's ``2027-01-01``, ``2027年1月``)."""
    return parse_date(text) is not None or bool(_MONTH.fullmatch(text.strip()))


_MONTH = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-/.]\d{1,2}|\d{1,2}月")


_TAX_QUALIFIER = re.compile(
    r"不含税|含税|未税|无税|税前|税后|(?:excl|incl)\.?(?:uding)?\s*(?:VAT|GST|tax)|net|gross", re.IGNORECASE
)


def _heading_over(cell: Cell, headings: list[Cell]) -> Cell:
    """The header cell a qualifier stands under: the one it overlaps most, else the nearest."""
    middle = (cell.x0 + cell.x1) / 2
    return max(headings, key=lambda h: (cell.h_overlap(h.x0, h.x1), -abs((h.x0 + h.x1) / 2 - middle)))


def _qualified(qualifier: str, heading: str) -> str:
    """``含税`` + ``单价(元)``: ``含税单价(元)``; ``Unit Price`` + ``incl. VAT``: ``Unit Price (incl. VAT)``
    (a qualifier in Chinese goes before the heading, in English after it)."""
    return qualifier + heading if re.match(r"[\u4e00-\u9fff]", qualifier) else f"{heading} ({qualifier})"


_NAMES_APART = re.compile(r"\s*[/／|]\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _names_spec_under_name(header: Line, sub: Line) -> bool:
    """Whether a header's second line names a second description column under the first's head (规格
    under 品名): its rows print the spec on the line under the name."""
    names = [cell for cell in header.cells if _describes(cell)]
    return any(_describes(cell) and any(cell.h_overlap(n.x0, n.x1) > 0 for n in names) for cell in sub.cells)


def _describes(cell: Cell) -> bool:
    return _names_kind(cell.text, "description")


def _names_kind(text: str, kind: str) -> bool:
    """Whether the dictionary names ``text`` a column of ``kind``."""
    return bool((found := column_kind(text)) and found[0] == kind)


def _spec_under_name(row: Row, table: Table) -> bool:
    """Whether the line under ``row`` is its spec: the header names the name and the spec (品名 over
    规格), and nothing is wrapped under the row yet (易飞 prints the spec in the name's own size)."""
    return table.small_print_described and not any(kind == "description" for kind, _ in row.wrapped)


def _names_name_and_spec(text: str) -> bool:
    """Whether one header cell names two description columns (``物料名称 / 规格型号``, ``名称 规格``,
    ``Description / Specification``; not ``Product Name``, one name in two words): its rows print the
    two on two lines, the second often in smaller print."""
    parts = [part for part in _NAMES_APART.split(text.strip()) if part]
    return len(parts) >= 2 and all(_names_kind(part, "description") for part in parts)


def _named_cells(line: Line, columns: list[Column]) -> list[tuple[Column, Cell]]:
    """Each column with the header cell it came from (the cell that lies inside it)."""
    return [
        (column, cell)
        for column in columns
        for cell in line.cells
        if column.x0 <= (cell.x0 + cell.x1) / 2 <= column.x1
    ]


_PAGE_HEAD = 6  # lines at a page's top (a running head, the page number) before its table goes on


def _continued(lines: list[Line], at: int, columns: list[Column], doc: Document) -> int | None:
    """Where the next page goes on with the table's rows, when the rows ran to the end of a page and the
    next one continues them without repeating the header (a browser's print of a web form): the first
    of its top lines that has a quantity and two numbers more under the columns, before any header."""
    if not 0 < at < len(lines) or lines[at].page != lines[at - 1].page + 1:
        return None
    placing = _Placement(columns)
    for k in range(at, min(at + _PAGE_HEAD, len(lines))):
        line = lines[k]
        if line.page != lines[at].page or header_columns(line, doc):
            return None
        numbers = sum(parse_decimal(cell.text) is not None for cell in line.cells)
        if numbers >= 3 and _order_row(line, placing):
            return k
    return None


def _read_rows(
    lines: list[Line], start: int, columns: list[Column], table: Table, page: int | None = None
) -> int:
    """Read rows from ``start`` until a total, a foreign line or the end of its page (``page``, else the
    line's before ``start``); return where it stopped."""
    page = page or lines[start - 1].page
    previous = lines[start - 1]
    placing = _Placement(columns)
    last_row_line = None  # the line of the last order line, or of its wrapped description
    lead: list[dict[str, list[Cell]]] = []  # the next order line's text cells printed above its numbers
    i = start
    while i < len(lines) and lines[i].page == page:
        line = lines[i]
        closing = _closing_label(line)
        if closing == TOTAL_FIELD:
            table.total = _total(line, columns) or table.total
            table.hints += [c.text for c in line.cells[:1] if _TOTAL_QUALIFIER.search(c.text)]
            return i + 1
        if closing and not _rows_follow(lines, i + 1, placing):
            return i  # a subtotal: the lines are over, its value is a header field
        if closing or _is_carry(line):  # a section's 小计 with rows after it; 过次页 / 承前页 running sums
            table.used_lines.add(line.index)
            previous = line
            i += 1
            continue
        if i == start and (
            all(column_kind(c.text) for c in line.cells)
            or numbers_columns(line)
            or _caption_end(line, previous)
            or _under_group_headings(line, previous)
        ):
            table.used_lines.add(line.index)  # the header's second line (数量 above, Qty below)
            i += 1
            continue
        placed = _assign(line, placing)
        if "quantity" not in placed:  # no order line: a line under one, or the table's end
            placed = _stray_ocr_text(placed, table.decimal_comma)
        text = {kind: CELL_BREAK.join(c.text for c in cells) for kind, cells in placed.items()}
        cells = [c for kind_cells in placed.values() for c in kind_cells]
        if "quantity" in text and parse_decimal(text["quantity"]) is not None:
            if any(column.code_first for column in columns) and _CODE.fullmatch(text.get("description", "")):
                text["sku"] = text.pop("description")  # the seller's code; its description follows under it
                placed["sku"] = placed.pop("description")
            table.rows.append(Row(text, cells, line.page, placed, gaps=_lost_money(text, columns)))
            _stack(table.rows[-1], lead, columns, above=True)
            lead, last_row_line = [], line
        elif (table.rows or i == start) and _quantity_lost(line, text):
            gaps = _lost_money(text, columns)
            if not _quantity_in_unit(text):
                band = next((column.x0, column.x1) for column in columns if column.kind == "quantity")
                gaps["quantity"] = band
                lost = text.pop("quantity", "").strip()
                if lost.lower() in UNIT_WORDS and "unit" not in text:
                    text["unit"] = lost  # ``件`` alone under 数量单位: the number is lost, not its unit
            table.rows.append(Row(text, cells, line.page, placed, gaps=gaps))
            _stack(table.rows[-1], lead, columns, above=True)
            lead, last_row_line = [], line
        elif found := _lead_lines(lines, i, placing, previous):
            lead = found
            table.used_lines.update(above.index for above in lines[i : i + len(found)])
            previous, i = lines[i + len(found) - 1], i + len(found)
            continue
        elif table.rows and previous is last_row_line and (per := _price_per(text)):
            table.rows[-1].values.setdefault("price_unit", per)  # SAP's ``pro 100 ST`` under the price
            last_row_line = line
        elif table.rows and (_is_remark(line) or _is_release(line) or _is_component(line)):
            pass  # a remark, a delivery release or a part supplied for it under an order line: it goes on
        elif table.rows and _labelled_across(line) and _rows_follow(lines, i + 1, placing):
            pass  # a note across the table in words no dictionary knows (Qeyd: 8-ci və 9-cu …): it goes on
        elif _heading(line, previous, columns) and _rows_follow(lines, i + 1, placing):
            pass  # a group heading among the lines (SAP Business One's text line): no wrapped text
        elif (
            previous is last_row_line is not None
            and "part_no" not in table.rows[-1].values
            and (code := labelled_code(line))
        ):
            table.rows[-1].values["part_no"], table.rows[-1].by_kind["part_no"] = code, line.cells
            last_row_line = line  # ``Part No. RE-FB-0825`` under the item's name: the line's part number
        elif (
            previous is last_row_line is not None  # not after a subtotal or section heading
            and set(text) - {_UNNAMED} <= _TEXT_KINDS
            and line.top - previous.bottom < (line.bottom - line.top)
            and (
                _labelled_note(line)
                or (
                    _smaller_print(line, last_row_line)
                    and not table.small_print_described
                    and not _first_under_code(table.rows[-1], text)
                )
            )
        ):
            last_row_line = line  # a pack or customs note under the line, not more of its description
        elif (
            previous is last_row_line is not None
            and set(text) - {_UNNAMED} <= _TEXT_KINDS
            and line.top - previous.bottom < (line.bottom - line.top)
        ):
            row = table.rows[-1]
            if _smaller_print(line, last_row_line) or _spec_under_name(row, table):  # a part (stacked)
                row.apart.update(id(cells) for kind, cells in placed.items() if kind != _UNNAMED)
            for kind, value in text.items():
                if kind == "part_no" and _described_under_code(row, value):
                    # NetSuite, Epicor: the code, its description under it (wrapped over more lines)
                    _stack(row, [{"description": placed[kind]}], columns, above=False)
                    row.wrapped.append(("description", value))
                elif kind != _UNNAMED:
                    _stack(row, [{kind: placed[kind]}], columns, above=False)
                    row.wrapped.append((kind, value))
            last_row_line = line
        elif not (
            (_is_section(line) or _under_row_on_scan(line, table, text))
            and _rows_follow(lines, i + 1, placing)
        ):
            if table.total is None or table.total.method == "table-sum-row":
                table.total = _sum_row(line, placing, table) or table.total
            return i
        table.used_lines.add(line.index)
        if beside := [c for c in line.cells if c.x1 <= placing.left_edge or c.x0 >= placing.right_edge]:
            table.beside[line.index] = beside
        previous = line
        i += 1
    return i


_MAX_LEAD = 3  # lines of a grid cell's text above its row's numbers, at most


def _lead_lines(
    lines: list[Line], at: int, placing: _Placement, previous: Line
) -> list[dict[str, list[Cell]]]:
    """The lines from ``at`` that are the upper half of the next order line's text cells, placed under
    the columns: a grid cell's text centred on its row (商品名称 ``深沟球轴承（双面橡胶密`` over the row's
    numbers, ``封）`` under them). They hold text columns only, each touches the next (the last touches
    a line with a quantity), and the first stands clear of the line above, as the row's ruling is
    between them (none: not such lines; touching the line above, a line is wrapped under that one)."""
    height = lines[at].bottom - lines[at].top
    if lines[at].top - previous.bottom < 0.75 * height:
        return []
    found: list[dict[str, list[Cell]]] = []
    for k in range(at, min(at + _MAX_LEAD, len(lines) - 1)):
        line, after = lines[k], lines[k + 1]
        placed = _assign(line, placing)
        kinds = set(placed) - {_UNNAMED}
        if after.page != line.page or not kinds or not kinds <= _TEXT_KINDS:
            return []
        if after.top - line.bottom > 0.25 * height:
            return []
        found.append(placed)
        quantity = CELL_BREAK.join(cell.text for cell in _assign(after, placing).get("quantity", []))
        if parse_decimal(quantity) is not None:
            return found
    return []


def _stack(row: Row, lines: list[dict[str, list[Cell]]], columns: list[Column], above: bool) -> None:
    """Lines of text cells above (``above``) or under an order line joined to its text, column by
    column (``ocr.cell_stacks``)."""
    for placed in lines if not above else reversed(lines):
        for kind, cells in placed.items():
            if kind == _UNNAMED:
                continue
            stack = row.stacks.setdefault(kind, [row.by_kind.get(kind, [])])
            if above:
                stack.insert(0, cells)
            else:
                stack.append(cells)
            row.by_kind[kind] = [cell for line_cells in stack for cell in line_cells]
            own = [column for column in columns if column.kind == kind]
            bounds = [(column.x0, column.x1) for column in own] or [(0.0, float("inf"))]  # under another's
            ruled = bool(own) and all(c.ruled for c in own)
            row.values[kind] = stacked_text(stack, bounds, ruled, row.apart)


_LABELLED_CODE = re.compile(r"^(?P<label>\S.*?)\s*[:：#]?\s*(?P<code>[A-Za-z0-9][\w./-]*\d[\w./-]*)$")


def _described_under_code(row: Row, wrapped: str) -> bool:
    """Whether words under an order line's code, in the code's column, are its description: the line
    has none but what was found under its code before (a description wrapped over more lines), its code
    is one word, and the first words under it are several (a code does not wrap)."""
    code = row.values.get("part_no", "").strip()
    if not code or " " in code:
        return False
    if "description" in row.values:  # only lines under the code so far, none on the line's own row
        return "description" in row.stacks and not row.stacks["description"][0]
    return len(wrapped.split()) >= 2


def _first_under_code(row: Row, text: dict[str, str]) -> bool:
    """Words under an order line that holds only its code, in the code's column: its description, in
    whatever print (NetSuite sets it smaller than the code)."""
    only_code = set(text) - {_UNNAMED} == {"part_no"} and "description" not in row.values
    return only_code and _described_under_code(row, text["part_no"])


_PRICE_PER = re.compile(r"(?:pro|per|je|für|/)\s*(?P<per>\d+(?:[.,]\d+)?\s*[^\W\d_]{0,6}\.?)", re.IGNORECASE)


def _price_per(text: dict[str, str]) -> str | None:
    """How many units the price above is for, printed under it on the item's next line (SAP: ``pro 100
    ST``, ``per 1.000 PCS``), when that line's other cells are text (a Liefertermin note beside it)."""
    found = _PRICE_PER.fullmatch(text.get("unit_price", "").strip())
    numbers = [kind for kind in ("quantity", "amount") if kind in text]
    return found["per"] if found and not numbers else None


def labelled_code(line: Line) -> str | None:
    """The code of a line that is a part-number label and a code alone (``Part No. RE-FB-0825``,
    ``料号：A-100``), as order lines print the buyer's part number under the item's name."""
    if len(line.cells) > 2:
        return None
    match = _LABELLED_CODE.match(" ".join(cell.text.strip() for cell in line.cells))  # OCR: label | code
    if match and _SELLER_CODE.fullmatch(match["label"].strip()):
        return match["code"]  # the only code a line prints may be ours (Coupa's Supplier Part Num)
    kind = column_kind(match["label"]) if match else None
    return match["code"] if match and kind and kind[0] == "part_no" else None


# The seller's part number as a line's label, under an item that prints no other code; as a column beside
# the buyer's (``WCP Part No. | … | Supplier Part No.``) it is no part number of the order's.
_SELLER_CODE = re.compile(r"(?:Supplier|Vendor|Mfr\.?|Manufacturer)\s+Part\s*(?:Num|Number|No\.?|#|ID)", re.I)


# A line under an item that opens with a short label before a code (``Ihre Art.-Nr.: QH-SH-3041
# Zeichnung Z-2045``, ``Your ref: 4711``; OCR may drop the colon after an abbreviation): a note on the
# line, not more of its description. On a scan it is told by this, as its smaller print is not (OCR's
# heights follow the ink).
_LABELLED_NOTE = re.compile(  # a label of three words at most, a colon, a value with a digit in it
    r"^(?:[^\W\d][\w.-]*\s){0,2}(?:[^\W\d][\w.-]*[:：]|[\w.-]*(?:Nr|No|Ref)\.)\s*(?=.*\d)\S"
    r"|^(?:[^\W\d][\w.-]*\s){0,3}(?:notes?|remarks?|comments?|instructions?|commodity|category)\b[^:：]{0,20}"
    r"[:：]\s*\S",
    re.IGNORECASE,
)


def _labelled_note(line: Line) -> bool:
    """``Manufacturer Part ID: 6205-2RSH/C3`` under an order line, or a line that is one header field
    with its label and a colon (Ariba's ``Ship To: Saxon Fluid Systems GmbH, Werk 2`` per item), or one
    date field with its date (``Requested Delivery Date 15 Jan 2027``, a template's label rewritten)."""
    text = line.text.strip()
    if _LABELLED_NOTE.match(text):
        return True
    before, pairs = split_pairs(text)
    if before or len(pairs) != 1:
        return False
    pair = pairs[0]
    colon = text[len(pair.label) :].lstrip().startswith((":", "："))
    return colon or (pair.field in _DATE_FIELDS and parse_date(pair.value) is not None)


def _is_carry(line: Line) -> bool:
    """A running sum carried to or from another page (过次页, Übertrag, Átvitel: also as OCR reads it
    without the language's marks, ``Atvitel``)."""
    first = bare_letters(line.cells[0].text.strip())
    return any(first.startswith(label) for label in _BARE_CARRY_LABELS)


_BARE_CARRY_LABELS = tuple(bare_letters(label) for label in CARRY_LABELS)


def _heading(line: Line, previous: Line, columns: list[Column]) -> bool:
    """A group heading (``_is_section``) set apart from the line above."""
    return _is_section(line) and _set_apart(line, previous, columns)


def _set_apart(line: Line, previous: Line, columns: list[Column]) -> bool:
    """Whether a heading-like line is set apart from the line above as rows are, not wrapped under it: it
    starts left of the description column (a heading across the table at its left edge), or stands three
    quarters of a line height or more below the line above (a wrapped line follows at line spacing; text
    layers only)."""
    cell = line.cells[0]
    height = cell.bottom - cell.top
    described = [column for column in columns if column.kind == "description"]
    if described and described[0].x0 != -_INF and cell.x0 < described[0].x0 - height:
        return True
    if any(c.confidence is not None for c in line.cells):
        return False  # OCR'd boxes hug the glyphs: every line looks further apart than it was printed
    return line.page == previous.page and line.top - previous.bottom >= _HEADING_GAP * height


_HEADING_GAP = 0.75  # line heights of blank above a group heading, at least


def _under_row_on_scan(line: Line, table: Table, placed: dict[str, str]) -> bool:
    """An OCR'd line under an order line that OCR garbled past knowing (a subcontract's ``└ 用料：`` row
    read as ``FBR: 3101042 …``), with no price or amount of its own: with order lines going on right
    after it, no end of the table. (A line with a price or an amount may be an order line that lost its
    article or quantity: the table ends there, as before, and the total's check tells.)"""
    return (
        bool(table.rows)
        and all(cell.confidence is not None for cell in line.cells)
        and all(parse_decimal(placed.get(kind, "")) is None for kind in ("amount", "unit_price"))
        and not _closing_label(line)
    )


def _is_section(line: Line) -> bool:
    """A heading between groups of order lines (``一、五金配件``, SAP Business One's text line ``Repuestos
    correas transportadoras``): one short cell (a phrase of eight words at most) and no number."""
    text = line.cells[0].text
    short = len(text) <= 30 or (len(text) <= 60 and len(text.split()) <= 8)
    return len(line.cells) == 1 and short and parse_decimal(text) is None


# A remark printed across the table under an order line (Digiwin's ``備註：依圖面…加工``): no order line
# and no more of its description; the order lines go on after it. OCR may drop the colon and cut the
# label off into a cell of its own (``備註`` | ``依圖面…``).
_REMARK = re.compile(
    r"^\s*(?:[备備]\s*[注註]|[说說]\s*明|remarks?|notes?|obs\.?|observaci[oó]n(?:es)?|observa[cç][aã]o|nota|"
    r"anmerkung|bemerkung|hinweis|opmerking|uwaga|remarque)\s*(?:[:：]\s*\S|$)",
    re.IGNORECASE,
)  # a remark under an order line: Chinese, English and the European languages' (Obs.: of a Mexican order)


# Epicor's, Infor's release rows under a line: ``Rel 1  Due: 01/22/2027  Qty: 400.00``
_RELEASE = re.compile(r"^\s*rel(?:ease)?\.?\s*\d{1,3}\b.*\bdue\b", re.IGNORECASE)


def _is_release(line: Line) -> bool:
    """A delivery release of the order line above (its part of the quantity and its own date): no text of
    the line, and no line of its own."""
    return bool(_RELEASE.match(" ".join(cell.text for cell in line.cells)))


# A child row of the order line above: a tree branch before it (``└ 用料：3101042 | 42CrMo圆钢 | …``, a
# subcontract order's material the buyer supplies), or a component's or material's label opening it.
# (OCR reads the branch as 上 or L, or drops it with the colon: ``上 | 用料 3101052``.)
_COMPONENT = re.compile(
    r"^\s*(?:[└├┗┣╰↳]|(?:用料|材料|子件|备料|发料|components?|materials?)\s*[:：]|用料\s*\d)", re.IGNORECASE
)
_OCR_BRANCH = {"上", "L", "|", "ㄴ", "┗"}


def _is_component(line: Line) -> bool:
    """A part or material listed under an order line (its bill of materials, or what the buyer supplies
    for a subcontract): no order line of its own, however many numbers it holds."""
    first = line.cells[0].text.strip()
    if first in _OCR_BRANCH and len(line.cells) > 1:
        first = line.cells[1].text
    elif first[:1] in _OCR_BRANCH and first[1:2] == " " and any(c.confidence is not None for c in line.cells):
        return True  # ``上 FAR | 3102080``: OCR's branch before a garbled 用料
    return bool(_COMPONENT.match(first))


def _is_remark(line: Line) -> bool:
    first = line.cells[0].text
    if not _REMARK.match(first) or any(parse_decimal(cell.text) is not None for cell in line.cells):
        return False
    return len(line.cells) > 1 or bool(re.search(r"[:：]\s*\S", first))


# One word and a colon opening a note (Azerbaijani ``Qeyd:``, Maltese ``Nota:``, Nepali ``द्रष्टव्य:``)
_LABEL_OPENING = re.compile(r"^\s*(?P<word>[^\s:：]{2,15})\s*[:：]\s*\S")


def _labelled_across(line: Line) -> bool:
    """A note row across the table: one cell, a word (letters and their marks: Devanagari's vowel signs)
    and a colon, then a sentence (five words or more), no number alone. With order lines right after it,
    the table goes on (the caller checks that)."""
    if len(line.cells) != 1:
        return False
    text = line.cells[0].text
    opening = _LABEL_OPENING.match(text)
    if not opening or not all(unicodedata.category(ch)[0] in "LM" for ch in opening["word"]):
        return False
    return len(text.split()) >= 5 and parse_decimal(text) is None


_SECTION_LINES = 2  # a section's heading and a note under it (Odoo's section and note rows)


def _rows_follow(lines: list[Line], at: int, placing: _Placement) -> bool:
    """Whether order lines go on at ``at`` (after a section heading and a note under it at most), on the
    same page."""
    for k in range(at, at + _SECTION_LINES + 1):
        if k >= len(lines) or lines[k].page != lines[at - 1].page:
            return False
        if _order_row(lines[k], placing):
            return True
        if not _is_section(lines[k]):
            return False
    return False


def _order_row(line: Line, placing: _Placement) -> bool:
    """A number under the quantity column and no closing label: an order line."""
    quantity = " ".join(cell.text for cell in _assign(line, placing).get("quantity", []))
    return parse_decimal(quantity) is not None and _closing_label(line) is None


def _just_under(line: Line, header: Line) -> bool:
    """``line`` touches ``header``: less than its own height below it."""
    return line.top - header.bottom <= line.bottom - line.top


def _caption_end(line: Line, header: Line) -> bool:
    """The rest of the header's two-line captions (``Unit of`` over ``Measure``, ``Direct Unit Cost``
    over ``Excl. VAT``): a line touching the header, of words only, each under a header cell."""
    if not _just_under(line, header) or any(_DIGIT.search(c.text) for c in line.cells):
        return False
    return all(any(c.h_overlap(h.x0, h.x1) > 0 for h in header.cells) for c in line.cells)


_DIGIT = re.compile(r"\d")


def _under_group_headings(line: Line, header: Line) -> bool:
    """The second line of a two-line head that names the columns under a heading merged over them
    (交货计划 over its batch dates ``2026-12-18 | 2027-01-08``, 尺寸 over ``长 | 宽``): a line touching the
    header whose cells all stand under header cells, two or more under each."""
    if not _just_under(line, header):
        return False
    under: dict[int, int] = {}
    for c in line.cells:
        overlaps = [(c.h_overlap(h.x0, h.x1), k) for k, h in enumerate(header.cells)]
        overlap, heading = max(overlaps, default=(0.0, -1))
        if overlap < 0.8 * (c.x1 - c.x0):
            return False
        under[heading] = under.get(heading, 0) + 1
    return min(under.values(), default=0) >= 2


_VALUE_KINDS = {"quantity": "number", "unit_price": "number", "amount": "number", "delivery_date": "date"}


def _stray_ocr_text(placed: dict[str, list[Cell]], decimal_comma: bool) -> dict[str, list[Cell]]:
    """The line's cells by column, with OCR's garbled words that fell under a number's or a date's column
    and are neither (``RA``, a misread Chinese word of the description nearer that column's head) set
    aside as unnamed: a description's second line is no row, and no end of the table either."""
    stray = [
        cell
        for kind, cells in placed.items()
        if kind in _VALUE_KINDS
        for cell in cells
        if cell.confidence is not None and not _reads_as(_VALUE_KINDS[kind], cell.text, decimal_comma)
    ]
    if not stray:
        return placed
    kept = {kind: [c for c in cells if c not in stray] for kind, cells in placed.items()}
    kept = {kind: cells for kind, cells in kept.items() if cells}
    kept.setdefault(_UNNAMED, []).extend(stray)
    return kept


def _reads_as(kind: str, text: str, decimal_comma: bool) -> bool:
    """A number (with its unit, ``120 件``), or a date, or digits at all (a misread number stays one)."""
    if any(ch.isdigit() for ch in text) or not text.strip("-—– "):
        return True  # (a dash for none)
    return parse_date(text) is not None if kind == "date" else parse_decimal(text, decimal_comma) is not None


def _lost_money(text: dict[str, str], columns: Sequence[Column]) -> dict[str, tuple[float, float]]:
    """The price or amount columns a row with its quantity shows nothing under: on a scan, numbers the
    page reading may have lost (``Row.gaps``; taken back only where the row then adds up)."""
    return {
        column.kind: (column.x0, column.x1)
        for column in columns
        if column.kind in ("unit_price", "amount") and not text.get(column.kind, "").strip()
    }


def _quantity_lost(line: Line, text: dict[str, str]) -> bool:
    """An OCR'd line inside the table with an article, a price and an amount but no quantity, or none
    that reads as a number: tesseract dropped a short number (a lone ``5``), joined it to the unit
    (``40 pcs``) or garbled it. It stays an order line, its quantity to be read again alone. So does
    one that lost its price too, where nothing stands under the price and the line shows a code for
    its part number and a unit word (Acumatica's ``12 | FLT-RET-10 | Return filter ... | EA | | |
    0.00 | 1,740.00``): the lines after it are the order's still."""
    scanned = any(cell.confidence is not None for cell in line.cells)
    if not scanned or not set(text) & _TEXT_KINDS:
        return False
    price, amount = (parse_decimal(text.get(kind, "")) for kind in ("unit_price", "amount"))
    code, unit = text.get("part_no", "").strip(), text.get("unit", "").strip().lower()
    price_lost = not text.get("unit_price", "").strip() and bool(_CODE.fullmatch(code)) and unit in UNIT_WORDS
    return amount is not None and (price is not None or price_lost)


def _quantity_in_unit(text: dict[str, str]) -> bool:
    """The quantity read into the unit's column as one word with the unit (``40 pcs``): split it back."""
    both = split_number(text.get("unit", ""))
    if not both or not both[1] or "quantity" in text:
        return False
    printed = fold(text["unit"]).replace("\u00a0", " ")  # as split_number read it: 40㎏ is 40kg
    text["quantity"], text["unit"] = printed[: -len(both[1])].strip(), both[1]
    return True


def _sum_row(line: Line, placing: _Placement, table: Table) -> Candidate | None:
    """The line ending the rows when its amount is the rows' sum: a total under a label the dictionary
    does not know (``Összesen``, ``Yhteensä``)."""
    amounts = [number(row, "amount", table.decimal_comma) for row in table.rows]
    if not amounts or None in amounts:
        return None
    for cell in _assign(line, placing).get("amount", []):
        if parse_decimal(cell.text, table.decimal_comma) == sum(amounts):  # type: ignore[arg-type]
            return Candidate("total", cell.text, cell, "table-sum-row")
    return None


def _total(line: Line, columns: list[Column]) -> Candidate | None:
    """The total on the totals line: in the amount column, else the right-most number."""
    placed = _assign(line, columns)
    for cell in placed.get("amount", []) + sorted(line.cells, key=lambda c: -c.x1):
        if parse_decimal(cell.text) is not None:
            return Candidate("total", cell.text, cell, "table-total")
        pairs = split_pairs(cell.text)[1]
        if pairs and pairs[-1].field == TOTAL_FIELD and parse_decimal(pairs[-1].value) is not None:
            return Candidate("total", pairs[-1].value, cell, "table-total")  # "Total: 900.00" in one cell
    return None
