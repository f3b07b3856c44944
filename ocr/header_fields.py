"""Header fields by label: the value follows the label in its cell, sits in the next cell to the right,
or (box-grid layouts, label above value) in the cell just below the label.

Every place a field may come from is kept as a candidate; the assembler takes the first one whose value
parses. Lines that belong to a line table are skipped, so a column called ``Total`` is not a total.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ocr.candidates import COMPANY, Candidate
from ocr.date_habits import date_habit
from ocr.file_name_number import file_name_number
from ocr.labels import split_pairs
from ocr.language_currency import home_currency, japanese_yen
from ocr.layout import Cell, Document, Line, pipe_parts
from ocr.normalise import address_lines, parse_currency, parse_date, parse_decimal
from ocr.signature_block import signature_names
from ocr.title_fields import (
    HONORIFIC,
    addressee_supplier,
    honorific_supplier,
    title_buyer,
    title_currency,
    title_number,
    window_parties,
)
from ocr.unlabelled_number import unlabelled_number
from ocr.unlabelled_values import DATE_FIELDS, unlabelled_currency, unlabelled_dates, unlabelled_terms

SUM_FIELDS = {"total", "subtotal"}
MULTILINE_FIELDS = {"ship_to_address"}
_WRAP_GAP = 1.2  # an address line follows the one above within this share of its height (double spacing)
_SHEET_WRAP_GAP = 0.5  # spreadsheet rows touch: a blank row between two rows ends the block


def find_candidates(
    doc: Document, skip: Iterable[int] = (), beside: dict[int, list[Cell]] | None = None
) -> dict[str, list[Candidate]]:
    """All label-paired values in the document, by field, in document order. Lines in ``skip`` (the line
    table's) are left out but for their cells ``beside`` the table (form fields on an item row)."""
    skipped, beside = set(skip), beside or {}
    kept = [
        line if line.index not in skipped else replace(line, cells=beside[line.index])
        for line in doc.lines
        if line.index not in skipped or line.index in beside
    ]
    lines = [_parted(_rejoined(line)) for line in kept]
    wrap_gap = _SHEET_WRAP_GAP if doc.is_sheet else _WRAP_GAP
    found: dict[str, list[Candidate]] = {}
    for position, line in enumerate(lines):
        for i, cell in enumerate(line.cells):
            _prefix, pairs = split_pairs(cell.text)
            for k, pair in enumerate(pairs):
                if pair.value and pair.field in SUM_FIELDS and k == len(pairs) - 1:
                    paired = [
                        _sum_right(pair.field, line, i)
                        or Candidate(pair.field, pair.value, cell, "label-inline")
                    ]
                elif pair.value:
                    value = _without_code(pair.field, pair.value)
                    inline = Candidate(pair.field, value, cell, "label-inline")
                    paired = [_name_under_code(inline, lines[position + 1 :])]
                elif k == len(pairs) - 1:
                    paired = _right_or_below(pair.field, line, i, lines[position + 1 :])
                else:
                    paired = []
                for candidate in paired:
                    if _FILL_IN.search(candidate.text) or _ENDS_AS_LABEL.search(candidate.text):
                        continue  # a blank to sign or fill in (供应商确认: ______), or a label itself
                    if candidate.field in PARTY_FIELDS and not _LETTER.search(candidate.text):
                        continue  # no name: a number (Tel. proveedor: +86 512 …, the label's word read alone)
                    if pair.field in MULTILINE_FIELDS:
                        parts = _name_and_address(candidate, lines[position + 1 :], wrap_gap)
                    elif pair.field in SENTENCE_FIELDS and _unfinished(candidate.text):
                        parts = [_sentence(candidate, lines[position + 1 :], wrap_gap)]
                    else:
                        parts = [candidate]
                    for part in parts:
                        found.setdefault(part.field, []).append(_weighed(part))
    titles = title_buyer(doc) + title_number(doc) + window_parties(doc) + honorific_supplier(doc)
    titles += currency_statements(doc) + title_currency(doc) + japanese_yen(doc) + file_name_number(doc)
    titles += home_currency(doc)
    for candidate in titles + signature_names(doc):
        found.setdefault(candidate.field, []).append(candidate)
    for name in PARTY_FIELDS:
        if name in found:
            found[name] = [replace(c, text=_as_written(_party_name(c.text), doc)) for c in found[name]]
    if "supplier_name" not in found:
        named = {name for field in ("buyer_name", "ship_to_name") if (name := _best(found, field))}
        addressee = addressee_supplier(doc, named) if named else []
        if addressee:
            found["supplier_name"] = addressee
    _number_dated(found)
    first_row = min(skipped, default=None)
    above = [line for line in lines if line.page == 1 and (first_row is None or line.index < first_row)]
    unlabelled = unlabelled_dates(above, found)
    unlabelled += [] if found.get("payment_terms") else unlabelled_terms(above)
    unlabelled += [] if found.get("currency") else unlabelled_currency(above)
    unlabelled += [] if found.get("po_number") else unlabelled_number(doc, above)
    for candidate in unlabelled:
        found.setdefault(candidate.field, []).append(candidate)
    habit = date_habit(doc)
    if habit:
        for name in DATE_FIELDS:
            found[name] = [replace(c, date_habit=habit) for c in found.get(name, [])]
    return found


# An order's number with its date after it (1C: ``№ УГ00-000412 от 14 декабря 2026 г.``, BAS ``від``;
# ``4711 dated 3 May 2026``, ``4711 vom 03.05.2026``, ``4711 du 03/05/2026``): the number, then its date.
_DATED = re.compile(  # also SAP's Bestellnummer/Datum: ``4500293817 / 15.12.2026``
    r"^(?P<number>\S*\d\S*)\s+(?:от|від|dated|vom|du|del|de fecha|/)\s+(?P<date>\S.*)$", re.IGNORECASE
)


# A slip number that is its day and the day's sequence (ECOUNT's 일자-No. ``2026/12/16-3``)
_DAY_SEQUENCE = re.compile(r"^(?P<date>\d{4}[/.-]\d{1,2}[/.-]\d{1,2})-\d{1,4}$")
DAY_SEQUENCE_DATE = 0.5  # the date inside a number: below any labelled order date


def _number_dated(found: dict[str, list[Candidate]]) -> None:
    """Each order number candidate with a date after it becomes the number alone, and the date a
    candidate for the order date (in place); a number made of its day and a sequence keeps its text and
    gives its day as a weak order date."""
    for i, candidate in enumerate(found.get("po_number", [])):
        dated = _DATED.match(candidate.text.strip())
        if dated and parse_date(dated["date"]):
            found["po_number"][i] = replace(candidate, text=dated["number"])
            found.setdefault("order_date", []).append(
                replace(candidate, field="order_date", text=dated["date"])
            )
        elif (day := _DAY_SEQUENCE.match(candidate.text.strip())) and parse_date(day["date"]):
            found.setdefault("order_date", []).append(
                replace(
                    candidate,
                    field="order_date",
                    text=day["date"],
                    factor=candidate.factor * DAY_SEQUENCE_DATE,
                    note="the day of the order number (its day and the day's sequence)",
                )
            )


# A sentence that says the document's currency (``All amounts in US Dollars``, ``Prices in EUR``)
_CURRENCY_STATEMENT = re.compile(
    r"^\s*(?:all\s+)?(?:amounts|prices|figures|values)\s+(?:are\s+)?(?:shown\s+|stated\s+)?in\s+(?P<currency>.+?)\.?\s*$",
    re.IGNORECASE,
)


# 1C's line under the totals: ``Всего наименований 12, на сумму 10 977,70 USD`` (or руб.)
_SUM_IN_CURRENCY = re.compile(r"на\s+сумму\s+[\d\s.,]+?\s*(?P<currency>[A-Z]{3}|руб\.?|₽)", re.IGNORECASE)


def currency_statements(doc: Document) -> list[Candidate]:
    """The currency a sentence names for every amount (on page 1, or the 1C sum line under the
    totals), a weaker candidate than a label."""
    found = []
    for line in doc.lines:
        for cell in line.cells:
            if summed := _SUM_IN_CURRENCY.search(cell.text):
                found.append(Candidate("currency", summed["currency"], cell, "label-inline", 0.9))
        if line.page != 1:
            continue
        for cell in line.cells:
            match = _CURRENCY_STATEMENT.match(cell.text)
            if match:
                found.append(Candidate("currency", match["currency"], cell, "label-inline", 0.9))
    return found


def _best(found: dict[str, list[Candidate]], field: str) -> str | None:
    """The best-scored candidate's text of ``field``, folded for comparing names."""
    ranked = sorted(found.get(field, []), key=lambda c: -c.score)
    return ranked[0].text.strip().casefold() if ranked else None


# A blank to fill in or a place to stamp or sign (``（盖章）`` beside 甲方 in a contract's signature block).
_FILL_IN = re.compile(
    r"_{3,}|\.{6,}|…{2,}|^\s*[(（]?\s*(?:盖章|签章|签字|签名|盖公章|签字盖章|签字或盖章)\s*[)）]?\s*$"
)
_ENDS_AS_LABEL = re.compile(r"[:：]\s*$")  # Supplier confirmation 供应商确认: | ____ : a caption, no value
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script


_PERSON = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+\.?(?:\s+(?:de|van|von|der|la)?\s*[A-Z][a-z]+){1,2}|[\u4e00-\u9fff]{2,3}"
)
# A person's phone number and e-mail after their name (``Dana Whitfield (507) 451-8823 dw@kr.com``).
_CONTACT_TAIL = re.compile(
    r"(?:\s+(?:(?:Tel|Phone|Ph|Mob|Email|E-mail)\.?:?\s*)?(?:[(+]?\d[\d ().-]{6,}\d|\S+@\S+))+$"
)
# A part of a company rather than the company (采购组织：万嘉装备采购中心, the purchasing centre).
_COMPANY_UNIT = re.compile(r"(?:中心|部|科|处|室|Department|Dept\.?|Centre|Center|Division)$", re.IGNORECASE)
LATER_PAGE = 0.9  # a header field's value on a later page: a running head repeating it, often with more


