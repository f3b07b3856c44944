"""Failures on the wire: session lost, 503, slow answers, and a Save whose answer never arrives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from kingdee_support import FAST, arm, connection, key_for, order_payload, stored_orders

from connectors.kingdee import KingdeeConnector
from connectors.kingdee.sandbox import SandboxHandle, start_in_thread
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy


def test_session_lost_logs_in_again_and_succeeds(kingdee: KingdeeConnector, sandbox: SandboxHandle) -> None:
    assert kingdee.test_connection()[0]
    arm(sandbox, "session_lost", operation="Save")
    result = kingdee.push_order(order_payload(), key_for())
    assert result.created
    assert len(stored_orders(sandbox)) == 1


def test_session_lost_twice_in_a_row_is_raised_as_auth(
    kingdee: KingdeeConnector, sandbox: SandboxHandle
) -> None:
    arm(sandbox, "session_lost", count=2)
    with pytest.raises(ConnectorError) as raised:
        kingdee.find_order(key_for())
    assert raised.value.kind == ErrorKind.AUTH


def test_sandbox_restart_loses_sessions_and_the_client_recovers(
    make_connector: Callable[..., KingdeeConnector], sandbox: SandboxHandle
) -> None:
    kingdee = make_connector()
    kingdee.push_order(order_payload(), key_for())
    sandbox.app.state.auth.forget_sessions()
    assert kingdee.find_order(key_for()) == "XSDD000001"


def test_http_503_is_retried_honouring_retry_after(kingdee: KingdeeConnector, sandbox: SandboxHandle) -> None:
    arm(sandbox, "http_503", count=2, retry_after=0)
    assert kingdee.push_order(order_payload(), key_for()).created
    assert len(stored_orders(sandbox)) == 1


def test_rate_limiting_is_retried_honouring_retry_after(kingdee: KingdeeConnector, sandbox: SandboxHandle):
    arm(sandbox, "http_429", count=2, retry_after=0)
    assert kingdee.push_order(order_payload(), key_for()).created
    assert len(stored_orders(sandbox)) == 1


def test_a_reset_connection_is_retried_and_makes_one_order(kingdee: KingdeeConnector, sandbox: SandboxHandle):
    arm(sandbox, "connection_reset", count=2, operation="Save")
    assert kingdee.push_order(order_payload(), key_for()).created
    assert len(stored_orders(sandbox)) == 1


def test_persistent_503_gives_up_as_transient(sandbox: SandboxHandle) -> None:
    arm(sandbox, "http_503", count=10, retry_after=0)
    kingdee = KingdeeConnector(
        connection(sandbox.url), policy=RetryPolicy(max_attempts=3, initial_wait=0.001)
    )
    with pytest.raises(ConnectorError) as raised:
        kingdee.find_order(key_for())
    assert (raised.value.kind, raised.value.code, raised.value.retry_after) == (
        ErrorKind.TRANSIENT,
        "HTTP 503",
        0,
    )
    kingdee.close()


def test_a_save_whose_answer_is_lost_is_found_not_repeated(sandbox: SandboxHandle) -> None:
    """Save commits, the answer never comes (client timeout); the retry queries first and finds it."""
    arm(sandbox, "timeout_after_commit", hold=10)
    kingdee = KingdeeConnector(connection(sandbox.url), timeout=0.5, policy=FAST)
    result = kingdee.push_order(order_payload(), key_for())
    kingdee.close()
    orders = stored_orders(sandbox)
    assert len(orders) == 1
    assert result.external_id == orders[0]["FBillNo"]
    assert result.created  # this push made it, though it learnt the number from the query


def test_a_lost_answer_without_retries_left_is_transient_and_still_one_order(sandbox: SandboxHandle) -> None:
    arm(sandbox, "timeout_after_commit", hold=10)
    kingdee = KingdeeConnector(connection(sandbox.url), timeout=0.5, policy=RetryPolicy(max_attempts=1))
    with pytest.raises(ConnectorError) as raised:
        kingdee.push_order(order_payload(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "timeout")
    assert kingdee.push_order(order_payload(), key_for()).created is False
    kingdee.close()
    assert len(stored_orders(sandbox)) == 1


def test_slow_answers_within_the_timeout_are_fine(kingdee: KingdeeConnector, sandbox: SandboxHandle) -> None:
    arm(sandbox, "slow", count=2, delay=0.05)
    assert kingdee.find_order(key_for()) is None


def test_connection_refused_is_transient(tmp_path: Path) -> None:
    handle = start_in_thread(tmp_path / "gone.sqlite")
    url = handle.url
    handle.stop()
    kingdee = KingdeeConnector(connection(url), policy=RetryPolicy(max_attempts=2, initial_wait=0.001))
    ok, message = kingdee.test_connection()
    assert not ok
    assert "ConnectError" in message
    with pytest.raises(ConnectorError) as raised:
        kingdee.find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "connection")
    kingdee.close()


def test_faults_can_be_listed_cleared_and_armed_at_start(sandbox: SandboxHandle, tmp_path: Path) -> None:
    arm(sandbox, "http_503", count=3)
    assert httpx.get(f"{sandbox.url}/sandbox/faults").json()["faults"][0]["count"] == 3
    httpx.delete(f"{sandbox.url}/sandbox/faults").raise_for_status()
    assert httpx.get(f"{sandbox.url}/sandbox/faults").json()["faults"] == []
    bad = httpx.post(f"{sandbox.url}/sandbox/faults", json={"name": "earthquake"})
    assert bad.status_code == 400
    handle = start_in_thread(tmp_path / "armed.sqlite", faults=[{"name": "session_lost", "count": 1}])
    try:
        assert httpx.get(f"{handle.url}/sandbox/faults").json()["faults"][0]["name"] == "session_lost"
    finally:
        handle.stop()
