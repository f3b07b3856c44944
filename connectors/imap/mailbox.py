"""The IMAP conversation, on UIDs only (imapclient): list, fetch without ``\\Seen``, move or flag.

``BODY.PEEK[]`` never marks a message read, so a crashed job leaves the mailbox as it found it. After
the ledger commit a message is moved to its folder with MOVE (RFC 6851); a server without MOVE gets
COPY, ``\\Deleted`` and UID EXPUNGE; a server that refuses both leaves the message where it is, flagged
with our keyword, which a poll after a UIDVALIDITY change skips. Network failures become transient
``ConnectorError``s (the poll is retried); a refused login is a config error.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
from collections.abc import Iterable

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from connectors.imap.settings import ImapSettings
from orderbridge.errors import ConnectorError, ErrorKind

TARGET = "imap"
NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, IMAPClient.AbortError)


class ImapMailbox:
    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self.client: IMAPClient | None = None

    def __enter__(self) -> ImapMailbox:
        s = self.settings
        context = ssl.create_default_context(cafile=s.ca_file)
        if not s.ssl_verify:
            context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        try:
            client = IMAPClient(s.host, port=s.port, ssl=s.use_ssl, ssl_context=context, timeout=s.timeout)
            if s.starttls and not s.use_ssl:
                client.starttls(context)
            client.login(s.login, s.password)
        except LoginError as exc:
            raise ConnectorError(
                f"login refused for {s.login}: {exc}", kind=ErrorKind.CONFIG, target=TARGET
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise ConnectorError(
                f"{s.host}: certificate not trusted: {exc}", kind=ErrorKind.CONFIG, target=TARGET
            ) from None
        except NETWORK_ERRORS as exc:
            raise transient(exc, f"cannot reach {s.host}:{s.port}") from None
        self.client = client
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            try:
                self.client.logout()
            except Exception:  # the connection may already be gone; nothing to save
                with contextlib.suppress(Exception):
                    self.client.shutdown()
            self.client = None

    @property
    def conn(self) -> IMAPClient:
        assert self.client is not None, "use ImapMailbox as a context manager"
        return self.client

    def open(self) -> int:
        """Selects the order folder (creating our target folders first); returns its UIDVALIDITY."""
        s = self.settings
        for folder in (s.processed_folder, s.rejected_folder):
            if not self.conn.folder_exists(folder):
                with contextlib.suppress(IMAPClientError):  # no right to create: settling will flag
                    self.conn.create_folder(folder)
        status = self.conn.select_folder(s.folder)
        return int(status[b"UIDVALIDITY"])

    def uids_after(self, last_uid: int, *, skip_done: bool) -> list[int]:
        """UIDs above ``last_uid``, ascending; ``skip_done`` leaves out messages carrying our flag."""
        criteria: list = ["UID", f"{last_uid + 1}:*"]
        if skip_done:
            criteria += ["NOT", "KEYWORD", self.settings.done_flag]
        # "n:*" always matches the highest UID, even when it is below n: filter.
        return sorted(uid for uid in self.conn.search(criteria) if uid > last_uid)

    def sizes(self, uids: Iterable[int]) -> dict[int, int]:
        data = self.conn.fetch(list(uids), ["RFC822.SIZE"])
        return {uid: int(item[b"RFC822.SIZE"]) for uid, item in data.items()}

    def fetch(self, uids: Iterable[int]) -> dict[int, bytes]:
        """Whole messages, read without setting ``\\Seen``."""
        data = self.conn.fetch(list(uids), ["BODY.PEEK[]"])
        return {uid: bytes(item[b"BODY[]"]) for uid, item in data.items() if b"BODY[]" in item}

    def fetch_headers(self, uids: Iterable[int]) -> dict[int, bytes]:
        data = self.conn.fetch(list(uids), ["BODY.PEEK[HEADER]"])
        return {uid: bytes(item[b"BODY[HEADER]"]) for uid, item in data.items() if b"BODY[HEADER]" in item}

    def settle(self, uids: list[int], folder: str) -> str:
        """Moves ``uids`` out of the order folder into ``folder``; returns how: moved | copied | flagged."""
        if not uids:
            return "moved"
        if self.conn.has_capability("MOVE"):
            try:
                self.conn.move(uids, folder)
                return "moved"
            except IMAPClientError:
                pass
        else:
            try:
                self.conn.copy(uids, folder)
                self.conn.add_flags(uids, [b"\\Deleted"])
                if self.conn.has_capability("UIDPLUS"):
                    self.conn.uid_expunge(uids)
                else:
                    self.conn.expunge()
                return "copied"
            except IMAPClientError:
                pass
        self.conn.add_flags(uids, [self.settings.done_flag.encode()])
        return "flagged"

    def idle_wait(self, timeout: float) -> bool:
        """Waits in IDLE up to ``timeout`` seconds; True when the server announced new mail."""
        self.conn.idle()
        try:
            responses = self.conn.idle_check(timeout=timeout)
        finally:
            self.conn.idle_done()
        return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)


def transient(exc: BaseException, what: str) -> ConnectorError:
    return ConnectorError(f"{what}: {exc!r}", kind=ErrorKind.TRANSIENT, target=TARGET)
