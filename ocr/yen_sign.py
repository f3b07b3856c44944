"""¥ is the yen in Japan and the yuan in China: on an order written in Japanese, a ¥ amount is in JPY.

The dictionary reads ¥ (and ￥) as CNY, which is right for the Chinese orders most customers send. A
Japanese buyer's 注文書 often names no currency at all: its amounts carry ¥ (or 円) and its text is
Japanese, told apart from Chinese by its kana (の, に, ご, カタカナ), which Chinese never prints. Such a
document gets JPY as a currency candidate, weaker than any label (通貨 USD on an export order wins).
"""

from __future__ import annotations

import re

from ocr.candidates import Candidate
from ocr.layout import Document

_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc]")  # hiragana, katakana and its long-vowel mark
_YEN_AMOUNT = re.compile(r"[¥￥]\s*\d|\d\s*円")
MIN_KANA = 10  # kana characters on the document, at least: a Chinese order quoting one word is not Japanese


def japanese_yen(doc: Document) -> list[Candidate]:
    """A JPY candidate on the first ¥ or 円 amount of a document written in Japanese, else none."""
    kana = sum(len(_KANA.findall(cell.text)) for line in doc.lines for cell in line.cells)
    if kana < MIN_KANA:
        return []
    for line in doc.lines:
        for cell in line.cells:
            if _YEN_AMOUNT.search(cell.text):
                return [Candidate("currency", "JPY", cell, "title")]
    return []
