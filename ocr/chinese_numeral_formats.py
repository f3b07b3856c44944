"""Excel's Chinese numeral number formats (``[DBNum1]``, ``[DBNum2]``), shown as the sender sees them.

A Chinese order form made in Excel or WPS prints its total in capital numerals with a number format, not
a formula: the cell holds ``35016`` and the format ``[DBNum2][$RMB]G/通用格式"元整"`` shows it as
``RMB叁万伍仟零壹拾陆元整``. Reading the bare number would lose the amount in words, the cross-check it
gives the total, and the currency the format names. openpyxl does not apply number formats, and no
maintained Python library renders these two, so this module does, for the sections Excel uses them with:
a currency tag (``[$RMB]``, ``[$¥-804]``), the number (General, ``G/通用格式``, ``0``) and quoted text.
Digits after a decimal point are read out one by one, as Excel does (``壹拾贰.叁肆``).
"""

from __future__ import annotations

import re
from decimal import Decimal

_DIGITS = {"[DBNum1]": "〇一二三四五六七八九", "[DBNum2]": "零壹贰叁肆伍陆柒捌玖"}
_PLACES = {"[DBNum1]": ("", "十", "百", "千"), "[DBNum2]": ("", "拾", "佰", "仟")}
_SECTIONS = ("", "万", "亿", "万亿")
_CURRENCY_TAG = re.compile(r"\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]")
_OTHER_TAG = re.compile(r"\[[^\]]*\]")
# A format section's pieces: quoted text, the number, an escaped character, padding (``_)``, ``* ``),
# anything else.
_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"|(?P<number>G/通用格式|General|[#0,]+(?:\.[#0]+)?)|\\(?P<escaped>.)'
    r"|(?P<pad>[_*]).|(?P<other>.)",
    re.IGNORECASE,
)


def chinese_numeral_text(value: int | float | Decimal, number_format: str) -> str | None:
    """``value`` as ``number_format`` shows it, when the format is a Chinese numeral one; else None."""
    lowered = number_format.lower()
    kind = next((tag for tag in _DIGITS if tag.lower() in lowered), None)
    if kind is None:
        return None
    number = Decimal(str(value))
    section = number_format.split(";")[1 if number < 0 and ";" in number_format else 0]
    section = _CURRENCY_TAG.sub(lambda tag: f'"{tag.group(1)}"', section)
    section = _OTHER_TAG.sub("", section)
    numeral = _numeral(abs(number), kind)
    out = []
    for token in _TOKEN.finditer(section):
        if token.group("number") is not None:
            out.append(numeral)
        elif token.group("pad") is not None:
            out.append(" " if token.group("pad") == "_" else "")
        else:
            out.append(token.group("quoted") or token.group("escaped") or token.group("other") or "")
    return "".join(out) or numeral


def _numeral(number: Decimal, kind: str) -> str:
    whole, _, fraction = format(number, "f").partition(".")
    digits = _DIGITS[kind]
    text = _integer(int(whole), kind)
    fraction = fraction.rstrip("0")
    return f"{text}.{''.join(digits[int(d)] for d in fraction)}" if fraction else text


def _integer(number: int, kind: str) -> str:
    digits = _DIGITS[kind]
    if number == 0:
        return digits[0]
    groups = []
    while number:
        groups.append(number % 10000)
        number //= 10000
    out, gap = "", False
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out += digits[0]  # 叁万零伍拾: a zero between sections, once
        out += _group(group, kind) + _SECTIONS[min(index, len(_SECTIONS) - 1)]
        gap = False
    return out


def _group(number: int, kind: str) -> str:
    """0 < number < 10000 in numerals: 5016 -> 伍仟零壹拾陆."""
    digits, places = _DIGITS[kind], _PLACES[kind]
    out, zero = "", False
    for place in (3, 2, 1, 0):
        digit = number // 10**place % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        out += digits[digit] + places[place]
    return out
