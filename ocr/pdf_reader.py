"""PDFs: text layer, word geometry and table rulings from PDFium (pypdfium2); OCR for scanned pages.

A page with no usable text layer (none at all, or a scan with only a fax header stamped on it) is
rendered at 300 dpi and read by OCR; the other pages of a mixed PDF keep their text layer.

Why PDFium alone, without pdfplumber (issue #3): pdfplumber/pdfminer interpret the content stream in
Python; on the 7 text PDFs of the extraction benchmark that was ~90 % of ``extract_file``'s time (76 ms
CPU a document against invoice2data+pdftotext's 13 ms). PDFium does it in C; characters, boxes, path
segments and images come out of its text page and page objects (``ocr.pdf_text_layer``,
``ocr.pdf_rulings``): reading fell from 65 to 8 ms CPU a document (mean of the 7, medians of 9 runs,
same process, 2026-11-22), with the same words and rulings and boxes within 0.4 pt of pdfplumber's.
PDFium also reads the CJK text pdfminer lost in some OCR'd text layers, so no second pass is needed.
Pages are opened and closed one at a time: the 300-page benchmark PDF reads in 113 MB (3.1 s CPU).
Any library error becomes a DocumentRejected with a one-line reason, never an unhandled exception.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from ocr import limits
from ocr.character_rulings import drawn_rulings
from ocr.layout import Document, Line, group_lines
from ocr.pdf_rulings import page_objects
from ocr.pdf_text_layer import page_runs, words_of
from ocr.pdfium_lock import PDFIUM
from ocr.scan_reader import DPI, read_pages, scanned_document
from ocr.sniff import PDF
from orderbridge.errors import DocumentRejected

_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_MIN_TEXT_CHARS = 20  # fewer characters than this on every page: a scan, not a text layer
_SCAN_COVER = 0.5  # a page mostly covered by one image is a scan, whatever text is stamped on it
_RENDER_BATCH = 8  # pages rendered and OCR'd at a time: memory stays flat on long scanned PDFs
_STAMP_CHARS = 200  # a scan's text layer shorter than this is a fax header or a stamp, not the page


def read_pdf(data: bytes) -> Document:
    """The PDF's pages as a Document: text layers read, pages without one rendered and OCR'd. PDFium is
    only called under ``PDFIUM`` (another thread may be reading another PDF); OCR runs outside it."""
    _check_complete(data)
    with PDFIUM:
        pdf = _open_pdfium(data)
    try:
        with PDFIUM:
            limits.check_page_count(len(pdf))
            limits.check_pdf_streams(limits.plain_pdf_bytes(pdf, data), len(pdf))
            if len(pdf) == 0:
                raise DocumentRejected("corrupt-pdf", "the PDF has no pages")
            document, sizes = _read_layout(pdf)
        scanned = [
            n
            for n, size in enumerate(sizes, start=1)
            if size < _MIN_TEXT_CHARS or (n in document.image_pages and size < _STAMP_CHARS)
        ]
        return with_ocr_pages(document, pdf, scanned) if scanned else document
    finally:
        with PDFIUM:
            pdf.close()


def with_ocr_pages(document: Document, pdf: pdfium.PdfDocument, numbers: list[int]) -> Document:
    """Replace the listed pages' (missing or stamp-only) text layer by OCR of the rendered page.

    Pages are rendered a few at a time (a 300 dpi page is 8.7 MB of pixels), after checking that the
    page and the images on it are of a size that can be rendered at all."""
    with PDFIUM:
        for n in numbers:
            page = pdf[n - 1]
            try:
                _check_renderable(page, n)
            finally:
                page.close()
    pages = []
    for start in range(0, len(numbers), _RENDER_BATCH):
        batch = numbers[start : start + _RENDER_BATCH]
        with PDFIUM:
            images = [(n, _render(pdf, n)) for n in batch]
        pages += read_pages(images, DPI)
        del images
    scanned = scanned_document(PDF, "ocr", document.pages, pages)
    kept = [line for line in document.lines if line.page not in numbers]
    rules = {n: r for n, r in document.rules.items() if n not in numbers} | scanned.rules
    method = "ocr" if len(numbers) == document.pages else "text-layer+ocr"
    lines = kept + scanned.lines
    return Document(PDF, method, document.pages, lines, rules, numbers, scanned.scans, document.page_sizes)


def _render(pdf: pdfium.PdfDocument, number: int) -> Image.Image:
    page = pdf[number - 1]
    try:
        return page.render(scale=DPI / 72).to_pil().convert("L")
    except pdfium.PdfiumError as exc:
        raise DocumentRejected("corrupt-pdf", f"page {number} cannot be rendered ({exc})") from exc
    finally:
        page.close()


def _check_renderable(page: pdfium.PdfPage, number: int) -> None:
    width, height = page.get_size()
    limits.check_page_pixels(number, width * DPI / 72, height * DPI / 72)
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
        try:
            px_width, px_height = image.get_px_size()
        except pdfium.PdfiumError:
            continue
        limits.check_image_pixels(number, px_width, px_height)


def _check_complete(data: bytes) -> None:
    """A PDF ends with ``%%EOF``; without it the file was cut off (pdfium would silently salvage a part)."""
    if b"%%EOF" not in data[-2048:]:
        raise DocumentRejected("corrupt-pdf", "the PDF is truncated (no end-of-file marker)")


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # PDFium's last error can be stale (a failed load may not set it): a password is only what
        # asked for one if the file has an encryption dictionary at all.
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR and b"/Encrypt" in data:
            raise DocumentRejected("encrypted-pdf", "the PDF is password protected") from exc
        raise DocumentRejected("corrupt-pdf", f"the PDF cannot be opened ({exc})") from exc


def _read_layout(pdf: pdfium.PdfDocument) -> tuple[Document, list[int]]:
    """Every page's words, rulings and image cover, one page open at a time (memory stays flat);
    and each page's count of printed characters (to tell text pages from scans)."""
    lines: list[Line] = []
    rules: dict[int, list[tuple[float, float, float]]] = {}
    image_pages: list[int] = []
    page_sizes: dict[int, tuple[float, float]] = {}
    counts: list[int] = []
    for number in range(1, len(pdf) + 1):
        try:
            page = pdf[number - 1]
            try:
                left, bottom, right, top = page.get_bbox()
                page_sizes[number] = (right - left, top - bottom)
                rules[number], cover = page_objects(page)
                textpage = page.get_textpage()
                try:
                    runs = page_runs(textpage, left, top)
                finally:
                    textpage.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise DocumentRejected("corrupt-pdf", f"page {number} cannot be read ({exc})") from exc
        runs, drawn = drawn_rulings(runs)  # a text-mode report's |  and +----+ boxes
        rules[number] = rules[number] + drawn
        words = words_of(runs, number)
        lines.extend(group_lines(words, rules[number]) if words else [])
        counts.append(sum(len(run[0]) for run in runs if run[0] != " "))
        if cover >= _SCAN_COVER:
            image_pages.append(number)
    return Document(PDF, "text-layer", len(pdf), lines, rules, image_pages, page_sizes=page_sizes), counts
