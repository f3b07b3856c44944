"""Nothing is sent twice: not the same file, not the same PO in another file, not after a crash."""

import pytest
from pipeline_support import arm_fault, drop, sandbox_orders

from orderbridge.pipeline.intake import poll_folder
from orderbridge.pipeline.process import process_document
from orderbridge.pipeline.push import push_order
from orderbridge.pipeline.runner import run_once

PO_FILE = "hdprecision-PO-HD20261118-01.pdf"


def test_the_same_file_dropped_again_is_a_duplicate_not_a_second_order(rt, sample_dir, kingdee_sandbox):
    drop(rt, sample_dir / PO_FILE)
    run_once(rt)
    drop(rt, sample_dir / PO_FILE)

    summary = run_once(rt)

    assert summary["taken_in"] == {"new": 0}
    assert (rt.settings.rejected_dir / "duplicate" / PO_FILE).is_file()
    assert len(rt.ledger.documents_in_state()) == 1
    assert len(sandbox_orders(kingdee_sandbox.url)) == 1
    assert [e.kind for e in rt.ledger.events(kind="document.duplicate")] == ["document.duplicate"]


def test_the_same_po_in_a_different_file_is_recorded_as_a_duplicate_order(rt, sample_dir, kingdee_sandbox):
    drop(rt, sample_dir / PO_FILE)
    run_once(rt)
    resent = rt.settings.home / "resent.pdf"
    resent.write_bytes((sample_dir / PO_FILE).read_bytes() + b"\n% re-saved by the customer\n")
    drop(rt, resent)

    run_once(rt)

    states = sorted(d.state for d in rt.ledger.documents_in_state())
    assert states == ["duplicate", "extracted"]
    assert len(rt.ledger.order_summaries()) == 1
    assert len(sandbox_orders(kingdee_sandbox.url)) == 1


def test_a_crash_between_ledger_commit_and_move_loses_and_doubles_nothing(rt, sample_dir, monkeypatch):
    drop(rt, sample_dir / PO_FILE)
    inbox = rt.inbox

    def crash(path):
        raise OSError("power cut")

    monkeypatch.setattr(inbox, "mark_processed", crash)
    with pytest.raises(OSError):
        poll_folder(rt)
    assert (rt.settings.inbox_dir / PO_FILE).is_file()  # still there: nothing lost
    monkeypatch.undo()

    poll_folder(rt)  # the next poll finishes the job

    assert (rt.settings.processed_dir / PO_FILE).is_file()
    assert [d.state for d in rt.ledger.documents_in_state()] == ["received"]


def test_an_erp_that_times_out_after_committing_gets_the_order_exactly_once(rt, sample_dir, kingdee_sandbox):
    drop(rt, sample_dir / PO_FILE)
    poll_folder(rt)
    (doc,) = rt.ledger.documents_in_state("received")
    order_id = process_document(rt, doc.id).order_id
    arm_fault(kingdee_sandbox.url, name="timeout_after_commit", hold=5)

    outcome = push_order(rt, order_id, "kingdee")

    (stored,) = sandbox_orders(kingdee_sandbox.url)
    assert outcome.state == "delivered"
    assert outcome.external_id == stored["FBillNo"]
    (delivery,) = rt.ledger.deliveries_for(order_id)
    assert delivery.attempts == 1  # one push; the connector's own query found the committed order


def test_a_second_push_of_a_delivered_order_does_not_call_the_erp_again(rt, sample_dir, kingdee_sandbox):
    drop(rt, sample_dir / PO_FILE)
    run_once(rt)
    (order,) = rt.ledger.order_summaries()
    arm_fault(kingdee_sandbox.url, name="http_503", count=100)  # any call would now fail

    outcome = push_order(rt, order.order_id, "kingdee")

    assert outcome.state == "skipped"
    assert len(sandbox_orders(kingdee_sandbox.url)) == 1


def test_a_worker_killed_between_the_delivery_and_the_order_commit_completes_on_the_retry(
    rt, sample_dir, kingdee_sandbox, monkeypatch
):
    """The delivery's commit landed, the order's did not (SIGKILL in between): the order stays ``ready``
    until the retry finds the delivery done, completes the order, and sends nothing again."""
    from orderbridge.pipeline import push

    drop(rt, sample_dir / PO_FILE)
    poll_folder(rt)
    (doc,) = rt.ledger.documents_in_state("received")
    order_id = process_document(rt, doc.id).order_id

    def killed(*args, **kwargs):
        raise SystemExit("worker killed")

    monkeypatch.setattr(push, "complete_if_delivered_everywhere", killed)
    with pytest.raises(SystemExit):
        push_order(rt, order_id, "kingdee")
    monkeypatch.undo()
    assert rt.ledger.get_order(order_id).state == "ready"
    (delivery,) = rt.ledger.deliveries_for(order_id)
    assert delivery.state == "delivered"

    outcome = push_order(rt, order_id, "kingdee")  # the retry

    assert outcome.state == "delivered"
    assert rt.ledger.get_order(order_id).state == "delivered"
    assert len(sandbox_orders(kingdee_sandbox.url)) == 1
    assert rt.ledger.deliveries_for(order_id)[0].attempts == 1
