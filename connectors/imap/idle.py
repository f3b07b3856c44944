"""Beyond polling: wait in IMAP IDLE (RFC 2177) until new mail arrives, to start a poll within seconds.

``wait_for_new_mail`` returns True at once when messages are already waiting in the order folder (not
yet moved, and not flagged as done), else holds an IDLE until the server announces ``EXISTS`` or the
timeout passes. It only signals: the poll (``poll_imap``) stays the one place where mail is taken in,
so a missed or duplicate signal costs a poll, never an order. ``ImapIdleTrigger`` wraps it for Airflow.
"""

from __future__ import annotations

from connectors.credentials import get_connection
from connectors.imap.mailbox import NETWORK_ERRORS, ImapMailbox, transient
from connectors.imap.settings import ImapSettings

IDLE_RENEW_SECONDS = 25 * 60  # RFC 2177: re-issue IDLE at least every 29 minutes


def wait_for_new_mail(conn_id: str, timeout: float = 300.0) -> bool:
    """True when mail is waiting or arrives within ``timeout`` seconds; False on a quiet timeout."""
    settings = ImapSettings.from_connection(get_connection(conn_id))
    try:
        with ImapMailbox(settings) as box:
            box.conn.select_folder(settings.folder, readonly=True)
            if box.uids_after(0, skip_done=True):
                return True
            return box.idle_wait(min(timeout, IDLE_RENEW_SECONDS))
    except NETWORK_ERRORS as exc:
        raise transient(exc, f"IDLE on {settings.host}:{settings.port} failed") from exc
