"""Candidates and table rows to the canonical PurchaseOrder, with provenance, warnings and confidence.

No master data here: buyer names and part numbers stay as printed; another module resolves them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from ocr.candidates import Candidate
from ocr.checks import (
    WEAK_SOURCE_CAP,
    adds_up,
    amount_warnings,
    arithmetic_warnings,
    confidence,
    cross_checked,
    ocr_confidence,
    ocr_doubts,
    part_number_warnings,
    verified,
    weakly_sourced,
)
from ocr.code_shapes import by_column_shape, codes_out_of_descriptions
from ocr.column_roles import UNIT_WORDS
from ocr.han import HAN_CHAR
from ocr.language_currency import HOME_CURRENCY
from ocr.layout import Cell
from ocr.line_table import CELL_BREAK, Row, Table
from ocr.normalise import (
    is_ambiguous_date,
    parse_currency,
    parse_date,
    parse_decimal,
    parse_discount,
    split_number,
)
from ocr.tesseract_engine import FRACTION_AT_END
from orderbridge.model import Buyer, FieldSource, OrderLine, PurchaseOrder, ShipTo, Supplier

INFERRED_SCORE = 0.8  # line table with columns named by content, before any cross-check
INFERRED_CHECKED = 0.9  # ... and after its arithmetic agreed: still below a fully labelled table (0.98)
INFERRED_UNCHECKED_CAP = 0.75  # numbers placed by content that the totals do not confirm: review
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_STRAY_GLYPH = re.compile(r"^[^\d\s.,+-]\s*(?=\d)")  # OCR: ¥ read as 半 or 羊 before a total


def _text(value: str) -> str | None:
    """Trimmed, single-spaced text; Chinese has no spaces between characters (letter-spaced titles, OCR)."""
    cleaned = _CJK_SPACE.sub("", " ".join(value.split())).strip(" :：")
    return cleaned or None


_INK_SPACE = "\ue000"  # a space the ink showed between Chinese words, kept from ``_text`` until the end


def _ink_spaced(value: str, cells: list[Cell]) -> str:
    """``value`` with each OCR'd cell's text replaced by its ``spaced`` reading (the spaces the page's ink
    shows between Chinese words, ``ocr.ink_gaps``), where that reading is still of the same text and
    the text stands once in ``value``."""
    for cell in cells:
        spaced = cell.spaced
        if not spaced or spaced.replace(" ", "") != cell.text.replace(" ", "") or value.count(cell.text) != 1:
            continue
        marked = "".join(_INK_SPACE if _between_chinese(spaced, i) else ch for i, ch in enumerate(spaced))
        value = value.replace(cell.text, marked)
    return value


def _between_chinese(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a space between two Chinese characters, not right after the cell's first
    character (blur widens the gap after a character with a wide side: ``铜 排支撑``, ``斯 特封``)."""
    return text[i] == " " and 1 < i < len(text) - 1 and all(HAN_CHAR.match(text[k]) for k in (i - 1, i + 1))


def _printed_text(value: str, cells: list[Cell]) -> str | None:
    """``_text`` for a text layer's or workbook's cells: a space between Chinese words is real
    (``硅胶按键 12键 灰色``); only letter-spacing goes (``采 购 订 单``, a lone character beside it).
    OCR'd cells (with a confidence) put spurious spaces anywhere, so all of theirs go, but for the break
    between two cells (``驱动电源`` | ``恒流隔离 9W``: a name and a specification column) and the spaces
    the ink showed between Chinese words (``Cell.spaced``)."""
    if not cells or any(cell.confidence is not None for cell in cells):
        value = _ink_spaced(value, cells)
        pieces = (_text(piece) or "" for piece in value.split(CELL_BREAK))
        return " ".join(piece.replace(_INK_SPACE, " ") for piece in pieces if piece) or None
    pieces = (_unspaced(piece) for piece in value.split(CELL_BREAK))  # two columns' cells keep a space
    return " ".join(piece for piece in pieces if piece).strip(" :：") or None


