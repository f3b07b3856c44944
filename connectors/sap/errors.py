"""How SAP failures become ``ConnectorError`` kinds: the retry-rule table, as data.

RETURN rows are classified on ``code`` = ``<message class>/<number>`` (e.g. ``V1/392``); HTTP answers on
``status``; transport failures and SOAP faults on ``code`` ``timeout`` / ``connection`` / ``fault``;
a created order that did not survive its commit (the session ended in between) on ``code`` ``session``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from connectors import http_errors
from connectors.http_errors import parse_retry_after as parse_retry_after  # re-exported
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryRule, classify

TARGET = "sap"
AUTH, CONFIG, DATA, TRANSIENT = ErrorKind.AUTH, ErrorKind.CONFIG, ErrorKind.DATA, ErrorKind.TRANSIENT

RULES: tuple[RetryRule, ...] = (
    RetryRule(code="session", action="refresh_auth", kind=AUTH),  # work of an expired session is lost
    RetryRule(code="timeout", action="retry", kind=TRANSIENT),
    RetryRule(code="connection", action="retry", kind=TRANSIENT),
    RetryRule(code="fault", action="fail", kind=CONFIG),  # the service refused our envelope: a bug or setup
    *(RetryRule(status=s, action="retry", kind=TRANSIENT) for s in (408, 429, 500, 502, 503, 504)),
    RetryRule(status=401, action="fail", kind=CONFIG),  # basic auth refused: a person must fix it
    RetryRule(status=403, action="fail", kind=CONFIG),
    RetryRule(status=404, action="fail", kind=CONFIG),  # wrong service path, client or binding
    # RETURN rows: customising (document type, sales area, plant) is config; the rest is this order's data.
    RetryRule(code="V1/010", action="fail", kind=CONFIG),
    RetryRule(code="V1/317", action="fail", kind=CONFIG),
    RetryRule(code="V1/341", action="fail", kind=CONFIG),
    RetryRule(code="V1/001", action="fail", kind=CONFIG),
    RetryRule(message=r"(?i)lock|currently being processed|system failure", action="retry", kind=TRANSIENT),
)
BUSINESS_DEFAULT = RetryRule(action="fail", kind=DATA)
HTTP_DEFAULT = RetryRule(action="fail", kind=CONFIG)
IGNORED = {"V4/219"}  # "Sales document was not changed" follows every refusal; the rows before say why
_SEVERITY = {CONFIG: 0, TRANSIENT: 1, DATA: 2, AUTH: 3}


def failed_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """RETURN rows of TYPE E or A: any of them means the call failed."""
    return [r for r in rows if str(r.get("TYPE") or "").upper() in ("E", "A")]


def row_code(row: dict[str, Any]) -> str | None:
    if not row.get("ID"):
        return row.get("CODE") or None
    return f"{row.get('ID')}/{row.get('NUMBER') or ''}"


def from_return(rows: list[dict[str, Any]], function: str) -> ConnectorError:
    """One error for a call's E/A rows, of the most serious kind any of them has (config first)."""
    failed = failed_rows(rows) or list(rows)
    telling = [r for r in failed if row_code(r) not in IGNORED] or failed
    ranked = []
    for row in telling:
        rule = classify(RULES, code=row_code(row), message=row.get("MESSAGE"), default=BUSINESS_DEFAULT)
        ranked.append((_SEVERITY[rule.kind], rule.kind, row))
    _, kind, first = min(ranked, key=lambda item: item[0])
    message = "; ".join(f"{r.get('TYPE')} {row_code(r) or ''}: {r.get('MESSAGE')}".strip() for r in failed)
    return ConnectorError(f"{function}: {message}", kind=kind, target=TARGET, code=row_code(first))


def from_http(status: int, text: str, retry_after: str | None = None) -> ConnectorError:
    return http_errors.from_http(RULES, TARGET, status, text, retry_after, default=HTTP_DEFAULT)


def from_code(code: str, message: str) -> ConnectorError:
    """Transport failures, SOAP faults and lost sessions, named by ``code``."""
    return http_errors.from_code(RULES, TARGET, code, message)
