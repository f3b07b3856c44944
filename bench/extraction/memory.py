"""Peak memory of a process tree (RSS and PSS summed over the process and its children), sampled.

RSS double-counts pages shared between a parent and its forked workers; PSS splits them fairly, so the
PSS sum is the tree's real footprint. ``big_pdf_peak`` runs one extraction in a fresh subprocess so its
figure is not mixed with the benchmark's own memory.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

MB = 1024 * 1024


def tree_memory(root: psutil.Process) -> tuple[int, int]:
    """(RSS, PSS) in bytes of ``root`` and all its descendants; processes that vanish are skipped."""
    rss = pss = 0
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for process in processes:
        try:
            info = process.memory_full_info()
        except psutil.Error:
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
    return rss, pss


class PeakSampler:
    """Samples a process tree in a background thread until stopped; keeps the peaks (bytes)."""

    def __init__(self, pid: int | None = None, interval: float = 0.1) -> None:
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            rss, pss = tree_memory(self.process)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            if self._stop.wait(self.interval):
                return


@dataclass
class BigRun:
    pages: int | None
    lines: int | None
    seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    outcome: str  # "ok" or the rejection / error


_CHILD = """
import sys
from pathlib import Path
from ocr import extract_file
from orderbridge.errors import DocumentRejected
try:
    extraction = extract_file(Path(sys.argv[1]), max_bytes=1 << 30)
    print("ok", extraction.pages, len(extraction.order.lines))
except DocumentRejected as exc:
    print("rejected", exc.reason, exc.message)
"""


def big_pdf_peak(path: Path, timeout: float = 900) -> BigRun:
    """Extract ``path`` in a fresh interpreter; its tree's peak memory, sampled every 50 ms."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    with PeakSampler(child.pid, interval=0.05) as sampler:
        try:
            out, err = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
            out = f"timeout after {timeout:.0f} s"
    seconds = time.perf_counter() - started
    words = out.split()
    pages = lines = None
    if words[:1] == ["ok"]:
        outcome, pages, lines = "ok", int(words[1]), int(words[2])
    else:
        outcome = out.strip() or (err.strip().splitlines() or ["no output"])[-1]
    return BigRun(pages, lines, seconds, sampler.peak_rss / MB, sampler.peak_pss / MB, outcome)


def write_big_pdf(path: Path, lines: int) -> Path:
    """The long-order layout with ``lines`` lines (25 a page): 7,500 lines make 300 pages."""
    from bench.extraction.layouts import long_order

    path.write_bytes(long_order.render(lines))
    return path
