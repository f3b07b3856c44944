"""Order fields printed as columns of the line table, as an ERP's flat export prints them.

A list export (采购订单号 | 订单日期 | 供应商 | 收货地址 | ... | 物料编码 | 采购数量 | 含税单价) has no header
block: every line repeats the order's number, date, parties and terms. Such a header cell is an order
label the header dictionary knows and no column label matches. Its column joins the table under an
``order:`` kind (it counts as a named column, so the header is recognised), the assembler ignores it
for the lines, and when every line holds one and the same value, that value is the order's field.
"""

from __future__ import annotations

from ocr.candidates import Candidate
from ocr.labels import split_pairs

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


def order_column_kind(text: str) -> str | None:
    """``order:<field>`` when a header cell is an order field's label alone (``采购订单号``, ``Currency``)."""
    prefix, pairs = split_pairs(text)
    if prefix or len(pairs) != 1 or pairs[0].value or pairs[0].field not in ORDER_FIELDS:
        return None
    return PREFIX + pairs[0].field


def order_candidates(rows: list) -> list[Candidate]:
    """One candidate per order column whose lines all hold the same value (``line_table.Row`` objects);
    columns whose values differ from line to line are not the order's (two orders in one export)."""
    found = []
    kinds = {kind for row in rows for kind in row.values if kind.startswith(PREFIX)}
    for kind in sorted(kinds):
        values = {" ".join(row.values.get(kind, "").split()) for row in rows}
        if len(values) != 1 or not (value := values.pop()):
            continue
        cell = next(row.by_kind[kind][0] for row in rows if row.by_kind.get(kind))
        found.append(Candidate(kind.removeprefix(PREFIX), value, cell, "table-column"))
    return found
