"""The process's OCR threads: both cores on one document, engines loaded once per thread.

Tesseract runs without the GIL (``loaded_tesseract``), so threads use every core. The threads live as
long as the process and keep their loaded engines: a worker process per document would load them again
each time. Work submitted from an OCR thread runs right there, one call after the other: a pool thread
never waits for the pool, so nothing can deadlock when pages and the parts of a page both go parallel.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
_PREFIX = "ocr"
_pools: dict[int, ThreadPoolExecutor] = {}  # process id -> its pool (a forked child needs its own)
_lock = threading.Lock()


def thread_count() -> int:
    """How many OCR threads the process has: one per core."""
    return os.cpu_count() or 1


def page_threads() -> ThreadPoolExecutor:
    """The process's OCR threads, one per core."""
    with _lock:
        pool = _pools.get(os.getpid())
        if pool is None:
            pool = _pools[os.getpid()] = ThreadPoolExecutor(thread_count(), thread_name_prefix=_PREFIX)
        return pool


def in_ocr_thread() -> bool:
    return threading.current_thread().name.startswith(_PREFIX + "_")


def in_parallel(calls: list[Callable[[], T]]) -> list[T]:
    """Every call's result, in order: the first runs in this thread and the others on the OCR threads,
    unless this is an OCR thread already (then one after the other) or there is one core."""
    if len(calls) <= 1 or in_ocr_thread() or thread_count() <= 1:
        return [call() for call in calls]
    futures = [page_threads().submit(call) for call in calls[1:]]
    first = calls[0]()
    return [first, *(future.result() for future in futures)]
