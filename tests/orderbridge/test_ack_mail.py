"""The acknowledgement mail: sent once per PO after delivery, to the e-mail sender, through a real SMTP
server on loopback; a refusing server leaves ``ack.failed`` and the next push sends it, once."""

from __future__ import annotations

import json
import socketserver
import sys
import threading
from pathlib import Path

import pytest

sys.path[:0] = [str(Path(__file__).parent / "sync"), str(Path(__file__).parent / "pipeline")]

from alert_servers import SmtpServer  # noqa: E402
from pipeline_support import kingdee_connection_env, make_runtime, sandbox_orders  # noqa: E402

from connectors.kingdee.sandbox import start_in_thread  # noqa: E402
from orderbridge.ack import CONN_ENV, FROM_ENV, MAX_ATTEMPTS, acknowledge, pending_failed  # noqa: E402
from orderbridge.pipeline.intake import take_in_data  # noqa: E402
from orderbridge.pipeline.push import push_to_targets  # noqa: E402
from orderbridge.pipeline.runner import run_once  # noqa: E402
from orderbridge.samples import generate_samples  # noqa: E402

SAMPLE = "acme-PO-4500012345.pdf"
BUYER = "buyer@acme.example"
ORIGINAL_ID = "<po-4500012345@mail.acme.example>"


