"""The expected order a layout builds from its item tuples (the last sets each wrote this loop out again).

A layout keeps its lines as tuples in the order its print shows their cells; ``item_lines`` says where in
the tuple each order field is (an index, or a function of the tuple where the truth joins or computes a
value), and ``item_order`` wraps the lines with the head's fields into the canonical PurchaseOrder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier

Field = int | Callable[[tuple], object]


def _value(item: tuple, where: Field) -> object:
    return where(item) if callable(where) else item[where]


def item_lines(
    items: Sequence[tuple],
    *,
    part: Field,
    name: Field,
    unit: Field,
    qty: Field,
    price: Field,
    amount: Callable[[tuple], Decimal],
) -> list[OrderLine]:
    """One OrderLine per item, numbered from 1; quantity and price are read as Decimals."""
    return [
        OrderLine(
            line_no=n,
            customer_part_no=_value(item, part),
            description=_value(item, name),
            quantity=Decimal(str(_value(item, qty))),
            unit=_value(item, unit),
            unit_price=Decimal(str(_value(item, price))),
            amount=amount(item),
        )
        for n, item in enumerate(items, start=1)
    ]


def item_order(
    *,
    po: str,
    order_date: dt.date,
    delivery: dt.date | None,
    currency: str,
    buyer: str,
    supplier: str,
    ship_to: str,
    terms: str | None,
    lines: list[OrderLine],
    total: Decimal | None = None,
) -> PurchaseOrder:
    """The order with ``lines``; its total is ``total`` where the print's differs from the lines' sum."""
    return PurchaseOrder(
        po_number=po,
        order_date=order_date,
        requested_delivery_date=delivery,
        currency=currency,
        buyer=Buyer(name=buyer),
        supplier=Supplier(name=supplier),
        ship_to=ShipTo(address=ship_to),
        payment_terms=terms,
        total_amount=sum((line.amount for line in lines), Decimal(0)) if total is None else total,
        lines=lines,
    )
