"""Scanned pages (images, or PDF pages without a usable text layer) to positioned lines, pages in parallel.

Each page is cleaned (``preprocess``), read by tesseract (``tesseract_engine``) and grouped into lines
and cells exactly like a text-layer page, with the erased table rulings as its column edges. Pages go to
the OCR threads (``ocr_threads``: one single-threaded tesseract per core); a one-page document uses both
cores within the page (the page read beside the grid cells' read). A document whose Chinese turns out to
be traditional is read again with the traditional model (``chinese_script``).
"""

from __future__ import annotations

import io
import os
import zlib
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageSequence, UnidentifiedImageError

from ocr.character_rulings import bars_in_words
from ocr.chinese_script import (
    chinese_confidence,
    is_unsure_chinese,
    reads_better_traditional,
    traditional_languages,
)
from ocr.chinese_word_rereads import reread_latin_misreads
from ocr.diacritic_rereads import reread_diacritics
from ocr.garbled_words import reread_garbled_words
from ocr.grid_cells import blank_cells, grid_cells, inside_any, read_cells, with_chinese_rereads
from ocr.han import HAN_CHAR
from ocr.ink_gaps import with_ink_gaps
from ocr.latin_rereads import reread_latin_words
from ocr.layout import Document, Line, Word, group_lines
from ocr.limits import MAX_PAGE_PIXELS, check_page_pixels
from ocr.ocr_labels import repair_labels
from ocr.ocr_threads import in_parallel, page_threads
from ocr.page_orientation import reads_garbled, turned, upright_turn
from ocr.page_script import clearer_script, reads_unknown_script
from ocr.preprocess import clean_page
from ocr.reading_quality import clear_share
from ocr.table_region_reread import reread_table_region
from ocr.tesseract_engine import LANGUAGES, page_words, split_at_bar
from ocr.times_sign import prints_times_signs, with_times_signs
from ocr.uncovered_ink import read_uncovered_ink
from ocr.unsure_cells import reread_unsure_cells
from orderbridge.errors import DocumentRejected

DPI = 300
MAX_PAGES = 50
RAW_PAGES = 4  # pages whose cleaned image is kept uncompressed: 4 x 8.7 MB at 300 dpi at most
_MIN_DPI, _MAX_DPI = 150, 600


@dataclass
class ScannedPage:
    """One page's result: lines in points, rulings in points, the cleaned image kept for cell re-reads.

    The image of a page after the first ``RAW_PAGES`` is kept compressed (a cleaned page is mostly white:
    0.3-4 MB instead of 8.7 MB), so a long scanned PDF does not fill memory; zlib at its fastest level,
    half the time of a PNG (whose row filters cost 0.2 s a page), since the page is only read back for
    the odd number re-read. The first pages, all most orders have, stay as they are: compressing one
    costs a tenth of a second, a few per cent of reading it."""

    number: int
    lines: list[Line]
    rules: list[tuple[float, float, float]]
    pixels: bytes  # the cleaned page, zlib-compressed when ``packed``
    dpi: int
    skew: float
    size: tuple[int, int] = (0, 0)  # (width, height) of the cleaned page in pixels
    languages: str = LANGUAGES  # the tesseract models it was read with (re-reads use them too)
    chinese: tuple[int, float] = (0, 1.0)  # Chinese characters read, tesseract's mean confidence on them
    clear: float = 1.0  # share of the page's words read with confidence (``page_orientation``)
    packed: bool = True

    @property
    def image(self) -> np.ndarray:
        width, height = self.size
        pixels = zlib.decompress(self.pixels) if self.packed else self.pixels
        return np.frombuffer(pixels, np.uint8).reshape(height, width)


