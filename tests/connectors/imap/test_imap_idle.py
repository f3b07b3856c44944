"""IMAP IDLE wakes intake when mail arrives; the Airflow trigger around it serialises and fires."""

from __future__ import annotations

import asyncio
import threading

from connectors.imap import poll_imap
from connectors.imap.idle import wait_for_new_mail
from connectors.imap.trigger import ImapIdleTrigger
from tests.servers.mails import attachment, mail

PO = mail(parts=[attachment("PO-idle.pdf", b"%PDF-1.4\n% idle\n")])


def test_mail_already_waiting_answers_at_once(mailbox) -> None:
    mailbox.deliver(PO)
    assert wait_for_new_mail(mailbox.conn_id, timeout=30) is True


def test_mail_arriving_during_idle_ends_the_wait(mailbox) -> None:
    with mailbox.client():  # the mailbox exists before the IDLE starts
        pass
    timer = threading.Timer(0.5, mailbox.deliver, args=(PO,))
    timer.start()
    try:
        assert wait_for_new_mail(mailbox.conn_id, timeout=60) is True
    finally:
        timer.join()


def test_a_quiet_mailbox_times_out_and_processed_mail_does_not_count(rt, mailbox) -> None:
    mailbox.deliver(PO)
    poll_imap(rt, mailbox.conn_id)
    assert wait_for_new_mail(mailbox.conn_id, timeout=0.2) is False


def test_the_trigger_serialises_and_fires_one_event_when_mail_waits(mailbox) -> None:
    trigger = ImapIdleTrigger(mailbox.conn_id, timeout=5)
    path, kwargs = trigger.serialize()
    assert path == "connectors.imap.trigger.ImapIdleTrigger"
    assert ImapIdleTrigger(**kwargs).serialize() == (path, kwargs)
    mailbox.deliver(PO)

    async def first_event():
        async for event in trigger.run():
            return event

    assert asyncio.run(first_event()).payload == {"conn_id": mailbox.conn_id, "event": "new-mail"}