def _unspaced(value: str) -> str:
    """Letter-spacing taken out of one cell's text: single Chinese characters in a row join up."""
    tokens = value.split()
    kept: list[str] = []
    for before, token in zip(["", *tokens], tokens, strict=False):
        lone = len(before) == 1 and len(token) == 1  # 采 购 订 单; not 平垫圈 M8 大 镀锌
        if kept and HAN_CHAR.match(kept[-1][-1]) and HAN_CHAR.match(token[0]) and lone:
            kept[-1] += token
        else:
            kept.append(token)
    return " ".join(kept)


_SPACE_BY_CJK = re.compile(r"(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")


def _chinese_text(value: str, ocr: bool = True) -> str | None:
    """Addresses and terms: no space next to a Chinese character where OCR put it (around digits:
    188 号); a text layer's or workbook's space is the sender's (``Z060 月结60天``, ``A3栋9楼 云帆研发中心``),
    but for letter-spacing (single characters in a row)."""
    if not ocr:
        return _unspaced(" ".join(value.split())).strip(" :：") or None
    cleaned = _text(value)
    return _SPACE_BY_CJK.sub("", cleaned) if cleaned else None


_CLAUSE_END = re.compile(r"[，。；]")


def _address(value: str, ocr: bool = True) -> str | None:
    """A Chinese address holds no full-width comma or stop: one ends it, and what follows is the rest of
    the sentence it was written in (``…三号库房，运输途中的风险由乙方承担。``)."""
    cleaned = _chinese_text(value, ocr)
    return (_CLAUSE_END.split(cleaned, maxsplit=1)[0] or None) if cleaned else None


def _terms(value: str, ocr: bool = True) -> str | None:
    """Payment terms without the full stop of the clause they were written as."""
    cleaned = _chinese_text(value, ocr)
    return (cleaned.rstrip("。") or None) if cleaned else None


_SPECKS = "，,、。_:;：；·'\"`|~©®\u201c\u201d\u2018\u2019"  # OCR: specks read as punctuation glued to
# a part number (，HD-BLT-0830, “WG-OR-0050)


def _part_no(value: str) -> str | None:
    """A part number never starts or ends with these marks; a scan's specks often do."""
    cleaned = _text(value)
    return (cleaned.strip(_SPECKS).strip() or None) if cleaned else None


def _sum(value: str, decimal_comma: bool = False):
    return parse_decimal(value, decimal_comma) or parse_decimal(
        _STRAY_GLYPH.sub("", value.strip()), decimal_comma
    )


def _po_number(value: str) -> str | None:
    cleaned = _text(value)
    if not cleaned or len(cleaned) > 40 or not any(ch.isdigit() for ch in cleaned):
        return None
    return _REVISION.sub("", cleaned)


# The order's revision after its number (Oracle ``1000487, 0``, Protheus ``004187 /1``): not the number.
_REVISION = re.compile(r"(?<=\d)(?:,\s*|\s+/\s*)\d{1,2}$")


_PARSERS: dict[str, Callable[[str], object]] = {
    "po_number": _po_number,
    "order_date": parse_date,
    "requested_delivery_date": parse_date,
    "currency": parse_currency,
    "ship_to_address": _address,
    "payment_terms": _terms,
}
_PRINTED_PARSERS: dict[str, Callable[[str], object]] = {  # the same, for a text layer's (or template's) value
    "ship_to_address": lambda value: _address(value, ocr=False),
    "payment_terms": lambda value: _terms(value, ocr=False),
}


def pick(
    candidates: dict[str, list[Candidate]], field: str, decimal_comma: bool = False
) -> tuple[object, Candidate] | None:
    """The best candidate whose value parses: highest score first, then document order (last for totals).
    ``decimal_comma``: the document writes 1.500,00, so a total of 1.500 is fifteen hundred."""
    found = candidates.get(field, [])
    sums = field in ("total", "subtotal")
    ordered = list(reversed(found)) if sums else found
    parser = (lambda text: _sum(text, decimal_comma)) if sums else _PARSERS.get(field, _text)
    printed = _PRINTED_PARSERS.get(field, parser)
    for candidate in sorted(ordered, key=lambda c: -c.score):
        value = (parser if candidate.cell.confidence is not None else printed)(candidate.text)
        if value is None and candidate.date_habit and is_ambiguous_date(candidate.text):
            habit = candidate.date_habit
            value = parse_date(candidate.text, habit.order)
            candidate = replace(candidate, factor=candidate.factor * habit.factor, note=habit.reason)
        if value is not None:
            return value, candidate
    return None


