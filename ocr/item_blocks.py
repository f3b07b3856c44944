"""Order lines printed as blocks of ``label | value`` rows, one block an item, instead of a table.

An approval app's print of a purchase request (企业微信, 钉钉 or 飞书 审批) has no item table: each
detail (明细1, 明细2 ...) is a block of rows down the page, a column's name on the left and the item's
value on the right (物料编码 | HL-0301-0125, 数量 | 400, 单价（元） | 8.60), and a block may break at a
page end. The labels are the line table's column names, so the dictionary that names a table's columns
names these rows too.

A block starts at a line holding only its mark (``明细3``, ``Item 3``) or, without marks, at a row
naming the part number or description, and again at the next row naming the role the block began with.
Each row adds its value under its label's role; two description rows (物料名称, 规格型号) are joined, a
role already filled otherwise ends the block (a total's 数量 under it). A remark row (备注) is no part of
the item. A line that is no such row ends the blocks, except between the last lines of a page and the
first of the next (page numbers, running heads). Blocks are only taken as the order's lines when at
least ``MIN_ITEMS`` of them each have a quantity and a part number or description: a few ``label |
value`` rows of the order's head (单位 | 件) make no item.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from ocr.cell_stacks import CELL_BREAK
from ocr.labels import column_kind, ocr_column_kind
from ocr.layout import Cell, Document, Line
from ocr.line_table import Row, Table
from ocr.normalise import parse_decimal
from ocr.number_reread import cut_out
from ocr.tesseract_engine import read_number

MIN_ITEMS = 2
ROLES = {"line_no", "part_no", "description", "quantity", "unit", "unit_price", "amount", "delivery_date"}
STARTS = {"part_no", "description"}  # without marks, a block starts at a row naming one of these
PAGE_EDGE = 2  # lines at a page's top or bottom that may stand between two rows of a block
NUMBERS = {"quantity", "unit_price", "amount"}  # re-read with digits only where OCR read no value
NUMBER_WIDTH = 8  # text heights: the width of a number's box right of ``value_x``
UNIT_WIDTH = 1.2  # ... and of a unit's (套, 个: one glyph; wider, the scan's speckle comes in)
SURE = 0.6  # the digits-only reading's confidence, at least
_MARK = re.compile(
    r"^(?:明细|明細|物料明细|采购明细|商品|Item|Line|Position|Pos\.?)\s*[#:：]?\s*(\d{1,3})$", re.IGNORECASE
)


@dataclass
class _Block:
    mark: str | None
    first: str | None = None  # without a mark: the role of its first row, whose next row starts another
    values: dict[str, list[str]] = field(default_factory=dict)
    by_kind: dict[str, list[Cell]] = field(default_factory=dict)
    page: int = 0
    blanks: dict[str, Cell] = field(default_factory=dict)  # role -> label of an OCR'd row read without value
    reread: list[str] = field(default_factory=list)  # roles whose value a re-read of the row found
    order: list[str | None] = field(default_factory=list)  # its rows' roles, None for a label OCR garbled
    # rows whose label OCR garbled: (place in ``order``, label cell, value cells)
    garbled: list[tuple[int, Cell, list[Cell]]] = field(default_factory=list)

    def add(self, kind: str, label: Cell, value: list[Cell]) -> None:
        self.first = self.first or kind
        self.order.append(kind)
        self.values.setdefault(kind, []).append(" ".join(cell.text for cell in value))
        self.by_kind.setdefault(kind, []).extend(value)
        self.page = self.page or label.page

    def row(self, value_x: float) -> Row | None:
        """The block as an order line, when it has a quantity and says what the item is. A unit row OCR
        read no value in gets an empty cell where the values stand (from ``value_x``), for the unit's
        own re-read (``ocr.unit_reread``)."""
        values = {kind: CELL_BREAK.join(texts) for kind, texts in self.values.items()}
        if self.mark and "line_no" not in values:
            values["line_no"] = self.mark
        if parse_decimal(values.get("quantity", "")) is None or not STARTS & set(values):
            return None
        by_kind = dict(self.by_kind)
        if "unit" not in by_kind and (label := self.blanks.get("unit")) is not None:
            by_kind["unit"] = [_value_box(label, value_x, UNIT_WIDTH)]
        cells = [cell for cells in by_kind.values() for cell in cells]
        return Row(values, cells, self.page, by_kind, reread=list(self.reread))

    def read_blanks(self, doc: Document, value_x: float) -> None:
        """Numbers OCR lost beside their label (a short ``40`` by a 数量 row), read alone with digits only
        where the block's values stand; taken only when they read surely as a number."""
        for kind, label in self.blanks.items():
            scan = doc.scans.get(label.page)
            if kind not in NUMBERS or kind in self.values or scan is None:
                continue
            box = _value_box(label, value_x, NUMBER_WIDTH)
            crop = cut_out(scan, box.x0, box.top, box.x1, box.bottom)
            read = read_number(crop) if crop.size else None
            if read and read[1] >= SURE and parse_decimal(read[0]) is not None:
                self.add(
                    kind, label, [Cell(read[0], box.page, box.x0, box.top, box.x1, box.bottom, None, read[1])]
                )
                self.reread.append(kind)


