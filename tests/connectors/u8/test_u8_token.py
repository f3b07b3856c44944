"""Tokens: fetched on first use, renewed before they expire, refreshed once when U8 says they expired."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from u8_support import FAST, connection, key_for, order_body, stored_orders

from connectors.u8 import U8Connector, protocol
from connectors.u8.sandbox import SandboxHandle
from orderbridge.errors import ConnectorError, ErrorKind


def _issued(sandbox: SandboxHandle) -> int:
    return httpx.get(f"{sandbox.url}/sandbox/health").json()["tokens_issued"]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_token_answer_has_u8_s_shape(sandbox: SandboxHandle) -> None:
    params = {"from_account": "sandbox", "app_key": "sandbox-key", "app_secret": "sandbox-secret"}
    body = httpx.get(sandbox.url + protocol.TOKEN_PATH, params=params).json()
    assert body["errcode"] == "0"
    assert set(body["token"]) == {"id", "expiresIn", "appkey"}
    assert (body["token"]["expiresIn"], body["token"]["appkey"]) == (7200, "sandbox-key")


def test_one_token_serves_many_calls_and_is_renewed_before_it_expires(sandbox: SandboxHandle) -> None:
    clock = FakeClock()
    u8 = U8Connector(connection(sandbox.url), policy=FAST, clock=clock)
    u8.find_order(key_for())
    u8.find_order(key_for())
    assert _issued(sandbox) == 1
    clock.now += 7200 - 301  # still more than the 300 s margin left: kept
    u8.find_order(key_for())
    assert _issued(sandbox) == 1
    clock.now += 2  # inside the margin: renewed before the server would refuse it
    u8.find_order(key_for())
    assert _issued(sandbox) == 2
    u8.close()


def test_an_expired_token_is_refreshed_once_and_the_push_succeeds(
    u8: U8Connector, sandbox: SandboxHandle
) -> None:
    from u8_support import arm

    u8.test_connection()
    arm(sandbox, "token_expired", operation="saleorder/add")
    assert u8.push_order(order_body(), key_for()).created
    assert len(stored_orders(sandbox)) == 1
    assert _issued(sandbox) == 2


def test_tokens_expired_by_the_server_are_replaced(u8: U8Connector, sandbox: SandboxHandle) -> None:
    u8.find_order(key_for())
    httpx.post(f"{sandbox.url}/sandbox/tokens/expire").raise_for_status()
    assert u8.find_order(key_for()) is None
    assert _issued(sandbox) == 2


def test_a_token_expiring_twice_in_a_row_is_raised_as_auth(u8: U8Connector, sandbox: SandboxHandle) -> None:
    from u8_support import arm

    arm(sandbox, "token_expired", count=2, operation="saleorderlist/batch_get")
    with pytest.raises(ConnectorError) as raised:
        u8.find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.AUTH, protocol.TOKEN_EXPIRED)


def test_a_wrong_app_secret_is_a_config_error_never_retried(make_u8: Callable[..., U8Connector]) -> None:
    u8 = make_u8(secret="wrong")
    ok, message = u8.test_connection()
    assert not ok and "app_secret" in message
    with pytest.raises(ConnectorError) as raised:
        u8.push_order(order_body(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, protocol.BAD_CREDENTIALS)


def test_an_unauthorised_to_account_is_a_config_error(make_u8: Callable[..., U8Connector]) -> None:
    with pytest.raises(ConnectorError, match=r"to_account\[other\]未授权") as raised:
        make_u8(to_account="other").find_order(key_for())
    assert raised.value.kind == ErrorKind.CONFIG


def test_a_connection_without_app_key_is_refused_at_once(sandbox: SandboxHandle) -> None:
    from orderbridge.errors import ConfigError

    with pytest.raises(ConfigError, match=r"extra\.app_key"):
        U8Connector(connection(sandbox.url, app_key=""))
