"""The amount in Chinese capital numerals (人民币大写, 壹万贰仟叁佰肆拾伍元陆角柒分) as a check on the total.

Chinese orders and invoices print the total twice, in figures and in capital numerals that are hard to
alter. The two agreeing confirms the total (its score rises, an OCR doubt about its glyphs is lifted);
disagreeing is a warning and caps the order's confidence below the review threshold, so a misread or
altered total never reaches the ERP unseen. Only the formal digits (壹 .. 玖) count: ordinary numerals
(一二三) are everyday text, not an amount in words.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ocr.checks import _PENALTY_DOUBT, OCR_UNCHECKED_CAP, verified
from ocr.layout import Cell, Document
from orderbridge.model import PurchaseOrder

_DIGITS = {"零": 0, "〇": 0, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "叄": 3, "肆": 4, "伍": 5}
_DIGITS |= {"陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9}
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_YUAN, _JIAO, _FEN, _END = "元圆圓", "角", "分", "整正"
_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG) + _YUAN + _JIAO + _FEN + _END
_RUN = re.compile(f"[{_CHARS}]{{2,}}")
MISMATCH_CAP = 0.5  # an order whose total disagrees with its amount in words: review, whatever else


def parse_capital(text: str) -> Decimal | None:
    """``壹万贰仟叁佰肆拾伍元陆角柒分`` -> ``Decimal('12345.67')``; ``None`` for anything malformed.

    Accepts 零 anywhere a place is skipped (壹仟零伍元), 万/亿 sections (壹亿零伍佰万元), 拾 without a
    digit (拾元 = 10), 整/正 after 元 or 角, and 角/分 alone (伍角 = 0.50). Units must fall in order.
    """
    text = "".join(text.split())
    match = re.fullmatch(f"(?:(.*?)[{_YUAN}])?(.*?)[{_END}]?", text)
    if not match or not text or text[0] in _END:
        return None
    whole, fraction = match.group(1), match.group(2)
    if whole is None and not re.search(f"[{_JIAO}{_FEN}]", fraction):
        return None  # digits without 元, 角 or 分 are no amount
    integer = _integer(whole or "")
    cents = _cents(fraction)
    if integer is None or cents is None or (whole == "" and not fraction):
        return None
    return (Decimal(integer) + Decimal(cents) / 100).quantize(Decimal("0.01"))


def _integer(text: str) -> int | None:
    total, section, digit = 0, 0, None
    last_small, last_big = 10**5, 10**13
    for ch in text:
        if ch in _DIGITS:
            if digit not in (None, 0):
                return None  # two digits in a row: 壹贰, 伍零
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit >= last_small or digit == 0:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small = None, unit
        elif ch in _BIG:
            unit = _BIG[ch]
            value = section + (digit or 0)
            if unit == 10**8:
                if total + value == 0:
                    return None
                total = (total + value) * unit
            else:
                if unit >= last_big or value == 0:
                    return None
                total += value * unit
            section, digit, last_small, last_big = 0, None, 10**5, unit
        else:
            return None
    return total + section + (digit or 0)


_FRACTION = re.compile(f"零?(?:([{''.join(_DIGITS)}]){_JIAO})?零?(?:([{''.join(_DIGITS)}]){_FEN})?")


def _cents(text: str) -> int | None:
    parts = _FRACTION.fullmatch(text)
    if not parts:
        return None
    jiao, fen = (_DIGITS[p] if p else 0 for p in parts.groups())
    return jiao * 10 + fen


def capital_amounts(doc: Document) -> list[tuple[Decimal, str, Cell]]:
    """Every amount in capital numerals in the document: (value, as printed, the cell it is in)."""
    found = []
    for line in doc.lines:
        for cell in line.cells:
            squeezed = "".join(cell.text.split())  # OCR letter-spaces Chinese
            for run in _RUN.findall(squeezed):
                value = parse_capital(run) if re.search(f"[{_YUAN}{_JIAO}{_FEN}]", run) else None
                if value is not None and re.search(f"[{''.join(_DIGITS)}{''.join(_SMALL)}]", run):
                    found.append((value, run, cell))
    return found


def cross_check(order: PurchaseOrder, doc: Document) -> None:
    """Confirm or question ``order.total_amount`` by the amounts in words printed in ``doc`` (in place)."""
    amounts = capital_amounts(doc)
    if not amounts or order.total_amount is None:
        return
    source = order.provenance.get("total_amount")
    agreeing = [(value, run) for value, run, _ in amounts if value == order.total_amount]
    if agreeing:
        if source:
            method = source.method if "capital" in source.method else f"{source.method}+capital-amount"
            note = f"agrees with the amount in words {agreeing[0][1]}"
            update = {"method": method, "score": max(source.score, 0.99), "note": note}
            source = source.model_copy(update=update)
            order.provenance = {**order.provenance, "total_amount": source}
        doubt = [w for w in order.warnings if w.startswith("total_amount: OCR is unsure")]
        if doubt:  # the glyphs were unsure, the words confirm them: lift the doubt and its penalty
            order.warnings = [w for w in order.warnings if w not in doubt]
            lifted = (order.confidence or 0.0) + _PENALTY_DOUBT * len(doubt)
            order.confidence = round(min(1.0 if verified(order) else OCR_UNCHECKED_CAP, lifted), 3)
        return
    value, run, _cell = amounts[-1]
    order.warnings = [
        *order.warnings,
        f"total_amount: the amount in words {run} is {value}, but the total read is {order.total_amount}",
    ]
    if source:
        source = source.model_copy(update={"score": min(source.score, 0.3)})
        order.provenance = {**order.provenance, "total_amount": source}
    order.confidence = min(order.confidence if order.confidence is not None else 1.0, MISMATCH_CAP)
