"""The order's number after a label no dictionary knows, told by what the label says and what the value is.

An order in a language the dictionary does not hold still names its number in one of two ways that need
no dictionary: the label repeats the document's own title word (Catalan ``COMANDA DE COMPRA`` over
``Núm. comanda  CV-26/0418``, Greek ``ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ`` over ``Αριθμός Παραγγελίας``, Macedonian
``НАРАЧКА`` over ``Број на нарачка``), or it holds one of the few words and signs for "number" (``Nr.``,
``Broj``, ``№``, ``#``, Swahili ``Namba``, Persian ``شماره``, Tajik ``рақам``, Amharic ``ቁጥር``,
a compound ending in ``nummer``). Its value is a code: a digit in it, no space, no date, no amount, not so
many digits that it is an account or a tax number.

Of such values above the line table on page 1, one whose label echoes the title beats one whose label
only says "number", and a value printed again elsewhere (a print header, the next page's head) beats
one printed once; then the first on the page. The candidate is weak (``number-label``: the order goes to
review), and is asked for only when no label, title or file name gave a number at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher

from ocr.candidates import Candidate
from ocr.han import HAN_CHAR
from ocr.labels import split_pairs
from ocr.layout import Cell, Document, Line
from ocr.normalise import parse_date, parse_decimal
from ocr.unlabelled_values import unknown_label

# "number" in the languages buyers write, bare or ending a compound (Ordrenummer, Bestellnr, Tilausnumero)
_NUMBER_WORD = re.compile(
    r"(?:^|[\s(])(?:no|nr|nro|n|nº|n°|num|numero|number|nummer|numer|numeris|numurs|numri|nomor|nombor|nomer"
    r"|so|br|broj|бр|број|номер|нoмер|αρ|αριθμος|cislo|c|szam|sz|sayi|namba|nambari|рақам|рақами|رقم|شماره|מספר|ቁጥር)"
    r"\.?(?=$|[\s.:)/])"
    r"|[^\W\d_]{3,}(?:nummer|numer|numero|nr|szam)\.?(?=$|[\s:])|[#№]|号$",  # 单号, not 二号工厂
)
_CODE = re.compile(r"(?=\S*\d)[^\W_][\w./-]{1,28}[\w]|\d{1,3}")  # CV-26/0418, 10418, НР-0418/26
# A title or label, the number's sign and the number, then more (its date): the number ends at a comma
_SIGNED = re.compile(r"(?P<label>[^\W\d_][^№#]*?)\s*[№#]\s*(?P<value>[^\s,;]+)[,;]?(?:\s+\S.*)?$")
_SIGN_READ = re.compile(r"(?<=[^\W\d_]\s)N\s?[eoº°2]\.?(?=\s+[^\s,;]*\d)")  # № as OCR's Latin reads it
_MARK = re.compile(r"^(?:[#№]|n[º°o]\.?)\s*", re.IGNORECASE)  # № 0418 as 0418
MAX_DIGITS = 12  # more are an account, a tax or a phone number; order numbers have 10 at most (SAP)
TITLE_LINES = 12  # lines of page 1 a title stands within
STEM = 5  # letters a label's word shares with a title word to echo it (comanda, нарачка, ordre)


def unlabelled_number(doc: Document, above: Sequence[Line]) -> list[Candidate]:
    """The PO-number candidate among the values after unknown labels on ``above`` (page 1 over the line
    table), or none."""
    titles = _title_words(above[:TITLE_LINES])
    printed = [cell.text for line in doc.lines for cell in line.cells]
    best: tuple[int, Candidate] | None = None
    for k, line in enumerate(above):
        for i, cell in enumerate(line.cells):
            for label, value in _labelled_values(line, i, above[k - 1] if k else None):
                echoes = any(_echoes(word, titles) for word in _words(label))
                says_number = bool(_NUMBER_WORD.search(_folded(label)))
                if not (echoes or says_number) or not _is_code(value):
                    continue
                again = sum(value in text for text in printed) > 1
                rank = 2 * echoes + says_number + again
                if best is None or rank > best[0]:
                    note = f"a code after the label {label.strip()!r}, which no dictionary knows"
                    best = (rank, Candidate("po_number", value, cell, "number-label", note=note))
    return [best[1]] if best else []


def _labelled_values(line: Line, i: int, above: Line | None) -> list[tuple[str, str]]:
    """(label, value) pairs the line's cell ``i`` is the value of: after its label in the cell (``Nr.:
    0418``), after a label cell, or under one; only labels the dictionary does not know."""
    cell, found = line.cells[i], []
    label, colon, value = cell.text.partition(":") if ":" in cell.text else cell.text.partition("：")
    if colon and unknown_label(label):
        found.append((label, value.strip()))
    elif (match := re.fullmatch(r"(?P<label>.*?\S)\s+(?P<value>\S+)", cell.text.strip())) and (
        _NUMBER_WORD.search(_folded(match["label"])) and unknown_label(match["label"])
    ):
        found.append((match["label"], match["value"]))  # Nr. UB-2026/0418, Broj 26-0130-000418
    elif (signed := _SIGNED.match(_signed_as_printed(cell))) and unknown_label(signed["label"]):
        found.append((f"{signed['label']} №", signed["value"]))  # ... БУЙРУТМА № ТА-000418, 2026-жылдын ...
    if i and _label(line.cells[i - 1].text):
        found.append((line.cells[i - 1].text, cell.text.strip()))
    if above is not None and above.page == line.page:
        found += [
            (label.text, cell.text.strip())
            for label in above.cells
            if label.h_overlap(cell.x0, cell.x1) > 0 and _label(label.text)
        ]
    return [(label, _MARK.sub("", value.lstrip(":： "))) for label, value in found]


def _signed_as_printed(cell: Cell) -> str:
    """The cell's text, with the number sign an OCR'd title lost put back: a Latin model has no ``№`` and
    reads it as ``Ne``, ``No`` or ``N°`` (``Upjün edijä sargyt № KT-000418`` as ``... sargyt Ne KT-000418``);
    only between words and a code with a digit in it."""
    text = cell.text.strip()
    return text if cell.confidence is None else _SIGN_READ.sub("№", text)


def _label(text: str) -> bool:
    """An unknown label, or a number's sign alone (``№``, ``#``)."""
    return text.strip() in ("№", "#") or unknown_label(text)


