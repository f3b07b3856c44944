"""Failures on the wire: 503 and 429 with Retry-After, resets, slow answers, an add answer lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from u8_support import arm, connection, key_for, order_body, stored_orders

from connectors.u8 import U8Connector, protocol
from connectors.u8.sandbox import SandboxHandle, start_in_thread
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy


@pytest.mark.parametrize("fault", ["http_503", "http_429"])
def test_refusals_with_retry_after_are_retried(u8: U8Connector, sandbox: SandboxHandle, fault: str) -> None:
    arm(sandbox, fault, count=2, retry_after=0, operation="saleorder/add")
    assert u8.push_order(order_body(), key_for()).created
    assert len(stored_orders(sandbox)) == 1


def test_rate_limiting_answers_429_with_u8_s_error_shape(u8: U8Connector, sandbox: SandboxHandle) -> None:
    params = u8.get_conn().auth_params()
    arm(sandbox, "http_429", retry_after=7)
    response = httpx.get(sandbox.url + protocol.LIST_PATH, params=params)
    assert (response.status_code, response.headers["retry-after"]) == (429, "7")
    assert response.json()["errcode"] == protocol.RATE_LIMITED


@pytest.mark.parametrize(("fault", "status"), [("http_503", 503), ("http_429", 429)])
def test_persistent_refusals_give_up_as_transient_carrying_retry_after(
    make_u8: Callable[..., U8Connector], sandbox: SandboxHandle, fault: str, status: int
) -> None:
    u8 = make_u8(policy=RetryPolicy(max_attempts=3, initial_wait=0.001))
    u8.test_connection()
    arm(sandbox, fault, count=10, retry_after=0)
    with pytest.raises(ConnectorError) as raised:
        u8.find_order(key_for())
    assert (raised.value.kind, raised.value.code, raised.value.retry_after) == (
        ErrorKind.TRANSIENT,
        f"HTTP {status}",
        0,
    )


def test_a_connection_reset_is_transient_and_retried(u8: U8Connector, sandbox: SandboxHandle) -> None:
    arm(sandbox, "connection_reset", operation="saleorder/add")
    assert u8.push_order(order_body(), key_for()).created
    assert len(stored_orders(sandbox)) == 1


def test_a_reset_without_retries_left_is_raised_as_transient(
    make_u8: Callable[..., U8Connector], sandbox: SandboxHandle
) -> None:
    arm(sandbox, "connection_reset")
    with pytest.raises(ConnectorError) as raised:
        make_u8(policy=RetryPolicy(max_attempts=1)).find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "connection")


def test_slow_answers_within_the_timeout_are_fine(u8: U8Connector, sandbox: SandboxHandle) -> None:
    arm(sandbox, "slow", count=2, delay=0.05)
    assert u8.find_order(key_for()) is None


@pytest.mark.parametrize("idempotency", ["biz_id", "tradeid"])
def test_an_add_whose_answer_is_lost_is_found_not_repeated(sandbox: SandboxHandle, idempotency: str) -> None:
    """The add stores the order, its answer never comes (client timeout): exactly one order in the end."""
    arm(sandbox, "timeout_after_commit", hold=10)
    fast = RetryPolicy(max_attempts=4, initial_wait=0.01, max_wait=0.05)
    u8 = U8Connector(connection(sandbox.url, idempotency=idempotency), timeout=0.5, policy=fast)
    result = u8.push_order(order_body(), key_for())
    u8.close()
    orders = stored_orders(sandbox)
    assert [o["code"] for o in orders] == [result.external_id]
    assert result.created


@pytest.mark.parametrize("idempotency", ["biz_id", "tradeid"])
def test_the_kept_key_alone_prevents_a_duplicate_when_the_po_lookup_cannot_see_it(
    sandbox: SandboxHandle, idempotency: str
) -> None:
    """Without the PO field the lookup finds nothing; the re-sent biz_id / tradeid still dedupes."""
    arm(sandbox, "timeout_after_commit", hold=10)
    fast = RetryPolicy(max_attempts=4, initial_wait=0.01, max_wait=0.05)
    conn = connection(sandbox.url, idempotency=idempotency)
    u8 = U8Connector(conn, timeout=0.5, policy=fast, po_number_field="define9")
    result = u8.push_order(order_body(), key_for())
    u8.close()
    assert [o["code"] for o in stored_orders(sandbox)] == [result.external_id]


def test_a_lost_answer_without_retries_left_is_transient_and_still_one_order(sandbox: SandboxHandle) -> None:
    arm(sandbox, "timeout_after_commit", hold=10)
    u8 = U8Connector(connection(sandbox.url), timeout=0.5, policy=RetryPolicy(max_attempts=1))
    with pytest.raises(ConnectorError) as raised:
        u8.push_order(order_body(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "timeout")
    assert u8.push_order(order_body(), key_for()).created is False
    u8.close()
    assert len(stored_orders(sandbox)) == 1


def test_connection_refused_is_transient(tmp_path: Path) -> None:
    handle = start_in_thread(tmp_path / "gone.sqlite")
    url = handle.url
    handle.stop()
    u8 = U8Connector(connection(url), policy=RetryPolicy(max_attempts=2, initial_wait=0.001))
    ok, message = u8.test_connection()
    assert not ok and "ConnectError" in message
    with pytest.raises(ConnectorError) as raised:
        u8.find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "connection")
    u8.close()


def test_faults_can_be_listed_cleared_and_armed_at_start(sandbox: SandboxHandle, tmp_path: Path) -> None:
    arm(sandbox, "http_429", count=3)
    assert httpx.get(f"{sandbox.url}/sandbox/faults").json()["faults"][0]["count"] == 3
    httpx.delete(f"{sandbox.url}/sandbox/faults").raise_for_status()
    assert httpx.get(f"{sandbox.url}/sandbox/faults").json()["faults"] == []
    assert httpx.post(f"{sandbox.url}/sandbox/faults", json={"name": "earthquake"}).status_code == 400
    handle = start_in_thread(tmp_path / "armed.sqlite", faults=[{"name": "timeout_after_commit"}])
    try:
        [armed] = httpx.get(f"{handle.url}/sandbox/faults").json()["faults"]
        assert (armed["name"], armed["operation"]) == ("timeout_after_commit", "saleorder/add")
    finally:
        handle.stop()
