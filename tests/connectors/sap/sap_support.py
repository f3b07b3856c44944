"""Helpers for the SAP tests: a rendered order body, keys, connections and sandbox inspection.

Kept out of conftest.py so test modules can import them by a name unique in the whole suite.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

import httpx

from connectors.base import ConnectionInfo, OrderKey
from connectors.sap.sandbox import SandboxHandle
from orderbridge.model import Buyer, OrderLine, PurchaseOrder
from orderbridge.retry import RetryPolicy

FAST = RetryPolicy(max_attempts=4, initial_wait=0.01, multiplier=2, max_wait=0.05)
CUSTOMERS = {"C0001": "0000100001", "C0002": "0000100002", "C0003": "0000100003"}

BODY: dict[str, Any] = {
    "ORDER_HEADER_IN": {
        "DOC_TYPE": "TA",
        "SALES_ORG": "1000",
        "DISTR_CHAN": "10",
        "DIVISION": "00",
        "PURCH_NO_C": "PO-2026-001",
        "PURCH_DATE": "2026-11-20",
        "CURRENCY": "CNY",
    },
    "ORDER_PARTNERS": {"AG": {"PARTN_NUMB": "0000100001"}, "WE": {"PARTN_NUMB": "0000100001"}},
    "ITEMS": [
        {
            "ORDER_ITEMS_IN": {"MATERIAL": "M1001", "TARGET_QTY": 100, "TARGET_QU": "ST", "PLANT": "1000"},
            "ORDER_SCHEDULES_IN": {"REQ_DATE": "2026-12-01", "REQ_QTY": 100},
            "ORDER_CONDITIONS_IN": {"COND_TYPE": "ZPR1", "COND_VALUE": 1.25, "CURRENCY": "CNY"},
        },
        {
            "ORDER_ITEMS_IN": {"MATERIAL": "M1004", "TARGET_QTY": 5, "TARGET_QU": "ST", "PLANT": "1000"},
            "ORDER_SCHEDULES_IN": {"REQ_DATE": "2026-12-01", "REQ_QTY": 5},
            "ORDER_CONDITIONS_IN": {"COND_TYPE": "ZPR1", "COND_VALUE": 88, "CURRENCY": "CNY"},
        },
    ],
}


def order_body(po: str = "PO-2026-001", kunnr: str = "0000100001") -> dict[str, Any]:
    """The body ``mappings/targets/sap.yaml`` renders, for one PO of one customer."""
    body = copy.deepcopy(BODY)
    body["ORDER_HEADER_IN"]["PURCH_NO_C"] = po
    body["ORDER_PARTNERS"] = {"AG": {"PARTN_NUMB": kunnr}, "WE": {"PARTN_NUMB": kunnr}}
    return body


def key_for(po: str = "PO-2026-001", customer: str = "C0001") -> OrderKey:
    return OrderKey(customer_code=customer, po_number=po, target="sap")


def connection(url: str, *, user: str = "SANDBOX", password: str = "sandbox", **extra: Any) -> ConnectionInfo:
    return ConnectionInfo(
        conn_id="sap_test", conn_type="sap", host=url, login=user, password=password, extra=extra
    )


def arm(sandbox: SandboxHandle, name: str, count: int = 1, **params: Any) -> None:
    response = httpx.post(f"{sandbox.url}/sandbox/faults", json={"name": name, "count": count, **params})
    response.raise_for_status()


def stored_orders(sandbox: SandboxHandle) -> list[dict[str, Any]]:
    return httpx.get(f"{sandbox.url}/sandbox/orders").json()["orders"]


def sample_order(**changes: Any) -> PurchaseOrder:
    order = PurchaseOrder(
        po_number=" HD-PO-20261120-01 ",
        order_date=dt.date(2026, 11, 20),
        requested_delivery_date=dt.date(2026, 12, 5),
        currency="CNY",
        buyer=Buyer(name="华东精密制造有限公司", customer_code="C0001"),
        lines=[
            OrderLine(
                line_no=1,
                customer_part_no="HD-BLT-0830",
                sku="M1001",
                description="不锈钢六角螺栓 M8x30",
                quantity=Decimal("5000"),
                unit="pcs",
                unit_price=Decimal("0.35"),
                amount=Decimal("1750.00"),
            ),
            OrderLine(
                line_no=2,
                customer_part_no="HD-WSH-08",
                sku="M1002",
                quantity=Decimal("2500.5"),
                unit="个",
                unit_price=Decimal("0.12497"),
                amount=Decimal("312.50"),
            ),
        ],
    )
    return order.model_copy(update=changes)
