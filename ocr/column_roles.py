"""Line-table columns by their content, for header cells the dictionary does not know (or knows two ways).

A customer's table header may name a column in words no dictionary has (``Menge bestellt``, ``Qty Shipd``),
or in a word that means two things (``Item``: a line number in one ERP, the article in another). The
rows under it still say what each column is:

- numbers: three columns where quantity x unit price = amount on every row are those three roles. Only
  the arithmetic settles a number's role; numbers it does not confirm stay unnamed (never guessed);
- a run 1, 2, 3 ... is the line number; dates are the delivery date; short unit words (PCS, 个) the unit;
- a code-like column (letters and digits, one per row) is the part number; the longest text the description.

Labelled columns keep their label unless their content contradicts it (a ``line_no`` column of words).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from decimal import Decimal

from ocr.han import HAN_RUN
from ocr.layout import text_width
from ocr.normalise import is_ambiguous_date, parse_currency, parse_date, parse_decimal, parse_discount

UNIT_WORDS = {
    "ea", "each", "pc", "pcs", "pce", "piece", "pieces", "set", "sets", "pr", "pair", "pairs", "bx", "box",
    "boxes", "ctn", "carton", "cartons", "kg", "kgs", "g", "t", "ton", "tons", "lb", "lbs", "m", "mm", "cm",
    "km", "ft", "in", "yd", "l", "ml", "gal", "roll", "rolls", "pk", "pkg", "pack", "packs", "bag", "bags",
    "unit", "units", "lot", "dz", "doz", "dozen", "sht", "sheet", "sheets", "rl", "cs", "case", "drum",
    "个", "件", "套", "只", "支", "根", "条", "台", "张", "块", "片", "盒", "箱", "包", "袋", "卷",
    "米", "千克", "公斤", "克", "吨", "升", "对", "副", "把", "组", "瓶", "桶", "粒", "颗", "批",
    "平方米", "立方米", "本", "双",
    "шт", "кг", "г", "т", "м", "мм", "л", "компл", "уп", "пар", "рул", "упак",  # Russian (1C)
    "개", "세트", "박스",  # Korean
    "cái", "bộ", "hộp", "chiếc", "cuộn", "sợi", "thùng",  # Vietnamese
    "ชิ้น", "ชุด", "กล่อง", "เส้น", "ม้วน", "กก", "อัน",  # Thai
}  # fmt: skip
# An article code: one token, with a digit (PH-10021, 3.01.0021) or in capitals joined by marks (CG-STAKE-AL);
# its letters Latin, Greek or Cyrillic (ΘΜ-1021, ДГ-10231), never Chinese (深沟球轴承6204 is a name).
_CODE = re.compile(
    r"(?=.*\d|[A-Z0-9]+[-_/.][A-Z0-9._/-]+$)[A-Za-z0-9\u0370-\u03ff\u0400-\u04ff]"
    r"[A-Za-z0-9\u0370-\u03ff\u0400-\u04ff._/#:-]{2,29}"
)
NUMBERS = ("quantity", "unit_price", "amount")
_SINGLE = ("line_no", "part_no", "unit", "delivery_date")  # roles one column holds (descriptions may be two)
Inferred = dict[int, str]  # column index -> the role its content gave it


_DATE_MARK = re.compile(r"[-/.年]|\d\s+[^\W\d_]{3,9}\.?,?\s+\d{4}")  # 2027-01-15, 15 Jan 2027


_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{2}|\d+\.\d{2}")  # 22108.00, 1,250.00: money, not a date


def _dated(value: str) -> bool:
    """A date as printed: parsed, with a date's separator or month name (not 22108.00, an amount that
    also reads as an Excel date serial)."""
    if parse_date(value) is None and not is_ambiguous_date(value):
        return False
    return bool(_DATE_MARK.search(value)) and not _AMOUNT.fullmatch(value.strip())


def profile(texts: list[str]) -> str:
    """What a column's cells hold: empty, serial (1, 2, 3), number, date, unit, code or text."""
    values = [t.strip() for t in texts if t.strip()]
    if not values:
        return "empty"
    if all(re.fullmatch(r"\d{1,4}", v) for v in values):
        first = int(values[0])
        consecutive = [int(v) for v in values] == list(range(first, first + len(values)))
        if consecutive and (first == 1 or len(values) >= 3):
            return "serial"
    if all(_dated(v) for v in values):
        return "date"
    if all(parse_decimal(v) is not None for v in values):
        return "number"
    units = sum(v.lower().strip(".") in UNIT_WORDS for v in values)
    if units == len(values) or (_mostly(units, values) and all(len(v) <= 3 for v in values)):
        return "unit"  # (a scan's unit column has a misread or two: 根 read as #2)
    if _unit_abbreviations(values):
        return "unit"
    codes = sum(bool(_CODE.fullmatch(v)) for v in values)
    if len(set(values)) >= _DISTINCT * len(values) and (codes == len(values) or _mostly(codes, values)):
        return "code"  # (a scan may glue a line number to one code: 7 ， BIS-GT2-6-50M; an item may
        # be ordered twice, for two jobs: most codes differ, not all)
    return "text"


