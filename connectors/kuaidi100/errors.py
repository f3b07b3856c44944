"""How Kuaidi100 failures become ``ConnectorError`` kinds: the retry-rule table, as data.

Refusals are classified on ``code`` = the returnCode; HTTP failures on ``status``; transport failures on
``code`` ``timeout`` / ``connection`` / ``response``.
"""

from __future__ import annotations

from connectors import http_errors
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryRule, classify

TARGET = "kuaidi100"
CONFIG, DATA, TRANSIENT = ErrorKind.CONFIG, ErrorKind.DATA, ErrorKind.TRANSIENT

RULES: tuple[RetryRule, ...] = (
    RetryRule(code="503", action="fail", kind=CONFIG),  # 验证签名失败: wrong key or customer
    RetryRule(code="601", action="fail", kind=CONFIG),  # key expired or account out of credit
    RetryRule(code="600", action="fail", kind=CONFIG),  # 您不是合法的订阅者
    RetryRule(code="400", action="fail", kind=DATA),  # incomplete data (e.g. no number)
    RetryRule(code="408", action="fail", kind=DATA),  # phone missing or wrong for this waybill
    RetryRule(code="700", action="fail", kind=DATA),  # subscription data wrong
    RetryRule(code="701", action="fail", kind=DATA),  # company refused for subscription
    RetryRule(code="501", action="retry", kind=TRANSIENT),  # query: server error
    RetryRule(code="502", action="retry", kind=TRANSIENT),  # server busy
    RetryRule(code="timeout", action="retry", kind=TRANSIENT),
    RetryRule(code="connection", action="retry", kind=TRANSIENT),
    RetryRule(code="response", action="retry", kind=TRANSIENT),
    *(RetryRule(status=s, action="retry", kind=TRANSIENT) for s in (408, 429, 500, 502, 503, 504)),
)
DEFAULT = RetryRule(action="fail", kind=CONFIG)


def from_answer(code: str, message: str) -> ConnectorError:
    rule = classify(RULES, code=code, message=message, default=DEFAULT)
    return ConnectorError(message or f"returnCode {code}", kind=rule.kind, target=TARGET, code=code)


def from_http(status: int, text: str, retry_after: str | None = None) -> ConnectorError:
    return http_errors.from_http(RULES, TARGET, status, text, retry_after, default=DEFAULT)


def from_code(code: str, message: str) -> ConnectorError:
    return http_errors.from_code(RULES, TARGET, code, message)