def read_page(
    image: Image.Image,
    number: int,
    dpi: int = DPI,
    languages: str = LANGUAGES,
    as_it_lies: bool = False,
    page_reading: list[Word] | None = None,
) -> ScannedPage:
    """Clean, OCR and lay out one page image (upscaled to 300 dpi first: tesseract's best size). A page
    whose reading is garbled is turned upright and read again when it lay the wrong way, and a page in
    a script the models in use do not know is read again with its own (``page_script``); unless
    ``as_it_lies``: such a second reading itself, given the words outside the grid's cells when the
    script check has read them already (``page_reading``)."""
    if dpi < DPI * 0.85 and image.width * image.height * (DPI / dpi) ** 2 <= MAX_PAGE_PIXELS:
        image = image.resize((round(image.width * DPI / dpi), round(image.height * DPI / dpi)), Image.BICUBIC)
        dpi = DPI
    clean = clean_page(image, dpi)
    scale = 72.0 / dpi
    rules = [(x * scale, top * scale, bottom * scale) for x, top, bottom in clean.rules]
    cells = grid_cells(clean.rules, clean.rows)
    outside = blank_cells(clean.image, cells) if cells else clean.image
    page, readings = in_parallel(
        [
            lambda: page_reading if page_reading is not None else page_words(outside, number, dpi, languages),
            lambda: read_cells(clean.image, cells, number, dpi, languages),
        ]
    )
    if not as_it_lies and reads_garbled(page) and (turn := upright_turn(clean.image)):
        upright = read_page(turned(image, turn), number, dpi, languages, as_it_lies=True)
        if upright.clear > clear_share(page):  # OSD's answer, checked: the turned page reads better
            return upright
    if (
        not as_it_lies
        and reads_unknown_script(page)
        and (script := clearer_script(outside, number, dpi, page))
    ):
        languages, reading = script  # Cyrillic, Hangul, Thai
        return read_page(image, number, dpi, languages, as_it_lies=True, page_reading=reading)
    page = reread_table_region(page, outside, number, dpi, languages)
    chinese = chinese_confidence(page + [word for words in readings.values() for word in words])
    words = [word for word in page if not inside_any(word, cells, dpi)]
    outside_cells = sum(len(HAN_CHAR.findall(word.text)) for word in page)
    words += with_chinese_rereads(clean.image, readings, number, dpi, outside_cells, languages)
    words = read_uncovered_ink(words, clean.image, number, dpi, languages)
    words = reread_garbled_words(words, clean.image, number, dpi, languages)
    words = reread_latin_misreads(words, clean.image, number, dpi, languages)
    words = reread_latin_words(words, clean.image, number, dpi)
    words = reread_diacritics(words, clean.image, number, dpi)
    times = prints_times_signs(words, clean.image, dpi)
    if times:
        words = with_times_signs(words)
    words = with_ink_gaps(words, clean.image, dpi)
    words, bars = bars_in_words(words, rules)  # a text-mode report's | glued to a word: Item|Código
    rules += bars
    lines = group_lines(words, rules, ruled_cells=clean.drawn) if words else []
    repair_labels(lines)
    reread_unsure_cells(lines, clean.image, number, dpi, languages)
    if times:  # (a cell read again reads the sign as x again)
        for line in lines:
            line.cells = with_times_signs(line.cells)
    for line in lines:  # a re-read cell may span a border whose ruling it read as | (1603-0158|壓縮彈簧)
        line.cells = [part for cell in line.cells for part in split_at_bar(cell)]
    pixels, packed = np.ascontiguousarray(clean.image).tobytes(), number > RAW_PAGES
    height, width = clean.image.shape[:2]
    size, clear = (width, height), clear_share(page)
    return ScannedPage(
        number,
        lines,
        rules,
        zlib.compress(pixels, 1) if packed else pixels,
        dpi,
        clean.skew,
        size,
        languages,
        chinese,
        clear,
        packed,
    )


def read_pages(images: list[tuple[int, Image.Image]], dpi: int = DPI, workers: int | None = None) -> list:
    """OCR ``(page number, image)`` pairs; in parallel when there is more than one page and core.

    Pages go to threads, not processes: tesseract runs without the GIL (``loaded_tesseract``), and a
    thread keeps its loaded engines for the next document, where a worker process would load them
    again for every document."""
    pages = _read_all(images, dpi, workers, LANGUAGES)
    traditional = traditional_languages(LANGUAGES)
    unsure = next((page for page in pages if is_unsure_chinese(*page.chinese)), None)
    if traditional and unsure and reads_better_traditional(unsure.image, unsure.lines, unsure.dpi, LANGUAGES):
        return _read_all(images, dpi, workers, traditional)
    return pages


def _read_all(images: list[tuple[int, Image.Image]], dpi: int, workers: int | None, languages: str) -> list:
    workers = min(workers or os.cpu_count() or 1, len(images))
    if workers <= 1:
        return [read_page(image, number, dpi, languages) for number, image in images]
    return list(page_threads().map(lambda page: read_page(page[1], page[0], dpi, languages), images))


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
