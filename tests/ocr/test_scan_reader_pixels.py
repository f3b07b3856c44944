"""A scanned page keeps its cleaned image for re-reads: as it is on a document's first pages, compressed
after them (a long scan's memory stays flat)."""

from __future__ import annotations

import zlib

import numpy as np
from PIL import Image, ImageDraw

from ocr.scan_reader import RAW_PAGES, ScannedPage, read_page


def test_the_image_reads_back_the_same_packed_or_not() -> None:
    image = np.arange(12, dtype=np.uint8).reshape(3, 4)
    raw = ScannedPage(1, [], [], image.tobytes(), 300, 0.0, (4, 3), packed=False)
    packed = ScannedPage(5, [], [], zlib.compress(image.tobytes(), 1), 300, 0.0, (4, 3), packed=True)
    assert (raw.image == image).all() and (packed.image == image).all()


def test_the_first_pages_stay_uncompressed_and_later_ones_are_compressed() -> None:
    page = Image.new("L", (600, 300), 255)
    ImageDraw.Draw(page).text((40, 120), "PO No. 4711", fill=0)
    first, later = read_page(page, 1), read_page(page, RAW_PAGES + 1)
    assert not first.packed and len(first.pixels) == first.size[0] * first.size[1]
    assert later.packed and len(later.pixels) < len(first.pixels) // 10
    assert (first.image == later.image).all()
