"""Process one document: read and extract it, resolve master data, validate, record the order.

The outcome is always written to the ledger: a rejected document keeps its reason, an order that is not
sure enough (validation errors, low confidence) waits in review instead of going to the ERP, and the same
PO arriving in another file is recorded as a duplicate of the first order.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from orderbridge.errors import DocumentRejected

if TYPE_CHECKING:
    from orderbridge.ledger import Document
    from orderbridge.model import PurchaseOrder
    from orderbridge.pipeline.runtime import Runtime
    from orderbridge.validate import Issue

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProcessResult:
    document_id: int
    state: str  # rejected | duplicate | review | ready | skipped
    order_id: int | None = None
    reason: str | None = None


def pending_documents(rt: Runtime) -> list[int]:
    return [doc.id for doc in rt.ledger.documents_in_state("received")]


def process_document(rt: Runtime, document_id: int, *, reclaim: bool = False) -> ProcessResult:
    """``reclaim``: a retry of the task that claimed the document takes back one left in ``processing``
    by a try that died (a killed worker never gives its claim back)."""
    ledger = rt.ledger
    if not ledger.claim_document(document_id) and not (reclaim and _take_back(rt, document_id)):
        return ProcessResult(document_id, "skipped")
    doc = ledger.get_document(document_id)
    try:
        return _process_claimed(rt, doc)
    except Exception as exc:  # not a verdict on the document: give it back so a retry can take it again
        ledger.set_document_state(document_id, "received", detail=f"processing failed: {exc!r}")
        raise


def _process_claimed(rt: Runtime, doc: Document) -> ProcessResult:
    from ocr import extract_file
    from orderbridge.validate import merge_issues, validate_order

    ledger = rt.ledger
    try:
        extraction = extract_file(doc.stored_path, original_name=doc.original_name, sender=doc.sender)
    except DocumentRejected as rejected:
        ledger.set_document_state(doc.id, "rejected", reason=rejected.reason, detail=rejected.message)
        settle_source_file(rt, doc, rejected.reason)
        return ProcessResult(doc.id, "rejected", reason=rejected.reason)

    resolution = rt.masterdata.resolve(extraction.order, sender=doc.sender)
    order = resolution.order
    issues = merge_issues(resolution.issues, validate_order(order), _sender_issues(doc))
    errors = [i for i in issues if i.severity == "error"]
    state, detail = _verdict(rt, order, errors)

    canonical = order.to_json_dict()
    canonical["issues"] = [
        {"code": i.code, "severity": i.severity, "field": i.field, "message": i.message} for i in issues
    ]
    record, created = ledger.record_order(
        document_id=doc.id,
        customer_key=order.buyer.customer_code or f"?{order.buyer.name or 'unknown buyer'}",
        customer_code=order.buyer.customer_code,
        po_number=order.po_number,
        canonical=canonical,
        state=state,
    )
    if not created and record.document_id == doc.id:  # recorded by a try that died before finishing
        state, detail = record.state, None
    elif not created:
        detail = f"PO {order.po_number} is already order {record.id} (document {record.document_id})"
        ledger.set_document_state(doc.id, "duplicate", detail=detail)
        return ProcessResult(doc.id, "duplicate", order_id=record.id, reason=detail)
    if detail:
        ledger.set_order_state(record.id, state, detail=detail)
    ledger.set_document_state(doc.id, "extracted", detail=f"{extraction.method}, {extraction.pages} page(s)")
    return ProcessResult(doc.id, state, order_id=record.id, reason=detail)


def _take_back(rt: Runtime, document_id: int) -> bool:
    if rt.ledger.get_document(document_id).state != "processing":
        return False
    rt.ledger.set_document_state(document_id, "processing", detail="taken back by a retry after a lost try")
    return True


def _sender_issues(doc: Document) -> list[Issue]:
    """A mailed PO from an address master data does not know waits for a person, whatever it says."""
    from orderbridge.validate import Issue

    if doc.source == "imap" and doc.sender and not doc.customer_code:
        return [
            Issue(
                "sender-unknown",
                f"the sender {doc.sender} is not a known customer address",
                "error",
                "sender",
            )
        ]
    return []


def _verdict(rt: Runtime, order: PurchaseOrder, errors: list[Issue]) -> tuple[str, str | None]:
    if errors:
        return "review", "; ".join(f"{e.code}: {e.message}" for e in errors)
    if order.confidence is not None and order.confidence < float(rt.review_threshold):
        return "review", f"extraction confidence {order.confidence:.2f} is below {rt.review_threshold}"
    return "ready", None


def settle_source_file(rt: Runtime, doc: Document, reason: str) -> None:
    """Move the original of a rejected folder document from ``processed/`` to ``rejected/<reason>/``."""
    if doc.source != "folder":
        return
    moved = [e for e in rt.ledger.events(document_id=doc.id) if e.kind == "document.moved"]
    if not moved:
        return
    current = Path(moved[-1].data["to"])
    if current.exists():
        target = rt.inbox.mark_rejected(current, reason)
        rt.ledger.add_event("document.moved", document_id=doc.id, data={"to": str(target)})
