"""Received files: recorded once per content hash, claimed by one worker, moved through their states."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from orderbridge.ledger.base import LedgerBase
from orderbridge.ledger.db import utcnow
from orderbridge.ledger.records import Document
from orderbridge.ledger.schema import DocumentRow
from orderbridge.ledger.states import DocumentSource, DocumentState

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class DocumentsMixin(LedgerBase):
    def record_document(
        self,
        *,
        sha256: str,
        size: int,
        source: str,
        source_ref: str,
        original_name: str,
        stored_path: str,
        media_type: str | None = None,
        sender: str | None = None,
        customer_code: str | None = None,
    ) -> tuple[Document, bool]:
        """Records a received file; ``(document, True)`` when new.

        A known ``sha256`` returns the existing document with ``False`` and appends ``document.duplicate``
        (with this ``source``/``source_ref``) to its history; the second copy gets no row of its own.
        """
        if not _SHA256.match(sha256):
            raise ValueError(f"sha256 must be 64 lowercase hex digits, got {sha256!r}")
        if size < 0:
            raise ValueError("size must not be negative")
        source = DocumentSource(source)

        def work(session: Session) -> tuple[Document, bool]:
            row = session.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha256))
            if row is not None:
                self._append_event(
                    session,
                    "document.duplicate",
                    document_id=row.id,
                    message=f"same content received again as {original_name!r}",
                    data={"source": source, "source_ref": source_ref, "original_name": original_name},
                )
                return Document.from_row(row), False
            now = utcnow()
            row = DocumentRow(
                sha256=sha256,
                size=size,
                media_type=media_type,
                original_name=original_name,
                source=source,
                source_ref=source_ref,
                stored_path=stored_path,
                sender=sender,
                customer_code=customer_code,
                state=DocumentState.RECEIVED,
                received_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            self._append_event(
                session,
                "document.received",
                document_id=row.id,
                data={"source": source, "source_ref": source_ref, "size": size},
            )
            return Document.from_row(row), True

        return self._write(work)

    def get_document(self, doc_id: int) -> Document:
        with self._reading() as session:
            return Document.from_row(self._get(session, DocumentRow, doc_id))

    def documents_in_state(self, *states: str, limit: int | None = None) -> list[Document]:
        """Oldest first (the order to process them in); no states means every document."""
        statement = select(DocumentRow).order_by(DocumentRow.id).limit(limit)
        if states:
            statement = statement.where(DocumentRow.state.in_([DocumentState(s) for s in states]))
        with self._reading() as session:
            return [Document.from_row(row) for row in session.scalars(statement)]

    def set_document_state(
        self,
        doc_id: int,
        state: str,
        *,
        reason: str | None = None,
        detail: str | None = None,
        if_updated_at: dt.datetime | None = None,
    ) -> bool:
        """Moves a document to ``state``; ``reason`` (required for rejected) and ``detail`` describe the
        new state and replace the previous ones. Appends ``document.<state>``.

        With ``if_updated_at`` it is a compare-and-set: the move happens (True) only if nobody changed the
        document since that moment, under the row lock; else nothing changes (False)."""
        state = DocumentState(state)
        if state is DocumentState.REJECTED and not reason:
            raise ValueError("a rejected document needs a reason")
        with self._writing() as session:
            row = self._get(session, DocumentRow, doc_id, lock=True)
            if if_updated_at is not None and row.updated_at != if_updated_at:
                return False
            previous = row.state
            row.state, row.reject_reason, row.detail, row.updated_at = state, reason, detail, utcnow()
            self._append_event(
                session,
                f"document.{state}",
                document_id=doc_id,
                message=detail,
                data={"from": previous, "to": state, "reason": reason},
            )
        return True

    def claim_document(self, doc_id: int) -> bool:
        """``received`` -> ``processing`` in one conditional UPDATE: exactly one caller gets True."""
        with self._writing() as session:
            claimed = session.execute(
                update(DocumentRow)
                .where(DocumentRow.id == doc_id, DocumentRow.state == DocumentState.RECEIVED)
                .values(state=DocumentState.PROCESSING, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                self._get(session, DocumentRow, doc_id)  # RecordNotFound for an unknown id
                return False
            self._append_event(
                session,
                f"document.{DocumentState.PROCESSING}",
                document_id=doc_id,
                data={"from": DocumentState.RECEIVED, "to": DocumentState.PROCESSING},
            )
            return True
