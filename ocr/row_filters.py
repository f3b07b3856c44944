"""Rows a line table read that are no order lines of their own: a later block that only lists items
already ordered (a delivery schedule sheet), schedule rows splitting the line above over dates, rows
ordering nothing or cancelled; and the delivery dates of a pivot's batch columns. ``ocr.line_table``
reads the rows, these filters run over them once the table is read."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from ocr.normalise import parse_date, parse_decimal

if TYPE_CHECKING:
    from ocr.layout import Line
    from ocr.line_table import Row


def without_unordered_rows(rows: list[Row], decimal_comma: bool = False) -> list[Row]:
    """The rows without those ordering nothing: a quantity of 0 and no amount but 0 (an order-and-forecast
    sheet's parts not called off this month, ``-`` in the firm column), and lines whose status column says
    they were cancelled (an SRM's second version prints its line 70 in full with 行状态 删除). A 0 beside
    an amount is kept: a misread, which the arithmetic then shows."""
    kept = []
    for row in rows:
        quantity, amount = number(row, "quantity", decimal_comma), number(row, "amount", decimal_comma)
        if quantity == 0 and not amount:
            continue
        if _CANCELLED.fullmatch(row.values.get("line_status", "").strip()):
            continue
        kept.append(row)
    return kept if kept else rows


_CANCELLED = re.compile(
    r"已?删除|已?取消|已?作废|退款成功|已退款|Cancell?ed|Deleted|Void(?:ed)?|Anulad[oa]|Cancelad[oa]|Annulée?"
    r"|Storniert|Annullat[oa]"
    r"|.除|删.",  # OCR: 删除 read as 开除 or 删陈 (no other line status holds 删 or 除)
    re.IGNORECASE,
)


def batch_dates(header: Line, rows: list[Row], decimal_comma: bool) -> list[dt.date]:
    """The dates heading columns whose numbers add up to each row's quantity: deliveries of the line in
    batches (a pivot of 交货日期 by 物料编码 with 总计 as the quantity). Forecast months beside a firm
    quantity do not add up to it, and give none."""
    dated = [(cell, day) for cell in header.cells if (day := parse_date(cell.text)) is not None]
    if len(dated) < 2 or not rows:
        return []
    used: set[dt.date] = set()
    for row in rows:
        quantity = number(row, "quantity", decimal_comma)
        batches = [
            (day, batch)
            for cell, day in dated
            for below in row.cells
            if below.h_overlap(cell.x0, cell.x1) > 0 and (batch := parse_decimal(below.text, decimal_comma))
        ]
        if quantity is None or not batches or sum(batch for _, batch in batches) != quantity:
            return []
        used.update(day for day, _ in batches)
    return sorted(used)


def without_repeated_blocks(rows: list[Row], starts: list[int], decimal_comma: bool = False) -> list[Row]:
    """The rows without a later header's block that only lists items already ordered above it, with no
    price or amount of its own: a delivery schedule or packing list of the same order (a workbook's
    ``Delivery Schedule`` sheet: shipment, ETD, part, quantity), no order lines of their own."""
    bounds = [*starts, len(rows)]
    kept: list[Row] = []
    for start, end in itertools.pairwise(bounds):
        block = rows[start:end]
        ordered = {row.values.get("part_no") for row in kept} - {None, ""}
        repeated = block and all(
            row.values.get("part_no") in ordered and not _priced(row, decimal_comma) for row in block
        )
        if not repeated:
            kept.extend(block)
    return kept


def without_schedule_rows(rows: list[Row], decimal_comma: bool = False) -> list[Row]:
    """The rows without those that split the order line above them over delivery dates (SAP's 计划行
    schedule lines, ``Delivery schedule`` rows): rows with a quantity but no price and no amount, right
    under a priced line, whose quantities add up to that line's. They are no order lines of their own."""
    kept: list[Row] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        kept.append(row)
        i += 1
        printed = number(row, "quantity", decimal_comma)
        quantity = printed if printed is not None else _quantity_priced(row, decimal_comma)
        if quantity is None or not _priced(row, decimal_comma):
            continue  # only a priced line is split over dates (its price or its amount: OCR may lose one)
        end, split = i, Decimal(0)
        while end < len(rows) and split < quantity and not _priced(rows[end], decimal_comma):
            split += number(rows[end], "quantity", decimal_comma) or Decimal(0)
            end += 1
        if end > i and split == quantity:
            i = end  # the rows from i up to end split the line's quantity: skipped
            if printed is None:  # OCR lost it: the schedule gives it back
                row.values["quantity"] = str(split).replace(".", ",") if decimal_comma else str(split)
                row.gaps.pop("quantity", None)
                row.reread.append("quantity")
    return kept


def _quantity_priced(row: Row, decimal_comma: bool) -> Decimal | None:
    """The quantity a line without one (OCR lost it) must have: its amount over its unit price, when that
    is exact to three decimals (Oracle's ``90`` lost over ``Shipment 1 | 40``, ``Shipment 2 | 50``)."""
    price, amount = number(row, "unit_price", decimal_comma), number(row, "amount", decimal_comma)
    if not price or amount is None:
        return None
    quantity = (amount / price).quantize(Decimal("0.001"))
    return quantity.normalize() if quantity * price == amount else None


def _priced(row: Row, decimal_comma: bool) -> bool:
    return any(number(row, kind, decimal_comma) is not None for kind in ("unit_price", "amount"))


def number(row: Row, kind: str, decimal_comma: bool) -> Decimal | None:
    return parse_decimal(row.values.get(kind, ""), decimal_comma)
