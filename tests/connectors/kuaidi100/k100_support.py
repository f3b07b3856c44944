"""Helpers for the Kuaidi100 tests: connections, sandbox control, a recording push receiver."""

from __future__ import annotations

from typing import Any

import httpx

from connectors.base import ConnectionInfo, StatusUpdate
from connectors.kuaidi100.sandbox import DEFAULT_CUSTOMER, DEFAULT_KEY
from orderbridge.retry import RetryPolicy

FAST = RetryPolicy(max_attempts=4, initial_wait=0.01, multiplier=2, max_wait=0.05)
WAREHOUSE_PHONE = "021-55550100"
WAYBILL = "SF1400000000010"


def connection(
    url: str, *, customer: str = DEFAULT_CUSTOMER, key: str = DEFAULT_KEY, **extra: Any
) -> ConnectionInfo:
    extra.setdefault("phone", WAREHOUSE_PHONE)
    return ConnectionInfo(
        conn_id="k100_test", conn_type="kuaidi100", host=url, login=customer, password=key, extra=extra
    )


def register(
    url: str, num: str = WAYBILL, phone: str | None = WAREHOUSE_PHONE, com: str = "shunfeng"
) -> None:
    httpx.post(f"{url}/sandbox/tracks", json={"com": com, "num": num, "phone": phone}).raise_for_status()


def advance(url: str, steps: int = 1, num: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"steps": steps}
    if num:
        body["num"] = num
    response = httpx.post(f"{url}/sandbox/advance", json=body)
    response.raise_for_status()
    return response.json()


def pushes(url: str) -> list[dict[str, Any]]:
    return httpx.get(f"{url}/sandbox/pushes").json()["pushes"]


def arm(url: str, name: str, count: int = 1, **params: Any) -> None:
    httpx.post(f"{url}/sandbox/faults", json={"name": name, "count": count, **params}).raise_for_status()


class Recorder:
    """A push sink that keeps what it was given; ``fail_next`` makes it refuse that many pushes."""

    def __init__(self) -> None:
        self.updates: list[StatusUpdate] = []
        self.params: list[dict[str, Any]] = []
        self.fail_next = 0

    def __call__(self, update: StatusUpdate, param: dict[str, Any]) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise RuntimeError("ledger unavailable")
        self.updates.append(update)
        self.params.append(param)
