"""Where statuses come from: any connector's ``fetch_statuses`` in batches, or a paged reader when a target
offers one (``fetch_status_pages``), which can also read only what changed in a time window.

A paged reader called with ``since=None`` reads everything the target holds: a *complete* read, after
which an order the target did not return is missing there. With ``since`` it reads the changes in
``[since, until)`` only, and nothing can be concluded from an absent order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from connectors.base import StatusUpdate


@runtime_checkable
class PagedStatusSource(Protocol):
    """Optional batch/paged contract beside ``OrderConnector.fetch_statuses``.

    A reader that cannot select by time sets ``can_window = False``: it then reads everything every time,
    and each of its reads is complete.
    """

    def fetch_status_pages(
        self, *, since: dt.datetime | None, until: dt.datetime, page_size: int
    ) -> Iterator[list[StatusUpdate]]: ...


@dataclass(frozen=True)
class StatusRead:
    updates: list[StatusUpdate]
    complete: bool  # every order the target holds (or every id asked for) was answered for
    calls: int


def read_statuses(
    connector: Any, external_ids: Iterable[str], *, since: dt.datetime | None, until: dt.datetime, batch: int
) -> StatusRead:
    """Statuses of the ids (or of the window) with as few calls as the target allows."""
    if isinstance(connector, PagedStatusSource):
        updates, calls = [], 0
        for page in connector.fetch_status_pages(since=since, until=until, page_size=batch):
            updates.extend(page)
            calls += 1
        windowed = since is not None and getattr(connector, "can_window", True)
        return StatusRead(updates, complete=not windowed, calls=calls)
    ids = list(dict.fromkeys(i for i in external_ids if i))
    updates, calls = [], 0
    for start in range(0, len(ids), batch):
        updates.extend(connector.fetch_statuses(ids[start : start + batch]))
        calls += 1
    return StatusRead(updates, complete=True, calls=calls)
