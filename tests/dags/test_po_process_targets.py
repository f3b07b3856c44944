"""po_process pushes each target's deliveries in a task of their own, under the target's own pool: an order
routed to Kingdee and SF Express reaches both sandboxes, and a target that is down holds back only itself."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from routing_samples import COURIER_FOR_ACME

from connectors.kingdee.sandbox import SandboxHandle
from connectors.kingdee.sandbox import start_in_thread as start_kingdee
from connectors.sf_express.sandbox import start_in_thread as start_sf
from orderbridge.bootstrap import initialise
from orderbridge.ledger import Ledger
from orderbridge.samples import generate_samples
from orderbridge.settings import PROJECT_ROOT, Settings

ACME, HD = "acme-PO-4500012345.pdf", "hdprecision-PO-HD20261118-01.pdf"


@pytest.fixture
def sandboxes(tmp_path: Path) -> Iterator[tuple[SandboxHandle, SandboxHandle]]:
    kingdee, sf = start_kingdee(tmp_path / "kingdee.sqlite"), start_sf(tmp_path / "sf.sqlite")
    yield kingdee, sf
    kingdee.stop()
    sf.stop()


@pytest.fixture
def routed(dagbag, tmp_path: Path, sandboxes, monkeypatch: pytest.MonkeyPatch):
    """A home whose routing books an SF Express shipment for Acme (C0002), and the DAGs parsed with it."""
    from airflow.dag_processing.dagbag import DagBag

    kingdee, sf = sandboxes
    mappings = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", mappings)
    (mappings / "routing.yaml").write_text(COURIER_FOR_ACME, encoding="utf-8")
    for name, value in {
        "ORDERBRIDGE_HOME": str(tmp_path / "home"),
        "ORDERBRIDGE_MAPPINGS": str(mappings),
        "ORDERBRIDGE_INBOX_SETTLE_SECONDS": "0",
        "ORDERBRIDGE_FOLDER_TRIGGER": "off",
        "AIRFLOW_CONN_KINGDEE_DEFAULT": json.dumps(
            {
                "conn_type": "kingdee",
                "host": kingdee.url,
                "login": "administrator",
                "password": "sandbox",
                "extra": {"acct_id": "sandbox", "auth": "password", "timeout": 2},
            }
        ),
        "AIRFLOW_CONN_SF_EXPRESS_DEFAULT": json.dumps(
            {
                "conn_type": "sf_express",
                "host": sf.url,
                "login": "SANDBOX",
                "password": "sandbox-checkword",
                "extra": {"timeout": 2},
            }
        ),
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    monkeypatch.delitem(sys.modules, "dag_support", raising=False)
    settings = Settings.from_env()
    initialise(settings, airflow=False, echo=lambda _m: None)
    folder = os.environ["AIRFLOW__CORE__DAGS_FOLDER"]
    bag = DagBag(dag_folder=folder)
    assert bag.import_errors == {}
    yield bag, settings
    sys.modules.pop("dag_support", None)


def drop(settings: Settings, *names: str) -> None:
    staging = settings.home / "staging"
    for sample in generate_samples(staging):
        if sample.filename in names:
            shutil.copyfile(staging / sample.filename, settings.inbox_dir / sample.filename)


def erp_orders(handle: SandboxHandle) -> list[dict]:
    return httpx.get(f"{handle.url}/sandbox/orders").json()["orders"]


def shipments(handle: SandboxHandle) -> list[dict]:
    return httpx.get(f"{handle.url}/sandbox/shipments").json()["shipments"]


def test_each_target_has_its_push_task_in_its_own_pool(routed) -> None:
    bag, _settings = routed
    process = bag.get_dag("po_process")

    pushes = {t.task_id: t.pool for t in process.tasks if t.task_id.startswith("push_")}

    assert pushes == {"push_kingdee": "kingdee", "push_sf_express": "sf_express"}
    assert process.get_task("push_sf_express").upstream_task_ids == {"ready_sf_express"}
    assert process.get_task("ready_sf_express").upstream_task_ids == {"process_document"}


def test_an_order_routed_to_two_targets_reaches_both_sandboxes_once(routed, sandboxes) -> None:
    bag, settings = routed
    kingdee, sf = sandboxes
    drop(settings, ACME, HD)

    assert bag.get_dag("po_intake").test().state == "success"
    run = bag.get_dag("po_process").test()

    assert run.state == "success"
    by_po = {o.po_number: o for o in Ledger(settings.db_url).order_summaries()}
    assert {o.state for o in by_po.values()} == {"delivered"}
    assert sorted(d.target for d in by_po["4500012345"].deliveries) == ["kingdee", "sf_express"]
    assert [d.target for d in by_po["HD20261118-01"].deliveries] == ["kingdee"]
    assert len(erp_orders(kingdee)) == 2 and len(shipments(sf)) == 1
    pushed = {ti.task_id: ti.state for ti in run.get_task_instances() if ti.task_id.startswith("push_")}
    assert pushed == {"push_kingdee": "success", "push_sf_express": "success"}


def test_a_target_that_is_down_holds_back_only_its_own_deliveries(routed, sandboxes) -> None:
    bag, settings = routed
    kingdee, sf = sandboxes
    httpx.post(
        f"{sf.url}/sandbox/faults", json={"name": "http_5xx", "count": 1000, "retry_after": 0}
    ).raise_for_status()
    drop(settings, ACME, HD)
    bag.get_dag("po_intake").test()

    run = bag.get_dag("po_process").test()

    states = {ti.task_id: ti.state for ti in run.get_task_instances() if ti.task_id.startswith("push_")}
    assert states["push_kingdee"] == "success"
    by_po = {o.po_number: o for o in Ledger(settings.db_url).order_summaries()}
    assert by_po["HD20261118-01"].state == "delivered"  # Kingdee-only order: not held back by SF Express
    acme = {d.target: d.state for d in by_po["4500012345"].deliveries}
    assert acme["kingdee"] == "delivered" and acme["sf_express"] == "dead_letter"
    assert by_po["4500012345"].state == "dead_letter"
    assert len(erp_orders(kingdee)) == 2 and shipments(sf) == []
