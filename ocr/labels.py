"""The bilingual label dictionary and the matching rules for header fields and table columns.

A label matches at the start of a cell, or later in a cell when a colon follows it (``... 币种：人民币``).
A Chinese label must not run on into more Chinese (客户 is not 客户料号); an English one must not run
on into more letters (Date is not Dated). A label may repeat in the other language (``订单号 PO No.``),
also in words the dictionary does not know: a run of up to four words of the other script ending in a
colon right after a label is its translation (``送货地址 Deliver To: ...``), unless another field's label
starts in it (``收货人 John Tel: ...`` keeps John). A total may name its currency (``TOTAL USD``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from ocr.han import HAN_CHAR
from ocr.label_dictionary import COLUMN_LABELS, HEADER_LABELS, NEEDS_COLON, TRADITIONAL
from ocr.memo import per_document
from ocr.normalise import parse_currency

# Labels that end the line table when they start a line.
TOTAL_FIELD = "total"
_COLON = r"\s*[:：#՝]?\s*"  # (՝: the Armenian comma closes a label)
_LEADING_COLON = re.compile("^" + _COLON)
_SEPARATOR = re.compile(r"[\s/|()（）\-]*")
_COLON_NEXT = re.compile(r"\s*[:：՝]")
_SPACES_AND_DOTS = re.compile(r"[\s.]")
_NOTE = re.compile(r"[(（][^()（）]*[)）]\s*[:：]?\s*")
_PARENS = re.compile(r"[(（]([^)）]*)[)）]")


@dataclass(frozen=True)
class Pair:
    """One label found in a cell and the text after it (empty when the value is elsewhere)."""

    field: str
    label: str
    value: str


_STROKED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i"}  # letters with no accent to strip in Unicode


def _bare_letter(c: str) -> str:
    """``à`` -> ``a``: OCR without the language's model reads Quantità as Quantita."""
    return _STROKED.get(c) or unicodedata.normalize("NFD", c)[0]


def bare_letters(text: str) -> str:
    """``text`` with every letter bare (``Átvitel`` -> ``Atvitel``), as OCR without the language's model
    reads it."""
    return "".join(_bare_letter(c) for c in text)


def _pattern(label: str) -> re.Pattern[str]:
    body = r"\s*".join(re.escape(part).replace(r"\.", r"\.?") for part in label.split())
    body = re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", r"\\s?", body)  # OCR: 交货日 期
    body = "".join(f"[{c}{TRADITIONAL[c]}]" if c in TRADITIONAL else c for c in body)  # 訂單號碼
    body = "".join(f"[{c}{_bare_letter(c)}]" if c.isalpha() and _bare_letter(c) != c else c for c in body)
    if re.search(r"[\u4e00-\u9fff]$", label):
        tail = _CJK_TAIL
    else:
        tail = _INITIALISM_TAIL if _INITIALISM.search(label) else _LATIN_TAIL
    return re.compile(body + tail, re.IGNORECASE)


_CJK_TAIL = r"(?![\u4e00-\u9fff])"
# PO#4500012345, PO No.4500: a label ending in a mark may touch its value; No without its dot is no label
# at the start of Normal, nor Date at the start of Dated.
_LATIN_TAIL = r"(?:(?<=[.#])|(?![A-Za-z]))"
# An initialism (C.F., U.S.) read without its dots is no label where digits touch it: ``CF2612-00418`` is
# an order number, not the codice fiscale's label before ``2612-00418``.
_INITIALISM = re.compile(r"[A-Za-z]\.[A-Za-z]")
_INITIALISM_TAIL = r"(?:(?<=[.#])|(?![A-Za-z0-9]))"


