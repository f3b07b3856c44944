"""The DAGs run the pipeline for real (dag.test() on a PostgreSQL metadata DB, Kingdee sandbox over HTTP)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from connectors.kingdee.sandbox import SandboxHandle, start_in_thread
from orderbridge.bootstrap import initialise
from orderbridge.ledger import Ledger
from orderbridge.samples import generate_samples
from orderbridge.settings import Settings

GOOD = {
    "hdprecision-PO-HD20261118-01.pdf",
    "acme-PO-4500012345.pdf",
    "xinhui-PO-XH-2026-0456.xlsx",
    "xinhui-PO-XH-2026-0457.pdf",
}


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxHandle]:
    handle = start_in_thread(tmp_path / "kingdee.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def home(tmp_path: Path, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    monkeypatch.setenv("ORDERBRIDGE_INBOX_SETTLE_SECONDS", "0")
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
    settings = Settings.from_env()
    initialise(settings, airflow=False, echo=lambda _m: None)
    return settings


def drop_samples(settings: Settings, names: set[str] | None = None) -> None:
    staging = settings.home / "staging"
    for sample in generate_samples(staging):
        if names is None or sample.filename in names:
            shutil.copyfile(staging / sample.filename, settings.inbox_dir / sample.filename)


def sandbox_orders(sandbox: SandboxHandle) -> list[dict]:
    return httpx.get(f"{sandbox.url}/sandbox/orders").json()["orders"]


def test_intake_then_process_delivers_the_good_samples_and_rejects_the_bad(dagbag, home, sandbox) -> None:
    drop_samples(home)

    assert dagbag.get_dag("po_intake").test().state == "success"
    assert dagbag.get_dag("po_process").test().state == "success"

    ledger = Ledger(home.db_url)
    orders = ledger.order_summaries()
    assert {o.original_name for o in orders} == GOOD
    assert {o.state for o in orders} == {"delivered"}
    bills = sorted(o.deliveries[0].external_id for o in orders)
    assert bills == sorted(o["FBillNo"] for o in sandbox_orders(sandbox))
    summaries = ledger.document_summaries()
    rejected = {d.original_name: d.reject_reason for d in summaries if d.state == "rejected"}
    assert rejected == {
        "broken-scan.pdf": "corrupt-pdf",
        "empty.pdf": "empty-file",
        "notes.docx": "unsupported-type",
        "terms-and-conditions.pdf": "no-purchase-order",
        "secured-PO.pdf": "encrypted-pdf",
    }


def test_running_both_dags_again_sends_nothing_twice(dagbag, home, sandbox) -> None:
    drop_samples(home, {"acme-PO-4500012345.pdf"})
    for _ in range(2):
        drop_samples(home, {"acme-PO-4500012345.pdf"})
        assert dagbag.get_dag("po_intake").test().state == "success"
        assert dagbag.get_dag("po_process").test().state == "success"

    assert len(sandbox_orders(sandbox)) == 1
    assert len(Ledger(home.db_url).order_summaries()) == 1


def test_a_configuration_error_fails_the_push_at_once_without_retrying(dagbag, home, sandbox, monkeypatch):
    drop_samples(home, {"acme-PO-4500012345.pdf"})
    monkeypatch.setenv(
        "AIRFLOW_CONN_KINGDEE_DEFAULT",
        json.dumps(
            {
                "conn_type": "kingdee",
                "host": sandbox.url,
                "login": "administrator",
                "password": "wrong",
                "extra": {"acct_id": "sandbox", "auth": "password", "timeout": 2},
            }
        ),
    )
    dagbag.get_dag("po_intake").test()

    run = dagbag.get_dag("po_process").test()

    assert run.state == "failed"
    (order,) = Ledger(home.db_url).order_summaries()
    assert order.state == "failed"
    assert order.deliveries[0].attempts == 1  # the retry policy did not try again
    assert sandbox_orders(sandbox) == []


def test_an_outage_is_retried_by_airflow_and_ends_in_dead_letter(dagbag, home, sandbox) -> None:
    drop_samples(home, {"acme-PO-4500012345.pdf"})
    httpx.post(f"{sandbox.url}/sandbox/faults", json={"name": "http_503", "count": 1000, "retry_after": 0})
    dagbag.get_dag("po_intake").test()

    run = dagbag.get_dag("po_process").test()

    assert run.state == "success"  # the order is parked, not lost; the DAG itself finished
    (order,) = Ledger(home.db_url).order_summaries()
    assert order.state == "dead_letter"
    assert order.deliveries[0].attempts == 2  # first try, then Airflow's one retry
    assert sandbox_orders(sandbox) == []