# Combining marks, which Python's \w leaves out: the vowel signs of Devanagari (थान), Khmer, Thai ...
_MARKS = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M"))
_LETTERS = rf"(?:[^\W\d_]|[{_MARKS}])+"
# kom, kpl., sada, к-т; Uzbek dona, komplekt, o‘ram (an apostrophe inside); Nepali थान, के.जी.
_ABBREVIATION = re.compile(rf"(?=.{{2,8}}$){_LETTERS}(?:[-/‘’'.]{_LETTERS})?\.?")


def _unit_abbreviations(values: list[str]) -> bool:
    """Short words a few of which repeat down the column, none a currency: units in a language whose unit
    words no list holds (Croatian ``kom`` and ``kpl``, with ``m`` and ``kg``; Bulgarian ``бр.``, ``к-т``;
    Catalan ``u.``, a single letter with its dot; Uzbek ``dona``, ``komplekt``, ``o‘ram``)."""
    words = {v.casefold() for v in values}
    if len(values) < 3 or len(words) > len(values) / 2:
        return False
    unknown = {word for word in words if word.strip(".") not in UNIT_WORDS}
    if len(words) < 2 and any(len(word) > _SHORT for word in unknown):
        return False  # one longer word on every line is a type or status (Material, Delivery), no unit
    longer = any(len(word.strip(".")) >= 2 for word in words)  # (a letter alone beside units: Mongolian ш)
    return all(
        (_ABBREVIATION.fullmatch(word) or (longer and _LETTER.fullmatch(word)))
        and not parse_currency(word.strip("."))
        for word in unknown
    )


_LETTER = re.compile(r"[^\W\d_]")  # one letter: a unit beside longer ones, never a column of them (A, B)


_SHORT = 6  # letters of a unit's abbreviation; longer ones (komplekt) only beside other units


def _mostly_line_numbers(texts: list[str]) -> bool:
    """Two thirds of a column's values are short whole numbers (a scan's 0001 .. 0014 with one lost and
    a footer's word sampled under them)."""
    values = [t.strip() for t in texts if t.strip()]
    return _mostly(sum(bool(re.fullmatch(r"\d{1,4}", v)) for v in values), values)


def _mostly_numbers(texts: list[str]) -> bool:
    values = [t.strip() for t in texts if t.strip()]
    return _mostly(sum(parse_decimal(v) is not None for v in values), values)


_DISTINCT = 0.8  # share of a part-number column's codes that differ (cost codes and categories repeat)


def _mostly(count: int, values: list[str]) -> bool:
    """Two thirds of a column's values (and at least two): what a scan's misreads leave of a clear kind."""
    return count >= max(2, 2 * len(values) / 3)


