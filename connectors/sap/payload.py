"""From the body ``mappings/targets/sap.yaml`` renders to the parameters of BAPI_SALESORDER_CREATEFROMDAT2.

The mapping says what each field holds; this module knows the BAPI's table layout, which is protocol:
``ORDER_PARTNERS`` is rendered as ``{role: {fields}}`` and becomes one row per partner role; each order
line is rendered as ``{ORDER_ITEMS_IN: {...}, ORDER_SCHEDULES_IN: {...}, ORDER_CONDITIONS_IN: {...}}``
and becomes one row in each table, tied together by ITM_NUMBER (000010, 000020, ...) and, for the
schedule, SCHED_LINE 0001. Numbers go out as exact decimals.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from connectors.sap.protocol import itm_number

LINE_TABLES = ("ORDER_ITEMS_IN", "ORDER_SCHEDULES_IN", "ORDER_CONDITIONS_IN")
LINES_KEY = "ITEMS"


def bapi_input(body: dict[str, Any], lines_key: str = LINES_KEY) -> dict[str, Any]:
    """Keyword arguments for the zeep call; other top-level keys (TESTRUN, CONVERT) pass through."""
    params: dict[str, Any] = {
        k: _exact(v) for k, v in body.items() if k not in (lines_key, "ORDER_PARTNERS", "ORDER_HEADER_IN")
    }
    if "ORDER_HEADER_IN" in body:
        params["ORDER_HEADER_IN"] = _exact(body["ORDER_HEADER_IN"])
    partners = body.get("ORDER_PARTNERS") or {}
    params["ORDER_PARTNERS"] = {
        "item": [{"PARTN_ROLE": role, **_exact(fields)} for role, fields in partners.items()]
    }
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in LINE_TABLES}
    for index, line in enumerate(body.get(lines_key) or []):
        number = itm_number(index)
        for name in LINE_TABLES:
            row = line.get(name)
            if not row:
                continue
            extra = {"SCHED_LINE": "0001"} if name == "ORDER_SCHEDULES_IN" else {}
            tables[name].append({"ITM_NUMBER": number, **extra, **_exact(row)})
    for name, rows in tables.items():
        if rows:
            params[name] = {"item": rows}
    return params


def _exact(value: Any) -> Any:
    """Floats from the rendered JSON back to the exact decimals they were rendered from."""
    if isinstance(value, dict):
        return {k: _exact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_exact(v) for v in value]
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, bool):
        return "X" if value else ""
    return value


def rows(table: Any) -> list[dict[str, Any]]:
    """A table parameter of a zeep answer (``{"item": [...]}`` or None) as a list of plain dicts."""
    if table is None:
        return []
    items = table.get("item") if isinstance(table, dict) else getattr(table, "item", None)
    return [dict(item) for item in items or []]


def header_constant(mapping: Any, *path: str) -> Any:
    """A constant of the target mapping's header (e.g. ORDER_HEADER_IN.SALES_ORG); None if not constant."""
    node: Any = mapping.header
    for part in path:
        fields = dict(getattr(node, "fields", ()))
        if part not in fields:
            return None
        node = fields[part]
    return getattr(node, "constant", None) if getattr(node, "source", None) is None else None
