"""Documents: one row per content hash, claimed by exactly one worker, every state change in the log."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable

import pytest

from orderbridge.ledger import Document, DocumentSource, DocumentState, Ledger, RecordNotFound

SHA = hashlib.sha256(b"a purchase order").hexdigest()


def record(ledger: Ledger, **overrides: object) -> tuple[Document, bool]:
    values: dict[str, object] = {
        "sha256": SHA,
        "size": 16,
        "source": "folder",
        "source_ref": "inbox/PO-1.pdf",
        "original_name": "PO-1.pdf",
        "stored_path": f"store/{SHA[:2]}/{SHA[2:4]}/{SHA}",
    }
    return ledger.record_document(**{**values, **overrides})  # type: ignore[arg-type]


def test_a_new_document_is_received_and_logged(ledger: Ledger) -> None:
    document, created = record(ledger, media_type="application/pdf")
    assert created
    assert document.state is DocumentState.RECEIVED
    assert document.source is DocumentSource.FOLDER
    assert (document.sha256, document.size, document.media_type) == (SHA, 16, "application/pdf")
    assert document.received_at.utcoffset() is not None
    assert ledger.get_document(document.id) == document
    [event] = ledger.events(document_id=document.id)
    assert event.kind == "document.received"
    assert event.data == {"source": "folder", "source_ref": "inbox/PO-1.pdf", "size": 16}


def test_the_same_content_again_returns_the_first_document_and_logs_the_duplicate(ledger: Ledger) -> None:
    first, _ = record(ledger)
    again, created = record(ledger, source="imap", source_ref="<abc@mail.example>", original_name="fwd.pdf")
    assert not created
    assert again == first
    assert len(ledger.documents_in_state()) == 1
    kinds = [(e.kind, e.data["source_ref"]) for e in ledger.events(document_id=first.id)]
    assert kinds == [("document.received", "inbox/PO-1.pdf"), ("document.duplicate", "<abc@mail.example>")]


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("sha256", "ABC", ValueError),
        ("sha256", SHA.upper(), ValueError),
        ("size", -1, ValueError),
        ("source", "ftp", ValueError),
    ],
)
def test_bad_document_values_are_refused_and_nothing_is_recorded(
    ledger: Ledger, field: str, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        record(ledger, **{field: value})
    assert ledger.documents_in_state() == []
    assert ledger.events() == []


def test_an_unknown_document_id_raises_record_not_found(ledger: Ledger) -> None:
    with pytest.raises(RecordNotFound, match="no document with id 999"):
        ledger.get_document(999)
    with pytest.raises(RecordNotFound):
        ledger.set_document_state(999, "done")
    with pytest.raises(RecordNotFound):
        ledger.claim_document(999)


def test_documents_in_state_filters_and_lists_oldest_first(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    a, b, c = new_document(), new_document(), new_document()
    ledger.set_document_state(b.id, "extracted")
    assert [d.id for d in ledger.documents_in_state("received")] == [a.id, c.id]
    assert [d.id for d in ledger.documents_in_state("received", "extracted")] == [a.id, b.id, c.id]
    assert [d.id for d in ledger.documents_in_state("received", limit=1)] == [a.id]
    assert ledger.documents_in_state(DocumentState.DONE) == []
    with pytest.raises(ValueError):
        ledger.documents_in_state("lost")


def test_set_document_state_records_reason_detail_and_event(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    document = new_document()
    ledger.set_document_state(document.id, "rejected", reason="encrypted-pdf", detail="needs a password")
    rejected = ledger.get_document(document.id)
    assert (rejected.state, rejected.reject_reason, rejected.detail) == (
        "rejected",
        "encrypted-pdf",
        "needs a password",
    )
    assert rejected.updated_at >= document.updated_at
    event = ledger.events(document_id=document.id)[-1]
    assert event.kind == "document.rejected"
    assert event.message == "needs a password"
    assert event.data == {"from": "received", "to": "rejected", "reason": "encrypted-pdf"}


def test_a_later_state_replaces_the_reason_and_detail(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    document = new_document()
    ledger.set_document_state(document.id, "rejected", reason="unreadable", detail="blurred scan")
    ledger.set_document_state(document.id, "received")
    again = ledger.get_document(document.id)
    assert (again.state, again.reject_reason, again.detail) == ("received", None, None)


def test_rejecting_needs_a_reason_and_unknown_states_are_refused(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    document = new_document()
    with pytest.raises(ValueError, match="reason"):
        ledger.set_document_state(document.id, "rejected")
    with pytest.raises(ValueError):
        ledger.set_document_state(document.id, "archived")
    assert ledger.get_document(document.id).state is DocumentState.RECEIVED
    assert [e.kind for e in ledger.events(document_id=document.id)] == ["document.received"]


def test_a_document_is_claimed_only_once(ledger: Ledger, new_document: Callable[..., Document]) -> None:
    document = new_document()
    assert ledger.claim_document(document.id) is True
    assert ledger.claim_document(document.id) is False
    assert ledger.get_document(document.id).state is DocumentState.PROCESSING
    kinds = [e.kind for e in ledger.events(document_id=document.id)]
    assert kinds == ["document.received", "document.processing"]


def test_only_received_documents_can_be_claimed(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    document = new_document()
    ledger.set_document_state(document.id, "done")
    assert ledger.claim_document(document.id) is False
    assert ledger.get_document(document.id).state is DocumentState.DONE


def test_concurrent_claims_from_many_workers_have_exactly_one_winner(
    ledger_url: str, ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    document = new_document()
    workers = [Ledger(ledger_url) for _ in range(6)]
    barrier = threading.Barrier(len(workers))
    results: list[bool] = []

    def claim(worker: Ledger) -> None:
        barrier.wait()
        results.append(worker.claim_document(document.id))

    threads = [threading.Thread(target=claim, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker in workers:
        worker.dispose()
    assert sorted(results) == [False] * 5 + [True]
    assert [e.kind for e in ledger.events(document_id=document.id)].count("document.processing") == 1


def test_chinese_names_and_references_round_trip(ledger: Ledger) -> None:
    name = "采购订单_上海明华电子（2026年11月）.pdf"
    document, _ = record(ledger, original_name=name, source="sftp", source_ref="/上传/订单/采购订单.pdf")
    stored = ledger.get_document(document.id)
    assert stored.original_name == name
    assert stored.source_ref == "/上传/订单/采购订单.pdf"
    assert ledger.document_summaries()[0].original_name == name


def test_a_compare_and_set_moves_a_document_only_if_nobody_changed_it_since(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    seen = new_document()
    assert ledger.claim_document(seen.id)  # a worker touched it after ``seen`` was read
    claimed = ledger.get_document(seen.id)

    stale = ledger.set_document_state(seen.id, "received", if_updated_at=seen.updated_at)
    fresh = ledger.set_document_state(seen.id, "received", if_updated_at=claimed.updated_at)

    assert (stale, fresh) == (False, True)
    assert ledger.get_document(seen.id).state == "received"
    kinds = [event.kind for event in ledger.events(document_id=seen.id)]
    assert kinds.count("document.received") == 2  # recorded, then the one move that happened
