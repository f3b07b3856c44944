"""Bounds that keep one hostile file from taking the reader, and every document after it, down.

A PDF bomb is small on disk and huge once read: a page tree claiming a million pages, a content stream
that inflates to gigabytes (often compressed twice), a page the size of a wall, an image of billions of
pixels. The libraries underneath (PDFium, Pillow) would try, and the process would swap or be
killed by the kernel, taking the other documents of the batch with it. Every check here runs before the
expensive step, in constant memory, and raises ``DocumentRejected("too-large", ...)`` with the figure.
"""

from __future__ import annotations

import base64
import io
import re
import zlib
from collections.abc import Iterable, Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from orderbridge.errors import DocumentRejected

MAX_PDF_PAGES = 1000
MAX_STREAM_BYTES = 128 * 1024 * 1024  # one inflated PDF stream (an A3 RGB page at 300 dpi is 52 MB)
BASE_INFLATED_BYTES = 256 * 1024 * 1024  # all streams of a PDF: this plus PER_PAGE_BYTES a page
PER_PAGE_BYTES = 32 * 1024 * 1024
MAX_PAGE_PIXELS = 40_000_000  # a page rendered or scanned for OCR (A4 at 600 dpi is 35 Mpx)
MAX_IMAGE_PIXELS = 150_000_000  # an image inside a PDF page that is rendered for OCR
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024  # all members of a workbook's zip, as they declare themselves
MAX_SHEET_ROWS, MAX_SHEET_COLUMNS = 100_000, 512

# "stream" not after "end", checked by hand: a leading lookbehind made the scan 20 times slower
_STREAM = re.compile(rb"stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_FLATE, _A85, _AHX = {b"FlateDecode", b"Fl"}, {b"ASCII85Decode", b"A85"}, {b"ASCIIHexDecode", b"AHx"}
_CHUNK = 1 << 20
_LENGTH = re.compile(rb"/Length\s+(\d{1,12})(?![\d.])(?!\s+\d+\s+R)")  # a number, not a reference
_END = re.compile(rb"\s*endstream")
_MAX_DEFLATE_RATIO = 1032  # the most one byte of deflate data can expand to


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


def plain_pdf_bytes(pdf: pdfium.PdfDocument, data: bytes) -> bytes:
    """The bytes whose streams ``check_pdf_streams`` can measure: ``data`` itself, unless it is encrypted.

    A PDF encrypted with only an owner password opens without one, and its streams are ciphertext that
    inflates to nothing: a bomb inside would pass. PDFium (which decrypts it anyway) writes a decrypted
    copy; streams keep their compression, so the copy is about the file's size and nothing is inflated."""
    if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf) == -1:
        return data
    buffer = io.BytesIO()
    try:
        pdf.save(buffer, flags=pdfium_c.FPDF_REMOVE_SECURITY)
    except pdfium.PdfiumError as exc:
        raise DocumentRejected("corrupt-pdf", f"the encrypted PDF cannot be decrypted ({exc})") from exc
    return buffer.getvalue()


def check_pdf_streams(data: bytes, pages: int) -> None:
    """Inflate every Flate-compressed stream (also behind ASCII85/hex, and chained Flate) in bounded
    chunks, counting bytes only; reject before any one stream or all of them grow past the limits.

    A stream whose exact /Length caps what it can inflate to below MAX_STREAM_BYTES (deflate expands
    at most 1032 times, ASCII85 4 times) is not inflated at all: its cap is counted instead. Only if
    the caps together overrun the budget is every stream measured exactly, before rejecting."""
    budget = BASE_INFLATED_BYTES + PER_PAGE_BYTES * max(1, pages)
    if _inflated_total(data, budget, capped=True) <= budget:
        return
    if _inflated_total(data, budget, capped=False) > budget:
        raise too_large(f"the PDF's streams inflate to over {budget >> 20} MB for {pages} page(s)")


def _inflated_total(data: bytes, budget: int, capped: bool) -> int:
    """Bytes all Flate streams inflate to (or their caps), stopping once over ``budget``."""
    total = 0
    for match in _STREAM.finditer(data):
        if data[max(0, match.start() - 3) : match.start()] == b"end":
            continue  # endstream
        before = data[max(0, match.start() - 2048) : match.start()]
        filters = _filters(before)
        if not any(name & _FLATE for name in filters[:2]):
            continue
        cap = _cap(data, match.end(), before, filters) if capped else None
        if cap is None or cap > MAX_STREAM_BYTES:
            cap = _stream_size(data, match.end(), filters)
        total += cap
        if total > budget:
            break
    return total


def _stream_size(data: bytes, start: int, filters: list[set[bytes]]) -> int:
    size = 0
    for piece in _decoded(data, start, filters):
        size += len(piece)
        if size > MAX_STREAM_BYTES:
            raise too_large(
                f"a stream at byte {start} inflates to over {MAX_STREAM_BYTES >> 20} MB (a compression bomb)"
            )
    return size


def _cap(data: bytes, start: int, before: bytes, filters: list[set[bytes]]) -> int | None:
    """The most the stream can inflate to, if its /Length is a number that really ends at ``endstream``
    (then PDFium reads exactly that many bytes); None when unknown or when Flate is chained."""
    lengths = _LENGTH.findall(before[before.rfind(b"obj") :] if b"obj" in before else before)
    if not lengths or sum(1 for name in filters if name & _FLATE) != 1:
        return None
    length = int(lengths[-1])
    if not _END.match(data, start + length):
        return None
    factor = 1
    for name in filters:
        if name & _A85:
            factor *= 4  # "z" stands for four zero bytes
        elif name & _FLATE:
            factor *= _MAX_DEFLATE_RATIO
        elif not name & _AHX:
            return None
    return length * factor + _CHUNK


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
