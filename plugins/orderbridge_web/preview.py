"""Page images of a source document, so the reviewer sees it beside the fields in any browser (a PDF in an
iframe depends on the browser's PDF viewer, which headless and locked-down browsers lack)."""

from __future__ import annotations

import io
from pathlib import Path

from ocr.pdfium_lock import PDFIUM

PREVIEW_DPI = 110
MAX_PAGES = 10
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def page_count(path: str, name: str) -> int:
    """Pages to preview: PDF pages (up to MAX_PAGES), 1 for an image, 0 for what cannot be shown."""
    suffix = Path(name).suffix.lower()
    if suffix in IMAGE_TYPES:
        return 1
    if suffix != ".pdf":
        return 0
    import pypdfium2

    with PDFIUM:  # the API server answers page requests on several threads
        try:
            pdf = pypdfium2.PdfDocument(path)
        except pypdfium2.PdfiumError:
            return 0
        try:
            return min(len(pdf), MAX_PAGES)
        finally:
            pdf.close()


def page_png(path: str, name: str, number: int) -> tuple[bytes, str]:
    """(image bytes, media type) of page ``number`` (1-based); IndexError when there is no such page."""
    suffix = Path(name).suffix.lower()
    if suffix in IMAGE_TYPES:
        if number != 1:
            raise IndexError(number)
        return Path(path).read_bytes(), IMAGE_TYPES[suffix]
    import pypdfium2

    with PDFIUM:
        pdf = pypdfium2.PdfDocument(path)
        try:
            if not 1 <= number <= min(len(pdf), MAX_PAGES):
                raise IndexError(number)
            image = pdf[number - 1].render(scale=PREVIEW_DPI / 72).to_pil().copy()
        finally:
            pdf.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue(), "image/png"
