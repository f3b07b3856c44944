"""Result rows to the Markdown tables in bench/extraction/README.md.

A row is one document read by one engine: ``layout, group, fmt, engine, pages, seconds, right, counted,
all_right, review, money_wrong`` (JSON-able, kept in results.json). Accuracy is right fields over fields
expected or extracted, summed over the documents (an extra or missing line counts against it).
"""

from __future__ import annotations

from collections.abc import Iterable

ENGINES = ("orderbridge+template", "orderbridge template-free", "invoice2data")
GROUPS = ("tuned", "seen", "unseen", "template-only")  # corpus.Layout.group, in the tables' order


def aggregate(rows: Iterable[dict]) -> dict:
    rows = list(rows)
    n = len(rows)
    counted = sum(r["counted"] for r in rows)
    seconds = sum(r["seconds"] for r in rows)
    return {
        "docs": n,
        "accuracy": sum(r["right"] for r in rows) / counted if counted else 0.0,
        "all_right": sum(r["all_right"] for r in rows) / n if n else 0.0,
        "touchless": sum(r["all_right"] and not r["review"] for r in rows) / n if n else 0.0,
        "review": sum(r["review"] for r in rows) / n if n else 0.0,
        "silent_wrong": sum(r["money_wrong"] and not r["review"] for r in rows),
        "pages": sum(r["pages"] for r in rows),
        "pages_per_s": sum(r["pages"] for r in rows) / seconds if seconds else 0.0,
    }


def _pct(value: float) -> str:
    return f"{value:.1%}" if value < 1 else "100%"


def _row(label: list[str], agg: dict, pages_per_s: float | str | None = None) -> str:
    speed = agg["pages_per_s"] if pages_per_s is None else pages_per_s
    speed = speed if isinstance(speed, str) else f"{speed:.2f}"
    cells = [
        *label,
        str(agg["docs"]),
        _pct(agg["accuracy"]),
        _pct(agg["all_right"]),
        _pct(agg["touchless"]),
        _pct(agg["review"]),
        str(agg["silent_wrong"]),
        speed,
    ]
    return "| " + " | ".join(cells) + " |"


def summary_table(rows: list[dict], formats: list[str], scan_rates: dict[str, float]) -> str:
    """Per format and engine over every layout, then each OrderBridge mode that ran by layout group."""
    head = "| docs | field accuracy | every field right | touchless | to review | silent wrong qty/price "
    head += "| pages/s |"
    out = ["| format | engine " + head, "|---|---|---|---|---|---|---|---|---|"]
    for fmt in formats:
        for engine in ENGINES:
            chosen = [r for r in rows if r["fmt"] == fmt and r["engine"] == engine]
            if chosen:
                rate = scan_rates.get(fmt) if engine != "invoice2data" else None
                if engine == "invoice2data" and fmt == "xlsx":
                    rate = "no reader"
                out.append(_row([fmt, engine], aggregate(chosen), rate))
    by_group = (("orderbridge template-free", "Template-free"), ("orderbridge+template", "With a template"))
    for engine, title in by_group:
        if not any(r["engine"] == engine for r in rows):
            continue  # e.g. a --template-only run has no template-free rows
        out += ["", f"{title} by layout group:", "", "| format | layouts " + head, "|---" * 9 + "|"]
        for fmt in formats:
            for group in GROUPS:
                chosen = [r for r in rows if (r["fmt"], r["group"], r["engine"]) == (fmt, group, engine)]
                if chosen:
                    out.append(_row([fmt, group], aggregate(chosen), scan_rates.get(fmt)))
    return "\n".join(out)


