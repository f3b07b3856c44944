"""PDFs: text from pypdfium2, word geometry and ruling lines from pdfplumber; OCR for scanned pages.

A page with no usable text layer (none at all, or a scan with only a fax header stamped on it) is
rendered at 300 dpi and read by OCR; the other pages of a mixed PDF keep their text layer.

pdfminer (under pdfplumber) can lose CJK text in some OCR'd text layers, so each word's text is re-read
by pypdfium2 inside the word's box; pdfplumber still decides where words and table rulings are.
Any library error becomes a DocumentRejected with a one-line reason, never an unhandled exception.
"""

from __future__ import annotations

import io

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from ocr import limits
from ocr.layout import Document, Line, Word, group_lines
from ocr.scan_reader import DPI, read_pages, scanned_document
from ocr.sniff import PDF
from orderbridge.errors import DocumentRejected

_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_MIN_TEXT_CHARS = 20  # fewer characters than this on every page: a scan, not a text layer
_SCAN_COVER = 0.5  # a page mostly covered by one image is a scan, whatever text is stamped on it
_RENDER_BATCH = 8  # pages rendered and OCR'd at a time: memory stays flat on long scanned PDFs
_STAMP_CHARS = 200  # a scan's text layer shorter than this is a fax header or a stamp, not the page


def read_pdf(data: bytes) -> Document:
    _check_complete(data)
    pdf = _open_pdfium(data)
    try:
        limits.check_page_count(len(pdf))
        limits.check_pdf_streams(data, len(pdf))
        page_texts = [_page_text(pdf, i) for i in range(len(pdf))]
        if not page_texts:
            raise DocumentRejected("corrupt-pdf", "the PDF has no pages")
        document = _read_layout(data, pdf)
        sizes = [len("".join(text.split())) for text in page_texts]
        scanned = [
            n
            for n, size in enumerate(sizes, start=1)
            if size < _MIN_TEXT_CHARS or (n in document.image_pages and size < _STAMP_CHARS)
        ]
        return with_ocr_pages(document, pdf, scanned) if scanned else document
    finally:
        pdf.close()


def with_ocr_pages(document: Document, pdf: pdfium.PdfDocument, numbers: list[int]) -> Document:
    """Replace the listed pages' (missing or stamp-only) text layer by OCR of the rendered page.

    Pages are rendered a few at a time (a 300 dpi page is 8.7 MB of pixels), after checking that the
    page and the images on it are of a size that can be rendered at all."""
    for n in numbers:
        _check_renderable(pdf[n - 1], n)
    pages = []
    for start in range(0, len(numbers), _RENDER_BATCH):
        batch = numbers[start : start + _RENDER_BATCH]
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
    try:
        return pdf[number - 1].render(scale=DPI / 72).to_pil().convert("L")
    except pdfium.PdfiumError as exc:
        raise DocumentRejected("corrupt-pdf", f"page {number} cannot be rendered ({exc})") from exc


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
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise DocumentRejected("encrypted-pdf", "the PDF is password protected") from exc
        raise DocumentRejected("corrupt-pdf", f"the PDF cannot be opened ({exc})") from exc


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    try:
        return pdf[index].get_textpage().get_text_range()
    except pdfium.PdfiumError as exc:
        raise DocumentRejected("corrupt-pdf", f"page {index + 1} cannot be read ({exc})") from exc


def _read_layout(data: bytes, pdf: pdfium.PdfDocument) -> Document:
    lines: list[Line] = []
    rules: dict[int, list[tuple[float, float, float]]] = {}
    image_pages: list[int] = []
    sizes: dict[int, tuple[float, float]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as plumber:
            for number, page in enumerate(plumber.pages, start=1):
                sizes[number] = (float(page.width), float(page.height))
                rules[number] = [
                    (edge["x0"], edge["top"], edge["bottom"])
                    for edge in page.edges
                    if edge["orientation"] == "v" and edge["bottom"] - edge["top"] > 4
                ]
                textpage = pdf[number - 1].get_textpage()
                words = [
                    Word(
                        _word_text(textpage, page.height, w), number, w["x0"], w["top"], w["x1"], w["bottom"]
                    )
                    for w in page.extract_words(x_tolerance=1.5, y_tolerance=2.5)
                ]
                lines.extend(group_lines(words, rules[number]) if words else [])
                if _image_cover(page) >= _SCAN_COVER:
                    image_pages.append(number)
                page.close()  # pdfplumber keeps every parsed page otherwise: 930 MB for 300 pages, not 180
    except DocumentRejected:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise DocumentRejected(
            "corrupt-pdf", f"the PDF's layout cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    return Document(PDF, "text-layer", len(pdf), lines, rules, image_pages, page_sizes=sizes)


def _image_cover(page: pdfplumber.page.Page) -> float:
    """Share of the page covered by its largest image (a scan is one image the size of the page)."""
    area = float(page.width * page.height) or 1.0
    sizes = [abs(float(img["x1"] - img["x0"]) * float(img["bottom"] - img["top"])) for img in page.images]
    return max(sizes, default=0.0) / area


def _word_text(textpage: pdfium.PdfTextPage, height: float, word: dict) -> str:
    """pypdfium2's reading of the characters inside the word's box, when it is the better one.

    pdfminer marks what it could not map as ``(cid:N)`` or U+FFFD; otherwise both agree up to spacing.
    """
    plumber = word["text"]
    text = textpage.get_text_bounded(word["x0"], height - word["bottom"], word["x1"], height - word["top"])
    text = " ".join(text.split())
    broken = "(cid:" in plumber or "\ufffd" in plumber
    if text and (broken or len(text.replace(" ", "")) == len(plumber.replace(" ", ""))):
        return text
    return plumber