@dataclass(frozen=True)
class Patterns:
    """The labels' patterns by their first character (lower case), longest first, so a position tries
    only a few; and per first character all of them as one alternation, so that trying them is one
    regex call, not one per label (the European languages made some letters' lists long)."""

    by_first: dict[str, list[tuple[str, re.Pattern[str]]]]
    any_of: dict[str, re.Pattern[str]]  # alternative k (group k + 1) is ``by_first[c][k]``

    def starting(self, text: str, pos: int) -> list[tuple[str, re.Pattern[str]]]:
        return self.by_first.get(_first(text[pos]), []) if pos < len(text) else []

    def first_match(self, text: str, pos: int) -> tuple[str, re.Match[str]] | None:
        """(field, match) of the longest label starting at ``pos``."""
        if pos >= len(text) or (any_of := self.any_of.get(_first(text[pos]))) is None:
            return None
        match = any_of.match(text, pos)
        if match is None or match.lastindex is None:
            return None
        return self.by_first[_first(text[pos])][match.lastindex - 1][0], match


def _compile(table: dict[str, tuple[str, ...]]) -> Patterns:
    entries = [(field, label) for field, labels in table.items() for label in labels]
    entries.sort(key=lambda entry: -len(entry[1]))
    indexed: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for field, label in entries:
        pattern = _pattern(label)
        for first in {_first(label[0]), _first(_bare_letter(label[0]))}:  # İskonto: İ, I and i
            indexed.setdefault(first, []).append((field, pattern))
        if label[0] in TRADITIONAL:
            indexed.setdefault(TRADITIONAL[label[0]], []).append((field, pattern))
    # each label's pattern has no group of its own: the alternative that matched is its group's number
    any_of = {
        first: re.compile("|".join(f"({pattern.pattern})" for _, pattern in listed), re.IGNORECASE)
        for first, listed in indexed.items()
    }
    return Patterns(indexed, any_of)


def _first(char: str) -> str:
    """A character's lower case, one character long (``İ`` lowers to ``i`` and a combining dot)."""
    return char.lower()[0]


_HEADER = _compile(HEADER_LABELS)
_COLUMNS = _compile(COLUMN_LABELS)
# Where a header label may start: its first characters, in either case (``starting`` finds none elsewhere).
_HEADER_START = re.compile(
    "["
    + "".join(
        re.escape(c) for c in {c for labels in HEADER_LABELS.values() for label in labels for c in label[:1]}
    )
    + "".join(re.escape(c) for first in _HEADER.by_first for c in {first, first.upper()} if len(c) == 1)
    + "]"
)


_CODE_GOES_ON = re.compile(r"[-/.]?\d")  # a label's letters running on into digits are a code's prefix


def _label_at(text: str, pos: int, patterns: Patterns) -> tuple[str, int] | None:
    """The longest label starting at ``pos``, repeated in the other language if it is: (field, end)."""
    found = patterns.first_match(text, pos)
    if found is None:
        return None
    field, match = found
    end = match.end()
    if match.group()[-1:].isalpha() and _CODE_GOES_ON.match(text, end):
        return None  # ``CF-1874``, ``PO2026-11``: letters running on into digits start a code, no label
    while True:  # 订单号 PO No. / 数量 Qty: the same field again, in the other language
        after = _SEPARATOR.match(text, end).end()
        same = [p for f, p in patterns.starting(text, after) if f == field]
        again = next((m for p in same if (m := p.match(text, after))), None)
        if again and _CODE_GOES_ON.match(text, again.end()):
            again = None  # ``Purchase Order #PO-104872``: the second ``PO`` starts the number, no label
        if not again:
            return field, _translation_end(text, pos, _closed(text, pos, end), field, patterns)
        end = again.end()


def _closed(text: str, start: int, end: int) -> int:
    """The end of a label repeated in brackets (甲方（需方）), past its closing bracket; the repetition may
    run on in words the dictionary does not know (``Tổng tiền thanh toán (Total payment)``)."""
    label = text[start:end]
    opened = label.count("(") + label.count("（") > label.count(")") + label.count("）")
    closing = _BRACKET_RUNS_ON.match(text, end) if opened else None
    return closing.end() if closing else end


