"""Find work a dead worker left half done, and put it back, a bounded number of times.

Airflow retries a task whose worker died, and the retry takes back what the dead try held. When the
retries are used up too (the worker died on the last try, or a document kills every worker that reads
it), a document stays in ``processing`` and a delivery in ``sending`` for good. The sweeper finds them
once their lease has passed (nothing touched them for ``lease_seconds``):

- a document goes back to ``received`` (the next ``po_process`` takes it again), at most
  ``max_requeues`` times; then it is rejected as ``processing-abandoned`` for a person to look at.
- a delivery is never sent again blindly: the sweeper first asks the target (``find_order``). Found:
  the push had committed, the delivery is completed with the target's id. Not found: the delivery goes
  back to ``failed`` (retriable; ``ready_orders`` picks the order up), at most ``max_requeues`` times,
  then to ``dead_letter``. Target unreachable: left as it is and looked at again by the next sweep.

Every action is an event (``sweeper.*``) beside the state change, and the counts come from those
events, so a sweep is idempotent: what it put back has a fresh ``updated_at`` and is not due again.
Each state change is a compare-and-set on ``updated_at`` under the row lock: a worker that was only slow
and touched the record after the listing keeps it. (A sweeper crash between a change and its event
under-counts by one: a record can be put back once more than the bound.)
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orderbridge.ledger import Delivery, Document, Order
    from orderbridge.pipeline.runtime import Runtime

log = logging.getLogger(__name__)

#: Longer than Airflow's own recovery (heartbeat timeout 5 min, then the retry delay, up to 10 min).
DEFAULT_LEASE_SECONDS = 30 * 60
DEFAULT_MAX_REQUEUES = 3
ABANDONED = "processing-abandoned"
PUSHABLE_ORDER_STATES = ("ready", "failed")


@dataclass(frozen=True)
class SweepAction:
    kind: str  # document | delivery
    record_id: int
    action: str  # requeued | abandoned | found | dead_letter | unverified
    detail: str


@dataclass
class SweepReport:
    actions: list[SweepAction] = field(default_factory=list)

    @property
    def put_back(self) -> int:
        """Documents and deliveries made ready for the pipeline again: ``po_process`` has work."""
        return sum(1 for a in self.actions if a.action == "requeued")

    def as_dict(self) -> dict:
        return {"put_back": self.put_back, "actions": [a.__dict__ for a in self.actions]}


def sweep_limits() -> tuple[float, int]:
    """(lease seconds, most put-backs): ORDERBRIDGE_SWEEP_LEASE_SECONDS, ORDERBRIDGE_SWEEP_MAX_REQUEUES."""
    lease = float(os.environ.get("ORDERBRIDGE_SWEEP_LEASE_SECONDS", DEFAULT_LEASE_SECONDS))
    return lease, int(os.environ.get("ORDERBRIDGE_SWEEP_MAX_REQUEUES", DEFAULT_MAX_REQUEUES))


def sweep(
    rt: Runtime,
    *,
    lease_seconds: float | None = None,
    max_requeues: int | None = None,
    now: dt.datetime | None = None,
) -> SweepReport:
    """One pass over stuck documents and deliveries; safe to run at any time, from several places."""
    default_lease, default_max = sweep_limits()
    lease = dt.timedelta(seconds=default_lease if lease_seconds is None else lease_seconds)
    limit = default_max if max_requeues is None else max_requeues
    now = now or dt.datetime.now(dt.UTC)
    report = SweepReport()
    for doc in rt.ledger.documents_in_state("processing"):
        if now - doc.updated_at >= lease:
            report.actions += _sweep_document(rt, doc, limit, now)
    for delivery in rt.ledger.deliveries_in_state("sending"):
        if now - delivery.updated_at >= lease:
            order = rt.ledger.get_order(delivery.order_id)
            report.actions += _sweep_delivery(rt, order, delivery, limit, now)
    return report


def _sweep_document(rt: Runtime, doc: Document, limit: int, now: dt.datetime) -> list[SweepAction]:
    from orderbridge.pipeline.process import settle_source_file

    ledger = rt.ledger
    done = len(ledger.events(document_id=doc.id, kind="sweeper.document_requeued"))
    stuck = _age(now, doc.updated_at)
    if done < limit:
        detail = (
            f"processing stopped {stuck} ago without an outcome (a worker died?): "
            f"put back, {done + 1} of {limit}"
        )
        if not ledger.set_document_state(doc.id, "received", detail=detail, if_updated_at=doc.updated_at):
            return []  # a live worker touched it since the listing: not stuck after all
        ledger.add_event(
            "sweeper.document_requeued",
            document_id=doc.id,
            message=detail,
            data={"requeues": done + 1, "limit": limit, "stuck_since": doc.updated_at.isoformat()},
        )
        return [SweepAction("document", doc.id, "requeued", detail)]
    detail = (
        f"processing stopped without an outcome {done + 1} times (last {stuck} ago): every worker that "
        "read it died or was killed; look at the file before taking it in again"
    )
    if not ledger.set_document_state(
        doc.id, "rejected", reason=ABANDONED, detail=detail, if_updated_at=doc.updated_at
    ):
        return []
    ledger.add_event(
        "sweeper.document_abandoned",
        document_id=doc.id,
        message=detail,
        data={"requeues": done, "limit": limit},
    )
    settle_source_file(rt, ledger.get_document(doc.id), ABANDONED)
    return [SweepAction("document", doc.id, "abandoned", detail)]


def _sweep_delivery(
    rt: Runtime, order: Order, delivery: Delivery, limit: int, now: dt.datetime
) -> list[SweepAction]:
    from connectors.base import OrderKey
    from orderbridge.pipeline.push import complete_if_delivered_everywhere

    ledger = rt.ledger
    key = OrderKey(customer_code=order.customer_code, po_number=order.po_number, target=delivery.target)
    try:  # never send again before the target says whether the lost push committed
        external_id = rt.connector(delivery.target).find_order(key)
    except Exception as exc:
        detail = (
            f"{delivery.target} could not be asked whether the order exists: {exc}; left for the next sweep"
        )
        log.warning("delivery %s: %s", delivery.id, detail)
        ledger.add_event(
            "sweeper.delivery_unverified",
            order_id=order.id,
            delivery_id=delivery.id,
            message=detail,
            data={"target": delivery.target},
        )
        return [SweepAction("delivery", delivery.id, "unverified", detail)]
    stuck = _age(now, delivery.updated_at)
    if external_id is not None:
        detail = f"{delivery.target} has it as {external_id}: the push committed before its worker stopped"
        ledger.add_event(
            "sweeper.delivery_found",
            order_id=order.id,
            delivery_id=delivery.id,
            message=detail,
            data={"target": delivery.target, "external_id": external_id},
        )
        ledger.mark_delivered(delivery.id, external_id, detail=detail)
        complete_if_delivered_everywhere(
            rt, order.id, order.customer_code, f"{delivery.target} {external_id}"
        )
        return [SweepAction("delivery", delivery.id, "found", detail)]
    done = len(ledger.events(delivery_id=delivery.id, kind="sweeper.delivery_requeued"))
    if done < limit:
        detail = (
            f"sending stopped {stuck} ago and {delivery.target} does not have the order: "
            f"to be pushed again, {done + 1} of {limit}"
        )
        if ledger.mark_delivery_failed(delivery.id, detail, if_updated_at=delivery.updated_at) is None:
            return []  # a live push moved it on while the target was asked
        ledger.add_event(
            "sweeper.delivery_requeued",
            order_id=order.id,
            delivery_id=delivery.id,
            message=detail,
            data={"target": delivery.target, "requeues": done + 1, "limit": limit},
        )
        _set_order_state(ledger, order, "failed", detail)
        return [SweepAction("delivery", delivery.id, "requeued", detail)]
    detail = (
        f"sending to {delivery.target} stopped without an outcome {done + 1} times and the target does "
        "not have the order: given up, retry it from the review queue"
    )
    if (
        ledger.mark_delivery_failed(
            delivery.id, detail, state="dead_letter", if_updated_at=delivery.updated_at
        )
        is None
    ):
        return []
    ledger.add_event(
        "sweeper.delivery_dead_lettered",
        order_id=order.id,
        delivery_id=delivery.id,
        message=detail,
        data={"target": delivery.target, "requeues": done, "limit": limit},
    )
    _set_order_state(ledger, order, "dead_letter", detail)
    return [SweepAction("delivery", delivery.id, "dead_letter", detail)]


def _set_order_state(ledger, order: Order, state: str, detail: str) -> None:
    """Only an order still on its way moves: one a person holds (review, dead letter) stays theirs; the
    delivery's own state and the event say what happened, and their retry pushes it."""
    if order.state in PUSHABLE_ORDER_STATES:
        ledger.set_order_state(order.id, state, detail=detail)


def _age(now: dt.datetime, since: dt.datetime) -> str:
    return f"{int((now - since).total_seconds())} s"
