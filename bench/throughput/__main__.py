"""``python -m bench.throughput``: the whole path (intake, read, extract, validate, map, push) under load.

Examples (each run brings up its own deployment and tears it down)::

    .venv/bin/python -m bench.throughput --executor local --count 300             # a burst: POs per hour
    .venv/bin/python -m bench.throughput --executor local --count 120 --rate 2    # steady: latency
    .venv/bin/python -m bench.throughput --executor celery --count 300
    .venv/bin/python -m bench.throughput --executor local --count 6 --kind scan
    .venv/bin/python -m bench.throughput --executor celery --count 120 --max-batch 1   # per-document tasks
    .venv/bin/python -m bench.throughput --count 120 --rate 2 --folder-trigger off --intake-every 5  # old way

Prints one JSON line per run (append it with ``--out results.jsonl``) and a Markdown table row.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from bench.throughput.corpus import write_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.throughput", description=__doc__.split("\n")[0])
    parser.add_argument("--executor", choices=("local", "celery"), default="local")
    parser.add_argument("--kind", choices=("text", "scan"), default="text")
    parser.add_argument("--count", type=int, default=300, help="POs in the run")
    parser.add_argument("--rate", type=float, default=0.0, help="arrivals per second; 0: all at once")
    parser.add_argument("--workers", type=int, default=2, help="Celery workers")
    parser.add_argument("--concurrency", type=int, default=2, help="task slots per Celery worker")
    parser.add_argument("--max-batch", type=int, default=20, help="most documents or orders per task")
    parser.add_argument("--min-batches", type=int, default=4, help="fewest batches (one per task slot)")
    parser.add_argument(
        "--folder-trigger",
        choices=("on", "off"),
        default="on",
        help="po_intake woken by the inbox folder's arrival trigger (the shipped default)",
    )
    parser.add_argument(
        "--intake-every",
        type=float,
        default=0.0,
        help="the old way: the bench triggers po_intake every N seconds (use with "
        "--folder-trigger off; 0: never)",
    )
    parser.add_argument(
        "--no-preload",
        action="store_true",
        help="tasks import the pipeline themselves (deploy/airflow_local_settings.py off)",
    )
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument("--out", type=Path, help="append the JSON result to this file")
    args = parser.parse_args(argv)

    from bench.throughput.measure import run
    from bench.throughput.stack import bench_deployment

    corpus_dir = Path(tempfile.mkdtemp(prefix="orderbridge-bench-corpus-"))
    files = write_corpus(corpus_dir, args.count, kind=args.kind, prefix=4700000000 + int(time.time()) % 10**6)
    extra = {
        "ORDERBRIDGE_MAX_BATCH": str(args.max_batch),
        "ORDERBRIDGE_MIN_BATCHES": str(args.min_batches),
        "ORDERBRIDGE_TASK_RETRY_DELAY_SECONDS": "5",
        "OMP_THREAD_LIMIT": "1",
        "ORDERBRIDGE_FOLDER_TRIGGER": args.folder_trigger,
        "ORDERBRIDGE_PRELOAD": "off" if args.no_preload else "on",
    }
    celery = args.executor == "celery"
    executor = "CeleryExecutor" if celery else "LocalExecutor"
    with bench_deployment(
        executor, workers=args.workers if celery else 0, concurrency=args.concurrency, extra=extra
    ) as dep:
        result = run(dep, files, rate=args.rate, intake_every=args.intake_every, timeout=args.timeout)
    record = {
        "executor": args.executor,
        "kind": args.kind,
        "count": args.count,
        "rate": args.rate,
        "workers": args.workers if celery else 0,
        "concurrency": args.concurrency if celery else None,
        "max_batch": args.max_batch,
        "folder_trigger": args.folder_trigger,
        "intake_every": args.intake_every,
        "preload": not args.no_preload,
        "delivered": result.delivered,
        "seconds": round(result.seconds, 1),
        "pos_per_hour": round(result.per_hour),
        "median_s": round(result.median_s, 1),
        "p95_s": round(result.p95_s, 1),
        "peak_pss_mb": {k: round(v) for k, v in result.peak_pss_mb.items()},
        "cpu_s": {k: round(v, 1) for k, v in result.cpu_s.items()},
        "airflow_cpu_s_per_po": round(sum(result.cpu_s.values()) / max(result.delivered, 1), 3),
        "machine": {
            "cpus": os.cpu_count(),
            "load_1m": round(os.getloadavg()[0], 1),
            "python": platform.python_version(),
        },
        "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    line = json.dumps(record)
    print(line)
    if args.out:
        with open(args.out, "a") as out:
            out.write(line + "\n")
    workers = {k: v for k, v in record["peak_pss_mb"].items() if k.startswith("worker") or k == "scheduler"}
    print(
        f"| {args.executor} | {args.kind} | {args.count} | {args.rate or 'burst'} | {args.max_batch} | "
        f"{record['pos_per_hour']} | {record['median_s']} | {record['p95_s']} | {workers} |"
    )
    return 0 if result.delivered == args.count else 1


if __name__ == "__main__":
    sys.exit(main())