def item_block_table(doc: Document) -> Table:
    """The document's items read from ``label | value`` blocks (an empty table when it has none)."""
    table = Table(decimal_comma=bool(doc.decimal_comma), small_print_described=doc.small_print_described)
    blocks: list[_Block] = []
    used: set[int] = set()
    current: _Block | None = None
    lines = doc.lines
    for i, line in enumerate(lines):
        mark = _mark(line)
        if mark is not None:
            current = _Block(mark)
            blocks.append(current)
            used.add(line.index)
            continue
        pair = _label_row(line)
        if pair is None and current is not None and (blank := _blank_row(line)):
            used.add(line.index)  # a row whose value is blank, or was lost by OCR: the block goes on
            current.order.append(blank[0])
            if blank[1].confidence is not None:
                current.blanks.setdefault(*blank)
            continue
        if pair is None and current is not None and current.mark and _garbled_row(line):
            used.add(line.index)  # an OCR'd row whose label is no name (数量 read as tut): named below
            current.garbled.append((len(current.order), line.cells[0], _value(line.cells[1:])))
            current.order.append(None)
            continue
        if pair is None:
            if current is not None and not _between_pages(lines, i):
                current = None
            continue
        kind, hint, label, value = pair
        if kind == "other":
            if current is not None:
                used.add(line.index)  # a remark row (备注) of the item: no part of it
            continue
        if current is not None and kind in current.values and kind != "description":
            current = None  # a role filled twice: the block is over
        if current is None or (current.mark is None and kind == current.first):
            if kind not in STARTS:
                continue  # a column's name beside a value outside any block: a head field (单位 | 件)
            current = _Block(None)
            blocks.append(current)
        current.add(kind, label, value)
        used.add(line.index)
        if hint:
            table.hints.append(hint)
    value_x = (
        median(c.x0 for block in blocks for cells in block.by_kind.values() for c in cells) if blocks else 0
    )
    _name_garbled_rows(blocks)
    for block in blocks:
        block.read_blanks(doc, value_x)
    rows = [row for block in blocks if (row := block.row(value_x)) is not None]
    if len(rows) < MIN_ITEMS:
        return Table(decimal_comma=table.decimal_comma, small_print_described=table.small_print_described)
    table.rows, table.used_lines = rows, used
    return table


def _name_garbled_rows(blocks: list[_Block]) -> None:
    """Rows whose label OCR garbled, named by their place: when the blocks' rows mostly come in one
    order of roles and a block's named rows stand in that order, a garbled row is the role at its place
    (a block's fifth row is its 数量 when the others' fifth rows are), if the block has no such row."""
    orders = Counter(tuple(block.order) for block in blocks if not block.garbled)
    if not orders:
        return
    usual = orders.most_common(1)[0][0]
    for block in blocks:
        fits = len(block.order) == len(usual) and all(
            role is None or role == usual[k] for k, role in enumerate(block.order)
        )
        for place, label, value in block.garbled if fits else []:
            role = usual[place]
            if role is not None and role not in block.values:
                block.add(role, label, value)
                block.order.pop()  # add() noted the role again: the row is in order already


def _value_box(label: Cell, value_x: float, widths: float) -> Cell:
    """An empty cell where a label's value stands: from ``value_x``, ``widths`` text heights wide."""
    height = label.bottom - label.top
    return Cell("", label.page, value_x, label.top, value_x + widths * height, label.bottom, None, 0.0)


def _mark(line: Line) -> str | None:
    if len(line.cells) != 1:
        return None
    found = _MARK.match(line.cells[0].text.strip())
    return found.group(1) if found else None


def _label_row(line: Line) -> tuple[str, str | None, Cell, list[Cell]] | None:
    """(role, hint, label cell, value cells) of a ``label | value`` row whose label names a column."""
    if len(line.cells) < 2:
        return None
    named = _role(line.cells[0])
    value = _value(line.cells[1:])
    return (*named, line.cells[0], value) if named and value else None


_HINT = re.compile(r"^[(（][^()（）]{1,4}[)）]$")  # 金额 | (元) | 2,808.00: the label's bracket OCR parted


def _value(cells: list[Cell]) -> list[Cell]:
    return cells[1:] if len(cells) > 1 and _HINT.match(cells[0].text.strip()) else cells


def _garbled_row(line: Line) -> bool:
    """An OCR'd row of a label no dictionary knows and a value: two cells, the first a short word."""
    return (
        len(line.cells) == 2
        and line.cells[0].confidence is not None
        and len(line.cells[0].text.strip()) <= 6
        and _role(line.cells[0]) is None
    )


def _blank_row(line: Line) -> tuple[str, Cell] | None:
    """(role, label cell) of a row holding a column's name and nothing beside it."""
    named = _role(line.cells[0]) if len(line.cells) == 1 else None
    return (named[0], line.cells[0]) if named else None


def _role(label: Cell) -> tuple[str, str | None] | None:
    named = (column_kind if label.confidence is None else ocr_column_kind)(label.text.strip().rstrip(":："))
    return named if named and (named[0] in ROLES or named[0] == "other") else None


def _between_pages(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]`` stands among the last ``PAGE_EDGE`` lines of a page that another page follows,
    or among the first ``PAGE_EDGE`` lines of a page after the first."""
    page = lines[i].page
    ahead = lines[i + 1 : i + 1 + PAGE_EDGE]
    if any(line.page != page for line in ahead):
        return True
    behind = lines[max(0, i - PAGE_EDGE) : i]
    return page > lines[0].page and any(line.page != page for line in behind)
