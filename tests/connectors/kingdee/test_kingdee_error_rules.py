"""The Kingdee retry-rule table: which answer becomes which kind of error."""

from __future__ import annotations

import pytest

from connectors.kingdee import errors, protocol
from orderbridge.errors import ErrorKind


def status(message: str, msg_code: int) -> dict:
    return protocol.failure([protocol.error_entry(message, "FCustId")], msg_code)["Result"]["ResponseStatus"]


@pytest.mark.parametrize(
    ("message", "msg_code", "kind"),
    [
        ("会话信息已丢失，请重新登录", 1, ErrorKind.AUTH),
        ("会话信息已丢失，请重新登录", 0, ErrorKind.AUTH),
        ("字段[客户]是必录字段", 11, ErrorKind.DATA),
        ("字段[物料编码]的值[M9]在系统中不存在", 11, ErrorKind.DATA),
        ("业务对象[X]不存在", 4, ErrorKind.CONFIG),
        ("FieldKeys不能为空", 8, ErrorKind.CONFIG),
        ("元数据中标识为FX的字段不存在", 9, ErrorKind.CONFIG),
        ("something new", 0, ErrorKind.DATA),
    ],
)
def test_business_errors(message: str, msg_code: int, kind: ErrorKind) -> None:
    error = errors.from_response_status(status(message, msg_code))
    assert error.kind == kind
    assert error.code == f"MsgCode {msg_code}"
    assert error.message == f"FCustId: {message}"
    assert error.target == "kingdee"


@pytest.mark.parametrize(
    ("http_status", "kind"),
    [
        (503, ErrorKind.TRANSIENT),
        (502, ErrorKind.TRANSIENT),
        (429, ErrorKind.TRANSIENT),
        (500, ErrorKind.TRANSIENT),
        (404, ErrorKind.CONFIG),
        (401, ErrorKind.CONFIG),
    ],
)
def test_http_errors(http_status: int, kind: ErrorKind) -> None:
    assert errors.from_http(http_status, "x").kind == kind


def test_retry_after_is_read_in_seconds_only() -> None:
    assert errors.from_http(429, "", "7").retry_after == 7
    assert errors.from_http(503, "", "Wed, 21 Oct 2026 07:28:00 GMT").retry_after is None
    assert errors.from_http(503, "").retry_after is None


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("timeout", ErrorKind.TRANSIENT),
        ("connection", ErrorKind.TRANSIENT),
        ("login", ErrorKind.CONFIG),
        ("signature", ErrorKind.CONFIG),
    ],
)
def test_transport_and_login_failures(code: str, kind: ErrorKind) -> None:
    assert errors.from_code(code, "会话信息已丢失 (a login refusal mentioning the session)").kind == kind
