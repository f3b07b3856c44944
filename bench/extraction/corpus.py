"""The labelled corpus: every sample layout as text PDF, clean scan, degraded scans, image and XLSX.

``build(out_dir)`` writes the files and returns (path, format, expected order) for each; the labels are
the sample modules' ``expected()`` orders, so the corpus and its truth come from one place.
"""

from __future__ import annotations

from pathlib import Path

from orderbridge.model import PurchaseOrder
from orderbridge.samples import acme, hdprecision, nordwind, rejects, scans, xinhui_pdf, xinhui_xlsx
from orderbridge.samples.edge_cases import csv_expected, csv_po, png_scan, scan_expected

PDF_LAYOUTS = {
    "hdprecision (zh, borderless table)": hdprecision,
    "xinhui (zh, box grid + ruled table)": xinhui_pdf,
    "acme (en, ruled grid, 2 pages)": acme,
    "nordwind (de, template only, borderless)": nordwind,
}
DEGRADED_SEEDS = (11, 12)


def build(out_dir: Path) -> list[tuple[Path, str, str, PurchaseOrder]]:
    """Write the corpus; returns (path, format, layout, expected order)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    items: list[tuple[Path, str, str, PurchaseOrder]] = []

    def add(name: str, data: bytes, fmt: str, layout: str, expected: PurchaseOrder) -> None:
        path = out_dir / name
        path.write_bytes(data)
        items.append((path, fmt, layout, expected))

    for layout, module in PDF_LAYOUTS.items():
        stem, pdf = module.FILENAME.rsplit(".", 1)[0], module.render()
        add(f"{stem}.pdf", pdf, "text-pdf", layout, module.expected())
        clean = scans.scan(pdf)
        add(f"{stem}-scan-clean.pdf", scans.image_pdf(clean), "scan-clean", layout, module.expected())
        if len(clean) == 1:
            add(
                f"{stem}-scan-clean.png",
                scans.image_file(clean, "PNG"),
                "image-png",
                layout,
                module.expected(),
            )
        for seed in DEGRADED_SEEDS:
            pages = scans.scan(pdf, scans.Degradation.realistic(seed), seed)
            add(
                f"{stem}-scan-degraded-{seed}.pdf",
                scans.image_pdf(pages),
                "scan-degraded",
                layout,
                module.expected(),
            )
    short = "short (zh, 150 dpi phone scan)"
    add("phone-photo-PO.png", png_scan(), "image-png", short, scan_expected())
    add("scanned-PO.pdf", rejects.scanned_pdf(), "scan-clean", short, scan_expected())
    add(
        xinhui_xlsx.FILENAME,
        xinhui_xlsx.render(),
        "xlsx",
        "xinhui (bilingual workbook)",
        xinhui_xlsx.expected(),
    )
    add("hdprecision-PO-HD20261120-02.csv", csv_po(), "csv", "hdprecision (csv export)", csv_expected())
    return items
