"""The amount in Chinese capitals (大写) as Chinese order forms print it under the total."""

from __future__ import annotations

from decimal import Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ("", "拾", "佰", "仟")


def capitals(amount: Decimal) -> str:
    """``51502.00`` -> 伍万壹仟伍佰零贰元整 (amounts below 1 亿, as on any purchase order)."""
    fen_total = int((Decimal(amount) * 100).to_integral_value())
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    if yuan >= 10**8:
        raise ValueError("amounts of 1 亿 and more are not written here")
    out, zero = "", False
    digits = str(yuan) if yuan else ""
    for i, char in enumerate(digits):
        pos = len(digits) - 1 - i
        if char == "0":
            zero = True
        else:
            if zero and out:
                out += "零"
            zero = False
            out += DIGITS[int(char)] + UNITS[pos % 4]
        if pos == 4 and int(digits[: i + 1][-4:]):
            out += "万"
    if out:
        out += "元"
    if not jiao and not fen:
        return out + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif out:
        out += "零"
    if fen:
        out += DIGITS[fen] + "分"
    return out
