"""Pushing sales orders into U8: add + read back, idempotency (PO lookup, biz_id, tradeid), refusals."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from u8_support import key_for, order_body, set_status, stored_orders

from connectors.u8 import U8Connector, protocol
from connectors.u8.sandbox import SandboxHandle
from orderbridge.errors import ConnectorError, ErrorKind


def test_push_adds_an_order_that_get_reads_back(u8: U8Connector) -> None:
    result = u8.push_order(order_body(), key_for())
    assert (result.external_id, result.created) == ("0000000001", True)
    assert result.raw["errcode"] == "0" and result.raw["id"] == "0000000001"
    assert u8.find_order(key_for()) == "0000000001"
    order = u8.get_conn().get_order("0000000001")
    assert (order["custcode"], order["cusname"], order["define1"]) == (
        "C0001",
        "华东精密制造有限公司",
        "PO-2026-001",
    )
    assert (order["state"], order["fhstatus"]) == ("Opening", "0")
    assert [(e["inventorycode"], e["inventoryname"], e["quantity"]) for e in order["entry"]] == [
        ("M1001", "不锈钢六角螺栓 M8x30", 100),
        ("M1004", "PCB 控制板 V2", 5),
    ]


def test_a_second_push_of_the_same_key_adds_nothing(u8: U8Connector, sandbox: SandboxHandle) -> None:
    first = u8.push_order(order_body(), key_for())
    again = u8.push_order(order_body(), key_for())
    assert (again.external_id, again.created) == (first.external_id, False)
    assert len(stored_orders(sandbox)) == 1


def test_the_same_po_number_of_another_customer_is_another_order(u8: U8Connector) -> None:
    first = u8.push_order(order_body(), key_for())
    other = u8.push_order(order_body(customer="C0002"), key_for(customer="C0002"))
    assert other.created and other.external_id != first.external_id


def test_a_repeated_biz_id_answers_the_first_order_without_adding(
    u8: U8Connector, sandbox: SandboxHandle
) -> None:
    client = u8.get_conn()
    first = client.add_order(order_body(), biz_id="u8:C0001:PO-2026-001", sync=True)
    again = client.add_order(order_body(po="changed"), biz_id="u8:C0001:PO-2026-001", sync=True)
    assert again["id"] == first["id"]
    assert len(stored_orders(sandbox)) == 1


def test_tradeid_mode_fetches_one_trade_id_and_a_repeat_answers_the_first_order(
    make_u8: Callable[..., U8Connector], sandbox: SandboxHandle
) -> None:
    u8 = make_u8(idempotency="tradeid")
    result = u8.push_order(order_body(), key_for())
    trade_id = result.raw["tradeid"]
    assert len(trade_id) == 32
    again = u8.get_conn().add_order(order_body(), tradeid=trade_id, sync=True)
    assert (again["id"], again["tradeid"]) == (result.external_id, trade_id)
    assert len(stored_orders(sandbox)) == 1


def test_tradeid_and_biz_id_together_are_a_config_error(u8: U8Connector) -> None:
    client = u8.get_conn()
    trade_id = client.trade_id()
    with pytest.raises(ConnectorError) as raised:
        client.add_order(order_body(), tradeid=trade_id, biz_id="x", sync=True)
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, protocol.BAD_PARAMETER)


def test_a_tradeid_never_issued_is_a_config_error(u8: U8Connector) -> None:
    with pytest.raises(ConnectorError) as raised:
        u8.get_conn().add_order(order_body(), tradeid="made-up", sync=True)
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, protocol.TRADEID_INVALID)


def test_unknown_customer_and_inventory_are_data_errors_naming_the_values(
    u8: U8Connector, sandbox: SandboxHandle
) -> None:
    body = order_body(customer="C9999")
    body["saleorder"]["entry"][1]["inventorycode"] = "M9999"
    with pytest.raises(ConnectorError) as raised:
        u8.push_order(body, key_for(customer="C9999"))
    assert (raised.value.kind, raised.value.code) == (ErrorKind.DATA, protocol.DATA_INVALID)
    assert "客户编码[C9999]不存在" in raised.value.message
    assert "第2行存货编码[M9999]不存在" in raised.value.message
    assert stored_orders(sandbox) == []


def test_missing_date_lines_and_quantities_are_data_errors(u8: U8Connector, sandbox: SandboxHandle) -> None:
    body = order_body(date="")
    body["saleorder"]["entry"][0]["quantity"] = 0
    with pytest.raises(
        ConnectorError, match=r"单据日期\[date\]不能为空.*第1行数量\[quantity\]必须大于0"
    ) as raised:
        u8.push_order(body, key_for())
    assert raised.value.kind == ErrorKind.DATA
    with pytest.raises(ConnectorError, match=r"表体entry不能为空"):
        u8.push_order(order_body(entry=[]), key_for())
    assert stored_orders(sandbox) == []


def test_fetch_statuses_reads_state_and_shipping_and_leaves_unknown_orders_out(
    u8: U8Connector, sandbox: SandboxHandle
) -> None:
    code = u8.push_order(order_body(), key_for()).external_id
    assert [(s.external_id, s.status) for s in u8.fetch_statuses([code, "0000009999"])] == [(code, "created")]
    set_status(sandbox, code, state="Approved")
    assert u8.fetch_statuses([code])[0].status == "approved"
    set_status(sandbox, code, fhstatus=1)
    assert u8.fetch_statuses([code])[0].status == "partially_shipped"
    set_status(sandbox, code, fhstatus=2)
    [update] = u8.fetch_statuses([code])
    assert (update.status, update.detail) == ("shipped", {"state": "Approved", "fhstatus": "2"})
    assert u8.fetch_statuses([]) == []


def test_batch_get_filters_by_state_shipping_customer_and_date_across_pages(
    u8: U8Connector, sandbox: SandboxHandle
) -> None:
    codes = [u8.push_order(order_body(po=f"PO-{i}"), key_for(po=f"PO-{i}")).external_id for i in range(3)]
    u8.push_order(order_body(po="PO-X", customer="C0003", date="2026-12-24"), key_for("PO-X", "C0003"))
    set_status(sandbox, codes[1], state="Approved", fhstatus=2)
    assert [r["code"] for r in u8.list_orders(custcode="C0001")] == codes
    assert [r["code"] for r in u8.list_orders(state="Approved")] == [codes[1]]
    assert [r["code"] for r in u8.list_orders(fhstatus=0, custcode="C0001")] == [codes[0], codes[2]]
    assert [r["custcode"] for r in u8.list_orders(date_begin="2026-12-01", date_end="2026-12-31")] == [
        "C0003"
    ]
    page = u8.get_conn().batch_get(protocol.LIST_PATH, "list", page_index=2, rows_per_page=3)
    assert (page["row_count"], page["page_count"], len(page["saleorderlist"])) == (4, 2, 1)
    assert page["saleorderlist"][0]["define1"] == "PO-X"


def test_base_data_is_listed_through_u8_s_own_list_calls(u8: U8Connector) -> None:
    assert [c["code"] for c in u8.customers_list()] == ["C0001", "C0002", "C0003"]
    assert [i["code"] for i in u8.inventories_list()] == [f"M100{i}" for i in range(1, 7)]


def test_a_wrong_query_parameter_shape_is_refused(sandbox: SandboxHandle, u8: U8Connector) -> None:
    params = {**u8.get_conn().auth_params(), "page_index": "first"}
    body = httpx.get(sandbox.url + protocol.LIST_PATH, params=params).json()
    assert body["errcode"] == protocol.BAD_PARAMETER
