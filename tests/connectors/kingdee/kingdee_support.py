"""Helpers for the Kingdee tests: a sample Save payload, keys, connections and sandbox inspection.

Kept out of conftest.py so test modules can import them by a name unique in the whole suite.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx

from connectors.base import ConnectionInfo, OrderKey
from connectors.kingdee.sandbox import SandboxHandle
from connectors.kingdee.sandbox_auth import SANDBOX_APP_ID
from orderbridge.retry import RetryPolicy

FAST = RetryPolicy(max_attempts=4, initial_wait=0.01, multiplier=2, max_wait=0.05)

ORDER: dict[str, Any] = {
    "Model": {
        "FBillTypeID": {"FNumber": "XSDD01_SYS"},
        "FDate": "2026-11-20",
        "FSaleOrgId": {"FNumber": "100"},
        "FCustId": {"FNumber": "C0001"},
        "F_ORB_CustPONo": "PO-2026-001",
        "FNote": "30 days net",
        "FSaleOrderFinance": {"FSettleCurrId": {"FNumber": "PRE001"}},
        "FSaleOrderEntry": [
            {
                "FMaterialId": {"FNumber": "M1001"},
                "FUnitID": {"FNumber": "Pcs"},
                "FQty": 100,
                "FTaxPrice": 1.25,
                "FEntryTaxRate": 13,
                "FDeliveryDate": "2026-12-01",
            },
            {
                "FMaterialId": {"FNumber": "M1004"},
                "FUnitID": {"FNumber": "Pcs"},
                "FQty": 5,
                "FTaxPrice": 88,
                "FEntryTaxRate": 13,
                "FDeliveryDate": "2026-12-01",
            },
        ],
    },
    "IsVerifyBaseDataField": True,
    "IsAutoSubmitAndAudit": False,
    "NeedReturnFields": ["FBillNo", "FID"],
}


def order_payload(po: str = "PO-2026-001", customer: str = "C0001", **model: Any) -> dict[str, Any]:
    """The Save ``data`` a target mapping renders, for one PO of one customer."""
    payload = copy.deepcopy(ORDER)
    payload["Model"].update({"F_ORB_CustPONo": po, "FCustId": {"FNumber": customer}, **model})
    return payload


def key_for(po: str = "PO-2026-001", customer: str = "C0001") -> OrderKey:
    return OrderKey(customer_code=customer, po_number=po, target="kingdee")


def connection(
    url: str, *, auth: str = "password", password: str = "sandbox", **extra: Any
) -> ConnectionInfo:
    fields = {"acct_id": "sandbox", "lcid": 2052, "auth": auth, **extra}
    if auth != "password":
        fields.setdefault("app_id", SANDBOX_APP_ID)
    return ConnectionInfo(
        conn_id="kingdee_test",
        conn_type="kingdee",
        host=url,
        login="administrator",
        password=password,
        extra=fields,
    )


def arm(sandbox: SandboxHandle, name: str, count: int = 1, **params: Any) -> None:
    response = httpx.post(f"{sandbox.url}/sandbox/faults", json={"name": name, "count": count, **params})
    response.raise_for_status()


def stored_orders(sandbox: SandboxHandle) -> list[dict[str, Any]]:
    return httpx.get(f"{sandbox.url}/sandbox/orders").json()["orders"]
