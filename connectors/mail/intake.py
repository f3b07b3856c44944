"""One mail into the ledger: each PO attachment its own document, everything else accounted for.

Every mail leaves a trace. PO attachments become documents (dropped again by content hash when the same
file was sent before); a mail refused as a whole (sender not allowed, too many or too large attachments,
no PO in it) is kept as its ``.eml`` document in state ``rejected`` with the reason; an order typed into
the mail text is kept as a ``.txt`` document for a person to enter (reason ``order-in-mail-text``).
Which folder the mail goes to afterwards is the caller's business: ``MailOutcome.folder`` says which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from connectors.mail.classify import classify_part, looks_like_typed_order
from connectors.mail.message import MailPart, ParsedMail, parse_mail
from connectors.mail.senders import SenderPolicy
from orderbridge.pipeline.intake import take_in_data

if TYPE_CHECKING:
    from orderbridge.pipeline.runtime import Runtime

TNEF_DETAIL = "Outlook winmail.dat (TNEF): no maintained parser; ask the sender to attach the PO as a file"
_UNSAFE = re.compile(r'[\x00-\x1f/\\:*?"<>|]+')


@dataclass(frozen=True)
class MailLimits:
    max_attachments: int = 20
    max_attachment_bytes: int = 25 * 1024 * 1024


@dataclass
class MailOutcome:
    folder: str = "processed"  # processed | rejected
    new_ids: list[int] = field(default_factory=list)  # documents to process
    document_ids: list[int] = field(default_factory=list)  # every document this mail touched
    reason: str | None = None
    skipped: list[str] = field(default_factory=list)  # parts recognised as not a PO, with why


def take_in_mail(
    rt: Runtime, raw: bytes, *, source: str, ref: str, policy: SenderPolicy, limits: MailLimits
) -> MailOutcome:
    """Records ``raw`` (one whole message) in the ledger; ``ref`` names the message at its source."""
    mail = parse_mail(raw)
    verdict = policy.judge(mail.sender, mail.forwarded_senders)
    sender = mail.sender
    if verdict.customer_code and verdict.customer_code != policy.customer_for(mail.sender):
        sender = next(s for s in mail.forwarded_senders if policy.customer_for(s) == verdict.customer_code)
    meta = {"source": source, "sender": sender, "customer_code": verdict.customer_code}
    outcome = MailOutcome()
    if not verdict.allowed:
        return _reject_whole(rt, raw, mail, ref, meta, outcome, "sender-not-allowed", verdict.note)
    candidates: list[tuple[MailPart, str]] = []
    for part in mail.parts:
        judged = classify_part(part)
        if judged.kind == "not-po":
            outcome.skipped.append(f"{part.filename or part.content_type}: {judged.why}")
        else:
            candidates.append((part, judged.kind))
    if len(candidates) > limits.max_attachments:
        detail = f"{len(candidates)} attachments; the limit is {limits.max_attachments}"
        return _reject_whole(rt, raw, mail, ref, meta, outcome, "too-many-attachments", detail)
    big = [p for p, _ in candidates if len(p.data) > limits.max_attachment_bytes]
    if big:
        detail = "; ".join(f"{p.filename or 'attachment'} has {len(p.data)} bytes" for p in big)
        detail += f"; the limit is {limits.max_attachment_bytes}"
        return _reject_whole(rt, raw, mail, ref, meta, outcome, "attachment-too-large", detail)
    if not candidates:
        text = f"{mail.subject}\n\n{mail.body_text}".strip()
        if looks_like_typed_order(text):
            return _typed_order(rt, text, mail, ref, meta, outcome)
        note = f"no PO in the mail ({'; '.join(outcome.skipped) or 'no attachment'})"
        return _reject_whole(rt, raw, mail, ref, meta, outcome, "no-purchase-order", note)
    kept_any = False
    for index, (part, kind) in enumerate(candidates, start=1):
        name = _safe_name(part.filename) or f"attachment-{index}"
        result = take_in_data(
            rt,
            part.data,
            source_ref=f"{ref}/{index}",
            original_name=name,
            media_type=part.content_type,
            **meta,
        )
        outcome.document_ids.append(result.document_id)
        if result.is_new and kind == "tnef" and not result.rejected_reason:
            rt.ledger.set_document_state(
                result.document_id, "rejected", reason="tnef-unsupported", detail=TNEF_DETAIL
            )
            kept_any = True
            continue
        if result.is_new and not result.rejected_reason:
            outcome.new_ids.append(result.document_id)
        kept_any = kept_any or result.is_new or result.resumed
    if not kept_any:
        outcome.folder, outcome.reason = "rejected", "duplicate"
    _note_mail(rt, mail, verdict.note, outcome)
    return outcome


def _note_mail(rt: Runtime, mail: ParsedMail, sender_note: str, outcome: MailOutcome) -> None:
    """One ``mail.received`` event on the mail's first document: who sent it, what was not a PO."""
    rt.ledger.add_event(
        "mail.received",
        document_id=outcome.document_ids[0] if outcome.document_ids else None,
        message=sender_note,
        data={
            "message_id": mail.message_id,
            "sender": mail.sender,
            "subject": mail.subject,
            "forwarded_from": mail.forwarded_senders,
            "not_po": outcome.skipped,
            "documents": outcome.document_ids,
        },
    )


def _reject_whole(rt, raw, mail: ParsedMail, ref, meta, outcome: MailOutcome, reason: str, detail: str):
    result = take_in_data(
        rt,
        raw,
        source_ref=f"{ref}/eml",
        original_name=mail_file_name(mail, ".eml"),
        media_type="message/rfc822",
        **meta,
    )
    if result.is_new:
        rt.ledger.set_document_state(result.document_id, "rejected", reason=reason, detail=detail)
    outcome.document_ids.append(result.document_id)
    outcome.folder, outcome.reason = "rejected", reason
    return outcome


def _typed_order(rt, text: str, mail: ParsedMail, ref, meta, outcome: MailOutcome) -> MailOutcome:
    body = f"From: {mail.sender}\nSubject: {mail.subject}\nMessage-ID: {mail.message_id}\n\n{text}\n"
    result = take_in_data(
        rt,
        body.encode("utf-8"),
        source_ref=f"{ref}/text",
        original_name=mail_file_name(mail, ".txt"),
        media_type="text/plain",
        **meta,
    )
    if result.is_new:
        rt.ledger.set_document_state(
            result.document_id,
            "rejected",
            reason="order-in-mail-text",
            detail="the order is typed in the mail text: a person enters it",
        )
    outcome.document_ids.append(result.document_id)
    outcome.folder, outcome.reason = "rejected", "order-in-mail-text"
    return outcome


def _safe_name(name: str | None) -> str | None:
    """A file name fit for logs and listings: no path, no control characters, at most 200 characters."""
    if not name:
        return None
    name = _UNSAFE.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    return name[:200] or None


def mail_file_name(mail: ParsedMail, suffix: str) -> str:
    return (_safe_name(mail.subject) or "mail")[:120] + suffix
