"""Pushing sales orders: Save + query round trip, idempotency by PO number, and refused orders."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from kingdee_support import key_for, order_payload, stored_orders

from connectors.kingdee import KingdeeConnector, protocol
from connectors.kingdee.sandbox import SandboxHandle
from orderbridge.errors import ConnectorError, ErrorKind


def test_push_creates_an_order_and_the_query_reads_it_back(kingdee: KingdeeConnector) -> None:
    result = kingdee.push_order(order_payload(), key_for())
    assert result.created
    assert result.external_id == "XSDD000001"
    assert result.raw["NeedReturnData"] == [{"FBillNo": "XSDD000001", "FID": result.raw["Id"]}]
    assert kingdee.find_order(key_for()) == "XSDD000001"
    rows = kingdee.query(
        "SAL_SaleOrder",
        "FBillNo,FDate,FDocumentStatus,FCustId.FNumber,FCustId.FName,F_ORB_CustPONo,FMaterialId.FNumber,FQty",
        "FBillNo = 'XSDD000001'",
        order_string="FMaterialId.FNumber",
    )
    assert rows == [
        {
            "FBillNo": "XSDD000001",
            "FDate": "2026-11-20",
            "FDocumentStatus": "A",
            "FCustId.FNumber": "C0001",
            "FCustId.FName": "华东精密制造有限公司",
            "F_ORB_CustPONo": "PO-2026-001",
            "FMaterialId.FNumber": "M1001",
            "FQty": 100,
        },
        {
            "FBillNo": "XSDD000001",
            "FDate": "2026-11-20",
            "FDocumentStatus": "A",
            "FCustId.FNumber": "C0001",
            "FCustId.FName": "华东精密制造有限公司",
            "F_ORB_CustPONo": "PO-2026-001",
            "FMaterialId.FNumber": "M1004",
            "FQty": 5,
        },
    ]


def test_a_second_push_of_the_same_key_creates_nothing(
    kingdee: KingdeeConnector, sandbox: SandboxHandle
) -> None:
    first = kingdee.push_order(order_payload(), key_for())
    again = kingdee.push_order(order_payload(), key_for())
    assert (again.external_id, again.created) == (first.external_id, False)
    assert len(stored_orders(sandbox)) == 1


def test_same_po_number_of_another_customer_is_another_order(kingdee: KingdeeConnector) -> None:
    first = kingdee.push_order(order_payload(customer="C0001"), key_for(customer="C0001"))
    other = kingdee.push_order(order_payload(customer="C0002"), key_for(customer="C0002"))
    assert other.created and other.external_id != first.external_id


def test_po_numbers_with_quotes_are_escaped_in_the_lookup(kingdee: KingdeeConnector) -> None:
    po = "PO-'7' OR '1'='1"
    result = kingdee.push_order(order_payload(po=po), key_for(po=po))
    assert kingdee.find_order(key_for(po=po)) == result.external_id
    assert kingdee.find_order(key_for(po="PO-'7'")) is None
    assert "''7''" in kingdee.order_filter(key_for(po=po))


def test_bill_numbers_count_up(kingdee: KingdeeConnector) -> None:
    numbers = [
        kingdee.push_order(order_payload(po=f"PO-{i}"), key_for(po=f"PO-{i}")).external_id for i in range(3)
    ]
    assert numbers == ["XSDD000001", "XSDD000002", "XSDD000003"]


def test_missing_required_fields_are_data_errors_and_nothing_is_stored(
    kingdee: KingdeeConnector, sandbox: SandboxHandle
) -> None:
    payload = order_payload(FCustId=None, FDate="")
    payload["Model"]["FSaleOrderEntry"][1].pop("FQty")
    with pytest.raises(ConnectorError) as raised:
        kingdee.push_order(payload, key_for())
    assert raised.value.kind == ErrorKind.DATA
    assert "FCustId: 字段[客户]是必录字段" in raised.value.message
    assert "FDate: 字段[日期]是必录字段" in raised.value.message
    assert "FQty: 明细信息第2行：字段[销售数量]是必录字段" in raised.value.message
    assert stored_orders(sandbox) == []


def test_an_order_without_lines_is_refused(kingdee: KingdeeConnector) -> None:
    with pytest.raises(ConnectorError, match=r"字段\[明细信息\]是必录字段") as raised:
        kingdee.push_order(order_payload(FSaleOrderEntry=[]), key_for())
    assert raised.value.kind == ErrorKind.DATA


def test_unknown_material_is_a_data_error_naming_field_and_value(
    kingdee: KingdeeConnector, sandbox: SandboxHandle
) -> None:
    payload = order_payload()
    payload["Model"]["FSaleOrderEntry"][0]["FMaterialId"] = {"FNumber": "M9999"}
    with pytest.raises(ConnectorError) as raised:
        kingdee.push_order(payload, key_for())
    assert raised.value.kind == ErrorKind.DATA
    assert "FMaterialId: 明细信息第1行：字段[物料编码]的值[M9999]在系统中不存在" in raised.value.message
    assert stored_orders(sandbox) == []


def test_unknown_customer_is_a_data_error(kingdee: KingdeeConnector) -> None:
    with pytest.raises(ConnectorError, match=r"字段\[客户\]的值\[C9999\]在系统中不存在") as raised:
        kingdee.push_order(order_payload(customer="C9999"), key_for(customer="C9999"))
    assert raised.value.kind == ErrorKind.DATA


def test_without_base_data_verification_an_unknown_required_reference_is_missing(
    kingdee: KingdeeConnector,
) -> None:
    payload = order_payload(customer="C9999")
    payload["IsVerifyBaseDataField"] = False
    with pytest.raises(ConnectorError, match=r"字段\[客户\]是必录字段"):
        kingdee.push_order(payload, key_for(customer="C9999"))


def test_unknown_form_is_a_config_error(make_connector: Callable[..., KingdeeConnector]) -> None:
    kingdee = make_connector()
    kingdee.form_id = "SAL_NoSuchForm"
    with pytest.raises(ConnectorError) as raised:
        kingdee.push_order(order_payload(), key_for())
    assert raised.value.kind == ErrorKind.CONFIG
    assert raised.value.code == "MsgCode 4"


def test_a_misnamed_po_field_is_a_config_error(make_connector: Callable[..., KingdeeConnector]) -> None:
    kingdee = make_connector()
    kingdee.po_number_field = "FPoNumberTypo"
    with pytest.raises(ConnectorError) as raised:
        kingdee.find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "MsgCode 9")


def test_submit_and_audit_move_the_status_and_fetch_statuses_reports_it(kingdee: KingdeeConnector) -> None:
    number = kingdee.push_order(order_payload(), key_for()).external_id
    assert [u.status for u in kingdee.fetch_statuses([number])] == ["created"]
    kingdee.submit([number])
    assert kingdee.fetch_statuses([number])[0].status == "in_review"
    kingdee.audit([number])
    update = kingdee.fetch_statuses([number, "XSDD999999"])
    assert len(update) == 1
    assert (update[0].external_id, update[0].status) == (number, "approved")
    assert update[0].detail == {"FDocumentStatus": "C", "FCloseStatus": "A", "FCancelStatus": "A"}
    assert kingdee.view(number)["Result"]["DocumentStatus"] == "C"


def test_auditing_an_order_not_submitted_is_refused(kingdee: KingdeeConnector) -> None:
    number = kingdee.push_order(order_payload(), key_for()).external_id
    with pytest.raises(ConnectorError) as raised:
        kingdee.audit([number])
    assert raised.value.kind == ErrorKind.DATA


def test_auto_submit_and_audit_saves_approved(kingdee: KingdeeConnector) -> None:
    payload = order_payload()
    payload["IsAutoSubmitAndAudit"] = True
    number = kingdee.push_order(payload, key_for()).external_id
    assert kingdee.fetch_statuses([number])[0].status == "approved"


def test_fetch_statuses_of_nothing_asks_nothing(kingdee: KingdeeConnector) -> None:
    assert kingdee.fetch_statuses([]) == []


def _login_cookies(sandbox: SandboxHandle) -> httpx.Cookies:
    url = f"{sandbox.url}/K3Cloud/{protocol.service_path('ValidateUser')}"
    return httpx.post(url, json={"parameters": ["sandbox", "administrator", "sandbox", 2052]}).cookies


@pytest.mark.parametrize("shape", ["formid_data", "formid_data_text", "parameters"])
def test_save_accepts_both_sdk_body_shapes(sandbox: SandboxHandle, shape: str) -> None:
    data = order_payload()
    body = {
        "formid_data": {"formid": "SAL_SaleOrder", "data": data},
        "formid_data_text": {"formid": "SAL_SaleOrder", "data": json.dumps(data, ensure_ascii=False)},
        "parameters": {"parameters": ["SAL_SaleOrder", json.dumps(data, ensure_ascii=False)]},
    }[shape]
    with httpx.Client(base_url=sandbox.url, cookies=_login_cookies(sandbox)) as client:
        saved = client.post(f"/K3Cloud/{protocol.service_path('Save')}", json=body).json()
        assert saved["Result"]["ResponseStatus"]["IsSuccess"]
        query = {"FormId": "SAL_SaleOrder", "FieldKeys": "FBillNo,F_ORB_CustPONo"}
        for query_body in ({"data": query}, {"parameters": [json.dumps(query)]}):
            rows = client.post(
                f"/K3Cloud/{protocol.service_path('ExecuteBillQuery')}", json=query_body
            ).json()
            assert rows == [[saved["Result"]["Number"], "PO-2026-001"]]
