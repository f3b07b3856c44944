"""How one SFTP drop folder is read, from its Airflow Connection (conn_type ``sftp`` or ``ssh``).

Host, port, login and password are the Connection's; the key and host-key options use the names of
Airflow's SSH provider (``key_file``, ``private_key``, ``private_key_passphrase``, ``host_key``,
``no_host_key_check``), plus ``known_hosts`` (a file) and the folder options below. Host key checking is
on by default: the server's key must be in ``known_hosts`` (default ``~/.ssh/known_hosts``) or pinned
with ``host_key``; ``no_host_key_check: true`` turns it off (and is logged as a warning).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, fields
from typing import Any

from connectors.base import ConnectionInfo
from orderbridge.errors import ConfigError

_TRUE = {"1", "true", "yes", "on"}
_OWN = {"host", "port", "login", "password"}


@dataclass(frozen=True, repr=False)
class SftpSettings:
    host: str
    port: int
    login: str
    password: str | None = None
    key_file: str | None = None
    private_key: str | None = None
    private_key_passphrase: str | None = None
    host_key: str | None = None  # "ssh-ed25519 AAAA..." pinned
    known_hosts: str | None = None
    no_host_key_check: bool = False
    timeout: float = 30.0
    remote_dir: str = "/"
    pattern: str = "*"  # comma-separated globs, matched case-insensitively: "*.pdf,*.xlsx"
    archive_dir: str = ""  # default <remote_dir>/archive
    rejected_dir: str = ""  # default <remote_dir>/rejected
    settle_seconds: float = 0.0  # >0: a second look within the poll; 0: the next poll is the second look
    max_files: int = 500  # per poll
    customer_code: str | None = None  # a drop folder that belongs to one customer

    @property
    def patterns(self) -> list[str]:
        return [p.strip().lower() for p in self.pattern.split(",") if p.strip()]

    @property
    def archive(self) -> str:
        return self.archive_dir or posixpath.join(self.remote_dir, "archive")

    @property
    def rejected(self) -> str:
        return self.rejected_dir or posixpath.join(self.remote_dir, "rejected")

    def __repr__(self) -> str:
        return f"SftpSettings({self.login}@{self.host}:{self.port}{self.remote_dir})"

    @classmethod
    def from_connection(cls, conn: ConnectionInfo) -> SftpSettings:
        if not conn.host or not conn.login:
            raise ConfigError(f"SFTP connection {conn.conn_id!r} needs host and login")
        extra: dict[str, Any] = dict(conn.extra)
        known = {f.name for f in fields(cls)} - _OWN
        unknown = sorted(set(extra) - known - {"conn_timeout", "look_for_keys", "compress"})
        if unknown:
            raise ConfigError(f"SFTP connection {conn.conn_id!r}: unknown extra key(s) {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in extra and f.name not in _OWN:
                try:
                    values[f.name] = _convert(extra[f.name], f.default)
                except (TypeError, ValueError):
                    message = f"SFTP connection {conn.conn_id!r}: extra {f.name}={extra[f.name]!r} is invalid"
                    raise ConfigError(message) from None
        if "conn_timeout" in extra and "timeout" not in values:
            values["timeout"] = float(extra["conn_timeout"])
        if conn.schema and "remote_dir" not in values:
            values["remote_dir"] = "/" + conn.schema.strip("/")
        if not (conn.password or values.get("key_file") or values.get("private_key")):
            raise ConfigError(f"SFTP connection {conn.conn_id!r} needs a password, key_file or private_key")
        return cls(host=conn.host, port=conn.port or 22, login=conn.login, password=conn.password, **values)


def _convert(raw: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).strip().lower() in _TRUE
    if isinstance(default, int):
        value = int(raw)
        if value <= 0:
            raise ValueError(raw)
        return value
    if isinstance(default, float):
        return float(raw)
    return None if raw in (None, "") else str(raw)
