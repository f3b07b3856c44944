"""The extraction benchmark of issue #3: OrderBridge with and without templates, invoice2data beside it.

Run: ``OMP_THREAD_LIMIT=1 .venv/bin/python -m bench.extraction.run OUT_DIR [--quick]``. It regenerates the
corpus (``corpus.py``) under OUT_DIR/corpus, reads every document with OrderBridge (text PDFs and
workbooks one after the other, scans two at a time: both cores) and with invoice2data, scores both with
one scorer (``scoring.py``), times text PDFs against invoice2data and scans against plain tesseract
(``speed.py``; tesseract right after each scan pass, so both see the same load), samples the peak
memory of the process tree, extracts a 300-page PDF in a subprocess (``memory.py``), writes
OUT_DIR/results.json and prints the Markdown tables quoted in README.md.
``--quick`` takes four layouts and skips the 300-page PDF (a few minutes less; for development).
``--layouts a,b`` takes the named layouts only, also without the 300-page PDF (e.g. a blind first run on
new layouts: ``--layouts yongxing-u8,skovgaard-eu,hongda-grid,sinolink-xlsx``).
``--template-only`` extracts with each layout's template only (no template-free mode, so no figure of it
is computed or printed): for checking new layouts and their templates without seeing how the
template-free extractor does on them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from bench.extraction import invoice2data_engine, ob_engine, report, speed
from bench.extraction.corpus import FORMATS, LAYOUTS, QUICK, SCAN_FORMATS, TEXT, Item, build, layouts_named
from bench.extraction.memory import MB, PeakSampler, big_pdf_peak, write_big_pdf
from bench.extraction.scoring import fields, score_document
from bench.extraction.warm_engines import warm

BIG_LINES = 7500  # 25 lines a page: 300 pages


def _row(item: Item, engine: str, pages: int, seconds: float, got: dict, review: bool) -> dict:
    score = score_document(fields(item.expected), got)
    return {
        "file": item.path.name,
        "layout": item.layout.name,
        "group": item.layout.group,
        "fmt": item.fmt,
        "engine": engine,
        "pages": pages,
        "seconds": seconds,
        "right": score.right,
        "counted": score.counted,
        "all_right": score.all_right,
        "review": review,
        "money_wrong": score.money_wrong,
        "wrong": score.wrong[:12],
    }


def run_orderbridge(items: list[Item], baseline: bool = False) -> tuple[list[dict], dict[str, dict]]:
    """Rows for both modes; scans two documents at a time, per scan format its wall-clock kept and (with
    ``baseline``) plain tesseract timed on the same pages right after, so both see the same machine load."""
    templates = ob_engine.templates()
    rows: list[dict] = []
    wall: dict[str, dict] = {}

    def one(item: Item) -> list[dict]:
        reading = ob_engine.read_and_extract(item.path, templates[item.layout.template])
        out = []
        for mode, outcome in reading.outcomes.items():
            engine = "orderbridge+template" if mode == "template" else "orderbridge template-free"
            seconds = reading.read_s + outcome.extract_s
            row = _row(item, engine, reading.pages, seconds, fields(outcome.order), outcome.to_review)
            row["rejected"] = outcome.rejected
            row["confidence"] = outcome.order.confidence if outcome.order else None
            out.append(row)
            print(
                f"{item.path.name} [{engine}]: {row['right']}/{row['counted']} review={row['review']} "
                f"{seconds:.1f}s {outcome.rejected or ''}",
                file=sys.stderr,
                flush=True,
            )
        return out

    for item in items:
        if item.fmt not in SCAN_FORMATS:
            rows += one(item)
    with ThreadPoolExecutor(speed.WORKERS) as pool:  # one pool: its threads keep their engines
        engine_load_s = warm(pool, speed.WORKERS) if any(i.fmt in SCAN_FORMATS for i in items) else 0.0
        for fmt in SCAN_FORMATS:
            scans = [item for item in items if item.fmt == fmt]
            if not scans:
                continue
            load, started = os.getloadavg()[0], time.perf_counter()
            for result in pool.map(one, scans):
                rows += result
            wall[fmt] = {
                "orderbridge_seconds": time.perf_counter() - started,
                "load_before": load,
                "engine_load_seconds": engine_load_s,
            }
            if baseline:
                seconds, pages = speed.plain_tesseract_s([(item.path, item.dpi) for item in scans])
                wall[fmt] |= {"seconds": seconds, "pages": pages, "load_after": os.getloadavg()[0]}
    return rows, wall


def run_invoice2data(items: list[Item], templates: list) -> list[dict]:
    rows = []
    for item in items:
        started = time.perf_counter()
        result = invoice2data_engine.extract(item.path, templates)
        seconds = time.perf_counter() - started
        pages = 1 if item.fmt == "xlsx" else len(speed.pdfium.PdfDocument(str(item.path)))
        got = invoice2data_engine.as_fields(result)
        rows.append(_row(item, "invoice2data", pages, seconds, got, review=not result))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.extraction.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--quick", action="store_true", help="four layouts, no 300-page PDF")
    parser.add_argument("--layouts", help="comma-separated layout names, no 300-page PDF")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per text PDF and engine")
    parser.add_argument(
        "--template-only",
        action="store_true",
        help="extract with the layouts' templates only (no template-free)",
    )
    args = parser.parse_args(argv)
    if args.template_only:
        ob_engine.MODES = ("template",)  # read_and_extract runs each mode in MODES
    if args.layouts:
        layouts = layouts_named(args.layouts.split(","))
    else:
        layouts = layouts_named(QUICK) if args.quick else LAYOUTS
    whole_corpus = not (args.quick or args.layouts)
    items = build(args.out_dir / "corpus", layouts)
    i2d_templates = invoice2data_engine.load_templates()

    started = time.perf_counter()
    with PeakSampler() as sampler:
        ob_rows, scans = run_orderbridge(items, baseline=True)
    ob_seconds = time.perf_counter() - started
    rows = ob_rows + run_invoice2data(items, i2d_templates)

    text_ms = speed.text_pdf_ms([i.path for i in items if i.fmt == TEXT], i2d_templates, args.repeats)
    big = None
    if whole_corpus:
        big = asdict(big_pdf_peak(write_big_pdf(args.out_dir / "big-300-pages.pdf", BIG_LINES)))

    results = {
        "invoice2data_version": invoice2data_engine.version(),
        "rows": rows,
        "orderbridge_seconds": ob_seconds,
        "peak_rss_mb": sampler.peak_rss / MB,
        "peak_pss_mb": sampler.peak_pss / MB,
        "text_pdf_ms": text_ms,
        "scans": scans,
        "big_pdf": big,
    }
    (args.out_dir / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    formats = [fmt for fmt in FORMATS if any(r["fmt"] == fmt for r in rows)]
    rates = {fmt: scan["pages"] / scan["orderbridge_seconds"] for fmt, scan in scans.items()}
    layout_rows = [(layout.name, layout.group, layout.description) for layout in layouts]
    print(report.summary_table(rows, formats, rates))
    print("\n" + report.layout_table(rows, layout_rows, formats))
    print("\n" + report.goals_table(rows))
    print("\n" + report.speed_table(results))


if __name__ == "__main__":
    main()
