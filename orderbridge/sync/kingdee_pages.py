"""Kingdee sales-order statuses by ExecuteBillQuery pages, with the totals reconciliation compares.

One paged query reads document, close and cancel status plus each entry's quantity and tax price (one
row per entry, ordered by bill number), so a page boundary may split a bill: its rows are summed until
the next bill starts. ``modified_field`` (e.g. ``FModifyDate``, where the tenant exposes it) turns a read
with ``since`` into a window ``[since, until)``; without it every read is a complete one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from connectors.base import StatusUpdate
from connectors.kingdee.connector import _status_update, quote_literal

CHINA_TIME = dt.timezone(dt.timedelta(hours=8), "CST")  # K/3 Cloud stores server-local times
FIELDS = ("FBillNo", "FDocumentStatus", "FCloseStatus", "FCancelStatus", "FQty", "FTaxPrice")


class KingdeeStatusPages:
    """Wraps a ``KingdeeConnector``; answers ``fetch_statuses`` too, so it can stand in for it."""

    def __init__(
        self, connector: Any, *, modified_field: str | None = None, server_tz: dt.tzinfo = CHINA_TIME
    ) -> None:
        self.connector = connector
        self.modified_field = modified_field
        self.server_tz = server_tz
        self.target = getattr(connector, "target", "kingdee")

    @property
    def can_window(self) -> bool:
        return bool(self.modified_field)

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        return self.connector.fetch_statuses(external_ids)

    def window_filter(self, since: dt.datetime | None, until: dt.datetime) -> str:
        if since is None or not self.modified_field:
            return ""

        def text(moment: dt.datetime) -> str:
            return quote_literal(moment.astimezone(self.server_tz).strftime("%Y-%m-%d %H:%M:%S"))

        return f"{self.modified_field} >= {text(since)} AND {self.modified_field} < {text(until)}"

    def fetch_status_pages(
        self, *, since: dt.datetime | None, until: dt.datetime, page_size: int
    ) -> Iterator[list[StatusUpdate]]:
        if since is not None and not self.modified_field:
            since = None  # cannot window: read everything (the caller then knows the read is complete)
        where = self.window_filter(since, until)
        form = self.connector.form_id
        start, carry = 0, None  # carry: the last bill of a page, perhaps continued on the next one
        while True:
            rows = self.connector.query(
                form, FIELDS, where, order_string="FBillNo", start_row=start, limit=page_size
            )
            bills: list[dict[str, Any]] = [carry] if carry else []
            for row in rows:
                if bills and bills[-1]["FBillNo"] == row["FBillNo"]:
                    _add_entry(bills[-1], row)
                else:
                    bills.append(_add_entry({**row, "qty": Decimal(0), "amount": Decimal(0)}, row))
            last_page = len(rows) < page_size
            carry = None if last_page or not bills else bills.pop()
            yield [_update(bill) for bill in bills]
            if last_page:
                return
            start += page_size


def _number(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def _add_entry(bill: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    qty, price = _number(row.get("FQty")), _number(row.get("FTaxPrice"))
    bill["qty"] += qty
    bill["amount"] += qty * price
    return bill


def _update(bill: dict[str, Any]) -> StatusUpdate:
    base = _status_update(bill)
    totals = {"total_qty": format(bill["qty"], "f"), "total_amount": format(bill["amount"], "f")}
    detail = {**base.detail, **totals}
    return StatusUpdate(external_id=base.external_id, status=base.status, detail=detail)
