"""Scanned versions of sample documents: rasterise at 300 dpi, degrade like a real scanner, repackage.

Degradation is seeded, so the same call gives the same bytes: a small rotation (0.5-2 degrees), grey
paper, Gaussian sensor noise, salt-and-pepper speckle, a slight blur and JPEG compression. ``clean`` scans
skip everything but the rasterising. The result can be an image-only PDF (what a scanner e-mails) or
a PNG, JPEG or multi-page TIFF.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader

from orderbridge.samples import pdf_drawing as draw

DPI = 300


@dataclass(frozen=True)
class Degradation:
    rotation: float = 0.0  # degrees, counter-clockwise
    paper: int = 255  # grey level of the paper
    noise: float = 0.0  # standard deviation of Gaussian noise, in grey levels
    speckle: float = 0.0  # share of pixels flipped to black or white
    blur: float = 0.0  # Gaussian blur radius in pixels
    jpeg_quality: int | None = None

    @classmethod
    def realistic(cls, seed: int) -> Degradation:
        """A typical office scan: every defect at a moderate, seeded strength."""
        rng = random.Random(seed)
        return cls(
            rotation=rng.choice((-1, 1)) * rng.uniform(0.5, 2.0),
            paper=rng.randint(215, 240),
            noise=rng.uniform(6, 12),
            speckle=rng.uniform(0.0005, 0.002),
            blur=rng.uniform(0.6, 1.1),
            jpeg_quality=rng.randint(40, 65),
        )


CLEAN = Degradation()


def rasterise(pdf_bytes: bytes, dpi: int = DPI) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def degrade(page: Image.Image, how: Degradation, seed: int = 0) -> Image.Image:
    """Apply ``how`` to a clean grey page image (deterministic for a given seed)."""
    image = page.convert("L")
    if how.paper < 255:  # ink stays dark, paper goes grey
        array = np.asarray(image, dtype=np.float32)
        image = Image.fromarray((array * how.paper / 255.0).astype(np.uint8))
    if how.rotation:
        image = image.rotate(how.rotation, resample=Image.BICUBIC, expand=False, fillcolor=how.paper)
    if how.blur:
        image = image.filter(ImageFilter.GaussianBlur(how.blur))
    rng = np.random.default_rng(seed)
    array = np.asarray(image, dtype=np.float32)
    if how.noise:
        array = array + rng.normal(0, how.noise, array.shape)
    if how.speckle:
        flips = rng.random(array.shape)
        array[flips < how.speckle / 2] = 0
        array[flips > 1 - how.speckle / 2] = 255
    image = Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))
    if how.jpeg_quality:
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=how.jpeg_quality)
        image = Image.open(io.BytesIO(buffer.getvalue())).convert("L")
    return image


def scan(pdf_bytes: bytes, how: Degradation = CLEAN, seed: int = 0) -> list[Image.Image]:
    return [degrade(page, how, seed + i) for i, page in enumerate(rasterise(pdf_bytes))]


def image_pdf(pages: list[Image.Image]) -> bytes:
    """An image-only PDF, one A4 page per image in the image's orientation (JPEG inside, as scanners
    write): a landscape order scanned lying sideways is a landscape page, not one squeezed upright."""
    buffer = io.BytesIO()
    canvas = draw.new_canvas(buffer, "scan")
    for page in pages:
        jpeg = io.BytesIO()
        page.save(jpeg, format="JPEG", quality=85)
        jpeg.seek(0)
        size = (
            (draw.PAGE_HEIGHT, draw.PAGE_WIDTH)
            if page.width > page.height
            else (draw.PAGE_WIDTH, draw.PAGE_HEIGHT)
        )
        canvas.setPageSize(size)
        canvas.drawImage(ImageReader(jpeg), 0, 0, width=size[0], height=size[1])
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image_file(pages: list[Image.Image], fmt: str) -> bytes:
    """PNG or JPEG (first page) or TIFF (every page), stamped with 300 dpi."""
    buffer = io.BytesIO()
    if fmt == "TIFF":
        pages[0].save(buffer, format="TIFF", save_all=True, append_images=pages[1:], dpi=(DPI, DPI))
    else:
        options = {"quality": 80} if fmt == "JPEG" else {}
        pages[0].save(buffer, format=fmt, dpi=(DPI, DPI), **options)
    return buffer.getvalue()
