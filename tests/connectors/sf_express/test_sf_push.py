"""Booking shipments: the waybill comes back as external_id, and one PO is one shipment, always."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest
from sf_support import connection, key_for, payload, shipments

from connectors.base import OrderKey
from connectors.sandbox_kit import SandboxHandle
from connectors.sf_express import SfExpressClient, SfExpressConnector, protocol
from connectors.sf_express.connector import build_msg_data, order_id_for
from connectors.sf_express.signing import msg_digest
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.mapping import load_target_mapping
from orderbridge.samples import hdprecision
from orderbridge.settings import PROJECT_ROOT


def test_push_books_a_shipment_and_returns_its_waybill(
    sf: SfExpressConnector, sf_sandbox: SandboxHandle
) -> None:
    result = sf.push_order(payload(), key_for())
    assert result.created
    assert result.external_id.startswith("SF") and len(result.external_id) == 15
    [stored] = shipments(sf_sandbox.url)
    assert stored["waybillNo"] == result.external_id
    assert stored["orderId"] == sf.order_id(key_for())
    contacts = stored["msgData"]["contactInfoList"]
    assert [c["contactType"] for c in contacts] == [1, 2]
    assert contacts[0]["contact"] == "仓库发货组" and contacts[1]["contact"] == "王伟"
    assert stored["msgData"]["cargoDetails"][0]["count"] == 5000


def test_pushing_the_same_po_again_finds_the_shipment(
    sf: SfExpressConnector, sf_sandbox: SandboxHandle
) -> None:
    first = sf.push_order(payload(), key_for())
    again = sf.push_order(payload(), key_for())
    assert (again.external_id, again.created) == (first.external_id, False)
    assert sf.find_order(key_for()) == first.external_id
    assert len(shipments(sf_sandbox.url)) == 1


def test_other_pos_and_customers_get_their_own_shipments(
    sf: SfExpressConnector, sf_sandbox: SandboxHandle
) -> None:
    ids = {
        sf.push_order(payload(), key_for(po, cust)).external_id
        for po, cust in [("A", "C1"), ("B", "C1"), ("A", "C2")]
    }
    assert len(ids) == 3 == len(shipments(sf_sandbox.url))


def test_reusing_an_order_id_on_the_wire_returns_the_first_waybill(sf_sandbox: SandboxHandle) -> None:
    """SF's own idempotency: a second EXP_RECE_CREATE_ORDER with the same orderId books nothing new."""
    client = SfExpressClient(connection(sf_sandbox.url))
    first = client.call(protocol.CREATE_ORDER, build_msg_data(payload(), "ORB-X-1", "zh-CN"))
    second = client.call(protocol.CREATE_ORDER, build_msg_data(payload(remark="changed"), "ORB-X-1", "zh-CN"))
    client.close()
    assert first["waybillNoInfoList"] == second["waybillNoInfoList"]
    assert first["orderId"] == "ORB-X-1"
    assert len(shipments(sf_sandbox.url)) == 1


def test_api_result_data_is_json_text_inside_the_envelope(sf_sandbox: SandboxHandle) -> None:
    msg = json.dumps({"orderId": "nope", "searchType": "1"})
    stamp = str(int(time.time() * 1000))
    form = {
        "partnerID": "SANDBOX",
        "requestID": "r1",
        "serviceCode": protocol.SEARCH_ORDER,
        "timestamp": stamp,
    }
    form.update(msgData=msg, msgDigest=msg_digest(msg, form["timestamp"], "sandbox-checkword"))
    body = httpx.post(f"{sf_sandbox.url}/std/service", data=form).json()
    assert set(body) == {"apiResultCode", "apiErrorMsg", "apiResponseID", "apiResultData"}
    assert body["apiResultCode"] == "A1000" and isinstance(body["apiResultData"], str)
    inner = json.loads(body["apiResultData"])
    assert inner == {"success": False, "errorCode": "8018", "errorMsg": "未获取到订单信息", "msgData": None}


def test_find_order_of_an_unknown_po_is_none(sf: SfExpressConnector) -> None:
    assert sf.find_order(key_for("never-sent")) is None


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"recipient": {"contact": "王伟", "address": "上海"}}, "收件人信息不完整: tel|mobile"),
        ({"sender": {}}, "寄件人信息不完整"),
        ({"cargoDetails": []}, "cargoDetails不能为空"),
    ],
)
def test_an_incomplete_shipment_is_a_data_error_with_sfs_message(
    sf: SfExpressConnector, sf_sandbox: SandboxHandle, change: dict, words: str
) -> None:
    with pytest.raises(ConnectorError) as raised:
        sf.push_order(payload(**change), key_for())
    assert raised.value.kind == ErrorKind.DATA
    assert raised.value.code == protocol.BIZ_MISSING_FIELD
    assert words in raised.value.message
    assert shipments(sf_sandbox.url) == []


def test_order_ids_are_stable_short_and_safe() -> None:
    key = key_for("PO 2026/001", "C0001")
    assert order_id_for(key) == order_id_for(OrderKey("C0001", "PO 2026/001", "other"))
    assert order_id_for(key) != order_id_for(key_for("PO 2026_001", "C0001"))
    assert order_id_for(key_for("PO-1")) == "ORB-C0001-PO-1"
    long = order_id_for(key_for("X" * 200))
    assert len(long) <= 64 and long.startswith("ORB-C0001-X")


def test_monthly_card_comes_from_the_connection(make_sf, sf_sandbox: SandboxHandle) -> None:
    make_sf(monthly_card="7551234567").push_order(payload(), key_for())
    assert shipments(sf_sandbox.url)[0]["msgData"]["monthlyCard"] == "7551234567"


def test_the_shipped_mapping_books_a_sample_order(sf: SfExpressConnector, sf_sandbox: SandboxHandle) -> None:
    mapping = load_target_mapping(PROJECT_ROOT / "mappings" / "targets" / "sf_express.yaml")
    order = hdprecision.expected()
    order = order.model_copy(update={"buyer": order.buyer.model_copy(update={"customer_code": "C0001"})})
    body = mapping.render(order)
    assert body["expressTypeId"] == 1  # C0001 ships 顺丰特快 per the mapping's lookup
    result = sf.push_order(body, key_for(order.po_number))
    [stored] = shipments(sf_sandbox.url)
    assert stored["waybillNo"] == result.external_id
    recipient = stored["msgData"]["contactInfoList"][1]
    assert recipient["address"] == "上海市嘉定区安亭镇墨玉路188号2号仓库"
    assert stored["msgData"]["cargoDetails"][0]["name"] == "不锈钢六角螺栓 M8x30"


def test_the_mapping_sends_other_customers_standard_express(tmp_path: Path) -> None:
    mapping = load_target_mapping(PROJECT_ROOT / "mappings" / "targets" / "sf_express.yaml")
    order = hdprecision.expected()
    order = order.model_copy(update={"buyer": order.buyer.model_copy(update={"customer_code": "C0999"})})
    assert mapping.render(order)["expressTypeId"] == 2
