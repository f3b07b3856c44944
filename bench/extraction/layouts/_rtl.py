"""Arabic drawn as the PHP PDF engines of web ERPs draw it: letters shaped into their presentation forms,
the line laid out right to left, digits and Latin runs kept left to right inside it.

reportlab has no shaping engine. mPDF and TCPDF (the PDF writers of most PHP web apps) shape Arabic
themselves before writing it: each letter becomes its isolated, initial, medial or final form (U+FE70 to
U+FEFC, lam-alef as one ligature), and the line is written in visual order, so the file holds the glyphs
as they stand on the page from left to right. ``visual`` does the same for the strings a layout prints.
"""

from __future__ import annotations

# isolated, final, initial, medial: a letter that joins only the letter before it has two forms
_FORMS = {
    "\u0621": "\ufe80",
    "\u0622": "\ufe81\ufe82",
    "\u0623": "\ufe83\ufe84",
    "\u0624": "\ufe85\ufe86",
    "\u0625": "\ufe87\ufe88",
    "\u0626": "\ufe89\ufe8a\ufe8b\ufe8c",
    "\u0627": "\ufe8d\ufe8e",
    "\u0628": "\ufe8f\ufe90\ufe91\ufe92",
    "\u0629": "\ufe93\ufe94",
    "\u062a": "\ufe95\ufe96\ufe97\ufe98",
    "\u062b": "\ufe99\ufe9a\ufe9b\ufe9c",
    "\u062c": "\ufe9d\ufe9e\ufe9f\ufea0",
    "\u062d": "\ufea1\ufea2\ufea3\ufea4",
    "\u062e": "\ufea5\ufea6\ufea7\ufea8",
    "\u062f": "\ufea9\ufeaa",
    "\u0630": "\ufeab\ufeac",
    "\u0631": "\ufead\ufeae",
    "\u0632": "\ufeaf\ufeb0",
    "\u0633": "\ufeb1\ufeb2\ufeb3\ufeb4",
    "\u0634": "\ufeb5\ufeb6\ufeb7\ufeb8",
    "\u0635": "\ufeb9\ufeba\ufebb\ufebc",
    "\u0636": "\ufebd\ufebe\ufebf\ufec0",
    "\u0637": "\ufec1\ufec2\ufec3\ufec4",
    "\u0638": "\ufec5\ufec6\ufec7\ufec8",
    "\u0639": "\ufec9\ufeca\ufecb\ufecc",
    "\u063a": "\ufecd\ufece\ufecf\ufed0",
    "\u0641": "\ufed1\ufed2\ufed3\ufed4",
    "\u0642": "\ufed5\ufed6\ufed7\ufed8",
    "\u0643": "\ufed9\ufeda\ufedb\ufedc",
    "\u0644": "\ufedd\ufede\ufedf\ufee0",
    "\u0645": "\ufee1\ufee2\ufee3\ufee4",
    "\u0646": "\ufee5\ufee6\ufee7\ufee8",
    "\u0647": "\ufee9\ufeea\ufeeb\ufeec",
    "\u0648": "\ufeed\ufeee",
    "\u0649": "\ufeef\ufef0",
    "\u064a": "\ufef1\ufef2\ufef3\ufef4",
}
# lam followed by an alef: one ligature, isolated or final
_LAM_ALEF = {
    "\u0622": "\ufef5\ufef6",
    "\u0623": "\ufef7\ufef8",
    "\u0625": "\ufef9\ufefa",
    "\u0627": "\ufefb\ufefc",
}
TATWEEL = "\u0640"
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "<": ">", ">": "<", "«": "»", "»": "«"}


def _mark(char: str) -> bool:
    """A harakah or tanween (fathatan in ألفاً): drawn over its letter, no part of the joining."""
    return "\u064b" <= char <= "\u065f" or char == "\u0670"


def _joins_next(char: str) -> bool:
    return char == TATWEEL or len(_FORMS.get(char, "")) == 4


def _joins_prev(char: str) -> bool:
    return char == TATWEEL or len(_FORMS.get(char, "")) >= 2


def shape(logical: str) -> str:
    """``logical`` with each Arabic letter in its contextual presentation form (still in logical order)."""
    out: list[str] = []
    k = 0
    while k < len(logical):
        char = logical[k]
        before = next((x for x in reversed(logical[:k]) if not _mark(x)), "")
        after = next((x for x in logical[k + 1 :] if not _mark(x)), "")
        joined_before = bool(before) and _joins_next(before) and _joins_prev(char)
        if char == "\u0644" and after in _LAM_ALEF:
            out.append(_LAM_ALEF[after][1 if joined_before else 0])
            k += 2
            continue
        forms = _FORMS.get(char)
        if not forms:
            out.append(char)
            k += 1
            continue
        joined_after = bool(after) and _joins_next(char) and _joins_prev(after)
        if joined_before and joined_after:
            out.append(forms[3])
        elif joined_before:
            out.append(forms[1])
        elif joined_after:
            out.append(forms[2])
        else:
            out.append(forms[0])
        k += 1
    return "".join(out)


def _strong(char: str) -> str:
    """R for Arabic letters, L for Latin letters and digits (a number keeps its order), N otherwise."""
    if "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff":
        return "L" if "\u0660" <= char <= "\u0669" or "\u06f0" <= char <= "\u06f9" else "R"
    if char.isalnum():
        return "L"
    return "N"


def visual(logical: str) -> str:
    """``logical`` (a right-to-left line) shaped and in the order its glyphs stand from left to right: the
    Arabic reversed, each run of Latin letters and digits kept as typed, a neutral between two such runs
    theirs, any other the line's (right to left, brackets mirrored)."""
    shaped = shape(logical)
    kinds = [_strong(char) for char in shaped]
    resolved = []
    for k, kind in enumerate(kinds):
        if kind != "N":
            resolved.append(kind)
            continue
        if shaped[k] in "%\u066a" and k and shaped[k - 1].isdigit():
            resolved.append("L")  # a per cent sign stays after its number (5%)
            continue
        before = next((x for x in reversed(kinds[:k]) if x != "N"), "R")
        after = next((x for x in kinds[k + 1 :] if x != "N"), "R")
        resolved.append("L" if before == after == "L" else "R")
    clusters: list[tuple[str, str]] = []  # (a letter and the marks over it, its direction)
    for char, kind in zip(shaped, resolved, strict=True):
        if _mark(char) and clusters:
            clusters[-1] = (clusters[-1][0] + char, clusters[-1][1])
        else:
            clusters.append((_MIRROR.get(char, char) if kind == "R" else char, kind))
    clusters.reverse()
    out: list[str] = []
    run: list[str] = []
    for cluster, kind in clusters:
        if kind == "L":
            run.append(cluster)
            continue
        out.extend(reversed(run))
        run = []
        out.append(cluster)
    out.extend(reversed(run))
    return "".join(out)
