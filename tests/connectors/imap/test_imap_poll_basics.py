"""Polling the order mailbox: every PO attachment becomes a document, mail leaves the inbox unread."""

from __future__ import annotations

from connectors.imap import poll_imap
from tests.servers.mails import attachment, mail


def pdf(tag: str) -> bytes:
    return f"%PDF-1.4\n% purchase order {tag}\n%%EOF\n".encode()


def test_each_po_attachment_becomes_its_own_document(rt, mailbox) -> None:
    parts = [attachment("PO-1001.pdf", pdf("1001")), attachment("PO-1002.pdf", pdf("1002"))]
    mailbox.deliver(mail(parts=parts))
    report = poll_imap(rt, mailbox.conn_id)
    docs = rt.ledger.documents_in_state()
    assert [d.original_name for d in docs] == ["PO-1001.pdf", "PO-1002.pdf"]
    assert report.new_document_ids == [d.id for d in docs]
    assert all(d.source == "imap" and d.sender == "buyer@hdprecision.cn" for d in docs)
    assert all(d.customer_code == "C0001" for d in docs)
    assert mailbox.count("INBOX") == 0 and mailbox.count("Processed") == 1


def test_fetching_never_marks_mail_read(rt, mailbox) -> None:
    mailbox.deliver(mail(parts=[attachment("PO.pdf", pdf("seen"))]))
    poll_imap(rt, mailbox.conn_id)
    [flags] = mailbox.flags("Processed")
    assert b"\\Seen" not in flags


def test_a_second_poll_finds_nothing_new(rt, mailbox) -> None:
    mailbox.deliver(mail(parts=[attachment("PO.pdf", pdf("once"))]))
    poll_imap(rt, mailbox.conn_id)
    again = poll_imap(rt, mailbox.conn_id)
    assert again.messages == 0 and again.new_document_ids == []
    assert len(rt.ledger.documents_in_state()) == 1


def test_the_cursor_keeps_uidvalidity_and_last_uid(rt, mailbox) -> None:
    mailbox.deliver(mail(parts=[attachment("a.pdf", pdf("a"))]), mail(parts=[attachment("b.pdf", pdf("b"))]))
    report = poll_imap(rt, mailbox.conn_id)
    cursor = rt.ledger.get_cursor(f"imap:{mailbox.conn_id}:INBOX")
    assert cursor == {"uidvalidity": report.uidvalidity, "last_uid": 2}


def test_imaps_with_the_servers_certificate(rt, dovecot_server, monkeypatch) -> None:
    from tests.connectors.imap.conftest import make_mailbox

    box = make_mailbox(dovecot_server, monkeypatch, ssl=True)
    box.deliver(mail(parts=[attachment("PO-tls.pdf", pdf("tls"))]))
    report = poll_imap(rt, box.conn_id)
    assert len(report.new_document_ids) == 1
