"""In-process timings: text PDFs (OrderBridge vs invoice2data + pdftotext) and scans (vs plain tesseract).

Text PDFs: each file is extracted ``repeats`` times by each engine after one warm-up call, and the median
per file is kept (the machine is shared, medians resist the noise). OrderBridge is timed as the intake
calls it, ``ocr.extract_file`` without a template. Scans: plain tesseract (pytesseract, ``chi_sim+eng``,
default page segmentation) reads every page of the same scan PDFs, rendered at the scan's own dpi, with
two worker threads (one single-threaded tesseract process each: both cores), as OrderBridge's scan pass does.
"""

from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract

WORKERS = 2


def median_ms(call: Callable[[], object], repeats: int) -> float:
    call()  # warm-up: imports, caches, the first pdftotext spawn
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def text_pdf_ms(paths: list[Path], i2d_templates: list, repeats: int = 5) -> dict[str, dict[str, float]]:
    """Per file: median ms for OrderBridge (template-free) and invoice2data (its template, pdftotext)."""
    from bench.extraction import invoice2data_engine
    from ocr import extract_file
    from orderbridge.errors import DocumentRejected

    def orderbridge(path: Path) -> None:
        with contextlib.suppress(DocumentRejected):  # a rejection is timed like an order
            extract_file(path)

    timings = {}
    for path in paths:
        timings[path.name] = {
            "orderbridge": median_ms(lambda p=path: orderbridge(p), repeats),
            "invoice2data": median_ms(lambda p=path: invoice2data_engine.extract(p, i2d_templates), repeats),
        }
    return timings


def page_images(path: Path, dpi: int) -> list:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def plain_tesseract_s(scans: list[tuple[Path, int]]) -> tuple[float, int]:
    """Wall-clock seconds for plain tesseract on every page of ``(scan PDF, dpi)``; and the page count."""
    started = time.perf_counter()
    pages = [image for path, dpi in scans for image in page_images(path, dpi)]
    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(lambda image: pytesseract.image_to_string(image, lang="chi_sim+eng"), pages))
    return time.perf_counter() - started, len(pages)
