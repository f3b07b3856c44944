"""Retries as data, in one place: the only module that imports tenacity.

Each connector keeps a table of ``RetryRule`` (status code / error code / message pattern -> action and
kind) and turns a failed call into a ``ConnectorError`` with ``classify``; ``call_with_retry`` then acts
on the error's kind: TRANSIENT retries with capped exponential backoff (honouring Retry-After), AUTH
refreshes credentials and retries once, CONFIG and DATA fail at once.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, TypeVar

from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from orderbridge.errors import ConnectorError, ErrorKind

T = TypeVar("T")
Action = Literal["retry", "fail", "refresh_auth"]


@dataclass(frozen=True)
class RetryRule:
    """One row of a connector's error table. Every criterion given must match; none given matches all."""

    action: Action
    kind: ErrorKind
    status: int | None = None
    code: str | None = None
    message: str | None = None  # regular expression, searched in the error message

    def matches(self, *, status: int | None, code: str | None, message: str | None) -> bool:
        if self.status is not None and self.status != status:
            return False
        if self.code is not None and self.code != code:
            return False
        return self.message is None or (message is not None and re.search(self.message, message) is not None)


DEFAULT_RULE = RetryRule(action="fail", kind=ErrorKind.CONFIG)


def classify(
    rules: Iterable[RetryRule],
    *,
    status: int | None = None,
    code: str | None = None,
    message: str | None = None,
    default: RetryRule = DEFAULT_RULE,
) -> RetryRule:
    """The first rule that matches, else ``default``."""
    for rule in rules:
        if rule.matches(status=status, code=code, message=message):
            return rule
    return default


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff, capped; a server's Retry-After wins but is capped by ``max_wait`` too."""

    max_attempts: int = 5
    initial_wait: float = 0.5
    multiplier: float = 2.0
    max_wait: float = 30.0

    def wait_for(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_wait)
        return min(self.initial_wait * self.multiplier ** (attempt - 1), self.max_wait)


def call_with_retry(
    fn: Callable[[], T],
    *,
    policy: RetryPolicy | None = None,
    on_refresh_auth: Callable[[], object] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``fn`` until it succeeds, acting on the kind of each ``ConnectorError`` it raises.

    After the last attempt the last ``ConnectorError`` itself is raised (never a tenacity RetryError).
    Other exceptions propagate at once. An AUTH error is retried at most once per call; a second one
    is raised. If ``on_refresh_auth`` raises, that error is raised.
    """
    policy = policy or RetryPolicy()
    refreshed = False

    def should_retry(exc: BaseException) -> bool:
        if not isinstance(exc, ConnectorError):
            return False
        if exc.kind == ErrorKind.TRANSIENT:
            return True
        return exc.kind == ErrorKind.AUTH and not refreshed

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, ConnectorError) and exc.kind == ErrorKind.AUTH:
            return 0.0
        retry_after = exc.retry_after if isinstance(exc, ConnectorError) else None
        return policy.wait_for(state.attempt_number, retry_after)

    def before_sleep(state: RetryCallState) -> None:
        nonlocal refreshed
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, ConnectorError) and exc.kind == ErrorKind.AUTH:
            refreshed = True
            if on_refresh_auth is not None:
                on_refresh_auth()

    retrying = Retrying(
        stop=stop_after_attempt(max(1, policy.max_attempts)),
        wait=wait,
        retry=retry_if_exception(should_retry),
        before_sleep=before_sleep,
        sleep=sleep,
        reraise=True,
    )
    return retrying(fn)
