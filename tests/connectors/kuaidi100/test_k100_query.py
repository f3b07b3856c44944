"""Tracking by waybill: signed queries, SF's phone rule, states 1 -> 0 -> 5 -> 3, and what it refuses."""

from __future__ import annotations

import pytest
from k100_support import WAYBILL, advance, register

from connectors.base import OrderKey
from connectors.kuaidi100 import Kuaidi100Connector
from connectors.kuaidi100.sandbox_tracking import stage_of
from connectors.sandbox_kit import SandboxHandle
from orderbridge.errors import ConfigError, ConnectorError, ErrorKind


def test_states_advance_picked_up_in_transit_out_for_delivery_signed(
    k100: Kuaidi100Connector, k100_sandbox: SandboxHandle
) -> None:
    register(k100_sandbox.url)
    seen = []
    for _ in range(4):
        advance(k100_sandbox.url)
        [update] = k100.fetch_statuses([WAYBILL])
        seen.append((update.detail["state"], update.status))
    assert seen == [("1", "picked_up"), ("0", "in_transit"), ("5", "out_for_delivery"), ("3", "delivered")]
    answer = k100.track(WAYBILL)
    assert answer["ischeck"] == "1" and answer["nu"] == WAYBILL and answer["com"] == "shunfeng"
    assert "签收" in answer["data"][0]["context"]  # newest first
    assert len(answer["data"]) == 4


def test_unknown_and_not_yet_scanned_waybills_are_left_out(
    k100: Kuaidi100Connector, k100_sandbox: SandboxHandle
) -> None:
    register(k100_sandbox.url)
    assert k100.fetch_statuses([WAYBILL, "SF0000000000000"]) == []
    advance(k100_sandbox.url)
    assert [u.external_id for u in k100.fetch_statuses([WAYBILL, "SF0000000000000", WAYBILL])] == [WAYBILL]


def test_sf_waybills_need_the_phone(make_k100, k100_sandbox: SandboxHandle) -> None:
    register(k100_sandbox.url)
    advance(k100_sandbox.url)
    for phone in ("", "13800009999"):
        with pytest.raises(ConnectorError) as raised:
            make_k100(phone=phone).fetch_statuses([WAYBILL])
        assert (raised.value.kind, raised.value.code) == (ErrorKind.DATA, "408")
    assert make_k100(phone="(021) 5555 0100").fetch_statuses([WAYBILL])


def test_other_couriers_need_no_phone(make_k100, k100_sandbox: SandboxHandle) -> None:
    register(k100_sandbox.url, num="YT123", phone=None, com="yuantong")
    advance(k100_sandbox.url, num="YT123")
    [update] = make_k100(company="yuantong", phone="").fetch_statuses(["YT123"])
    assert update.status == "picked_up"


def test_a_wrong_key_is_a_config_error(make_k100, k100_sandbox: SandboxHandle) -> None:
    register(k100_sandbox.url)
    k100 = make_k100(key="wrong-key")
    ok, message = k100.test_connection()
    assert not ok and "验证签名失败" in message
    with pytest.raises(ConnectorError) as raised:
        k100.fetch_statuses([WAYBILL])
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "503")


def test_test_connection_succeeds_with_the_right_key(k100: Kuaidi100Connector) -> None:
    ok, message = k100.test_connection()
    assert ok and "SANDBOX" in message


def test_kuaidi100_books_nothing(k100: Kuaidi100Connector) -> None:
    key = OrderKey("C0001", "PO-1", "kuaidi100")
    assert k100.find_order(key) is None
    with pytest.raises(ConfigError, match="does not book"):
        k100.push_order({}, key)


def test_stages_follow_time_when_configured() -> None:
    track = {"created_at": 1000.0, "stage": 0}
    assert stage_of(track, 60, 1000 + 130) == 2
    assert stage_of(track, 60, 1000 + 10_000) == 4
    assert stage_of(track, 0, 1000 + 10_000) == 0
    assert stage_of({**track, "stage": 3}, 60, 1000) == 3


def test_a_refused_probe_number_still_proves_the_key(make_k100, k100_sandbox: SandboxHandle) -> None:
    register(k100_sandbox.url, num="ORB-CONNECTION-TEST", phone="13800009999")
    advance(k100_sandbox.url)
    k100 = make_k100(phone="021-55550100")
    with pytest.raises(ConnectorError):
        k100.track("ORB-CONNECTION-TEST")  # 408: the phone does not match
    assert k100.test_connection()[0]
