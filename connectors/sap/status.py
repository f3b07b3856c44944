"""SAP's order status (BAPI_SALESORDER_GETSTATUS rows) as a normalised ``StatusUpdate``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from connectors.base import StatusUpdate

# Overall delivery status (DLV_STAT_H) and processing status (PRC_STAT_H): A not yet, B partly, C fully.
DELIVERY_STATUS = {"A": "open", "B": "partially_delivered", "C": "delivered"}
ITEM_FIELDS = ("ITM_NUMBER", "MATERIAL", "DLV_STAT_I", "DELIV_NUMB", "DLV_QTY")


def status_update(vbeln: str, found: list[dict[str, Any]]) -> StatusUpdate:
    head = found[0]
    delivery, processing = head.get("DLV_STAT_H") or "A", head.get("PRC_STAT_H") or "A"
    status = (
        "completed" if processing == "C" and delivery == "C" else DELIVERY_STATUS.get(delivery, "unknown")
    )
    detail = {
        "PRC_STAT_H": processing,
        "DLV_STAT_H": delivery,
        "PURCH_NO_C": head.get("PURCH_NO_C"),
        "items": [{k: _text(r.get(k)) for k in ITEM_FIELDS} for r in found],
    }
    return StatusUpdate(external_id=vbeln, status=status, detail=detail)


def _text(value: Any) -> str | None:
    """Plain JSON values for the ledger: decimals as exact text."""
    return None if value is None else format(value, "f") if isinstance(value, Decimal) else str(value)
