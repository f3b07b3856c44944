"""Intake: every received file is stored byte for byte and recorded in the ledger before anything else.

A file whose content hash the ledger already knows becomes a duplicate event, not a second document.
The cheap admission checks (empty, too large) happen here so such files never reach the readers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from orderbridge.pipeline.runtime import Runtime
    from orderbridge.store import StoredFile

log = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class IntakeResult:
    document_id: int
    is_new: bool
    rejected_reason: str | None = None
    resumed: bool = False  # the same file at the same place: a crash came between commit and move


def take_in_file(rt: Runtime, path: Path, *, source: str, source_ref: str) -> IntakeResult:
    """Store ``path``, record it in the ledger and commit; the caller moves the original afterwards."""
    return _record(rt, rt.store.put_file(path), source=source, source_ref=source_ref, original_name=path.name)


def take_in_data(
    rt: Runtime,
    data: bytes | BinaryIO,
    *,
    source: str,
    source_ref: str,
    original_name: str,
    sender: str | None = None,
    customer_code: str | None = None,
    media_type: str | None = None,
) -> IntakeResult:
    """``take_in_file`` for bytes from any source (a mail attachment, an SFTP download).

    ``source_ref`` names the place the bytes came from so that a retry after a crash between the ledger
    commit and the source's own clean-up (moving a mail or a remote file) is recognised as ``resumed``.
    """
    stored = rt.store.put_bytes(data) if isinstance(data, bytes) else rt.store.put_stream(data)
    return _record(
        rt,
        stored,
        source=source,
        source_ref=source_ref,
        original_name=original_name,
        sender=sender,
        customer_code=customer_code,
        media_type=media_type,
    )


def _record(
    rt: Runtime,
    stored: StoredFile,
    *,
    source: str,
    source_ref: str,
    original_name: str,
    **metadata: str | None,
) -> IntakeResult:
    doc, is_new = rt.ledger.record_document(
        sha256=stored.sha256,
        size=stored.size,
        source=source,
        source_ref=source_ref,
        original_name=original_name,
        stored_path=str(stored.path),
        **metadata,
    )
    if not is_new:
        if doc.source_ref == source_ref and not rt.ledger.events(document_id=doc.id, kind="document.moved"):
            return IntakeResult(doc.id, is_new=False, rejected_reason=doc.reject_reason, resumed=True)
        log.info("duplicate of document %s: %s", doc.id, original_name)
        return IntakeResult(doc.id, is_new=False)
    reason = _admission_problem(stored.size)
    if reason:
        rt.ledger.set_document_state(doc.id, "rejected", reason=reason[0], detail=reason[1])
        return IntakeResult(doc.id, is_new=True, rejected_reason=reason[0])
    return IntakeResult(doc.id, is_new=True)


def _admission_problem(size: int) -> tuple[str, str] | None:
    if size == 0:
        return "empty-file", "the file is empty (0 bytes)"
    if size > MAX_DOCUMENT_BYTES:
        return "too-large", f"the file has {size} bytes; the limit is {MAX_DOCUMENT_BYTES}"
    return None


def poll_folder(rt: Runtime) -> list[int]:
    """Take in every settled file of the inbox folder; returns the ids of new documents to process."""
    inbox = rt.inbox
    new_ids: list[int] = []
    for item in inbox.ready_files():
        result = take_in_file(rt, item.path, source="folder", source_ref=str(item.path))
        # Only now, with the ledger committed, does the file leave the inbox.
        if not result.is_new and not result.resumed:
            moved = inbox.mark_rejected(item.path, "duplicate")
        elif result.rejected_reason:
            moved = inbox.mark_rejected(item.path, result.rejected_reason)
        else:
            moved = inbox.mark_processed(item.path)
            if result.is_new:
                new_ids.append(result.document_id)
        rt.ledger.add_event("document.moved", document_id=result.document_id, data={"to": str(moved)})
    return new_ids
