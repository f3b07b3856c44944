"""Credentials come from an Airflow Connection: AIRFLOW_CONN_<ID> as URI or JSON, else Airflow's lookup."""

from __future__ import annotations

import json
import sys
import types

import pytest

from connectors.credentials import get_connection
from orderbridge.errors import ConfigError


def test_uri_form() -> None:
    env = {
        "AIRFLOW_CONN_KINGDEE_DEFAULT": "kingdee://administrator:sandbox@127.0.0.1:8123/?acct_id=sandbox&lcid=2052"
    }
    conn = get_connection("kingdee_default", environ=env, use_airflow=False)
    assert (conn.conn_type, conn.host, conn.port, conn.login, conn.password) == (
        "kingdee",
        "127.0.0.1",
        8123,
        "administrator",
        "sandbox",
    )
    assert conn.extra == {"acct_id": "sandbox", "lcid": "2052"}
    assert conn.base_url() == "http://127.0.0.1:8123"


def test_uri_with_quoted_password_protocol_and_extra_json() -> None:
    extra = json.dumps({"acct_id": "A1", "auth": "app_secret", "app_id": "1_x"})
    uri = f"kingdee://https://api%40user:p%2Fw%3Ad@erp.example.com:443/K3Cloud?__extra__={extra}"
    conn = get_connection("kd", environ={"AIRFLOW_CONN_KD": uri}, use_airflow=False)
    assert conn.login == "api@user"
    assert conn.password == "p/w:d"
    assert conn.host == "https://erp.example.com"
    assert conn.schema == "K3Cloud"
    assert conn.extra["auth"] == "app_secret"
    assert conn.base_url() == "https://erp.example.com:443/K3Cloud"


def test_json_form_with_extra_as_object_or_text() -> None:
    for extra in ({"acct_id": "A1"}, json.dumps({"acct_id": "A1"})):
        value = json.dumps(
            {
                "conn_type": "kingdee",
                "host": "http://h",
                "login": "u",
                "password": "p",
                "port": "8080",
                "extra": extra,
            }
        )
        conn = get_connection("kd", environ={"AIRFLOW_CONN_KD": value}, use_airflow=False)
        assert (conn.host, conn.port, conn.login, conn.password) == ("http://h", 8080, "u", "p")
        assert conn.extra == {"acct_id": "A1"}


def test_conn_id_is_upper_cased_for_the_variable_name() -> None:
    conn = get_connection("my_erp", environ={"AIRFLOW_CONN_MY_ERP": "kingdee://h"}, use_airflow=False)
    assert conn.conn_id == "my_erp"
    assert conn.host == "h"


def test_missing_connection_is_a_clear_config_error() -> None:
    with pytest.raises(ConfigError, match="AIRFLOW_CONN_NOPE"):
        get_connection("nope", environ={}, use_airflow=False)


@pytest.mark.parametrize("value", ["not a uri", "{not json", '["a list"]', '{"port": "eighty"}'])
def test_malformed_value_is_a_config_error_that_hides_the_value(value: str) -> None:
    with pytest.raises(ConfigError, match="malformed") as raised:
        get_connection("kd", environ={"AIRFLOW_CONN_KD": value}, use_airflow=False)
    assert value not in str(raised.value)


class FakeAirflowConnection:
    """The attributes of ``airflow.sdk.Connection`` the lookup reads."""

    def __init__(self) -> None:
        self.conn_type, self.host, self.port, self.login = "kingdee", "http://erp", 81, "u"
        self.password, self.schema = "pw", None
        self.extra_dejson = {"acct_id": "from-airflow"}


def _fake_airflow_sdk(monkeypatch: pytest.MonkeyPatch, get_connection_impl) -> None:
    sdk = types.ModuleType("airflow.sdk")
    sdk.BaseHook = type("BaseHook", (), {"get_connection": staticmethod(get_connection_impl)})
    monkeypatch.setitem(sys.modules, "airflow.sdk", sdk)


def test_inside_airflow_the_task_sdk_lookup_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_airflow_sdk(monkeypatch, lambda conn_id: FakeAirflowConnection())
    conn = get_connection("kingdee_default", environ={})
    assert (conn.host, conn.port, conn.password, conn.extra) == (
        "http://erp",
        81,
        "pw",
        {"acct_id": "from-airflow"},
    )


def test_the_environment_wins_over_airflow(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_airflow_sdk(monkeypatch, lambda conn_id: FakeAirflowConnection())
    conn = get_connection("kd", environ={"AIRFLOW_CONN_KD": "kingdee://env-host"})
    assert conn.host == "env-host"


def test_not_found_in_airflow_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_found(conn_id: str):
        raise LookupError(f"The conn_id `{conn_id}` isn't defined")

    _fake_airflow_sdk(monkeypatch, not_found)
    with pytest.raises(ConfigError, match="not defined"):
        get_connection("kd", environ={})


def test_core_modules_do_not_import_airflow() -> None:
    import subprocess
    from pathlib import Path

    code = "import connectors.credentials, connectors.kingdee, sys; print('airflow' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "False"