_BRACKETED_CODE = re.compile(r"^\[(?P<code>[^\[\]\s]{2,30})\]\s*(?P<rest>.+)$")  # Odoo: [LR-500] Servo motor


_GLUED_LINE_NO = re.compile(r"^\d{1,3}\s*[，,.、]?\s+(?=[A-Za-z][\w./-]*\d)")
_LETTER_O_AS_ZERO = re.compile(r"(?<=\d)[Oo](?=\d)|(?<=[-_/.])[Oo](?=\d{2,})")  # OCR: LF-O0005, 10O23


# chi_sim reads the diameter sign Φ as 中; before a number and after no Chinese character it is Φ
# (SUJ2 中16x320, 4-中9: a diameter; 中山路 or 华中3号 keep theirs)
_DIAMETER_AS_ZHONG = re.compile(r"(?<![\u4e00-\u9fff])中(?=\d)")
# and eng reads the Latin diameter sign Ø (Antriebswelle Ø30) as @, glued to its number (an "@ 5.00" of a
# price stands apart)
_DIAMETER_AS_AT = re.compile(r"(?<![\w@])@(?=\d)")


# and the letter O of an O-ring (O型圈, O型密封圈) as the digit 0: no number is 0 of a type
_O_READ_AS_ZERO = re.compile(r"(?<![\w.])0\s?(?=型)")


def _diameter(description: str | None) -> str | None:
    """A scanned description with the signs OCR reads as others put back (Φ, Ø, the O of O型)."""
    if not description:
        return description
    return _O_READ_AS_ZERO.sub("O", _DIAMETER_AS_AT.sub("Ø", _DIAMETER_AS_ZHONG.sub("Φ", description)))


# An OCR'd part-number cell holding the code, specks and then the item's Chinese name (``WG-BR-0015 。。深沟球
# 轴承``: tesseract saw no gap between the two columns' cells).
_NAME_AFTER_CODE = re.compile(
    r"^(?P<code>[A-Za-z0-9][\w./-]*\d[\w./-]*)[\s。.，,、“”\"']+(?P<name>[\u4e00-\u9fff].*)$"
)
# Marks OCR makes of specks at a description word's ends (``“梅花联轴器``, ``挡圈。``): no word ends so.
_OCR_MARKS = "\u201c\u201d\u2018\u2019\"'`|。，、"


def _without_ocr_marks(word: str) -> str:
    """A description word without the marks OCR makes of specks at its ends; the inch mark closing a
    fraction (``1/2"``, ``tesseract_engine.clean_word``) stays."""
    stripped = word.strip(_OCR_MARKS)
    return stripped + '"' if word.endswith('"') and FRACTION_AT_END.search(stripped) else stripped


def _diameters(description: str) -> str:
    """An OCR'd description with the diameter sign tesseract reads as ``@``, ``©`` or ``®`` before a size
    (``@40 мм``, ``©6×150``) put back: the sign the description itself shows elsewhere, else Φ in a
    Chinese description and Ø in any other (the signs each prints; neither model has them)."""
    if not _DIAMETER_READ.search(description):
        return description
    shown = re.search(r"[ΦØφ]", description)
    sign = shown.group() if shown else "Φ" if HAN_CHAR.search(description) else "Ø"

    def put_back(read: re.Match[str]) -> str:
        before = description[: read.start()].split()
        return read.group() if before and _COUNT.fullmatch(before[-1]) else sign  # 10 @ 5: a price "at"

    return _DIAMETER_READ.sub(put_back, description)


# © or ® before a size, or @ glued to one (``@ 30cm`` may be an "at": Xero's ``2 L/h @ 30cm``)
_DIAMETER_READ = re.compile(r"(?<![\w@©®])(?:[©®](?= ?\d)|@(?=\d))")
_COUNT = re.compile(r"\d+(?:[.,]\d+)?")


