"""Field-level precision/recall per field and format, touchless and review rates, pages per second.

Run: ``OMP_THREAD_LIMIT=1 .venv/bin/python -m bench.extraction.run [OUT_DIR]`` (writes results.json and
prints the Markdown tables that bench/extraction/README.md quotes).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.extraction.corpus import build
from ocr import extract_file
from orderbridge.errors import DocumentRejected
from orderbridge.model import PurchaseOrder

REVIEW_BELOW = 0.9  # the pipeline's default review threshold
HEADER = [
    "po_number",
    "order_date",
    "requested_delivery_date",
    "currency",
    "buyer.name",
    "supplier.name",
    "ship_to.address",
    "payment_terms",
    "total_amount",
]
LINE = ["customer_part_no", "description", "quantity", "unit", "unit_price", "amount"]


def fields(order: PurchaseOrder | None) -> dict[str, object]:
    if order is None:
        return {}
    data = order.model_dump(mode="json", exclude={"confidence", "provenance", "warnings"})
    flat: dict[str, object] = {}
    for name in HEADER:
        group, _, key = name.partition(".")
        flat[name] = data[group][key] if key else data[group]
    for line in data["lines"]:
        for name in LINE:
            flat[f"lines[{line['line_no']}].{name}"] = line[name]
    return flat


def field_kind(name: str) -> str:
    return "line." + name.split(".", 1)[1] if name.startswith("lines[") else name


def score(items) -> dict:
    counts = defaultdict(
        lambda: defaultdict(lambda: [0, 0, 0])
    )  # fmt -> field -> [right, extracted, expected]
    orders = defaultdict(
        lambda: {
            "n": 0,
            "touchless": 0,
            "review": 0,
            "wrong_qty_price_unflagged": 0,
            "pages": 0,
            "seconds": 0.0,
        }
    )
    for path, fmt, _layout, expected in items:
        started = time.perf_counter()
        try:
            extraction = extract_file(path)
            order, pages = extraction.order, extraction.pages
        except DocumentRejected:
            order, pages = None, 1
        elapsed = time.perf_counter() - started
        want, got = fields(expected), fields(order)
        all_right = bool(got)
        for name in set(want) | set(got):
            cell = counts[fmt][field_kind(name)]
            right = want.get(name) is not None and got.get(name) == want.get(name)
            cell[0] += right
            cell[1] += got.get(name) is not None
            cell[2] += want.get(name) is not None
            all_right &= got.get(name) == want.get(name)
        review = order is None or order.confidence < REVIEW_BELOW or bool(order.warnings)
        money_wrong = any(
            got.get(n) != want.get(n) for n in want if n.endswith((".quantity", ".unit_price", ".amount"))
        )
        stats = orders[fmt]
        stats["n"] += 1
        stats["touchless"] += all_right and not review
        stats["review"] += review
        stats["wrong_qty_price_unflagged"] += money_wrong and not review
        stats["pages"] += pages
        stats["seconds"] += elapsed
        print(
            f"{path.name}: {'OK' if all_right else 'diff'} conf={order.confidence if order else None} "
            f"{elapsed:.1f}s",
            file=sys.stderr,
        )
    return {"fields": {f: dict(v) for f, v in counts.items()}, "orders": dict(orders)}


def markdown(results: dict) -> str:
    out = [
        "| format | orders | touchless | to review | silent wrong qty/price | pages/s |",
        "|---|---|---|---|---|---|",
    ]
    for fmt, s in results["orders"].items():
        out.append(
            f"| {fmt} | {s['n']} | {s['touchless'] / s['n']:.0%} | {s['review'] / s['n']:.0%} | "
            f"{s['wrong_qty_price_unflagged']} | {s['pages'] / s['seconds']:.2f} |"
        )
    kinds = sorted({k for per in results["fields"].values() for k in per})
    out += [
        "",
        "Field precision / recall (right / extracted, right / expected):",
        "",
        "| field | " + " | ".join(results["fields"]) + " |",
        "|---|" + "---|" * len(results["fields"]),
    ]
    for kind in kinds:
        row = []
        for per in results["fields"].values():
            right, extracted, expected = per.get(kind, [0, 0, 0])
            if not expected and not extracted:
                row.append("-")
                continue
            p = f"{right / extracted:.0%}" if extracted else "-"
            r = f"{right / expected:.0%}" if expected else "-"
            row.append(f"{p} / {r}")
        out.append(f"| {kind} | " + " | ".join(row) + " |")
    return "\n".join(out)


def main() -> None:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="extraction-bench-"))
    results = score(build(out_dir))
    (out_dir / "results.json").write_text(json.dumps(results, indent=2))
    print(markdown(results))


if __name__ == "__main__":
    main()