def _weighed(candidate: Candidate) -> Candidate:
    """How far to trust where a value was found, beyond its pairing: header fields are printed on the first
    page (page 2's ``Purchase Order No. P26-01453 of 04.12.2026 - continued`` is a running head), and a
    buyer or supplier "name" that is a person's (``Buyer: Kelvin Lau``, the purchasing agent) or a
    department's (``采购组织：万嘉装备采购中心``) ranks below the letterhead company."""
    factor = 1.0
    if candidate.cell.page > 1 and candidate.field not in SUM_FIELDS:
        factor *= LATER_PAGE
    named = candidate.text.strip()
    person = _PERSON.fullmatch(_CONTACT_TAIL.sub("", named)) or _COMPANY_UNIT.search(named)
    if candidate.field in PARTY_FIELDS and person and not COMPANY.search(named):
        factor *= PERSON_NAME
    if candidate.field == "payment_terms" and not any(ch.isdigit() for ch in named):
        factor *= METHOD_ONLY
    return replace(candidate, factor=candidate.factor * factor) if factor != 1.0 else candidate


PARTY_FIELDS = ("buyer_name", "supplier_name")
PERSON_NAME = 0.6  # times 0.9 (label-right): below a letterhead's company name (0.6)
# Payment terms without a number of days beside terms with one (结算方式：电汇 beside 付款协议：月结60天):
# the first is how the money moves, the second when.
METHOD_ONLY = 0.95
_CUT_LABEL = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]{1,4}")  # Chinese or Hangul: 상 | 호


