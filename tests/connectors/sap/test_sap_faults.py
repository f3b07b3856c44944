"""Failures on the wire: 503 and 429 with Retry-After, resets, slow answers, a commit answer lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sap_support import CUSTOMERS, FAST, arm, connection, key_for, order_body, stored_orders

from connectors.sap import SapConnector
from connectors.sap.sandbox import SandboxHandle, start_in_thread
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy


@pytest.mark.parametrize("fault", ["http_503", "http_429"])
def test_refusals_with_retry_after_are_retried(sap: SapConnector, sandbox: SandboxHandle, fault: str) -> None:
    arm(sandbox, fault, count=2, retry_after=0)
    assert sap.push_order(order_body(), key_for()).created
    assert len(stored_orders(sandbox)) == 1


@pytest.mark.parametrize(("fault", "status"), [("http_503", 503), ("http_429", 429)])
def test_persistent_refusals_give_up_as_transient_carrying_retry_after(
    make_sap: Callable[..., SapConnector], sandbox: SandboxHandle, fault: str, status: int
) -> None:
    arm(sandbox, fault, count=10, retry_after=0)
    sap = make_sap(policy=RetryPolicy(max_attempts=3, initial_wait=0.001))
    with pytest.raises(ConnectorError) as raised:
        sap.find_order(key_for())
    assert (raised.value.kind, raised.value.code, raised.value.retry_after) == (
        ErrorKind.TRANSIENT,
        f"HTTP {status}",
        0,
    )
    assert httpx.get(f"{sandbox.url}/sandbox/faults").json()["faults"][0]["count"] == 7


def test_a_connection_reset_is_transient_and_retried(sap: SapConnector, sandbox: SandboxHandle) -> None:
    arm(sandbox, "connection_reset", operation="BAPI_SALESORDER_CREATEFROMDAT2")
    assert sap.push_order(order_body(), key_for()).created
    assert len(stored_orders(sandbox)) == 1


def test_a_reset_without_retries_left_is_raised_as_transient(
    make_sap: Callable[..., SapConnector], sandbox: SandboxHandle
) -> None:
    arm(sandbox, "connection_reset")
    with pytest.raises(ConnectorError) as raised:
        make_sap(policy=RetryPolicy(max_attempts=1)).find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "connection")


def test_slow_answers_within_the_timeout_are_fine(sap: SapConnector, sandbox: SandboxHandle) -> None:
    arm(sandbox, "slow", count=2, delay=0.05)
    assert sap.find_order(key_for()) is None


def test_a_create_answered_too_late_is_abandoned_with_its_session_and_the_order_made_once(
    make_sap: Callable[..., SapConnector], sandbox: SandboxHandle
) -> None:
    arm(sandbox, "slow", delay=1.0, operation="BAPI_SALESORDER_CREATEFROMDAT2")
    result = make_sap(timeout=0.5).push_order(order_body(), key_for())
    assert [o["vbeln"] for o in stored_orders(sandbox)] == [result.external_id]


def test_a_commit_whose_answer_is_lost_is_found_not_repeated(sandbox: SandboxHandle) -> None:
    """The commit is done, its answer never comes (client timeout); the retry asks GETLIST and finds it."""
    arm(sandbox, "timeout_after_commit", hold=10)
    sap = SapConnector(
        connection(sandbox.url), sales_org="1000", customers=CUSTOMERS, timeout=0.5, policy=FAST
    )
    result = sap.push_order(order_body(), key_for())
    sap.close()
    orders = stored_orders(sandbox)
    assert len(orders) == 1
    assert result.external_id == orders[0]["vbeln"]
    assert result.created  # this push made it, though it learnt the number from GETLIST


def test_a_lost_commit_answer_without_retries_left_is_transient_and_still_one_order(
    sandbox: SandboxHandle,
) -> None:
    arm(sandbox, "timeout_after_commit", hold=10)
    policy = RetryPolicy(max_attempts=1)
    sap = SapConnector(
        connection(sandbox.url), sales_org="1000", customers=CUSTOMERS, timeout=0.5, policy=policy
    )
    with pytest.raises(ConnectorError) as raised:
        sap.push_order(order_body(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "timeout")
    assert sap.push_order(order_body(), key_for()).created is False
    sap.close()
    assert len(stored_orders(sandbox)) == 1


def test_connection_refused_is_transient(tmp_path: Path) -> None:
    handle = start_in_thread(tmp_path / "gone.sqlite")
    url = handle.url
    handle.stop()
    policy = RetryPolicy(max_attempts=2, initial_wait=0.001)
    sap = SapConnector(connection(url), sales_org="1000", customers=CUSTOMERS, policy=policy)
    ok, message = sap.test_connection()
    assert not ok and "connection" in message
    with pytest.raises(ConnectorError) as raised:
        sap.find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "connection")
    sap.close()


def test_faults_can_be_listed_cleared_and_armed_at_start(sandbox: SandboxHandle, tmp_path: Path) -> None:
    arm(sandbox, "http_429", count=3)
    assert httpx.get(f"{sandbox.url}/sandbox/faults").json()["faults"][0]["count"] == 3
    httpx.delete(f"{sandbox.url}/sandbox/faults").raise_for_status()
    assert httpx.get(f"{sandbox.url}/sandbox/faults").json()["faults"] == []
    assert httpx.post(f"{sandbox.url}/sandbox/faults", json={"name": "earthquake"}).status_code == 400
    handle = start_in_thread(tmp_path / "armed.sqlite", faults=[{"name": "timeout_after_commit"}])
    try:
        [armed] = httpx.get(f"{handle.url}/sandbox/faults").json()["faults"]
        assert (armed["name"], armed["operation"]) == ("timeout_after_commit", "BAPI_TRANSACTION_COMMIT")
    finally:
        handle.stop()
