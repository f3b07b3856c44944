"""Status sync against U8, SAP, SF Express and Kuaidi100, each through its real sandbox over its own wire
protocol: every change becomes one ledger event across runs that re-read through the overlap window,
shipment numbers land on the delivery, and an order the target does not know is a finding raised once."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from sync_support import config, delivered_order, kinds

from orderbridge.errors import ConnectorError
from orderbridge.sync import cursor_name, open_findings, sync_target
from orderbridge.sync.tracking import TRACKING

TARGETS = ["u8_target", "sap_target", "sf_target", "k100_target"]
GHOSTS = {
    "u8": "0000009999",
    "sap": "0000009999",
    "sf_express": "SF9999999999999",
    "kuaidi100": "SF9999999999999",
}


def statuses(ledger, delivery_id: int) -> list[str]:
    return [e.data["status"] for e in kinds(ledger, "status.changed") if e.delivery_id == delivery_id]


@pytest.mark.parametrize("fixture", TARGETS)
def test_changes_are_recorded_once_across_overlapping_runs_and_a_missing_order_is_raised_once(
    fixture, request, sqlite_ledger
):
    target = request.getfixturevalue(fixture)
    name, cfg = target.name, config(batch_size=500)
    moving, still = target.push("PO-MOVE"), target.push("PO-STILL")
    _, moving_id = delivered_order(sqlite_ledger, "PO-MOVE", moving, target=name)
    _, still_id = delivered_order(sqlite_ledger, "PO-STILL", still, target=name)
    ghost_order, ghost_id = delivered_order(sqlite_ledger, "PO-GHOST", GHOSTS[name], target=name)

    start = dt.datetime.now(dt.UTC)
    first = sync_target(sqlite_ledger, target.connector, name, cfg, now=start)
    assert (first.open_deliveries, first.changes, first.findings_raised) == (3, 2, 1)
    assert first.complete_read and first.since is None
    assert statuses(sqlite_ledger, moving_id) == [target.first_status]

    target.advance(moving)
    second = sync_target(sqlite_ledger, target.connector, name, cfg, now=start + dt.timedelta(minutes=15))
    assert second.since == (start - dt.timedelta(minutes=30)).isoformat()  # re-reads through the overlap
    assert (second.changes, second.findings_raised, second.findings_resolved) == (1, 0, 0)
    third = sync_target(sqlite_ledger, target.connector, name, cfg, now=start + dt.timedelta(minutes=30))
    assert (third.changes, third.findings_raised) == (0, 0)

    assert statuses(sqlite_ledger, moving_id) == [target.first_status, target.next_status]
    assert statuses(sqlite_ledger, still_id) == [target.first_status]
    assert statuses(sqlite_ledger, ghost_id) == []
    raised = [e for e in kinds(sqlite_ledger, "finding.raised") if e.data["rule"] == "missing_in_target"]
    assert [(e.order_id, e.delivery_id) for e in raised] == [(ghost_order, ghost_id)]
    assert list(open_findings(sqlite_ledger, name)) == [f"missing_in_target:{name}:{ghost_id}"]
    assert sqlite_ledger.get_cursor(cursor_name(name))["watermark"] == third.until


def test_u8_is_read_by_batch_get_pages_never_one_call_per_order(u8_target, sqlite_ledger):
    for i in range(5):
        delivered_order(sqlite_ledger, f"PO-U8-{i}", u8_target.push(f"PO-U8-{i}"), target="u8")
    report = sync_target(sqlite_ledger, u8_target.connector, "u8", config(batch_size=2))
    assert (report.calls, report.updates_read, report.changes) == (3, 5, 5)  # pages of 2, 2 and 1 rows


def test_u8_shipped_lands_on_the_delivery_with_its_raw_codes(u8_target, sqlite_ledger):
    code = u8_target.push("PO-U8-SHIP")
    _, delivery_id = delivered_order(sqlite_ledger, "PO-U8-SHIP", code, target="u8")
    sync_target(sqlite_ledger, u8_target.connector, "u8", config())
    httpx.post(f"{u8_target.url}/sandbox/orders/{code}/status", json={"fhstatus": "1"}).raise_for_status()
    sync_target(sqlite_ledger, u8_target.connector, "u8", config())
    u8_target.advance(code)
    sync_target(sqlite_ledger, u8_target.connector, "u8", config())
    changed = [e for e in kinds(sqlite_ledger, "status.changed") if e.delivery_id == delivery_id]
    assert [(e.data["from"], e.data["status"]) for e in changed] == [
        (None, "created"),
        ("created", "partially_shipped"),
        ("partially_shipped", "shipped"),
    ]
    assert changed[-1].data["detail"] == {"state": "Approved", "fhstatus": "2"}


def test_sap_outbound_delivery_number_lands_on_the_delivery_once(sap_target, sqlite_ledger):
    vbeln = sap_target.push("PO-SAP-DLV")
    order_id, delivery_id = delivered_order(sqlite_ledger, "PO-SAP-DLV", vbeln, target="sap")
    sync_target(sqlite_ledger, sap_target.connector, "sap", config())
    assert kinds(sqlite_ledger, TRACKING) == []  # not delivered yet: no delivery note
    sap_target.advance(vbeln)
    for _ in range(2):
        sync_target(sqlite_ledger, sap_target.connector, "sap", config())
    (note,) = kinds(sqlite_ledger, TRACKING)
    assert (note.order_id, note.delivery_id) == (order_id, delivery_id)
    assert note.data == {
        "target": "sap",
        "number": f"008{vbeln[-7:]}",
        "kind": "delivery_note",
        "carrier": "sap",
    }


@pytest.mark.parametrize("fixture", ["sf_target", "k100_target"])
def test_a_courier_waybill_lands_on_the_delivery_once(fixture, request, sqlite_ledger):
    target = request.getfixturevalue(fixture)
    waybill = target.push("PO-WAYBILL")
    _, delivery_id = delivered_order(sqlite_ledger, "PO-WAYBILL", waybill, target=target.name)
    for _ in range(3):
        sync_target(sqlite_ledger, target.connector, target.name, config())
        target.advance(waybill)
    (tracked,) = kinds(sqlite_ledger, TRACKING)
    assert tracked.delivery_id == delivery_id
    assert (tracked.data["number"], tracked.data["kind"], tracked.data["carrier"]) == (
        waybill,
        "waybill",
        "shunfeng",
    )


def test_sf_routes_are_asked_ten_waybills_a_call(sf_target, sqlite_ledger):
    for i in range(12):
        delivered_order(sqlite_ledger, f"PO-SF-{i}", sf_target.push(f"PO-SF-{i}"), target="sf_express")
    calls = []
    original = sf_target.connector._client.call
    sf_target.connector._client.call = lambda service, msg: calls.append(service) or original(service, msg)
    report = sync_target(sqlite_ledger, sf_target.connector, "sf_express", config())
    assert report.changes == 12 and calls == ["EXP_RECE_SEARCH_ROUTES"] * 2


def test_a_target_that_fails_moves_no_cursor_and_records_nothing(sap_target, sqlite_ledger):
    vbeln = sap_target.push("PO-SAP-DOWN")
    delivered_order(sqlite_ledger, "PO-SAP-DOWN", vbeln, target="sap")
    httpx.post(f"{sap_target.url}/sandbox/faults", json={"name": "http_503", "count": 20}).raise_for_status()
    with pytest.raises(ConnectorError) as failed:
        sync_target(sqlite_ledger, sap_target.connector, "sap", config())
    assert failed.value.kind == "transient"
    assert sqlite_ledger.get_cursor(cursor_name("sap")) is None
    assert kinds(sqlite_ledger, "status.changed", "finding.raised") == []