def _rejoined(line: Line) -> Line:
    """A label OCR cut in two cells (``交货`` | ``日期 2026年12月05日``) joined again, in a copied line."""
    cells = list(line.cells)
    i = 0
    while i + 1 < len(cells):
        left, right = cells[i], cells[i + 1]
        joined = left.text.strip() + right.text.strip()
        prefix, pairs = split_pairs(joined) if _CUT_LABEL.fullmatch(left.text.strip()) else ("", ())
        cut = pairs and not prefix and len(pairs[0].label) > len(left.text.strip())  # the label opens it
        if cut and not split_pairs(left.text)[1]:
            cells[i : i + 2] = [_merged(left, right, joined)]
        i += 1
    return line if cells == line.cells else Line(line.page, cells, line.index)


def _parted(line: Line) -> Line:
    """The line with each cell that holds several things between `` | `` as one cell per thing."""
    cells = [part for cell in line.cells for part in pipe_parts(cell)]
    return line if len(cells) == len(line.cells) else Line(line.page, cells, line.index)


# A party's code before its name (``Vendor QIHP1 - Suzhou Qihang … Co., Ltd.``, ``V-20418 – Acme Inc.``)
_CODE_BEFORE_NAME = re.compile(r"^(?=[^\s]*\d)[A-Za-z0-9][\w./-]{1,15}\s+[-–]\s+(?P<name>\S.*)$")


