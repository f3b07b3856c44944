"""The canonical purchase order (``shared/contracts/purchase-order.schema.json``) as pydantic models.

Amounts and quantities are ``Decimal`` in Python and decimal strings in JSON (never floats); dates are
``datetime.date`` and ISO 8601 in JSON; a field the document does not carry is ``None`` / ``null``.
Confidence, provenance and warnings ride along as extra keys, which the contract allows.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, field_validator


def _decimal_text(value: Decimal) -> str:
    """Plain positional notation, as the contract's pattern wants (no exponent, no ``+``)."""
    text = format(value, "f")
    return "0" if text in ("-0", "") else text


DecimalText = Annotated[Decimal, PlainSerializer(_decimal_text, return_type=str, when_used="always")]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Buyer(_Model):
    name: str | None = None
    customer_code: str | None = Field(None, description="Our code for this customer, once resolved.")


class Supplier(_Model):
    name: str | None = None


class ShipTo(_Model):
    name: str | None = None
    address: str | None = None
    contact: str | None = None
    phone: str | None = None


class FieldSource(_Model):
    """Where a value came from and how sure we are of it."""

    page: int | None = None
    box: tuple[float, float, float, float] | None = None
    method: str
    score: float = Field(ge=0.0, le=1.0)
    note: str | None = None


class OrderLine(_Model):
    line_no: int = Field(ge=1)
    customer_part_no: str | None = None
    sku: str | None = Field(None, description="Our material code, once resolved through the cross-reference.")
    description: str | None = None
    quantity: DecimalText
    unit: str | None = None
    unit_price: DecimalText | None = None
    amount: DecimalText | None = None

    @field_validator("quantity", "unit_price", "amount")
    @classmethod
    def _finite(cls, value: Decimal | None) -> Decimal | None:
        if value is not None and not value.is_finite():
            raise ValueError("must be a finite number")
        return value


class PurchaseOrder(_Model):
    po_number: str = Field(min_length=1)
    order_date: dt.date | None
    requested_delivery_date: dt.date | None = None
    currency: CurrencyCode | None
    buyer: Buyer = Field(default_factory=Buyer)
    supplier: Supplier = Field(default_factory=Supplier)
    ship_to: ShipTo = Field(default_factory=ShipTo)
    payment_terms: str | None = None
    total_amount: DecimalText | None = None
    lines: list[OrderLine] = Field(default_factory=list)

    # Extras the contract allows: how sure the extractor is, and where each field came from.
    confidence: float | None = Field(None, ge=0.0, le=1.0)
    provenance: dict[str, FieldSource] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        """The canonical JSON shape (what the contract validates)."""
        return self.model_dump(mode="json")

    def lines_total(self) -> Decimal | None:
        """Sum of line amounts, or ``None`` when any line lacks an amount."""
        amounts = [line.amount for line in self.lines]
        if not amounts or any(a is None for a in amounts):
            return None
        return sum(amounts, Decimal(0))