def _agrees(
    quantity: str, price: str, amount: str, decimal_comma: bool = False, discount: str = ""
) -> bool | None:
    """quantity x price (less the row's ``discount`` percent, if it prints one) = amount to the amount's
    printed precision; None when a cell is no number."""
    q, p, a = (parse_decimal(text, decimal_comma) for text in (quantity, price, amount))
    if q is None or p is None or a is None:
        return None
    off = parse_discount(discount, decimal_comma) if discount.strip() else None
    if off:
        p = p * (100 - off) / 100
    exponent = a.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return abs(q * p - a) <= max(Decimal(1).scaleb(-places) / 2, Decimal("0.005"))


_CONFIRMING_ROWS = 3  # rows whose arithmetic must agree (or half the rows, if fewer); none may disagree
_GROSS = re.compile(r"(?<![不未无])含税|价税|incl|gross", re.IGNORECASE)


def _percents(texts: list[str], decimal_comma: bool) -> list[str]:
    """A discount column's cells when every one is a percentage (0 to 100); none when any is not: an
    OCR'd 折扣额 (the discount's amount: 148.80) read as 折扣率 is no discount column."""
    values = [parse_discount(text, decimal_comma) for text in texts if text.strip()]
    return texts if all(value is not None and 0 < value < 100 for value in values) else []


def _by_arithmetic(
    kinds: list[str | None],
    columns: list[list[str]],
    numeric: list[int],
    names: list[str],
    decimal_comma: bool,
) -> Inferred:
    """The one (quantity, price, amount) choice that every row's arithmetic confirms, keeping most labels.

    When a net and a tax-inclusive pair both add up (单价/金额 beside 含税单价/价税合计), the inclusive
    one is the order's: its lines sum to the total printed (价税合计). A row that prints a discount
    (折扣率) adds up less it: the order keeps the printed price and the discounted amount, so the price
    after the discount (实际含税单价) beside it is no unit price. A column no name tells whose cells are
    percentages, empty on some rows, is the discount when only less it every row adds up."""
    options = {role: [i for i in numeric if kinds[i] in (role, None)] for role in NUMBERS}
    options["quantity"] += [i for i in numeric if kinds[i] == "price_unit"]  # 计价数量: the quantity priced
    rows = len(columns[0])
    if "discount" in kinds:
        labelled = _percents(columns[kinds.index("discount")], decimal_comma)
        return _best_trio(kinds, columns, options, names, decimal_comma, labelled or [""] * rows)
    found = _best_trio(kinds, columns, options, names, decimal_comma, [""] * rows)
    if found:
        return found
    for i in _unnamed_percents(kinds, _item_rows(columns, numeric), decimal_comma):
        rest = {role: [k for k in indices if k != i] for role, indices in options.items()}
        if found := _best_trio(kinds, columns, rest, names, decimal_comma, columns[i]):
            return {**found, i: "discount"}
    return {}


def _item_rows(columns: list[list[str]], numeric: list[int]) -> list[list[str]]:
    """The columns' cells on the rows that fill two of the number columns or more: no page foot whose
    postcodes read as numbers (Monitor's ``577 22 Hultsfred | … | SWIFT: HANDSESS`` under the lines)."""
    rows = [r for r in range(len(columns[0])) if sum(is_bare_number(columns[i][r]) for i in numeric) >= 2]
    return [[texts[r] for r in rows] for texts in columns]


_BARE_NUMBER = re.compile(r"[-+]?\d[\d\s.,']*%?")


def is_bare_number(text: str) -> bool:
    """A cell that is a number alone (``4 032,00``, ``5,00``), not one that starts with one (a postcode:
    ``577 22 Hultsfred``, which ``parse_decimal`` reads as 577)."""
    return bool(_BARE_NUMBER.fullmatch(text.strip()))


def _off(text: str) -> bool:
    """Whether a discount cell takes something off: printed, and not a zero (Pastel's ``0.00`` on the
    lines without one)."""
    return bool(text.strip()) and not re.fullmatch(r"0+(?:[.,]0+)?\s*%?", text.strip())


