"""How U8 failures become ``ConnectorError`` kinds: the retry-rule table, as data.

Business answers are classified on ``code`` = the errcode, then on the message; HTTP failures on
``status``; transport failures on ``code`` ``timeout`` / ``connection``.
"""

from __future__ import annotations

from typing import Any

from connectors import http_errors
from connectors.u8 import protocol
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryRule, classify

TARGET = "u8"
AUTH, CONFIG, DATA, TRANSIENT = ErrorKind.AUTH, ErrorKind.CONFIG, ErrorKind.DATA, ErrorKind.TRANSIENT

RULES: tuple[RetryRule, ...] = (
    RetryRule(code=protocol.TOKEN_EXPIRED, action="refresh_auth", kind=AUTH),
    RetryRule(code=protocol.TOKEN_INVALID, action="refresh_auth", kind=AUTH),
    RetryRule(code=protocol.BAD_CREDENTIALS, action="fail", kind=CONFIG),
    RetryRule(code=protocol.BAD_PARAMETER, action="fail", kind=CONFIG),
    RetryRule(code=protocol.TRADEID_INVALID, action="fail", kind=CONFIG),
    RetryRule(code=protocol.RATE_LIMITED, action="retry", kind=TRANSIENT),
    RetryRule(code=protocol.PROCESSING, action="retry", kind=TRANSIENT),
    RetryRule(code=protocol.DATA_INVALID, action="fail", kind=DATA),
    RetryRule(code="timeout", action="retry", kind=TRANSIENT),
    RetryRule(code="connection", action="retry", kind=TRANSIENT),
    *(RetryRule(status=s, action="retry", kind=TRANSIENT) for s in (408, 429, 500, 502, 503, 504)),
    RetryRule(message=r"token.*(过期|失效|expired|invalid)", action="refresh_auth", kind=AUTH),
    RetryRule(message=r"不存在|不能为空|必须|格式不正确|已关闭", action="fail", kind=DATA),
    RetryRule(message=r"繁忙|稍后|busy|timeout", action="retry", kind=TRANSIENT),
)
BUSINESS_DEFAULT = RetryRule(action="fail", kind=DATA)
HTTP_DEFAULT = RetryRule(action="fail", kind=CONFIG)


def from_answer(body: dict[str, Any], call: str) -> ConnectorError:
    code = str(body.get("errcode"))
    message = str(body.get("errmsg") or "refused without a message")
    rule = classify(RULES, code=code, message=message, default=BUSINESS_DEFAULT)
    return ConnectorError(f"{call}: {message}", kind=rule.kind, target=TARGET, code=code)


def from_http(status: int, text: str, retry_after: str | None = None) -> ConnectorError:
    return http_errors.from_http(RULES, TARGET, status, text, retry_after, default=HTTP_DEFAULT)


def from_code(code: str, message: str) -> ConnectorError:
    return http_errors.from_code(RULES, TARGET, code, message)
