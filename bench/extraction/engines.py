"""OCR configurations compared on the scanned part of the corpus (same scoring as ``run``).

* ``tesseract psm3, raw page``: the page as scanned, default segmentation, no grid reading;
* ``tesseract psm6, raw page``: the same with ``--psm 6`` (one uniform block);
* ``orderbridge pipeline``: cleaning, deskew, ruling erasure, cell-by-cell grid reading, re-reads.

Run: ``OMP_THREAD_LIMIT=1 .venv/bin/python -m bench.extraction.engines [OUT_DIR]``.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench.extraction.corpus import build
from bench.extraction.run import markdown, score
from ocr import preprocess, scan_reader, tesseract_engine


@contextlib.contextmanager
def raw_pages(psm: int) -> Iterator[None]:
    """Tesseract on the page as scanned: no cleaning, no grid, the given segmentation mode."""
    saved = (scan_reader.clean_page, scan_reader.grid_cells, tesseract_engine.PAGE_CONFIG)

    def as_scanned(image, dpi=300):
        return preprocess.CleanPage(preprocess.to_grey(image), 0.0, [], [])

    scan_reader.clean_page, scan_reader.grid_cells = as_scanned, lambda rules, rows: []
    tesseract_engine.PAGE_CONFIG = f"--oem 1 --psm {psm}"
    try:
        yield
    finally:
        scan_reader.clean_page, scan_reader.grid_cells, tesseract_engine.PAGE_CONFIG = saved


def main() -> None:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="ocr-engines-"))
    items = [item for item in build(out_dir) if item[1].startswith(("scan", "image"))]
    configurations = {
        "tesseract psm3, raw page": raw_pages(3),
        "tesseract psm6, raw page": raw_pages(6),
        "orderbridge pipeline": contextlib.nullcontext(),
    }
    for name, context in configurations.items():
        with context:
            print(f"\n### {name}\n\n{markdown(score(items))}", flush=True)


if __name__ == "__main__":
    main()
