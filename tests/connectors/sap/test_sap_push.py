"""Pushing sales orders into SAP: create + commit, idempotency by PO number, and refused orders."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from sap_support import CUSTOMERS, FAST, connection, key_for, order_body, stored_orders

from connectors.sap import SapConnector
from connectors.sap.sandbox import SandboxHandle
from orderbridge.errors import ConnectorError, ErrorKind


def test_push_creates_and_commits_an_order_that_getlist_and_getstatus_read_back(
    sap: SapConnector, sandbox: SandboxHandle
) -> None:
    result = sap.push_order(order_body(), key_for())
    assert (result.external_id, result.created) == ("0000010001", True)
    assert [(m["TYPE"], m["ID"], m["NUMBER"]) for m in result.raw["RETURN"]] == [
        ("S", "V4", "233"),
        ("S", "V4", "233"),
        ("S", "V4", "233"),
        ("S", "V1", "311"),
    ]
    assert result.raw["RETURN"][-1]["MESSAGE"] == "Standard Order 0000010001 has been saved"
    assert sap.find_order(key_for()) == "0000010001"
    [order] = stored_orders(sandbox)
    assert (order["sold_to"], order["purch_no"], order["sales_org"]) == ("0000100001", "PO-2026-001", "1000")
    assert [(i["ITM_NUMBER"], i["MATERIAL"], i["REQ_QTY"]) for i in order["items"]] == [
        ("000010", "M1001", "100"),
        ("000020", "M1004", "5"),
    ]
    assert order["conditions"][0] == {
        "ITM_NUMBER": "000010",
        "COND_TYPE": "ZPR1",
        "COND_VALUE": "1.25",
        "CURRENCY": "CNY",
    }


def test_a_second_push_of_the_same_key_creates_nothing(sap: SapConnector, sandbox: SandboxHandle) -> None:
    first = sap.push_order(order_body(), key_for())
    again = sap.push_order(order_body(), key_for())
    assert (again.external_id, again.created) == (first.external_id, False)
    assert len(stored_orders(sandbox)) == 1


def test_the_same_po_number_of_another_customer_is_another_order(sap: SapConnector) -> None:
    first = sap.push_order(order_body(), key_for())
    other = sap.push_order(order_body(kunnr="0000100002"), key_for(customer="C0002"))
    assert other.created and other.external_id != first.external_id
    assert sap.find_order(key_for(customer="C0003")) is None


def test_customer_codes_map_through_the_lookup_or_alpha_conversion(sap: SapConnector) -> None:
    assert sap.sold_to("C0002") == "0000100002"
    assert sap.sold_to("100003") == "0000100003"
    with pytest.raises(ConnectorError) as raised:
        sap.find_order(key_for(customer="C0099"))
    assert (raised.value.kind, raised.value.code) == (ErrorKind.DATA, "customer")


def test_an_unknown_material_is_a_data_error_with_sap_s_messages_and_nothing_is_kept(
    sap: SapConnector, sandbox: SandboxHandle
) -> None:
    body = order_body()
    body["ITEMS"][1]["ORDER_ITEMS_IN"]["MATERIAL"] = "M9999"
    with pytest.raises(ConnectorError) as raised:
        sap.push_order(body, key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.DATA, "V1/392")
    assert "E V1/392: Material M9999 is not defined for sales org.1000, distr.chan.10" in raised.value.message
    assert "E V4/219: Sales document was not changed" in raised.value.message
    assert stored_orders(sandbox) == []


def test_an_unknown_sold_to_party_is_a_data_error(sap: SapConnector, sandbox: SandboxHandle) -> None:
    with pytest.raises(ConnectorError, match="Customer 0000100009 does not exist") as raised:
        sap.push_order(order_body(kunnr="0000100009"), key_for(customer="100009"))
    assert raised.value.kind == ErrorKind.DATA
    assert stored_orders(sandbox) == []


def test_an_item_without_a_scheduled_quantity_is_refused(sap: SapConnector) -> None:
    body = order_body()
    del body["ITEMS"][0]["ORDER_SCHEDULES_IN"]
    with pytest.raises(ConnectorError, match=r"schedule line \(item 000010\)") as raised:
        sap.push_order(body, key_for())
    assert raised.value.kind == ErrorKind.DATA


def test_customising_errors_are_config_errors_even_beside_data_errors(sap: SapConnector) -> None:
    body = order_body()
    body["ORDER_HEADER_IN"]["SALES_ORG"] = "9999"
    body["ITEMS"][0]["ORDER_ITEMS_IN"]["MATERIAL"] = "M9999"
    with pytest.raises(ConnectorError) as raised:
        sap.push_order(body, key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "V1/317")


def test_an_unknown_document_type_is_a_config_error(sap: SapConnector) -> None:
    body = order_body()
    body["ORDER_HEADER_IN"]["DOC_TYPE"] = "OR"
    with pytest.raises(ConnectorError, match="Sales document type OR is not defined") as raised:
        sap.push_order(body, key_for())
    assert raised.value.kind == ErrorKind.CONFIG


def test_a_field_the_wsdl_does_not_know_is_a_config_error_before_anything_is_sent(
    sap: SapConnector, sandbox: SandboxHandle
) -> None:
    body = order_body()
    body["ORDER_HEADER_IN"]["NO_SUCH_FIELD"] = "x"
    with pytest.raises(ConnectorError) as raised:
        sap.push_order(body, key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "fault")
    assert stored_orders(sandbox) == []


def test_a_value_too_long_for_its_field_is_refused_by_the_service_as_a_soap_fault(
    sap: SapConnector, sandbox: SandboxHandle
) -> None:
    body = order_body()
    body["ITEMS"][0]["ORDER_ITEMS_IN"]["MATERIAL"] = "M" * 19  # MATNR is CHAR 18
    with pytest.raises(ConnectorError) as raised:
        sap.push_order(body, key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "fault")
    assert "Deserialization failed" in raised.value.message
    assert stored_orders(sandbox) == []


def test_testrun_checks_without_creating(sap: SapConnector, sandbox: SandboxHandle) -> None:
    body = {**order_body(), "TESTRUN": "X"}
    with pytest.raises(ConnectorError) as raised:
        sap.push_order(body, key_for())
    assert "no SALESDOCUMENT" in raised.value.message
    assert stored_orders(sandbox) == []


def test_a_repeated_po_number_is_warned_about_but_a_forced_create_is_allowed(
    sap: SapConnector, sandbox: SandboxHandle
) -> None:
    sap.push_order(order_body(), key_for())
    answer = sap.get_conn().call(
        "BAPI_SALESORDER_CREATEFROMDAT2",
        ORDER_HEADER_IN=order_body()["ORDER_HEADER_IN"],
        ORDER_PARTNERS={"item": [{"PARTN_ROLE": "AG", "PARTN_NUMB": "0000100001"}]},
        ORDER_ITEMS_IN={"item": [{"ITM_NUMBER": "000010", "MATERIAL": "M1002"}]},
        ORDER_SCHEDULES_IN={"item": [{"ITM_NUMBER": "000010", "SCHED_LINE": "0001", "REQ_QTY": "1"}]},
    )
    warnings = [r for r in answer["RETURN"]["item"] if r["TYPE"] == "W"]
    assert [(w["ID"], w["NUMBER"]) for w in warnings] == [("V4", "115")]


def test_fetch_statuses_follows_delivery_and_leaves_unknown_orders_out(
    sap: SapConnector, sandbox: SandboxHandle
) -> None:
    number = sap.push_order(order_body(), key_for()).external_id
    [update] = sap.fetch_statuses([number, "0000099999"])
    assert (update.external_id, update.status) == (number, "open")
    assert update.detail["PURCH_NO_C"] == "PO-2026-001"
    httpx.post(f"{sandbox.url}/sandbox/orders/{number}/status", json={"DLV_STAT_H": "B"}).raise_for_status()
    assert sap.fetch_statuses([number])[0].status == "partially_delivered"
    httpx.post(
        f"{sandbox.url}/sandbox/orders/{number}/status", json={"DLV_STAT_H": "C", "PRC_STAT_H": "C"}
    ).raise_for_status()
    [done] = sap.fetch_statuses([number])
    assert done.status == "completed"
    assert done.detail["items"][0] == {
        "ITM_NUMBER": "000010",
        "MATERIAL": "M1001",
        "DLV_STAT_I": "C",
        "DELIV_NUMB": "0080010001",
        "DLV_QTY": "100",
    }
    assert sap.fetch_statuses([]) == []


def test_base_data_is_listed_through_sap_s_own_getlist_calls(sap: SapConnector) -> None:
    customers = sap.customers_list()
    assert [(c["CUSTOMER"], c["SORT1"]) for c in customers] == [
        ("0000100001", "C0001"),
        ("0000100002", "C0002"),
        ("0000100003", "C0003"),
    ]
    assert customers[1]["NAME"] == "Acme Industrial Supply Ltd."
    assert [m["MATERIAL"] for m in sap.materials_list()] == [f"M100{i}" for i in range(1, 7)]
    assert len(sap.materials_list(max_rows=2)) == 2


def test_test_connection_reports_success_and_refused_credentials(
    make_sap: Callable[..., SapConnector],
) -> None:
    ok, message = make_sap().test_connection()
    assert ok and "as SANDBOX" in message
    ok, message = make_sap(password="wrong").test_connection()
    assert not ok and "HTTP 401" in message


def test_wrong_credentials_are_a_config_error_never_retried(
    sandbox: SandboxHandle, make_sap: Callable[..., SapConnector]
) -> None:
    with pytest.raises(ConnectorError) as raised:
        make_sap(password="wrong").push_order(order_body(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "HTTP 401")


def test_a_wrong_service_path_is_a_config_error(sandbox: SandboxHandle) -> None:
    conn = connection(sandbox.url, client="200")
    sap = SapConnector(conn, sales_org="1000", customers=CUSTOMERS, policy=FAST)
    with pytest.raises(ConnectorError) as raised:
        sap.find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "HTTP 404")
    sap.close()


def test_a_po_number_longer_than_purch_no_c_is_found_by_its_first_35_characters(
    sap: SapConnector, sandbox: SandboxHandle
) -> None:
    long_po = "PO-" + "9" * 40
    first = sap.push_order(order_body(po=long_po[:35]), key_for(po=f" {long_po} "))
    again = sap.push_order(order_body(po=long_po[:35]), key_for(po=long_po))
    assert (again.external_id, again.created) == (first.external_id, False)
    assert len(stored_orders(sandbox)) == 1
