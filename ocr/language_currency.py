"""The currency a document's language tells, when the document itself does not say it clearly.

¥ is the yen in Japan and the yuan in China: on an order written in Japanese, a ¥ amount is in JPY
(``japanese_yen``); and an order in simplified Chinese that names no currency at all is in yuan
(``home_currency``).

The dictionary reads ¥ (and ￥) as CNY, which is right for the Chinese orders most customers send. A
Japanese buyer's 注文書 often names no currency at all: its amounts carry ¥ (or 円) and its text is
Japanese, told apart from Chinese by its kana (の, に, ご, カタカナ), which Chinese never prints. Such a
document gets JPY as a currency candidate, weaker than any label (通貨 USD on an export order wins).
"""

from __future__ import annotations

import re

from ocr.candidates import Candidate
from ocr.han import HAN_CHAR
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


HOME_CURRENCY = "home-currency"
MIN_HAN = 40  # Chinese characters on the document, at least
# Characters only traditional Chinese writes (Taiwan, Hong Kong: their orders are in NT$ or HK$)
_TRADITIONAL = re.compile(
    "[們單價數號貨廠區應這會國與開關萬無為額購採訂項規備註聯絡電話條總計稅營業帳幣臺灣]"
)


def home_currency(doc: Document) -> list[Candidate]:
    """CNY, the weakest of candidates, for a document in simplified Chinese (no kana, no traditional
    characters): used only when no label, column hint or sign on the amounts names a currency."""
    text = doc.text
    if len(HAN_CHAR.findall(text)) < MIN_HAN or _KANA.search(text) or _TRADITIONAL.search(text):
        return []
    first = next((cell for line in doc.lines for cell in line.cells if HAN_CHAR.search(cell.text)), None)
    return [Candidate("currency", "CNY", first, HOME_CURRENCY)] if first else []
