"""Pages fed into the scanner sideways or upside down, turned upright before they are read.

Checking every page's orientation first would cost each upright page a tesseract run (its orientation
and script detection, OSD: about 0.4 s a page at half resolution), and nearly every page is upright. So
the page is read as it comes, and only a page whose reading is garbled (few words tesseract is sure of:
0.75-0.99 of an upright page's words at 80 % confidence or more on the benchmark's scans, 0.11-0.23
of the same pages turned by 90 or 180 degrees) is asked which way it lies. OSD, trained on Latin
script, names the turn of Chinese pages too, though with less confidence, so its answer is only taken
when the turned page then reads more clearly than the page as it came (``ocr.scan_reader``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pytesseract
from PIL import Image

from ocr.layout import Word
from ocr.reading_quality import clear_share

GARBLED_BELOW = 0.4  # share of clearly read words under which a page is worth an orientation check
MIN_WORDS = 20  # fewer words, and a page is too empty to judge (a cover sheet, a signature page)
OSD_SCALE = 0.5  # OSD needs no more than half of 300 dpi to see which way the lines run
OSD_SECONDS = 30
OSD_CONFIG = "--psm 0 -c min_characters_to_try=5"  # orientation only; a sparse page still has a say
_TURN = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
# PIL turns counter-clockwise; OSD's ``Rotate`` is the clockwise turn that makes the page upright
_TRANSPOSE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def reads_garbled(words: Sequence[Word]) -> bool:
    """Whether a page's first reading looks like a page lying the wrong way: many words, few clear."""
    return len(words) >= MIN_WORDS and clear_share(words) < GARBLED_BELOW


def upright_turn(page: np.ndarray) -> int:
    """The clockwise turn in degrees (0, 90, 180, 270) tesseract's OSD says makes ``page`` upright; 0
    when it cannot tell (too few characters, OSD data missing)."""
    image = Image.fromarray(page)
    small = image.resize((max(1, round(image.width * OSD_SCALE)), max(1, round(image.height * OSD_SCALE))))
    try:
        answer = pytesseract.image_to_osd(small, config=OSD_CONFIG, timeout=OSD_SECONDS)
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # "Too few characters", no osd.traineddata, or the time ran out: read it as it came
    found = _TURN.search(answer)
    turn = int(found.group(1)) % 360 if found else 0
    return turn if turn in _TRANSPOSE else 0


def turned(image: Image.Image, turn: int) -> Image.Image:
    """``image`` turned ``turn`` degrees clockwise (exactly: a transpose, no resampling)."""
    return image.transpose(_TRANSPOSE[turn]) if turn in _TRANSPOSE else image
