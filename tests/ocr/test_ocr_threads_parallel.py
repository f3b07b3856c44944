"""Both cores on one document: calls spread over the OCR threads, never waiting on themselves."""

from __future__ import annotations

import os
import threading

from ocr import ocr_threads
from ocr.ocr_threads import in_ocr_thread, in_parallel, page_threads


def test_results_come_back_in_the_order_of_the_calls() -> None:
    assert in_parallel([lambda n=n: n * n for n in range(6)]) == [0, 1, 4, 9, 16, 25]


def test_the_first_call_runs_here_and_the_others_on_the_ocr_threads(monkeypatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    names = in_parallel([lambda: threading.current_thread().name] * 2)
    assert names[0] == threading.current_thread().name
    assert names[1].startswith("ocr_")


def test_inside_an_ocr_thread_the_calls_run_one_after_the_other() -> None:
    """A page read on a pool thread that splits its own work must not wait for the (busy) pool."""

    def page() -> list[str]:
        assert in_ocr_thread()
        return in_parallel([lambda: threading.current_thread().name] * 3)

    results = list(page_threads().map(lambda _: page(), range(4)))
    assert all(len(set(names)) == 1 and names[0].startswith("ocr_") for names in results)


def test_a_failing_call_raises_in_the_caller() -> None:
    def boom() -> None:
        raise ValueError("unreadable cell")

    try:
        in_parallel([lambda: 1, boom])
    except ValueError as exc:
        assert "unreadable cell" in str(exc)
    else:
        raise AssertionError("the error was swallowed")


def test_a_forked_child_gets_its_own_pool(monkeypatch) -> None:
    pool = page_threads()
    monkeypatch.setattr(ocr_threads, "_pools", dict(ocr_threads._pools))
    monkeypatch.setattr(os, "getpid", lambda: -1)
    child = page_threads()
    assert child is not pool and child.submit(lambda: 7).result() == 7
    child.shutdown()
