"""A crash or a network drop at any step loses no mail and takes none in twice; server refusals degrade."""

from __future__ import annotations

import pytest

from connectors.imap import poll_imap
from orderbridge.errors import ConnectorError, ErrorKind
from tests.connectors.imap.conftest import make_mailbox
from tests.servers.mails import attachment, mail
from tests.servers.proxy import CuttingProxy


class Killed(BaseException):
    """Stands for the worker being killed: nothing after it runs, no ``except Exception`` catches it."""


def kill_at(step_name: str):
    def hook(name: str, _uids: list[int]) -> None:
        if name == step_name:
            raise Killed(step_name)

    return hook


def pdf(tag: str, padding: int = 0) -> bytes:
    return f"%PDF-1.4\n% PO {tag}\n".encode() + b"0" * padding + b"\n%%EOF\n"


@pytest.mark.parametrize("step", ["fetched", "committed", "moved"])
def test_a_job_killed_at_any_step_loses_nothing_and_doubles_nothing(rt, mailbox, step: str) -> None:
    mailbox.deliver(mail(parts=[attachment("PO-1.pdf", pdf("1")), attachment("PO-2.pdf", pdf("2"))]))
    with pytest.raises(Killed):
        poll_imap(rt, mailbox.conn_id, on_step=kill_at(step))
    poll_imap(rt, mailbox.conn_id)
    poll_imap(rt, mailbox.conn_id)
    docs = rt.ledger.documents_in_state()
    assert sorted(d.original_name for d in docs) == ["PO-1.pdf", "PO-2.pdf"]
    assert all(d.state == "received" for d in docs)  # resumed, not mistaken for duplicates
    assert mailbox.count("INBOX") == 0 and mailbox.count("Processed") == 1
    assert mailbox.count("Rejected") == 0
    for doc in docs:
        assert len(rt.ledger.events(document_id=doc.id, kind="document.moved")) == 1


def test_a_connection_dropped_in_the_middle_of_a_fetch_is_a_transient_error(
    rt, dovecot_server, monkeypatch
) -> None:
    proxy = CuttingProxy(dovecot_server.imap_port, cut_after=60_000).start()
    try:
        box = make_mailbox(dovecot_server, monkeypatch)
        monkeypatch.setenv(
            f"AIRFLOW_CONN_{box.conn_id.upper()}",
            dovecot_server.connection_json(box.user).replace(str(dovecot_server.imap_port), str(proxy.port)),
        )
        box.deliver(mail(parts=[attachment("big-PO.pdf", pdf("big", padding=300_000))]))
        with pytest.raises(ConnectorError) as dropped:
            poll_imap(rt, box.conn_id)
        assert dropped.value.kind is ErrorKind.TRANSIENT and proxy.cuts == 1
        assert rt.ledger.documents_in_state() == []
        assert box.count("INBOX") == 1 and b"\\Seen" not in box.flags()[0]
        proxy.cut_after = None  # the network is back
        report = poll_imap(rt, box.conn_id)
        assert len(report.new_document_ids) == 1 and box.count("Processed") == 1
    finally:
        proxy.stop()


def test_a_server_that_refuses_move_gets_the_message_flagged(rt, dovecot_server, monkeypatch) -> None:
    box = make_mailbox(dovecot_server, monkeypatch, processed_folder="Locked")
    box.deliver(mail(parts=[attachment("PO-9.pdf", pdf("9"))]))
    report = poll_imap(rt, box.conn_id)
    assert report.settled == {"flagged": 1} and len(report.new_document_ids) == 1
    assert box.count("INBOX") == 1 and b"$OrderBridgeDone" in box.flags()[0]
    assert poll_imap(rt, box.conn_id).messages == 0


def test_a_server_without_move_gets_copy_and_expunge(rt, dovecot_without_move, monkeypatch) -> None:
    box = make_mailbox(dovecot_without_move, monkeypatch)
    box.deliver(mail(parts=[attachment("PO-c.pdf", pdf("c"))]))
    report = poll_imap(rt, box.conn_id)
    assert report.settled == {"copied": 1}
    assert box.count("INBOX") == 0 and box.count("Processed") == 1


def test_a_changed_uidvalidity_rescans_but_skips_what_was_flagged(rt, dovecot_server, monkeypatch) -> None:
    box = make_mailbox(dovecot_server, monkeypatch, processed_folder="Locked")
    box.deliver(mail(parts=[attachment("PO-f.pdf", pdf("f"))]))
    poll_imap(rt, box.conn_id)  # flagged, left in the inbox
    box.deliver(mail(parts=[attachment("PO-g.pdf", pdf("g"))]))
    name = f"imap:{box.conn_id}:INBOX"
    rt.ledger.set_cursor(name, {"uidvalidity": 1, "last_uid": 999})  # as after a mailbox rebuild
    report = poll_imap(rt, box.conn_id)
    assert report.messages == 1
    assert [rt.ledger.get_document(i).original_name for i in report.new_document_ids] == ["PO-g.pdf"]
    assert len(rt.ledger.documents_in_state()) == 2


def test_a_refused_login_is_a_config_error(rt, dovecot_server, monkeypatch) -> None:
    box = make_mailbox(dovecot_server, monkeypatch)
    wrong = dovecot_server.connection_json(box.user).replace(dovecot_server._users[box.user], "wrong")
    monkeypatch.setenv(f"AIRFLOW_CONN_{box.conn_id.upper()}", wrong)
    with pytest.raises(ConnectorError) as refused:
        poll_imap(rt, box.conn_id)
    assert refused.value.kind is ErrorKind.CONFIG


def test_a_mailbox_with_5000_messages_is_worked_off_in_bounded_polls(rt, dovecot_server, monkeypatch) -> None:
    """5,000 waiting messages: each poll takes ``max_messages`` of them in UID order, and the next poll
    continues from the cursor. (The whole backlog is timed by ``python -m bench.intake``.)"""
    box = make_mailbox(dovecot_server, monkeypatch, batch_size=50, max_messages=100)
    dovecot_server.drop_into_maildir(
        [
            mail(subject=f"PO {n}", parts=[attachment(f"PO-{n:04}.csv", f"po,{n}\n".encode(), "text/csv")])
            for n in range(5000)
        ],
        user=box.user,
    )
    first, second = poll_imap(rt, box.conn_id), poll_imap(rt, box.conn_id)
    assert (first.messages, second.messages) == (100, 100)
    assert first.more_waiting and second.more_waiting
    names = [d.original_name for d in rt.ledger.documents_in_state()]
    assert len(names) == len(set(names)) == 200
    assert rt.ledger.get_cursor(f"imap:{box.conn_id}:INBOX")["last_uid"] == 200
    assert box.count("INBOX") == 4800 and box.count("Processed") == 200
