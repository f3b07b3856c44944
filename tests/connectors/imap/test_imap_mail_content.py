"""What a mail turns into: duplicates, senders, limits, typed orders, logos, forwarded mail, winmail.dat."""

from __future__ import annotations

from pathlib import Path

from connectors.imap import poll_imap
from orderbridge.pipeline.process import process_document
from orderbridge.samples import hdprecision
from tests.connectors.imap.conftest import make_mailbox
from tests.servers.mails import attachment, forwarded, mail

PDF = b"%PDF-1.4\n% PO 1\n%%EOF\n"


def only_document(rt):
    [doc] = rt.ledger.documents_in_state()
    return doc


def test_the_same_file_resent_in_a_new_mail_is_a_duplicate(rt, mailbox) -> None:
    mailbox.deliver(mail(parts=[attachment("PO-1.pdf", PDF)]))
    poll_imap(rt, mailbox.conn_id)
    mailbox.deliver(mail(subject="again", parts=[attachment("PO-1 (resent).pdf", PDF)]))
    report = poll_imap(rt, mailbox.conn_id)
    assert report.new_document_ids == [] and report.rejected == {"duplicate": 1}
    doc = only_document(rt)
    assert len(rt.ledger.events(document_id=doc.id, kind="document.duplicate")) == 1
    assert mailbox.count("Processed") == 1 and mailbox.count("Rejected") == 1


def test_the_same_po_number_in_another_file_does_not_become_a_second_order(rt, mailbox) -> None:
    original = hdprecision.render()
    mailbox.deliver(mail(parts=[attachment("HD-PO.pdf", original)]))
    mailbox.deliver(mail(parts=[attachment("HD-PO-scan.pdf", original + b"\n% re-saved\n")]))
    report = poll_imap(rt, mailbox.conn_id)
    first, second = (process_document(rt, doc_id) for doc_id in report.new_document_ids)
    assert first.state in ("ready", "review") and first.order_id is not None
    assert second.state == "duplicate" and second.order_id == first.order_id
    order = rt.ledger.order_summaries()[0]
    assert order.customer_code == "C0001"


def test_an_allow_list_rejects_other_senders_outright(rt, dovecot_server, monkeypatch) -> None:
    box = make_mailbox(dovecot_server, monkeypatch, allow_senders="ourcompany.example")
    box.deliver(mail(sender="stranger@elsewhere.example", parts=[attachment("PO.pdf", PDF)]))
    report = poll_imap(rt, box.conn_id)
    doc = only_document(rt)
    assert report.rejected == {"sender-not-allowed": 1} and report.new_document_ids == []
    assert (doc.state, doc.reject_reason, doc.original_name) == ("rejected", "sender-not-allowed", "PO.eml")
    assert box.count("Rejected") == 1


def test_an_unknown_sender_is_taken_in_for_review_without_a_customer(rt, mailbox) -> None:
    mailbox.deliver(mail(sender="someone@gmail.com", parts=[attachment("PO.pdf", PDF)]))
    poll_imap(rt, mailbox.conn_id)
    doc = only_document(rt)
    assert (doc.state, doc.sender, doc.customer_code) == ("received", "someone@gmail.com", None)
    [event] = rt.ledger.events(document_id=doc.id, kind="mail.received")
    assert "no known customer: review" in event.message


def test_too_many_attachments_reject_the_mail_with_the_reason(rt, dovecot_server, monkeypatch) -> None:
    box = make_mailbox(dovecot_server, monkeypatch, max_attachments=2)
    box.deliver(mail(parts=[attachment(f"PO-{n}.pdf", PDF + bytes([n])) for n in range(3)]))
    poll_imap(rt, box.conn_id)
    doc = only_document(rt)
    assert doc.reject_reason == "too-many-attachments" and "limit is 2" in doc.detail


def test_an_attachment_too_large_rejects_the_mail_with_the_reason(rt, dovecot_server, monkeypatch) -> None:
    box = make_mailbox(dovecot_server, monkeypatch, max_attachment_bytes=1000)
    box.deliver(mail(parts=[attachment("big.pdf", PDF + b"0" * 5000)]))
    poll_imap(rt, box.conn_id)
    doc = only_document(rt)
    assert doc.reject_reason == "attachment-too-large" and "big.pdf" in doc.detail


def test_a_message_too_large_is_not_downloaded(rt, dovecot_server, monkeypatch) -> None:
    box = make_mailbox(dovecot_server, monkeypatch, max_message_bytes=20_000)
    box.deliver(mail(subject="huge", parts=[attachment("huge.pdf", PDF + b"0" * 50_000)]))
    report = poll_imap(rt, box.conn_id)
    doc = only_document(rt)
    assert report.rejected == {"message-too-large": 1}
    assert doc.reject_reason == "message-too-large" and doc.size < 2000  # the header only


def test_an_order_typed_in_the_mail_text_is_recorded_for_review(rt, mailbox) -> None:
    mailbox.deliver(mail(subject="订单", body="您好，订单如下：\nHD-BLT-0830 数量 200 个\n请确认"))
    poll_imap(rt, mailbox.conn_id)
    doc = only_document(rt)
    assert (doc.reject_reason, doc.original_name) == ("order-in-mail-text", "订单.txt")
    assert "HD-BLT-0830 数量 200 个" in Path(doc.stored_path).read_text(encoding="utf-8")


def test_a_mail_without_any_order_is_kept_with_its_reason(rt, mailbox) -> None:
    mailbox.deliver(mail(subject="thanks", body="Thanks for the quick delivery!"))
    report = poll_imap(rt, mailbox.conn_id)
    assert only_document(rt).reject_reason == "no-purchase-order"
    assert report.rejected == {"no-purchase-order": 1}


def test_logos_signatures_and_terms_are_not_taken_for_orders(rt, mailbox) -> None:
    mailbox.deliver(
        mail(
            parts=[
                attachment(
                    "image001.png",
                    b"\x89PNG\r\n\x1a\n" + b"0" * 2000,
                    "image/png",
                    inline=True,
                    content_id="logo1",
                ),
                attachment("smime.p7s", b"0" * 300, "application/pkcs7-signature"),
                attachment("Terms and Conditions.pdf", PDF + b"terms"),
                attachment("采购订单.pdf", PDF, name_encoding="rfc2047", charset="gb2312"),
            ]
        )
    )
    poll_imap(rt, mailbox.conn_id)
    doc = only_document(rt)
    assert doc.original_name == "采购订单.pdf"
    [event] = rt.ledger.events(document_id=doc.id, kind="mail.received")
    assert len(event.data["not_po"]) == 3


def test_a_forwarded_po_is_the_original_senders(rt, dovecot_server, monkeypatch) -> None:
    box = make_mailbox(dovecot_server, monkeypatch, allow_senders="ourcompany.example")
    inner = mail(sender="buyer@acme-industrial.com", parts=[attachment("ACME-PO.pdf", PDF)])
    box.deliver(forwarded(inner, sender="sales@ourcompany.example"))
    poll_imap(rt, box.conn_id)
    doc = only_document(rt)
    assert (doc.original_name, doc.sender, doc.customer_code) == (
        "ACME-PO.pdf",
        "buyer@acme-industrial.com",
        "C0002",
    )


def test_winmail_dat_is_kept_and_rejected_with_the_reason(rt, mailbox) -> None:
    mailbox.deliver(
        mail(parts=[attachment("winmail.dat", b"\x78\x9f\x3e\x22" + b"0" * 100, "application/ms-tnef")])
    )
    poll_imap(rt, mailbox.conn_id)
    assert only_document(rt).reject_reason == "tnef-unsupported"