def _ocr_separators(description: str | None) -> str | None:
    r"""An OCR'd description without the spaces tesseract sets around a separator: a backslash (SAP's
    ``速度传感器\霍尔型\M18×1``, read ``速度传感器\ 霍尔型``) and a slash between Chinese (``6米/根``)."""
    if not description:
        return description
    return _SLASH_IN_CHINESE.sub("/", _SPACED_BACKSLASH.sub(lambda _: "\\", description))


_SPACED_BACKSLASH = re.compile(r"\s*\\\s*")
_SLASH_IN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])\s*/\s*(?=[\u4e00-\u9fff])")


def _scanned(row: Row) -> bool:
    return any(cell.confidence is not None for cell in row.cells)


def _code_and_description(row: Row) -> tuple[str | None, str | None]:
    """The part number and description; a description led by a bracketed code when no column has it.
    An OCR'd part number's letter O inside a run of digits is the digit 0 (tesseract confuses them)."""
    part_no = _part_no(row.values.get("part_no", ""))
    description = _printed_text(row.values.get("description", ""), row.by_kind.get("description", []))
    if part_no and any(cell.confidence is not None for cell in row.by_kind.get("part_no", [])):
        part_no = _LETTER_O_AS_ZERO.sub("0", part_no)
        if not row.values.get("line_no"):  # the line number read into the same cell: 7 ， BIS-GT2-6-50M
            part_no = _GLUED_LINE_NO.sub("", part_no)
        if named := _NAME_AFTER_CODE.match(part_no):  # OCR read the code and the name as one cell
            part_no, name = named["code"], named["name"]
            before = description and not description.startswith(name)
            description = f"{name} {description}" if before else name
    if description and _scanned(row):
        words = (_without_ocr_marks(word) for word in description.split())
        description = _diameters(" ".join(word for word in words if word))
    bracketed = _BRACKETED_CODE.match(description or "")
    if part_no is None and bracketed:
        return bracketed["code"], bracketed["rest"]
    return part_no, description


def _unit(value: str, dotted: bool = True, known_dotted: bool = False) -> str | None:
    """A unit without the mark OCR glued to it (``个、``); an abbreviation keeps its dot (กก., szt.) where
    the order's units are ``dotted`` (``_dotted_units``: one ``MT.`` among undotted units is a speck). A
    unit word the dictionary knows whole (``шт``) keeps it only where most of the order's units have one
    (``known_dotted``: Galaktika's ``шт.``, ``кампл.``), a lone ``pcs.`` drops it."""
    cleaned = _text(value)
    if not cleaned:
        return None
    if bracketed := re.fullmatch(r"\((\w{1,8})\)", cleaned):  # Ariba's 500 (EA)
        cleaned = bracketed[1]
    kept_dot = _THAI.search(cleaned) or (
        dotted
        and _LATIN_ABBREVIATION.fullmatch(cleaned)
        and (known_dotted or cleaned.rstrip(".").lower() not in UNIT_WORDS)
    )
    marks = "、,，。;；:：" if kept_dot else "、,.，。;；:："
    return cleaned.strip(marks) or None


# an abbreviated unit keeps its dot: Thai กก., Polish szt. and kpl. (letters before the dot, not 个.);
# a unit word the dictionary knows whole (pcs, EA) drops it as a speck
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LATIN_ABBREVIATION = re.compile(r"[^\W\d_]{1,5}\.")  # (Catalan u.)


def order_lines(rows: list[Row], decimal_comma: bool = False) -> list[OrderLine]:
    scanned = any(_scanned(row) for row in rows)
    lines = _order_lines(rows, decimal_comma, scanned)
    if scanned:
        _units_as_most_lines_spell_them(lines)
    return lines


def _dotted_units(rows: list[Row], lines: int = 1) -> bool:
    """Whether the order writes its units with a dot (szt., kpl.): half of its lines' units or more, and
    at least ``lines`` of them (one ``PCS.`` is as likely a speck as a habit)."""
    units = [unit for row in rows if (unit := row.values.get("unit", "").strip())]
    dotted = sum(unit.endswith(".") for unit in units)
    return bool(units) and 2 * dotted >= len(units) and dotted >= lines