# An ERP's master-data code before a Chinese name, a space between (鼎捷 T100: ``QH0012 苏州启航精工…``):
# letters and digits, both.
_CODE_BEFORE_CHINESE = re.compile(
    r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9./-]{1,11}\s+(?P<name>[\u4e00-\u9fff].*)$"
)


def _without_code(field: str, value: str) -> str:
    """A buyer's or supplier's name without the code printed before it. (Payment terms keep their key:
    SAP's ``Z060 月结60天，电汇`` is wanted whole, 鼎捷's ``P60 月结60天`` without it: no rule serves
    both.)"""
    if field not in PARTY_FIELDS:
        return value
    coded = _CODE_BEFORE_NAME.match(value) or _CODE_BEFORE_CHINESE.match(value)
    return coded["name"] if coded and COMPANY.search(coded["name"]) else value


_SITE_DASH = re.compile(r"\s+[-–]\s+")


def _as_written(name: str, doc: Document) -> str:
    """A name in capitals (a letterhead's ``HIDRÁULICA LEVANTE, S.L.``, or its usual case guessed from
    them) as the document writes it in small letters elsewhere (``Hidráulica Levante, S.L.`` in a delivery
    address), if it does and nowhere as the name reads now."""
    if len(name) < 6 or not any(ch.isupper() for ch in name):
        return name
    folded, spellings = name.casefold(), []
    for line in doc.lines:
        for cell in line.cells:
            if name in cell.text:
                return name
            at = cell.text.casefold().find(folded)
            written = cell.text[at : at + len(name)] if at >= 0 else ""
            if len(written) == len(name) and not written.isupper():
                spellings.append(written)
    return spellings[0] if spellings else name


def _party_name(name: str) -> str:
    """A party's name without what its cell prints around it: the party's code in the buyer's system
    before it (EAS ``02.0318 苏州启航精工科技有限公司``), a site after a dash, or else details after commas,
    an addressee's honorific, and the Hangul half of a Hangul + Latin name."""
    if (coded := _PARTY_CODE.match(name)) and COMPANY.search(name[coded.end() :]):
        name = name[coded.end() :]
    without_site = _without_site(name)
    if without_site != name:
        return without_site
    return _latin_of_hangul(_without_honorific(_without_details(name)))


# A code of digits with separators (02.0318, 1001-023) or of six digits or more, before a company's name
_PARTY_CODE = re.compile(r"^\s*(?:\d+(?:[.\-/]\d+)+|\d{6,})\s+(?=\S)")


def _without_site(name: str) -> str:
    """A company's name without the site or department after it (``Bréval Hydraulique SAS - Siège
    social``, ``… SAS - Comptabilité fournisseurs``): the part before a spaced dash, when it carries the
    company's legal form and what follows carries none."""
    head, *rest = _SITE_DASH.split(name, maxsplit=1)
    if rest and COMPANY.search(head) and not COMPANY.search(rest[0]):
        return head
    return name


