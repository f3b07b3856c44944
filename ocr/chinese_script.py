"""Which Chinese a scan is printed in: simplified (the mainland) or traditional (Taiwan, Hong Kong).

Tesseract's ``chi_sim`` model reads a traditional page as simplified characters with many errors
(鴻源精密工業 comes out as 鸿源精密工业, 擋塊 as 描块), and ``chi_tra`` does the reverse; neither model
reads both well, and reading every page with both is twice the time. So pages are read with the
configured languages first (``chi_sim+eng``); where a page's Chinese reads unsurely (tesseract's mean
confidence on its Chinese characters below ``UNSURE``: 0.88-0.92 on simplified scans of the benchmark
corpus, 0.78-0.81 on traditional ones), a band of its most Chinese lines is read with both models, and
the document is read again with the traditional one only if that reads the band clearly better (by
``MARGIN`` points of confidence). A poor simplified scan stays simplified: there ``chi_sim`` wins the band.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from ocr.han import HAN_CHAR
from ocr.layout import Line, Word
from ocr.loaded_tesseract import read_data, tessdata_dir

SIMPLIFIED, TRADITIONAL = "chi_sim", "chi_tra"
UNSURE = 0.86  # mean confidence (0..1) on a page's Chinese characters below which the band is read
MARGIN = 5.0  # points of tesseract confidence (0..100) the traditional model must win the band by
MIN_CHINESE = 20  # characters on the page: fewer, and the page is not Chinese enough to judge
BAND_LINES = 4  # the most Chinese lines read with both models
BAND_PSM = 6  # one block of text


def chinese_confidence(words: list[Word]) -> tuple[int, float]:
    """The number of Chinese characters in ``words`` and tesseract's mean confidence on them (0..1)."""
    count, mean = _per_character((word.text, word.confidence or 0.0) for word in words)
    return count, 1.0 if mean is None else mean


def _per_character(readings: Iterable[tuple[str, float]]) -> tuple[int, float | None]:
    """(text, confidence) readings as the number of Chinese characters in them and the confidence's mean
    per character (None without any)."""
    weighed = [(len(HAN_CHAR.findall(text)), confidence) for text, confidence in readings]
    count = sum(n for n, _ in weighed)
    return count, (sum(n * confidence for n, confidence in weighed) / count if count else None)


def traditional_languages(languages: str) -> str | None:
    """``languages`` with the simplified model swapped for the traditional one, if both are in use and
    installed; else None."""
    models = languages.split("+")
    if SIMPLIFIED not in models:
        return None
    swapped = "+".join(TRADITIONAL if model == SIMPLIFIED else model for model in models)
    return swapped if tessdata_dir(swapped) else None


def is_unsure_chinese(count: int, confidence: float) -> bool:
    return count >= MIN_CHINESE and confidence < UNSURE


def reads_better_traditional(image: np.ndarray, lines: list[Line], dpi: int, languages: str) -> bool:
    """Whether the traditional model reads the page's most Chinese lines clearly better."""
    other = traditional_languages(languages)
    band = _band(image, lines, dpi)
    if other is None or band is None:
        return False
    return _mean_confidence(band, other) >= _mean_confidence(band, languages) + MARGIN


def _band(image: np.ndarray, lines: list[Line], dpi: int) -> np.ndarray | None:
    """The page's most Chinese lines cut out and stacked, white between them."""
    ranked = sorted(lines, key=lambda line: -sum(len(HAN_CHAR.findall(c.text)) for c in line.cells))
    scale, pad = dpi / 72.0, 6
    strips = []
    for line in ranked[:BAND_LINES]:
        top = max(0, int(min(c.top for c in line.cells) * scale) - pad)
        bottom = int(max(c.bottom for c in line.cells) * scale) + pad
        left = max(0, int(min(c.x0 for c in line.cells) * scale) - pad)
        right = int(max(c.x1 for c in line.cells) * scale) + pad
        strip = image[top:bottom, left:right]
        if strip.size:
            strips.append(strip)
    if not strips:
        return None
    height, width = sum(s.shape[0] + 2 * pad for s in strips), max(s.shape[1] for s in strips)
    band = np.full((height, width), 255, np.uint8)
    y = pad
    for strip in strips:
        band[y : y + strip.shape[0], : strip.shape[1]] = strip
        y += strip.shape[0] + 2 * pad
    return band


def _mean_confidence(band: np.ndarray, languages: str) -> float:
    data = read_data(band, languages, BAND_PSM)
    readings = zip(data["text"], map(float, data["conf"]), strict=True)
    _, mean = _per_character((text, confidence) for text, confidence in readings if text and confidence >= 0)
    return 0.0 if mean is None else mean
