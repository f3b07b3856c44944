"""Load the tesseract engines in every OCR thread before scans are timed, and say how long that took.

OrderBridge keeps one engine per language set and thread for the life of a process (a pipeline worker
reads many documents), so loading them is a once-per-process cost, not a per-page one. The benchmark times
scans in long-lived threads warmed here, and reports the load time on its own line.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from ocr.loaded_tesseract import read_data
from ocr.ocr_threads import page_threads, thread_count

LANGUAGE_SETS = ("chi_sim+eng", "eng", "chi_sim")  # page/cells, Latin and number re-reads, Chinese cells


def _load_here(barrier: threading.Barrier) -> None:
    blank = np.full((40, 200), 255, np.uint8)
    for languages in LANGUAGE_SETS:
        read_data(blank, languages, 6)
    barrier.wait()  # hold this thread until every thread has one task: each loads its own engines


def warm(pool: ThreadPoolExecutor, workers: int) -> float:
    """Seconds to load the engines in the ``workers`` threads of ``pool`` and in the OCR page threads."""
    started = time.perf_counter()
    for target, count in ((pool, workers), (page_threads(), thread_count())):
        barrier = threading.Barrier(count)
        for future in [target.submit(_load_here, barrier) for _ in range(count)]:
            future.result()
    return time.perf_counter() - started