def _units_as_most_lines_spell_them(lines: list[OrderLine]) -> None:
    """An OCR'd unit in another case than most lines spell it (``Pcs`` among ``PCS``) is spelt so too."""
    spellings = Counter(line.unit for line in lines if line.unit)
    for line in lines:
        if line.unit:
            key = line.unit.casefold()
            line.unit = max((count, unit) for unit, count in spellings.items() if unit.casefold() == key)[1]


def _order_lines(rows: list[Row], decimal_comma: bool, scanned: bool) -> list[OrderLine]:
    lines = []
    read = [_code_and_description(row) for row in rows]
    ocr_codes = any(cell.confidence is not None for row in rows for cell in row.by_kind.get("part_no", []))
    if ocr_codes:
        read = codes_out_of_descriptions(read)
    codes = by_column_shape([code for code, _ in read]) if ocr_codes else [code for code, _ in read]
    dots = (_dotted_units(rows) or not scanned, _dotted_units(rows, lines=2))  # a text layer has no specks
    for number, (row, part_no, (_, description)) in enumerate(zip(rows, codes, read, strict=True), start=1):
        quantity, rest = split_number(row.values.get("quantity", ""), decimal_comma) or (Decimal(0), "")
        lines.append(
            OrderLine(
                line_no=number,
                customer_part_no=part_no,
                sku=row.values.get("sku") or None,
                description=_ocr_separators(_diameter(description)) if _scanned(row) else description,
                quantity=quantity,
                unit=_unit(row.values.get("unit", ""), *dots) or _unit(rest, *dots),
                unit_price=_unit_price(row, decimal_comma),
                amount=parse_decimal(row.values.get("amount", ""), decimal_comma),
            )
        )
    return lines


def line_discounts(rows: list[Row], decimal_comma: bool = False) -> dict[int, Decimal]:
    """Each order line's printed discount in percent (``Disc %`` 10.00, ``折扣`` 5%), by line number. A
    column most of whose lines read 100 prints the share of the price paid (速达's 折扣(%): 100.00 is the
    full price, 95.00 is 5 % off), and says so for every line."""
    printed = {
        number: parse_discount(row.values.get("discount", ""), decimal_comma)
        for number, row in enumerate(rows, start=1)
    }
    shown = [value for value in printed.values() if value is not None]
    paid_share = bool(shown) and 2 * sum(value == 100 for value in shown) > len(shown)
    found = {}
    for number, discount in printed.items():
        if discount is not None and paid_share:
            discount = 100 - discount
        if discount and 0 < discount < 100:
            found[number] = discount
    return found


def _unit_price(row: Row, decimal_comma: bool) -> Decimal | None:
    """The price of one unit: a price for several (``8.40`` per ``100 Nos``) divided by their number."""
    price = parse_decimal(row.values.get("unit_price", ""), decimal_comma)
    per = split_number(row.values.get("price_unit", ""), decimal_comma)
    if price is None or not per or per[0] <= 0:
        return price
    quantity, amount = (parse_decimal(row.values.get(k, ""), decimal_comma) for k in ("quantity", "amount"))
    each = quantity is not None and amount is not None
    if each and quantity and adds_up(per[0], price, amount) and not adds_up(quantity, price, amount):  # type: ignore[arg-type]
        # the price is per pricing unit (12 件 priced per 千克, 计价数量 22200): the price of one unit ordered
        return (amount / quantity).quantize(Decimal("0.0001")).normalize()  # type: ignore[operator]
    if each and abs(quantity * price - amount) < abs(quantity * price / per[0] - amount):  # type: ignore[operator]
        return price  # the amount says the price is each unit's (金蝶's 计价数量: the quantity priced)
    return price / per[0]


def _source(candidate: Candidate) -> FieldSource:
    cell = candidate.cell
    placed = cell.page > 0  # a template constant has no place on the page
    score, note = candidate.score, candidate.note or cell.note
    if cell.confidence is not None:  # OCR: as sure as the pairing, times how sure tesseract was
        score = round(score * (0.5 + 0.5 * cell.confidence), 3)
        note = note or f"OCR certainty {cell.confidence:.2f}"
    return FieldSource(
        page=cell.page if placed else None,
        box=cell.box if placed else None,
        method=candidate.method,
        score=score,
        note=note,
    )


