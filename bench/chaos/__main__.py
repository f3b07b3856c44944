"""``python -m bench.chaos [--orders 1000] [--fault-rate 0.2]``: every available target, without and with
faults; prints a Markdown table (for README.md) and, with ``--json FILE``, the full results."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.chaos.harness import TargetResult, run_target
from connectors.sandbox_kit.launchers import available_launchers, targets_without_launcher


def table(results: list[TargetResult]) -> str:
    rows = [
        "| target | fault rate | orders | faults injected (5xx / reset / timeout after commit) | seconds "
        "| orders/s | in target | lost | duplicated | ledger disagrees | ok |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        f = r.faults
        injected = f"{f['5xx']} / {f['reset']} / {f['timeout_after_commit']}"
        cells = [
            r.target,
            f"{r.fault_rate:.0%}",
            r.orders,
            injected,
            f"{r.seconds:.1f}",
            f"{r.per_second:.1f}",
        ]
        cells += [r.in_target, len(r.lost), len(r.duplicated), len(r.disagreeing), "yes" if r.ok else "NO"]
        rows.append("| " + " | ".join(map(str, cells)) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chaos")
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--targets", nargs="*", help="default: every target with a launcher and a connector")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the full results here")
    parser.add_argument("--workdir", type=Path, help="keep sandboxes and ledgers here (default: temp dirs)")
    args = parser.parse_args(argv)
    results = []
    for launcher in available_launchers(args.targets):
        for rate in (0.0, args.fault_rate):
            workdir = args.workdir / f"{launcher.target}-{rate:.2f}" if args.workdir else None
            result = run_target(launcher, args.orders, fault_rate=rate, seed=args.seed, workdir=workdir)
            print(json.dumps(result.as_dict()), file=sys.stderr, flush=True)
            results.append(result)
    print(table(results))
    for target in targets_without_launcher():
        print(f"\n{target}: registered but skipped (no sandbox launcher in bench/chaos/launchers.py)")
    if args.json:
        args.json.write_text(json.dumps([r.as_dict() for r in results], indent=2) + "\n", encoding="utf-8")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
