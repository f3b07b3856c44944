"""The gateway refuses before any business work, with SF's envelope and apiResultCode."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from sf_support import connection, key_for, payload, shipments

from connectors.sandbox_kit import SandboxHandle
from connectors.sf_express import SfExpressConnector, protocol
from connectors.sf_express.signing import msg_digest
from orderbridge.errors import ConfigError, ConnectorError, ErrorKind


def signed_form(
    service: str = protocol.SEARCH_ROUTES, check_word: str = "sandbox-checkword", **over: str
) -> dict:
    msg = json.dumps({"trackingType": "1", "trackingNumber": [], "methodType": "1"})
    timestamp = over.pop("timestamp", str(int(time.time() * 1000)))
    form = {
        "partnerID": "SANDBOX",
        "requestID": "req-1",
        "serviceCode": service,
        "timestamp": timestamp,
        "msgData": msg,
        "msgDigest": msg_digest(msg, timestamp, check_word),
    }
    form.update(over)
    return form


def post(sandbox: SandboxHandle, form: dict) -> dict:
    response = httpx.post(f"{sandbox.url}/std/service", data=form)
    assert response.status_code == 200
    return response.json()


def test_a_correctly_signed_request_passes(sf_sandbox: SandboxHandle) -> None:
    assert post(sf_sandbox, signed_form())["apiResultCode"] == "A1000"


@pytest.mark.parametrize(
    ("form", "code"),
    [
        (signed_form(check_word="wrong"), "A1006"),
        (signed_form(msgDigest="AAAAAAAAAAAAAAAAAAAAAA=="), "A1006"),
        (signed_form(partnerID="SOMEONE"), "A1004"),
        (signed_form(service="EXP_RECE_UNKNOWN"), "A1004"),
        (signed_form(timestamp="1000000000000"), "A1002"),
        ({k: v for k, v in signed_form().items() if k != "requestID"}, "A1001"),
        (signed_form(timestamp="yesterday"), "A1001"),
    ],
    ids=[
        "wrong-checkword",
        "wrong-digest",
        "unknown-partner",
        "unknown-service",
        "stale",
        "missing",
        "bad-ts",
    ],
)
def test_refusals_use_sfs_envelope(sf_sandbox: SandboxHandle, form: dict, code: str) -> None:
    body = post(sf_sandbox, form)
    assert body["apiResultCode"] == code
    assert body["apiErrorMsg"] == protocol.API_CODES[code]
    assert body["apiResultData"] is None
    assert body["apiResponseID"]


def test_a_wrong_check_word_is_a_config_error_and_books_nothing(make_sf, sf_sandbox: SandboxHandle) -> None:
    sf = make_sf(check_word="not-the-checkword")
    ok, message = sf.test_connection()
    assert not ok and "A1006" in message
    with pytest.raises(ConnectorError) as raised:
        sf.push_order(payload(), key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "A1006")
    assert "数字签名无效" in str(raised.value)
    assert shipments(sf_sandbox.url) == []


def test_a_partner_without_permission_is_a_config_error(make_sf) -> None:
    with pytest.raises(ConnectorError) as raised:
        make_sf(partner_id="OTHER").find_order(key_for())
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "A1004")


def test_test_connection_reports_success(sf: SfExpressConnector) -> None:
    ok, message = sf.test_connection()
    assert ok and "SANDBOX" in message


def test_a_connection_without_credentials_is_refused_at_once(sf_sandbox: SandboxHandle) -> None:
    with pytest.raises(ConfigError):
        SfExpressConnector(connection(sf_sandbox.url, check_word=""))


def test_the_sandbox_accepts_other_credentials_when_told(tmp_path) -> None:
    from connectors.sf_express.sandbox import start_in_thread

    handle = start_in_thread(tmp_path / "other.sqlite", partner_id="P1", check_word="cw1")
    try:
        sf = SfExpressConnector(connection(handle.url, partner_id="P1", check_word="cw1"))
        assert sf.test_connection()[0]
        assert not SfExpressConnector(connection(handle.url)).test_connection()[0]
        sf.close()
    finally:
        handle.stop()


def test_a_business_refusal_of_the_probe_still_proves_the_credentials(sf_sandbox: SandboxHandle) -> None:
    """Real SF may refuse an empty route query as a business error: the signature was accepted anyway."""
    refusal = protocol.envelope("A1000", protocol.business(code="1001", message="trackingNumber不能为空"))
    sf = SfExpressConnector(
        connection(sf_sandbox.url),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=refusal)),
    )
    assert sf.test_connection()[0]