def _currency(candidates: dict[str, list[Candidate]], table: Table) -> tuple[str | None, FieldSource | None]:
    """The labelled currency, else a hint in a column header (单价(元)), else a sign on the amounts, else
    the currency of the document's language (``language_currency.home_currency``: a Chinese order naming
    none is in yuan)."""
    said = {name: [c for c in found if c.method != HOME_CURRENCY] for name, found in candidates.items()}
    labelled = pick(said, "currency")
    if labelled:
        return str(labelled[0]), _source(labelled[1])
    printed = list(table.hints)  # not descriptions: 电子元件 is no currency
    printed += [row.values.get(kind, "") for row in table.rows for kind in ("unit_price", "amount")]
    printed += [c.text for c in candidates.get("total", [])]
    for text in printed:
        code = parse_currency(text)
        if code:
            return code, FieldSource(method="inferred-from-amounts", score=0.6)
    home = pick(candidates, "currency")
    return (str(home[0]), _source(home[1])) if home else (None, None)


# Header field (label dictionary) -> its path in the canonical order, which is also its provenance key.
PATHS = {
    "po_number": "po_number",
    "order_date": "order_date",
    "requested_delivery_date": "requested_delivery_date",
    "buyer_name": "buyer.name",
    "supplier_name": "supplier.name",
    "ship_to_name": "ship_to.name",
    "ship_to_address": "ship_to.address",
    "contact": "ship_to.contact",
    "phone": "ship_to.phone",
    "payment_terms": "payment_terms",
    "total": "total_amount",
}


def _header_values(
    candidates: dict[str, list[Candidate]], table: Table
) -> tuple[dict[str, object], dict[str, FieldSource]]:
    values: dict[str, object] = {}
    provenance: dict[str, FieldSource] = {}
    for field, path in PATHS.items():
        picked = pick(candidates, field, table.decimal_comma)
        if picked:
            values[path], candidate = picked
            provenance[path] = _source(candidate)
    values["currency"], source = _currency(candidates, table)
    if source:
        provenance["currency"] = source
    if "requested_delivery_date" not in values:
        habit = next((c.date_habit for c in candidates.get("order_date", []) if c.date_habit), None)
        printed = [row.values.get("delivery_date", "") for row in table.rows]
        dates = [d for text in printed if (d := parse_date(text, habit.order if habit else None))]
        if dates:
            guessed = habit is not None and any(is_ambiguous_date(text) for text in printed)
            values["requested_delivery_date"] = min(dates)
            provenance["requested_delivery_date"] = FieldSource(
                method="earliest-line-date",
                score=round(0.7 * (habit.factor if guessed and habit else 1.0), 3),
                note=habit.reason if guessed and habit else None,
            )
        elif table.batch_dates:  # the lines are delivered in batches under date-headed columns
            values["requested_delivery_date"] = table.batch_dates[0]
            provenance["requested_delivery_date"] = FieldSource(method="earliest-batch-date", score=0.7)
    return values, provenance


