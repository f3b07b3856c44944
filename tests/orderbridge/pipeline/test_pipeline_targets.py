"""One push task and one pool per target: which targets there are, and each target's share of the orders."""

from __future__ import annotations

import json
import shutil

import httpx
import pytest
from pipeline_support import drop, kingdee_connection_env, make_runtime, sandbox_orders
from routing_samples import COURIER_FOR_ACME

from connectors.sf_express.sandbox import start_in_thread as start_sf
from orderbridge.pipeline.batches import push_batch_to, split_by_target
from orderbridge.pipeline.intake import poll_folder
from orderbridge.pipeline.process import process_document
from orderbridge.pipeline.push import ready_orders_by_target
from orderbridge.pipeline.targets import enabled_targets, pipeline_targets, pipeline_targets_from_env
from orderbridge.settings import PROJECT_ROOT


@pytest.fixture
def mappings(tmp_path):
    folder = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", folder)
    (folder / "routing.yaml").write_text(COURIER_FOR_ACME, encoding="utf-8")
    return folder


def test_the_shipped_routing_pushes_to_kingdee_only():
    assert pipeline_targets(PROJECT_ROOT / "mappings") == ["kingdee"]


def test_a_courier_booked_for_some_customers_gets_its_own_push_target(mappings):
    assert pipeline_targets(mappings) == ["kingdee", "sf_express"]
    assert pipeline_targets(mappings, ("sf_express",)) == ["sf_express"]  # ORDERBRIDGE_TARGETS limits
    env = {"ORDERBRIDGE_MAPPINGS": str(mappings), "ORDERBRIDGE_TARGETS": " kingdee , "}
    assert enabled_targets(env) == ("kingdee",)
    assert pipeline_targets_from_env(env) == ["kingdee"]
    assert enabled_targets({}) is None


def test_a_routing_file_that_does_not_load_gives_every_mapped_target(mappings):
    (mappings / "routing.yaml").write_text(
        "format_version: 2\ndefault_targets: [nowhere]\n", encoding="utf-8"
    )
    mapped = sorted(p.stem for p in (mappings / "targets").glob("*.yaml"))

    assert pipeline_targets(mappings) == mapped


@pytest.fixture
def sf_sandbox(tmp_path):
    handle = start_sf(tmp_path / "sf.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def routed_rt(tmp_path, mappings, kingdee_sandbox, sf_sandbox, monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_KINGDEE_DEFAULT", kingdee_connection_env(kingdee_sandbox.url))
    monkeypatch.setenv(
        "AIRFLOW_CONN_SF_EXPRESS_DEFAULT",
        json.dumps(
            {
                "conn_type": "sf_express",
                "host": sf_sandbox.url,
                "login": "SANDBOX",
                "password": "sandbox-checkword",
                "extra": {"timeout": 5},
            }
        ),
    )
    return make_runtime(tmp_path / "home", mappings_dir=mappings)


def ready(rt, sample_dir, *names):
    for name in names:
        drop(rt, sample_dir / name)
    return {process_document(rt, doc_id).order_id for doc_id in poll_folder(rt)}


def test_each_target_gets_the_orders_routed_to_it_and_pushes_only_its_own_deliveries(
    routed_rt, sample_dir, kingdee_sandbox, sf_sandbox
):
    ready(routed_rt, sample_dir, "acme-PO-4500012345.pdf", "hdprecision-PO-HD20261118-01.pdf")
    by_po = {o.po_number: o.id for o in routed_rt.ledger.orders_in_state()}
    acme, hd = by_po["4500012345"], by_po["HD20261118-01"]

    shares = ready_orders_by_target(routed_rt, ["kingdee", "sf_express", "u8"])
    assert shares == {"kingdee": [hd, acme] if hd < acme else [acme, hd], "sf_express": [acme], "u8": []}
    assert split_by_target({"kingdee": [1, 2, 3], "u8": []})["u8"] == []

    (courier,) = push_batch_to(routed_rt, "sf_express", shares["sf_express"], final_attempt=False)
    assert courier.state == "delivered"
    assert routed_rt.ledger.get_order(acme).state == "ready"  # Kingdee does not have it yet
    assert sandbox_orders(kingdee_sandbox.url) == []

    outcomes = push_batch_to(routed_rt, "kingdee", shares["kingdee"], final_attempt=False)

    assert {o.state for o in outcomes} == {"delivered"}
    assert routed_rt.ledger.get_order(acme).state == "delivered"  # the last target completed it
    assert len(sandbox_orders(kingdee_sandbox.url)) == 2
    assert len(httpx.get(f"{sf_sandbox.url}/sandbox/shipments").json()["shipments"]) == 1
    assert ready_orders_by_target(routed_rt, ["kingdee", "sf_express"]) == {"kingdee": [], "sf_express": []}
