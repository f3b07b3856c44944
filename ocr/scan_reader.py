"""Scanned pages (images, or PDF pages without a usable text layer) to positioned lines, pages in parallel.

Each page is cleaned (``preprocess``), read by tesseract (``tesseract_engine``) and grouped into lines
and cells exactly like a text-layer page, with the erased table rulings as its column edges. Pages go to
a process pool (one single-threaded tesseract per core); a one-page document is read in-process.
"""

from __future__ import annotations

import io
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageSequence, UnidentifiedImageError

from ocr.grid_cells import grid_cells, inside_any, read_cells
from ocr.ink_gaps import with_ink_gaps
from ocr.layout import Document, Line, group_lines
from ocr.limits import MAX_PAGE_PIXELS, check_page_pixels
from ocr.ocr_labels import repair_labels
from ocr.preprocess import clean_page
from ocr.tesseract_engine import page_words
from ocr.unsure_cells import reread_unsure_cells
from orderbridge.errors import DocumentRejected

DPI = 300
MAX_PAGES = 50
_MIN_DPI, _MAX_DPI = 150, 600
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHINESE_PAGE = 6  # Chinese characters on a page before its table cells get a Chinese-only second read


@dataclass
class ScannedPage:
    """One page's result: lines in points, rulings in points, the cleaned image kept for cell re-reads.

    The image is kept PNG-compressed (a cleaned page is mostly white: ~0.3 MB instead of 8.7 MB), so a
    long scanned PDF neither fills memory nor the pipes between the OCR worker processes."""

    number: int
    lines: list[Line]
    rules: list[tuple[float, float, float]]
    png: bytes
    dpi: int
    skew: float
    size: tuple[int, int] = (0, 0)  # (width, height) of the cleaned page in pixels

    @property
    def image(self) -> np.ndarray:
        return cv2.imdecode(np.frombuffer(self.png, np.uint8), cv2.IMREAD_GRAYSCALE)


def read_page(image: Image.Image, number: int, dpi: int = DPI) -> ScannedPage:
    """Clean, OCR and lay out one page image (upscaled to 300 dpi first: tesseract's best size)."""
    if dpi < DPI * 0.85 and image.width * image.height * (DPI / dpi) ** 2 <= MAX_PAGE_PIXELS:
        image = image.resize((round(image.width * DPI / dpi), round(image.height * DPI / dpi)), Image.BICUBIC)
        dpi = DPI
    clean = clean_page(image, dpi)
    scale = 72.0 / dpi
    rules = [(x * scale, top * scale, bottom * scale) for x, top, bottom in clean.rules]
    cells = grid_cells(clean.rules, clean.rows)
    page = page_words(clean.image, number, dpi)
    chinese = sum(len(_CJK.findall(word.text)) for word in page) >= _CHINESE_PAGE
    words = [word for word in page if not inside_any(word, cells, dpi)]
    words += read_cells(clean.image, cells, number, dpi, chinese)
    words = with_ink_gaps(words, clean.image, dpi)
    lines = group_lines(words, rules) if words else []
    repair_labels(lines)
    reread_unsure_cells(lines, clean.image, number, dpi)
    png = cv2.imencode(".png", clean.image, [cv2.IMWRITE_PNG_COMPRESSION, 1])[1].tobytes()
    height, width = clean.image.shape[:2]
    return ScannedPage(number, lines, rules, png, dpi, clean.skew, (width, height))


def _read_page_job(job: tuple[bytes, int, int]) -> ScannedPage:
    data, number, dpi = job
    return read_page(Image.open(io.BytesIO(data)), number, dpi)


def read_pages(images: list[tuple[int, Image.Image]], dpi: int = DPI, workers: int | None = None) -> list:
    """OCR ``(page number, image)`` pairs; in parallel when there is more than one page and core."""
    workers = min(workers or os.cpu_count() or 1, len(images))
    if workers <= 1:
        return [read_page(image, number, dpi) for number, image in images]
    jobs = [(_png(image), number, dpi) for number, image in images]
    os.environ["OMP_THREAD_LIMIT"] = "1"  # inherited by the workers' tesseract processes
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_read_page_job, jobs))


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def image_frames(data: bytes) -> list[tuple[Image.Image, int]]:
    """Every frame of a PNG/JPEG/TIFF (multi-page faxes are TIFFs) with its resolution in dpi."""
    try:
        image = Image.open(io.BytesIO(data))
        frames = []
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if number > MAX_PAGES:
                raise DocumentRejected("too-large", f"the image has more than {MAX_PAGES} pages")
            check_page_pixels(number, *frame.size)  # before decoding: the header states the size
            frames.append((frame.convert("L"), _dpi(frame)))
    except DocumentRejected:
        raise
    except Image.DecompressionBombError as exc:
        raise DocumentRejected("too-large", f"the image is too large to decode ({exc})") from exc
    except (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError) as exc:
        raise DocumentRejected("unreadable", f"the image cannot be decoded ({exc})") from exc
    return frames


def _dpi(frame: Image.Image) -> int:
    """The resolution the file states, else what an A4 page of this width would be."""
    stated = frame.info.get("dpi")
    if stated and _MIN_DPI <= float(stated[0]) <= _MAX_DPI:
        return round(float(stated[0]))
    guess = frame.width / 8.27  # A4 width in inches
    return int(min(_MAX_DPI, max(_MIN_DPI, guess)))


def read_image(data: bytes, media_type: str) -> Document:
    """A scanned image file as a Document (method ``ocr``)."""
    frames = image_frames(data)
    by_dpi: dict[int, list[tuple[int, Image.Image]]] = {}
    for number, (frame, dpi) in enumerate(frames, start=1):
        by_dpi.setdefault(dpi, []).append((number, frame))
    pages = [page for dpi, group in by_dpi.items() for page in read_pages(group, dpi)]
    return scanned_document(media_type, "ocr", len(frames), pages)


def scanned_document(media_type: str, method: str, count: int, pages: list[ScannedPage]) -> Document:
    lines = [line for page in pages for line in page.lines]
    rules = {page.number: page.rules for page in pages}
    numbers = [page.number for page in pages]
    sizes = {p.number: (p.size[0] * 72 / p.dpi, p.size[1] * 72 / p.dpi) for p in pages}
    return Document(media_type, method, count, lines, rules, numbers, {p.number: p for p in pages}, sizes)
