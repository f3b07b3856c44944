"""Order fields printed as columns of the line table, as an ERP's flat export prints them.

A list export (采购订单号 | 订单日期 | 供应商 | 收货地址 | ... | 物料编码 | 采购数量 | 含税单价) has no header
block: every line repeats the order's number, date, parties and terms. Such a header cell is an order
label the header dictionary knows and no column label matches. Its column joins the table under an
``order:`` kind (it counts as a named column, so the header is recognised), the assembler ignores it
for the lines, and when every line holds one and the same value (or the first line holds it and the
others none: 金蝶/用友 import-template exports), that value is the order's field.
"""

from __future__ import annotations

import re

from ocr.candidates import Candidate
from ocr.labels import keyed_caption, split_pairs

_GROUP = re.compile(r"^\s*[(（][^)）]*[)）]")  # an export's group before a caption: (单据头), (明细信息)

PREFIX = "order:"
ORDER_FIELDS = frozenset(
    {
        "po_number",
        "order_date",
        "requested_delivery_date",
        "buyer_name",
        "supplier_name",
        "ship_to_address",
        "currency",
        "payment_terms",
    }
)
# A column headed by the document's name holds its number (SAP's ``Purchase Order`` / ``Purchasing Document``
# column of ME2N or a Fiori list); as a line of its own, the same words are a title, no label.
NUMBER_COLUMNS = frozenset({"purchase order", "purchasing document", "po", "采购订单", "采购单"})
# A column filled on an export's first line only may also be the order's total (``(财务信息)价税合计``); a
# ``Total`` column on every line is the lines' amount.
FIRST_LINE_FIELDS = ORDER_FIELDS | {"total"}


def order_column_kind(text: str, fields: frozenset[str] = ORDER_FIELDS) -> str | None:
    """``order:<field>`` when a header cell is an order field's label alone (``采购订单号``, ``Currency``,
    an export's ``(单据头)单据编号`` or ``(单据头)供应商#名称``)."""
    bare = _GROUP.sub("", text).strip()
    if "po_number" in fields and " ".join(bare.lower().split()) in NUMBER_COLUMNS:
        return PREFIX + "po_number"
    keyed = keyed_caption(bare)
    if keyed:
        if not keyed[1]:
            return None  # the linked field's code (供应商#编码): the name beside it is the field
        bare = keyed[0]
    prefix, pairs = split_pairs(bare)
    if prefix or len(pairs) != 1 or pairs[0].value or pairs[0].field not in fields:
        return None
    return PREFIX + pairs[0].field


def first_row_only(kinds: list[str | None], columns: list[list[str]], names: list[str]) -> list[str | None]:
    """Columns an export fills on its first line only (the order's 价税合计, 税额 beside the lines' own):
    order fields, not line columns, whatever their name says. ``columns[i]`` are column i's rows."""
    kinds = list(kinds)
    for i, texts in enumerate(columns):
        if len(texts) >= _FILLED_ROWS and texts[0].strip() and not any(t.strip() for t in texts[1:]):
            kinds[i] = order_column_kind(names[i], FIRST_LINE_FIELDS) or "other"
    return kinds


_FILLED_ROWS = 3  # lines an export must have to tell a first-line-only column


def order_candidates(rows: list) -> list[Candidate]:
    """One candidate per order column whose lines all hold the same value (``line_table.Row`` objects);
    columns whose values differ from line to line are not the order's (two orders in one export)."""
    found = []
    kinds = {kind for row in rows for kind in row.values if kind.startswith(PREFIX)}
    for kind in sorted(kinds):
        values = {" ".join(row.values.get(kind, "").split()) for row in rows}
        if len(values) == 2 and "" in values and " ".join(rows[0].values.get(kind, "").split()):
            values.discard("")  # an import-template export fills the order's fields on its first line only
        if len(values) != 1 or not (value := values.pop()):
            continue
        cell = next(row.by_kind[kind][0] for row in rows if row.by_kind.get(kind))
        found.append(Candidate(kind.removeprefix(PREFIX), _without_key(value), cell, "table-column"))
    return found


# An export's ``Name (ID)`` cell: the system's key for the name after it, in brackets (``Suzhou Qihang
# Precision Technology Co., Ltd. (17300045)``, ``Within 60 days due net (Z060)``)
_TRAILING_KEY = re.compile(r"\s+\(([A-Z0-9][A-Z0-9_-]{1,11})\)$")


def _without_key(value: str) -> str:
    """An order column's value without the system key bracketed after its name (a key with lower-case
    letters is a word, ``(pcs)``, and stays)."""
    return _TRAILING_KEY.sub("", value)
