"""Pages printed in a script the configured models cannot read (Cyrillic, Hangul, Thai, Georgian,
Armenian), read with its own.

Pages are read with ``chi_sim+eng``; loading Russian, Korean and Thai as well would slow every page. A
Russian order read so comes out as Latin letters tesseract is unsure of (``Nocrasuimk`` for Поставщик):
its numbers and codes read clearly, its words do not. So a page with little Chinese on it whose Latin
words read unclearly (under ``LATIN_CLEAR`` of them with 80 % certainty, from ``MIN_LATIN`` words on;
English pages of the benchmark 0.96-0.99, the Russian 1C order 0.49) is read once with each other
installed script's model beside English, and the clearest reading wins when it reads clearly itself
(``CLEAR``) and clearly better than the page's (``MARGIN``). tesseract's own script detection (OSD) was
tried first and named a Russian page Greek.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import numpy as np

from ocr.han import HAN_CHAR
from ocr.layout import Word
from ocr.loaded_tesseract import tessdata_dir
from ocr.reading_quality import CLEAR, SURE, clear_share
from ocr.tesseract_engine import page_words

OTHER_SCRIPTS = ("rus+eng", "kor+eng", "tha+eng", "kat+eng", "hye+eng")  # in this order, where installed
LATIN_CLEAR = 0.6
MIN_LATIN = 40  # Latin words on the page, at least (a Chinese page's few codes say nothing)
MAX_CHINESE = 20  # Chinese characters read on the page, at most: more, and it is a Chinese page
MARGIN = 0.1
_LATIN = re.compile(r"[A-Za-z]")


def reads_unknown_script(words: Sequence[Word]) -> bool:
    """Whether the page reads like a script the models in use do not know: little Chinese, and many
    Latin words read unclearly."""
    if sum(len(HAN_CHAR.findall(word.text)) for word in words) > MAX_CHINESE:
        return False
    latin = [word for word in words if _LATIN.search(word.text)]
    return len(latin) >= MIN_LATIN and clear_share(latin) < LATIN_CLEAR


def clearer_script(
    image: np.ndarray, page: int, dpi: int, words: Sequence[Word]
) -> tuple[str, list[Word]] | None:
    """The installed script model (with English) that reads ``image`` clearly and clearly better than
    ``words`` did, with its reading (the page is not read with it again); or None.

    Each model first reads only a band of the page (``PROBE_SHARE`` of its height, where most of its
    unclear words stand); only the one that reads that band best, clearly and clearly better than the
    page did there, reads the whole page. A Latin page whose scan merely reads unclearly costs a fraction
    of a page per script instead of a page each (five scripts since Georgian and Armenian)."""
    top, bottom = _probe_band(image, words, dpi)
    in_band = [word for word in words if top <= (word.top + word.bottom) / 2 * dpi / 72.0 < bottom]
    probe, best_share = None, max(CLEAR, clear_share(in_band) + MARGIN)
    for languages in OTHER_SCRIPTS:
        if tessdata_dir(languages) is None:
            continue
        share = clear_share(page_words(image[top:bottom], page, dpi, languages))
        if share >= best_share:
            probe, best_share = languages, share
    if probe is None:
        return None
    reading = page_words(image, page, dpi, probe)
    return (probe, reading) if clear_share(reading) >= max(CLEAR, clear_share(words) + MARGIN) else None


PROBE_SHARE = 0.3  # of the page's height a script's model reads first


def _probe_band(image: np.ndarray, words: Sequence[Word], dpi: int) -> tuple[int, int]:
    """Rows of ``image`` (pixels): the band ``PROBE_SHARE`` of its height holding most unclear words."""
    height = image.shape[0]
    band = max(1, int(height * PROBE_SHARE))
    unclear = sorted(
        int((word.top + word.bottom) / 2 * dpi / 72.0) for word in words if (word.confidence or 0.0) < SURE
    )
    if not unclear or band >= height:
        return 0, height
    start = max(unclear, key=lambda y: bisect.bisect_left(unclear, y + band) - bisect.bisect_left(unclear, y))
    top = min(max(0, start - band // 10), height - band)
    return top, top + band