def _without_details(name: str) -> str:
    """A company's name without what its cell goes on with after a comma (1C's party blocks:
    ``ООО "Уралгидропривод", ИНН 6679123456, КПП …``, ``Suzhou Qihang … Co., Ltd., Китай, 215163, …``):
    the comma-separated parts up to the last that carries a legal form, when one does and parts without
    one follow (``Acme, Inc.`` keeps both)."""
    parts = name.split(", ")
    formed = [i for i, part in enumerate(parts) if COMPANY.search(part)]
    if not formed or formed[-1] == len(parts) - 1:
        return name
    end = formed[0]
    while end + 1 < len(parts) and COMPANY.search(parts[end + 1]):
        end += 1  # Co., Ltd.
    return ", ".join(parts[: end + 1])


def _without_honorific(name: str) -> str:
    """A company's name without the honorific a letter puts after its addressee (``… Co., Ltd. 귀중``,
    ``…株式会社 御中``), when what is left carries the company's legal form."""
    addressed = HONORIFIC.match(name.strip())
    return addressed["name"] if addressed and COMPANY.search(addressed["name"]) else name


_HANGUL_THEN_LATIN = re.compile(r"^(?P<hangul>[^A-Za-z]*[\uac00-\ud7af][^A-Za-z]*?)\s+(?P<latin>[A-Za-z].*)$")


def _latin_of_hangul(name: str) -> str:
    """A Korean company named in Hangul and in Latin in one cell (``한빛정밀(주) Hanbit Precision Co.,
    Ltd.``), each with its legal form: the Latin name, the one a Chinese supplier's ERP holds."""
    both = _HANGUL_THEN_LATIN.match(name)
    if both and COMPANY.search(both["hangul"]) and COMPANY.search(both["latin"]):
        return both["latin"].strip()
    return name


_CAPTIONED_CODE = re.compile(r"^[^\W\d_][^:：]{0,15}[:：]\s*")
_BARE_CODE = re.compile(r"^(?=\S*\d)[A-Za-z0-9][\w./-]{2,15}$")


def _name_under_code(candidate: Candidate, following: list[Line]) -> Candidate:
    """A party label whose value is only the party's code in the buyer's ERP (Sage X3's ``Fournisseur :
    F00871``, SAP Business One's ``Código: P00042`` under ``Proveedor``), the company's name on the line
    under it: that name."""
    code = _CAPTIONED_CODE.sub("", candidate.text)  # SAP Business One: ``Código: P00042`` over the name
    if candidate.field not in PARTY_FIELDS or not _BARE_CODE.match(code) or not following:
        return candidate
    cell, below = candidate.cell, following[0]
    if below.page != cell.page or below.top - cell.bottom > _WRAP_GAP * (cell.bottom - cell.top):
        return candidate
    named = [c for c in below.cells if cell.x0 - 2 <= c.x0 < cell.x1 and COMPANY.search(c.text)]
    return replace(candidate, text=named[0].text, cell=named[0]) if named else candidate


def _merged(left: Cell, right: Cell, text: str) -> Cell:
    """One cell of ``text`` spanning ``left`` and the ``right`` one after it, as unsure as the less sure."""
    known = [c for c in (left.confidence, right.confidence) if c is not None]
    return replace(
        left,
        text=text,
        x1=right.x1,
        top=min(left.top, right.top),
        bottom=max(left.bottom, right.bottom),
        confidence=min(known, default=None),
    )


def _is_label(cell: Cell) -> bool:
    prefix, pairs = split_pairs(cell.text)
    return bool(pairs) and not prefix


def _waiting_label(cell: Cell) -> bool:
    """A label whose value is not in its own cell: the next cell is its value."""
    prefix, pairs = split_pairs(cell.text)
    return bool(pairs) and not prefix and not pairs[-1].value


_FAR = 8.0  # a cell further right than this many line heights belongs to another block of the header
FAR_RIGHT = 0.9  # a far cell's score, when a cell below the label competes (0.81 < label-below 0.85)


