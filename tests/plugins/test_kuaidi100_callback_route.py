"""Kuaidi100's push receiver inside the plugin's app on a real Airflow API server: reachable without an
Airflow login (Kuaidi100 cannot sign in), authenticated by Kuaidi100's signature instead."""

from __future__ import annotations

import json

import httpx
from airflow_api_server import PUSH_SALT
from orders_seed import WAYBILL

from connectors.kuaidi100 import protocol
from connectors.kuaidi100.signing import push_sign

ROUTE = "/orderbridge/kuaidi100/callback"


def push_form(state: str, salt: str = PUSH_SALT) -> dict[str, str]:
    last = {
        "nu": WAYBILL,
        "com": "shunfeng",
        "state": state,
        "ischeck": "0",
        "data": [{"time": "2026-11-22 09:00", "ftime": "2026-11-22 09:00", "context": "已收取快件"}],
    }
    param = protocol.dumps({"status": "polling", "message": "", "lastResult": last})
    return {"param": param, "sign": push_sign(param, salt)}


def pushed(ledger, delivery_id: int) -> list[str]:
    return [e.data["status"] for e in ledger.events(delivery_id=delivery_id, kind="status.changed")]


def test_a_signed_push_needs_no_airflow_login_and_lands_on_the_shipment(api_server, order_ids, view_ledger):
    for _ in range(2):  # Kuaidi100 re-sends: one event
        response = httpx.post(api_server.url + ROUTE, data=push_form("1"))
        assert (response.status_code, response.content) == (200, protocol.push_accepted_body())
    assert pushed(view_ledger, order_ids["shipment"]) == ["picked_up"]


def test_an_unsigned_or_forged_push_is_refused_without_a_login_page(api_server, order_ids, view_ledger):
    before = pushed(view_ledger, order_ids["shipment"])
    forged = push_form("3", salt="not-our-salt")
    for form in (forged, {"param": forged["param"]}):
        response = httpx.post(api_server.url + ROUTE, data=form)
        assert response.status_code == 400 and json.loads(response.content)["result"] is False
    assert pushed(view_ledger, order_ids["shipment"]) == before


def test_the_receiver_opens_no_other_door(api_server):
    assert httpx.get(api_server.url + ROUTE).status_code == 405
    assert httpx.get(f"{api_server.url}/orderbridge/orders").status_code == 401
