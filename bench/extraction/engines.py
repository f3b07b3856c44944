"""OCR configurations compared on the scanned part of the corpus (same scoring as ``run``).

* ``tesseract psm3, raw page``: the page as scanned, default segmentation, no grid reading, no re-read
  of unsure cells or Latin codes (``unsure_cells.UNSURE = 0``, ``latin_rereads.SURE = 0``);
* ``tesseract psm6, raw page``: the same with ``--psm 6`` (one uniform block);
* ``orderbridge pipeline``: cleaning, deskew, ruling erasure, cell-by-cell grid reading, re-reads.

Run: ``OMP_THREAD_LIMIT=1 .venv/bin/python -m bench.extraction.engines [OUT_DIR]`` (scans of the corpus
only, both modes; not part of the main run).
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench.extraction import report
from bench.extraction.corpus import SCAN_FORMATS, build
from bench.extraction.run import run_orderbridge
from ocr import latin_rereads, preprocess, scan_reader, tesseract_engine, unsure_cells


@contextlib.contextmanager
def raw_pages(psm: int) -> Iterator[None]:
    """Tesseract on the page as scanned: no cleaning, no grid, no re-read of unsure cells or codes, the
    given segmentation mode."""
    modules = (scan_reader, scan_reader, tesseract_engine, unsure_cells, latin_rereads)
    names = ("clean_page", "grid_cells", "PAGE_PSM", "UNSURE", "SURE")
    saved = [getattr(module, name) for module, name in zip(modules, names, strict=True)]

    def as_scanned(image, dpi=300):
        return preprocess.CleanPage(preprocess.to_grey(image), 0.0, [], [])

    scan_reader.clean_page, scan_reader.grid_cells = as_scanned, lambda rules, rows: []
    tesseract_engine.PAGE_PSM = psm
    unsure_cells.UNSURE = latin_rereads.SURE = 0.0  # nothing is less sure than 0: nothing is read again
    try:
        yield
    finally:
        for module, name, value in zip(modules, names, saved, strict=True):
            setattr(module, name, value)


def main() -> None:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="ocr-engines-"))
    items = [item for item in build(out_dir) if item.fmt in SCAN_FORMATS]
    configurations = {
        "tesseract psm3, raw page": raw_pages(3),
        "tesseract psm6, raw page": raw_pages(6),
        "orderbridge pipeline": contextlib.nullcontext(),
    }
    for name, context in configurations.items():
        with context:
            rows, wall = run_orderbridge(items)
        pages = {fmt: sum(r["pages"] for r in rows if r["fmt"] == fmt) // 2 for fmt in wall}
        rates = {fmt: pages[fmt] / wall[fmt]["orderbridge_seconds"] for fmt in wall}
        print(f"\n### {name}\n\n{report.summary_table(rows, list(SCAN_FORMATS), rates)}", flush=True)


if __name__ == "__main__":
    main()
