"""Turning order values into JSON values for a target: exact numbers, ISO dates, lookup keys.

Numbers leave as ``int`` when whole and as ``float`` only when the float's shortest form is exactly the
decimal (true for any amount with up to 15 significant digits); anything else is refused, never rounded.
The rendered body therefore holds plain JSON types and any JSON encoder sends it unchanged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

TYPES = ("string", "number", "integer", "date")


def to_json_value(value: Any, type_: str | None) -> Any:
    """``value`` as the field's ``type`` wants it; raises ``ValueError`` naming what cannot be sent."""
    if type_ is None:
        if isinstance(value, Decimal):
            return json_number(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        return value
    if type_ == "string":
        return as_text(value)
    if type_ == "date":
        return _date(value).isoformat()
    number = _decimal(value)
    if type_ == "integer":
        if number != number.to_integral_value():
            raise ValueError(f"{value!r} is not a whole number")
        return int(number)
    return json_number(number)


def json_number(number: Decimal) -> int | float:
    if not number.is_finite():
        raise ValueError(f"{number} is not a finite number")
    if number == number.to_integral_value():
        return int(number)
    as_float = float(number)
    if Decimal(repr(as_float)) != number:
        raise ValueError(f"{number} has more digits than a JSON number carries exactly")
    return as_float


def as_text(value: Any) -> str:
    """How a value reads as text: decimals positional, dates ISO, booleans lower case."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return number


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None
