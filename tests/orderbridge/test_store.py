"""The document store: byte-for-byte copies under their SHA-256, one object per content, never modified."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from orderbridge.store import CHUNK_SIZE, DocumentStore, StoreCorrupted, StoredFile

PDF = b"%PDF-1.7\n% \xe9\xa1\xb9\xe7\x9b\xae\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
PDF_SHA = hashlib.sha256(PDF).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> DocumentStore:
    return DocumentStore(tmp_path / "store")


def objects_in(store: DocumentStore) -> list[Path]:
    return sorted(p for p in store.root.rglob("*") if p.is_file())


def test_put_file_stores_an_identical_copy_under_its_hash(store: DocumentStore, tmp_path: Path) -> None:
    source = tmp_path / "采购订单 PO-1.pdf"
    source.write_bytes(PDF)
    stored = store.put_file(source)
    assert stored == StoredFile(PDF_SHA, len(PDF), store.root / PDF_SHA[:2] / PDF_SHA[2:4] / PDF_SHA)
    assert stored.path.read_bytes() == PDF
    assert stored.path.suffix == ""
    assert source.read_bytes() == PDF
    with store.open(PDF_SHA) as stream:
        assert stream.read() == PDF


def test_put_bytes_and_put_file_agree(store: DocumentStore, tmp_path: Path) -> None:
    source = tmp_path / "po.pdf"
    source.write_bytes(PDF)
    assert store.put_bytes(PDF) == store.put_file(source)
    assert objects_in(store) == [store.path_for(PDF_SHA)]


def test_the_same_content_twice_is_one_object_left_untouched(store: DocumentStore) -> None:
    first = store.put_bytes(PDF)
    inode, mtime = first.path.stat().st_ino, first.path.stat().st_mtime_ns
    second = store.put_bytes(PDF)
    assert second == first
    assert (second.path.stat().st_ino, second.path.stat().st_mtime_ns) == (inode, mtime)
    assert objects_in(store) == [first.path]


def test_an_empty_file_is_stored_too(store: DocumentStore) -> None:
    stored = store.put_bytes(b"")
    assert stored.sha256 == hashlib.sha256(b"").hexdigest()
    assert stored.size == 0
    assert stored.path.read_bytes() == b""


def test_stored_objects_are_read_only(store: DocumentStore) -> None:
    stored = store.put_bytes(PDF)
    assert stored.path.stat().st_mode & 0o222 == 0


def test_verify_detects_tampering(store: DocumentStore) -> None:
    stored = store.put_bytes(PDF)
    assert store.verify(PDF_SHA)
    stored.path.chmod(0o644)
    stored.path.write_bytes(PDF.replace(b"Catalog", b"Catalof"))
    assert not store.verify(PDF_SHA)


def test_verify_is_false_for_a_missing_object(store: DocumentStore) -> None:
    assert not store.verify("0" * 64)
    assert "0" * 64 not in store
    with pytest.raises(FileNotFoundError):
        store.open("0" * 64)


def test_a_stored_object_of_the_wrong_size_is_reported_not_replaced(store: DocumentStore) -> None:
    stored = store.put_bytes(PDF)
    stored.path.chmod(0o644)
    stored.path.write_bytes(PDF[:10])
    with pytest.raises(StoreCorrupted, match="holds 10 bytes"):
        store.put_bytes(PDF)
    assert stored.path.read_bytes() == PDF[:10]


@pytest.mark.parametrize("bad", ["", "abc", PDF_SHA.upper(), "../" + PDF_SHA[3:], PDF_SHA + "0"])
def test_only_sha256_hex_digests_name_objects(store: DocumentStore, bad: str) -> None:
    with pytest.raises(ValueError):
        store.path_for(bad)


def test_a_large_file_is_streamed_in_chunks(
    store: DocumentStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, digest, size = tmp_path / "scan.pdf", hashlib.sha256(), 0
    with open(source, "wb") as out:
        for n in range(20):
            chunk = os.urandom(1 << 20) + n.to_bytes(4, "big")
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    read_sizes: list[int] = []

    class Spy(io.BufferedReader):
        def read(self, n: int | None = -1) -> bytes:
            data = super().read(n)
            read_sizes.append(len(data))
            return data

    monkeypatch.setattr(
        "orderbridge.store.open", lambda path, mode: Spy(io.FileIO(path, mode)), raising=False
    )
    stored = store.put_file(source)
    monkeypatch.undo()
    assert max(read_sizes) <= CHUNK_SIZE
    assert (stored.sha256, stored.size) == (digest.hexdigest(), size)
    assert store.verify(stored.sha256)
    assert stored.path.stat().st_size == source.stat().st_size
