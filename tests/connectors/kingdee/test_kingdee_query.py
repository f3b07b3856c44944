"""ExecuteBillQuery: base data discovery, field keys, filters, paging and the error codes."""

from __future__ import annotations

import httpx
import pytest
from kingdee_support import key_for, order_payload

from connectors.kingdee import KingdeeConnector, protocol
from connectors.kingdee.sandbox import SandboxHandle
from orderbridge.errors import ConnectorError, ErrorKind


def test_customers_can_be_discovered(kingdee: KingdeeConnector) -> None:
    rows = kingdee.query("BD_Customer", "FCUSTID,FNumber,FName", "FNumber in ('C0001', 'C0003')")
    assert [(r["FNumber"], r["FName"]) for r in rows] == [
        ("C0001", "华东精密制造有限公司"),
        ("C0003", "深圳新辉电子有限公司"),
    ]
    assert all(isinstance(r["FCUSTID"], int) for r in rows)


def test_materials_can_be_discovered_with_like_and_paging(kingdee: KingdeeConnector) -> None:
    names = {r["FNumber"]: r["FName"] for r in kingdee.query("BD_MATERIAL", "FMATERIALID,FNumber,FName")}
    assert list(names) == [f"M100{i}" for i in range(1, 7)]
    assert names["M1005"] == "电源适配器 12V 2A"
    page = kingdee.query("BD_MATERIAL", "FNumber", "FName like '%M8%'", order_string="FNumber desc")
    assert [r["FNumber"] for r in page] == ["M1002", "M1001"]
    second = kingdee.query("BD_MATERIAL", ["FNumber"], "", start_row=2, limit=2)
    assert [r["FNumber"] for r in second] == ["M1003", "M1004"]
    assert len(kingdee.query("BD_MATERIAL", "FNumber", top=4, start_row=3)) == 1


def test_currencies_and_units_are_seeded(kingdee: KingdeeConnector) -> None:
    currencies = {r["FNumber"]: r["FCode"] for r in kingdee.query("BD_Currency", "FNumber,FCode")}
    assert currencies == {"PRE001": "CNY", "PRE002": "HKD", "PRE003": "EUR", "PRE007": "USD"}
    assert [r["FNumber"] for r in kingdee.query("BD_UNIT", "FNumber")] == ["Pcs", "kg"]


def test_header_only_fields_give_one_row_per_order(kingdee: KingdeeConnector) -> None:
    kingdee.push_order(order_payload(), key_for())
    assert len(kingdee.query("SAL_SaleOrder", "FBillNo,FID")) == 1
    assert len(kingdee.query("SAL_SaleOrder", "FBillNo,FQty")) == 2


def test_filter_on_entry_fields_selects_entries(kingdee: KingdeeConnector) -> None:
    kingdee.push_order(order_payload(), key_for())
    rows = kingdee.query(
        "SAL_SaleOrder",
        "FBillNo,FMaterialId.FNumber,FMaterialId.FName",
        "FMaterialId.FNumber = 'M1004' AND FQty >= 5",
    )
    assert rows == [
        {"FBillNo": "XSDD000001", "FMaterialId.FNumber": "M1004", "FMaterialId.FName": "PCB 控制板 V2"}
    ]
    assert kingdee.query("SAL_SaleOrder", "FBillNo", "FQty > 100") == []


def test_custom_fields_and_currency_are_queryable(kingdee: KingdeeConnector) -> None:
    kingdee.push_order(order_payload(po="PO-X", F_ORB_Extra={"FNumber": "X1"}), key_for(po="PO-X"))
    rows = kingdee.query(
        "SAL_SaleOrder", "F_ORB_CustPONo,F_ORB_Extra.FNumber,FSettleCurrId.FNumber,F_ORB_Unset"
    )
    assert rows == [
        {
            "F_ORB_CustPONo": "PO-X",
            "F_ORB_Extra.FNumber": "X1",
            "FSettleCurrId.FNumber": "PRE001",
            "F_ORB_Unset": None,
        }
    ]


def test_or_and_parentheses(kingdee: KingdeeConnector) -> None:
    for po, customer in (("A", "C0001"), ("B", "C0002"), ("C", "C0003")):
        kingdee.push_order(order_payload(po=po, customer=customer), key_for(po=po, customer=customer))
    rows = kingdee.query(
        "SAL_SaleOrder",
        "F_ORB_CustPONo",
        "(F_ORB_CustPONo = 'A' OR F_ORB_CustPONo = 'C') AND FCustId.FNumber <> 'C0003'",
    )
    assert rows == [{"F_ORB_CustPONo": "A"}]


@pytest.mark.parametrize(
    ("form", "fields", "filter_string", "code"),
    [
        ("SAL_SaleOrder", "FBillNo,FNoSuchField", "", "MsgCode 9"),
        ("SAL_SaleOrder", "FBillNo", "FNoSuchField = 1", "MsgCode 9"),
        ("BD_Customer", "FNumber,FNoSuchField", "", "MsgCode 9"),
        ("SAL_SaleOrder", "", "", "MsgCode 8"),
        ("BD_NoSuchForm", "FNumber", "", "MsgCode 4"),
        ("SAL_SaleOrder", "FBillNo", "FBillNo = 'unterminated", "MsgCode 4"),
        ("SAL_SaleOrder", "FBillNo", "FBillNo = ", "MsgCode 4"),
    ],
)
def test_query_errors_are_config_errors_with_their_msgcode(
    kingdee: KingdeeConnector, form: str, fields: str, filter_string: str, code: str
) -> None:
    with pytest.raises(ConnectorError) as raised:
        kingdee.query(form, fields, filter_string)
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, code)


def test_errors_come_back_wrapped_in_a_list_of_lists(sandbox: SandboxHandle) -> None:
    cookies = httpx.post(
        f"{sandbox.url}/K3Cloud/{protocol.service_path('ValidateUser')}",
        json={"parameters": ["sandbox", "administrator", "sandbox", 2052]},
    ).cookies
    body = httpx.post(
        f"{sandbox.url}/K3Cloud/{protocol.service_path('ExecuteBillQuery')}",
        cookies=cookies,
        json={"data": {"FormId": "SAL_SaleOrder", "FieldKeys": ""}},
    ).json()
    status = body[0][0]["Result"]["ResponseStatus"]
    assert (status["IsSuccess"], status["MsgCode"]) == (False, 8)
