"""A layout's truth built from its printed lines: a percentage discount, the lines, the order around them.

From the twentieth set on, every layout wrote the same ``expected()``: OrderLines enumerated from its item
tuples, a line total after a per-line discount, a total summed from the lines, and the PurchaseOrder with
a Buyer, Supplier and ShipTo. ``orderbridge.samples.sample.order`` does it for lines with no discount and
no tax; layouts that print a discount or total with tax (from the thirty-ninth set) call these instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from bench.extraction.layouts._amounts import exact_amount
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier

CENT = Decimal("0.01")


@dataclass(frozen=True)
class LineTruth:
    """One order line as the truth keys it: the price before the line's discount, the amount after it."""

    part: str
    description: str
    unit: str
    quantity: str
    price: str
    amount: Decimal


def after_discount(gross: Decimal, percent: Decimal | str) -> Decimal:
    """``gross`` less ``percent`` per cent, rounded half up to the cent as accounting packages do."""
    return (gross * (100 - Decimal(percent or "0")) / 100).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class ItemFields:
    """Where a layout's item tuples keep what the truth needs (indexes), and how a line's discount is typed:
    a percentage (5), a fraction (0.05, as Greek forms type it) or not at all (``discount=None``); ``spec``
    a specification column the truth joins to the description with a space (Chinese ERPs print 规格型号
    apart). The layouts keep their lines as tuples of strings; this reads them the one way they all did."""

    part: int = 0
    description: int = 1
    unit: int = 2
    quantity: int = 3
    price: int = 4
    discount: int | None = 5
    fraction: bool = False
    spec: int | None = None

    def amount(self, item: Sequence[str]) -> Decimal:
        """The line's amount: quantity x price, less its discount."""
        gross = exact_amount(item[self.quantity], item[self.price])
        if self.discount is None:
            return gross
        percent = item[self.discount] or "0"
        return after_discount(gross, Decimal(percent) * 100 if self.fraction else percent)

    def describe(self, item: Sequence[str]) -> str:
        """The description as the truth keys it: the name, then the specification if kept apart."""
        name = item[self.description]
        return name if self.spec is None else f"{name} {item[self.spec]}"

    def total(self, items: Iterable[Sequence[str]]) -> Decimal:
        """The lines' amounts summed."""
        return sum((self.amount(item) for item in items), Decimal(0))

    def lines(self, items: Iterable[Sequence[str]]) -> list[LineTruth]:
        """The truth's lines, in the tuples' order."""
        return [
            LineTruth(
                item[self.part],
                self.describe(item),
                item[self.unit],
                item[self.quantity],
                item[self.price],
                self.amount(item),
            )
            for item in items
        ]


def purchase_order(
    *,
    po_number: str,
    order_date: dt.date,
    delivery: dt.date | None,
    currency: str,
    buyer: str,
    supplier: str,
    ship_to_address: str,
    payment_terms: str,
    lines: Iterable[LineTruth],
    total: Decimal | None = None,
) -> PurchaseOrder:
    """The order with ``lines`` numbered from 1; ``total`` is the lines' sum unless the order prints
    another (a tax on top)."""
    order_lines = [
        OrderLine(
            line_no=n,
            customer_part_no=line.part,
            description=line.description,
            quantity=Decimal(line.quantity),
            unit=line.unit,
            unit_price=Decimal(line.price),
            amount=line.amount,
        )
        for n, line in enumerate(lines, start=1)
    ]
    return PurchaseOrder(
        po_number=po_number,
        order_date=order_date,
        requested_delivery_date=delivery,
        currency=currency,
        buyer=Buyer(name=buyer),
        supplier=Supplier(name=supplier),
        ship_to=ShipTo(address=ship_to_address),
        payment_terms=payment_terms,
        total_amount=sum((line.amount for line in order_lines), Decimal(0)) if total is None else total,
        lines=order_lines,
    )