def assemble(candidates: dict[str, list[Candidate]], table: Table) -> PurchaseOrder:
    """The order from the header candidates and the line table (the table's total joins the candidates)."""
    if table.total:  # in document order: of two totals as sure, the later one is the order's
        totals = sorted([*candidates.get("total", []), table.total], key=lambda c: (c.cell.page, c.cell.top))
        candidates = {**candidates, "total": totals}
    values, provenance = _header_values(candidates, table)
    if table.headers:
        header = table.headers[0]
        box = (header.cells[0].x0, header.top, header.cells[-1].x1, header.bottom)
        provenance["lines"] = FieldSource(page=header.page, box=box, method="table-columns", score=0.9)
        if table.inferred:  # some columns named by their content, not their header: less sure
            note = "columns found by content: " + "; ".join(table.inferred)
            provenance["lines"] = FieldSource(
                page=header.page, box=box, method="table-columns+content", score=INFERRED_SCORE, note=note
            )
    nested: dict[str, dict[str, object]] = {"buyer": {}, "supplier": {}, "ship_to": {}}
    flat: dict[str, object] = {"order_date": None}
    for path, value in values.items():
        group, _, key = path.partition(".")
        if key:
            nested[group][key] = value
        else:
            flat[path] = value
    order = PurchaseOrder(
        **flat,
        buyer=Buyer(**nested["buyer"]),
        supplier=Supplier(**nested["supplier"]),
        ship_to=ShipTo(**nested["ship_to"]),
        lines=order_lines(table.rows, table.decimal_comma),
        provenance=provenance,
    )
    subtotal = pick(candidates, "subtotal", table.decimal_comma) or _passed_over(candidates, table)
    subtotal_value = subtotal[0] if subtotal else None
    discounts = line_discounts(table.rows, table.decimal_comma)
    order.warnings = arithmetic_warnings(order, subtotal_value, discounts)  # type: ignore[arg-type]
    order.warnings += amount_warnings(order) + part_number_warnings(order)
    order.confidence = confidence(order, subtotal_value, discounts)  # type: ignore[arg-type]
    if weak := weakly_sourced(order):
        order.warnings += weak
        order.confidence = min(order.confidence, WEAK_SOURCE_CAP)
    lines_source = order.provenance.get("lines")
    if lines_source:  # (the order holds its own copy of the provenance dict)
        lines_source = cross_checked(lines_source, order, subtotal_value, discounts)  # type: ignore[arg-type]
        reread = [f"line {i} {', '.join(row.reread)}" for i, row in enumerate(table.rows, 1) if row.reread]
        if reread:
            note = "re-read alone (numbers digits-only, units against the unit words): " + "; ".join(reread)
            lines_source = lines_source.model_copy(update={"note": note})
        if table.inferred:
            capped = min(lines_source.score, INFERRED_CHECKED)
            lines_source = lines_source.model_copy(update={"score": capped})
            if _numbers_inferred(table) and not verified(order, subtotal_value, discounts):  # type: ignore[arg-type]
                order.confidence = min(order.confidence or 0.0, INFERRED_UNCHECKED_CAP)
            if priced := table.pricing_quantity:  # 计价数量 (千克) beside 采购数量 (件): two quantities
                order.warnings.append(
                    f"the lines are priced per another unit than they are ordered in ({priced}): "
                    "which quantity and price the ERP wants is for review"
                )
                order.confidence = min(order.confidence or 0.0, INFERRED_UNCHECKED_CAP)
        order.provenance = {**order.provenance, "lines": lines_source}
    if any(_scanned(row) for row in table.rows):
        cells = _picked_cells(candidates, table.decimal_comma)
        doubts = ocr_doubts(order, cells, subtotal_value, discounts)  # type: ignore[arg-type]
        order.warnings += doubts
        order.confidence = ocr_confidence(order, doubts, subtotal_value, discounts)  # type: ignore[arg-type]
    return order


def _passed_over(candidates: dict[str, list[Candidate]], table: Table) -> tuple[object, Candidate] | None:
    """The table's own total row when a labelled total beat it (``优惠后金额`` after an order discount,
    ``Total`` with freight): what the lines must add up to, as a subtotal would be."""
    total = pick(candidates, "total", table.decimal_comma)
    if table.total is None or total is None or total[1] is table.total:
        return None
    return pick({"subtotal": [table.total]}, "subtotal", table.decimal_comma)


def _numbers_inferred(table: Table) -> bool:
    """A quantity, price or amount column was named by its content (its arithmetic), not its header."""
    return any(note.endswith(("-> quantity", "-> unit_price", "-> amount")) for note in table.inferred)


def _picked_cells(candidates: dict[str, list[Candidate]], decimal_comma: bool) -> dict[str, Cell]:
    """The cell each header field's value was taken from, by its path in the order."""
    cells = {}
    for field, path in PATHS.items():
        picked = pick(candidates, field, decimal_comma)
        if picked:
            cells[path] = picked[1].cell
    return cells