def layout_table(rows: list[dict], layouts: list[tuple[str, str, str]], formats: list[str]) -> str:
    """Field accuracy per layout and format for each engine with rows (and whether every field was right)."""
    engines = [engine for engine in ENGINES if any(r["engine"] == engine for r in rows)]
    out = [
        "| layout | group | format | " + " | ".join(engines) + " |",
        "|---|---|---|" + "---|" * len(engines),
    ]
    for name, group, _description in layouts:
        for fmt in formats:
            cells = []
            for engine in engines:
                chosen = [
                    r for r in rows if r["layout"] == name and r["fmt"] == fmt and r["engine"] == engine
                ]
                if not chosen:
                    break
                agg = aggregate(chosen)
                mark = " ✓" if agg["all_right"] == 1 else ""
                cells.append(f"{_pct(agg['accuracy'])}{mark}")
            if cells and len(cells) == len(engines):
                out.append(f"| {name} | {group} | {fmt} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def goals_table(rows: list[dict]) -> str:
    def acc(engine: str, fmts: tuple[str, ...], groups: tuple[str, ...] | None = None) -> str:
        chosen = [
            r
            for r in rows
            if r["engine"] == engine and r["fmt"] in fmts and (groups is None or r["group"] in groups)
        ]
        return _pct(aggregate(chosen)["accuracy"]) if chosen else "-"

    template, free = "orderbridge+template", "orderbridge template-free"
    goals = [
        ("with a template, text PDF", "100%", acc(template, ("text-pdf",))),
        ("with a template, Excel", "100%", acc(template, ("xlsx",))),
        ("with a template, 300-dpi scans", ">= 97%", acc(template, ("scan-300",))),
        ("with a template, 200-dpi scans (no goal)", "-", acc(template, ("scan-200",))),
        ("template-free, unseen layouts, text PDF", ">= 95%", acc(free, ("text-pdf",), ("unseen",))),
        ("template-free, unseen layouts, Excel", ">= 95%", acc(free, ("xlsx",), ("unseen",))),
        ("template-free, unseen layouts, 300-dpi scans", ">= 90%", acc(free, ("scan-300",), ("unseen",))),
        ("template-free, unseen layouts, 200-dpi scans", ">= 90%", acc(free, ("scan-200",), ("unseen",))),
        ("template-free, tuned layouts, 300-dpi scans (no goal)", "-", acc(free, ("scan-300",), ("tuned",))),
        ("template-free, seen layouts, text PDF (no goal)", "-", acc(free, ("text-pdf",), ("seen",))),
        ("template-free, seen layouts, 300-dpi scans (no goal)", "-", acc(free, ("scan-300",), ("seen",))),
    ]
    out = ["| goal | target | measured field accuracy |", "|---|---|---|"]
    out += [f"| {name} | {target} | {value} |" for name, target, value in goals]
    return "\n".join(out)


def speed_table(results: dict) -> str:
    """Text PDFs against invoice2data, scans against plain tesseract, peak memory, the 300-page PDF."""
    out = ["| measure | OrderBridge | other | ratio (OrderBridge / other) |", "|---|---|---|---|"]
    timings = results["text_pdf_ms"].values()
    if timings:
        ours = sum(t["orderbridge"] for t in timings) / len(timings)
        theirs = sum(t["invoice2data"] for t in timings) / len(timings)
        out.append(
            f"| text PDF, ms per document (mean of per-file medians) | {ours:.1f} | invoice2data+pdftotext "
            f"{theirs:.1f} | {ours / theirs:.2f} |"
        )
    for fmt, scan in results["scans"].items():
        ours, theirs, pages = scan["orderbridge_seconds"], scan["seconds"], scan["pages"]
        out.append(
            f"| {fmt}: {pages} pages, seconds (2 workers; load {scan['load_before']:.1f} before, "
            f"{scan['load_after']:.1f} after) | {ours:.1f} ({pages / ours:.2f} pages/s) | "
            f"plain tesseract {theirs:.1f} ({pages / theirs:.2f} pages/s) | {ours / theirs:.2f} |"
        )
    loads = {scan.get("engine_load_seconds") for scan in results["scans"].values()} - {None}
    if loads:
        out.append(
            f"| loading the tesseract engines once per OCR thread (before the timed scans, not in them) | "
            f"{max(loads):.1f} s | | |"
        )
    out.append(
        f"| peak memory of the process tree while OrderBridge read the corpus | "
        f"RSS {results['peak_rss_mb']:.0f} MB, PSS {results['peak_pss_mb']:.0f} MB | | |"
    )
    big = results.get("big_pdf")
    if big:
        what = f"{big['pages']} pages, {big['lines']} lines" if big["outcome"] == "ok" else big["outcome"]
        out.append(
            f"| 300-page text PDF in a subprocess ({what}) | {big['seconds']:.1f} s, peak RSS "
            f"{big['peak_rss_mb']:.0f} MB, PSS {big['peak_pss_mb']:.0f} MB | | |"
        )
    return "\n".join(out)
