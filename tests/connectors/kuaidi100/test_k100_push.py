"""Subscriptions and pushes end to end: the sandbox pushes to our receiver, which verifies and answers."""

from __future__ import annotations

import json

import httpx
import pytest
from k100_support import WAYBILL, Recorder, advance, pushes

from connectors.kuaidi100 import Kuaidi100Connector, protocol
from connectors.kuaidi100.callback import handle_push
from connectors.kuaidi100.sandbox_push import MAX_ATTEMPTS
from connectors.kuaidi100.signing import push_sign
from connectors.sandbox_kit import SandboxHandle
from orderbridge.errors import ConfigError, ConnectorError, ErrorKind

SALT = "callback-salt"
EXACT = '{"result":true,"returnCode":"200","message":"成功"}'.encode()


def subscribed(make_k100, receiver: str) -> Kuaidi100Connector:
    k100 = make_k100(callback_url=receiver, callback_secret=SALT)
    assert k100.subscribe(WAYBILL) is True
    return k100


def test_every_state_is_pushed_to_our_receiver(
    make_k100, receiver: str, recorder: Recorder, k100_sandbox: SandboxHandle
) -> None:
    subscribed(make_k100, receiver)
    for _ in range(4):
        advance(k100_sandbox.url)
    assert [u.status for u in recorder.updates] == [
        "picked_up",
        "in_transit",
        "out_for_delivery",
        "delivered",
    ]
    assert {u.external_id for u in recorder.updates} == {WAYBILL}
    assert [p["status"] for p in recorder.params] == ["polling", "polling", "polling", "shutdown"]
    log = pushes(k100_sandbox.url)
    assert all(p["accepted"] for p in log) and len(log) == 4
    assert {p["answer"] for p in log} == {EXACT.decode()}


def test_subscribing_twice_is_harmless(make_k100, receiver: str, k100_sandbox: SandboxHandle) -> None:
    k100 = subscribed(make_k100, receiver)
    assert k100.subscribe(WAYBILL) is False
    assert len(httpx.get(f"{k100_sandbox.url}/sandbox/subscriptions").json()["subscriptions"]) == 1


def test_a_push_our_side_could_not_record_is_sent_again(
    make_k100, receiver: str, recorder: Recorder, k100_sandbox: SandboxHandle
) -> None:
    subscribed(make_k100, receiver)
    recorder.fail_next = 1
    assert advance(k100_sandbox.url)["pushes"] == [{"num": WAYBILL, "stage": 1, "accepted": False}]
    assert httpx.post(f"{k100_sandbox.url}/sandbox/push").json()["pushes"][0]["accepted"] is True
    assert [u.status for u in recorder.updates] == ["picked_up"]


def test_pushes_stop_after_the_retries_are_used(
    make_k100, receiver: str, recorder: Recorder, k100_sandbox: SandboxHandle
) -> None:
    subscribed(make_k100, receiver)
    recorder.fail_next = 100
    advance(k100_sandbox.url)
    for _ in range(MAX_ATTEMPTS + 2):
        httpx.post(f"{k100_sandbox.url}/sandbox/push")
    assert len(pushes(k100_sandbox.url)) == MAX_ATTEMPTS


def test_a_receiver_with_another_salt_refuses_every_push(
    make_k100, receiver: str, recorder: Recorder, k100_sandbox: SandboxHandle
) -> None:
    k100 = make_k100(callback_url=receiver, callback_secret="not-our-salt")
    k100.subscribe(WAYBILL)
    advance(k100_sandbox.url)
    assert recorder.updates == []
    assert pushes(k100_sandbox.url)[0]["accepted"] is False


def test_subscribing_with_a_wrong_key_is_a_config_error(make_k100, receiver: str) -> None:
    with pytest.raises(ConnectorError) as raised:
        make_k100(key="wrong", callback_url=receiver).subscribe(WAYBILL)
    assert (raised.value.kind, raised.value.code) == (ErrorKind.CONFIG, "600")


def test_subscribing_without_a_callback_url_is_refused_at_once(make_k100) -> None:
    with pytest.raises(ConfigError, match="callback_url"):
        make_k100().subscribe(WAYBILL)


def _push_form(param: dict, salt: str | None = SALT) -> dict[str, str]:
    text = protocol.dumps(param)
    return {"param": text, "sign": push_sign(text, salt)} if salt else {"param": text}


PARAM = {
    "status": "polling",
    "lastResult": {"nu": "SF1", "com": "shunfeng", "state": "5", "data": [{"context": "派送中"}]},
}


def test_handle_push_answers_exactly_the_expected_bytes() -> None:
    got = Recorder()
    status, body = handle_push(_push_form(PARAM), SALT, got)
    assert (status, body) == (200, EXACT)
    assert got.updates[0].status == "out_for_delivery" and got.updates[0].external_id == "SF1"


@pytest.mark.parametrize(
    "form",
    [
        _push_form(PARAM, salt="other"),
        {"param": protocol.dumps(PARAM)},
        {"param": "not json", "sign": push_sign("not json", SALT)},
        _push_form({"status": "polling"}),
    ],
    ids=["wrong-sign", "no-sign", "bad-json", "no-lastResult"],
)
def test_handle_push_refuses_what_it_cannot_trust(form: dict[str, str]) -> None:
    got = Recorder()
    status, body = handle_push(form, SALT, got)
    assert status == 400 and json.loads(body)["result"] is False
    assert got.updates == []


def test_handle_push_without_a_salt_takes_unsigned_pushes() -> None:
    assert handle_push(_push_form(PARAM, salt=None), None, Recorder())[1] == EXACT


def test_the_callback_secret_never_shows_in_a_connections_repr() -> None:
    from k100_support import connection

    assert "salty-secret" not in repr(connection("http://x", callback_secret="salty-secret"))