def _right_or_below(field: str, line: Line, i: int, following: list[Line]) -> list[Candidate]:
    """The value right of its label, unless that cell is far off (the other half of a two-block header:
    ``Shipping address:`` left, the vendor's address right) and a value sits under the label. A far cell
    stays a weaker candidate: in a column of short labels (``Date``) the values may all sit far right."""
    label = line.cells[i]
    right = _beside(field, line, i)
    below = _below(field, label, following)
    if right and _heads_a_box(right, line, following):
        return [below or right]
    if right and right.cell.x0 - label.x1 > _FAR * (label.bottom - label.top):
        weaker = replace(right, factor=FAR_RIGHT, note="far right of its label")
        return [below, weaker] if below else [right]
    return [c for c in (right or below,) if c]


def _heads_a_box(right: Candidate, line: Line, following: list[Line]) -> bool:
    """The cell right of a label is an unknown label itself in a row of label boxes over their values
    (``PO Number | Requisitioner | Date``): two known labels or more in the row, and words with a value
    under them. A label and its value side by side, row after row, has one label a row."""
    cell = right.cell
    if re.search(r"\d", cell.text) or len(cell.text) > 30 or not following or COMPANY.search(cell.text):
        return False  # (a company's name is a value, never an unknown label)
    if right.field == "currency" and parse_currency(cell.text):
        return False  # ``Loại tiền (Currency): | USD``: the field's own kind of value
    if sum(_is_label(c) for c in line.cells) < 2:
        return False
    below = following[0]
    return below.page == cell.page and any(abs(c.x0 - cell.x0) <= 3 for c in below.cells)


def _beside(field: str, line: Line, i: int) -> Candidate | None:
    """The next cell to the right; for sums the right-most number (a totals row may carry a quantity sum)."""
    if field in SUM_FIELDS:
        numbers = [cell for cell in line.cells[i + 1 :] if parse_decimal(cell.text) is not None]
        if numbers:
            return Candidate(field, numbers[-1].text, numbers[-1], "label-right")
    if i + 1 < len(line.cells) and not _is_label(line.cells[i + 1]):
        cell = _continued(line.cells, i + 1) if field in MULTILINE_FIELDS else line.cells[i + 1]
        return Candidate(field, cell.text, cell, "label-right")
    return None


def _sum_right(field: str, line: Line, i: int) -> Candidate | None:
    """A total's amount in a cell right of its label cell, though something follows the label in its own
    cell (``Total Amount 48434`` | ``EUR 13,710.00``: OCR read 總金額 as digits): a totals row ends in its
    amount."""
    numbers = [cell for cell in line.cells[i + 1 :] if parse_decimal(cell.text) is not None]
    return Candidate(field, numbers[-1].text, numbers[-1], "label-right") if numbers else None


_ADDRESS_GAP = 2.0  # line heights


def _continued(cells: list[Cell], at: int) -> Cell:
    """An address cell and the cells OCR split off it at a wide glyph gap (``...二号`` | ``厂房``): each next
    cell closer than two line heights that is no label (OCR's box of a short first cell, ``广东``, may
    end a character early); a farther cell is the next block of the header."""
    value = cells[at]
    for cell in cells[at + 1 :]:
        if cell.x0 - value.x1 >= _ADDRESS_GAP * (value.bottom - value.top) or _has_label(cell):
            break
        value = _merged(value, cell, f"{value.text} {cell.text}")
    return value


_CHINESE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")


