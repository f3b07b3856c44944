"""Tesseract (``chi_sim+eng``) on one cleaned page: positioned words; single cells re-read as numbers.

One tesseract process per page, each limited to one thread (``OMP_THREAD_LIMIT=1``): pages run in
parallel across cores instead, which is faster than tesseract's own threads on short pages. Coordinates
are converted from pixels to PDF points (1/72 inch) so scanned and text-layer pages share one geometry.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import cv2
import numpy as np
import pytesseract

from ocr.layout import Word

LANGUAGES = os.environ.get("ORDERBRIDGE_OCR_LANGUAGES", "chi_sim+eng")
PAGE_CONFIG = "--oem 1 --psm 3"  # automatic page segmentation: beats --psm 6 on PO layouts
NUMBER_CONFIG = "--oem 1 --psm 7 -c tessedit_char_whitelist=0123456789.,-"
MIN_WORD_CONFIDENCE = 10.0  # tesseract's 0..100; below this a "word" is usually a speck or a stroke

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


class OcrUnavailable(RuntimeError):
    """tesseract or its language data is not installed."""


@contextmanager
def image_file(image: np.ndarray) -> Iterator[str]:
    """The image as an uncompressed PGM file for tesseract: pytesseract's own PNG round trip costs
    seconds on a noisy 300 dpi page (noise does not compress)."""
    with tempfile.TemporaryDirectory(prefix="ob-ocr-") as folder:
        path = os.path.join(folder, "page.pgm")
        if not cv2.imwrite(path, image):
            raise OcrUnavailable("cannot write the page image for tesseract")
        yield path


def page_words(image: np.ndarray, page: int, dpi: int) -> list[Word]:
    """Every word tesseract reads on the page, in points, with its confidence (0..1) kept beside it."""
    try:
        with image_file(image) as path:
            data = pytesseract.image_to_data(
                path, lang=LANGUAGES, config=PAGE_CONFIG, output_type=pytesseract.Output.DICT
            )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable("tesseract is not installed") from exc
    except pytesseract.TesseractError as exc:
        raise OcrUnavailable(f"tesseract failed: {exc.message}".strip()) from exc
    scale = 72.0 / dpi
    words = []
    for i, text in enumerate(data["text"]):
        text = text.strip().strip(_STRAY_MARKS) or text.strip()
        confidence = float(data["conf"][i])
        if not text or confidence < MIN_WORD_CONFIDENCE or _is_stroke(text):
            continue
        left, top, width, height = (data[key][i] for key in ("left", "top", "width", "height"))
        box = (left * scale, top * scale, (left + width) * scale, (top + height) * scale)
        words.append(Word(text, page, *box, confidence=confidence / 100.0))
    return words


_STRAY_MARKS = "\u201c\u201d\u2018\u2019\"'`|"  # specks read as quotes glued to a word: ”物料编码


def _is_stroke(text: str) -> bool:
    """Leftovers of erased rulings and borders: ``|``, ``—``, ``_`` runs."""
    return all(ch in "|｜_—-=~'\"`.,:;!丨一" for ch in text) and len(text) <= 3 and text not in ("-",)


def read_number(image: np.ndarray) -> tuple[str, float] | None:
    """One cell's number, read alone with a digits-only whitelist: (text, confidence 0..1)."""
    padded = np.pad(image, 12, constant_values=255)
    with image_file(padded) as path:
        data = pytesseract.image_to_data(
            path, lang="eng", config=NUMBER_CONFIG, output_type=pytesseract.Output.DICT
        )
    parts = [(t.strip(), float(c)) for t, c in zip(data["text"], data["conf"], strict=True) if t.strip()]
    if not parts:
        return None
    return "".join(t for t, _ in parts), min(c for _, c in parts) / 100.0
