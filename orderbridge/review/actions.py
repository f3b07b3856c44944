"""The review queue's actions: correct fields, approve, reject, retry. The web view and the CLI call these.

Every action is checked against the order's state, validated against the canonical model before anything
is written, and leaves a ``review.*`` event naming the person, so the timeline shows who decided what.
An approved or retried order is ``ready``: the next ``po_process`` run pushes it (idempotently).
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import ValidationError

from orderbridge.errors import OrderBridgeError
from orderbridge.model import PurchaseOrder

HEADER_FIELDS = (
    "po_number",
    "order_date",
    "requested_delivery_date",
    "currency",
    "payment_terms",
    "total_amount",
    "buyer.name",
    "buyer.customer_code",
)
LINE_FIELDS = ("customer_part_no", "sku", "description", "quantity", "unit", "unit_price", "amount")
RETRYABLE = ("failed", "dead_letter")


class ReviewError(OrderBridgeError):
    """The action does not fit the order (wrong state, a value the model refuses)."""


def editable_fields(canonical: dict[str, Any]) -> list[str]:
    """Field paths a reviewer may change: header fields, then ``lines.<i>.<field>`` per line."""
    lines = canonical.get("lines") or []
    return [*HEADER_FIELDS, *(f"lines.{i}.{name}" for i in range(len(lines)) for name in LINE_FIELDS)]


def get_path(canonical: dict[str, Any], path: str) -> Any:
    node: Any = canonical
    for part in path.split("."):
        node = node[int(part)] if isinstance(node, list) else (node or {}).get(part)
    return node


def _set_path(canonical: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node: Any = canonical
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    node[last] = value


def correct(ledger: Any, order_id: int, changes: dict[str, str], *, user: str) -> dict[str, list[Any]]:
    """Apply ``{field path: new text}`` (empty text clears); returns ``{path: [old, new]}`` of changes."""
    order = ledger.get_order(order_id)
    if order.state != "review":
        raise ReviewError(f"order {order_id} is {order.state}, not in review")
    allowed = set(editable_fields(order.canonical))
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ReviewError(f"not an editable field: {', '.join(unknown)}")
    canonical = copy.deepcopy(order.canonical)
    done: dict[str, list[Any]] = {}
    for path, text in changes.items():
        old, new = get_path(canonical, path), (text.strip() or None) if isinstance(text, str) else text
        if (old if old is None else str(old)) != new:
            _set_path(canonical, path, new)
            canonical.setdefault("provenance", {})[path] = {"method": "review", "score": 1.0, "note": user}
            done[path] = [old, new]
    if not done:
        return done
    try:
        model = PurchaseOrder.model_validate({k: v for k, v in canonical.items() if k != "issues"})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ReviewError(f"the corrected order is not valid: {problems}") from None
    fixed = {**model.to_json_dict(), "issues": canonical.get("issues", [])}
    code = model.buyer.customer_code
    ledger.update_order_canonical(
        order_id, fixed, po_number=model.po_number, customer_code=code, customer_key=code or None
    )
    message = f"{len(done)} field(s) corrected by {user}"
    data = {"user": user, "changes": done}
    ledger.add_event("review.corrected", order_id=order_id, message=message, data=data)
    return done


def approve(ledger: Any, order_id: int, *, user: str, note: str | None = None) -> None:
    order = ledger.get_order(order_id)
    if order.state != "review":
        raise ReviewError(f"order {order_id} is {order.state}, not in review")
    if not order.canonical.get("buyer", {}).get("customer_code"):
        raise ReviewError("the customer is not resolved: set buyer.customer_code before approving")
    ledger.add_event("review.approved", order_id=order_id, message=note, data={"user": user})
    ledger.set_order_state(order_id, "ready", detail=f"approved by {user}")


def reject(ledger: Any, order_id: int, *, user: str, reason: str) -> None:
    order = ledger.get_order(order_id)
    if order.state != "review":
        raise ReviewError(f"order {order_id} is {order.state}, not in review")
    if not reason.strip():
        raise ReviewError("a rejection needs a reason")
    ledger.add_event("review.rejected", order_id=order_id, message=reason, data={"user": user})
    ledger.set_order_state(order_id, "dead_letter", detail=f"rejected by {user}: {reason}")


def retry(ledger: Any, order_id: int, *, user: str) -> None:
    """A failed or dead-lettered order goes back to ``ready``; its delivery asks the target first."""
    order = ledger.get_order(order_id)
    if order.state not in RETRYABLE:
        allowed = " or ".join(RETRYABLE)
        raise ReviewError(f"order {order_id} is {order.state}; only {allowed} orders are retried")
    ledger.add_event("review.retry", order_id=order_id, data={"user": user, "from": str(order.state)})
    ledger.set_order_state(order_id, "ready", detail=f"retry requested by {user}")
