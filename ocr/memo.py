"""Answers of pure text functions, kept for the length of one document's extraction.

Extraction asks the same questions of the same cell many times: every line is a possible table header
whose sample rows are the next forty lines, and header fields, table ends and totals all look for labels
in the same cells. ``per_document`` functions remember their answers while ``one_document()`` is open and
forget them when it closes, so nothing is carried from one document to the next (a cache across
documents would make a repeated benchmark run faster than any real first reading). Outside that block
they are plain calls. The memo lives in a context variable: threads extracting other documents at the
same time each have their own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_MEMO: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("ocr_document_memo", default=None)


def per_document(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` remembered per document; its arguments must be hashable, its answers never changed
    by the caller (tuples, frozen dataclasses, strings, Decimals)."""

    @functools.wraps(function)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _MEMO.get()
        if memo is None or kwargs:
            return function(*args, **kwargs)
        key = (function, *args)
        try:
            return memo[key]
        except KeyError:
            answer = memo[key] = function(*args)
            return answer

    return remembered


@contextmanager
def one_document() -> Iterator[None]:
    """Remember ``per_document`` answers until the block ends (nested blocks share the outer memo)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)
