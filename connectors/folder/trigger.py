"""An Airflow event trigger on the inbox folder, for an Asset watcher: ``po_intake`` runs when files arrive.

    from airflow.sdk import Asset, AssetWatcher
    from connectors.folder.trigger import FolderArrivalTrigger
    watcher = AssetWatcher(name="folder_inbox", trigger=FolderArrivalTrigger("/srv/orderbridge/inbox"))
    INBOX = Asset("orderbridge://folder/inbox", watchers=[watcher])

Runs in the triggerer and never ends: it lists the inbox every ``poll_interval`` seconds (a ``scandir``
of one folder, microseconds) and fires one event per scan that found new settled files. Events that come
while ``po_intake`` is running collapse into one queued run (``max_active_runs=1``), so a burst of files
costs a few runs, not one per file. Imports Airflow: only DAG files and the triggerer import this module.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseEventTrigger, TriggerEvent

from connectors.folder.watch import ArrivalWatch


class FolderArrivalTrigger(BaseEventTrigger):
    def __init__(
        self, inbox: str, settle_seconds: float = 2.0, poll_interval: float = 0.5, retry_delay: float = 30.0
    ) -> None:
        super().__init__()
        self.inbox, self.settle_seconds = str(inbox), float(settle_seconds)
        self.poll_interval, self.retry_delay = float(poll_interval), float(retry_delay)

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            "connectors.folder.trigger.FolderArrivalTrigger",
            {
                "inbox": self.inbox,
                "settle_seconds": self.settle_seconds,
                "poll_interval": self.poll_interval,
                "retry_delay": self.retry_delay,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        watch = ArrivalWatch(self.inbox, self.settle_seconds)
        while True:
            try:
                arrived = watch.new_arrivals()
            except OSError as exc:  # unreadable inbox (a lost mount): wait; the schedule still polls
                self.log.warning("cannot list the inbox %s: %s", self.inbox, exc)
                await asyncio.sleep(self.retry_delay)
                continue
            if arrived:
                yield TriggerEvent(
                    {"inbox": self.inbox, "event": "new-files", "files": len(arrived), "first": arrived[0]}
                )
            await asyncio.sleep(self.poll_interval)
