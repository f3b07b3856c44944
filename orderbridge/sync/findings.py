"""Findings raised once: a ``finding.raised`` event when a rule starts to hold, ``finding.resolved`` when it
stops, nothing in between however many runs see it. The open set is rebuilt from those events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from orderbridge.sync.config import SyncConfig
from orderbridge.sync.rules import Finding

RAISED, RESOLVED = "finding.raised", "finding.resolved"


def open_findings(ledger: Any, target: str | None = None) -> dict[str, Any]:
    """key -> the ``finding.raised`` event of every finding not resolved since (of ``target``)."""
    latest: dict[str, Any] = {}
    for event in ledger.log_of_kinds(RAISED, RESOLVED):
        data = event.data or {}
        if target is None or data.get("target") == target:
            latest[data.get("key")] = event
    return {key: event for key, event in latest.items() if event.kind == RAISED}


def record_findings(
    ledger: Any, cfg: SyncConfig, target: str, holding: Iterable[Finding], undecided: set[str]
) -> tuple[int, int]:
    """Raise the new ones, resolve the cleared ones; returns (raised, resolved)."""
    already = open_findings(ledger, target)
    holding = {f.key: f for f in holding}
    events = [
        {
            "kind": RAISED,
            "order_id": f.order_id,
            "delivery_id": f.delivery_id,
            "message": f.message,
            "data": {
                "key": f.key,
                "rule": f.rule,
                "target": f.target,
                "external_id": f.external_id,
                "link": cfg.link(f.order_id),
                **f.data,
            },
        }
        for key, f in holding.items()
        if key not in already
    ]
    raised = len(events)
    for key, event in already.items():
        if key not in holding and key not in undecided:
            events.append(
                {
                    "kind": RESOLVED,
                    "order_id": event.order_id,
                    "delivery_id": event.delivery_id,
                    "message": f"no longer: {event.message}",
                    "data": {
                        "key": key,
                        "rule": event.data.get("rule"),
                        "target": target,
                        "raised_event_id": event.id,
                    },
                }
            )
    ledger.append_log(events)
    return raised, len(events) - raised
