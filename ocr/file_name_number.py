"""The order number in the attachment's name, when no label on the document names one.

Buyers' systems name the files they send after the order (Ariba ``PO_4500187326.pdf``, 易飞
``采购单_3301-20261215008.pdf``, ``Zamowienie_ZD_412_2026.pdf`` for ZD/412/2026, since a file name holds
no slash). A document whose number has no label the dictionary knows (a bare number under the title, an
unknown language's label) would be rejected for want of one, though the number is printed on it. So the
name's words, alone or two and three joined as an order number joins them (``-``, ``/``, ``.``, nothing),
are looked for on the document's first page as a whole word, a ``-`` also as the ``/`` a file name cannot
hold (``Narudzbenica 418-2026.xlsx`` for 418/2026), Latin letters also as the Greek or Cyrillic ones
the name could not spell (``Paraggelia_PA-2026-0418.xlsx`` for ΠΑ-2026-0418): the longest one printed
there with a digit in it, no date, is a candidate, weaker than any label or title (``file-name``: the
order goes to review).
A name is never trusted alone: a number not printed on the document is no candidate, nor one printed
after another document's label (``Invoice No.``, ``Quotation No.``), nor any in the name of an invoice,
quotation or delivery note (``Invoice_INV-0815.pdf``): those are no purchase orders and stay rejected.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from ocr.candidates import Candidate
from ocr.labels import split_pairs
from ocr.layout import Cell, Document
from ocr.normalise import parse_date

_WORDS = re.compile(r"[\s_]+")
_NUMBER = re.compile(r"(?=.*\d)[A-Za-z0-9][\w./-]{3,39}")  # letters and digits, a digit among them
_JOINERS = ("", "-", "/", ".", "_")
_OTHER_DOCUMENT = re.compile(
    r"invoice|rechnung|factura|fattura|facture|发票|發票|quot|angebot|报价|delivery.?note|lieferschein|送货单",
    re.IGNORECASE,
)
_SCAN_SUFFIX = re.compile(r"[-_ ]?scan[-_ ]?\d*dpi$|[-_ ](?:copy|kopie|副本)$", re.IGNORECASE)
MAX_RUN = 3  # words of the name joined into one number, at most


def file_name_number(doc: Document) -> list[Candidate]:
    """A PO-number candidate from ``doc.name``, printed on page 1 as a whole word; else none."""
    if not doc.name or _OTHER_DOCUMENT.search(doc.name):
        return []
    stem = _SCAN_SUFFIX.sub("", PurePath(doc.name).stem)
    words = [word for word in _WORDS.split(stem) if word]
    cells = [cell for line in doc.lines if line.page == 1 for cell in line.cells if not _labelled_other(cell)]
    found: list[tuple[int, str, Cell]] = []
    for size in range(1, MAX_RUN + 1):
        for start in range(len(words) - size + 1):
            for joiner in _JOINERS if size > 1 else ("",):
                joined = joiner.join(words[start : start + size])
                if not _NUMBER.fullmatch(joined) or _dated(joined):
                    continue
                if printed := _printed_as(joined, cells):
                    found.append((len(printed[0]), *printed))
    if not found:
        return []
    _, number, cell = max(found, key=lambda item: item[0])
    return [Candidate("po_number", number, cell, "file-name")]


_NOT_LATIN = r"[^\W\d_A-Za-z]"  # a letter of another script: Greek, Cyrillic
_DIGITS = re.compile(r"\d+")


def _printed_as(number: str, cells: list[Cell]) -> tuple[str, Cell] | None:
    """The number as a whole word of a cell (not inside a longer code or number), as printed there: each
    ``-`` of the name may be a ``/`` (``CV-26-0418`` for CV-26/0418: a file name holds no slash), and each
    run of Latin letters may be Greek or Cyrillic ones (``PA-2026-0418`` for ΠΑ-2026-0418, ``DG00-000418``
    for ДГ00-000418: one to as many letters, Θ being TH and Ж ZH)."""
    digits = max(_DIGITS.findall(number), key=len)
    pattern = _pattern(number)
    for cell in cells:
        if digits in cell.text and (match := pattern.search(cell.text)):  # (the cheap test first)
            return match[0], cell
    return None


def _pattern(number: str) -> re.Pattern[str]:
    parts, at = [], 0
    for part in re.finditer(r"[A-Za-z]+|-", number):
        parts.append(re.escape(number[at : part.start()]))
        latin = part[0]
        parts.append("[-/]" if latin == "-" else f"(?:{latin}|{_NOT_LATIN}{{1,{len(latin)}}})")
        at = part.end()
    parts.append(re.escape(number[at:]))
    return re.compile(rf"(?<![\w./-]){''.join(parts)}(?![\w/-]|\.\w)")


def _dated(word: str) -> bool:
    """Whether a file name's word is a date (``2026-12-08``, ``20261208``): not the order's number. Five
    bare digits are not: a sheet's date serial is no file name's word (``Ostotilaus_41872.pdf``)."""
    return parse_date(word) is not None and not re.fullmatch(r"\d{5}", word)


def _labelled_other(cell: Cell) -> bool:
    """Whether the cell's value follows a label of something other than the order's number."""
    return any(pair.field != "po_number" for pair in split_pairs(cell.text)[1])
