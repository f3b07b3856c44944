"""How SF failures become ``ConnectorError`` kinds: the retry-rule table, as data.

Gateway refusals are classified on ``code`` = the apiResultCode (``A1006`` ...), business refusals on
``code`` = the errorCode inside apiResultData, HTTP failures on ``status``, transport failures on
``code`` ``timeout`` / ``connection``. Each attempt is signed afresh (new timestamp and requestID), so an
expired timestamp or a duplicate requestID is worth one more try.
"""

from __future__ import annotations

from connectors import http_errors
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryRule, classify

TARGET = "sf_express"
CONFIG, DATA, TRANSIENT = ErrorKind.CONFIG, ErrorKind.DATA, ErrorKind.TRANSIENT

RULES: tuple[RetryRule, ...] = (
    RetryRule(code="A1001", action="fail", kind=CONFIG),  # a required form field is missing: our bug
    RetryRule(code="A1002", action="retry", kind=TRANSIENT),  # timestamp expired: re-signed on retry
    RetryRule(code="A1003", action="fail", kind=CONFIG),  # caller IP not on SF's list
    RetryRule(code="A1004", action="fail", kind=CONFIG),  # partner has no permission for the service
    RetryRule(code="A1005", action="retry", kind=TRANSIENT),  # traffic controlled
    RetryRule(code="A1006", action="fail", kind=CONFIG),  # bad msgDigest: wrong checkWord
    RetryRule(code="A1007", action="retry", kind=TRANSIENT),  # duplicate requestID: new one on retry
    RetryRule(code="A1009", action="retry", kind=TRANSIENT),  # SF's backend unreachable
    RetryRule(code="A1099", action="retry", kind=TRANSIENT),  # SF system error
    RetryRule(code="timeout", action="retry", kind=TRANSIENT),
    RetryRule(code="connection", action="retry", kind=TRANSIENT),
    RetryRule(code="response", action="retry", kind=TRANSIENT),  # a garbled answer (proxy page, cut body)
    *(RetryRule(status=s, action="retry", kind=TRANSIENT) for s in (408, 429, 500, 502, 503, 504)),
)
# An unknown gateway code is about the setup; an unknown business refusal is about this shipment.
GATEWAY_DEFAULT = RetryRule(action="fail", kind=CONFIG)
BUSINESS_DEFAULT = RetryRule(action="fail", kind=DATA)


def from_gateway(code: str, message: str) -> ConnectorError:
    rule = classify(RULES, code=code, message=message, default=GATEWAY_DEFAULT)
    return ConnectorError(f"gateway refused: {message or code}", kind=rule.kind, target=TARGET, code=code)


def from_business(code: str | None, message: str | None) -> ConnectorError:
    text = message or "refused without a message"
    rule = classify(RULES, code=f"biz:{code}", message=text, default=BUSINESS_DEFAULT)
    return ConnectorError(text, kind=rule.kind, target=TARGET, code=str(code))


def from_http(status: int, text: str, retry_after: str | None = None) -> ConnectorError:
    return http_errors.from_http(RULES, TARGET, status, text, retry_after, default=GATEWAY_DEFAULT)


def from_code(code: str, message: str) -> ConnectorError:
    """Transport failures, named by ``code`` (``timeout``, ``connection``, ``response``)."""
    return http_errors.from_code(RULES, TARGET, code, message)
