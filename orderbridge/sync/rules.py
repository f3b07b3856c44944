"""Reconciliation rules: what is wrong with one delivery, given the target's current view of it.

Pure functions over snapshots (no I/O), so each rule is tested on its own. A rule that cannot be judged
this run (``missing_in_target`` after a read of changes only) is reported as ``undecided`` and its
finding, if any, stays as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from orderbridge.sync.config import SyncConfig


@dataclass(frozen=True)
class Finding:
    key: str  # rule:target:delivery id; a finding is raised once per key while it holds
    rule: str
    target: str
    order_id: int
    delivery_id: int
    external_id: str | None
    message: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Current:
    """The target's latest known view of one delivery (None fields: never read yet)."""

    status: str | None
    detail: dict[str, Any]
    since: dt.datetime | None  # when the ledger first saw this status


def finding_key(rule: str, target: str, delivery_id: int) -> str:
    return f"{rule}:{target}:{delivery_id}"


def evaluate(
    cfg: SyncConfig,
    delivery: Any,
    canonical: dict[str, Any],
    current: Current,
    *,
    seen: bool,
    complete: bool,
    now: dt.datetime,
) -> tuple[list[Finding], set[str]]:
    """(findings that hold now, keys of rules that could not be judged this run)."""
    found: list[Finding] = []
    undecided: set[str] = set()

    def add(rule: str, message: str, **data: Any) -> None:
        key = finding_key(rule, delivery.target, delivery.id)
        found.append(
            Finding(
                key,
                rule,
                delivery.target,
                delivery.order_id,
                delivery.id,
                delivery.external_id,
                message,
                data,
            )
        )

    age = now - delivery.updated_at
    if (rule := cfg.rule("missing_in_target")) is not None:
        if not complete and not seen:
            undecided.add(finding_key(rule.name, delivery.target, delivery.id))
        elif not seen and age > dt.timedelta(minutes=rule.minutes):
            add(rule.name, f"{delivery.target} does not know order {delivery.external_id}")
    if current.status is None:
        return found, undecided
    totals = po_totals(canonical)
    for name, ours_key, theirs_key in (
        ("quantity_mismatch", "qty", "total_qty"),
        ("amount_mismatch", "amount", "total_amount"),
    ):
        rule = cfg.rule(name)
        theirs, ours = _decimal(current.detail.get(theirs_key)), totals.get(ours_key)
        if rule is None or theirs is None or ours is None:
            continue
        if abs(theirs - ours) > rule.tolerance:
            add(
                name,
                f"{name.split('_')[0]} in {delivery.target} is {theirs}, the PO says {ours}",
                target_value=format(theirs, "f"),
                po_value=format(ours, "f"),
            )
    rule = cfg.rule("not_approved")
    if rule is not None and current.status not in rule.statuses and age > dt.timedelta(hours=rule.hours):
        add(rule.name, f"still {current.status} {_hours(age)} after it was sent", status=current.status)
    in_status = now - (current.since or now)
    rule = cfg.rule("shipped_without_tracking")
    if rule is not None and current.status in rule.statuses and in_status > dt.timedelta(hours=rule.hours):
        add(rule.name, f"{current.status}, no tracking event for {_hours(in_status)}", status=current.status)
    rule = cfg.rule("delivered_not_invoiced")
    if (
        rule is not None
        and current.status in rule.statuses
        and not current.detail.get("invoiced")
        and in_status > dt.timedelta(hours=rule.hours)
    ):
        add(rule.name, f"delivered {_hours(in_status)} ago and not invoiced", status=current.status)
    return found, undecided


def po_totals(canonical: dict[str, Any]) -> dict[str, Decimal]:
    """Total quantity, and total amount when every line has a price."""
    lines = canonical.get("lines") or []
    qty = [_decimal(line.get("quantity")) for line in lines]
    if not lines or any(q is None for q in qty):
        return {}
    totals = {"qty": sum(qty, Decimal(0))}
    prices = [_decimal(line.get("unit_price")) for line in lines]
    if all(p is not None for p in prices):
        totals["amount"] = sum((q * p for q, p in zip(qty, prices, strict=True)), Decimal(0))
    return totals


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def _hours(delta: dt.timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.0f} h"