def _block(
    candidate: Candidate, following: list[Line], wrap_gap: float, passing: tuple[str, ...] = ()
) -> list[str]:
    """The value's text, then the lines wrapped under it: each starting where the value starts, with no
    labels, taking only the cells under the value (a ``Ship To`` block in the right half of a two-column
    header keeps to its column). A line with a time of day (``Goods receiving Mon-Fri 07:00-14:30``) is
    a note under the address, not part of it; a line opening with a Chinese label and its colon is
    another field, though the dictionary does not know the label. A line of one of the ``passing`` fields
    (a ship-to block's ``Attn: Receiving - Dock 3``) is stepped over: the block goes on under it."""
    value, previous = candidate.cell, candidate.cell
    start = (
        value.x0 + (value.x1 - value.x0 - _width(candidate))
        if candidate.method == "label-inline"
        else value.x0
    )
    texts = [candidate.text]
    for line in following:
        if value in line.cells:
            continue  # the value's own line (a value below its label)
        tolerance = max(2.0, 0.1 * (value.x1 - value.x0))
        aligned = [c for c in line.cells if abs(c.x0 - start) <= tolerance or abs(c.x0 - value.x0) <= 2]
        near = line.page == value.page and line.top - previous.bottom < wrap_gap * (value.bottom - value.top)
        if near and not aligned and all(c.x0 >= value.x1 or c.x1 <= start for c in line.cells):
            continue  # a line of the block beside this one, printed between two of this block's lines
        first = aligned[0].text if aligned else ""
        if near and aligned and passing and _labelled_as(aligned[0], passing):
            previous = aligned[0]
            continue
        if not near or not aligned or _has_label(aligned[0]) or _TIME_OF_DAY.search(first):
            break
        if first.rstrip().endswith((":", "：")):
            break  # a sentence that introduces what follows (``... u Vás objednávame:``), no address line
        if _CHINESE_LABEL.match(first):
            break  # a label the dictionary does not know, with its colon (金蝶 KIS: 采购方式：赊购)
        under = [c for c in line.cells if aligned[0].x0 - 1 <= c.x0 < max(value.x1, aligned[0].x1)]
        at = line.cells.index(aligned[0])
        if any(_has_label(c) for c in under) or (at and _waits(line.cells[at - 1])):
            break  # a label, or the value of the bare label just left of it (联系人 | 李娜)
        texts.append(" ".join(c.text for c in under))
        previous = aligned[0]
    return texts


def _waits(cell: Cell) -> bool:
    """A bare label whose value is the next cell: one the dictionary knows, or any ending in a colon
    (Belarusian ``Адказная асоба:`` | ``Вольга Кавалёва``, under the ship-to address)."""
    return _waiting_label(cell) or cell.text.rstrip().endswith((":", "：", "՝"))


# 07:00 or, as Portugal and France write it, 8h30
_TIME_OF_DAY = re.compile(r"(?<![\w.:])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d.:])")


# A value wrapped mid-sentence (``30% advance by T/T, balance`` over ``70% against copy of B/L``) goes on
# in the lines under it; one that reads as finished is all there is (the next line is something else).
SENTENCE_FIELDS = {"payment_terms"}
_UNFINISHED = re.compile(
    r"(?:[,，、;；(（/&+-]|\b(?:and|or|of|by|to|with|against|after|before|within|from|balance|plus|net))$",
    re.IGNORECASE,
)


def _unfinished(text: str) -> bool:
    return bool(_UNFINISHED.search(text.strip()))


def _sentence(candidate: Candidate, following: list[Line], wrap_gap: float) -> Candidate:
    """The value and the lines it goes on in, while each ends unfinished."""
    texts = _block(candidate, following, wrap_gap)
    kept = [texts[0]]
    for text in texts[1:]:
        if not _unfinished(kept[-1]):
            break
        kept.append(text)
    return replace(candidate, text=" ".join(kept)) if len(kept) > 1 else candidate


def _joined_block(candidate: Candidate, texts: list[str]) -> Candidate:
    return replace(candidate, text=address_lines(texts)) if len(texts) > 1 else candidate


# A ship-to block's first line is a name, not the address's start, when the next line starts with a street
# number and it has no digits, or is Latin text not starting with one (``Bayline Supply - Receiving Dock 3``
# over ``31555 Huntwood Ave``; a Chinese address line may go on with a number: 1号楼).
_NAME_LINE = re.compile(r"^[^\d]*$|^[^\d\u4e00-\u9fff][^\u4e00-\u9fff]*$")
_ADDRESS_WORDS = re.compile(
    r"\b(?:Flat|Unit|Room|Rm|Suite|Ste|Floor|Fl|Building|Bldg|Block|Blk|Tower|Street|St|Road|Rd|Avenue|Ave"
    r"|Lane|Ln|Drive|Dr|Way|Blvd|P\.?O\.? Box)\b|\d+/F\b",
    re.IGNORECASE,
)


