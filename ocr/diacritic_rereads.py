"""Latin words on a German page read again by the German model, for the umlauts ``eng`` cannot read.

The page models (``chi_sim+eng``) have no ä, ö, ü or ß: ``vergütet`` comes out as ``vergutet``,
``Distanzhülse`` as ``Distanzhilse``, ``Grubäcker`` as ``Grubacker`` (and an address or description is
then wrong). Reading every page with ``deu`` as well would cost a second pass on every Chinese order, so
only a page that reads as German (``GERMAN_WORDS``: at least ``MIN_GERMAN`` different ones of its words
are common German words) has its Latin words cut out onto one collage and read by ``deu`` alone. A
word takes the German reading only when that differs from it by its diacritics and nothing else
(each ä, ö, ü or ß explaining at most one changed character: ``hilse`` -> ``hülse``, ``StraBe`` ->
``Straße``), read at least ``SURE`` surely: this path adds umlauts, it never rewrites a word.
Without the ``deu`` model installed, pages are left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from rapidfuzz.distance import Levenshtein

from ocr.layout import Word
from ocr.loaded_tesseract import tessdata_dir
from ocr.scaled_reads import pixel_box, read_scaled

MODEL = "deu"
SURE = 0.8  # the German reading's certainty, at least
MIN_GERMAN = 3  # different common German words on the page before it counts as German
# Common German words of purchase orders, as the English model reads them (umlauts lost: fur, Stuck).
_GERMAN = (
    "und der die das mit fur für bei nach von vom zur zum ihre ihr bitte innerhalb tage tagen nicht "
    "bestellung bestellnummer bestelldatum lieferung lieferadresse lieferanschrift lieferant "
    "liefertermin lieferdatum lieferbedingungen zahlungsbedingungen zahlung menge einheit stuck stück "
    "stk preis einzelpreis gesamtpreis gesamt summe netto brutto mwst ust bezeichnung artikel pos "
    "datum anzahlung"
)
GERMAN_WORDS = frozenset(_GERMAN.split())
_DIACRITICS = "äöüÄÖÜß"
_FOLDED = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"})
_LETTERS = re.compile(r"[A-Za-z]")


def reread_diacritics(words: list[Word], image: np.ndarray, page: int, dpi: int) -> list[Word]:
    """The words, on a German page, with the umlauts the German model reads in them."""
    if not is_german(words) or tessdata_dir(MODEL) is None:
        return words
    latin = [i for i, word in enumerate(words) if word.confidence is not None and _is_latin_word(word.text)]
    if not latin:
        return words
    boxes = [pixel_box(words[i], dpi, image.shape) for i in latin]
    readings = read_scaled(image, boxes, page, dpi, (1.0,), MODEL)
    out = list(words)
    for i, box in zip(latin, boxes, strict=True):
        reading = readings[box][0]
        if len(reading) != 1:
            continue  # nothing read there, or two words: no diacritic to add
        german = reading[0].text.strip()
        if (reading[0].confidence or 0.0) >= SURE and _only_diacritics_added(words[i].text, german):
            out[i] = replace(words[i], text=german)
    return out


def is_german(words: list[Word]) -> bool:
    found = {w.text.strip(".,:;()").lower() for w in words} & GERMAN_WORDS
    return len(found) >= MIN_GERMAN


def _is_latin_word(text: str) -> bool:
    return text.isascii() and _LETTERS.search(text) is not None


def _only_diacritics_added(first: str, german: str) -> bool:
    """Whether ``german`` is ``first`` with umlauts or ß where ``first`` had other characters: each of
    them explains one changed character at most, and nothing else changed."""
    marks = sum(ch in _DIACRITICS for ch in german)
    if not marks:
        return False
    folded = german.translate(_FOLDED)
    return min(Levenshtein.distance(folded.replace("ß", s), first) for s in ("ss", "B", "b")) <= marks
