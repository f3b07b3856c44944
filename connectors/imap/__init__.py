"""E-mail intake over IMAP/IMAPS with UIDs: ``poll_imap(rt, conn_id)`` (see ``connectors.imap.poll``)."""

from connectors.imap.poll import ImapPollReport, poll_imap
from connectors.imap.settings import ImapSettings

__all__ = ["ImapPollReport", "ImapSettings", "poll_imap"]
