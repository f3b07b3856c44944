"""mappings/targets/u8.yaml: it loads, renders U8's add body, and feeds the connector end to end."""

from __future__ import annotations

import pytest
from u8_support import sample_order, stored_orders

from connectors.base import OrderKey
from connectors.registry import build_connector
from connectors.u8.sandbox import SandboxHandle
from orderbridge.mapping import MappingDataError, load_target_mapping
from orderbridge.settings import PROJECT_ROOT

KEY = OrderKey(customer_code="C0001", po_number="HD-PO-20261120-01", target="u8")


@pytest.fixture(scope="module")
def mapping():
    return load_target_mapping(PROJECT_ROOT / "mappings" / "targets" / "u8.yaml")


def test_the_u8_mapping_loads_and_says_how_orders_are_found(mapping) -> None:
    assert (mapping.target, mapping.envelope, mapping.lines_key) == ("u8", "saleorder", "entry")
    assert (mapping.lookup.po_number_field, mapping.lookup.customer_field) == ("define1", "custcode")


def test_an_order_renders_to_u8_s_add_body(mapping) -> None:
    assert mapping.render(sample_order()) == {
        "saleorder": {
            "date": "2026-11-20",
            "businesstype": "普通销售",
            "typecode": "01",
            "custcode": "C0001",
            "deptcode": "01",
            "define1": "HD-PO-20261120-01",
            "memo": "月结30天",
            "entry": [
                {
                    "rowno": 1,
                    "inventorycode": "M1001",
                    "unitcode": "01",
                    "quantity": 5000,
                    "taxunitprice": 0.35,
                    "taxrate": 13,
                    "sum": 1750,
                    "bgift": 0,
                },
                {
                    "rowno": 2,
                    "inventorycode": "M1002",
                    "unitcode": "02",
                    "quantity": 2500.5,
                    "taxunitprice": 0.12497,
                    "taxrate": 13,
                    "sum": 312.5,
                    "bgift": 0,
                },
            ],
        }
    }


def test_a_line_without_a_price_cannot_be_mapped(mapping) -> None:
    order = sample_order()
    order.lines[1].unit_price = None
    with pytest.raises(MappingDataError) as raised:
        mapping.render(order)
    assert raised.value.problems == [
        "entry[1].taxunitprice (line 2, from unit_price): required value is missing"
    ]


def test_a_rendered_order_goes_through_the_registry_into_the_sandbox(
    mapping, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = sandbox.url.removeprefix("http://")
    monkeypatch.setenv(
        "AIRFLOW_CONN_U8_DEFAULT",
        f"u8://sandbox:sandbox-secret@{host}/?app_key=sandbox-key&to_account=sandbox&timeout=5",
    )
    u8 = build_connector("u8", mapping)
    assert u8.test_connection()[0]
    result = u8.push_order(mapping.render(sample_order()), KEY)
    assert result.created
    [order] = stored_orders(sandbox)
    assert (order["define1"], order["entry"][1]["unitcode"]) == ("HD-PO-20261120-01", "02")
    assert u8.push_order(mapping.render(sample_order()), KEY).created is False
    assert u8.fetch_statuses([result.external_id])[0].status == "created"
    u8.close()