_BRACKET_RUNS_ON = re.compile(r"[^()（）:：\d]{0,30}[)）]")


_ENGLISH_RUN = re.compile(r"[\s/|]*((?:[A-Za-z][A-Za-z.#&'/-]*\s*){1,4}?)(?=[:：])")
_CHINESE_RUN = re.compile(r"[\s/|]*([\u4e00-\u9fff]{2,8})(?=\s*[:：])")
_TOTAL_CURRENCY = re.compile(
    r"\s*[(（]?\s*(?:USD|CNY|RMB|EUR|HKD|JPY|GBP|US\$|HK\$|人民币|元)\s*[)）]?(?=\s*[:：]|\s*$|\s+[-+\d¥$￥])",
    re.IGNORECASE,
)

_TAX_NOTE = re.compile(
    r"\s*[(（]?\s*(?:excl|incl|excluding|including|exclusive of|inclusive of|net of|w/o|with|without)\.?"
    r"\s*(?:tax|taxes|VAT|GST|sales tax)\.?\s*[)）]?(?![A-Za-z])",
    re.IGNORECASE,
)


def _translation_end(text: str, start: int, end: int, field: str, patterns: Patterns) -> int:
    """Where a label ends once its unknown translation (up to a colon) or a total's currency is added."""
    if field in ("total", "subtotal"):
        tax_note = _TAX_NOTE.match(text, end)  # Total net value excl. tax EUR 31,334.00
        end = tax_note.end() if tax_note else end
        currency = _TOTAL_CURRENCY.match(text, end)
        if currency:
            return currency.end()
    chinese = bool(HAN_CHAR.search(text, start, end))
    run = (_ENGLISH_RUN if chinese else _CHINESE_RUN).match(text, end)
    if not run or not run.group(1).strip():
        return end
    words = run.group(1)
    offset = run.start(1)
    for k in range(len(words)):  # another field's label inside the run: it is a value, not a translation
        if k and not words[k - 1].isspace() and chinese:
            continue
        hit = patterns.first_match(text, offset + k)
        if hit is not None and hit[0] != field:
            return end
    return offset + len(words.rstrip())


# A label may follow a separator or a clause number (``二、交货时间及地点：``, ``三、付款方式：``); labels
# not at the cell's start need a colon after them, so an enumeration (产品名称、规格型号、数量) is no label.
_WORD_BEFORE = frozenset(",，;；、(（")  # a bracket opens a word too: 발주번호 (P/O No.)
# A clause's number before the label that opens it (``二、``, ``3.``, ``(2)``; OCR may keep only the ``、``).
_CLAUSE_NUMBER = re.compile(
    r"\s*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．](?!\d)|[(（]\d{1,2}[)）]|、)?\s*"
)


def _inside_a_sentence(text: str, pos: int) -> tuple[str, int] | None:
    """A Chinese label of four characters or more inside running Chinese text, right before a colon
    (``将货物送至甲方指定地点：湖北省…``): Chinese has no spaces to mark where a word starts, and a long
    label followed by its colon is a label wherever it stands."""
    if not (HAN_CHAR.match(text, pos) and HAN_CHAR.match(text, pos - 1)):
        return None
    hit = _label_at(text, pos, _HEADER)
    if hit and len(HAN_CHAR.findall(text, pos, hit[1])) >= 4 and text[hit[1] : hit[1] + 1] in (":", "：", ""):
        return hit  # before its colon, or ending the cell (OCR drops the colon and splits the cell there)
    return None


