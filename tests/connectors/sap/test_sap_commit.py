"""Commit semantics: a created order is kept only when BAPI_TRANSACTION_COMMIT follows in the same session."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from sap_support import arm, key_for, order_body, stored_orders

from connectors.sap import SapConnector
from connectors.sap.payload import bapi_input
from connectors.sap.sandbox import SandboxHandle
from orderbridge.errors import ConnectorError, ErrorKind


def _create(sap: SapConnector) -> str:
    answer = sap.get_conn().call("BAPI_SALESORDER_CREATEFROMDAT2", **bapi_input(order_body()))
    return answer["SALESDOCUMENT"]


def test_a_create_without_commit_is_not_kept(sap: SapConnector, sandbox: SandboxHandle) -> None:
    vbeln = _create(sap)
    assert vbeln == "0000010001"
    assert sap.find_order(key_for()) is None
    assert sap.fetch_statuses([vbeln]) == []
    assert httpx.get(f"{sandbox.url}/sandbox/orders").json() == {"orders": [], "uncommitted": 1}


def test_a_commit_in_another_session_keeps_nothing(sap: SapConnector, sandbox: SandboxHandle) -> None:
    _create(sap)
    sap.get_conn().new_session()
    sap.get_conn().call("BAPI_TRANSACTION_COMMIT", WAIT="X")
    assert stored_orders(sandbox) == []


def test_a_commit_in_the_same_session_keeps_the_order(sap: SapConnector, sandbox: SandboxHandle) -> None:
    vbeln = _create(sap)
    answer = sap.get_conn().call("BAPI_TRANSACTION_COMMIT", WAIT="X")
    assert answer["RETURN"]["TYPE"] is None  # an empty BAPIRET2: nothing to report
    assert [o["vbeln"] for o in stored_orders(sandbox)] == [vbeln]


def test_an_expired_session_loses_its_uncommitted_order(sap: SapConnector, sandbox: SandboxHandle) -> None:
    _create(sap)
    httpx.post(f"{sandbox.url}/sandbox/sessions/expire").raise_for_status()
    sap.get_conn().call("BAPI_TRANSACTION_COMMIT", WAIT="X")
    assert stored_orders(sandbox) == []


def test_a_session_that_expires_before_the_commit_is_refreshed_and_the_order_pushed_once(
    sap: SapConnector, sandbox: SandboxHandle
) -> None:
    arm(sandbox, "session_expired", operation="BAPI_TRANSACTION_COMMIT")
    result = sap.push_order(order_body(), key_for())
    orders = stored_orders(sandbox)
    assert [o["vbeln"] for o in orders] == [result.external_id]
    assert result.external_id == "0000010002"  # the lost create used up 0000010001: SAP leaves a gap
    assert result.created


def test_a_session_expiring_twice_in_a_row_is_raised_as_auth(
    make_sap: Callable[..., SapConnector], sandbox: SandboxHandle
) -> None:
    arm(sandbox, "session_expired", count=2, operation="BAPI_TRANSACTION_COMMIT")
    with pytest.raises(ConnectorError) as raised:
        make_sap().push_order(order_body(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.AUTH, "session")
    assert stored_orders(sandbox) == []


def test_committed_orders_survive_a_sandbox_restart(tmp_path) -> None:
    from sap_support import connection

    from connectors.sap.sandbox import start_in_thread

    state = tmp_path / "restart.sqlite"
    first = start_in_thread(state)
    sap = SapConnector(connection(first.url), sales_org="1000", customers={"C0001": "0000100001"})
    number = sap.push_order(order_body(), key_for()).external_id
    sap.close()
    first.stop()
    second = start_in_thread(state)
    try:
        sap = SapConnector(connection(second.url), sales_org="1000", customers={"C0001": "0000100001"})
        assert sap.find_order(key_for()) == number
        again = sap.push_order(order_body(po="PO-2"), key_for(po="PO-2"))
        assert again.external_id == "0000010002"
        sap.close()
    finally:
        second.stop()
