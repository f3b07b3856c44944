"""Several documents or orders per Airflow task: the scheduling cost of a task is paid once per batch.

Reading a text PDF and pushing its order takes a fraction of a second; starting a task on a worker
(queueing, a fresh process, the execution API round trips) takes a second or more. So the DAG maps its
tasks over batches of ids, not over single ids. One bad item never sinks its batch: every item is tried,
each outcome is in the ledger, and only then does the batch raise the first failure so that Airflow
retries it (items already done are skipped on the retry, since every step is idempotent).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from orderbridge.errors import ConfigError

if TYPE_CHECKING:
    from orderbridge.pipeline.process import ProcessResult
    from orderbridge.pipeline.push import PushOutcome
    from orderbridge.pipeline.runtime import Runtime

T = TypeVar("T")

#: Most items in one task. bench/throughput/README.md has the measurements behind it.
DEFAULT_MAX_BATCH = 20
#: Fewest batches while there are enough items: one per worker slot, so every slot has work.
DEFAULT_MIN_BATCHES = 4


def batch_limits() -> tuple[int, int]:
    """(largest batch, fewest batches) from ORDERBRIDGE_MAX_BATCH / ORDERBRIDGE_MIN_BATCHES."""
    largest = int(os.environ.get("ORDERBRIDGE_MAX_BATCH", DEFAULT_MAX_BATCH))
    fewest = int(os.environ.get("ORDERBRIDGE_MIN_BATCHES", DEFAULT_MIN_BATCHES))
    if largest < 1 or fewest < 1:
        raise ConfigError("ORDERBRIDGE_MAX_BATCH and ORDERBRIDGE_MIN_BATCHES must be at least 1")
    return largest, fewest


def split(ids: Sequence[int], *, max_size: int, min_batches: int = 1) -> list[list[int]]:
    """``ids`` in order, in batches of equal size (within one), none above ``max_size``, and at least
    ``min_batches`` of them when there are that many ids (small loads spread over every worker slot)."""
    if max_size < 1 or min_batches < 1:
        raise ValueError("max_size and min_batches must be at least 1")
    if not ids:
        return []
    count = min(len(ids), max(min_batches, math.ceil(len(ids) / max_size)))
    size, extra = divmod(len(ids), count)
    batches, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        batches.append(list(ids[start:end]))
        start = end
    return batches


def split_from_env(ids: Sequence[int]) -> list[list[int]]:
    largest, fewest = batch_limits()
    return split(ids, max_size=largest, min_batches=fewest)


def process_batch(rt: Runtime, document_ids: Sequence[int], *, reclaim: bool = False) -> list[ProcessResult]:
    from orderbridge.pipeline.process import process_document

    return _each(document_ids, lambda doc_id: process_document(rt, doc_id, reclaim=reclaim))


def push_batch(rt: Runtime, order_ids: Sequence[int], *, final_attempt: bool) -> list[PushOutcome]:
    """Every order of the batch to every target routing gives its customer."""
    from orderbridge.pipeline.push import push_to_targets

    def push_everywhere(order_id: int) -> list[PushOutcome]:
        return push_to_targets(rt, order_id, final_attempt=final_attempt)

    return [outcome for outcomes in _each(order_ids, push_everywhere) for outcome in outcomes]


def split_by_target(ids_by_target: dict[str, list[int]]) -> dict[str, list[list[int]]]:
    """Each target's ids cut into batches (``split_from_env``); every target stays a key, even empty."""
    largest, fewest = batch_limits()
    return {target: split(ids, max_size=largest, min_batches=fewest) for target, ids in ids_by_target.items()}


def push_batch_to(
    rt: Runtime, target: str, order_ids: Sequence[int], *, final_attempt: bool
) -> list[PushOutcome]:
    """Every order of the batch to ``target`` only: the work of that target's push task (its own pool)."""
    from orderbridge.pipeline.push import push_to_target

    records = rt.ledger.orders_by_id(order_ids)  # one read for the batch, not one per order

    def push_one(order_id: int) -> PushOutcome:
        return push_to_target(rt, order_id, target, final_attempt=final_attempt, record=records.get(order_id))

    return _each(order_ids, push_one)


def _each(items: Sequence[int], work: Callable[[int], T]) -> list[T]:
    """``work`` on every item; then the first failure is raised (a ConfigError at once: the next item
    would meet the same wrong configuration)."""
    results: list[T] = []
    failure: Exception | None = None
    for item in items:
        try:
            results.append(work(item))
        except ConfigError:
            raise
        except Exception as exc:  # recorded in the ledger by the step itself; retried by Airflow
            failure = failure or exc
    if failure is not None:
        raise failure
    return results
