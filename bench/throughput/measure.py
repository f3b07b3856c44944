"""One measured run: POs arrive in the inbox at a given rate, Airflow takes them to the ERP, and the
ledger says when each got its ERP order number. Peak memory is sampled per process tree meanwhile.

Arrival is the moment the file appears in the inbox (an atomic rename); done is the moment the ledger
recorded the delivery with the ERP's order number (the delivery row's ``updated_at``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import statistics
import threading
import time
from dataclasses import dataclass, field

import psutil

from bench.throughput.corpus import CorpusFile
from bench.throughput.stack import BenchDeployment
from deploy.celery.health import dag_run_states, dags_parsed, query

DELIVERED_SQL = (
    "SELECT o.po_number, d.updated_at FROM orders o JOIN deliveries d ON d.order_id = o.id "
    "WHERE d.state = 'delivered'"
)


@dataclass
class RunResult:
    count: int
    delivered: int
    seconds: float  # first arrival to last ERP order number
    latencies: list[float] = field(repr=False)
    peak_pss_mb: dict[str, float] = field(default_factory=dict)
    cpu_s: dict[str, float] = field(default_factory=dict)  # CPU seconds per component during the run

    @property
    def per_hour(self) -> float:
        return self.delivered / self.seconds * 3600 if self.seconds else 0.0

    @property
    def median_s(self) -> float:
        return statistics.median(self.latencies) if self.latencies else float("nan")

    @property
    def p95_s(self) -> float:
        if len(self.latencies) < 2:
            return self.latencies[0] if self.latencies else float("nan")
        return statistics.quantiles(self.latencies, n=20, method="inclusive")[18]


class MemorySampler(threading.Thread):
    """Peak memory (PSS) of each component's whole process tree (a worker with its task processes)."""

    def __init__(self, dep: BenchDeployment, every: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.dep, self.every, self.peaks = dep, every, {}
        self.cpu_first: dict[str, float] = {}
        self.cpu_last: dict[str, float] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            for name, component in self.dep.stack.components.items():
                if component.running:
                    self.peaks[name] = max(self.peaks.get(name, 0.0), _tree_rss_mb(component.proc.pid))
                    self.cpu_last[name] = _tree_cpu_s(component.proc.pid)
                    self.cpu_first.setdefault(name, self.cpu_last[name])

    def cpu_seconds(self) -> dict[str, float]:
        """CPU time each process tree used during the run (exited task processes included, once reaped)."""
        return {name: self.cpu_last[name] - self.cpu_first[name] for name in self.cpu_last}


def _tree_rss_mb(pid: int) -> float:
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += process.memory_full_info().pss  # shared pages counted once across forks
    return total / 2**20


def _tree_cpu_s(pid: int) -> float:
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            t = process.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
    return total


def _trigger_intake(env: dict[str, str]) -> None:
    """A manual po_intake run, the way ``airflow dags trigger`` makes one (straight into the metadata DB)."""
    os.environ.update(env)
    from airflow.api.common.trigger_dag import trigger_dag
    from airflow.utils.types import DagRunTriggeredByType

    trigger_dag(
        "po_intake",
        triggered_by=DagRunTriggeredByType.CLI,
        run_id=f"bench__{dt.datetime.now(dt.UTC).isoformat()}",
    )


def run(
    dep: BenchDeployment, files: list[CorpusFile], *, rate: float, intake_every: float, timeout: float
) -> RunResult:
    cfg = dep.stack.config
    while not dags_parsed(cfg.metadata_url, {"po_intake", "po_process"}):
        dep.stack.check_alive()
        time.sleep(1)
    arrivals: dict[str, float] = {}
    sampler = MemorySampler(dep)
    sampler.start()
    feeder = threading.Thread(target=_feed, args=(dep, files, rate, arrivals), daemon=True)
    feeder.start()
    deadline = time.monotonic() + timeout
    next_trigger = 0.0
    done: dict[str, float] = {}
    wanted = {f.po_number for f in files}
    while time.monotonic() < deadline:
        dep.stack.check_alive()
        if intake_every and time.monotonic() >= next_trigger:
            if not {"queued", "running"} & set(dag_run_states(cfg.metadata_url, "po_intake")[-3:]):
                _trigger_intake(dep.stack.env)
            next_trigger = time.monotonic() + intake_every
        done = {po: _epoch(at) for po, at in query(cfg.ledger_url, DELIVERED_SQL) if po in wanted}
        if len(done) == len(wanted) and not feeder.is_alive():
            break
        time.sleep(1.0)
    sampler.stopped.set()
    latencies = [done[po] - arrivals[po] for po in done if po in arrivals]
    seconds = (max(done.values()) - min(arrivals.values())) if done else 0.0
    return RunResult(len(files), len(done), seconds, latencies, dict(sampler.peaks), sampler.cpu_seconds())


def _feed(dep: BenchDeployment, files: list[CorpusFile], rate: float, arrivals: dict[str, float]) -> None:
    inbox = dep.settings.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    for i, corpus_file in enumerate(files):
        if rate:
            time.sleep(max(0.0, start + i / rate - time.monotonic()))
        part = inbox / f".{corpus_file.path.name}.part"
        shutil.copyfile(corpus_file.path, part)
        os.replace(part, inbox / corpus_file.path.name)
        arrivals[corpus_file.po_number] = time.time()


def _epoch(value: dt.datetime) -> float:
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).timestamp()
