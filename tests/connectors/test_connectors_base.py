"""The connector contract's value types: connection info that never leaks secrets, and order keys."""

from __future__ import annotations

import pytest

from connectors.base import ConnectionInfo, OrderConnector, OrderKey


def info(**overrides: object) -> ConnectionInfo:
    fields: dict = {
        "conn_id": "kd",
        "conn_type": "kingdee",
        "host": "erp.example.com",
        "login": "admin",
        "password": "s3cret-pw",
        "extra": {"acct_id": "A1", "app_secret": "also-secret"},
    }
    fields.update(overrides)
    return ConnectionInfo(**fields)


def test_repr_and_str_never_show_the_password_or_secret_extras() -> None:
    text = repr(info()) + str(info())
    assert "s3cret-pw" not in text
    assert "also-secret" not in text
    assert "acct_id" in text and "A1" in text


def test_repr_of_a_connection_without_password_says_none() -> None:
    assert "password=None" in repr(info(password=None))


@pytest.mark.parametrize(
    ("host", "port", "schema", "url"),
    [
        ("erp.example.com", None, None, "http://erp.example.com"),
        ("erp.example.com", 8123, None, "http://erp.example.com:8123"),
        ("https://erp.example.com", None, "K3Cloud", "https://erp.example.com/K3Cloud"),
        ("http://127.0.0.1:8123/", None, None, "http://127.0.0.1:8123"),
        ("http://erp.example.com/k3cloud", 80, None, "http://erp.example.com:80/k3cloud"),
    ],
)
def test_base_url(host: str, port: int | None, schema: str | None, url: str) -> None:
    assert info(host=host, port=port, schema=schema).base_url() == url


def test_base_url_without_a_host_is_an_error() -> None:
    with pytest.raises(ValueError, match="no host"):
        info(host=None).base_url()


def test_order_key_names_target_customer_and_po() -> None:
    assert OrderKey("C0001", "PO-123", "kingdee").idempotency_key == "kingdee:C0001:PO-123"


def test_connection_info_is_immutable() -> None:
    with pytest.raises(AttributeError):
        info().host = "other"  # type: ignore[misc]


def test_order_connector_is_abstract() -> None:
    with pytest.raises(TypeError):
        OrderConnector()  # type: ignore[abstract]
