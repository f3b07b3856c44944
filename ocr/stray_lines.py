"""Order lines printed on the table's pages that the line table did not take: the table ended too soon.

A table ends where its rows stop looking like rows: a totals block, a footer, or a structure the rules
do not know inside it (a note row in a language no rule reads, a group heading). In the last case the
lines after it are lost, and each line that was taken still adds up: nothing in the order says it is
short, and without a printed total nothing checks it (Daftra's Arabic order: 6 of 22 lines, sent on).
So a line the table did not take, on a page it read rows from, that holds a quantity, a unit price
and an amount that add up (less a discount per cent printed beside them) is an order line left behind,
and the order goes to review with a warning naming the page.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from ocr.layout import Document
from ocr.line_table import Table
from ocr.normalise import parse_decimal

MAX_NUMBERS = 8  # numbers of a line tried as quantity, price, amount (and discount)
_CENT = Decimal("0.01")


def stray_order_lines(document: Document, table: Table) -> list[str]:
    """Warnings, one a page, for lines that look like order lines but are not among the table's."""
    taken = {id(cell) for row in table.rows for cell in row.cells}
    pages = {row.page for row in table.rows}
    decimal_comma = bool(document.decimal_comma)
    found: dict[int, int] = {}
    for line in document.lines:
        if line.page not in pages or line.index in table.used_lines:
            continue
        if any(id(cell) in taken for cell in line.cells):
            continue
        numbers = [parse_decimal(cell.text, decimal_comma) for cell in line.cells]
        if _adds_up([n for n in numbers if n is not None and n > 0][:MAX_NUMBERS]):
            found[line.page] = found.get(line.page, 0) + 1
    return [
        f"page {page}: {count} line(s) with a quantity, a price and an amount that add up were not read "
        "as order lines (the table may end too soon)"
        for page, count in sorted(found.items())
    ]


def _adds_up(numbers: list[Decimal]) -> bool:
    """Three of the numbers as quantity x price = amount, in any order (a right-to-left table prints the
    amount first), or less a discount per cent printed among them (0 < d < 100)."""
    for three in itertools.combinations(numbers, 3):
        discounts = [n for n in numbers if 0 < n < 100 and n not in three]
        for first, second, amount in itertools.permutations(three):
            if amount < 1:
                continue
            product = first * second
            nets = (product, *(product * (100 - d) / 100 for d in discounts))
            tolerance = max(_CENT, amount * Decimal("0.001"))
            if any(abs(net - amount) <= tolerance for net in nets):
                return True
    return False
