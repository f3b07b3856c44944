"""Order lines on the table's pages that the line table left behind send the order to review."""

from __future__ import annotations

import pytest

from ocr import extraction
from ocr.extraction import extract_order
from ocr.line_table import find_table
from ocr.stray_lines import stray_order_lines
from tests.ocr.built_documents import line, pdf

HEAD = line(
    100,
    (30, "No."),
    (60, "Item Code"),
    (150, "Description"),
    (300, "Qty"),
    (350, "Unit Price"),
    (420, "Amount"),
)


def row(top: float, n: int, qty: str, price: str, amount: str) -> object:
    return line(
        top,
        (30, str(n)),
        (60, f"EG-{n:03d}"),
        (150, "Ball bearing 6205"),
        (300, qty),
        (350, price),
        (420, amount),
    )


def order_of(*more: object) -> object:
    """An order's title, its table head and two lines, then ``more`` lines."""
    title = line(40, (30, "PURCHASE ORDER No. PO-26-00731"))
    return pdf(
        title, HEAD, row(115, 1, "400", "6.85", "2,740.00"), row(128, 2, "40", "96.50", "3,860.00"), *more
    )


def test_lines_after_a_row_the_table_stopped_at_are_order_lines_left_behind() -> None:
    document = order_of(
        row(141, 3, "24", "148.00", "3,552.00"),
        # a right-to-left print: the amount first, 5 % off the line
        line(154, (30, "2,094.75"), (80, "5"), (120, "7.35"), (160, "300"), (200, "EG-004"), (260, "4")),
    )
    table = find_table(document)
    assert len(table.rows) == 4
    # as if a structure the rules do not know had ended the table after line 1 (Daftra's Arabic note row)
    left = {id(cell) for kept in table.rows[1:] for cell in kept.cells}
    table.rows = table.rows[:1]
    table.used_lines -= {ln.index for ln in document.lines if any(id(cell) in left for cell in ln.cells)}
    (warning,) = stray_order_lines(document, table)
    assert warning.startswith("page 1: 3 line(s)")  # lines 2 and 3, and the discounted one


def test_an_order_with_lines_left_behind_goes_to_review(monkeypatch: pytest.MonkeyPatch) -> None:
    document = order_of()

    def ended_after_line_1(doc):  # a structure the rules do not know ended the table
        table = find_table(doc)
        table.used_lines -= {ln.index for ln in doc.lines if ln.cells[0].text == "2"}
        table.rows = table.rows[:1]
        return table

    monkeypatch.setattr(extraction, "find_table", ended_after_line_1)
    order = extract_order(document)
    assert len(order.lines) == 1 and order.confidence < 0.8
    assert "page 1: 1 line(s) with a quantity, a price and an amount" in order.warnings[-1]


def test_a_table_read_whole_and_its_totals_leave_nothing_behind() -> None:
    document = order_of(
        line(150, (300, "Subtotal"), (420, "6,600.00")),
        line(163, (300, "Freight 1 x 0.00"), (420, "0.00")),
        line(176, (300, "Total"), (420, "6,600.00")),
    )
    assert stray_order_lines(document, find_table(document)) == []
    assert extract_order(document).warnings == []
