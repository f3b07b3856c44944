"""The optional acknowledgement mail: once an e-mailed PO is in every ERP it goes to, tell its sender.

Off unless ``ORDERBRIDGE_ACK_SMTP_CONN_ID`` names an Airflow SMTP connection (same connection form as the
alerts' e-mail channel); ``ORDERBRIDGE_ACK_FROM`` is the From address. One mail per (customer, PO number)
ever: the orders table is unique on that pair, so an ``ack.sent`` event on the order is the record. A send
that fails records ``ack.failed`` and is tried again by the next push; it never fails the order.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import smtplib
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from orderbridge.errors import OrderBridgeError

log = logging.getLogger(__name__)
CONN_ENV, FROM_ENV = "ORDERBRIDGE_ACK_SMTP_CONN_ID", "ORDERBRIDGE_ACK_FROM"
SENT, FAILED = "ack.sent", "ack.failed"
MAX_ATTEMPTS = 5  # a sender whose server keeps refusing is not retried on every push forever


def ack_enabled() -> bool:
    return bool(os.environ.get(CONN_ENV, "").strip())


def acknowledge_after_push(ledger: Any, order_id: int) -> str | None:
    """Ack ``order_id`` and retry earlier failed acks; the state of ``order_id``'s ack, None when off."""
    if not ack_enabled():
        return None
    try:
        state = acknowledge(ledger, order_id)
        for retry_id in pending_failed(ledger):
            if retry_id != order_id:
                acknowledge(ledger, retry_id)
    except Exception:  # the ack is a courtesy: nothing in it may fail a push that has already succeeded
        log.exception("ack mail for order %s could not be handled", order_id)
        return "error"
    return state


def pending_failed(ledger: Any) -> list[int]:
    """Orders with an ``ack.failed`` (fewer than MAX_ATTEMPTS) and no ``ack.sent``: tried again."""
    failures = Counter(e.order_id for e in ledger.log_of_kinds(FAILED))
    candidates = [order_id for order_id, count in failures.items() if count < MAX_ATTEMPTS]
    return sorted(o for o in candidates if not ledger.events(order_id=o, kind=SENT, limit=1))


def acknowledge(ledger: Any, order_id: int) -> str:
    """What became of ``order_id``'s ack: sent, failed, already-sent, not-delivered, no-sender, gave-up.

    A failed send is recorded as ``ack.failed`` and never raised: the order is delivered either way.
    """
    from connectors.credentials import get_connection

    if ledger.events(order_id=order_id, kind=SENT, limit=1):
        return "already-sent"
    order = ledger.get_order(order_id)
    if order.state != "delivered":
        return "not-delivered"
    doc = ledger.get_document(order.document_id)
    if not doc.sender:
        return "no-sender"
    if len(ledger.events(order_id=order_id, kind=FAILED)) >= MAX_ATTEMPTS:
        return "gave-up"
    numbers = {d.target: d.external_id for d in ledger.deliveries_for(order_id) if d.state == "delivered"}
    data: dict[str, Any] = {
        "customer": order.customer_code or order.customer_key,
        "po_number": order.po_number,
        "to": doc.sender,
        "numbers": numbers,
    }
    try:
        conn = get_connection(os.environ[CONN_ENV].strip())
        from_addr = os.environ.get(FROM_ENV) or conn.extra.get("from_email") or conn.login
        mail = build_mail(
            po_number=order.po_number,
            numbers=numbers,
            to=doc.sender,
            sender=from_addr,
            in_reply_to=original_message_id(ledger, doc.id),
        )
        data["message_id"] = mail["Message-ID"]
        deliver(conn, mail)
    except (OrderBridgeError, OSError, smtplib.SMTPException) as exc:
        log.warning("ack mail for PO %s to %s failed: %s", order.po_number, doc.sender, exc)
        ledger.add_event(FAILED, order_id=order_id, message=str(exc), data=data)
        return "failed"
    ledger.add_event(SENT, order_id=order_id, message=f"acknowledged to {doc.sender}", data=data)
    return "sent"


def original_message_id(ledger: Any, document_id: int) -> str | None:
    """The Message-ID of the mail the document came in (the IMAP intake's ``mail.received`` event)."""
    for event in reversed(ledger.events(document_id=document_id, kind="mail.received")):
        if (event.data or {}).get("message_id"):
            return event.data["message_id"]
    for event in reversed(ledger.events(kind="mail.received", limit=500)):  # later attachments of a mail
        data = event.data or {}
        if document_id in (data.get("documents") or []) and data.get("message_id"):
            return data["message_id"]
    return None


def build_mail(
    *,
    po_number: str,
    numbers: dict[str, str | None],
    to: str,
    sender: str | None,
    in_reply_to: str | None = None,
    when: dt.datetime | None = None,
) -> EmailMessage:
    """The acknowledgement, in Chinese and English, with our order number for each ERP target."""
    when = when or dt.datetime.now(dt.UTC)
    from_addr = sender or "orderbridge@localhost"
    mail = EmailMessage()
    mail["Subject"] = f"订单确认 / Order acknowledgement: PO {po_number}"
    mail["From"], mail["To"] = from_addr, to
    mail["Date"] = format_datetime(when)
    mail["Message-ID"] = make_msgid("ack", domain=from_addr.rpartition("@")[2] or "localhost")
    if in_reply_to:
        mail["In-Reply-To"] = mail["References"] = in_reply_to
    ours = "\n".join(f"  {target}: {number}" for target, number in sorted(numbers.items()))
    day = when.date().isoformat()
    mail.set_content(
        f"您好，\n\n我们已收到贵司采购订单 {po_number}，并已于 {day} 录入系统。我方订单号：\n{ours}\n\n"
        f"Hello,\n\nWe have received your purchase order {po_number} and entered it on {day}. "
        f"Our order number(s):\n{ours}\n\n-- OrderBridge (automatic message / 自动邮件)\n"
    )
    return mail


def deliver(conn: Any, mail: EmailMessage) -> None:
    """Send ``mail`` the way the alerts' e-mail channel sends (one SMTP code path for both)."""
    from orderbridge.alerts.channels import send_email

    send_email(conn, mail)