def _is_code(value: str) -> bool:
    """Whether ``value`` is a document's code: a digit in it, one word, no date, no amount with decimals,
    at most MAX_DIGITS digits."""
    if not _CODE.fullmatch(value) or sum(ch.isdigit() for ch in value) > MAX_DIGITS or HAN_CHAR.search(value):
        return False  # (Chinese words with a digit are an address, a name: 锡兴路58号)
    if _dated(value) or value.endswith("%"):
        return False
    return not (re.fullmatch(r"[\d.,]*[.,]\d+", value) and parse_decimal(value) is not None)  # 17.2350


def _dated(value: str) -> bool:
    """Whether ``value`` is a date: one with separators, or eight digits of this century (``20261218``);
    other bare digits are numbers (``41872`` is no date serial here, ``26000418`` no year 2600)."""
    if value.isdigit() and not re.fullmatch(r"20\d{6}", value):
        return False
    return parse_date(value) is not None


def _title_words(lines: Sequence[Line]) -> list[str]:
    """The words of page 1's title cells: one to four words of letters alone, in capitals (``COMANDA DE
    COMPRA``, ``НАРАЧКА``, ``ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ``), that are no label the dictionary knows."""
    words = []
    for line in lines:
        for cell in line.cells:
            text = cell.text.strip()
            if not text.isupper() or not 1 <= len(text.split()) <= 4 or split_pairs(text)[1]:
                continue
            if all(word.isalpha() for word in text.replace("-", " ").split()):
                words += _words(text)
    return words


def _words(text: str) -> list[str]:
    return [word for word in re.split(r"[^\w]+", _folded(text)) if len(word) >= STEM]


def _echoes(word: str, titles: list[str]) -> bool:
    """Whether ``word`` shares STEM letters in a row with a title word (``comanda`` in ``Núm. comanda``,
    ``παραγγελι`` in both ``Παραγγελίας`` and ``ΠΑΡΑΓΓΕΛΙΑ``, ``ordre`` in ``Ordrenr.`` and
    ``Indkøbsordre``)."""
    for title in titles:
        match = SequenceMatcher(None, word, title, autojunk=False).find_longest_match()
        if match.size >= STEM:
            return True
    return False


def _folded(text: str) -> str:
    """Lower case without accents (``Número`` as ``numero``, ``Αριθμός`` as ``αριθμος``)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
