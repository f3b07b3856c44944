"""CPU seconds per PO of the pipeline's own work (process + push), in-process, and where they go.

    .venv/bin/python -m bench.throughput.cpu_profile --count 60                # CPU s per PO, PostgreSQL
    .venv/bin/python -m bench.throughput.cpu_profile --count 60 --profile 25   # and the top 25 (cumulative)

What Airflow's task processes run for a batch, without Airflow around it: the documents are taken in from
the inbox first (not measured), then ``process_batch`` and ``push_batch_to`` run over batches of
``--batch`` ids on one fresh ``Runtime`` per batch (a task process builds one per task). The Kingdee
sandbox answers over HTTP from a thread of this process; the figure is this thread's CPU time
(``time.thread_time``), so the sandbox's work is not counted, nor PostgreSQL's. Modules are imported
before the clock starts; ``imports_s`` is, separately, what a fresh task process (Airflow already
imported) spends importing the pipeline when its parent did not preload it (deploy/airflow_local_settings.py).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import secrets
import tempfile
import time
from pathlib import Path

from bench.throughput.corpus import write_corpus
from connectors.kingdee.sandbox import start_in_thread
from orderbridge.local_services import postgres_admin
from orderbridge.pipeline.runtime import Runtime
from orderbridge.settings import PROJECT_ROOT, Settings

PG = "postgresql+psycopg2://postgres@127.0.0.1:5432/"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.throughput.cpu_profile")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--sqlite", action="store_true", help="an SQLite ledger instead of PostgreSQL")
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions (cumulative)")
    args = parser.parse_args(argv)

    import os

    import ocr.extraction  # noqa: F401 - imported before the clock starts, as in a preloaded task
    from orderbridge.pipeline import batches
    from orderbridge.pipeline.intake import poll_folder
    from orderbridge.pipeline.push import ready_orders

    def push(rt: Runtime, ids: list[int]) -> None:
        if hasattr(batches, "push_batch_to"):
            batches.push_batch_to(rt, "kingdee", ids, final_attempt=False)
        else:  # the pipeline before per-target push tasks (for a before/after comparison)
            batches.push_batch(rt, ids, final_attempt=False)

    root = Path(tempfile.mkdtemp(prefix="orderbridge-cpu-"))
    database = f"orderbridge_cpu_{secrets.token_hex(4)}"
    db_url = f"sqlite:///{root / 'ledger.sqlite'}" if args.sqlite else PG + database
    if not args.sqlite:
        postgres_admin(f'CREATE DATABASE "{database}"')
    sandbox = start_in_thread(root / "kingdee.sqlite")
    os.environ["AIRFLOW_CONN_KINGDEE_DEFAULT"] = json.dumps(
        {
            "conn_type": "kingdee",
            "host": sandbox.url,
            "login": "administrator",
            "password": "sandbox",
            "extra": {"acct_id": "sandbox", "auth": "password", "timeout": 30},
        }
    )
    settings = Settings(home=root / "home", db_url=db_url, mappings_dir=PROJECT_ROOT / "mappings")

    def runtime() -> Runtime:
        return Runtime(settings=settings, inbox_settle_seconds=0)

    try:
        setup = runtime()
        setup.ledger.migrate()
        setup.inbox.ensure_dirs()
        for f in write_corpus(root / "corpus", args.count, prefix=4800000000 + int(time.time()) % 10**6):
            f.path.rename(settings.inbox_dir / f.path.name)
        documents = poll_folder(setup)
        profiler = cProfile.Profile() if args.profile else None
        started = time.thread_time()
        if profiler:
            profiler.enable()
        for batch in batches.split(documents, max_size=args.batch):
            batches.process_batch(runtime(), batch)
        processed = time.thread_time()
        for batch in batches.split(ready_orders(runtime()), max_size=args.batch):
            push(runtime(), batch)
        if profiler:
            profiler.disable()
        cpu = time.thread_time() - started
        delivered = len(setup.ledger.delivered_deliveries("kingdee"))
        print(
            json.dumps(
                {
                    "count": args.count,
                    "delivered": delivered,
                    "batch": args.batch,
                    "ledger": "sqlite" if args.sqlite else "postgresql",
                    "cpu_s_per_po": round(cpu / max(delivered, 1), 4),
                    "process_s_per_po": round((processed - started) / max(delivered, 1), 4),
                    "imports_s": import_seconds(),
                }
            )
        )
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
        return 0 if delivered == args.count else 1
    finally:
        sandbox.stop()
        if not args.sqlite:
            postgres_admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


IMPORTS = """
import time
import airflow.sdk, airflow.models, airflow.settings  # a forked task process has these already
started = time.thread_time()
import ocr.extraction, orderbridge.pipeline.batches, orderbridge.pipeline.process, orderbridge.pipeline.push
import orderbridge.pipeline.intake, orderbridge.mapping.in_force, orderbridge.validate, connectors.registry
import connectors.kingdee.connector, pypdfium2
print(time.thread_time() - started)
"""


def import_seconds() -> float:
    """CPU seconds a fresh task process spends importing the pipeline (what the preload saves per task)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", IMPORTS], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT
    )
    return round(float(done.stdout.strip().splitlines()[-1]), 3)


if __name__ == "__main__":
    raise SystemExit(main())
