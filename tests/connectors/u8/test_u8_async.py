"""Adds without sync=1: U8 answers a url, and the real result is polled from it a little later."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from u8_support import FAST, connection, key_for, order_body, stored_orders

from connectors.u8 import U8Connector, protocol
from connectors.u8.sandbox import SandboxHandle, start_in_thread
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy


@pytest.fixture
def slow_sandbox(tmp_path) -> Iterator[SandboxHandle]:
    """A U8 sandbox whose asynchronous results are ready only after an hour: never within a test."""
    handle = start_in_thread(tmp_path / "slow.sqlite", result_delay=3600)
    yield handle
    handle.stop()


def test_an_add_without_sync_answers_a_url_whose_result_is_not_ready_at_once(
    slow_sandbox: SandboxHandle,
) -> None:
    # (a sandbox ready after 0.05 s made this depend on the machine's speed: a busy one asked too late)
    u8 = U8Connector(connection(slow_sandbox.url, sync="0"), policy=FAST)
    client = u8.get_conn()
    answer = client.add_order(order_body(), biz_id="k1", sync=False)
    assert answer["errcode"] == "0" and "id" not in answer
    assert protocol.RESULT_PATH + "?requestid=" in answer["url"]
    with pytest.raises(ConnectorError) as raised:
        client.poll(answer["url"])
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, protocol.PROCESSING)
    u8.close()


def test_the_connector_polls_the_url_until_the_order_id_arrives(
    make_u8: Callable[..., U8Connector], sandbox: SandboxHandle
) -> None:
    u8 = make_u8(sync="0")
    result = u8.push_order(order_body(), key_for())
    assert (result.created, result.raw["errcode"]) == (True, "0")
    assert [o["code"] for o in stored_orders(sandbox)] == [result.external_id]


def test_a_refusal_arrives_through_the_url_as_a_data_error(make_u8: Callable[..., U8Connector]) -> None:
    with pytest.raises(ConnectorError, match=r"客户编码\[C9999\]不存在") as raised:
        make_u8(sync="0").push_order(order_body(customer="C9999"), key_for(customer="C9999"))
    assert raised.value.kind == ErrorKind.DATA


def test_a_result_that_never_gets_ready_gives_up_as_transient(slow_sandbox: SandboxHandle) -> None:
    u8 = U8Connector(
        connection(slow_sandbox.url, sync="0", poll_attempts=3), policy=RetryPolicy(max_attempts=1), timeout=5
    )
    with pytest.raises(ConnectorError) as raised:
        u8.push_order(order_body(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, protocol.PROCESSING)
    # the order exists though: the next push finds it instead of adding it again
    again = U8Connector(connection(slow_sandbox.url, sync="0"), policy=FAST).push_order(
        order_body(), key_for()
    )
    assert again.created is False
    assert len(httpx.get(f"{slow_sandbox.url}/sandbox/orders").json()["orders"]) == 1
    u8.close()


def test_an_unknown_request_id_is_not_found(u8: U8Connector, sandbox: SandboxHandle) -> None:
    url = f"{sandbox.url}{protocol.RESULT_PATH}?requestid=nope"
    with pytest.raises(ConnectorError) as raised:
        u8.get_conn().poll(url)
    assert raised.value.code == protocol.NOT_FOUND
