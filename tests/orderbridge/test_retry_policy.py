"""The one retry module: rules as data, backoff as policy, and what each error kind does."""

from __future__ import annotations

import pytest

from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy, RetryRule, call_with_retry, classify

FAST = RetryPolicy(max_attempts=4, initial_wait=0.001, multiplier=2, max_wait=0.004)


def error(kind: ErrorKind, retry_after: float | None = None) -> ConnectorError:
    return ConnectorError("boom", kind=kind, target="test", retry_after=retry_after)


class Script:
    """A callable that raises the given errors in turn, then returns ``"ok"``; counts its calls."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


RULES = (
    RetryRule(code="1", action="refresh_auth", kind=ErrorKind.AUTH),
    RetryRule(status=503, action="retry", kind=ErrorKind.TRANSIENT),
    RetryRule(message=r"是必录字段", action="fail", kind=ErrorKind.DATA),
    RetryRule(status=400, message="quota", action="retry", kind=ErrorKind.TRANSIENT),
)


def test_classify_returns_the_first_matching_rule() -> None:
    assert classify(RULES, code="1", status=503).kind == ErrorKind.AUTH
    assert classify(RULES, status=503).action == "retry"
    assert classify(RULES, message="字段[客户]是必录字段").kind == ErrorKind.DATA


def test_classify_needs_every_criterion_of_a_rule_to_match() -> None:
    assert classify(RULES, status=400, message="quota exceeded").kind == ErrorKind.TRANSIENT
    assert classify(RULES, status=400, message="bad request").kind == ErrorKind.CONFIG  # the default


def test_classify_falls_back_to_the_given_default() -> None:
    default = RetryRule(action="fail", kind=ErrorKind.DATA)
    assert classify(RULES, code="nothing", default=default) is default


def test_backoff_is_exponential_and_capped() -> None:
    policy = RetryPolicy(initial_wait=0.5, multiplier=2, max_wait=3)
    assert [policy.wait_for(n) for n in range(1, 6)] == [0.5, 1, 2, 3, 3]


def test_retry_after_wins_over_backoff_but_is_capped() -> None:
    policy = RetryPolicy(initial_wait=0.5, max_wait=30)
    assert policy.wait_for(1, retry_after=7) == 7
    assert policy.wait_for(1, retry_after=120) == 30


def test_policy_defaults() -> None:
    assert RetryPolicy() == RetryPolicy(max_attempts=5, initial_wait=0.5, multiplier=2, max_wait=30)


def test_transient_errors_are_retried_until_success() -> None:
    fn = Script(error(ErrorKind.TRANSIENT), error(ErrorKind.TRANSIENT))
    assert call_with_retry(fn, policy=FAST) == "ok"
    assert fn.calls == 3


def test_after_the_last_attempt_the_last_connector_error_is_raised() -> None:
    last = error(ErrorKind.TRANSIENT)
    fn = Script(*(error(ErrorKind.TRANSIENT) for _ in range(3)), last)
    with pytest.raises(ConnectorError) as raised:
        call_with_retry(fn, policy=FAST)
    assert raised.value is last
    assert fn.calls == FAST.max_attempts


@pytest.mark.parametrize("kind", [ErrorKind.CONFIG, ErrorKind.DATA])
def test_config_and_data_errors_fail_at_once(kind: ErrorKind) -> None:
    fn = Script(error(kind))
    with pytest.raises(ConnectorError) as raised:
        call_with_retry(fn, policy=FAST)
    assert raised.value.kind == kind
    assert fn.calls == 1


def test_other_exceptions_are_not_retried() -> None:
    fn = Script(KeyError("bug"))
    with pytest.raises(KeyError):
        call_with_retry(fn, policy=FAST)
    assert fn.calls == 1


def test_auth_error_refreshes_credentials_then_retries() -> None:
    refreshed: list[bool] = []
    fn = Script(error(ErrorKind.AUTH))
    assert call_with_retry(fn, policy=FAST, on_refresh_auth=lambda: refreshed.append(True)) == "ok"
    assert refreshed == [True]
    assert fn.calls == 2


def test_auth_is_refreshed_at_most_once_per_call() -> None:
    refreshed: list[bool] = []
    fn = Script(error(ErrorKind.AUTH), error(ErrorKind.AUTH))
    with pytest.raises(ConnectorError) as raised:
        call_with_retry(fn, policy=FAST, on_refresh_auth=lambda: refreshed.append(True))
    assert raised.value.kind == ErrorKind.AUTH
    assert refreshed == [True]
    assert fn.calls == 2


def test_a_failing_refresh_is_raised() -> None:
    def refuse() -> None:
        raise error(ErrorKind.CONFIG)

    fn = Script(error(ErrorKind.AUTH))
    with pytest.raises(ConnectorError) as raised:
        call_with_retry(fn, policy=FAST, on_refresh_auth=refuse)
    assert raised.value.kind == ErrorKind.CONFIG
    assert fn.calls == 1


def test_waits_follow_the_policy_and_retry_after() -> None:
    waits: list[float] = []
    fn = Script(
        error(ErrorKind.TRANSIENT), error(ErrorKind.TRANSIENT, retry_after=0.003), error(ErrorKind.AUTH)
    )
    call_with_retry(fn, policy=FAST, sleep=waits.append, on_refresh_auth=lambda: None)
    assert waits == [0.001, 0.003, 0.0]


def test_a_single_attempt_policy_never_retries() -> None:
    fn = Script(error(ErrorKind.TRANSIENT))
    with pytest.raises(ConnectorError):
        call_with_retry(fn, policy=RetryPolicy(max_attempts=1))
    assert fn.calls == 1
