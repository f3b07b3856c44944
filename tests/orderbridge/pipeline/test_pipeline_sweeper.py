"""The sweeper puts back work a dead worker left half done, a bounded number of times, never re-sending
a delivery before the target was asked whether the lost push committed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pipeline_support import arm_fault, drop, files_under, kingdee_connection_env, sandbox_orders

from connectors.base import OrderKey
from orderbridge.pipeline.intake import poll_folder
from orderbridge.pipeline.process import process_document
from orderbridge.pipeline.push import push_order
from orderbridge.pipeline.runner import run_once
from orderbridge.pipeline.runtime import Runtime
from orderbridge.pipeline.sweeper import ABANDONED, sweep
from orderbridge.retry import RetryPolicy
from orderbridge.settings import PROJECT_ROOT, Settings

PO_FILE = "hdprecision-PO-HD20261118-01.pdf"
LEASE = 600.0


def later(seconds: float = LEASE + 1) -> dt.datetime:
    """A moment ``seconds`` from now: the sweep sees every lease taken before it as expired."""
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)


def stuck_document(rt: Runtime, sample_dir: Path) -> int:
    """A document a worker claimed and then died with: ``processing`` and nobody working on it."""
    drop(rt, sample_dir / PO_FILE)
    (doc_id,) = poll_folder(rt)
    assert rt.ledger.claim_document(doc_id)
    return doc_id


def ready_order(rt: Runtime, sample_dir: Path) -> int:
    drop(rt, sample_dir / PO_FILE)
    (doc_id,) = poll_folder(rt)
    return process_document(rt, doc_id).order_id


def stuck_delivery(rt: Runtime, order_id: int, *, committed: bool) -> int:
    """Intent recorded, the worker died during the call: the Save reached Kingdee (``committed``) or not."""
    order = rt.ledger.get_order(order_id)
    key = OrderKey(customer_code=order.customer_code, po_number=order.po_number, target="kingdee")
    delivery = rt.ledger.open_delivery(
        order_id=order_id, target="kingdee", idempotency_key=key.idempotency_key
    )
    rt.ledger.begin_attempt(delivery.id)
    if committed:
        from orderbridge.model import PurchaseOrder

        canonical = {k: v for k, v in order.canonical.items() if k != "issues"}
        payload = rt.target_mapping("kingdee").render(PurchaseOrder.model_validate(canonical))
        rt.connector("kingdee").push_order(payload, key)
    return delivery.id


def kinds(rt: Runtime, **ids: int) -> list[str]:
    return [e.kind for e in rt.ledger.events(**ids) if e.kind.startswith("sweeper.")]


# --- documents ------------------------------------------------------------------------------------------
def test_a_document_left_in_processing_goes_back_once_its_lease_has_passed(rt, sample_dir, kingdee_sandbox):
    doc_id = stuck_document(rt, sample_dir)

    report = sweep(rt, lease_seconds=LEASE, max_requeues=3, now=later())

    assert [(a.kind, a.record_id, a.action) for a in report.actions] == [("document", doc_id, "requeued")]
    assert report.put_back == 1
    doc = rt.ledger.get_document(doc_id)
    assert doc.state == "received" and "put back, 1 of 3" in doc.detail
    assert kinds(rt, document_id=doc_id) == ["sweeper.document_requeued"]
    run_once(rt)  # the pipeline takes it from there
    (order,) = rt.ledger.order_summaries()
    assert order.state == "delivered" and len(sandbox_orders(kingdee_sandbox.url)) == 1


def test_a_document_within_its_lease_and_finished_documents_are_left_alone(rt, sample_dir):
    doc_id = stuck_document(rt, sample_dir)

    assert sweep(rt, lease_seconds=LEASE, now=later(LEASE - 60)).actions == []
    assert rt.ledger.get_document(doc_id).state == "processing"
    rt.ledger.set_document_state(doc_id, "received")
    process_document(rt, doc_id)
    assert sweep(rt, lease_seconds=0, now=later()).actions == []  # extracted: nothing to sweep


def test_sweeping_twice_puts_a_document_back_only_once(rt, sample_dir):
    doc_id = stuck_document(rt, sample_dir)

    sweep(rt, lease_seconds=LEASE, now=later())
    again = sweep(rt, lease_seconds=LEASE, now=later())

    assert again.actions == []
    assert kinds(rt, document_id=doc_id) == ["sweeper.document_requeued"]


def test_a_document_that_keeps_dying_is_rejected_as_abandoned_with_its_reason(rt, sample_dir):
    doc_id = stuck_document(rt, sample_dir)
    for _ in range(2):  # put back twice; each time the next worker dies too
        assert sweep(rt, lease_seconds=LEASE, max_requeues=2, now=later()).put_back == 1
        assert rt.ledger.claim_document(doc_id)

    report = sweep(rt, lease_seconds=LEASE, max_requeues=2, now=later())

    assert [a.action for a in report.actions] == ["abandoned"] and report.put_back == 0
    doc = rt.ledger.get_document(doc_id)
    assert doc.state == "rejected" and doc.reject_reason == ABANDONED
    assert "3 times" in doc.detail and "look at the file" in doc.detail
    assert kinds(rt, document_id=doc_id) == ["sweeper.document_requeued"] * 2 + ["sweeper.document_abandoned"]
    assert files_under(rt.settings.rejected_dir) == [f"{ABANDONED}/{PO_FILE}"]
    assert sweep(rt, lease_seconds=0, now=later()).actions == []


def test_a_slow_worker_that_finishes_while_the_sweep_runs_keeps_its_document(rt, sample_dir, monkeypatch):
    doc_id = stuck_document(rt, sample_dir)
    listed = rt.ledger.documents_in_state("processing")  # the sweep's listing, taken before the worker ...
    rt.ledger.set_document_state(doc_id, "extracted")  # ... finished after all
    monkeypatch.setattr(rt.ledger, "documents_in_state", lambda *states: listed)

    report = sweep(rt, lease_seconds=LEASE, now=later())

    assert report.actions == []
    assert rt.ledger.get_document(doc_id).state == "extracted"
    assert kinds(rt, document_id=doc_id) == []


# --- deliveries -----------------------------------------------------------------------------------------
def test_a_delivery_whose_push_committed_is_completed_from_the_target_without_a_resend(
    rt, sample_dir, kingdee_sandbox
):
    order_id = ready_order(rt, sample_dir)
    delivery_id = stuck_delivery(rt, order_id, committed=True)
    (erp_order,) = sandbox_orders(kingdee_sandbox.url)

    report = sweep(rt, lease_seconds=LEASE, now=later())

    assert [a.action for a in report.actions] == ["found"] and report.put_back == 0
    delivery = rt.ledger.get_delivery(delivery_id)
    assert delivery.state == "delivered" and delivery.external_id == erp_order["FBillNo"]
    assert rt.ledger.get_order(order_id).state == "delivered"
    assert kinds(rt, delivery_id=delivery_id) == ["sweeper.delivery_found"]
    run_once(rt)
    assert len(sandbox_orders(kingdee_sandbox.url)) == 1


def test_a_delivery_the_target_does_not_have_becomes_retriable_and_is_pushed_once(
    rt, sample_dir, kingdee_sandbox
):
    order_id = ready_order(rt, sample_dir)
    delivery_id = stuck_delivery(rt, order_id, committed=False)

    report = sweep(rt, lease_seconds=LEASE, max_requeues=3, now=later())

    assert [a.action for a in report.actions] == ["requeued"] and report.put_back == 1
    assert rt.ledger.get_delivery(delivery_id).state == "failed"
    order = rt.ledger.get_order(order_id)
    assert order.state == "failed" and "1 of 3" in order.detail
    assert sweep(rt, lease_seconds=LEASE, now=later()).actions == []  # idempotent
    run_once(rt)
    assert rt.ledger.get_order(order_id).state == "delivered"
    assert len(sandbox_orders(kingdee_sandbox.url)) == 1


def test_a_delivery_stuck_again_and_again_ends_in_dead_letter_with_its_reason(
    rt, sample_dir, kingdee_sandbox
):
    order_id = ready_order(rt, sample_dir)
    delivery_id = stuck_delivery(rt, order_id, committed=False)
    assert sweep(rt, lease_seconds=LEASE, max_requeues=1, now=later()).put_back == 1
    rt.ledger.begin_attempt(delivery_id)  # the next push dies mid-call as well

    report = sweep(rt, lease_seconds=LEASE, max_requeues=1, now=later())

    assert [a.action for a in report.actions] == ["dead_letter"]
    delivery, order = rt.ledger.get_delivery(delivery_id), rt.ledger.get_order(order_id)
    assert delivery.state == "dead_letter" and "2 times" in delivery.last_error
    assert order.state == "dead_letter" and "review queue" in order.detail
    assert kinds(rt, delivery_id=delivery_id) == [
        "sweeper.delivery_requeued",
        "sweeper.delivery_dead_lettered",
    ]
    assert sandbox_orders(kingdee_sandbox.url) == []


def test_a_target_that_cannot_be_asked_leaves_the_delivery_as_it_is(rt, sample_dir, kingdee_sandbox):
    order_id = ready_order(rt, sample_dir)
    delivery_id = stuck_delivery(rt, order_id, committed=False)
    arm_fault(kingdee_sandbox.url, name="http_503", count=1000, retry_after=0)

    report = sweep(rt, lease_seconds=LEASE, now=later())

    assert [a.action for a in report.actions] == ["unverified"] and report.put_back == 0
    assert rt.ledger.get_delivery(delivery_id).state == "sending"
    assert rt.ledger.get_order(order_id).state == "ready"
    assert kinds(rt, delivery_id=delivery_id) == ["sweeper.delivery_unverified"]
    assert "sweeper.delivery_requeued" not in kinds(rt, delivery_id=delivery_id)


def test_a_delivery_being_sent_right_now_is_not_touched(rt, sample_dir, kingdee_sandbox):
    order_id = ready_order(rt, sample_dir)
    stuck_delivery(rt, order_id, committed=False)

    assert sweep(rt, lease_seconds=LEASE, now=later(LEASE - 60)).actions == []
    assert push_order(rt, order_id, "kingdee").state == "delivered"  # the live push finishes normally


def test_a_stuck_delivery_of_an_order_held_for_review_is_completed_and_the_order_stays_with_its_reviewer(
    rt, sample_dir, kingdee_sandbox
):
    order_id = ready_order(rt, sample_dir)
    delivery_id = stuck_delivery(rt, order_id, committed=True)
    rt.ledger.set_order_state(order_id, "review", detail="another target refused it")

    report = sweep(rt, lease_seconds=LEASE, now=later())

    assert [a.action for a in report.actions] == ["found"]
    assert rt.ledger.get_delivery(delivery_id).state == "delivered"
    assert len(sandbox_orders(kingdee_sandbox.url)) == 1


def test_a_stuck_delivery_the_target_lacks_is_made_retriable_without_taking_the_order_from_review(
    rt, sample_dir, kingdee_sandbox
):
    order_id = ready_order(rt, sample_dir)
    delivery_id = stuck_delivery(rt, order_id, committed=False)
    rt.ledger.set_order_state(order_id, "review", detail="a person is looking at it")

    report = sweep(rt, lease_seconds=LEASE, now=later())

    assert [a.action for a in report.actions] == ["requeued"]
    assert rt.ledger.get_delivery(delivery_id).state == "failed"
    order = rt.ledger.get_order(order_id)
    assert order.state == "review" and order.detail == "a person is looking at it"
    assert sandbox_orders(kingdee_sandbox.url) == []


# --- the command line ---------------------------------------------------------------------------------
def test_orderbridge_sweep_puts_back_stuck_work_and_says_what_it_did(rt, sample_dir, monkeypatch):
    from click.testing import CliRunner

    from orderbridge.cli import cli

    doc_id = stuck_document(rt, sample_dir)
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(rt.settings.home))
    monkeypatch.setenv("ORDERBRIDGE_DB_URL", rt.settings.db_url)

    within_lease = CliRunner().invoke(cli, ["sweep"])
    swept = CliRunner().invoke(cli, ["sweep", "--lease-seconds", "0", "--max-requeues", "2"])
    again = CliRunner().invoke(cli, ["sweep", "--lease-seconds", "0", "--json"])

    assert within_lease.exit_code == 0 and within_lease.output.strip() == "0 stuck, 0 put back"
    assert swept.exit_code == 0, swept.output
    assert f"document {doc_id}: requeued:" in swept.output and "put back, 1 of 2" in swept.output
    assert swept.output.strip().endswith("1 stuck, 1 put back")
    assert rt.ledger.get_document(doc_id).state == "received"
    assert again.exit_code == 0 and '"put_back": 0' in again.output  # received now: nothing stuck


# --- PostgreSQL -----------------------------------------------------------------------------------------
@pytest.mark.postgres
def test_the_sweeper_on_postgresql_puts_back_both_kinds_of_stuck_work(
    postgres_url, tmp_path, sample_dir, kingdee_sandbox, monkeypatch
):
    monkeypatch.setenv("AIRFLOW_CONN_KINGDEE_DEFAULT", kingdee_connection_env(kingdee_sandbox.url))
    settings = Settings(home=tmp_path / "home", db_url=postgres_url, mappings_dir=PROJECT_ROOT / "mappings")
    rt = Runtime(
        settings=settings,
        inbox_settle_seconds=0,
        retry_policy=RetryPolicy(max_attempts=2, initial_wait=0.01, multiplier=2, max_wait=0.05),
    )
    rt.ledger.migrate()
    try:
        order_id = ready_order(rt, sample_dir)
        delivery_id = stuck_delivery(rt, order_id, committed=True)
        drop(rt, sample_dir / "acme-PO-4500012345.pdf")
        (doc_id,) = poll_folder(rt)
        assert rt.ledger.claim_document(doc_id)

        report = sweep(rt, lease_seconds=LEASE, now=later())

        assert sorted((a.kind, a.action) for a in report.actions) == [
            ("delivery", "found"),
            ("document", "requeued"),
        ]
        assert rt.ledger.get_delivery(delivery_id).state == "delivered"
        assert rt.ledger.get_document(doc_id).state == "received"
        assert sweep(rt, lease_seconds=LEASE, now=later()).actions == []
    finally:
        rt.ledger.dispose()
