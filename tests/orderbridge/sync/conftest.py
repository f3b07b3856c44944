"""Each target's real sandbox over its wire protocol, behind one small adapter per target, so the same
status-sync scenario can be run against U8, SAP, SF Express and Kuaidi100 (Kingdee: test_sync_kingdee.py)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sync_support import FAST

from connectors.base import ConnectionInfo, OrderKey

SAP_CUSTOMERS = {"C0001": "0000100001"}
U8_ORDER = {
    "saleorder": {
        "date": "2026-11-20",
        "businesstype": "普通销售",
        "typecode": "01",
        "custcode": "C0001",
        "deptcode": "01",
        "entry": [
            {
                "rowno": 1,
                "inventorycode": "M1001",
                "unitcode": "01",
                "quantity": 100,
                "taxunitprice": 1.25,
                "taxrate": 13,
                "sum": 125,
                "bgift": 0,
            }
        ],
    }
}
SAP_ORDER = {
    "ORDER_HEADER_IN": {
        "DOC_TYPE": "TA",
        "SALES_ORG": "1000",
        "DISTR_CHAN": "10",
        "DIVISION": "00",
        "PURCH_DATE": "2026-11-20",
        "CURRENCY": "CNY",
    },
    "ORDER_PARTNERS": {"AG": {"PARTN_NUMB": "0000100001"}, "WE": {"PARTN_NUMB": "0000100001"}},
    "ITEMS": [
        {
            "ORDER_ITEMS_IN": {"MATERIAL": "M1001", "TARGET_QTY": 100, "TARGET_QU": "ST", "PLANT": "1000"},
            "ORDER_SCHEDULES_IN": {"REQ_DATE": "2026-12-01", "REQ_QTY": 100},
        }
    ],
}
SF_SHIPMENT = {
    "language": "zh-CN",
    "expressTypeId": 1,
    "payMethod": 1,
    "parcelQty": 1,
    "isGenWaybillNo": 1,
    "sender": {
        "company": "示例仓",
        "contact": "仓库发货组",
        "tel": "021-55550100",
        "address": "上海市浦东新区张江路100号",
    },
    "recipient": {"contact": "王伟", "tel": "021-5958 1234", "address": "上海市嘉定区安亭镇墨玉路188号"},
    "cargoDetails": [{"name": "不锈钢六角螺栓 M8x30", "count": 100, "unit": "PCS"}],
}
WAREHOUSE_PHONE = "021-55550100"


@dataclass
class Target:
    """One sandboxed target: ``push`` creates an order (or shipment) there, ``advance`` moves it on."""

    name: str
    url: str
    connector: Any  # what status sync reads through (the paged reader where there is one)
    push: Callable[[str], str]
    advance: Callable[[str], None]
    first_status: str
    next_status: str


def _post(url: str, body: dict) -> None:
    httpx.post(url, json=body).raise_for_status()


@pytest.fixture
def closing() -> Iterator[Callable[[Any], Any]]:
    """``closing(connector)`` returns it and closes it at teardown."""
    made: list[Any] = []
    yield lambda client: made.append(client) or client
    for client in made:
        client.close()


@pytest.fixture
def u8_target(tmp_path, closing) -> Iterator[Target]:
    from connectors.u8 import U8Connector
    from connectors.u8.sandbox import start_in_thread
    from orderbridge.sync.u8_pages import U8StatusPages

    handle = start_in_thread(tmp_path / "u8.sqlite")
    extra = {"app_key": "sandbox-key", "to_account": "sandbox"}
    conn = ConnectionInfo(
        conn_id="u8_sync",
        conn_type="u8",
        host=handle.url,
        login="sandbox",
        password="sandbox-secret",
        extra=extra,
    )
    u8 = closing(U8Connector(conn, policy=FAST, timeout=5))

    def push(po: str) -> str:
        body = copy.deepcopy(U8_ORDER)
        body["saleorder"]["define1"] = po
        return u8.push_order(body, OrderKey("C0001", po, "u8")).external_id

    def ship(code: str) -> None:
        _post(f"{handle.url}/sandbox/orders/{code}/status", {"state": "Approved", "fhstatus": "2"})

    yield Target("u8", handle.url, U8StatusPages(u8), push, ship, "created", "shipped")
    handle.stop()


@pytest.fixture
def sap_target(tmp_path, closing) -> Iterator[Target]:
    from connectors.sap import SapConnector
    from connectors.sap.sandbox import start_in_thread

    handle = start_in_thread(tmp_path / "sap.sqlite")
    conn = ConnectionInfo(
        conn_id="sap_sync", conn_type="sap", host=handle.url, login="SANDBOX", password="sandbox"
    )
    sap = closing(SapConnector(conn, sales_org="1000", customers=SAP_CUSTOMERS, timeout=5, policy=FAST))

    def push(po: str) -> str:
        body = copy.deepcopy(SAP_ORDER)
        body["ORDER_HEADER_IN"]["PURCH_NO_C"] = po
        return sap.push_order(body, OrderKey("C0001", po, "sap")).external_id

    def deliver(vbeln: str) -> None:
        _post(f"{handle.url}/sandbox/orders/{vbeln}/status", {"DLV_STAT_H": "C", "PRC_STAT_H": "B"})

    yield Target("sap", handle.url, sap, push, deliver, "open", "delivered")
    handle.stop()


@pytest.fixture
def sf_target(tmp_path, closing) -> Iterator[Target]:
    from connectors.sf_express import SfExpressConnector
    from connectors.sf_express.sandbox import DEFAULT_CHECK_WORD, DEFAULT_PARTNER_ID, start_in_thread

    handle = start_in_thread(tmp_path / "sf.sqlite")
    conn = ConnectionInfo(
        conn_id="sf_sync",
        conn_type="sf_express",
        host=handle.url,
        login=DEFAULT_PARTNER_ID,
        password=DEFAULT_CHECK_WORD,
    )
    sf = closing(SfExpressConnector(conn, policy=FAST, timeout=5))

    def push(po: str) -> str:
        return sf.push_order(copy.deepcopy(SF_SHIPMENT), OrderKey("C0001", po, "sf_express")).external_id

    def pick_up(waybill: str) -> None:
        _post(f"{handle.url}/sandbox/routes/advance", {"waybillNo": waybill, "steps": 1})

    yield Target("sf_express", handle.url, sf, push, pick_up, "booked", "picked_up")
    handle.stop()


@pytest.fixture
def k100_target(tmp_path, closing) -> Iterator[Target]:
    from connectors.kuaidi100 import Kuaidi100Connector
    from connectors.kuaidi100.sandbox import DEFAULT_CUSTOMER, DEFAULT_KEY, start_in_thread

    handle = start_in_thread(tmp_path / "k100.sqlite")
    conn = ConnectionInfo(
        conn_id="k100_sync",
        conn_type="kuaidi100",
        host=handle.url,
        login=DEFAULT_CUSTOMER,
        password=DEFAULT_KEY,
        extra={"phone": WAREHOUSE_PHONE},
    )
    k100 = closing(Kuaidi100Connector(conn, policy=FAST, timeout=5))
    numbers = iter(range(1400000000100, 1400000001000))

    def advance(waybill: str) -> None:
        _post(f"{handle.url}/sandbox/advance", {"num": waybill, "steps": 1})

    def register(po: str) -> str:
        """A waybill booked elsewhere (SF) that Kuaidi100 has picked up: it answers queries from then on."""
        waybill = f"SF{next(numbers)}"
        _post(f"{handle.url}/sandbox/tracks", {"com": "shunfeng", "num": waybill, "phone": WAREHOUSE_PHONE})
        advance(waybill)
        return waybill

    yield Target("kuaidi100", handle.url, k100, register, advance, "picked_up", "in_transit")
    handle.stop()