_STRAY_QUOTES = re.compile(r"[\u201c\u201d\u2018\u2019\"'`]*")
# What may stand before a label that ends its cell: the label in a language the dictionary does not know,
# with a slash after it (``Bestell-Nr. /``) or in another script (``発注番号``, OCR's garble of it); no
# digits. (Not English words: ``Please quote our Order No.`` is a sentence.)
# Or the label in brackets after the other language's words (``Nhà cung cấp (Supplier):``).
_TRANSLATED = re.compile(r"[^\d:：]{1,16}\s[/|]\s*|[^\dA-Za-z:：]{1,12}\s*|[^\d:：()（）]{1,40}\s[(（]\s*")
_BRACKET_OPENS = re.compile(r"[(（]\s*$")
_BRACKET_CLOSES = re.compile(r"\s*[)）](?=\s*(?:[:：]|$))")


def _closed_translation(text: str, opening: int, start: int, end: int) -> int | None:
    """Where a bracketed label after the other language's words closes (past its bracket), when the
    cell ends there or a colon follows; else None. Forms in Korean, Japanese or Vietnamese print the
    English in brackets (``발주번호 (P/O No.)``, ``Điều khoản thanh toán (Payment terms):``)."""
    if not _BRACKET_OPENS.search(text, opening, start):
        return None
    closes = _BRACKET_CLOSES.match(text, end)
    return closes.end() if closes else None


_LETTER = re.compile(r"[^\W\d_]")
_WORD_OR_HAN = re.compile(r"[\s,，;；、\u4e00-\u9fff]")


@per_document
def split_pairs(text: str) -> tuple[str, tuple[Pair, ...]]:
    """Split a cell into its unlabelled prefix and the (label, value) pairs in it."""
    if not _LETTER.search(text):  # every label starts with a letter or a Chinese character: not numbers
        return text.strip(), ()
    found: list[tuple[int, int, str]] = []
    opening = _CLAUSE_NUMBER.match(text).end()  # 二、付款方式 | 货到验收…: the label opens the cell
    opening = _STRAY_QUOTES.match(text, opening).end()  # OCR: a speck read as a quote, ”DeliverTo
    pos = opening
    while start := _HEADER_START.search(text, pos):  # no label starts between pos and the next first letter
        pos = start.start()
        starts_word = pos == opening or text[pos - 1].isspace() or text[pos - 1] in _WORD_BEFORE
        if not starts_word and not HAN_CHAR.match(text, pos):
            # inside a Latin word no label starts: on to the next space, separator or Chinese character
            pos = next_start.start() if (next_start := _WORD_OR_HAN.search(text, pos + 1)) else len(text)
            continue
        hit = _label_at(text, pos, _HEADER) if starts_word else _inside_a_sentence(text, pos)
        bracketed = starts_word and hit is not None and _closed_translation(text, opening, pos, hit[1])
        if hit and _needs_colon(text[pos : hit[1]]) and not bracketed:  # ``수신 (To)``: the brackets tell
            rest = text[hit[1] :].strip()
            hit = hit if pos == opening and (not rest or rest[0] in ":：#՝") else None
        at_end = not starts_word and hit is not None and hit[1] == len(text)  # ``_inside_a_sentence``
        ends_cell = starts_word and hit is not None and not found and _TRANSLATED.fullmatch(text[opening:pos])
        if ends_cell and hit and (closed := _closed_translation(text, opening, pos, hit[1])):
            hit = (hit[0], closed)  # ``발주번호 (P/O No.)``: the label in brackets after the other script's
        ends_cell = ends_cell and not text[hit[1] :].strip()  # ``Bestell-Nr. / Order No.``: the label after
        if hit and (pos == opening or at_end or ends_cell or _COLON_NEXT.match(text, hit[1])):
            found.append((pos, hit[1], hit[0]))
            pos = hit[1]
        else:
            pos += 1
    pairs = []
    for i, (start, end, field) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        value = _LEADING_COLON.sub("", text[end:stop]).strip()
        note = _NOTE.match(value)  # Grand Total (incl. VAT): 1,200.00: a note on the label, not the value
        label = text[start:end].strip()
        if note:
            label, value = f"{label} {note.group().strip(' :：')}", value[note.end() :].strip()
        pairs.append(Pair(field, label, value))
    prefix = text[opening : found[0][0]].strip() if found else text.strip()
    return prefix, tuple(pairs)


