"""Keys for comparing what documents print with what master data says: width, case, punctuation, suffixes.

OCR and e-mail turn ``ＡＣＭＥ Industrial Supply, Ltd.`` and ``华东精密制造有限公司`` into many spellings;
a key that drops the differences no person would care about makes exact matching do most of the work.
"""

from __future__ import annotations

import re
import unicodedata

_EN_SUFFIXES = {
    "co",
    "company",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "llc",
    "gmbh",
    "plc",
    "pte",
    "pty",
}
_ZH_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _fold(text: str) -> str:
    """NFKC (full width -> half width), case-folded, punctuation turned into spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text)
    return " ".join(text.split())


def company_key(name: str) -> str:
    """``Huadong Precision Manufacturing Co., Ltd.`` -> ``huadongprecisionmanufacturing``."""
    words = _fold(name).split()
    while len(words) > 1 and words[-1] in _EN_SUFFIXES:
        words.pop()
    key = "".join(words)
    stripped = True
    while stripped:
        stripped = False
        for suffix in _ZH_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key, stripped = key[: -len(suffix)], True
    return key


def part_key(part_no: str) -> str:
    """Ignores case, width, spaces, dashes and underscores: ``hd blt-0830`` == ``HD-BLT-0830``."""
    text = unicodedata.normalize("NFKC", part_no).casefold()
    return "".join(ch for ch in text if not (ch.isspace() or ch in "-_" or unicodedata.category(ch) == "Pd"))


def text_key(text: str) -> str:
    """Descriptions compared ignoring case, width, punctuation and spacing."""
    return _fold(text)


def numbers_in(text: str) -> list[str]:
    """The numbers in a description (sizes, voltages): a fuzzy match must never change them."""
    return _NUMBER.findall(unicodedata.normalize("NFKC", text))
