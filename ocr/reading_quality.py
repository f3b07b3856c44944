"""How clearly tesseract read a set of words: the one measure the second-reading checks share.

A page turned upright (``page_orientation``), a page read in another script (``page_script``) and a
table read again on its own (``table_region_reread``) each replace a first reading only when the second
reads clearly itself (``CLEAR`` of its words read ``SURE``ly) and more clearly than the first.
"""

from __future__ import annotations

from collections.abc import Sequence

from ocr.layout import Word

SURE = 0.8  # a word tesseract reads with this confidence (0..1) or more is read clearly
CLEAR = 0.85  # a second reading with this share of clear words or more reads clearly itself


def clear_share(words: Sequence[Word]) -> float:
    """The share of ``words`` read with confidence ``SURE`` or more (1.0 for no words: nothing garbled)."""
    if not words:
        return 1.0
    return sum((word.confidence or 0.0) >= SURE for word in words) / len(words)