def label_spans(text: str) -> list[tuple[str, int, int]]:
    """The header labels in a cell, as (field, start, end): the longest at a word start, none inside it."""
    spans = []
    pos = 0
    while pos < len(text):
        hit = _label_at(text, pos, _HEADER) if pos == 0 or text[pos - 1].isspace() else None
        if hit:
            spans.append((hit[0], pos, hit[1]))
        pos = hit[1] if hit and hit[1] > pos else pos + 1
    return spans


_NEEDS_COLON = {re.sub(r"[\s.]", "", label).lower() for label in NEEDS_COLON}


def _needs_colon(label: str) -> bool:
    return _SPACES_AND_DOTS.sub("", label).lower() in _NEEDS_COLON


@per_document
def column_kind(text: str) -> tuple[str, str | None] | None:
    """The column a header cell names and any hint in brackets (``单价(元)`` -> ``('unit_price', '元')``).

    The whole cell must be labels of one column (in one or two languages); anything else is not a header.
    """
    hints = _PARENS.findall(text)
    bare = _PARENS.sub(" ", text).strip().rstrip(":：՝")
    if not bare:
        return None
    keyed = keyed_caption(bare)
    if keyed:
        return _keyed_kind(*keyed)
    hit = _label_at(bare, 0, _COLUMNS) or _run_together(bare) or _qualified(bare)
    if not hit:
        return None
    rest = bare[hit[1] :].strip(" /|-.")
    if rest and hit[0] == "quantity" and _is_unit_label(rest):
        rest = ""  # 数量 单位 over ``2,000 件``: the quantity with its unit in one cell
    if rest and bare[hit[1] :].lstrip().startswith("/") and _whole_label(rest):
        rest = ""  # Part Number / Description: the code, its description on the line under it
    if rest and not hints and (_UNIT_OF_MONEY.fullmatch(rest) or _iso_currency(rest)):
        hints, rest = [rest], ""  # (Amount USD, Amount NZD, Stk.pris DKK)
    if rest and not _translation(bare[: hit[1]], rest):
        return None
    return hit[0], (hints[0].strip() if hints else None)


# An import-template export's caption of a linked field (金蝶云星空 引出: ``(明细信息)物料编码#名称``,
# ``(单据头)供应商#编码``): the field, then which of its values the column holds, its code or its name.
_KEYED = re.compile(r"(?P<field>[^#]+?)\s*#\s*(?P<part>编码|代码|名称|Number|Code|Name)", re.IGNORECASE)
_NAME_PARTS = ("名称", "name")


def keyed_caption(bare: str) -> tuple[str, bool] | None:
    """``物料编码#名称`` -> ``('物料编码', True)``: the linked field and whether the column holds its name
    (else its code); None for any other caption."""
    keyed = _KEYED.fullmatch(bare)
    return (keyed["field"], keyed["part"].lower() in _NAME_PARTS) if keyed else None


def _keyed_kind(field: str, name: bool) -> tuple[str, str | None] | None:
    """A material's code is the part number and its name the description; another field's name is that
    field (``采购单位#名称``: the unit; ``供应商#名称`` is an order field, for ``order_columns``), its code
    no field of ours."""
    found = column_kind(field)
    if found and found[0] == "part_no":
        return ("description" if name else "part_no"), None
    if name:
        return found
    return "other", None


def _whole_label(text: str) -> str | None:
    """The column ``text`` names when all of it is one column label, else None."""
    hit = _label_at(text, 0, _COLUMNS)
    return hit[0] if hit and hit[1] == len(text) else None


def _is_unit_label(text: str) -> bool:
    return _whole_label(text) == "unit"


