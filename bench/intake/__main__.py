"""Intake benchmark: delivery-to-ledger latency and 5,000-message backlog throughput, on a real Dovecot.

    .venv/bin/python -m bench.intake [--mails 40] [--interval 1.0] [--backlog 5000] [--db-url URL]

Latency: a poller calls ``poll_imap`` every ``--interval`` seconds (the time a poll takes counts, as in
production); mails are delivered through LMTP at random moments; the latency of a mail is the time from
its LMTP delivery being acknowledged to its document's ``received_at`` in the ledger. Backlog: ``--backlog``
messages (one small CSV attachment each) are put into the maildir, then polled until the inbox is empty.
The ledger is SQLite in a temporary directory unless ``--db-url`` names another database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from connectors.imap import poll_imap
from orderbridge.pipeline.runtime import Runtime
from orderbridge.settings import PROJECT_ROOT, Settings
from tests.servers.dovecot import Dovecot
from tests.servers.mails import attachment, mail


def runtime(home: Path, db_url: str | None) -> Runtime:
    url = db_url or f"sqlite:///{home / 'ledger.sqlite'}"
    rt = Runtime(settings=Settings(home=home, db_url=url, mappings_dir=PROJECT_ROOT / "mappings"))
    rt.ledger.migrate()
    return rt


def measure_latency(server: Dovecot, home: Path, mails: int, interval: float, db_url: str | None) -> dict:
    rt = runtime(home / "latency", db_url)
    os.environ["AIRFLOW_CONN_BENCH_LATENCY"] = server.connection_json(server.user)
    stop = threading.Event()

    def poller() -> None:
        while not stop.is_set():
            started = time.monotonic()
            poll_imap(rt, "bench_latency")
            stop.wait(max(0.0, interval - (time.monotonic() - started)))

    thread = threading.Thread(target=poller, daemon=True)
    thread.start()
    delivered: dict[str, dt.datetime] = {}
    rng = random.Random(4)
    for n in range(mails):
        time.sleep(rng.uniform(0, interval * 1.5))
        name = f"LAT-{n:04}.pdf"
        raw = mail(subject=name, parts=[attachment(name, f"%PDF-1.4\n% {n} {time.time()}\n".encode())])
        delivered[name] = dt.datetime.now(dt.UTC)  # taken before LMTP: the poller may be faster than us
        server.deliver(raw)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(rt.ledger.documents_in_state()) < mails:
        time.sleep(0.1)
    stop.set()
    thread.join()
    seconds = sorted(
        (d.received_at - delivered[d.original_name]).total_seconds()
        for d in rt.ledger.documents_in_state()
        if d.original_name in delivered
    )
    return {
        "mails": len(seconds),
        "poll_interval_s": interval,
        "median_s": round(statistics.median(seconds), 3),
        "p95_s": round(seconds[max(0, int(len(seconds) * 0.95) - 1)], 3),
        "max_s": round(seconds[-1], 3),
    }


def measure_backlog(server: Dovecot, home: Path, count: int, db_url: str | None) -> dict:
    rt = runtime(home / "backlog", db_url)
    user = "backlog"
    server.add_user(user)
    os.environ["AIRFLOW_CONN_BENCH_BACKLOG"] = server.connection_json(user, max_messages=count)
    server.drop_into_maildir(
        [
            mail(subject=f"PO {n}", parts=[attachment(f"PO-{n:05}.csv", f"po,{n}\n".encode(), "text/csv")])
            for n in range(count)
        ],
        user=user,
    )
    started = time.monotonic()
    polls = [poll_imap(rt, "bench_backlog")]
    while polls[-1].more_waiting:
        polls.append(poll_imap(rt, "bench_backlog"))
    elapsed = time.monotonic() - started
    taken = sum(p.messages for p in polls)
    documents = len(rt.ledger.documents_in_state())
    return {
        "messages": taken,
        "documents": documents,
        "polls": len(polls),
        "seconds": round(elapsed, 1),
        "messages_per_second": round(taken / elapsed, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mails", type=int, default=40)
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--backlog", type=int, default=5000)
    parser.add_argument("--db-url", default=None)
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop Dovecot on the way out
    server = Dovecot().start()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-intake-") as tmp:
            result = {
                "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
                "load_average_at_start": os.getloadavg()[0],
                "ledger": args.db_url or "SQLite file (temporary directory)",
                "latency": measure_latency(server, Path(tmp), args.mails, args.interval, args.db_url),
                "backlog": measure_backlog(server, Path(tmp), args.backlog, args.db_url),
            }
    finally:
        server.stop()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
