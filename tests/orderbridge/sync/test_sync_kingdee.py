"""Status sync against the Kingdee sandbox over real HTTP: paged ExecuteBillQuery, each change recorded once,
reconciliation findings raised once and resolved when they clear."""

from __future__ import annotations

import datetime as dt

import pytest
from sync_support import FAST, config, delivered_order, kinds, kingdee_connection, kingdee_payload

from connectors.base import OrderKey
from connectors.kingdee import KingdeeConnector
from connectors.kingdee.sandbox import start_in_thread
from orderbridge.errors import ConnectorError
from orderbridge.sync import cursor_name, open_findings, sync_target
from orderbridge.sync.kingdee_pages import KingdeeStatusPages


@pytest.fixture
def kingdee(tmp_path):
    handle = start_in_thread(tmp_path / "kingdee.sqlite")
    connector = KingdeeConnector(kingdee_connection(handle.url), policy=FAST, timeout=5)
    yield connector
    connector.close()
    handle.stop()


def push(kingdee, po: str, lines=((100, 1.25),)) -> str:
    return kingdee.push_order(kingdee_payload(po, list(lines)), OrderKey("C0001", po, "kingdee")).external_id


def later(hours: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)


def test_each_status_change_is_recorded_once_and_the_cursor_is_the_run_start(sqlite_ledger, kingdee):
    bills = [push(kingdee, f"PO-{i}") for i in range(3)]
    for i, bill in enumerate(bills):
        delivered_order(sqlite_ledger, f"PO-{i}", bill)
    source = KingdeeStatusPages(kingdee)
    start = dt.datetime.now(dt.UTC)

    first = sync_target(sqlite_ledger, source, "kingdee", config(batch_size=2), now=start)
    assert (first.open_deliveries, first.changes, first.complete_read) == (3, 3, True)
    assert first.calls == 2  # pages of 2 rows, not one call per order
    assert sqlite_ledger.get_cursor(cursor_name("kingdee"))["watermark"] == start.isoformat()
    assert [e.data["status"] for e in kinds(sqlite_ledger, "status.changed")] == ["created"] * 3

    again = sync_target(sqlite_ledger, source, "kingdee", config(batch_size=2))
    assert again.changes == 0 and again.since is not None

    kingdee.submit([bills[1]])
    kingdee.audit([bills[1]])
    third = sync_target(sqlite_ledger, source, "kingdee", config(batch_size=2))
    assert third.changes == 1
    changed = kinds(sqlite_ledger, "status.changed")[-1]
    assert (changed.data["external_id"], changed.data["from"], changed.data["status"]) == (
        bills[1],
        "created",
        "approved",
    )
    assert changed.data["detail"]["FDocumentStatus"] == "C"
    assert sync_target(sqlite_ledger, source, "kingdee", config(batch_size=2)).changes == 0


def test_a_bill_split_across_pages_is_summed_once(sqlite_ledger, kingdee):
    bill = push(kingdee, "PO-SPLIT", [(10, 2), (5, 4), (1, 1)])
    delivered_order(sqlite_ledger, "PO-SPLIT", bill, lines=[("10", "2"), ("5", "4"), ("1", "1")])
    report = sync_target(sqlite_ledger, KingdeeStatusPages(kingdee), "kingdee", config(batch_size=2))
    assert report.changes == 1 and report.findings_raised == 0
    detail = kinds(sqlite_ledger, "status.changed")[0].data["detail"]
    assert (detail["total_qty"], detail["total_amount"]) == ("16", "41")


def test_a_finding_is_raised_once_however_many_runs_see_it_and_resolved_once_cleared(sqlite_ledger, kingdee):
    bill = push(kingdee, "PO-SLOW")
    order_id, _ = delivered_order(sqlite_ledger, "PO-SLOW", bill)
    source = KingdeeStatusPages(kingdee)

    assert sync_target(sqlite_ledger, source, "kingdee", config(), now=later(1)).findings_raised == 0
    assert sync_target(sqlite_ledger, source, "kingdee", config(), now=later(25)).findings_raised == 1
    assert sync_target(sqlite_ledger, source, "kingdee", config(), now=later(26)).findings_raised == 0
    raised = kinds(sqlite_ledger, "finding.raised")
    assert len(raised) == 1
    assert raised[0].data["rule"] == "not_approved" and raised[0].order_id == order_id
    assert raised[0].data["link"] == f"http://airflow.test/orderbridge/orders/{order_id}"

    kingdee.submit([bill])
    kingdee.audit([bill])
    cleared = sync_target(sqlite_ledger, source, "kingdee", config(), now=later(27))
    assert (cleared.findings_raised, cleared.findings_resolved) == (0, 1)
    assert open_findings(sqlite_ledger, "kingdee") == {}


def test_an_order_the_target_does_not_know_is_missing_and_quantities_are_compared(sqlite_ledger, kingdee):
    bill = push(kingdee, "PO-QTY", [(90, 1.25)])
    delivered_order(sqlite_ledger, "PO-QTY", bill, lines=[("100", "1.25")])
    delivered_order(sqlite_ledger, "PO-GONE", "XSDD999999")

    report = sync_target(sqlite_ledger, KingdeeStatusPages(kingdee), "kingdee", config())
    findings = {e.data["rule"]: e for e in kinds(sqlite_ledger, "finding.raised")}
    assert set(findings) == {"missing_in_target", "quantity_mismatch", "amount_mismatch"}
    assert report.findings_raised == 3
    quantity = findings["quantity_mismatch"].data
    assert (quantity["target_value"], quantity["po_value"]) == ("90", "100")
    assert findings["missing_in_target"].data["external_id"] == "XSDD999999"
    assert sync_target(sqlite_ledger, KingdeeStatusPages(kingdee), "kingdee", config()).findings_raised == 0


def test_the_target_failing_moves_nothing(sqlite_ledger, kingdee, tmp_path):
    bill = push(kingdee, "PO-DOWN")
    delivered_order(sqlite_ledger, "PO-DOWN", bill)
    kingdee.close()
    broken = KingdeeConnector(kingdee_connection("http://127.0.0.1:9"), policy=FAST, timeout=1)
    with pytest.raises(ConnectorError):
        sync_target(sqlite_ledger, KingdeeStatusPages(broken), "kingdee", config())
    assert sqlite_ledger.get_cursor(cursor_name("kingdee")) is None
    assert kinds(sqlite_ledger, "status.changed", "finding.raised") == []


def test_without_a_modification_field_every_read_is_complete_so_a_later_loss_is_found(sqlite_ledger, kingdee):
    delivered_order(sqlite_ledger, "PO-OK", push(kingdee, "PO-OK"))
    source = KingdeeStatusPages(kingdee)
    assert sync_target(sqlite_ledger, source, "kingdee", config()).findings_raised == 0
    delivered_order(sqlite_ledger, "PO-LATER", "XSDD777777")  # pushed, then deleted in Kingdee
    later_run = sync_target(sqlite_ledger, source, "kingdee", config())
    assert later_run.since is not None and later_run.complete_read
    assert [e.data["rule"] for e in kinds(sqlite_ledger, "finding.raised")] == ["missing_in_target"]
