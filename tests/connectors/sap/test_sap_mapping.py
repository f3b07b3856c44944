"""mappings/targets/sap.yaml: it loads, renders the BAPI's parameters, and feeds the connector end to end."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sap_support import connection, sample_order, stored_orders

from connectors.base import OrderKey
from connectors.registry import build_connector
from connectors.sap import SapConnector
from connectors.sap.payload import bapi_input
from connectors.sap.sandbox import SandboxHandle
from orderbridge.mapping import MappingDataError, load_target_mapping
from orderbridge.model import Buyer
from orderbridge.settings import PROJECT_ROOT

KEY = OrderKey(customer_code="C0001", po_number="HD-PO-20261120-01", target="sap")


@pytest.fixture(scope="module")
def mapping():
    return load_target_mapping(PROJECT_ROOT / "mappings" / "targets" / "sap.yaml")


def test_the_sap_mapping_loads_and_says_how_orders_are_found(mapping) -> None:
    assert mapping.target == "sap"
    assert (mapping.lookup.po_number_field, mapping.lookup.customer_field) == (
        "PURCHASE_ORDER_NUMBER",
        "CUSTOMER_NUMBER",
    )
    assert mapping.lookups["customers"]["C0003"] == "0000100003"


def test_an_order_renders_to_the_bapi_s_tables(mapping) -> None:
    params = bapi_input(mapping.render(sample_order()))
    assert params["ORDER_HEADER_IN"] == {
        "DOC_TYPE": "TA",
        "SALES_ORG": "1000",
        "DISTR_CHAN": "10",
        "DIVISION": "00",
        "PURCH_NO_C": "HD-PO-20261120-01",
        "PURCH_DATE": "2026-11-20",
        "REQ_DATE_H": "2026-12-05",
        "CURRENCY": "CNY",
    }
    assert params["ORDER_PARTNERS"]["item"] == [
        {"PARTN_ROLE": "AG", "PARTN_NUMB": "0000100001"},
        {"PARTN_ROLE": "WE", "PARTN_NUMB": "0000100001"},
    ]
    first, second = params["ORDER_ITEMS_IN"]["item"]
    assert first == {
        "ITM_NUMBER": "000010",
        "MATERIAL": "M1001",
        "TARGET_QTY": 5000,
        "TARGET_QU": "ST",
        "SALES_UNIT": "ST",
        "PLANT": "1000",
        "SHORT_TEXT": "不锈钢六角螺栓 M8x30",
        "CUST_MAT35": "HD-BLT-0830",
        "TAX_CLASS1": "1",
    }
    assert (second["ITM_NUMBER"], second["SALES_UNIT"], second["TARGET_QTY"]) == (
        "000020",
        "ST",
        Decimal("2500.5"),
    )
    assert params["ORDER_SCHEDULES_IN"]["item"][1] == {
        "ITM_NUMBER": "000020",
        "SCHED_LINE": "0001",
        "REQ_DATE": "2026-12-05",
        "REQ_QTY": Decimal("2500.5"),
    }
    assert [c["COND_VALUE"] for c in params["ORDER_CONDITIONS_IN"]["item"]] == [
        Decimal("0.35"),
        Decimal("0.12497"),
    ]


def test_a_customer_without_an_sap_number_cannot_be_mapped(mapping) -> None:
    order = sample_order(buyer=Buyer(name="Someone", customer_code="C0042"))
    with pytest.raises(MappingDataError) as raised:
        mapping.render(order)
    assert any("'C0042' is not in lookup 'customers'" in p for p in raised.value.problems)


def test_the_connector_takes_its_settings_from_the_mapping(mapping, sandbox: SandboxHandle) -> None:
    sap = SapConnector.from_mapping(connection(sandbox.url), mapping)
    assert (sap.sales_org, sap.sold_to("C0002"), sap.lines_key) == ("1000", "0000100002", "ITEMS")
    sap.close()


def test_a_rendered_order_goes_through_the_registry_into_the_sandbox(
    mapping, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = sandbox.url.removeprefix("http://")
    monkeypatch.setenv("AIRFLOW_CONN_SAP_DEFAULT", f"sap://SANDBOX:sandbox@{host}/?timeout=5")
    sap = build_connector("sap", mapping)
    assert sap.test_connection()[0]
    result = sap.push_order(mapping.render(sample_order()), KEY)
    assert result.created
    [order] = stored_orders(sandbox)
    assert order["purch_no"] == "HD-PO-20261120-01"
    assert [i["REQ_QTY"] for i in order["items"]] == ["5000", "2500.5"]
    assert sap.push_order(mapping.render(sample_order()), KEY).created is False
    assert sap.fetch_statuses([result.external_id])[0].status == "open"
    sap.close()
