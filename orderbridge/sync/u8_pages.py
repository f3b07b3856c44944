"""U8 sales-order statuses by ``saleorderlist/batch_get`` pages: one call per page, never one per order.

Each list row carries ``state`` (Opening, Approved, Changing, Closed) and ``fhstatus`` (0 not shipped,
1 partly, 2 fully shipped), all the status sync needs. U8's list has no modification time to select by,
so every read is a complete one (``can_window = False``): an order absent from it is missing in U8.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from connectors.base import StatusUpdate
from connectors.u8.connector import status_update


class U8StatusPages:
    """Wraps a ``U8Connector``; answers ``fetch_statuses`` too, so it can stand in for it."""

    can_window = False

    def __init__(self, connector: Any, **filters: Any) -> None:
        self.connector = connector
        self.filters = filters  # e.g. date_begin: only orders dated from then on
        self.target = getattr(connector, "target", "u8")

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        return self.connector.fetch_statuses(external_ids)

    def fetch_status_pages(
        self, *, since: dt.datetime | None, until: dt.datetime, page_size: int
    ) -> Iterator[list[StatusUpdate]]:
        for rows in self.connector.order_list_pages(rows_per_page=page_size, **self.filters):
            yield [status_update(row) for row in rows if row.get("code")]
