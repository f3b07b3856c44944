"""Take new documents through extract, resolve, validate and record, then push ready orders to the targets.

Runs whenever po_intake updates the ledger Asset. Tasks pass only ledger ids, in batches (a task costs
more to schedule than a text PDF costs to read: see orderbridge.pipeline.batches); each can be re-run
alone. The push runs in the target's pool, so no ERP gets more concurrent calls than its pool has slots.
"""

from __future__ import annotations

from airflow.sdk import dag, task
from dag_support import DEFAULT_ARGS, LEDGER_DOCUMENTS, PUSH_POOL, TASK_SLOTS, is_final_attempt, is_retry


def _runtime():
    from orderbridge.pipeline.runtime import Runtime

    return Runtime.from_env()


@dag(
    schedule=[LEDGER_DOCUMENTS],
    catchup=False,
    max_active_runs=1,
    tags=["orderbridge", "process"],
    default_args=DEFAULT_ARGS,
)
def po_process():
    @task
    def pending_documents() -> list[list[int]]:
        from orderbridge.pipeline.batches import split_from_env
        from orderbridge.pipeline.process import pending_documents

        return split_from_env(pending_documents(_runtime()))

    @task(max_active_tis_per_dagrun=TASK_SLOTS)
    def process_document(document_ids: list[int]) -> list[dict]:
        from orderbridge.pipeline.batches import process_batch

        results = process_batch(_runtime(), document_ids, reclaim=is_retry())
        return [{"document_id": r.document_id, "state": r.state, "order_id": r.order_id} for r in results]

    @task(trigger_rule="all_done")
    def ready_orders() -> list[list[int]]:
        from orderbridge.pipeline.batches import split_from_env
        from orderbridge.pipeline.push import ready_orders

        return split_from_env(ready_orders(_runtime()))

    @task(max_active_tis_per_dagrun=TASK_SLOTS, pool=PUSH_POOL)
    def push_order(order_ids: list[int]) -> list[dict]:
        from orderbridge.pipeline.batches import push_batch

        outcomes = push_batch(_runtime(), order_ids, final_attempt=is_final_attempt())
        return [{"order_id": o.order_id, "target": o.target, "state": o.state, "external_id": o.external_id}
                for o in outcomes]

    processed = process_document.expand(document_ids=pending_documents())
    ready = ready_orders()
    processed >> ready
    push_order.expand(order_ids=ready)


po_process()
