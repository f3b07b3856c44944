"""What every connector's ``errors`` module shares: HTTP and transport failures into ``ConnectorError``.

Each connector keeps its own retry-rule table (``RULES``) and defaults as data in its ``errors.py``;
the way an HTTP answer or a named transport failure is classified against that table is the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

import httpx

from orderbridge.errors import ConnectorError
from orderbridge.retry import DEFAULT_RULE, RetryRule, classify


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds form only); None if absent or a date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def from_http(
    rules: Iterable[RetryRule],
    target: str,
    status: int,
    text: str,
    retry_after: str | None = None,
    *,
    default: RetryRule,
) -> ConnectorError:
    """An HTTP failure classified on ``status`` (and the body), ``default`` when no rule matches."""
    rule = classify(rules, status=status, message=text, default=default)
    return ConnectorError(
        f"HTTP {status}: {text[:200]}",
        kind=rule.kind,
        target=target,
        code=f"HTTP {status}",
        retry_after=parse_retry_after(retry_after),
    )


def from_code(
    rules: Iterable[RetryRule], target: str, code: str, message: str, *, default: RetryRule = DEFAULT_RULE
) -> ConnectorError:
    """A failure named by ``code`` (``timeout``, ``connection``, ``response``, ``login`` ...)."""
    rule = classify(rules, code=code, message=message, default=default)
    return ConnectorError(message, kind=rule.kind, target=target, code=code)


class ErrorTable(Protocol):
    """A connector's ``errors`` module: its rules bound into ``from_code`` and ``from_http``."""

    def from_code(self, code: str, message: str) -> ConnectorError: ...

    def from_http(self, status: int, text: str, retry_after: str | None = None) -> ConnectorError: ...


def checked_send(send: Callable[[], httpx.Response], label: str, errors: ErrorTable) -> httpx.Response:
    """``send()``'s answer; a timeout, a transport failure or HTTP >= 400 raised as ``ConnectorError``."""
    try:
        response = send()
    except httpx.TimeoutException as exc:
        raise errors.from_code("timeout", f"{label}: no answer in time ({type(exc).__name__})") from exc
    except httpx.TransportError as exc:
        raise errors.from_code("connection", f"{label}: {type(exc).__name__}: {exc}") from exc
    if response.status_code >= 400:
        raise errors.from_http(response.status_code, response.text, response.headers.get("Retry-After"))
    return response


def json_object(response: httpx.Response, label: str, errors: ErrorTable) -> dict[str, Any]:
    """The answer's JSON object; anything else raised as a ``response`` failure."""
    try:
        body = response.json()
    except ValueError as exc:
        raise errors.from_code("response", f"{label}: answer is not JSON: {response.text[:200]}") from exc
    if not isinstance(body, dict):
        raise errors.from_code("response", f"{label}: unexpected answer {str(body)[:200]}")
    return body
