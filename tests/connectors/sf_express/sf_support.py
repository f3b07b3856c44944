"""Helpers for the SF Express tests: a rendered shipment payload, keys, connections, sandbox control."""

from __future__ import annotations

import copy
from typing import Any

import httpx

from connectors.base import ConnectionInfo, OrderKey
from connectors.sf_express.sandbox import DEFAULT_CHECK_WORD, DEFAULT_PARTNER_ID
from orderbridge.retry import RetryPolicy

FAST = RetryPolicy(max_attempts=4, initial_wait=0.01, multiplier=2, max_wait=0.05)

PAYLOAD: dict[str, Any] = {
    "language": "zh-CN",
    "expressTypeId": 1,
    "payMethod": 1,
    "parcelQty": 1,
    "isGenWaybillNo": 1,
    "sender": {
        "company": "示例仓",
        "contact": "仓库发货组",
        "tel": "021-55550100",
        "address": "上海市浦东新区张江路100号",
    },
    "recipient": {"contact": "王伟", "tel": "021-5958 1234", "address": "上海市嘉定区安亭镇墨玉路188号"},
    "cargoDetails": [{"name": "不锈钢六角螺栓 M8x30", "count": 5000, "unit": "PCS"}],
}


def payload(**changes: Any) -> dict[str, Any]:
    body = copy.deepcopy(PAYLOAD)
    body.update(changes)
    return body


def key_for(po: str = "HD20261118-01", customer: str = "C0001") -> OrderKey:
    return OrderKey(customer_code=customer, po_number=po, target="sf_express")


def connection(
    url: str, *, partner_id: str = DEFAULT_PARTNER_ID, check_word: str = DEFAULT_CHECK_WORD, **extra: Any
) -> ConnectionInfo:
    return ConnectionInfo(
        conn_id="sf_test",
        conn_type="sf_express",
        host=url,
        login=partner_id,
        password=check_word,
        extra=extra,
    )


def arm(url: str, name: str, count: int = 1, **params: Any) -> None:
    response = httpx.post(f"{url}/sandbox/faults", json={"name": name, "count": count, **params})
    response.raise_for_status()


def shipments(url: str) -> list[dict[str, Any]]:
    return httpx.get(f"{url}/sandbox/shipments").json()["shipments"]


def advance(url: str, steps: int = 1, waybill: str | None = None) -> None:
    body: dict[str, Any] = {"steps": steps}
    if waybill:
        body["waybillNo"] = waybill
    httpx.post(f"{url}/sandbox/routes/advance", json=body).raise_for_status()
