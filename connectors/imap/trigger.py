"""An Airflow event trigger on IMAP IDLE, for an Asset watcher: ``po_intake`` runs when mail arrives.

    from airflow.sdk import Asset, AssetWatcher
    from connectors.imap.trigger import ImapIdleTrigger
    watcher = AssetWatcher(name="orders_mail_idle", trigger=ImapIdleTrigger("orders_mail"))
    ORDER_MAIL = Asset("orderbridge://imap/orders_mail", watchers=[watcher])

The trigger runs in the triggerer; the blocking IDLE runs in a worker thread. It fires one event when
mail is waiting or arrives, then ends (the watcher starts it again); a quiet timeout just loops.
Imports Airflow: only DAG files and the triggerer import this module.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseEventTrigger, TriggerEvent

from connectors.imap.idle import wait_for_new_mail


class ImapIdleTrigger(BaseEventTrigger):
    def __init__(self, conn_id: str, timeout: float = 300.0, retry_delay: float = 30.0) -> None:
        super().__init__()
        self.conn_id, self.timeout, self.retry_delay = conn_id, timeout, retry_delay

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            "connectors.imap.trigger.ImapIdleTrigger",
            {"conn_id": self.conn_id, "timeout": self.timeout, "retry_delay": self.retry_delay},
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        while True:
            try:
                arrived = await asyncio.to_thread(wait_for_new_mail, self.conn_id, self.timeout)
            except Exception as exc:  # the server is away: wait, then IDLE again; the schedule still polls
                self.log.warning("IMAP IDLE on %s failed: %s", self.conn_id, exc)
                await asyncio.sleep(self.retry_delay)
                continue
            if arrived:
                yield TriggerEvent({"conn_id": self.conn_id, "event": "new-mail"})
                return