# The word for a street where it comes first in an address line (Av. Lo Boza 8360, Calle, Rua, Via, Rue):
# after a first line without a digit (a name), the address starts there
_STREET_WORD = re.compile(
    r"(?:Av|Avda|Avenida|Calle|Carrera|Cra|Camino|Paseo|Rua|Via|Viale|Piazza|Rue|Boulevard|Bd|Chemin"
    r"|All[ée]e|Jir[óo]n|Jl|Jalan|ul|ulica)\b\.?\s",  # Indonesian Jl., Polish ul.
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def _name_and_address(candidate: Candidate, following: list[Line], wrap_gap: float) -> list[Candidate]:
    """A ship-to block under its label: a first line that is a name (a company word, or no digits while
    the next line starts with a street number or a street word) is the ship-to name, the lines after it
    the address."""
    texts = _block(candidate, following, wrap_gap, passing=("contact",))
    head, _, where = texts[0].partition(", ")
    if len(texts) == 1 and where and COMPANY.search(head) and _DIGIT.search(where):
        texts = [head, where]  # one line: the company (its site) first, then where
    first, rest = texts[0], texts[1:]
    name_like = _NAME_LINE.match(first) and not _ADDRESS_WORDS.search(first) and not first.endswith(",")
    street_next = rest and (
        rest[0][:1].isdigit() or (_STREET_WORD.match(rest[0]) and not _DIGIT.search(first))
    )
    named = rest and (COMPANY.search(first) or (name_like and street_next))
    if candidate.method == "label-inline" or not named:
        return [_joined_block(candidate, texts)]
    # both keep the candidate's factor and note (a block far right of its label stays the weaker one)
    return [
        replace(candidate, text=address_lines(rest)),
        replace(candidate, field="ship_to_name", text=first),
    ]


def _width(candidate: Candidate) -> float:
    """How wide an inline value is inside its cell, estimated from its share of the characters."""
    cell = candidate.cell
    return (cell.x1 - cell.x0) * len(candidate.text) / max(len(cell.text), 1)


def _labelled_as(cell: Cell, fields: tuple[str, ...]) -> bool:
    """The cell opens with a label of one of ``fields`` (``Attn:`` of the contact)."""
    lead, pairs = split_pairs(cell.text)
    return not lead and bool(pairs) and pairs[0].field in fields


def _has_label(cell: Cell) -> bool:
    return bool(split_pairs(cell.text)[1])


def _below(field: str, label: Cell, following: list[Line]) -> Candidate | None:
    """The first cell under the label, overlapping it horizontally, on one of the next two lines; a line
    that only says the label again in another language (Oracle's strip of Chinese heads over English
    heads over values: 付款条件 | Payment Terms | 票到60天付款) does not count as one of them."""
    height, reach, distance = label.bottom - label.top, 2, 3
    for k, line in enumerate(following[:3]):
        if k >= reach or line.page != label.page or line.top - label.bottom > distance * height:
            return None
        for cell in line.cells:
            if cell.h_overlap(label.x0, label.x1) > 0:
                if _is_label(cell):
                    if not k and field in _BLOCK_FIELDS and _party_number(cell):
                        reach, distance = 3, 4  # the party's number in the buyer's books, its block under it
                        break
                    if k or _labelled_field(cell) != field:
                        return None
                    reach, distance = 3, 4  # the label translated: its value is under the translation
                    break
                below = Candidate(field, cell.text, cell, "label-below")
                return _name_under_code(below, following[following.index(line) + 1 :])
    return None


_BLOCK_FIELDS = {*PARTY_FIELDS, *MULTILINE_FIELDS, "ship_to_name"}


def _party_number(cell: Cell) -> bool:
    """A label of no order field with a number or code as its value, heading a party's block (JD Edwards'
    ``供应商号 20418`` and ``地址号 4100`` under 供应商 and 送货地址, their address-book numbers)."""
    _prefix, pairs = split_pairs(cell.text)
    return len(pairs) == 1 and pairs[0].field == "other" and bool(_BARE_CODE.fullmatch(pairs[0].value))


def _labelled_field(cell: Cell) -> str | None:
    _prefix, pairs = split_pairs(cell.text)
    return pairs[0].field if len(pairs) == 1 and not pairs[0].value else None
