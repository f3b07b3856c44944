"""Shipment numbers on a delivery: courier waybills and ERP delivery notes, each recorded once.

A status read may name the numbers a shipment goes by: an SF or Kuaidi100 waybill (the delivery's own
external id), SAP's outbound delivery (``DELIV_NUMB`` of GETSTATUS), Kingdee's carrier bill
(``FCarryBillNo``) or any reader's ``tracking_number(s)``. Each (delivery, number) becomes one
``delivery.tracking`` event on that delivery, whatever the number of runs that see it. ``TrackingIndex``
answers the other way round: which delivery a pushed waybill belongs to.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from connectors.base import StatusUpdate

TRACKING = "delivery.tracking"
COURIER_TARGETS = ("sf_express", "kuaidi100")  # their external id is the waybill itself


@dataclass(frozen=True)
class Number:
    number: str
    kind: str  # waybill | delivery_note
    carrier: str | None = None


def numbers_in(target: str, update: StatusUpdate) -> list[Number]:
    """The shipment numbers one status update names (none for most ERP reads)."""
    detail = update.detail or {}
    found: list[Number] = []
    if target == "sf_express":
        found.append(Number(update.external_id, "waybill", "shunfeng"))
    elif target == "kuaidi100":
        found.append(Number(update.external_id, "waybill", detail.get("com")))
    for item in detail.get("items") or ():  # SAP GETSTATUS rows
        if isinstance(item, dict) and item.get("DELIV_NUMB"):
            found.append(Number(str(item["DELIV_NUMB"]), "delivery_note", target))
    carrier = detail.get("FLogComId") or detail.get("carrier")
    for key in ("FCarryBillNo", "tracking_number"):
        if detail.get(key):
            found.append(Number(str(detail[key]), "waybill", carrier))
    for extra in detail.get("tracking_numbers") or ():
        found.append(Number(str(extra), "waybill", carrier))
    return list({n.number: n for n in found if n.number}.values())


def known_numbers(ledger: Any) -> set[tuple[int, str]]:
    """(delivery id, number) of every number already recorded."""
    return {(e.delivery_id, (e.data or {}).get("number")) for e in ledger.log_of_kinds(TRACKING)}


def tracking_events(
    delivery: Any, target: str, numbers: Iterable[Number], known: set[tuple[int, str]]
) -> list[dict[str, Any]]:
    """Events for the numbers not yet recorded on ``delivery``; adds them to ``known``."""
    events = []
    for n in numbers:
        if (delivery.id, n.number) in known:
            continue
        known.add((delivery.id, n.number))
        events.append(
            {
                "kind": TRACKING,
                "order_id": delivery.order_id,
                "delivery_id": delivery.id,
                "message": f"{target}: {n.kind.replace('_', ' ')} {n.number}",
                "data": {"target": target, "number": n.number, "kind": n.kind, "carrier": n.carrier},
            }
        )
    return events


class TrackingIndex:
    """Waybill -> deliveries, built from the ledger and rebuilt (at most every ``refresh_seconds``) when
    a number is not found, so a waybill recorded after the index was built is still matched."""

    def __init__(self, ledger: Any, *, refresh_seconds: float = 2.0, clock: Any = None) -> None:
        import time

        self.ledger = ledger
        self.refresh_seconds = refresh_seconds
        self._clock = clock or time.monotonic
        self._lock = threading.Lock()
        self._index: dict[str, list[int]] = {}
        self._built_at: float | None = None

    def _build(self) -> None:
        index: dict[str, set[int]] = {}
        for target in COURIER_TARGETS:
            for d in self.ledger.delivered_deliveries(target):
                index.setdefault(d.external_id, set()).add(d.id)
        for event in self.ledger.log_of_kinds(TRACKING):
            number = (event.data or {}).get("number")
            if number and event.delivery_id is not None:
                index.setdefault(number, set()).add(event.delivery_id)
        self._index = {number: sorted(ids) for number, ids in index.items()}
        self._built_at = self._clock()

    def deliveries(self, number: str) -> list[int] | None:
        """Ids of the deliveries that ship under ``number``: empty when none does, None when that cannot be
        told now (a miss right after a rebuild: the caller should have the number asked again later, so a
        waybill recorded a moment ago is never answered as unknown)."""
        with self._lock:
            fresh = self._built_at is None
            if fresh:
                self._build()
            found = self._index.get(number)
            if found is None and not fresh:
                if self._clock() - (self._built_at or 0) < self.refresh_seconds:
                    return None
                self._build()
                found = self._index.get(number)
            return list(found or ())
