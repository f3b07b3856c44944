"""The SFTP conversation (paramiko): connect with host-key checking, list, download whole, move.

A download is read to its end into a spooled temporary file and checked against the size the listing
showed, so a file that changed or a connection that dropped never reaches the document store half-read.
Moves are renames inside the server and never overwrite: a name already taken gets ``.1``, ``.2`` ...
"""

from __future__ import annotations

import io
import posixpath
import socket
import stat
import tempfile
from dataclasses import dataclass
from typing import BinaryIO

import paramiko

from connectors.sftp.settings import SftpSettings
from connectors.sftp.trust import is_trust_or_auth, private_key, trust_host_key
from orderbridge.errors import ConnectorError, ErrorKind

TARGET = "sftp"
NETWORK_ERRORS = (OSError, EOFError, socket.timeout, paramiko.SSHException)


@dataclass(frozen=True)
class RemoteFile:
    name: str
    path: str
    size: int
    mtime: int


class SftpDrop:
    def __init__(self, settings: SftpSettings) -> None:
        self.settings = settings
        self._ssh: paramiko.SSHClient | None = None
        self._sftp: paramiko.SFTPClient | None = None

    def __enter__(self) -> SftpDrop:
        s = self.settings
        ssh = paramiko.SSHClient()
        trust_host_key(ssh, s)
        try:
            ssh.connect(
                s.host,
                port=s.port,
                username=s.login,
                password=s.password,
                pkey=private_key(s),
                key_filename=s.key_file,
                timeout=s.timeout,
                banner_timeout=s.timeout,
                auth_timeout=s.timeout,
                look_for_keys=False,
                allow_agent=False,
            )
            self._sftp = ssh.open_sftp()
            self._sftp.get_channel().settimeout(s.timeout)
        except paramiko.BadHostKeyException as exc:
            ssh.close()
            message = f"{s.host}: host key changed: {exc}"
            raise ConnectorError(message, kind=ErrorKind.CONFIG, target=TARGET) from None
        except paramiko.SSHException as exc:
            ssh.close()
            kind = ErrorKind.CONFIG if is_trust_or_auth(exc) else ErrorKind.TRANSIENT
            raise ConnectorError(f"{s.host}:{s.port}: {exc}", kind=kind, target=TARGET) from None
        except NETWORK_ERRORS as exc:
            ssh.close()
            raise transient(exc, f"cannot reach {s.host}:{s.port}") from None
        self._ssh = ssh
        return self

    def __exit__(self, *exc: object) -> None:
        if self._ssh is not None:
            self._ssh.close()
            self._ssh = self._sftp = None

    @property
    def sftp(self) -> paramiko.SFTPClient:
        assert self._sftp is not None, "use SftpDrop as a context manager"
        return self._sftp

    def listing(self) -> list[RemoteFile]:
        """Regular files of the drop folder, oldest first (sub-folders, links and devices are left alone)."""
        folder = self.settings.remote_dir
        files = [
            RemoteFile(a.filename, posixpath.join(folder, a.filename), a.st_size or 0, a.st_mtime or 0)
            for a in self.sftp.listdir_attr(folder)
            if a.st_mode is not None and stat.S_ISREG(a.st_mode)
        ]
        return sorted(files, key=lambda f: (f.mtime, f.name))

    def download(self, remote: RemoteFile) -> BinaryIO | None:
        """The whole file, or None when it no longer has the size it was listed with (still changing)."""
        spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - returned open
        with self.sftp.open(remote.path, "rb") as source:
            source.prefetch(remote.size)
            size = 0
            while chunk := source.read(256 * 1024):
                spool.write(chunk)
                size += len(chunk)
        if size != remote.size:
            spool.close()
            return None
        spool.seek(0)
        return spool

    def move(self, remote: RemoteFile, folder: str, *, reason: str | None = None, detail: str = "") -> str:
        """Renames ``remote`` into ``folder`` (made if missing); a reason goes to ``<name>.reason.txt``."""
        self._ensure_dir(folder)
        target = self._free_name(folder, remote.name)
        self.sftp.posix_rename(remote.path, target)
        if reason:
            text = f"{reason}\n{detail}\n".encode()
            note = self._free_name(folder, posixpath.basename(target) + ".reason.txt")
            self.sftp.putfo(io.BytesIO(text), note)
        return target

    def _free_name(self, folder: str, name: str) -> str:
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem:
            stem, suffix = name, ""
        candidate, counter = posixpath.join(folder, name), 1
        while self._exists(candidate):
            candidate = posixpath.join(folder, f"{stem}.{counter}" + (f".{suffix}" if suffix else ""))
            counter += 1
        return candidate

    def _exists(self, path: str) -> bool:
        try:
            self.sftp.stat(path)
            return True
        except FileNotFoundError:
            return False

    def _ensure_dir(self, folder: str) -> None:
        if not self._exists(folder):
            self.sftp.mkdir(folder)


def transient(exc: BaseException, what: str) -> ConnectorError:
    return ConnectorError(f"{what}: {exc!r}", kind=ErrorKind.TRANSIENT, target=TARGET)
