"""Take new documents through extract, resolve, validate and record, then push ready orders to the targets.

Runs whenever po_intake updates the ledger Asset. Tasks pass only ledger ids, in batches (a task costs
more to schedule than a text PDF costs to read: see orderbridge.pipeline.batches); each can be re-run
alone. Each target has its own push task (``push_<target>``) in the pool named after it: an order routed
to Kingdee and SF Express is pushed by both, each under its own pool, so no target gets more concurrent
calls than its pool has slots and a slow target holds back only its own deliveries.
"""

from __future__ import annotations

from airflow.sdk import dag, task
from dag_support import DEFAULT_ARGS, LEDGER_DOCUMENTS, TASK_SLOTS, is_final_attempt, is_retry, push_targets

PUSH_TARGETS = push_targets()


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
    def ready_orders(target: str) -> list[list[int]]:
        """Batches of the orders waiting to go to ``target`` (an order routed to two targets is in both)."""
        from orderbridge.pipeline.batches import split_from_env
        from orderbridge.pipeline.push import ready_orders_by_target

        return split_from_env(ready_orders_by_target(_runtime(), [target])[target])

    def push_task(target: str):
        @task(task_id=f"push_{target}", pool=target, max_active_tis_per_dagrun=TASK_SLOTS)
        def push(order_ids: list[int]) -> list[dict]:
            from orderbridge.pipeline.batches import push_batch_to

            outcomes = push_batch_to(_runtime(), target, order_ids, final_attempt=is_final_attempt())
            return [
                {"order_id": o.order_id, "target": o.target, "state": o.state, "external_id": o.external_id}
                for o in outcomes
            ]

        return push

    processed = process_document.expand(document_ids=pending_documents())
    for target in PUSH_TARGETS:  # Airflow maps only over a task's whole return value: one ready task each
        ready = ready_orders.override(task_id=f"ready_{target}")(target)
        processed >> ready
        push_task(target).expand(order_ids=ready)


po_process()