class _Refusing(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        self.wfile.write(b"554 no SMTP service here\r\n")


class RefusingSmtp(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Refusing)
        threading.Thread(target=self.serve_forever, daemon=True).start()


def smtp_env(port: int) -> str:
    return json.dumps(
        {
            "conn_type": "smtp",
            "host": "127.0.0.1",
            "port": port,
            "extra": {"disable_ssl": True, "disable_tls": True},
        }
    )


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("ack-samples")
    generate_samples(folder)
    return (folder / SAMPLE).read_bytes()


@pytest.fixture
def rt(tmp_path, monkeypatch):
    sandbox = start_in_thread(tmp_path / "kingdee.sqlite")
    monkeypatch.setenv("AIRFLOW_CONN_KINGDEE_DEFAULT", kingdee_connection_env(sandbox.url))
    runtime = make_runtime(tmp_path / "home")
    runtime.sandbox_url = sandbox.url
    yield runtime
    sandbox.stop()


@pytest.fixture
def smtp(monkeypatch):
    server = SmtpServer()
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_ACK", smtp_env(server.port))
    monkeypatch.setenv(CONN_ENV, "smtp_ack")
    monkeypatch.setenv(FROM_ENV, "orders@ourco.example")
    yield server
    server.shutdown()
    server.server_close()


def mail_in(rt, data: bytes, *, sender: str | None = BUYER) -> int:
    """A PO as the IMAP intake records it: the attachment with its sender (a known customer's address,
    so the intake names the customer), and the mail's Message-ID."""
    ref = "imap://imap_orders/INBOX;UIDVALIDITY=7/;UID=42"
    doc_id = take_in_data(
        rt,
        data,
        source="imap",
        source_ref=f"{ref}/1",
        original_name=SAMPLE,
        media_type="application/pdf",
        sender=sender,
        customer_code="C0002" if sender else None,
    ).document_id
    rt.ledger.add_event(
        "mail.received",
        document_id=doc_id,
        data={"message_id": ORIGINAL_ID, "sender": sender, "documents": [doc_id]},
    )
    return doc_id


def the_order(rt):
    (order,) = rt.ledger.order_summaries()
    return order


def acks(rt, kind: str) -> list:
    return rt.ledger.events(kind=kind)


def test_a_delivered_mailed_po_is_acknowledged_once_to_its_sender(rt, smtp, sample):
    mail_in(rt, sample)
    assert run_once(rt)["pushed"] == {"delivered": 1}

    order = the_order(rt)
    (erp_order,) = sandbox_orders(rt.sandbox_url)
    assert len(smtp.mails) == 1
    mail = smtp.mails[0]
    assert mail["To"] == BUYER and mail["From"] == "orders@ourco.example"
    assert order.po_number in mail["Subject"]
    assert mail["Message-ID"] and mail["Date"]
    assert mail["In-Reply-To"] == ORIGINAL_ID
    body = mail.get_payload(decode=True).decode("utf-8")
    assert order.po_number in body and erp_order["FBillNo"] in body
    assert "订单" in body and "purchase order" in body
    (sent,) = acks(rt, "ack.sent")
    assert sent.order_id == order.order_id and sent.data["message_id"] == mail["Message-ID"]
    assert sent.data["numbers"] == {"kingdee": erp_order["FBillNo"]}


def test_a_re_push_or_another_run_sends_no_second_mail(rt, smtp, sample):
    mail_in(rt, sample)
    run_once(rt)
    order_id = the_order(rt).order_id

    push_to_targets(rt, order_id)
    run_once(rt)

    assert len(smtp.mails) == 1 and len(acks(rt, "ack.sent")) == 1
    assert len(sandbox_orders(rt.sandbox_url)) == 1


def test_a_po_without_a_sender_gets_no_mail(rt, smtp, sample):
    mail_in(rt, sample, sender=None)
    assert run_once(rt)["pushed"] == {"delivered": 1}
    assert smtp.mails == [] and acks(rt, "ack.sent") == [] and acks(rt, "ack.failed") == []


def test_nothing_is_sent_when_the_ack_is_not_configured(rt, smtp, sample, monkeypatch):
    monkeypatch.delenv(CONN_ENV)
    mail_in(rt, sample)
    assert run_once(rt)["pushed"] == {"delivered": 1}
    assert smtp.mails == [] and acks(rt, "ack.sent") == [] and acks(rt, "ack.failed") == []


def test_an_undefined_connection_records_a_failure_and_still_delivers(rt, smtp, sample, monkeypatch):
    monkeypatch.setenv(CONN_ENV, "smtp_nowhere")
    mail_in(rt, sample)
    assert run_once(rt)["pushed"] == {"delivered": 1}
    (failed,) = acks(rt, "ack.failed")
    assert "smtp_nowhere" in failed.message and the_order(rt).state == "delivered"


def test_a_refusing_server_records_ack_failed_and_the_next_push_sends_it_once(rt, smtp, sample, monkeypatch):
    refusing = RefusingSmtp()
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_ACK", smtp_env(refusing.server_address[1]))
    mail_in(rt, sample)

    assert run_once(rt)["pushed"] == {"delivered": 1}
    order = the_order(rt)
    assert order.state == "delivered" and len(sandbox_orders(rt.sandbox_url)) == 1
    (failed,) = acks(rt, "ack.failed")
    assert failed.order_id == order.order_id and "554" in failed.message
    assert acks(rt, "ack.sent") == []
    refusing.shutdown()
    refusing.server_close()

    monkeypatch.setenv("AIRFLOW_CONN_SMTP_ACK", smtp_env(smtp.port))
    push_to_targets(rt, order.order_id)
    push_to_targets(rt, order.order_id)

    assert len(smtp.mails) == 1 and len(acks(rt, "ack.sent")) == 1
    assert len(acks(rt, "ack.failed")) == 1


def test_a_server_that_keeps_refusing_is_given_up_after_max_attempts(rt, smtp, sample, monkeypatch):
    refusing = RefusingSmtp()
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_ACK", smtp_env(refusing.server_address[1]))
    mail_in(rt, sample)
    run_once(rt)
    order_id = the_order(rt).order_id

    for _ in range(MAX_ATTEMPTS + 2):
        push_to_targets(rt, order_id)

    assert len(acks(rt, "ack.failed")) == MAX_ATTEMPTS and acks(rt, "ack.sent") == []
    assert acknowledge(rt.ledger, order_id) == "gave-up" and pending_failed(rt.ledger) == []
    refusing.shutdown()
    refusing.server_close()


def test_a_bug_in_the_ack_never_fails_the_push(rt, smtp, sample, monkeypatch):
    def broken(**_):
        raise RuntimeError("template bug")

    monkeypatch.setattr("orderbridge.ack.build_mail", broken)
    mail_in(rt, sample)
    assert run_once(rt)["pushed"] == {"delivered": 1}
    assert the_order(rt).state == "delivered" and smtp.mails == []
