"""One scorer for every engine: orders flattened to ``field -> value`` and compared field by field.

Values are compared as the canonical order writes them (ISO dates, ISO currency codes), with two
normalisations that only undo formatting: numbers compare as decimals (``22200.0 == 22,200.00``) and
text with its runs of white space collapsed. Anything else (a missing, extra or different value) is wrong.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from orderbridge.model import PurchaseOrder

HEADER = [
    "po_number",
    "order_date",
    "requested_delivery_date",
    "currency",
    "buyer.name",
    "supplier.name",
    "ship_to.address",
    "payment_terms",
    "total_amount",
]
LINE = ["customer_part_no", "description", "quantity", "unit", "unit_price", "amount"]
NUMERIC = ("total_amount", ".quantity", ".unit_price", ".amount")
MONEY = (".quantity", ".unit_price", ".amount")


def fields(order: PurchaseOrder | None) -> dict[str, object]:
    """The order as flat ``name -> value`` (``lines[3].quantity``); empty for no order."""
    if order is None:
        return {}
    data = order.model_dump(mode="json", exclude={"confidence", "provenance", "warnings"})
    flat: dict[str, object] = {}
    for name in HEADER:
        group, _, key = name.partition(".")
        flat[name] = data[group][key] if key else data[group]
    for line in data["lines"]:
        for name in LINE:
            flat[f"lines[{line['line_no']}].{name}"] = line[name]
    return flat


def canonical(name: str, value: object) -> object:
    """The comparable form of one value (None stays None)."""
    if value is None or value == "":
        return None
    if name.endswith(NUMERIC):
        try:
            return Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            return str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


@dataclass
class DocumentScore:
    """How one extraction compares with its label."""

    expected: int = 0  # fields with an expected value
    right: int = 0
    counted: int = 0  # fields expected or extracted: the accuracy denominator
    wrong: list[str] = field(default_factory=list)  # names of wrong, missing or extra fields
    money_wrong: bool = False  # a quantity, unit price or amount is wrong or missing

    @property
    def all_right(self) -> bool:
        return self.counted > 0 and not self.wrong


def score_document(want: dict[str, object], got: dict[str, object]) -> DocumentScore:
    """Compare extracted ``got`` with labelled ``want`` (both from ``fields`` or an adapter)."""
    result = DocumentScore()
    for name in sorted(set(want) | set(got)):
        expected, extracted = canonical(name, want.get(name)), canonical(name, got.get(name))
        if expected is None and extracted is None:
            continue
        result.counted += 1
        result.expected += expected is not None
        if expected is not None and expected == extracted:
            result.right += 1
            continue
        result.wrong.append(name)
        if name.endswith(MONEY):
            result.money_wrong = True
    return result
