"""The watched folder hands over only complete files and never overwrites anything it moves."""

import os
import time
from pathlib import Path

import pytest

from connectors.folder import FolderInbox


@pytest.fixture
def inbox(tmp_path: Path) -> FolderInbox:
    box = FolderInbox(tmp_path / "inbox", tmp_path / "processed", tmp_path / "rejected", settle_seconds=0)
    box.ensure_dirs()
    return box


def drop(inbox: FolderInbox, name: str, data: bytes = b"%PDF-1.7 x", *, age: float = 10.0) -> Path:
    path = inbox.inbox / name
    path.write_bytes(data)
    past = time.time() - age
    os.utime(path, (past, past))
    return path


def test_lists_regular_files_oldest_first(inbox: FolderInbox) -> None:
    drop(inbox, "b.pdf", age=5)
    drop(inbox, "a.pdf", age=50)
    assert [f.path.name for f in inbox.ready_files()] == ["a.pdf", "b.pdf"]


def test_skips_files_still_being_written(inbox: FolderInbox) -> None:
    for name in (".upload.pdf", "po.pdf.part", "po.xlsx.crdownload", "~$po.xlsx", "po.tmp"):
        drop(inbox, name)
    (inbox.inbox / "sub").mkdir()
    assert list(inbox.ready_files()) == []


def test_waits_for_a_file_to_settle(tmp_path: Path) -> None:
    box = FolderInbox(tmp_path / "in", tmp_path / "p", tmp_path / "r", settle_seconds=60)
    box.ensure_dirs()
    fresh = box.inbox / "fresh.pdf"
    fresh.write_bytes(b"x")
    assert list(box.ready_files()) == []
    assert [f.path for f in box.ready_files(now=time.time() + 61)] == [fresh]


def test_processed_files_leave_the_inbox_without_overwriting(inbox: FolderInbox) -> None:
    first = inbox.mark_processed(drop(inbox, "po.pdf", b"one"))
    second = inbox.mark_processed(drop(inbox, "po.pdf", b"two"))
    assert first == inbox.processed / "po.pdf"
    assert second == inbox.processed / "po.1.pdf"
    assert first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert list(inbox.inbox.iterdir()) == []


def test_rejected_files_are_filed_by_reason(inbox: FolderInbox) -> None:
    moved = inbox.mark_rejected(drop(inbox, "scan.pdf"), "corrupt-pdf")
    assert moved == inbox.rejected / "corrupt-pdf" / "scan.pdf"


def test_a_reason_cannot_escape_the_rejected_folder(inbox: FolderInbox) -> None:
    moved = inbox.mark_rejected(drop(inbox, "x.pdf"), "../../etc")
    assert moved.parent.parent == inbox.rejected
