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

from ocr.layout import Document, Line, Word, group_lines
from ocr.scan_reader import DPI, read_pages, scanned_document
from ocr.sniff import PDF
from orderbridge.errors import DocumentRejected

_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_MIN_TEXT_CHARS = 20  # fewer characters than this on every page: a scan, not a text layer
_SCAN_COVER = 0.5  # a page mostly covered by one image is a scan, whatever text is stamped on it
_STAMP_CHARS = 200  # a scan's text layer shorter than this is a fax header or a stamp, not the page


def read_pdf(data: bytes) -> Document:
    _check_complete(data)
    pdf = _open_pdfium(data)
    try:
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
    """Replace the listed pages' (missing or stamp-only) text layer by OCR of the rendered page."""
    images = [(n, pdf[n - 1].render(scale=DPI / 72).to_pil().convert("L")) for n in numbers]
    pages = read_pages(images, DPI)
    scanned = scanned_document(PDF, "ocr", document.pages, pages)
    kept = [line for line in document.lines if line.page not in numbers]
    rules = {n: r for n, r in document.rules.items() if n not in numbers} | scanned.rules
    method = "ocr" if len(numbers) == document.pages else "text-layer+ocr"
    return Document(PDF, method, document.pages, kept + scanned.lines, rules, numbers, scanned.scans)


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
    try:
        with pdfplumber.open(io.BytesIO(data)) as plumber:
            for number, page in enumerate(plumber.pages, start=1):
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
    except DocumentRejected:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise DocumentRejected(
            "corrupt-pdf", f"the PDF's layout cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    return Document(PDF, "text-layer", len(pdf), lines, rules, image_pages)


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
