"""Poll the inbox folder and take new purchase orders into the ledger.

Thin on purpose: the work is in ``orderbridge.pipeline.intake``. Updating the ledger Asset wakes
``po_process``. Runs every minute, and within seconds of a delivery to any mailbox listed in
``ORDERBRIDGE_IMAP_IDLE_CONN_IDS`` (an IMAP IDLE trigger watching an Asset per mailbox).
"""

from __future__ import annotations

import os
from datetime import timedelta

from airflow.sdk import Asset, AssetOrTimeSchedule, AssetWatcher, DeltaTriggerTimetable, dag, task
from dag_support import DEFAULT_ARGS, LEDGER_DOCUMENTS


def _conn_ids(variable: str) -> list[str]:
    """``"orders_mail, sales_mail"`` -> ``["orders_mail", "sales_mail"]`` (none when unset)."""
    return [c.strip() for c in os.environ.get(variable, "").split(",") if c.strip()]


def _schedule():
    """Every minute; and, for mailboxes watched with IMAP IDLE, as soon as mail arrives."""
    every_minute = timedelta(minutes=1)
    watched = _conn_ids("ORDERBRIDGE_IMAP_IDLE_CONN_IDS")
    if not watched:
        return every_minute
    from connectors.imap.trigger import ImapIdleTrigger

    mailboxes = [
        Asset(f"orderbridge://imap/{conn_id}",
              watchers=[AssetWatcher(name=f"imap_idle_{conn_id}", trigger=ImapIdleTrigger(conn_id))])
        for conn_id in watched
    ]
    return AssetOrTimeSchedule(timetable=DeltaTriggerTimetable(every_minute), assets=mailboxes)


@dag(
    schedule=_schedule(),
    catchup=False,
    max_active_runs=1,
    tags=["orderbridge", "intake"],
    default_args=DEFAULT_ARGS,
)
def po_intake():
    @task(outlets=[LEDGER_DOCUMENTS])
    def poll_inbox_folder() -> list[int]:
        from orderbridge.pipeline.intake import poll_folder
        from orderbridge.pipeline.runtime import Runtime

        return poll_folder(Runtime.from_env())

    poll_inbox_folder()

    # E-mail and SFTP inboxes: one task per Airflow Connection id listed in the environment.
    @task(outlets=[LEDGER_DOCUMENTS])
    def poll_mailbox(conn_id: str) -> list[int]:
        from connectors.imap import poll_imap
        from orderbridge.pipeline.runtime import Runtime

        return poll_imap(Runtime.from_env(), conn_id).new_document_ids

    @task(outlets=[LEDGER_DOCUMENTS])
    def poll_sftp_drop(conn_id: str) -> list[int]:
        from connectors.sftp import poll_sftp
        from orderbridge.pipeline.runtime import Runtime

        return poll_sftp(Runtime.from_env(), conn_id).new_document_ids

    for conn_id in _conn_ids("ORDERBRIDGE_IMAP_CONN_IDS"):
        poll_mailbox.override(task_id=f"poll_imap_{conn_id}")(conn_id)
    for conn_id in _conn_ids("ORDERBRIDGE_SFTP_CONN_IDS"):
        poll_sftp_drop.override(task_id=f"poll_sftp_{conn_id}")(conn_id)


po_intake()
