"""A registry of sandbox launchers: how each target's sandbox is started, connected to, made to fail in
its create call (each kind of fault), and asked what it really stored. The demo and the chaos benchmark
both start their sandboxes from here.

A target takes part when its connector is in ``connectors.registry`` and its launcher is listed here
(and its sandbox module imports).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

FAULT_KINDS = ("5xx", "reset", "timeout_after_commit")


@dataclass(frozen=True)
class Launcher:
    target: str
    start: Callable[[Path], Any]  # state file -> handle with .url and .stop()
    connection: Callable[[str, float], dict[str, Any]]  # url, timeout -> Airflow connection JSON
    index: Callable[[str], dict[str, list[str]]]  # url -> PO number -> external ids the target holds
    faults: dict[str, dict[str, Any]] = field(default_factory=dict)  # fault kind -> POST /sandbox/faults body

    def arm(self, url: str, kind: str) -> None:
        httpx.post(f"{url}/sandbox/faults", json={**self.faults[kind], "count": 1}).raise_for_status()

    def clear(self, url: str) -> None:
        httpx.delete(f"{url}/sandbox/faults").raise_for_status()


def _get(url: str, path: str, key: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{url}{path}", timeout=60)
    response.raise_for_status()
    return response.json()[key]


def _group(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for po, external_id in pairs:
        out.setdefault(po, []).append(external_id)
    return out


def _kingdee() -> Launcher:
    from connectors.kingdee.sandbox import start_in_thread

    def connection(url: str, timeout: float) -> dict[str, Any]:
        extra = {"acct_id": "sandbox", "lcid": 2052, "auth": "password", "timeout": timeout}
        return {
            "conn_type": "kingdee",
            "host": url,
            "login": "administrator",
            "password": "sandbox",
            "extra": extra,
        }

    def index(url: str) -> dict[str, list[str]]:
        orders = _get(url, "/sandbox/orders", "orders")
        return _group([(o["Model"].get("F_ORB_CustPONo", ""), o["FBillNo"]) for o in orders])

    faults = {
        "5xx": {"name": "http_503", "operation": "Save", "retry_after": 0},
        "timeout_after_commit": {"name": "timeout_after_commit", "hold": 3},
    }  # the Kingdee sandbox has no connection reset
    return Launcher("kingdee", start_in_thread, connection, index, faults)


def _sf_express() -> Launcher:
    from connectors.sf_express import protocol
    from connectors.sf_express.sandbox import start_in_thread

    def connection(url: str, timeout: float) -> dict[str, Any]:
        return {
            "conn_type": "sf_express",
            "host": url,
            "login": "SANDBOX",
            "password": "sandbox-checkword",
            "extra": {"timeout": timeout},
        }

    def index(url: str) -> dict[str, list[str]]:
        shipments = _get(url, "/sandbox/shipments", "shipments")
        return _group([(s["msgData"].get("remark", ""), s["waybillNo"]) for s in shipments])

    create = protocol.CREATE_ORDER
    faults = {
        "5xx": {"name": "http_5xx", "status": 503, "operation": create},
        "reset": {"name": "reset", "when": "after", "operation": create},
        "timeout_after_commit": {"name": "timeout_after_commit", "hold": 3},
    }
    return Launcher("sf_express", start_in_thread, connection, index, faults)


def _sap() -> Launcher:
    from connectors.sap.sandbox import start_in_thread

    def connection(url: str, timeout: float) -> dict[str, Any]:
        return {
            "conn_type": "sap",
            "host": url,
            "login": "SANDBOX",
            "password": "sandbox",
            "extra": {"timeout": timeout},
        }

    def index(url: str) -> dict[str, list[str]]:
        orders = _get(url, "/sandbox/orders", "orders")
        return _group(
            [
                (str(_first(o, "purch_no", "PURCH_NO_C")), str(_first(o, "vbeln", "SALESDOCUMENT")))
                for o in orders
            ]
        )

    faults = {
        "5xx": {"name": "http_503", "retry_after": 0},
        "reset": {"name": "connection_reset"},
        "timeout_after_commit": {"name": "timeout_after_commit", "hold": 3},
    }
    return Launcher("sap", start_in_thread, connection, index, faults)


def _u8() -> Launcher:
    from connectors.u8.sandbox import start_in_thread

    def connection(url: str, timeout: float) -> dict[str, Any]:
        extra = {"app_key": "sandbox-key", "to_account": "sandbox", "timeout": timeout}
        return {
            "conn_type": "u8",
            "host": url,
            "login": "sandbox",
            "password": "sandbox-secret",
            "extra": extra,
        }

    def index(url: str) -> dict[str, list[str]]:
        return _group(
            [(str(o.get("define1", "")), str(o["code"])) for o in _get(url, "/sandbox/orders", "orders")]
        )

    add = "saleorder/add"
    faults = {
        "5xx": {"name": "http_503", "operation": add, "retry_after": 0},
        "reset": {"name": "connection_reset", "operation": add},
        "timeout_after_commit": {"name": "timeout_after_commit", "hold": 3},
    }
    return Launcher("u8", start_in_thread, connection, index, faults)


def _first(record: dict[str, Any], *names: str) -> Any:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    header = record.get("ORDER_HEADER_IN") or {}
    return next((header[n] for n in names if header.get(n)), "")


LAUNCHERS: dict[str, Callable[[], Launcher]] = {
    "kingdee": _kingdee,
    "sf_express": _sf_express,
    "sap": _sap,
    "u8": _u8,
}


def available_launchers(only: list[str] | None = None) -> list[Launcher]:
    """Launchers of targets that have a registered connector and an importable sandbox."""
    from connectors.registry import _FACTORIES

    found = []
    for target, make in LAUNCHERS.items():
        if target not in _FACTORIES or (only and target not in only):
            continue
        try:
            found.append(make())
        except ImportError:
            continue
    return found


def targets_without_launcher() -> list[str]:
    """Registered order targets the benchmark cannot run yet (no launcher here); kuaidi100 takes no orders."""
    from connectors.registry import _FACTORIES

    return sorted(t for t in _FACTORIES if t not in LAUNCHERS and t != "kuaidi100")


def connection_env(launcher: Launcher, url: str, timeout: float) -> tuple[str, str]:
    """(``AIRFLOW_CONN_<TARGET>_DEFAULT``, its JSON) for the runtime's connector lookup."""
    return f"AIRFLOW_CONN_{launcher.target.upper()}_DEFAULT", json.dumps(launcher.connection(url, timeout))
