"""The three ways to authenticate, against the sandbox; a wrong credential is a CONFIG error."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import httpx
import pytest
from kingdee_support import connection, key_for

from connectors.kingdee import KingdeeConnector, protocol
from connectors.kingdee.sandbox import SandboxHandle
from orderbridge.errors import ConfigError, ConnectorError, ErrorKind

AUTH_STYLES = ["password", "app_secret", "signed"]


@pytest.mark.parametrize("auth", AUTH_STYLES)
def test_each_auth_style_connects_and_queries(
    make_connector: Callable[..., KingdeeConnector], auth: str
) -> None:
    kingdee = make_connector(auth=auth)
    ok, message = kingdee.test_connection()
    assert ok, message
    assert kingdee.find_order(key_for()) is None
    assert [row["FNumber"] for row in kingdee.query("BD_Customer", "FNumber", "")] == [
        "C0001",
        "C0002",
        "C0003",
    ]


@pytest.mark.parametrize("auth", AUTH_STYLES)
def test_a_wrong_secret_fails_as_config(make_connector: Callable[..., KingdeeConnector], auth: str) -> None:
    kingdee = make_connector(auth=auth, password="wrong")
    ok, message = kingdee.test_connection()
    assert not ok
    assert "wrong" not in message
    with pytest.raises(ConnectorError) as raised:
        kingdee.find_order(key_for())
    assert raised.value.kind == ErrorKind.CONFIG


def test_a_wrong_data_centre_fails_as_config(make_connector: Callable[..., KingdeeConnector]) -> None:
    ok, message = make_connector(acct_id="no-such-acct").test_connection()
    assert not ok
    assert "no-such-acct" in message


def test_a_wrong_app_id_fails_as_config(make_connector: Callable[..., KingdeeConnector]) -> None:
    kingdee = make_connector(auth="signed", app_id="999_YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4")
    with pytest.raises(ConnectorError) as raised:
        kingdee.query("BD_Customer", "FNumber")
    assert raised.value.kind == ErrorKind.CONFIG


def test_password_login_sets_both_session_cookies(sandbox: SandboxHandle) -> None:
    url = f"{sandbox.url}/K3Cloud/{protocol.service_path('ValidateUser')}"
    response = httpx.post(url, json={"parameters": ["sandbox", "administrator", "sandbox", 2052]})
    body = response.json()
    assert body["LoginResultType"] == 1
    assert set(protocol.SESSION_COOKIES) <= set(response.cookies)
    refused = httpx.post(url, json={"parameters": ["sandbox", "administrator", "nope", 2052]}).json()
    assert refused["LoginResultType"] != 1
    assert refused["Message"]


def test_app_secret_login_takes_acct_user_app_id_secret_lcid(sandbox: SandboxHandle) -> None:
    from connectors.kingdee.sandbox_auth import SANDBOX_APP_ID, SANDBOX_APP_SECRET

    url = f"{sandbox.url}/K3Cloud/{protocol.service_path('LoginByAppSecret')}"
    params = ["sandbox", "administrator", SANDBOX_APP_ID, SANDBOX_APP_SECRET, 2052]
    assert httpx.post(url, json={"parameters": params}).json()["LoginResultType"] == 1


def test_calls_without_a_session_get_the_session_lost_shape(sandbox: SandboxHandle) -> None:
    save = httpx.post(
        f"{sandbox.url}/K3Cloud/{protocol.service_path('Save')}", json={"formid": "SAL_SaleOrder"}
    )
    assert save.status_code == 200
    status = save.json()["Result"]["ResponseStatus"]
    assert (status["ErrorCode"], status["IsSuccess"], status["MsgCode"]) == (500, False, 1)
    assert status["Errors"][0]["Message"] == "会话信息已丢失，请重新登录"
    query = httpx.post(
        f"{sandbox.url}/K3Cloud/{protocol.service_path('ExecuteBillQuery')}", json={"data": {}}
    )
    assert query.json()[0][0]["Result"]["ResponseStatus"]["MsgCode"] == 1


def test_a_tampered_signature_is_refused(sandbox: SandboxHandle) -> None:
    from connectors.kingdee import signing
    from connectors.kingdee.sandbox_auth import SANDBOX_APP_ID, SANDBOX_APP_SECRET

    url = f"{sandbox.url}/K3Cloud/{protocol.service_path('ExecuteBillQuery')}"
    body = {"data": {"FormId": "BD_Customer", "FieldKeys": "FNumber"}}
    headers = signing.signed_headers(
        url, acct_id="sandbox", user="administrator", app_id=SANDBOX_APP_ID, app_secret=SANDBOX_APP_SECRET
    )
    assert len(httpx.post(url, json=body, headers=headers).json()) == 3
    other_path = url.replace("ExecuteBillQuery", "View")
    headers["X-Api-Signature"] = signing.signed_headers(
        other_path,
        acct_id="sandbox",
        user="administrator",
        app_id=SANDBOX_APP_ID,
        app_secret=SANDBOX_APP_SECRET,
        timestamp=int(headers["x-api-timestamp"]),
    )["X-Api-Signature"]
    assert (
        httpx.post(url, json=body, headers=headers).json()[0][0]["Result"]["ResponseStatus"]["MsgCode"] == 1
    )


def test_stale_signed_timestamp_is_refused(sandbox: SandboxHandle) -> None:
    from connectors.kingdee import signing
    from connectors.kingdee.sandbox_auth import SANDBOX_APP_ID, SANDBOX_APP_SECRET

    url = f"{sandbox.url}/K3Cloud/{protocol.service_path('ExecuteBillQuery')}"
    headers = signing.signed_headers(
        url,
        acct_id="sandbox",
        user="administrator",
        app_id=SANDBOX_APP_ID,
        app_secret=SANDBOX_APP_SECRET,
        timestamp=1700000000,
    )
    answer = httpx.post(
        url, json={"data": {"FormId": "BD_Customer", "FieldKeys": "FNumber"}}, headers=headers
    )
    assert answer.json()[0][0]["Result"]["ResponseStatus"]["MsgCode"] == 1


def test_secrets_and_session_ids_never_reach_the_logs(
    make_connector: Callable[..., KingdeeConnector], sandbox: SandboxHandle, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # httpcore's own DEBUG trace prints raw headers; that level stays off
    caplog.set_level(logging.DEBUG, logger="connectors")
    for auth in AUTH_STYLES:
        make_connector(auth=auth).test_connection()
    make_connector(password="wrong-password-123").test_connection()
    session_ids = [c for c in sandbox.app.state.auth._sessions]
    text = caplog.text
    assert "wrong-password-123" not in text
    assert "sandbox-app-secret" not in text
    assert session_ids and not any(s in text for s in session_ids)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"acct_id": ""}, "acct_id"),
        ({"auth": "kerberos"}, "auth must be"),
        ({"auth": "signed", "app_id": ""}, "app_id"),
    ],
)
def test_incomplete_connections_are_config_errors(sandbox: SandboxHandle, extra: dict, message: str) -> None:
    conn = connection(sandbox.url)
    conn = type(conn)(**{**conn.__dict__, "extra": {**conn.extra, **extra}})
    with pytest.raises(ConfigError, match=message):
        KingdeeConnector(conn)


def test_url_prefix_is_case_insensitive(sandbox: SandboxHandle) -> None:
    url = f"{sandbox.url}/k3cloud/{protocol.service_path('ValidateUser').lower()}"
    body = httpx.post(url, content=json.dumps({"parameters": ["sandbox", "administrator", "sandbox", 2052]}))
    assert body.json()["LoginResultType"] == 1
