"""What people read about the ledger: rows (for ``--json``) and tables (for the terminal)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from orderbridge.ledger import Ledger
from orderbridge.report import table


def order_rows(ledger: Ledger) -> list[dict[str, Any]]:
    return [
        {
            "order_id": s.order_id,
            "customer": s.customer_code or s.customer_key,
            "po_number": s.po_number,
            "state": str(s.state),
            "file": s.original_name,
            "targets": [
                {
                    "target": d.target,
                    "state": str(d.state),
                    "external_id": d.external_id,
                    "attempts": d.attempts,
                    "last_error": d.last_error,
                }
                for d in s.deliveries
            ],
        }
        for s in ledger.order_summaries()
    ]


def orders_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no orders yet"
    body = []
    for r in rows:
        targets = (
            "; ".join(f"{t['target']} {t['external_id'] or '-'} ({t['state']})" for t in r["targets"]) or "-"
        )
        body.append([r["order_id"], r["customer"], r["po_number"], r["state"], targets, r["file"]])
    return table(["id", "customer", "PO number", "state", "targets", "file"], body)


def document_rows(ledger: Ledger) -> list[dict[str, Any]]:
    return [
        {
            "document_id": s.document_id,
            "file": s.original_name,
            "source": str(s.source),
            "customer": s.customer_code,
            "sender": s.sender,
            "state": str(s.state),
            "reject_reason": s.reject_reason,
            "po_number": s.po_number,
            "received_at": s.received_at.isoformat(),
        }
        for s in ledger.document_summaries()
    ]


def documents_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no documents yet"
    body = [
        [
            r["document_id"],
            r["file"],
            r["source"],
            r["customer"] or "",
            r["state"],
            r["reject_reason"] or "",
            r["po_number"] or "",
        ]
        for r in rows
    ]
    return table(["id", "file", "source", "customer", "state", "reason", "PO number"], body)


def demo_rows(ledger: Ledger, hashes: dict[str, str], *, since: dt.datetime) -> list[dict[str, Any]]:
    """One row per demo file: what the ledger made of it, where its order went, the status each target last
    reported, and whether this run saw the file for the first time."""
    by_hash = {d.sha256: d for d in ledger.documents_in_state(*_ALL_DOCUMENT_STATES)}
    orders = {s.document_id: s for s in ledger.order_summaries()}
    statuses = {
        delivery_id: event.data.get("status")
        for delivery_id, event in ledger.latest_log_by_delivery("status.changed").items()
    }
    rows = []
    for filename, sha in hashes.items():
        doc = by_hash.get(sha)
        if doc is None:
            rows.append(
                {
                    "file": filename,
                    "state": "not taken in",
                    "po_number": None,
                    "targets": [],
                    "this_run": "-",
                    "note": None,
                }
            )
            continue
        order = orders.get(doc.id)
        deliveries = order.deliveries if order else ()
        rows.append(
            {
                "file": filename,
                "state": str(order.state) if order else str(doc.state),
                "po_number": order.po_number if order else None,
                "targets": [
                    {
                        "target": d.target,
                        "external_id": d.external_id,
                        "status": statuses.get(d.delivery_id),
                    }
                    for d in deliveries
                ],
                "this_run": "new" if doc.received_at >= since else "already in the ledger",
                "note": _note(doc, deliveries),
            }
        )
    return rows


def _note(doc, deliveries) -> str | None:
    if doc.state == "rejected":
        return f"{doc.reject_reason}: {doc.detail}"
    return "; ".join(d.last_error for d in deliveries if d.state != "delivered" and d.last_error) or None


def _where(targets: list[dict[str, Any]]) -> str:
    """``sap 0000004711 (shipped), sf_express SF1234 (in_transit)``"""
    return (
        ", ".join(
            f"{t['target']} {t['external_id'] or '-'}" + (f" ({t['status']})" if t["status"] else "")
            for t in targets
        )
        or "-"
    )


def demo_table(rows: list[dict[str, Any]]) -> str:
    body = [
        [r["file"], r["po_number"] or "-", r["state"], _where(r["targets"]), r["this_run"], r["note"] or ""]
        for r in rows
    ]
    return table(
        ["file", "PO number", "state", "in the target (last status)", "this run", "note"], body, max_width=72
    )


_ALL_DOCUMENT_STATES = ("received", "processing", "extracted", "rejected", "duplicate", "done")
