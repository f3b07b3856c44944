"""The content-addressed document store: every received file, byte for byte, under its SHA-256.

Objects live at ``root/ab/cd/<sha256>`` (no extension: the media type is in the ledger). A file is hashed
while it is copied, in chunks, into ``root/.tmp/``, flushed to disk, then linked to its final name, which
never exists half-written and is never replaced or modified: the same content stored twice is one object.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from orderbridge.errors import OrderBridgeError

CHUNK_SIZE = 1 << 20
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class StoreCorrupted(OrderBridgeError):
    """An object on disk does not match its name (its size or hash differs)."""


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    path: Path


class DocumentStore:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self._tmp = self.root / ".tmp"

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def __contains__(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_file(self, path: Path | str) -> StoredFile:
        with open(path, "rb") as source:
            return self.put_stream(source)

    def put_bytes(self, data: bytes) -> StoredFile:
        return self.put_stream(io.BytesIO(data))

    def put_stream(self, source: BinaryIO) -> StoredFile:
        """Copies ``source`` to its end into the store; nothing appears under a final name on failure."""
        self._tmp.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp, prefix="put-")
        tmp = Path(tmp_name)
        try:
            digest, size = hashlib.sha256(), 0
            with os.fdopen(fd, "wb") as out:
                while chunk := source.read(CHUNK_SIZE):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o444)
            stored = StoredFile(digest.hexdigest(), size, self.path_for(digest.hexdigest()))
            self._publish(tmp, stored)
            return stored
        finally:
            tmp.unlink(missing_ok=True)

    def _publish(self, tmp: Path, stored: StoredFile) -> None:
        """Gives ``tmp`` its final name unless the object already exists (then checks its size)."""
        stored.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(tmp, stored.path)  # atomic, and fails rather than replace an existing object
        except FileExistsError:
            self._check_size(stored)
            return
        except OSError:  # a filesystem without hard links
            if stored.path.exists():
                self._check_size(stored)
                return
            os.replace(tmp, stored.path)
        _fsync_dir(stored.path.parent)

    @staticmethod
    def _check_size(stored: StoredFile) -> None:
        actual = stored.path.stat().st_size
        if actual != stored.size:
            raise StoreCorrupted(f"{stored.path} holds {actual} bytes, its content has {stored.size}")

    def open(self, sha256: str) -> BinaryIO:
        """The stored bytes, for reading (``FileNotFoundError`` when absent)."""
        return open(self.path_for(sha256), "rb")

    def verify(self, sha256: str) -> bool:
        """Re-hashes the object: True when it exists and still matches its name."""
        path = self.path_for(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as stored:
            while chunk := stored.read(CHUNK_SIZE):
                digest.update(chunk)
        return digest.hexdigest() == sha256


def _fsync_dir(directory: Path) -> None:
    """Makes a new directory entry durable (POSIX; a no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
