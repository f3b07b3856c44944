"""po_sweep for real (dag.test() on the metadata DB): stuck work is put back and po_process is woken, and
a sweep with nothing to do wakes nobody."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from connectors.kingdee.sandbox import start_in_thread
from orderbridge.bootstrap import initialise
from orderbridge.pipeline.intake import poll_folder
from orderbridge.pipeline.runtime import Runtime
from orderbridge.samples import generate_samples


@pytest.fixture
def rt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    sandbox = start_in_thread(tmp_path / "kingdee.sqlite")
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    monkeypatch.setenv("ORDERBRIDGE_INBOX_SETTLE_SECONDS", "0")
    monkeypatch.setenv("ORDERBRIDGE_SWEEP_LEASE_SECONDS", "0")  # every claim counts as abandoned
    monkeypatch.setenv(
        "AIRFLOW_CONN_KINGDEE_DEFAULT",
        json.dumps(
            {
                "conn_type": "kingdee",
                "host": sandbox.url,
                "login": "administrator",
                "password": "sandbox",
                "extra": {"acct_id": "sandbox", "auth": "password", "timeout": 2},
            }
        ),
    )
    runtime = Runtime.from_env()
    initialise(runtime.settings, airflow=False, echo=lambda _m: None)
    yield runtime
    runtime.ledger.dispose()
    sandbox.stop()


def ledger_asset_events_from_po_sweep(run_id: str) -> int:
    from airflow.models.asset import AssetEvent
    from airflow.utils.session import create_session
    from sqlalchemy import func, select

    with create_session() as session:
        return session.scalar(
            select(func.count())
            .select_from(AssetEvent)
            .where(AssetEvent.source_dag_id == "po_sweep", AssetEvent.source_run_id == run_id)
        )


def states(run) -> dict[str, str]:
    return {ti.task_id: ti.state for ti in run.get_task_instances()}


def test_a_stuck_document_is_put_back_and_po_process_is_woken(dagbag, rt) -> None:
    staging = rt.settings.home / "staging"
    (sample,) = [s for s in generate_samples(staging) if s.filename == "acme-PO-4500012345.pdf"]
    rt.inbox.ensure_dirs()
    shutil.copyfile(staging / sample.filename, rt.settings.inbox_dir / sample.filename)
    (doc_id,) = poll_folder(rt)
    assert rt.ledger.claim_document(doc_id)  # and the worker died

    run = dagbag.get_dag("po_sweep").test()

    assert states(run) == {"sweep_stuck_work": "success", "wake_po_process": "success"}
    assert rt.ledger.get_document(doc_id).state == "received"
    assert [e.kind for e in rt.ledger.events(document_id=doc_id, kind="sweeper.document_requeued")] == [
        "sweeper.document_requeued"
    ]
    assert ledger_asset_events_from_po_sweep(run.run_id) == 1


def test_a_sweep_with_nothing_stuck_wakes_nobody(dagbag, rt) -> None:
    run = dagbag.get_dag("po_sweep").test()

    assert states(run) == {"sweep_stuck_work": "success", "wake_po_process": "skipped"}
    assert ledger_asset_events_from_po_sweep(run.run_id) == 0
