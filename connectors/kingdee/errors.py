"""How Kingdee failures become ``ConnectorError`` kinds: the retry-rule table, as data.

Business errors are classified on ``code`` = the MsgCode as text (or ``login`` for a refused login) and
the message; HTTP failures on ``status``; transport failures on ``code`` ``timeout`` / ``connection``.
"""

from __future__ import annotations

from typing import Any

from connectors import http_errors
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryRule, classify

TARGET = "kingdee"
AUTH, CONFIG, DATA, TRANSIENT = ErrorKind.AUTH, ErrorKind.CONFIG, ErrorKind.DATA, ErrorKind.TRANSIENT

RULES: tuple[RetryRule, ...] = (
    # Codes first: they say exactly what happened.
    RetryRule(code="1", action="refresh_auth", kind=AUTH),  # MsgCode 1: session lost
    RetryRule(code="login", action="fail", kind=CONFIG),  # a refused login or signature is never retried
    RetryRule(code="signature", action="fail", kind=CONFIG),
    RetryRule(code="4", action="fail", kind=CONFIG),  # unknown form or bad filter
    RetryRule(code="8", action="fail", kind=CONFIG),  # empty FieldKeys
    RetryRule(code="9", action="fail", kind=CONFIG),  # unknown field
    RetryRule(code="timeout", action="retry", kind=TRANSIENT),
    RetryRule(code="connection", action="retry", kind=TRANSIENT),
    *(RetryRule(status=s, action="retry", kind=TRANSIENT) for s in (408, 429, 500, 502, 503, 504)),
    # Then the wording, for answers whose code is not specific.
    RetryRule(message=r"会话信息已丢失|请重新登录|session.*(lost|expired)", action="refresh_auth", kind=AUTH),
    RetryRule(message=r"是必录字段|不存在|未审核|已禁用|已经存在|必填|格式不正确", action="fail", kind=DATA),
)
# An unrecognised business refusal is about this order; an unrecognised HTTP answer is about the setup.
BUSINESS_DEFAULT = RetryRule(action="fail", kind=DATA)
HTTP_DEFAULT = RetryRule(action="fail", kind=CONFIG)


def error_messages(status: dict[str, Any]) -> str:
    """``FieldName: Message`` of every error in a ResponseStatus, joined."""
    parts = []
    for err in status.get("Errors") or []:
        field = err.get("FieldName")
        parts.append(f"{field}: {err.get('Message')}" if field else str(err.get("Message")))
    return "; ".join(parts) or "request refused without a message"


def from_response_status(status: dict[str, Any]) -> ConnectorError:
    msg_code = status.get("MsgCode")
    code = str(msg_code) if msg_code is not None else None
    message = error_messages(status)
    rule = classify(RULES, code=code, message=message, default=BUSINESS_DEFAULT)
    return ConnectorError(message, kind=rule.kind, target=TARGET, code=f"MsgCode {code}")


def from_http(status: int, text: str, retry_after: str | None = None) -> ConnectorError:
    return http_errors.from_http(RULES, TARGET, status, text, retry_after, default=HTTP_DEFAULT)


def from_code(code: str, message: str) -> ConnectorError:
    """Transport and login failures, named by ``code`` (``timeout``, ``connection``, ``login``, ...)."""
    return http_errors.from_code(RULES, TARGET, code, message)
