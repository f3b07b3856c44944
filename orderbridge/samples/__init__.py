"""Sample purchase orders (and files to reject) for ``make demo``, the tests and the benchmarks.

``generate_samples`` writes the same bytes on every run, so a second demo run is recognised as
duplicates by content hash.
"""

from __future__ import annotations

from pathlib import Path

from orderbridge.samples import acme, hdprecision, rejects, xinhui_pdf, xinhui_xlsx
from orderbridge.samples.edge_cases import generate_edge_samples
from orderbridge.samples.sample import Sample, write

__all__ = ["Sample", "generate_edge_samples", "generate_samples"]


def generate_samples(out_dir: Path) -> list[Sample]:
    """Write the demo set into ``out_dir`` (created if missing): four good orders, five files to reject."""
    out_dir.mkdir(parents=True, exist_ok=True)
    good = [hdprecision, acme, xinhui_xlsx, xinhui_pdf]
    samples = []
    for module in good:
        write(out_dir, module.FILENAME, module.render())
        samples.append(Sample(module.FILENAME, module.expected(), None))
    bad = [
        ("broken-scan.pdf", rejects.broken_scan(), "corrupt-pdf"),
        ("empty.pdf", b"", "empty-file"),
        ("notes.docx", rejects.notes_docx(), "unsupported-type"),
        ("terms-and-conditions.pdf", rejects.terms_and_conditions(), "no-purchase-order"),
        ("secured-PO.pdf", rejects.secured_po(), "encrypted-pdf"),
    ]
    for filename, data, reason in bad:
        write(out_dir, filename, data)
        samples.append(Sample(filename, None, reason))
    return samples