def _run_together(bare: str) -> tuple[str, int] | None:
    """Two short Chinese labels of one column printed as one word (型号规格: 型号 + 规格), or a quantity's
    and its unit's (数量单位): (column, end).
    Longer runs are two columns OCR read as one word (原币单价原币含税单价), split by ``ocr_labels``."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{4,6}", bare):
        return None
    for cut in range(2, len(bare) - 1):
        head, tail = _label_at(bare[:cut], 0, _COLUMNS), _label_at(bare[cut:], 0, _COLUMNS)
        whole = head and tail and head[1] == cut and tail[1] == len(bare) - cut
        if whole and (head[0] == tail[0] or (head[0], tail[0]) == ("quantity", "unit")):
            return head[0], len(bare)  # 型号规格; 数量单位 over ``2,000 件`` is the quantity with its unit
    return None


# What ERPs put before a column's name to say which of two it is: 主数量 / 辅数量 (Yonyou NC's main and
# secondary unit), 本币金额, 本次数量, 实际单价.
_QUALIFIER = re.compile(
    r"(?:主|辅|本币|原币|本次|实际|计划|订单|订购|采购|含税|无税|未税|不含税)(?=[\u4e00-\u9fff]{2})"
)


def _qualified(bare: str) -> tuple[str, int] | None:
    """A known Chinese column name after a qualifier (主数量 is a quantity, 主单位 a unit): (column, end)."""
    qualifier = _QUALIFIER.match(bare)
    if not qualifier:
        return None
    hit = _label_at(bare, qualifier.end(), _COLUMNS)
    return hit if hit and hit[0] != "other" else None


_ENGLISH_WORDS = re.compile(r"[A-Za-z][A-Za-z.#&'/ -]{0,40}")
_CHINESE_WORDS = re.compile(r"[\u4e00-\u9fff]{1,8}")


def _iso_currency(text: str) -> bool:
    """A currency's ISO code the normaliser knows (``NZD``, ``DKK``): a column's unit of money."""
    return bool(re.fullmatch(r"[A-Z]{3}", text)) and parse_currency(text) == text


_UNIT_OF_MONEY = re.compile(
    r"[(（]?\s*(?:元|人民币|RMB|CNY|USD|US\$|HKD|EUR|JPY|GBP|\$|￥|¥|€)\s*[)）]?", re.IGNORECASE
)


def _translation(label: str, rest: str) -> bool:
    """A column header's other-language half that the dictionary does not know (物料名称 Material Name),
    or the currency it is in (单价/元, Amount USD)."""
    if _UNIT_OF_MONEY.fullmatch(rest):
        return True
    if re.search(r"[\u4e00-\u9fff]", label):
        return bool(_ENGLISH_WORDS.fullmatch(rest)) and len(rest.split()) <= 4
    return bool(_CHINESE_WORDS.fullmatch(rest))


_CJK_LABELS = [
    (field, label)
    for field, labels in COLUMN_LABELS.items()
    for label in labels
    if re.match(r"[\u4e00-\u9fff]", label)
]


def ocr_column_kind(text: str) -> tuple[str, str | None] | None:
    """``column_kind``, forgiving one lost or wrong Chinese character (OCR reads 数量 as ``量``), or a
    space OCR put into a Latin word's last letters (``Quantit y``).

    Only for OCR'd pages, and only when exactly one column's labels are that close.
    """
    exact = column_kind(text)
    if exact:
        return exact
    hints = _PARENS.findall(text)
    bare = "".join(_PARENS.sub(" ", text).split()).rstrip(":：՝")
    if re.fullmatch(r"[A-Za-z]+ [A-Za-z]{1,2}", text.strip()):  # a word OCR split near its end: Quantit y
        return column_kind(bare)
    if not bare or not re.fullmatch(r"[\u4e00-\u9fff]+", bare):
        return None
    close = {
        field for field, label in _CJK_LABELS if len(label) >= 2 and Levenshtein.distance(bare, label) <= 1
    }
    if len(close) != 1:
        return None
    return close.pop(), (hints[0].strip() if hints else None)
