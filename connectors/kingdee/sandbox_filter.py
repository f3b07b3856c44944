"""The FilterString of ExecuteBillQuery: a small SQL WHERE dialect, parsed into a predicate.

Supported: ``=``, ``<>``, ``!=``, ``<``, ``<=``, ``>``, ``>=``, ``[NOT] LIKE``, ``[NOT] IN (...)``,
``IS [NOT] NULL``, ``AND``, ``OR``, ``NOT``, parentheses; single-quoted strings with ``''`` for a quote;
numbers; field keys like ``FCustId.FNumber``. Text compares case-insensitively (SQL Server's default).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

Resolve = Callable[[str], Any]
Predicate = Callable[[Resolve], bool]

TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>-?\d+(?:\.\d+)?)|(?P<op><>|!=|<=|>=|=|<|>)"
    r"|(?P<punct>[(),])|(?P<word>[A-Za-z_][A-Za-z0-9_.]*))"
)
KEYWORDS = {"AND", "OR", "NOT", "LIKE", "IN", "IS", "NULL"}


class FilterError(ValueError):
    """The FilterString cannot be parsed."""


def tokenize(text: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise FilterError(f"cannot parse FilterString near {text[pos : pos + 20]!r}")
        kind = m.lastgroup or ""
        value = m.group(kind)
        if kind == "word" and value.upper() in KEYWORDS:
            kind, value = "kw", value.upper()
        tokens.append((kind, value))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0
        self.fields: set[str] = set()

    def peek(self, kind: str, value: str | None = None) -> bool:
        if self.i >= len(self.tokens):
            return False
        k, v = self.tokens[self.i]
        return k == kind and (value is None or v == value)

    def take(self, kind: str, value: str | None = None) -> str:
        if not self.peek(kind, value):
            got = self.tokens[self.i][1] if self.i < len(self.tokens) else "end of filter"
            raise FilterError(f"expected {value or kind}, got {got!r}")
        self.i += 1
        return self.tokens[self.i - 1][1]

    def parse(self) -> Predicate:
        pred = self.expr()
        if self.i != len(self.tokens):
            raise FilterError(f"unexpected {self.tokens[self.i][1]!r}")
        return pred

    def expr(self) -> Predicate:
        parts = [self.conj()]
        while self.peek("kw", "OR"):
            self.take("kw")
            parts.append(self.conj())
        return parts[0] if len(parts) == 1 else (lambda r: any(p(r) for p in parts))

    def conj(self) -> Predicate:
        parts = [self.neg()]
        while self.peek("kw", "AND"):
            self.take("kw")
            parts.append(self.neg())
        return parts[0] if len(parts) == 1 else (lambda r: all(p(r) for p in parts))

    def neg(self) -> Predicate:
        if self.peek("kw", "NOT"):
            self.take("kw")
            inner = self.neg()
            return lambda r: not inner(r)
        if self.peek("punct", "("):
            self.take("punct")
            inner = self.expr()
            self.take("punct", ")")
            return inner
        return self.comparison()

    def operand(self) -> Callable[[Resolve], Any]:
        if self.peek("str"):
            text = self.take("str")[1:-1].replace("''", "'")
            return lambda r: text
        if self.peek("num"):
            number = Decimal(self.take("num"))
            return lambda r: number
        name = self.take("word")
        self.fields.add(name)
        return lambda r: r(name)

    def comparison(self) -> Predicate:
        left = self.operand()
        negate = False
        if self.peek("kw", "IS"):
            self.take("kw")
            negate = self.peek("kw", "NOT") and bool(self.take("kw"))
            self.take("kw", "NULL")
            return lambda r: (left(r) in (None, "")) != negate
        if self.peek("kw", "NOT"):
            self.take("kw")
            negate = True
        if self.peek("kw", "LIKE"):
            self.take("kw")
            pattern = self.operand()
            return lambda r: like(left(r), pattern(r)) != negate
        if self.peek("kw", "IN"):
            self.take("kw")
            self.take("punct", "(")
            items = [self.operand()]
            while self.peek("punct", ","):
                self.take("punct")
                items.append(self.operand())
            self.take("punct", ")")
            return lambda r: any(compare(left(r), "=", item(r)) for item in items) != negate
        if negate:
            raise FilterError("NOT must be followed by LIKE or IN here")
        op = self.take("op")
        right = self.operand()
        return lambda r: compare(left(r), op, right(r))


def parse_filter(text: str | None) -> tuple[Predicate, set[str]]:
    """The predicate and the field keys the filter reads; an empty filter matches every row."""
    if not text or not text.strip():
        return (lambda r: True), set()
    parser = _Parser(text)
    return parser.parse(), parser.fields


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def compare(left: Any, op: str, right: Any) -> bool:
    if left is None or right is None:
        return False
    a, b = (
        (None, None) if isinstance(left, str) and isinstance(right, str) else (_number(left), _number(right))
    )
    if a is None or b is None:
        a, b = str(left).casefold(), str(right).casefold()  # type: ignore[assignment]
    return {
        "=": a == b,
        "<>": a != b,
        "!=": a != b,
        "<": a < b,
        "<=": a <= b,
        ">": a > b,
        ">=": a >= b,
    }[op]


def like(value: Any, pattern: Any) -> bool:
    if value is None or pattern is None:
        return False
    regex = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in str(pattern))
    return re.fullmatch(regex, str(value), flags=re.IGNORECASE | re.DOTALL) is not None
