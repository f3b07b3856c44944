"""The SF retry-rule table: which answer becomes which kind of error."""

from __future__ import annotations

import pytest

from connectors.sf_express import errors
from orderbridge.errors import ErrorKind


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("A1001", ErrorKind.CONFIG),
        ("A1002", ErrorKind.TRANSIENT),
        ("A1003", ErrorKind.CONFIG),
        ("A1004", ErrorKind.CONFIG),
        ("A1005", ErrorKind.TRANSIENT),
        ("A1006", ErrorKind.CONFIG),
        ("A1007", ErrorKind.TRANSIENT),
        ("A1009", ErrorKind.TRANSIENT),
        ("A1099", ErrorKind.TRANSIENT),
        ("A1234", ErrorKind.CONFIG),
    ],
)
def test_gateway_codes(code: str, kind: ErrorKind) -> None:
    error = errors.from_gateway(code, "msg")
    assert (error.kind, error.code, error.target) == (kind, code, "sf_express")


@pytest.mark.parametrize("code", ["1010", "8018", "20012", None])
def test_business_refusals_are_about_the_order(code: str | None) -> None:
    error = errors.from_business(code, "收件人信息不完整")
    assert error.kind == ErrorKind.DATA
    assert error.message == "收件人信息不完整"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (500, ErrorKind.TRANSIENT),
        (502, ErrorKind.TRANSIENT),
        (503, ErrorKind.TRANSIENT),
        (504, ErrorKind.TRANSIENT),
        (429, ErrorKind.TRANSIENT),
        (408, ErrorKind.TRANSIENT),
        (404, ErrorKind.CONFIG),
        (403, ErrorKind.CONFIG),
    ],
)
def test_http_statuses(status: int, kind: ErrorKind) -> None:
    assert errors.from_http(status, "x").kind == kind


def test_retry_after_is_read_in_seconds_only() -> None:
    assert errors.from_http(429, "", "7").retry_after == 7
    assert errors.from_http(503, "", "Wed, 21 Oct 2026 07:28:00 GMT").retry_after is None
    assert errors.from_http(503, "").retry_after is None


@pytest.mark.parametrize("code", ["timeout", "connection", "response"])
def test_transport_failures_are_transient(code: str) -> None:
    assert errors.from_code(code, "x").kind == ErrorKind.TRANSIENT
