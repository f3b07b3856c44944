"""What the Orders view shows: a filtered list with counts per state, and everything about one order.

One order's page puts the extracted fields (value, confidence, where each came from) beside the source
document, then per target the payload the mapping renders for it, the target's answers (delivery state,
external number, last error, statuses) and the whole timeline of events.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from orderbridge.review.actions import editable_fields, get_path
from orderbridge.sync.findings import open_findings


@dataclass(frozen=True)
class OrderFilter:
    state: str | None = None
    customer: str | None = None  # substring of customer code / key
    target: str | None = None
    min_age_hours: float | None = None
    needs_review: bool = False
    limit: int = 200


def order_list(ledger: Any, flt: OrderFilter, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """{"rows": [...], "counts": {state: n} over all orders, "total": matching count}."""
    now = now or dt.datetime.now(dt.UTC)
    summaries = ledger.order_summaries()
    counts = Counter(str(s.state) for s in summaries)
    flagged = Counter(e.order_id for e in open_findings(ledger).values())
    rows = []
    for s in summaries:
        if flt.state and str(s.state) != flt.state:
            continue
        if flt.needs_review and (str(s.state) != "review" and not flagged[s.order_id]):
            continue
        if flt.customer and flt.customer.lower() not in (s.customer_code or s.customer_key).lower():
            continue
        if flt.target and not any(d.target == flt.target for d in s.deliveries):
            continue
        age_hours = (now - s.created_at).total_seconds() / 3600
        if flt.min_age_hours is not None and age_hours < flt.min_age_hours:
            continue
        rows.append(
            {
                "order_id": s.order_id,
                "po_number": s.po_number,
                "customer": s.customer_code or s.customer_key,
                "state": str(s.state),
                "file": s.original_name,
                "age_hours": round(age_hours, 1),
                "findings": flagged[s.order_id],
                "targets": [
                    {"target": d.target, "state": str(d.state), "external_id": d.external_id}
                    for d in s.deliveries
                ],
            }
        )
    return {"rows": rows[: flt.limit], "total": len(rows), "counts": dict(sorted(counts.items()))}


def field_rows(canonical: dict[str, Any]) -> list[dict[str, Any]]:
    """Each editable field with its value, its confidence and its source (a line inherits ``lines``)."""
    provenance = canonical.get("provenance") or {}
    rows = []
    for path in editable_fields(canonical):
        source = (
            provenance.get(path)
            or provenance.get(_bracketed(path))
            or (provenance.get("lines") if path.startswith("lines.") else None)
            or {}
        )
        value = get_path(canonical, path)
        rows.append(
            {
                "path": path,
                "value": "" if value is None else str(value),
                "score": source.get("score"),
                "method": source.get("method"),
                "page": source.get("page"),
                "note": source.get("note"),
            }
        )
    return rows


def _bracketed(path: str) -> str:
    """``lines.0.sku`` as the extractor may spell it: ``lines[0].sku``."""
    parts = path.split(".")
    return f"{parts[0]}[{parts[1]}].{parts[2]}" if len(parts) == 3 and parts[1].isdigit() else path


def order_detail(ledger: Any, order_id: int, *, render_payload: Any = None) -> dict[str, Any]:
    """Everything the order page shows; ``render_payload(target, canonical)`` may raise (shown as text)."""
    order = ledger.get_order(order_id)
    document = ledger.get_document(order.document_id)
    events = [e for e in ledger.events(document_id=order.document_id) if e.order_id in (None, order_id)]
    targets = []
    for d in ledger.deliveries_for(order_id):
        try:
            payload = render_payload(d.target, order.canonical) if render_payload else None
        except Exception as exc:  # the page shows why the payload cannot be rendered
            payload = {"error": str(exc)}
        answers = [e for e in events if e.delivery_id == d.id]
        targets.append({"delivery": d, "payload": payload, "answers": answers})
    return {
        "order": order,
        "document": document,
        "fields": field_rows(order.canonical),
        "issues": order.canonical.get("issues") or [],
        "confidence": order.canonical.get("confidence"),
        "targets": targets,
        "events": events,
        "findings": [e for e in open_findings(ledger).values() if e.order_id == order_id],
    }
