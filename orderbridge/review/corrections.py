"""A reviewer's correction from start to end: save the fields, remember cross-references when asked,
re-validate, and say what remains. The Orders view and ``orderbridge review correct`` call ``correct_order``.

"Remember for this customer" turns the corrections of a line's material code (the customer's part
number -> our sku) and unit (the customer's spelling -> ours) into cross-references in
``mappings/masterdata/cross_references.yaml`` (``orderbridge.masterdata.xrefs``), with a
``masterdata.cross_reference`` event naming the person. The customer's next order then resolves them by
itself. A cross-reference the checks refuse is reported and not written; the corrections stay saved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orderbridge.review.actions import ReviewError, correct
from orderbridge.review.recheck import blocking, recheck

REMEMBERED = "masterdata.cross_reference"
_LINE_FIELD = re.compile(r"lines\.(\d+)\.(sku|unit)")


@dataclass(frozen=True)
class Correction:
    changes: dict[str, list[Any]]
    remembered: dict[str, dict[str, str]] = field(default_factory=dict)
    not_remembered: list[str] = field(default_factory=list)  # why something could not be remembered
    issues: list[dict[str, Any]] = field(default_factory=list)  # what remains after re-validation

    @property
    def blocking(self) -> list[dict[str, Any]]:
        return blocking(self.issues)

    def summary(self) -> str:
        parts = [f"{len(self.changes)} field(s) corrected"]
        for name, table in self.remembered.items():
            pairs = ", ".join(f"{k} -> {v}" for k, v in table.items())
            parts.append(f"remembered {name.replace('_', ' ')}: {pairs}")
        parts += self.not_remembered
        count = len(self.blocking)
        parts.append(f"{count} blocking issue(s) remain" if count else "no blocking issue remains")
        return "; ".join(parts)


def cross_references(canonical: dict[str, Any], changes: dict[str, list[Any]]) -> tuple[dict, dict, list]:
    """(part numbers, units, reasons) that the changes to lines' sku and unit mean for the customer."""
    parts, units, reasons = {}, {}, []
    lines = canonical.get("lines") or []
    for path, (old, new) in changes.items():
        match = _LINE_FIELD.fullmatch(path)
        if match is None or not new:
            continue
        line = lines[int(match.group(1))]
        if match.group(2) == "sku":
            if line.get("customer_part_no"):
                parts[str(line["customer_part_no"])] = str(new)
            else:
                reasons.append(f"line {line.get('line_no')} has no customer part number to remember")
        elif old:
            units[str(old)] = str(new)
    return parts, units, reasons


def correct_order(
    ledger: Any,
    order_id: int,
    changes: dict[str, str],
    *,
    user: str,
    mappings: Callable[[], Any],
    remember: bool = False,
) -> Correction:
    """Save ``changes`` (``correct``), remember cross-references when asked, then ``recheck``.

    ``mappings()`` gives the mappings in force (``Runtime.mappings``): asked again after a cross-reference
    was written, so the re-validation already uses it."""
    from orderbridge.masterdata.xrefs import remember as remember_xrefs
    from orderbridge.yamlconfig import MappingError

    done = correct(ledger, order_id, changes, user=user)
    remembered: dict[str, dict[str, str]] = {}
    reasons: list[str] = []
    if remember and done:
        canonical = ledger.get_order(order_id).canonical
        customer = (canonical.get("buyer") or {}).get("customer_code")
        parts, units, reasons = cross_references(canonical, done)
        if not customer and (parts or units):
            reasons.append("the customer is not resolved: nothing can be remembered for it")
        elif parts or units:
            folder = Path(mappings().source_dir)
            try:
                remembered = remember_xrefs(folder, customer, part_numbers=parts, units=units)
            except MappingError as exc:
                reasons.append("not remembered: " + "; ".join(exc.problems))
            if remembered:
                ledger.add_event(
                    REMEMBERED,
                    order_id=order_id,
                    message=f"cross-reference(s) for {customer} remembered by {user}",
                    data={"user": user, "customer": customer, **remembered},
                )
    if done:
        issues = recheck(ledger, order_id, mappings())
    else:
        issues = ledger.get_order(order_id).canonical.get("issues") or []
    return Correction(done, remembered, reasons, issues)


def approve_checked(
    ledger: Any, order_id: int, *, user: str, mappings: Callable[[], Any], note: str | None = None
) -> None:
    """``approve`` after re-validating: refused with the list while any blocking issue remains."""
    from orderbridge.review.actions import approve

    order = ledger.get_order(order_id)
    if order.state != "review":
        raise ReviewError(f"order {order_id} is {order.state}, not in review")
    remaining = blocking(recheck(ledger, order_id, mappings()))
    if remaining:
        listed = "; ".join(f"{i['code']}: {i['message']}" for i in remaining)
        raise ReviewError(
            f"cannot approve: {len(remaining)} blocking issue(s) remain ({listed}); "
            "correct them first, or reject the order"
        )
    approve(ledger, order_id, user=user, note=note)
