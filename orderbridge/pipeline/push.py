"""Push one ready order to one target, idempotently.

Intent is recorded before the call (the delivery row and its attempt count), and the connector asks the
target whether the order already exists before it creates it, so a lost response or a re-run never makes
a second ERP order. What goes wrong decides where the order goes: a data problem parks it in review, a
configuration problem fails loudly, a transient one is retried by the caller (Airflow) and ends in the
dead-letter state when the retries are used up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from orderbridge.errors import ConfigError, ConnectorError, ErrorKind
from orderbridge.model import PurchaseOrder

if TYPE_CHECKING:
    from orderbridge.ledger import Order
    from orderbridge.pipeline.runtime import Runtime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PushOutcome:
    order_id: int
    target: str
    state: str  # delivered | review | failed | dead_letter | skipped
    external_id: str | None = None
    detail: str | None = None


def ready_orders(rt: Runtime) -> list[int]:
    """Orders waiting to go out: new ones, and those whose last push failed (the target asks first)."""
    return [order.id for order in rt.ledger.orders_in_state("ready", "failed")]


def ready_orders_by_target(rt: Runtime, targets: list[str]) -> dict[str, list[int]]:
    """The ready orders of each of ``targets`` (every one is a key): an order routed to two targets is in
    both lists, and each target's push task delivers its own share under its own pool."""
    by_target: dict[str, list[int]] = {target: [] for target in targets}
    for order in rt.ledger.orders_in_state("ready", "failed"):
        for target in rt.targets_for(order.customer_code):
            if target in by_target:
                by_target[target].append(order.id)
    return by_target


def push_order(
    rt: Runtime, order_id: int, target: str, *, final_attempt: bool = True, record: Order | None = None
) -> PushOutcome:
    """Deliver ``order_id`` to ``target``; ``record``: the order as just read (a batch reads them at once).

    Raises ConnectorError when the caller should retry later, ConfigError when retrying cannot help.
    """
    from connectors.base import OrderKey
    from orderbridge.mapping import MappingDataError

    ledger = rt.ledger
    record = record if record is not None and record.id == order_id else ledger.get_order(order_id)
    if record.state not in ("ready", "failed"):
        return PushOutcome(order_id, target, "skipped", detail=f"order is {record.state}")
    order = PurchaseOrder.model_validate(_canonical_only(record.canonical))
    key = OrderKey(customer_code=record.customer_code, po_number=record.po_number, target=target)
    delivery = ledger.open_delivery(order_id=order_id, target=target, idempotency_key=key.idempotency_key)
    if delivery.state == "delivered":
        # A worker killed between the delivery's commit and the order's left the order ``ready``: the
        # retry finds the delivery done and completes the order (nothing is sent again).
        complete_if_delivered_everywhere(
            rt, order_id, record.customer_code, f"{target} {delivery.external_id}", just_delivered=target
        )
        return PushOutcome(order_id, target, "delivered", external_id=delivery.external_id)

    try:
        payload = rt.target_mapping(target).render(order)
    except MappingDataError as exc:
        return _park(rt, order_id, delivery.id, target, "review", f"mapping: {exc}")

    ledger.begin_attempt(delivery.id)
    try:
        result = rt.connector(target).push_order(payload, key)
    except ConnectorError as exc:
        return _handle_failure(rt, order_id, delivery.id, target, exc, final_attempt=final_attempt)
    ledger.mark_delivered(delivery.id, result.external_id, detail="created" if result.created else "found")
    complete_if_delivered_everywhere(
        rt, order_id, record.customer_code, f"{target} {result.external_id}", just_delivered=target
    )
    return PushOutcome(order_id, target, "delivered", external_id=result.external_id)


def complete_if_delivered_everywhere(
    rt: Runtime, order_id: int, customer_code: str | None, detail: str, *, just_delivered: str | None = None
) -> bool:
    """The order becomes ``delivered`` once every routed target has it. Each target's push task calls this
    after its own delivery commits, so the last of concurrent pushes always sees them all. An order with
    one target, ``just_delivered``, needs no look at its deliveries."""
    routed = set(rt.targets_for(customer_code))
    if routed != {just_delivered}:
        delivered = {d.target for d in rt.ledger.deliveries_for(order_id) if d.state == "delivered"}
        if not routed <= delivered:
            return False
    rt.ledger.set_order_state(order_id, "delivered", detail=detail)
    return True


def push_to_targets(rt: Runtime, order_id: int, *, final_attempt: bool = True) -> list[PushOutcome]:
    """Push ``order_id`` to every target routing gives its customer (mappings/routing.yaml)."""
    customer_code = rt.ledger.get_order(order_id).customer_code
    outcomes = [
        push_order(rt, order_id, target, final_attempt=final_attempt)
        for target in rt.targets_for(customer_code)
    ]
    from orderbridge.ack import acknowledge_after_push  # optional ack mail; off unless its env is set

    acknowledge_after_push(rt.ledger, order_id)
    return outcomes


def push_to_target(
    rt: Runtime, order_id: int, target: str, *, final_attempt: bool = True, record: Order | None = None
) -> PushOutcome:
    """``push_order`` for one target's push task; the optional ack mail once the order is complete."""
    outcome = push_order(rt, order_id, target, final_attempt=final_attempt, record=record)
    if outcome.state == "delivered":
        from orderbridge.ack import acknowledge_after_push  # off unless its env is set

        acknowledge_after_push(rt.ledger, order_id)
    return outcome


def _handle_failure(
    rt: Runtime, order_id: int, delivery_id: int, target: str, exc: ConnectorError, *, final_attempt: bool
) -> PushOutcome:
    if exc.kind == ErrorKind.DATA:
        return _park(rt, order_id, delivery_id, target, "review", str(exc))
    if exc.kind in (ErrorKind.TRANSIENT, ErrorKind.AUTH) and final_attempt:
        return _park(rt, order_id, delivery_id, target, "dead_letter", str(exc))
    # A config error, or a transient one with retries left: record it and let the caller decide.
    rt.ledger.mark_delivery_failed(delivery_id, str(exc), state="failed")
    rt.ledger.set_order_state(order_id, "failed", detail=str(exc))
    if exc.kind == ErrorKind.CONFIG:
        raise ConfigError(str(exc)) from exc  # retrying cannot help: fail the task at once
    raise exc


def _park(rt: Runtime, order_id: int, delivery_id: int, target: str, state: str, detail: str) -> PushOutcome:
    log.warning("order %s to %s: %s (%s)", order_id, target, state, detail)
    rt.ledger.mark_delivery_failed(delivery_id, detail, state=state)
    rt.ledger.set_order_state(order_id, state, detail=detail)
    return PushOutcome(order_id, target, state, detail=detail)


def _canonical_only(canonical: dict) -> dict:
    """The stored canonical order carries our validation issues beside it; the model does not."""
    return {k: v for k, v in canonical.items() if k != "issues"}
