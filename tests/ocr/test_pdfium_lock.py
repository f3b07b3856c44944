"""PDFium is called under one process-wide lock, and OCR runs outside it (``ocr.pdfium_lock``)."""

from __future__ import annotations

import threading

import pytest

from ocr import pdf_reader
from ocr.pdfium_lock import PDFIUM
from orderbridge.samples import hdprecision, scans


def _free_for_another_thread() -> bool:
    taken: list[bool] = []

    def probe() -> None:
        got = PDFIUM.acquire(timeout=1)
        taken.append(got)
        if got:
            PDFIUM.release()

    thread = threading.Thread(target=probe)
    thread.start()
    thread.join()
    return taken == [True]


def test_pages_are_rendered_under_the_lock_and_read_by_ocr_outside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanned = scans.image_pdf(scans.rasterise(hdprecision.render(), 100))
    seen: dict[str, bool] = {}
    render, read_pages = pdf_reader._render, pdf_reader.read_pages

    def rendering(pdf, number):
        seen["render holds the lock"] = PDFIUM._is_owned()
        return render(pdf, number)

    def reading(images, dpi):
        seen["ocr leaves the lock free"] = not PDFIUM._is_owned() and _free_for_another_thread()
        return read_pages(images, dpi)

    monkeypatch.setattr(pdf_reader, "_render", rendering)
    monkeypatch.setattr(pdf_reader, "read_pages", reading)
    document = pdf_reader.read_pdf(scanned)
    assert document.method == "ocr"
    assert seen == {"render holds the lock": True, "ocr leaves the lock free": True}
    assert _free_for_another_thread()  # and nothing keeps it after


def test_two_threads_read_two_pdfs_at_once() -> None:
    text_pdf = hdprecision.render()
    results: list[int] = []

    def read() -> None:
        for _ in range(20):
            results.append(len(pdf_reader.read_pdf(text_pdf).lines))

    threads = [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 40 and len(set(results)) == 1
