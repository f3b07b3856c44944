"""Kuaidi100's pushes into the ledger over real HTTP: the Kuaidi100 sandbox subscribes and pushes to our
receiver (the one ``orderbridge kuaidi100-callback`` runs), which records each update once as a status
event on the delivery shipping under the waybill, answers unknown waybills as taken (and logs them),
and refuses anything it cannot verify."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sync_support import FAST, config, delivered_order, kinds

from connectors import sandbox_kit
from connectors.base import ConnectionInfo
from connectors.kuaidi100 import Kuaidi100Connector, protocol
from connectors.kuaidi100.callback import CALLBACK_PATH
from connectors.kuaidi100.sandbox import DEFAULT_CUSTOMER, DEFAULT_KEY
from connectors.kuaidi100.sandbox import start_in_thread as start_k100
from connectors.kuaidi100.signing import push_sign
from orderbridge.errors import ConfigError
from orderbridge.ledger import Ledger
from orderbridge.local_services import free_port
from orderbridge.sync import sync_target
from orderbridge.sync.engine import PUSHED
from orderbridge.sync.push_receiver import PushReceiver, receiver_app

SALT = "push-salt-for-tests"
PHONE = "021-55550100"
ACCEPTED = protocol.push_accepted_body()


@pytest.fixture
def k100(tmp_path):
    handle = start_k100(tmp_path / "k100.sqlite")
    yield handle
    handle.stop()


def start_receiver(ledger, salt=lambda: SALT):
    receiver = PushReceiver(lambda: ledger, salt)
    return receiver, sandbox_kit.start_in_thread(receiver_app(receiver), "k100-receiver")


@pytest.fixture
def receiver(sqlite_ledger):
    receiver, handle = start_receiver(sqlite_ledger)
    yield receiver, handle.url + CALLBACK_PATH
    handle.stop()


def connector(k100_url: str, callback_url: str) -> Kuaidi100Connector:
    conn = ConnectionInfo(
        conn_id="k100",
        conn_type="kuaidi100",
        host=k100_url,
        login=DEFAULT_CUSTOMER,
        password=DEFAULT_KEY,
        extra={"phone": PHONE, "callback_url": callback_url, "callback_secret": SALT},
    )
    return Kuaidi100Connector(conn, policy=FAST, timeout=5)


def advance(k100_url: str, waybill: str) -> list[dict]:
    response = httpx.post(f"{k100_url}/sandbox/advance", json={"num": waybill, "steps": 1})
    response.raise_for_status()
    return response.json()["pushes"]


def signed(param: dict, salt: str = SALT) -> dict[str, str]:
    text = protocol.dumps(param)
    return {"param": text, "sign": push_sign(text, salt)}


def push_param(waybill: str, state: str = "1", context: str = "已收取快件") -> dict:
    last = {
        "nu": waybill,
        "com": "shunfeng",
        "state": state,
        "ischeck": "0",
        "data": [{"time": "2026-11-22 10:00:00", "ftime": "2026-11-22 10:00:00", "context": context}],
    }
    return {"status": "polling", "message": "", "lastResult": last}


def pushed_events(ledger) -> list:
    return [e for e in kinds(ledger, "status.changed") if e.data.get("source") == PUSHED]


def test_every_pushed_state_lands_on_the_sf_delivery_of_that_waybill(sqlite_ledger, k100, receiver):
    _, url = receiver
    order_id, delivery_id = delivered_order(sqlite_ledger, "PO-PUSH", "SF1400000000777", target="sf_express")
    with connector(k100.url, url) as k:
        assert k.subscribe("SF1400000000777") is True
    for _ in range(4):
        assert [p["accepted"] for p in advance(k100.url, "SF1400000000777")] == [True]
    events = pushed_events(sqlite_ledger)
    assert [e.data["status"] for e in events] == ["picked_up", "in_transit", "out_for_delivery", "delivered"]
    assert {(e.order_id, e.delivery_id, e.data["target"], e.data["waybill"]) for e in events} == {
        (order_id, delivery_id, "sf_express", "SF1400000000777")
    }
    assert [e.data["from"] for e in events] == [None, "picked_up", "in_transit", "out_for_delivery"]
    assert events[-1].data["push_status"] == "shutdown"


def test_a_re_sent_push_is_recorded_once_even_after_a_newer_one(sqlite_ledger, receiver):
    _, url = receiver
    delivered_order(sqlite_ledger, "PO-RESEND", "SF1400000000888", target="sf_express")
    first, second = push_param("SF1400000000888"), push_param("SF1400000000888", "0", "运输中")
    for form in (signed(first), signed(first), signed(second), signed(first), signed(second)):
        response = httpx.post(url, data=form)
        assert (response.status_code, response.content) == (200, ACCEPTED)
    assert [e.data["status"] for e in pushed_events(sqlite_ledger)] == ["picked_up", "in_transit"]


def test_an_unknown_waybill_is_answered_as_taken_and_logged(sqlite_ledger, receiver, caplog):
    sink_receiver, url = receiver
    caplog.set_level(logging.WARNING, logger="orderbridge.sync.push_sink")
    response = httpx.post(url, data=signed(push_param("SF0000000000000")))
    assert (response.status_code, response.content) == (200, ACCEPTED)  # re-sending could not help
    assert "SF0000000000000" in caplog.text and "no delivery ships under it" in caplog.text
    assert kinds(sqlite_ledger, "status.changed") == [] and sink_receiver.sink.unknown == 1


@pytest.mark.parametrize(
    "form",
    [
        {**signed(push_param("SF1400000000999")), "sign": "0" * 32},
        {"param": signed(push_param("SF1400000000999"))["param"]},
        signed(push_param("SF1400000000999"), salt="someone-elses-salt"),
    ],
)
def test_a_push_without_our_signature_is_refused_and_changes_nothing(sqlite_ledger, receiver, form):
    _, url = receiver
    delivered_order(sqlite_ledger, "PO-FORGED", "SF1400000000999", target="sf_express")
    response = httpx.post(url, data=form)
    assert response.status_code == 400 and json.loads(response.content)["result"] is False
    assert kinds(sqlite_ledger, "status.changed") == []


def test_without_a_salt_every_push_is_refused(sqlite_ledger):
    def no_salt() -> str:
        raise ConfigError("no callback_secret")

    _, handle = start_receiver(sqlite_ledger, no_salt)
    try:
        delivered_order(sqlite_ledger, "PO-NOSALT", "SF1400000000555", target="sf_express")
        response = httpx.post(
            handle.url + CALLBACK_PATH, data={"param": protocol.dumps(push_param("SF1400000000555"))}
        )
        assert response.status_code == 503 and json.loads(response.content)["result"] is False
    finally:
        handle.stop()
    assert kinds(sqlite_ledger, "status.changed") == []


def test_a_push_the_ledger_cannot_take_is_refused_and_taken_when_sent_again(sqlite_ledger, receiver):
    _, url = receiver
    delivered_order(sqlite_ledger, "PO-BUSY", "SF1400000000666", target="sf_express")
    real_add = sqlite_ledger.add_event
    calls = []

    def failing_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        return real_add(*args, **kwargs)

    sqlite_ledger.add_event = failing_once
    form = signed(push_param("SF1400000000666"))
    assert httpx.post(url, data=form).status_code == 500
    assert kinds(sqlite_ledger, "status.changed") == []
    assert httpx.post(url, data=form).content == ACCEPTED
    assert [e.data["status"] for e in pushed_events(sqlite_ledger)] == ["picked_up"]


def test_the_status_sync_does_not_repeat_what_a_push_already_recorded(sqlite_ledger, k100, receiver):
    _, url = receiver
    _, delivery_id = delivered_order(sqlite_ledger, "PO-BOTH", "SF1400000000444", target="kuaidi100")
    with connector(k100.url, url) as k:
        k.subscribe("SF1400000000444")
        advance(k100.url, "SF1400000000444")
        assert sync_target(sqlite_ledger, k, "kuaidi100", config()).changes == 0  # the push said it first
        advance(k100.url, "SF1400000000444")
        assert sync_target(sqlite_ledger, k, "kuaidi100", config()).changes == 0
    changed = [e for e in kinds(sqlite_ledger, "status.changed") if e.delivery_id == delivery_id]
    assert [e.data["status"] for e in changed] == ["picked_up", "in_transit"]


def _cli_env(tmp_path: Path, extra: dict) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW_CONN", "ORDERBRIDGE"))}
    conn = {
        "conn_type": "kuaidi100",
        "host": "http://127.0.0.1:1",
        "login": "SANDBOX",
        "password": "k",
        "extra": extra,
    }
    env.update(
        {
            "ORDERBRIDGE_HOME": str(tmp_path / "home"),
            "ORDERBRIDGE_DB_URL": f"sqlite:///{tmp_path / 'cli-ledger.sqlite'}",
            "AIRFLOW_CONN_KUAIDI100_DEFAULT": json.dumps(conn),
        }
    )
    return env


def test_the_cli_runs_the_receiver_standalone(tmp_path):
    ledger = Ledger(f"sqlite:///{tmp_path / 'cli-ledger.sqlite'}")
    ledger.migrate()
    delivered_order(ledger, "PO-CLI", "SF1400000000333", target="sf_express")
    port = free_port()
    orderbridge = str(Path(sys.executable).with_name("orderbridge"))
    process = subprocess.Popen(
        [orderbridge, "kuaidi100-callback", "--port", str(port)],
        env=_cli_env(tmp_path, {"callback_secret": SALT}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert httpx.post(url + CALLBACK_PATH, data=signed(push_param("SF1400000000333"))).content == ACCEPTED
        assert httpx.post(url + CALLBACK_PATH, data={"param": "{}", "sign": "x"}).status_code == 400
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert [e.data["status"] for e in pushed_events(ledger)] == ["picked_up"]
    ledger.dispose()


def test_the_cli_will_not_start_without_a_salt(tmp_path):
    orderbridge = str(Path(sys.executable).with_name("orderbridge"))
    done = subprocess.run(
        [orderbridge, "kuaidi100-callback", "--port", str(free_port())],
        env=_cli_env(tmp_path, {}),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0 and "callback_secret" in done.stderr


def test_a_waybill_recorded_after_the_index_was_built_is_never_answered_as_unknown(sqlite_ledger):
    """A miss right after a rebuild is refused (Kuaidi100 sends again), a later one rebuilds and matches."""
    from orderbridge.sync.push_sink import LedgerPushSink
    from orderbridge.sync.tracking import TrackingIndex

    now = [100.0]
    index = TrackingIndex(sqlite_ledger, refresh_seconds=2, clock=lambda: now[0])
    sink = LedgerPushSink(sqlite_ledger, index=index)
    receiver = PushReceiver(lambda: sqlite_ledger, lambda: SALT)
    receiver._sink = sink
    assert receiver.answer(signed(push_param("SF1400000000111")))[0] == 200  # index built for it: unknown
    _, delivery_id = delivered_order(sqlite_ledger, "PO-LATE", "SF1400000000222", target="sf_express")
    assert receiver.answer(signed(push_param("SF1400000000222")))[0] == 500  # built a moment ago: ask again
    now[0] += 3
    assert receiver.answer(signed(push_param("SF1400000000222"))) == (200, ACCEPTED)
    assert [e.delivery_id for e in pushed_events(sqlite_ledger)] == [delivery_id]
