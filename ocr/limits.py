"""Bounds that keep one hostile file from taking the reader, and every document after it, down.

A PDF bomb is small on disk and huge once read: a page tree claiming a million pages, a content stream
that inflates to gigabytes (often compressed twice), a page the size of a wall, an image of billions of
pixels. The libraries underneath (pdfium, pdfminer, Pillow) would try, and the process would swap or be
killed by the kernel, taking the other documents of the batch with it. Every check here runs before the
expensive step, in constant memory, and raises ``DocumentRejected("too-large", ...)`` with the figure.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterable, Iterator

from orderbridge.errors import DocumentRejected

MAX_PDF_PAGES = 1000
MAX_STREAM_BYTES = 128 * 1024 * 1024  # one inflated PDF stream (an A3 RGB page at 300 dpi is 52 MB)
BASE_INFLATED_BYTES = 256 * 1024 * 1024  # all streams of a PDF: this plus PER_PAGE_BYTES a page
PER_PAGE_BYTES = 32 * 1024 * 1024
MAX_PAGE_PIXELS = 40_000_000  # a page rendered or scanned for OCR (A4 at 600 dpi is 35 Mpx)
MAX_IMAGE_PIXELS = 150_000_000  # an image inside a PDF page that is rendered for OCR
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024  # all members of a workbook's zip, as they declare themselves
MAX_SHEET_ROWS, MAX_SHEET_COLUMNS = 100_000, 512

_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_FLATE, _A85, _AHX = {b"FlateDecode", b"Fl"}, {b"ASCII85Decode", b"A85"}, {b"ASCIIHexDecode", b"AHx"}
_CHUNK = 1 << 20


def too_large(message: str) -> DocumentRejected:
    return DocumentRejected("too-large", message)


def check_page_count(count: int) -> None:
    if count > MAX_PDF_PAGES:
        raise too_large(f"the PDF has {count} pages; the limit is {MAX_PDF_PAGES}")


def check_page_pixels(number: int, width_px: float, height_px: float) -> None:
    pixels = width_px * height_px
    if pixels > MAX_PAGE_PIXELS:
        raise too_large(
            f"page {number} is {width_px:.0f} x {height_px:.0f} pixels at the OCR resolution "
            f"({pixels / 1e6:.0f} Mpx); the limit is {MAX_PAGE_PIXELS / 1e6:.0f} Mpx"
        )


def check_image_pixels(number: int, width: int, height: int) -> None:
    if width * height > MAX_IMAGE_PIXELS:
        raise too_large(
            f"page {number} holds a {width} x {height} pixel image; the limit is "
            f"{MAX_IMAGE_PIXELS / 1e6:.0f} Mpx"
        )


def check_pdf_streams(data: bytes, pages: int) -> None:
    """Inflate every Flate-compressed stream (also behind ASCII85/hex, and chained Flate) in bounded
    chunks, counting bytes only; reject before any one stream or all of them grow past the limits."""
    budget = BASE_INFLATED_BYTES + PER_PAGE_BYTES * max(1, pages)
    total = 0
    for match in _STREAM.finditer(data):
        filters = _filters(data[max(0, match.start() - 2048) : match.start()])
        if not any(name & _FLATE for name in filters[:2]):
            continue
        size = 0
        for piece in _decoded(data, match.end(), filters):
            size += len(piece)
            if size > MAX_STREAM_BYTES:
                raise too_large(
                    f"a stream at byte {match.end()} inflates to over {MAX_STREAM_BYTES >> 20} MB "
                    "(a compression bomb)"
                )
        total += size
        if total > budget:
            raise too_large(f"the PDF's streams inflate to over {budget >> 20} MB for {pages} page(s)")


def _filters(before: bytes) -> list[set[bytes]]:
    """The filter chain of the stream whose dictionary ends ``before`` (each as a one-name set)."""
    dictionary = before[before.rfind(b"obj") :] if b"obj" in before else before
    found = _FILTER.findall(dictionary)
    if not found:
        return []
    return [{name} for name in _NAME.findall(found[-1])]


def _decoded(data: bytes, start: int, filters: list[set[bytes]]) -> Iterator[bytes]:
    pieces: Iterable[bytes] = (data[i : i + _CHUNK] for i in range(start, len(data), _CHUNK))
    for i, name in enumerate(filters):
        if name & _A85 and i == 0:
            pieces = _ascii(data, start, b"~>", _a85)
        elif name & _AHX and i == 0:
            pieces = _ascii(data, start, b">", _hex)
        elif name & _FLATE:
            pieces = _inflated(pieces)
        else:
            break  # LZW, DCT, ... : not measured (their expansion is bounded or lossy images)
    return iter(pieces)


def _ascii(data: bytes, start: int, end_marker: bytes, decode) -> Iterator[bytes]:
    end = data.find(end_marker, start)
    if end < 0:
        return
    try:
        yield decode(data[start:end])
    except ValueError:
        return


def _a85(text: bytes) -> bytes:
    return base64.a85decode(text, ignorechars=b" \t\n\r\x0b\x0c")


def _hex(text: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", text).decode("ascii", "replace")
    return bytes.fromhex(digits + "0" * (len(digits) % 2))


def _inflated(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """zlib output in chunks of at most 1 MB; a damaged stream simply ends (pdfium decides later)."""
    inflater = zlib.decompressobj()
    try:
        for piece in pieces:
            pending = piece
            while pending and not inflater.eof:
                out = inflater.decompress(pending, _CHUNK)
                pending = inflater.unconsumed_tail
                if out:
                    yield out
            if inflater.eof:
                return
    except zlib.error:
        return


def check_zip_members(sizes: Iterable[int]) -> None:
    """An XLSX is a zip: its members' declared sizes bound what zipfile will ever inflate."""
    total = sum(sizes)
    if total > MAX_UNZIPPED_BYTES:
        raise too_large(
            f"the workbook unpacks to {total >> 20} MB; the limit is {MAX_UNZIPPED_BYTES >> 20} MB"
        )
