"""The U8 retry-rule table: errcodes and wording to retry, refresh the token, or fail as config or data."""

from __future__ import annotations

import pytest

from connectors.u8 import errors, protocol
from orderbridge.errors import ErrorKind


@pytest.mark.parametrize(
    ("errcode", "message", "kind"),
    [
        (protocol.TOKEN_EXPIRED, "token已过期", ErrorKind.AUTH),
        (protocol.TOKEN_INVALID, "token不合法", ErrorKind.AUTH),
        (protocol.BAD_CREDENTIALS, "app_secret不正确", ErrorKind.CONFIG),
        (protocol.BAD_PARAMETER, "参数错误", ErrorKind.CONFIG),
        (protocol.TRADEID_INVALID, "tradeid无效", ErrorKind.CONFIG),
        (protocol.RATE_LIMITED, "调用频率超过限制", ErrorKind.TRANSIENT),
        (protocol.PROCESSING, "处理中", ErrorKind.TRANSIENT),
        (protocol.DATA_INVALID, "客户编码[C9]不存在", ErrorKind.DATA),
        ("99999", "token has expired", ErrorKind.AUTH),
        ("99999", "存货编码[M9]不存在", ErrorKind.DATA),
        ("99999", "系统繁忙，请稍后再试", ErrorKind.TRANSIENT),
        ("99999", "something new", ErrorKind.DATA),
    ],
)
def test_answers_by_errcode_then_wording(errcode: str, message: str, kind: ErrorKind) -> None:
    error = errors.from_answer({"errcode": errcode, "errmsg": message}, "call")
    assert (error.kind, error.code, error.message) == (kind, errcode, f"call: {message}")


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (429, ErrorKind.TRANSIENT),
        (502, ErrorKind.TRANSIENT),
        (503, ErrorKind.TRANSIENT),
        (404, ErrorKind.CONFIG),
    ],
)
def test_http_answers_by_status_with_retry_after(status: int, kind: ErrorKind) -> None:
    error = errors.from_http(status, "body", "2")
    assert (error.kind, error.retry_after) == (kind, 2.0)


@pytest.mark.parametrize(
    ("code", "kind"),
    [("timeout", ErrorKind.TRANSIENT), ("connection", ErrorKind.TRANSIENT), ("response", ErrorKind.CONFIG)],
)
def test_transport_failures_by_code(code: str, kind: ErrorKind) -> None:
    assert errors.from_code(code, "m").kind == kind
