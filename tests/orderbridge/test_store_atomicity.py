"""The document store never shows a half-written object and leaves no temporary files behind."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pytest

from orderbridge.store import CHUNK_SIZE, DocumentStore


class BrokenStream(io.RawIOBase):
    """Yields ``good`` bytes, then fails the way a dropped SFTP or IMAP connection does."""

    def __init__(self, good: bytes) -> None:
        self._good = io.BytesIO(good)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self._good.read(size)
        if not chunk:
            raise ConnectionResetError("connection lost mid-file")
        return chunk


@pytest.fixture
def store(tmp_path: Path) -> DocumentStore:
    return DocumentStore(tmp_path / "store")


def files_in(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_successful_puts_leave_no_temporary_files(store: DocumentStore) -> None:
    for n in range(5):
        store.put_bytes(f"document {n}".encode())
    store.put_bytes(b"document 0")
    assert list((store.root / ".tmp").iterdir()) == []
    assert len(files_in(store.root)) == 5


def test_a_failure_mid_write_leaves_nothing_behind(store: DocumentStore) -> None:
    data = b"x" * (3 * CHUNK_SIZE + 17)
    with pytest.raises(ConnectionResetError):
        store.put_stream(BrokenStream(data))
    assert files_in(store.root) == []
    assert hashlib.sha256(data).hexdigest() not in store


def test_a_missing_source_file_leaves_nothing_behind(store: DocumentStore, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        store.put_file(tmp_path / "gone.pdf")
    assert files_in(store.root) == []


def test_a_failure_while_publishing_leaves_nothing_under_the_final_name(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("orderbridge.store.os.replace", full_disk)
    monkeypatch.setattr("orderbridge.store.os.link", full_disk)
    with pytest.raises(OSError, match="No space left"):
        store.put_bytes(b"purchase order")
    assert files_in(store.root) == []


def test_without_hard_links_the_store_falls_back_to_an_atomic_rename(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("orderbridge.store.os.link", no_links)
    first = store.put_bytes(b"purchase order")
    again = store.put_bytes(b"purchase order")
    assert again == first
    assert first.path.read_bytes() == b"purchase order"
    assert files_in(store.root) == [first.path]


def test_concurrent_puts_of_the_same_content_make_one_object(store: DocumentStore) -> None:
    data = b"the same purchase order" * 10_000
    barrier = threading.Barrier(8)
    results = []

    def put() -> None:
        barrier.wait()
        results.append(store.put_bytes(data))

    threads = [threading.Thread(target=put) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1
    assert files_in(store.root) == [results[0].path]
    assert results[0].path.read_bytes() == data
