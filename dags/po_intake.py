"""Poll the inbox folder and take new purchase orders into the ledger.

Thin on purpose: the work is in ``orderbridge.pipeline.intake``. Updating the ledger Asset wakes
``po_process``. Runs every minute as a safety net, within about a second of a file settling in the inbox
folder (``FolderArrivalTrigger``, on by default; ``ORDERBRIDGE_FOLDER_TRIGGER=off`` turns it off), and
within seconds of a delivery to any mailbox listed in ``ORDERBRIDGE_IMAP_IDLE_CONN_IDS`` (IMAP IDLE). The
triggers run in Airflow's triggerer (``airflow triggerer``), each watching an Asset.
"""

from __future__ import annotations

import os
from datetime import timedelta

from airflow.sdk import Asset, AssetOrTimeSchedule, AssetWatcher, DeltaTriggerTimetable, dag, task
from dag_support import DEFAULT_ARGS, LEDGER_DOCUMENTS


def _conn_ids(variable: str) -> list[str]:
    """``"orders_mail, sales_mail"`` -> ``["orders_mail", "sales_mail"]`` (none when unset)."""
    return [c.strip() for c in os.environ.get(variable, "").split(",") if c.strip()]


def _folder_watch_on() -> bool:
    setting = os.environ.get("ORDERBRIDGE_FOLDER_TRIGGER", "on").strip().lower()
    return setting not in ("0", "off", "false", "no")


def _watched_inboxes() -> list[Asset]:
    """One Asset per watched inbox: the folder (unless ``ORDERBRIDGE_FOLDER_TRIGGER=off``) and every
    mailbox in ``ORDERBRIDGE_IMAP_IDLE_CONN_IDS``. Their triggers run in the triggerer."""
    assets = []
    if _folder_watch_on():
        from connectors.folder.trigger import FolderArrivalTrigger
        from orderbridge.settings import Settings

        trigger = FolderArrivalTrigger(
            str(Settings.from_env().inbox_dir),
            settle_seconds=float(os.environ.get("ORDERBRIDGE_INBOX_SETTLE_SECONDS", "2")),
            poll_interval=float(os.environ.get("ORDERBRIDGE_FOLDER_TRIGGER_INTERVAL", "0.5")),
        )
        assets.append(
            Asset(
                "orderbridge://folder/inbox",
                watchers=[AssetWatcher(name="folder_inbox_arrivals", trigger=trigger)],
            )
        )
    watched = _conn_ids("ORDERBRIDGE_IMAP_IDLE_CONN_IDS")
    if watched:
        from connectors.imap.trigger import ImapIdleTrigger

        assets += [
            Asset(
                f"orderbridge://imap/{conn_id}",
                watchers=[AssetWatcher(name=f"imap_idle_{conn_id}", trigger=ImapIdleTrigger(conn_id))],
            )
            for conn_id in watched
        ]
    return assets


def _schedule():
    """Every minute (the safety net), and within a second of a file settling in the inbox folder or of
    mail arriving in a mailbox watched with IMAP IDLE."""
    every_minute = timedelta(minutes=1)
    watched = _watched_inboxes()
    if not watched:
        return every_minute
    return AssetOrTimeSchedule(timetable=DeltaTriggerTimetable(every_minute), assets=watched)


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
