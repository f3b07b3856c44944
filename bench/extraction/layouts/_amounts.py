"""A line's amount as a layout's truth states it: quantity x price in cents, never rounded."""

from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")


def exact_amount(qty: str, price: str) -> Decimal:
    """``qty`` x ``price`` to the cent; a product that needs rounding is a mistake in the layout's data."""
    value = Decimal(qty) * Decimal(price)
    assert value == value.quantize(CENT), (qty, price)
    return value.quantize(CENT)
