"""RETURN rows as SAP writes them (BAPIRET2, BAPIRETURN) and small readers of parsed table parameters."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any


def ret2(kind: str, message: tuple[str, str, str], parameter: str = "", row: int = 0, **values: Any) -> dict:
    msg_class, number, text = message
    variables = [str(v) for v in values.values()][:4]
    entry = {"TYPE": kind, "ID": msg_class, "NUMBER": number, "MESSAGE": text.format(**values)}
    entry.update({f"MESSAGE_V{i + 1}": v[:50] for i, v in enumerate(variables)})
    entry.update({"PARAMETER": parameter, "ROW": row, "SYSTEM": "SBXCLNT100"})
    return entry


def bapireturn(kind: str, message: tuple[str, str, str], **values: Any) -> dict[str, Any]:
    msg_class, number, text = message
    return {"TYPE": kind, "CODE": f"{msg_class}{number}", "MESSAGE": text.format(**values)}


def items(table: Any) -> list[dict[str, Any]]:
    return [row for row in (table or {}).get("item", []) if isinstance(row, dict)] if table else []


def quantity(text: Any) -> Decimal:
    try:
        return Decimal(str(text or "0"))
    except InvalidOperation:
        return Decimal(0)
