"""The whole pipeline once, in-process: what the two DAGs do, for the CLI and for tests without Airflow."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from orderbridge.errors import ConnectorError
from orderbridge.pipeline.intake import poll_folder
from orderbridge.pipeline.process import pending_documents, process_document
from orderbridge.pipeline.push import push_to_targets, ready_orders

if TYPE_CHECKING:
    from orderbridge.pipeline.runtime import Runtime


def run_once(rt: Runtime) -> dict[str, dict[str, int]]:
    """Intake, process every pending document, push every ready order; returns counts by outcome."""
    taken = poll_folder(rt)
    processed = Counter(process_document(rt, doc_id).state for doc_id in pending_documents(rt))
    pushed: Counter[str] = Counter()
    for order_id in ready_orders(rt):
        try:
            for outcome in push_to_targets(rt, order_id, final_attempt=False):
                pushed[outcome.state] += 1
        except ConnectorError:  # recorded in the ledger as failed; the next run tries again
            pushed["failed"] += 1
    return {"taken_in": {"new": len(taken)}, "processed": dict(processed), "pushed": dict(pushed)}
