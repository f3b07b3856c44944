"""Re-validation of an order in review, after every correction: what is still wrong with it now?

The same checks an incoming order gets (``process.py``): master-data resolution, ``validate_order``, and
the target mappings of every target routing sends the customer's orders to (a payload that cannot be
rendered is an error too). The result replaces the order's stored ``issues``, so the page shows what
remains and ``approve`` refuses while any of it is an error. Resolution only fills what is empty (a
material code a remembered part number now gives, the customer) or applies a remembered unit; it never
overwrites a value the reviewer typed.
"""

from __future__ import annotations

import copy
from typing import Any

from orderbridge.model import PurchaseOrder
from orderbridge.validate import Issue, merge_issues, validate_order

RECHECKED = "review.rechecked"


def blocking(issues: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The issues that keep an order from being approved."""
    return [i for i in issues if i.get("severity") == "error"]


def recheck(ledger: Any, order_id: int, mappings: Any) -> list[dict[str, Any]]:
    """Re-validate ``order_id`` against ``mappings`` (a ``MappingSet``); stores and returns its issues."""
    order = ledger.get_order(order_id)
    canonical = copy.deepcopy(order.canonical)
    model = PurchaseOrder.model_validate({k: v for k, v in canonical.items() if k != "issues"})
    sender = ledger.get_document(order.document_id).sender
    resolution = mappings.masterdata.resolve(model, sender=sender)
    resolved = resolution.order
    issues = merge_issues(resolution.issues, validate_order(resolved))
    code = resolved.buyer.customer_code
    for target in mappings.routing.push_targets(code) if code else []:
        try:
            mappings.target_mapping(target).render(resolved)
        except Exception as exc:  # any refusal of the mapping is a reason not to send the order
            issues.append(Issue("mapping-render", f"{target}: {exc}", "error", target))
    filled = _fill_from(canonical, resolved.to_json_dict())
    stored = [
        {"code": i.code, "severity": i.severity, "field": i.field, "message": i.message} for i in issues
    ]
    canonical["issues"] = stored
    if canonical != order.canonical:
        ledger.update_order_canonical(order_id, canonical, customer_code=code, customer_key=code or None)
    count = len(blocking(stored))
    ledger.add_event(
        RECHECKED,
        order_id=order_id,
        message=f"{count} blocking issue(s) remain" if count else "no blocking issue remains",
        data={"blocking": count, "issues": [i["code"] for i in stored], "filled": filled},
    )
    return stored


def _fill_from(canonical: dict[str, Any], resolved: dict[str, Any]) -> list[str]:
    """Copy what resolution found into empty fields (and remembered units); the paths it filled."""
    filled = []
    provenance = canonical.setdefault("provenance", {})
    found = resolved.get("provenance") or {}
    if not (canonical.get("buyer") or {}).get("customer_code") and resolved["buyer"].get("customer_code"):
        canonical.setdefault("buyer", {})["customer_code"] = resolved["buyer"]["customer_code"]
        filled.append("buyer.customer_code")
    if not canonical.get("currency") and resolved.get("currency"):
        canonical["currency"] = resolved["currency"]
        filled.append("currency")
    for index, (line, new) in enumerate(zip(canonical.get("lines") or [], resolved["lines"], strict=False)):
        if not line.get("sku") and new.get("sku"):
            line["sku"] = new["sku"]
            filled.append(f"lines.{index}.sku")
        source = found.get(f"lines[{index}].unit") or {}
        if new.get("unit") != line.get("unit") and "cross-reference" in str(source.get("note") or ""):
            line["unit"] = new["unit"]
            filled.append(f"lines.{index}.unit")
    for path in filled:
        bracketed = path
        if path.startswith("lines."):
            bracketed = path.replace("lines.", "lines[", 1).replace(".", "].", 1)  # lines[0].sku
        if bracketed in found:
            provenance[path] = found[bracketed]
    return filled
