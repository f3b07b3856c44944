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

import re
from collections.abc import Sequence

import numpy as np

from ocr.han import HAN_CHAR
from ocr.layout import Word
from ocr.loaded_tesseract import tessdata_dir
from ocr.reading_quality import CLEAR, clear_share
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
    """The installed script models (with English) that read ``image`` clearly and clearly better than
    ``words`` did, with their reading (the page is not read with them again); or None."""
    best, best_share = None, max(CLEAR, clear_share(words) + MARGIN)
    for languages in OTHER_SCRIPTS:
        if tessdata_dir(languages) is None:
            continue
        reading = page_words(image, page, dpi, languages)
        if (share := clear_share(reading)) >= best_share:
            best, best_share = (languages, reading), share
    return best
