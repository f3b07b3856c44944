"""OrderBridge on Airflow's CeleryExecutor: two workers take a batch of POs to the Kingdee sandbox, and a
worker killed in the middle of a batch loses nothing and doubles nothing.

Slow by nature (a real deployment starts once for the module, about a minute); marked ``airflow``.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from pathlib import Path

import httpx
import psutil
import pytest

from bench.throughput.corpus import write_corpus
from deploy.celery.health import dags_parsed, query
from orderbridge.samples import generate_samples

pytestmark = [pytest.mark.airflow, pytest.mark.postgres, pytest.mark.timeout(420)]

OVERALL_WAIT_S = 240  # generous bound on the polling loops; nothing asserts on time
GOOD_SAMPLES = 4
REJECTED = {
    "broken-scan.pdf": "corrupt-pdf",
    "empty.pdf": "empty-file",
    "notes.docx": "unsupported-type",
    "terms-and-conditions.pdf": "no-purchase-order",
    "secured-PO.pdf": "encrypted-pdf",
}


def drop(inbox: Path, files: list[Path]) -> None:
    """Into the inbox under a hidden name first, then renamed: the way a careful uploader delivers."""
    for path in files:
        part = inbox / f".{path.name}.part"
        shutil.copyfile(path, part)
        os.replace(part, inbox / path.name)


def trigger_intake(deployment) -> None:
    deadline = time.monotonic() + OVERALL_WAIT_S
    while not dags_parsed(deployment.stack.config.metadata_url, {"po_intake", "po_process"}):
        assert time.monotonic() < deadline, "the dag-processor never serialised the DAGs"
        deployment.stack.check_alive()
        time.sleep(1)
    deployment.stack.airflow("dags", "trigger", "po_intake")


def unfinished_runs(deployment) -> int:
    rows = query(
        deployment.stack.config.metadata_url,
        "SELECT count(*) FROM dag_run WHERE state IN ('queued', 'running')",
    )
    return rows[0][0]


def wait_until_settled(deployment, expected_orders: int) -> None:
    """Until every expected order is delivered, no document is in flight and no DAG run is unfinished."""
    deadline = time.monotonic() + OVERALL_WAIT_S
    while True:
        deployment.stack.check_alive()
        orders = Counter(o.state for o in deployment.ledger.order_summaries())
        documents = Counter(d.state for d in deployment.ledger.document_summaries())
        settled = (
            orders["delivered"] == expected_orders
            and not documents["received"]
            and not documents["processing"]
        )
        if settled and unfinished_runs(deployment) == 0:
            return
        assert time.monotonic() < deadline, f"not settled: orders {dict(orders)}, documents {dict(documents)}"
        time.sleep(2)


def sandbox_orders(deployment) -> list[dict]:
    return httpx.get(f"{deployment.sandbox.url}/sandbox/orders").json()["orders"]


def assert_each_po_once_in_erp_and_ledger(deployment) -> None:
    orders = deployment.ledger.order_summaries()
    erp = sandbox_orders(deployment)
    bills = Counter(o["FBillNo"] for o in erp)
    assert all(n == 1 for n in bills.values())
    assert len(erp) == len(orders)  # no ERP order without a ledger order, none doubled
    assert Counter(o.po_number for o in orders).most_common(1)[0][1] == 1
    for order in orders:
        (delivery,) = order.deliveries
        assert delivery.state == "delivered"
        assert delivery.external_id in bills
    assert {d.external_id for o in orders for d in o.deliveries} == set(bills)


def test_two_celery_workers_take_a_batch_of_pos_into_the_erp(deployment, tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    samples = generate_samples(staging)
    corpus = write_corpus(tmp_path / "corpus", 16, prefix=4610000000)
    drop(deployment.settings.inbox_dir, [staging / s.filename for s in samples] + [f.path for f in corpus])

    trigger_intake(deployment)
    wait_until_settled(deployment, expected_orders=GOOD_SAMPLES + len(corpus))

    assert_each_po_once_in_erp_and_ledger(deployment)
    documents = deployment.ledger.document_summaries()
    assert {d.original_name: d.reject_reason for d in documents if d.state == "rejected"} == REJECTED
    assert {f.po_number for f in corpus} <= {o.po_number for o in deployment.ledger.order_summaries()}
    workers = [c for name, c in deployment.stack.components.items() if name.startswith("worker")]
    assert all("execute_workload" in w.log_tail(10**7) for w in workers)  # both workers ran tasks


def running_push_pids(deployment) -> list[int]:
    rows = query(
        deployment.stack.config.metadata_url,
        "SELECT pid FROM task_instance WHERE dag_id = 'po_process' AND task_id = 'push_kingdee' "
        "AND state = 'running' AND pid IS NOT NULL",
    )
    return [row[0] for row in rows]


def test_a_worker_killed_in_the_middle_of_a_batch_loses_nothing_and_doubles_nothing(
    deployment, tmp_path: Path
) -> None:
    before = len(deployment.ledger.order_summaries())
    # Each Save takes 1 s: a push batch is still in the middle of its orders when the worker dies.
    httpx.post(
        f"{deployment.sandbox.url}/sandbox/faults",
        json={"name": "slow", "count": 1000, "delay": 1.0, "operation": "Save"},
    )
    corpus = write_corpus(tmp_path / "corpus", 16, prefix=4620000000)
    drop(deployment.settings.inbox_dir, [f.path for f in corpus])
    trigger_intake(deployment)

    deadline = time.monotonic() + OVERALL_WAIT_S
    victim = None
    while victim is None:
        assert time.monotonic() < deadline, "no push batch ever ran on a worker"
        time.sleep(0.5)
        if _some_delivered(deployment, before):
            victim = _worker_running_a_push(deployment)
    victim.crash()  # SIGKILL to the worker, its pool processes, the task supervisor and the task
    httpx.delete(f"{deployment.sandbox.url}/sandbox/faults")

    wait_until_settled(deployment, expected_orders=before + len(corpus))

    assert_each_po_once_in_erp_and_ledger(deployment)
    pushes = query(
        deployment.stack.config.metadata_url,
        "SELECT max(try_number) FROM task_instance WHERE task_id = 'push_kingdee'",
    )
    assert pushes[0][0] >= 2  # the killed batch was retried on the surviving worker
    survivor = next(c for n, c in deployment.stack.components.items() if n.startswith("worker") and c.running)
    assert survivor is not victim


def _some_delivered(deployment, before: int) -> bool:
    return sum(o.state == "delivered" for o in deployment.ledger.order_summaries()) > before


def _worker_running_a_push(deployment):
    """The live worker whose process tree holds a running push task, or None if no push is running now.

    Matched by ancestry, not by process group: the task supervisor may start its own group or session."""
    workers = {
        c.proc.pid: c for n, c in deployment.stack.components.items() if n.startswith("worker") and c.running
    }
    for pid in running_push_pids(deployment):
        try:
            ancestors = psutil.Process(pid).parents()
        except psutil.NoSuchProcess:
            continue  # finished between the query and the look-up
        for ancestor in ancestors:
            if ancestor.pid in workers:
                return workers[ancestor.pid]
    return None


def test_files_renamed_into_the_inbox_wake_po_intake_through_the_triggerer(deployment, tmp_path) -> None:
    """No manual trigger: the folder watcher in the triggerer fires, the Asset event queues po_intake."""
    import datetime as dt

    deadline = time.monotonic() + OVERALL_WAIT_S
    while not _folder_watcher_running(deployment):
        assert time.monotonic() < deadline, "the triggerer never picked up the inbox watcher"
        deployment.stack.check_alive()
        time.sleep(1)
    wait_until_settled(deployment, expected_orders=len(deployment.ledger.order_summaries()))
    before = len(deployment.ledger.order_summaries())
    dropped_at = dt.datetime.now(dt.UTC)
    corpus = write_corpus(tmp_path / "corpus", 4, prefix=4630000000)
    drop(deployment.settings.inbox_dir, [f.path for f in corpus])

    wait_until_settled(deployment, expected_orders=before + len(corpus))

    received = [d.received_at for d in deployment.ledger.document_summaries() if d.received_at >= dropped_at]
    assert len(received) == len(corpus)
    runs = query(
        deployment.stack.config.metadata_url,
        "SELECT start_date, end_date FROM dag_run WHERE dag_id = 'po_intake' "
        "AND run_type = 'asset_triggered' AND start_date >= %(since)s",
        {"since": dropped_at},
    )
    assert any(start <= min(received) and max(received) <= end for start, end in runs)
    assert_each_po_once_in_erp_and_ledger(deployment)


def _folder_watcher_running(deployment) -> bool:
    """po_intake is parsed, unpaused, and a triggerer runs its folder watcher."""
    if not dags_parsed(deployment.stack.config.metadata_url, {"po_intake", "po_process"}):
        return False
    rows = query(
        deployment.stack.config.metadata_url,
        "SELECT count(*) FROM trigger WHERE classpath = "
        "'connectors.folder.trigger.FolderArrivalTrigger' AND triggerer_id IS NOT NULL",
    )
    return rows[0][0] > 0
