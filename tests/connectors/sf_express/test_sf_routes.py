"""Statuses from EXP_RECE_SEARCH_ROUTES: the latest route event decides; opCode 80 is delivered."""

from __future__ import annotations

import time

from sf_support import advance, key_for, payload

from connectors.sandbox_kit import SandboxHandle
from connectors.sf_express import SfExpressConnector
from connectors.sf_express.connector import status_of
from connectors.sf_express.sandbox_services import routes_of


def book(sf: SfExpressConnector, po: str = "PO-1") -> str:
    return sf.push_order(payload(), key_for(po)).external_id


def test_a_fresh_shipment_is_booked_without_route_events(sf: SfExpressConnector) -> None:
    waybill = book(sf)
    [update] = sf.fetch_statuses([waybill])
    assert (update.external_id, update.status, update.detail) == (waybill, "booked", {})


def test_statuses_follow_the_route_to_delivered(sf: SfExpressConnector, sf_sandbox: SandboxHandle) -> None:
    waybill = book(sf)
    seen = []
    for _ in range(5):
        advance(sf_sandbox.url, waybill=waybill)
        seen.append(sf.fetch_statuses([waybill])[0])
    assert [u.status for u in seen] == [
        "picked_up",
        "in_transit",
        "in_transit",
        "out_for_delivery",
        "delivered",
    ]
    assert seen[-1].detail["opCode"] == "80"
    assert "签收" in seen[-1].detail["remark"]
    advance(sf_sandbox.url, steps=3, waybill=waybill)
    assert sf.fetch_statuses([waybill])[0].status == "delivered"


def test_unknown_waybills_are_left_out_and_batches_are_split(
    sf: SfExpressConnector, sf_sandbox: SandboxHandle
) -> None:
    waybills = [book(sf, f"PO-{i}") for i in range(12)]
    advance(sf_sandbox.url, steps=1)
    updates = sf.fetch_statuses([*waybills, "SF0000000000000", waybills[0]])
    assert [u.external_id for u in updates] == waybills
    assert {u.status for u in updates} == {"picked_up"}


def test_a_wrong_check_phone_hides_the_routes(make_sf) -> None:
    waybill = book(make_sf())
    assert make_sf(check_phone="13800009999").fetch_statuses([waybill]) == []
    assert len(make_sf(check_phone="0215958 1234").fetch_statuses([waybill])) == 1


def test_routes_advance_with_time_when_configured() -> None:
    shipment = {"createdAt": time.time() - 125, "stage": 0}
    assert [r["opCode"] for r in routes_of(shipment, 60, shipment["createdAt"] + 125)] == ["50", "30"]
    assert routes_of(shipment, 0, shipment["createdAt"] + 10_000) == []
    assert len(routes_of({**shipment, "stage": 9}, 0, 0)) == 5


def test_status_of_reads_the_last_event() -> None:
    resp = {"mailNo": "SF1", "routes": [{"opCode": "50"}, {"opCode": "44", "remark": "派送中"}]}
    assert status_of(resp).status == "out_for_delivery"
    assert status_of({"mailNo": "SF1", "routes": [{"opCode": "99"}]}).status == "in_transit"
