"""Failures on the wire: 5xx, 429, resets before and after the commit, lost answers, slow answers."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sf_support import FAST, arm, connection, key_for, payload, shipments

from connectors.sandbox_kit import SandboxHandle
from connectors.sf_express import SfExpressConnector, protocol
from connectors.sf_express.sandbox import start_in_thread
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy

ONCE = RetryPolicy(max_attempts=1)


def test_http_5xx_is_retried_and_books_once(sf: SfExpressConnector, sf_sandbox: SandboxHandle) -> None:
    arm(sf_sandbox.url, "http_5xx", count=2, status=502)
    assert sf.push_order(payload(), key_for()).created
    assert len(shipments(sf_sandbox.url)) == 1


def test_persistent_5xx_gives_up_as_transient(make_sf, sf_sandbox: SandboxHandle) -> None:
    arm(sf_sandbox.url, "http_5xx", count=10, retry_after=0)
    with pytest.raises(ConnectorError) as raised:
        make_sf(policy=RetryPolicy(max_attempts=3, initial_wait=0.001)).find_order(key_for())
    assert (raised.value.kind, raised.value.code, raised.value.retry_after) == (
        ErrorKind.TRANSIENT,
        "HTTP 503",
        0,
    )


def test_rate_limit_carries_retry_after_and_is_retried(make_sf, sf_sandbox: SandboxHandle) -> None:
    arm(sf_sandbox.url, "rate_limit", retry_after=7)
    with pytest.raises(ConnectorError) as raised:
        make_sf(policy=ONCE).find_order(key_for())
    assert (raised.value.kind, raised.value.code, raised.value.retry_after) == (
        ErrorKind.TRANSIENT,
        "HTTP 429",
        7,
    )
    arm(sf_sandbox.url, "rate_limit", count=2, retry_after=0)
    assert make_sf().push_order(payload(), key_for()).created
    assert len(shipments(sf_sandbox.url)) == 1


def test_a_reset_before_the_commit_is_retried(sf: SfExpressConnector, sf_sandbox: SandboxHandle) -> None:
    arm(sf_sandbox.url, "reset", operation=protocol.CREATE_ORDER)
    result = sf.push_order(payload(), key_for())
    assert result.created
    assert len(shipments(sf_sandbox.url)) == 1


def test_a_reset_is_a_transient_connection_error(make_sf, sf_sandbox: SandboxHandle) -> None:
    arm(sf_sandbox.url, "reset")
    with pytest.raises(ConnectorError) as raised:
        make_sf(policy=ONCE).find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "connection")


def test_a_reset_after_the_commit_is_found_not_rebooked(
    sf: SfExpressConnector, sf_sandbox: SandboxHandle
) -> None:
    arm(sf_sandbox.url, "reset", when="after")
    result = sf.push_order(payload(), key_for())
    [stored] = shipments(sf_sandbox.url)
    assert (result.external_id, result.created) == (stored["waybillNo"], True)


def test_a_create_whose_answer_is_lost_is_found_not_rebooked(make_sf, sf_sandbox: SandboxHandle) -> None:
    arm(sf_sandbox.url, "timeout_after_commit", hold=10)
    result = make_sf(timeout=0.5).push_order(payload(), key_for())
    [stored] = shipments(sf_sandbox.url)
    assert (result.external_id, result.created) == (stored["waybillNo"], True)


def test_a_lost_answer_without_retries_left_is_transient_and_still_one_shipment(
    make_sf, sf_sandbox: SandboxHandle
) -> None:
    arm(sf_sandbox.url, "timeout_after_commit", hold=10)
    with pytest.raises(ConnectorError) as raised:
        make_sf(timeout=0.5, policy=ONCE).push_order(payload(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "timeout")
    again = make_sf().push_order(payload(), key_for())
    assert again.created is False
    assert [s["waybillNo"] for s in shipments(sf_sandbox.url)] == [again.external_id]


def test_slow_answers_within_the_timeout_are_fine(sf: SfExpressConnector, sf_sandbox: SandboxHandle) -> None:
    arm(sf_sandbox.url, "slow", count=2, delay=0.05)
    assert sf.push_order(payload(), key_for()).created


def test_connection_refused_is_transient(tmp_path: Path) -> None:
    handle = start_in_thread(tmp_path / "gone.sqlite")
    url = handle.url
    handle.stop()
    sf = SfExpressConnector(connection(url), policy=RetryPolicy(max_attempts=2, initial_wait=0.001))
    ok, message = sf.test_connection()
    assert not ok and "ConnectError" in message
    with pytest.raises(ConnectorError) as raised:
        sf.find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "connection")
    sf.close()


def test_a_non_json_answer_is_transient(sf_sandbox: SandboxHandle) -> None:
    def garbled(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>gateway</html>")

    sf = SfExpressConnector(connection(sf_sandbox.url), policy=ONCE, transport=httpx.MockTransport(garbled))
    with pytest.raises(ConnectorError) as raised:
        sf.find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "response")


def test_faults_are_listed_cleared_validated_and_armed_at_start(
    sf_sandbox: SandboxHandle, tmp_path: Path
) -> None:
    arm(sf_sandbox.url, "http_5xx", count=3)
    armed = httpx.get(f"{sf_sandbox.url}/sandbox/faults").json()["faults"]
    assert armed == [{"name": "http_5xx", "count": 3, "operation": None}]
    arm(sf_sandbox.url, "timeout_after_commit")
    assert (
        httpx.get(f"{sf_sandbox.url}/sandbox/faults").json()["faults"][1]["operation"]
        == protocol.CREATE_ORDER
    )
    httpx.delete(f"{sf_sandbox.url}/sandbox/faults").raise_for_status()
    assert httpx.get(f"{sf_sandbox.url}/sandbox/faults").json()["faults"] == []
    assert httpx.post(f"{sf_sandbox.url}/sandbox/faults", json={"name": "earthquake"}).status_code == 400
    assert (
        httpx.post(f"{sf_sandbox.url}/sandbox/faults", json={"name": "reset", "when": "never"}).status_code
        == 400
    )
    handle = start_in_thread(tmp_path / "armed.sqlite", faults=[{"name": "rate_limit", "count": 2}])
    try:
        assert httpx.get(f"{handle.url}/sandbox/faults").json()["faults"][0]["count"] == 2
    finally:
        handle.stop()


def test_shipments_survive_a_sandbox_restart(tmp_path: Path) -> None:
    state = tmp_path / "keep.sqlite"
    handle = start_in_thread(state)
    sf = SfExpressConnector(connection(handle.url), policy=FAST)
    waybill = sf.push_order(payload(), key_for()).external_id
    sf.close()
    handle.stop()
    handle = start_in_thread(state)
    try:
        sf = SfExpressConnector(connection(handle.url), policy=FAST)
        assert sf.push_order(payload(), key_for()).external_id == waybill
        sf.close()
    finally:
        handle.stop()
