"""How one order mailbox is read, from its Airflow Connection (conn_type ``imap``).

Host, port, login and password are the Connection's; everything else is in its ``extra`` (JSON), with
the defaults below. ``use_ssl`` follows Airflow's IMAP provider (IMAPS, on by default); ``starttls``
upgrades a plain connection instead. Certificates are verified unless ``ssl_verify`` is false.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from connectors.base import ConnectionInfo
from orderbridge.errors import ConfigError

_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    login: str
    password: str
    use_ssl: bool = True
    starttls: bool = False
    ssl_verify: bool = True
    ca_file: str | None = None
    timeout: float = 60.0
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    rejected_folder: str = "Rejected"
    done_flag: str = "$OrderBridgeDone"  # set where a message cannot be moved
    batch_size: int = 50  # messages fetched, committed and moved together
    max_messages: int = 1000  # per poll; the rest waits for the next poll
    max_attachments: int = 20
    max_attachment_bytes: int = 25 * 1024 * 1024
    max_message_bytes: int = 60 * 1024 * 1024
    allow_senders: tuple[str, ...] = ()  # empty: anyone may send (unknown senders go to review)

    @classmethod
    def from_connection(cls, conn: ConnectionInfo) -> ImapSettings:
        if not conn.host or not conn.login or conn.password is None:
            raise ConfigError(f"IMAP connection {conn.conn_id!r} needs host, login and password")
        extra: dict[str, Any] = dict(conn.extra)
        known = {f.name for f in fields(cls)} - {"host", "port", "login", "password"}
        unknown = sorted(set(extra) - known - {"ssl_context"})
        if unknown:
            raise ConfigError(f"IMAP connection {conn.conn_id!r}: unknown extra key(s) {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in extra:
                continue
            raw = extra[f.name]
            try:
                values[f.name] = _convert(f.name, raw, f.default)
            except (TypeError, ValueError):
                message = f"IMAP connection {conn.conn_id!r}: extra {f.name}={raw!r} is invalid"
                raise ConfigError(message) from None
        use_ssl = values.get("use_ssl", cls.use_ssl)
        port = conn.port or (993 if use_ssl else 143)
        return cls(host=conn.host, port=port, login=conn.login, password=conn.password, **values)


def _convert(name: str, raw: Any, default: Any) -> Any:
    if name == "allow_senders":
        items = raw.split(",") if isinstance(raw, str) else list(raw)
        return tuple(str(i).strip() for i in items if str(i).strip())
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).strip().lower() in _TRUE
    if isinstance(default, int):
        value = int(raw)
        if value <= 0:
            raise ValueError(name)
        return value
    if isinstance(default, float):
        return float(raw)
    return None if raw in (None, "") else str(raw)
