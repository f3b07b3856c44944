"""Kuaidi100 failures: the retry-rule table and the sandbox's injected faults."""

from __future__ import annotations

import pytest
from k100_support import WAYBILL, advance, arm, register

from connectors.kuaidi100 import Kuaidi100Connector, errors
from connectors.sandbox_kit import SandboxHandle
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy

ONCE = RetryPolicy(max_attempts=1)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("503", ErrorKind.CONFIG),
        ("601", ErrorKind.CONFIG),
        ("600", ErrorKind.CONFIG),
        ("400", ErrorKind.DATA),
        ("408", ErrorKind.DATA),
        ("700", ErrorKind.DATA),
        ("701", ErrorKind.DATA),
        ("501", ErrorKind.TRANSIENT),
        ("502", ErrorKind.TRANSIENT),
        ("999", ErrorKind.CONFIG),
    ],
)
def test_return_codes(code: str, kind: ErrorKind) -> None:
    error = errors.from_answer(code, "msg")
    assert (error.kind, error.code, error.target) == (kind, code, "kuaidi100")


@pytest.mark.parametrize(
    ("status", "kind"), [(503, ErrorKind.TRANSIENT), (429, ErrorKind.TRANSIENT), (404, ErrorKind.CONFIG)]
)
def test_http_statuses(status: int, kind: ErrorKind) -> None:
    assert errors.from_http(status, "").kind == kind


@pytest.fixture
def tracked(k100_sandbox: SandboxHandle) -> str:
    register(k100_sandbox.url)
    advance(k100_sandbox.url)
    return k100_sandbox.url


def test_5xx_and_429_are_retried(k100: Kuaidi100Connector, tracked: str) -> None:
    arm(tracked, "http_5xx", operation="query")
    arm(tracked, "rate_limit", retry_after=0)
    assert k100.fetch_statuses([WAYBILL])[0].status == "picked_up"


def test_429_carries_retry_after(make_k100, tracked: str) -> None:
    arm(tracked, "rate_limit", retry_after=5)
    with pytest.raises(ConnectorError) as raised:
        make_k100(policy=ONCE).fetch_statuses([WAYBILL])
    assert (raised.value.kind, raised.value.retry_after) == (ErrorKind.TRANSIENT, 5)


def test_resets_and_lost_answers_are_transient_and_retried(make_k100, tracked: str) -> None:
    arm(tracked, "reset")
    with pytest.raises(ConnectorError) as raised:
        make_k100(policy=ONCE).fetch_statuses([WAYBILL])
    assert (raised.value.kind, raised.value.code) == (ErrorKind.TRANSIENT, "connection")
    arm(tracked, "timeout_after_commit", operation="query", hold=5)
    arm(tracked, "reset", when="after", operation="query")
    assert make_k100(timeout=0.5).fetch_statuses([WAYBILL])[0].status == "picked_up"
