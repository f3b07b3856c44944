"""mappings/routing.yaml decides where an order goes: its ERP, and a courier booking where one is wanted."""

import json
import shutil

import httpx
import pytest
from pipeline_support import drop, kingdee_connection_env, make_runtime, sandbox_orders
from routing_samples import COURIER_FOR_ACME as ROUTING

from connectors.sf_express.sandbox import start_in_thread as start_sf
from orderbridge.pipeline.runner import run_once
from orderbridge.settings import PROJECT_ROOT


@pytest.fixture
def sf_sandbox(tmp_path):
    handle = start_sf(tmp_path / "sf.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def routed_rt(tmp_path, kingdee_sandbox, sf_sandbox, monkeypatch):
    mappings = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", mappings)
    (mappings / "routing.yaml").write_text(ROUTING, encoding="utf-8")
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


def shipments(url: str) -> list[dict]:
    return httpx.get(f"{url}/sandbox/shipments").json()["shipments"]


def test_a_customer_with_a_courier_gets_the_erp_order_and_one_shipment(
    routed_rt, sample_dir, kingdee_sandbox, sf_sandbox
):
    drop(routed_rt, sample_dir / "acme-PO-4500012345.pdf")  # C0002: routed to Kingdee + SF Express
    drop(routed_rt, sample_dir / "hdprecision-PO-HD20261118-01.pdf")  # C0001: Kingdee only

    run_once(routed_rt)
    run_once(routed_rt)  # a second run sends nothing again

    assert len(sandbox_orders(kingdee_sandbox.url)) == 2
    (shipment,) = shipments(sf_sandbox.url)
    by_po = {o.po_number: o for o in routed_rt.ledger.order_summaries()}
    acme = by_po["4500012345"]
    assert acme.state == "delivered"
    assert sorted(d.target for d in acme.deliveries) == ["kingdee", "sf_express"]
    sf_delivery = next(d for d in acme.deliveries if d.target == "sf_express")
    assert sf_delivery.external_id in json.dumps(shipment, ensure_ascii=False)
    assert [d.target for d in by_po["HD20261118-01"].deliveries] == ["kingdee"]
