"""Batches within mapped tasks (orderbridge.pipeline.batches), and what a retry after a lost try finds.

A Celery worker can die between any two ledger writes; the retry of its task must finish the work
without losing a document or recording it twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench.throughput.corpus import write_corpus
from connectors.kingdee.sandbox import SandboxHandle, start_in_thread
from orderbridge.errors import ConfigError
from orderbridge.pipeline.batches import batch_limits, process_batch, push_batch, split
from orderbridge.pipeline.intake import poll_folder
from orderbridge.pipeline.process import pending_documents, process_document
from orderbridge.pipeline.push import ready_orders
from orderbridge.pipeline.runtime import Runtime
from orderbridge.retry import RetryPolicy
from orderbridge.settings import PROJECT_ROOT, Settings

FAST = RetryPolicy(max_attempts=2, initial_wait=0.01, multiplier=2, max_wait=0.02)


def connection(url: str, password: str = "sandbox") -> str:
    return json.dumps(
        {
            "conn_type": "kingdee",
            "host": url,
            "login": "administrator",
            "password": password,
            "extra": {"acct_id": "sandbox", "auth": "password", "timeout": 2},
        }
    )


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxHandle]:
    handle = start_in_thread(tmp_path / "kingdee.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def rt(tmp_path: Path, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    monkeypatch.setenv("AIRFLOW_CONN_KINGDEE_DEFAULT", connection(sandbox.url))
    home = tmp_path / "home"
    settings = Settings(
        home=home, db_url=f"sqlite:///{tmp_path / 'ledger.sqlite'}", mappings_dir=PROJECT_ROOT / "mappings"
    )
    runtime = Runtime(settings=settings, inbox_settle_seconds=0, retry_policy=FAST)
    runtime.ledger.migrate()
    return runtime


def take_in(rt: Runtime, tmp_path: Path, count: int) -> list[int]:
    rt.inbox.ensure_dirs()
    for f in write_corpus(tmp_path / "corpus", count):
        f.path.rename(rt.settings.inbox_dir / f.path.name)
    poll_folder(rt)
    return pending_documents(rt)


# --- splitting --------------------------------------------------------------------------------------


def test_batches_keep_the_order_and_never_exceed_the_largest_size() -> None:
    batches = split(list(range(45)), max_size=20, min_batches=1)
    assert [len(b) for b in batches] == [15, 15, 15]  # three batches, as even as can be
    assert [i for b in batches for i in b] == list(range(45))


def test_a_small_load_is_spread_over_at_least_as_many_batches_as_worker_slots() -> None:
    assert split([1, 2, 3, 4, 5, 6], max_size=20, min_batches=4) == [[1, 2], [3, 4], [5], [6]]
    assert split([7, 8], max_size=20, min_batches=4) == [[7], [8]]
    assert split([], max_size=20, min_batches=4) == []


def test_nonsense_limits_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError):
        split([1], max_size=0)
    monkeypatch.setenv("ORDERBRIDGE_MAX_BATCH", "0")
    with pytest.raises(ConfigError):
        batch_limits()


# --- a batch of documents ---------------------------------------------------------------------------


def test_one_failing_document_does_not_stop_the_rest_of_its_batch(rt, tmp_path, monkeypatch) -> None:
    ids = take_in(rt, tmp_path, 3)
    import ocr

    real = ocr.extract_file

    def flaky(path, **kwargs):
        if str(path) == rt.ledger.get_document(ids[1]).stored_path:
            raise MemoryError("out of memory")
        return real(path, **kwargs)

    monkeypatch.setattr(ocr, "extract_file", flaky)
    with pytest.raises(MemoryError):
        process_batch(rt, ids)

    states = [rt.ledger.get_document(i).state for i in ids]
    assert states == ["extracted", "received", "extracted"]  # the failed one is given back for the retry
    monkeypatch.undo()
    assert [r.state for r in process_batch(rt, ids)] == ["skipped", "ready", "skipped"]


def test_a_retry_takes_back_a_document_its_killed_try_left_in_processing(rt, tmp_path) -> None:
    (doc_id,) = take_in(rt, tmp_path, 1)
    assert rt.ledger.claim_document(doc_id)  # the try that claimed it was killed here

    assert process_document(rt, doc_id).state == "skipped"  # a first try of another run leaves it alone
    assert process_document(rt, doc_id, reclaim=True).state == "ready"
    assert len(rt.ledger.order_summaries()) == 1


def test_a_try_killed_after_recording_the_order_is_finished_without_a_duplicate(rt, tmp_path, monkeypatch):
    (doc_id,) = take_in(rt, tmp_path, 1)
    real = rt.ledger.set_document_state

    def killed_before_extracted(document_id, state, **kwargs):
        if state == "extracted":
            raise SystemExit("worker killed")  # not an Exception: nothing gives the claim back
        return real(document_id, state, **kwargs)

    monkeypatch.setattr(rt.ledger, "set_document_state", killed_before_extracted)
    with pytest.raises(SystemExit):
        process_document(rt, doc_id)
    monkeypatch.undo()
    assert rt.ledger.get_document(doc_id).state == "processing"

    result = process_document(rt, doc_id, reclaim=True)

    assert result.state == "ready"
    assert rt.ledger.get_document(doc_id).state == "extracted"
    (order,) = rt.ledger.order_summaries()
    assert order.state == "ready"


# --- a batch of orders ------------------------------------------------------------------------------


def test_a_batch_of_orders_reaches_the_erp_once_even_when_pushed_twice(rt, tmp_path, sandbox) -> None:
    process_batch(rt, take_in(rt, tmp_path, 4))
    orders = ready_orders(rt)

    first = push_batch(rt, orders, final_attempt=False)
    again = push_batch(rt, orders, final_attempt=False)

    assert [o.state for o in first] == ["delivered"] * 4
    assert [o.state for o in again] == ["skipped"] * 4
    erp = httpx.get(f"{sandbox.url}/sandbox/orders").json()["orders"]
    assert sorted(o["FBillNo"] for o in erp) == sorted(o.external_id for o in first)


def test_wrong_credentials_stop_the_batch_at_the_first_order(rt, tmp_path, sandbox, monkeypatch) -> None:
    process_batch(rt, take_in(rt, tmp_path, 3))
    orders = ready_orders(rt)
    monkeypatch.setenv("AIRFLOW_CONN_KINGDEE_DEFAULT", connection(sandbox.url, password="wrong"))

    with pytest.raises(ConfigError):
        push_batch(rt, orders, final_attempt=False)

    assert [rt.ledger.get_order(i).state for i in orders] == ["failed", "ready", "ready"]
