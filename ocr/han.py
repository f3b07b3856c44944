"""The Chinese characters (CJK Unified Ideographs, U+4E00-U+9FFF) as patterns every reader module shares.

``HAN_CHARS`` is the bare range for building larger patterns (``rf"[{HAN_CHARS}]{{2,8}}"``); full-width
punctuation and CJK symbols are not in it, so modules that treat them as Chinese say so in their own
pattern (``ocr.layout``, ``ocr.cell_stacks``).
"""

from __future__ import annotations

import re

HAN_CHARS = "\u4e00-\u9fff"
HAN_CHAR = re.compile(f"[{HAN_CHARS}]")  # one character (``.match``, ``.search``)
HAN_RUN = re.compile(f"[{HAN_CHARS}]+")  # a run of them (``.fullmatch``: text all Chinese)
