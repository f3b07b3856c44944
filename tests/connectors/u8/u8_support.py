"""Helpers for the U8 tests: a rendered add body, keys, connections and sandbox inspection.

Kept out of conftest.py so test modules can import them by a name unique in the whole suite.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

import httpx

from connectors.base import ConnectionInfo, OrderKey
from connectors.u8.sandbox import SandboxHandle
from orderbridge.model import Buyer, OrderLine, PurchaseOrder
from orderbridge.retry import RetryPolicy

FAST = RetryPolicy(max_attempts=4, initial_wait=0.01, multiplier=2, max_wait=0.05)

BODY: dict[str, Any] = {
    "saleorder": {
        "date": "2026-11-20",
        "businesstype": "普通销售",
        "typecode": "01",
        "custcode": "C0001",
        "deptcode": "01",
        "define1": "PO-2026-001",
        "memo": "月结30天",
        "entry": [
            {
                "rowno": 1,
                "inventorycode": "M1001",
                "unitcode": "01",
                "quantity": 100,
                "taxunitprice": 1.25,
                "taxrate": 13,
                "sum": 125,
                "bgift": 0,
            },
            {
                "rowno": 2,
                "inventorycode": "M1004",
                "unitcode": "01",
                "quantity": 5,
                "taxunitprice": 88,
                "taxrate": 13,
                "sum": 440,
                "bgift": 0,
            },
        ],
    }
}


def order_body(po: str = "PO-2026-001", customer: str = "C0001", **header: Any) -> dict[str, Any]:
    """The add body ``mappings/targets/u8.yaml`` renders, for one PO of one customer."""
    body = copy.deepcopy(BODY)
    body["saleorder"].update({"define1": po, "custcode": customer, **header})
    return body


def key_for(po: str = "PO-2026-001", customer: str = "C0001") -> OrderKey:
    return OrderKey(customer_code=customer, po_number=po, target="u8")


def connection(url: str, *, secret: str = "sandbox-secret", **extra: Any) -> ConnectionInfo:
    fields = {"app_key": "sandbox-key", "to_account": "sandbox", "poll_interval": 0.02, **extra}
    return ConnectionInfo(
        conn_id="u8_test", conn_type="u8", host=url, login="sandbox", password=secret, extra=fields
    )


def arm(sandbox: SandboxHandle, name: str, count: int = 1, **params: Any) -> None:
    response = httpx.post(f"{sandbox.url}/sandbox/faults", json={"name": name, "count": count, **params})
    response.raise_for_status()


def stored_orders(sandbox: SandboxHandle) -> list[dict[str, Any]]:
    return httpx.get(f"{sandbox.url}/sandbox/orders").json()["orders"]


def set_status(sandbox: SandboxHandle, code: str, **status: Any) -> None:
    httpx.post(f"{sandbox.url}/sandbox/orders/{code}/status", json=status).raise_for_status()


def sample_order(**changes: Any) -> PurchaseOrder:
    order = PurchaseOrder(
        po_number=" HD-PO-20261120-01 ",
        order_date=dt.date(2026, 11, 20),
        requested_delivery_date=dt.date(2026, 12, 5),
        currency="CNY",
        buyer=Buyer(name="华东精密制造有限公司", customer_code="C0001"),
        payment_terms="月结30天",
        lines=[
            OrderLine(
                line_no=1,
                customer_part_no="HD-BLT-0830",
                sku="M1001",
                quantity=Decimal("5000"),
                unit="pcs",
                unit_price=Decimal("0.35"),
                amount=Decimal("1750.00"),
            ),
            OrderLine(
                line_no=2,
                customer_part_no="HD-WSH-08",
                sku="m1002",
                quantity=Decimal("2500.5"),
                unit="千克",
                unit_price=Decimal("0.12497"),
                amount=Decimal("312.50"),
            ),
        ],
    )
    return order.model_copy(update=changes)
