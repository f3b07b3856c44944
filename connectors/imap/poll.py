"""One poll of an order mailbox: new mail into the ledger, then out of the inbox, then the cursor.

The order of the steps is the guarantee. Per batch of messages: fetch (``BODY.PEEK[]``, nothing changes
on the server), commit every document to the ledger, move the messages to Processed / Rejected (or flag
them), and only then advance the ledger cursor (UIDVALIDITY, last UID). A crash before the commit
repeats the fetch; a crash after it finds the same attachments at the same place (``resumed``) and
finishes the move; a crash after the move finds nothing new. A changed UIDVALIDITY restarts from UID 1,
skipping flagged messages, with content hashes dropping anything seen before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from connectors.credentials import get_connection
from connectors.imap.mailbox import NETWORK_ERRORS, ImapMailbox, transient
from connectors.imap.settings import ImapSettings
from connectors.mail.intake import MailLimits, MailOutcome, mail_file_name, take_in_mail
from connectors.mail.message import parse_mail
from connectors.mail.senders import SenderPolicy
from orderbridge.pipeline.intake import take_in_data

if TYPE_CHECKING:
    from orderbridge.pipeline.runtime import Runtime

log = logging.getLogger(__name__)
Step = Callable[[str, list[int]], None]  # test hook: ("fetched" | "committed" | "moved", uids)


@dataclass
class ImapPollReport:
    conn_id: str
    uidvalidity: int | None = None
    messages: int = 0
    new_document_ids: list[int] = field(default_factory=list)
    rejected: dict[str, int] = field(default_factory=dict)  # reason -> messages
    settled: dict[str, int] = field(default_factory=dict)  # moved | copied | flagged -> messages
    more_waiting: bool = False

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def cursor_name(conn_id: str, folder: str) -> str:
    return f"imap:{conn_id}:{folder}"


def poll_imap(rt: Runtime, conn_id: str, *, on_step: Step | None = None) -> ImapPollReport:
    """Takes in every message that arrived since the last poll (up to ``max_messages``)."""
    settings = ImapSettings.from_connection(get_connection(conn_id))
    report = ImapPollReport(conn_id)
    step = on_step or (lambda _name, _uids: None)
    try:
        with ImapMailbox(settings) as box:
            _poll(rt, box, settings, report, step)
    except NETWORK_ERRORS as exc:
        raise transient(exc, f"{settings.host}:{settings.port} dropped the connection") from exc
    return report


def _poll(rt: Runtime, box: ImapMailbox, s: ImapSettings, report: ImapPollReport, step: Step) -> None:
    name = cursor_name(report.conn_id, s.folder)
    uidvalidity = box.open()
    report.uidvalidity = uidvalidity
    cursor = rt.ledger.get_cursor(name) or {}
    fresh = cursor.get("uidvalidity") != uidvalidity
    if fresh and cursor:
        log.warning("%s: UIDVALIDITY %s -> %s; rescanning", name, cursor["uidvalidity"], uidvalidity)
    last_uid = 0 if fresh else int(cursor.get("last_uid", 0))
    uids = box.uids_after(last_uid, skip_done=fresh)
    report.more_waiting = len(uids) > s.max_messages
    uids = uids[: s.max_messages]
    policy = SenderPolicy.from_masterdata(rt.masterdata, s.allow_senders)
    limits = MailLimits(s.max_attachments, s.max_attachment_bytes)
    for start in range(0, len(uids), s.batch_size):
        batch = uids[start : start + s.batch_size]
        outcomes = _take_in_batch(rt, box, s, uidvalidity, batch, policy, limits, report.conn_id, step)
        step("committed", batch)
        for folder_kind in ("processed", "rejected"):
            group = [uid for uid in batch if outcomes[uid].folder == folder_kind]
            if not group:
                continue
            target = s.processed_folder if folder_kind == "processed" else s.rejected_folder
            how = box.settle(group, target)
            report.settled[how] = report.settled.get(how, 0) + len(group)
            for uid in group:
                for doc_id in dict.fromkeys(outcomes[uid].document_ids):
                    rt.ledger.add_event(
                        "document.moved",
                        document_id=doc_id,
                        data={"to": f"imap:{target}", "how": how, "uid": uid},
                    )
        step("moved", batch)
        rt.ledger.set_cursor(name, {"uidvalidity": uidvalidity, "last_uid": batch[-1]})
        for outcome in outcomes.values():
            report.new_document_ids += outcome.new_ids
            if outcome.folder == "rejected":
                reason = outcome.reason or "rejected"
                report.rejected[reason] = report.rejected.get(reason, 0) + 1
        report.messages += len(batch)


def _take_in_batch(
    rt,
    box: ImapMailbox,
    s: ImapSettings,
    uidvalidity: int,
    batch: list[int],
    policy: SenderPolicy,
    limits: MailLimits,
    conn_id: str,
    step: Step,
) -> dict[int, MailOutcome]:
    sizes = box.sizes(batch)
    wanted = [uid for uid in batch if sizes.get(uid, 0) <= s.max_message_bytes]
    raws = box.fetch(wanted) if wanted else {}
    oversized = [uid for uid in batch if uid not in wanted]
    headers = box.fetch_headers(oversized) if oversized else {}
    step("fetched", batch)
    outcomes: dict[int, MailOutcome] = {}
    for uid in batch:
        ref = f"imap://{conn_id}/{s.folder};UIDVALIDITY={uidvalidity}/;UID={uid}"
        if uid in raws:
            outcomes[uid] = take_in_mail(rt, raws[uid], source="imap", ref=ref, policy=policy, limits=limits)
        elif uid in headers:
            outcomes[uid] = _too_large(rt, headers[uid], sizes[uid], s.max_message_bytes, ref, policy)
        else:  # expunged by someone else between SEARCH and FETCH: nothing to take in, nothing to move
            outcomes[uid] = MailOutcome(folder="gone")
    return outcomes


def _too_large(rt, header: bytes, size: int, limit: int, ref: str, policy: SenderPolicy) -> MailOutcome:
    """A message above ``max_message_bytes`` is not downloaded: its header is kept with the reason."""
    mail = parse_mail(header)
    result = take_in_data(
        rt,
        header,
        source="imap",
        source_ref=f"{ref}/header",
        media_type="message/rfc822",
        original_name=mail_file_name(mail, ".eml"),
        sender=mail.sender,
        customer_code=policy.customer_for(mail.sender),
    )
    if result.is_new:
        rt.ledger.set_document_state(
            result.document_id,
            "rejected",
            reason="message-too-large",
            detail=f"the message has {size} bytes; the limit is {limit}",
        )
    return MailOutcome(folder="rejected", document_ids=[result.document_id], reason="message-too-large")