def _unnamed_percents(kinds: list[str | None], columns: list[list[str]], decimal_comma: bool) -> list[int]:
    """Columns no name tells whose cells are all percentages, some of them empty or zero (a discount
    printed on the lines that have one: Norwegian ``Rabatt %``, Slovak ``Zľava %`` in words no dictionary
    knew; Pastel's Afrikaans ``Afsl. %`` with 0.00 on the others)."""
    return [
        i
        for i, texts in enumerate(columns)
        if kinds[i] is None
        and any(_off(text) for text in texts)
        and not all(_off(text) for text in texts)
        and _percents([text if _off(text) else "" for text in texts], decimal_comma)  # (zeros: none)
    ]


def _best_trio(
    kinds: list[str | None],
    columns: list[list[str]],
    options: dict[str, list[int]],
    names: list[str],
    decimal_comma: bool,
    off: list[str],
) -> Inferred:
    """The roles of the one (quantity, price, amount) choice that every row confirms, less the row's
    discount ``off`` (a percent, or empty); none when no choice or two differing ones fit."""
    best: list[tuple[int, tuple[int, int, int]]] = []
    for trio in itertools.product(*(options[role] for role in NUMBERS)):
        if len(set(trio)) < 3:
            continue
        checks = [
            _agrees(*(columns[i][row] for i in trio), decimal_comma, off[row]) for row in range(len(off))
        ]
        known = [c for c in checks if c is not None]
        if len(known) < max(1, min(_CONFIRMING_ROWS, len(checks) // 2)) or not all(known):
            continue
        kept = sum(kinds[i] == role for i, role in zip(trio, NUMBERS, strict=True))
        gross = sum(bool(_GROSS.search(names[i])) for i in trio) if names else 0
        best.append((kept * 10 + gross, trio))
    if not best:
        return {}
    top = max(kept for kept, _ in best)
    winners = {trio for kept, trio in best if kept == top}
    if len({(frozenset(trio[:2]), trio[2]) for trio in winners}) != 1:
        return {}  # two readings fit the numbers: do not choose
    trio = min(winners)  # quantity x price = price x quantity: the quantity is printed left of the price
    found = {i: role for i, role in zip(trio, NUMBERS, strict=True) if kinds[i] != role}
    for i in options["quantity"] + options["unit_price"] + options["amount"]:
        if kinds[i] in NUMBERS and i not in trio:  # a second price or amount (不含税 beside 含税) not picked
            found[i] = "other"
    return found


def resolve(
    kinds: list[str | None],
    columns: list[list[str]],
    names: list[str] | None = None,
    decimal_comma: bool = False,
) -> tuple[list[str | None], Inferred]:
    """Roles for the columns from their header kinds (None: unknown) and their cells, row by row.

    ``columns[i][row]`` is the text under column ``i`` in that row (``''`` when empty); ``names`` are
    the header cells' texts; ``decimal_comma``: the document writes 1.500,00. Returns the new kinds
    and the roles that content gave (for provenance and a lower score).
    """
    kinds = list(kinds)
    if not columns or not columns[0]:
        return kinds, {}
    shapes = [profile(texts) for texts in columns]
    for i, shape in enumerate(shapes):  # a unit or date column of plain numbers was named wrongly
        if kinds[i] in ("unit", "delivery_date") and shape in ("number", "serial"):
            kinds[i] = None
        elif kinds[i] == "unit" and _mostly_numbers(columns[i]):
            kinds[i] = None  # quantities with their unit (``2,000 件``) under a misread 数量 (计量单位)
    inferred: Inferred = {}
    numeric = [  # (on a scan, a column of quantities with their unit may have a misread or two)
        i
        for i, shape in enumerate(shapes)
        if kinds[i] in (*NUMBERS, "price_unit", None)
        and (shape in ("number", "serial") or _mostly_numbers(columns[i]))
    ]
    labelled = [kinds.count(role) for role in NUMBERS]
    if labelled != [1, 1, 1] and (None in [kinds[i] for i in numeric] or max(labelled) > 1):
        inferred.update(_by_arithmetic(kinds, columns, numeric, names or [], decimal_comma))
    for i, role in inferred.items():
        kinds[i] = role
    for i, shape in enumerate(shapes):  # a "line number" column of words: its words decide
        if kinds[i] == "line_no" and shape in ("code", "text") and not _mostly_line_numbers(columns[i]):
            kinds[i] = None
    for i, shape in enumerate(shapes):
        if kinds[i] is not None:
            continue
        role = {"serial": "line_no", "date": "delivery_date", "unit": "unit", "code": "part_no"}.get(shape)
        if shape == "number" and _numeric_codes(columns[i]):
            role = "part_no"  # whole numbers of five digits or more, each its own, no sum uses: item codes
        if role and role not in kinds:
            kinds[i] = inferred[i] = role
    _unit_of_the_quantity(kinds, names or [])
    described = [i for i, kind in enumerate(kinds) if kind == "description"]
    if len(described) >= 2 and "part_no" not in kinds and shapes[described[0]] == "code":
        # Article | Désignation: the French ``Article`` is the item's code, its cells say so (a code after
        # the name is its spec: 品名 | 规格型号 ``6205-2RS``)
        kinds[described[0]] = inferred[described[0]] = "part_no"
    for role in _SINGLE:  # two part-number columns (物料编码, 客户料号): the first one; never both glued
        for i in [i for i, kind in enumerate(kinds) if kind == role][1:]:
            kinds[i] = "other"
    texts = [i for i, shape in enumerate(shapes) if kinds[i] is None and shape in ("text", "code")]
    # else a column named as remarks whose every row holds words of its own (JD Edwards' Chinese 说明,
    # its Description): no flag, revision or note only some lines have
    texts = texts or [i for i, kind in enumerate(kinds) if kind == "other" and _names_items(columns[i])]
    if texts and "description" not in kinds:
        longest = max(texts, key=lambda i: sum(len(t) for t in columns[i]))
        kinds[longest] = inferred[longest] = "description"
    return kinds, inferred


def _numeric_codes(texts: list[str]) -> bool:
    """Whether a column's cells are item codes made of digits (an ERP's ``31070007``): whole numbers of
    five digits or more, a different one on every row (quantities and amounts repeat or carry decimals)."""
    values = [text.strip() for text in texts if text.strip()]
    digits = all(re.fullmatch(r"\d{5,}", value) for value in values)
    return len(values) >= 2 and digits and len(set(values)) == len(values)


_NAME_WIDTH = 1.5  # Chinese characters an item's name is wide on average, at least (no Y / N flag, no A / B)


def _names_items(texts: list[str]) -> bool:
    """Whether a column's cells read as items' names: words on (almost) every row, most rows' their own."""
    values = [value for text in texts if (value := text.strip())]
    return (
        len(values) >= _DISTINCT * len(texts)
        and profile(values) == "text"
        and len(set(values)) >= _DISTINCT * len(values)
        and sum(map(text_width, values)) >= _NAME_WIDTH * len(values)
    )


def _unit_of_the_quantity(kinds: list[str | None], names: list[str]) -> None:
    """Of two unit columns (鼎捷 T100's 采购单位 | 采购数量 | 计价单位 | 计价数量: the purchase and the
    pricing units), the one of the quantity the order keeps: named like it (计价单位 for 计价数量), else
    the nearest; the other is no unit column."""
    units = [i for i, kind in enumerate(kinds) if kind == "unit"]
    if len(units) < 2 or "quantity" not in kinds:
        return
    quantity = kinds.index("quantity")
    qualifier = _qualifier(names[quantity]) if quantity < len(names) else ""
    kept = min(
        units,
        key=lambda i: (
            not qualifier or i >= len(names) or _qualifier(names[i]) != qualifier,
            abs(i - quantity),
            i,
        ),
    )
    for i in units:
        if i != kept:
            kinds[i] = "other"


def _qualifier(name: str) -> str:
    """What a quantity's or unit's column name says of it beyond being one: ``计价`` of 计价数量 and 计价单位,
    ``order`` of Order Qty and Order UoM; empty for a bare 数量 or Unit."""
    words = name.split()
    if len(words) > 1:
        return words[0].casefold()
    return name[:2] if HAN_RUN.fullmatch(name) and len(name) >= 4 else ""
