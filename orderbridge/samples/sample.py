"""What one generated sample is, and the helpers the sample modules share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier

# The supplier printed on the samples is us: the company running OrderBridge.
OUR_NAME_ZH = "苏州启航精工科技有限公司"
OUR_NAME_EN = "Suzhou Qihang Precision Technology Co., Ltd."


@dataclass(frozen=True)
class Sample:
    """A written file: a purchase order (``expected``) or a file to reject (``reject_reason``)."""

    filename: str
    expected: PurchaseOrder | None
    reject_reason: str | None


def write(out_dir: Path, filename: str, data: bytes) -> Path:
    path = out_dir / filename
    path.write_bytes(data)
    return path


def order(
    *,
    po_number: str,
    order_date: dt.date,
    delivery: dt.date | None,
    currency: str,
    buyer: str,
    supplier: str | None,
    ship_to: ShipTo,
    payment_terms: str | None,
    lines: Sequence[tuple[str, str, str, str | None, str, str]],
) -> PurchaseOrder:
    """Build the expected order from printed line tuples (part, description, qty, unit, price, amount).

    The total is the sum of the line amounts, so every sample is arithmetically right by construction.
    """
    order_lines = [
        OrderLine(
            line_no=i,
            customer_part_no=part,
            description=description,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=Decimal(amount),
        )
        for i, (part, description, qty, unit, price, amount) in enumerate(lines, start=1)
    ]
    for line in order_lines:
        if line.quantity * (line.unit_price or 0) != line.amount:
            raise ValueError(f"sample line {line.line_no} does not add up: {line}")
    return PurchaseOrder(
        po_number=po_number,
        order_date=order_date,
        requested_delivery_date=delivery,
        currency=currency,
        buyer=Buyer(name=buyer),
        supplier=Supplier(name=supplier),
        ship_to=ship_to,
        payment_terms=payment_terms,
        total_amount=sum((line.amount for line in order_lines), Decimal(0)),  # type: ignore[misc]
        lines=order_lines,
    )


def grouped(value: Decimal | str, places: int = 2) -> str:
    """Print a number the way the documents do: thousands separators, fixed decimals."""
    return f"{Decimal(value):,.{places}f}"
