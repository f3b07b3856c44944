"""The whitelist of functions a mapping may apply to a value (lesson 8: expressions never reach ``eval``).

A transform is written ``name`` or ``name(arg, ...)``; arguments are integers or text (quoted or bare).
Parsing happens when the mapping loads, so a typo is a config error with a line, not a failure per order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from orderbridge.yamlconfig import did_you_mean


def _text(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _date_format(value: Any, fmt: str) -> str:
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    if not isinstance(value, dt.date):
        raise ValueError(f"date_format needs a date, got {value!r}")
    return value.strftime(fmt)


# name -> (function(value, *args), argument types)
TRANSFORMS: dict[str, tuple[Callable[..., Any], tuple[type, ...]]] = {
    "upper": (lambda v: _text(v).upper(), ()),
    "lower": (lambda v: _text(v).lower(), ()),
    "strip": (lambda v: _text(v).strip(), ()),
    "digits": (lambda v: "".join(ch for ch in _text(v) if ch.isdigit()), ()),
    "truncate": (lambda v, n: _text(v)[:n], (int,)),
    "date_format": (_date_format, (str,)),
    "replace": (lambda v, old, new: _text(v).replace(old, new), (str, str)),
}

_CALL = re.compile(
    r"""^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(((?:"(?:[^"\\]|\\.)*"|'[^']*'|[^()'"])*)\))?\s*$"""
)
_ARG = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^,]*?)\s*(?:,|$)""")


@dataclass(frozen=True)
class Transform:
    name: str
    args: tuple[Any, ...]

    def __call__(self, value: Any) -> Any:
        return TRANSFORMS[self.name][0](value, *self.args)

    def __str__(self) -> str:
        return f"{self.name}({', '.join(map(str, self.args))})" if self.args else self.name


def parse_transform(text: str) -> Transform:
    """``"truncate(40)"`` -> ``Transform("truncate", (40,))``; raises ``ValueError`` saying what is wrong."""
    call = _CALL.match(text)
    if call is None:
        raise ValueError(f"cannot read transform {text!r}; write name or name(arg, ...)")
    name, raw = call.group(1), call.group(2)
    if name not in TRANSFORMS:
        raise ValueError(
            f"unknown transform '{name}'{did_you_mean(name, TRANSFORMS)}; known: {', '.join(TRANSFORMS)}"
        )
    types = TRANSFORMS[name][1]
    texts = _split_args(raw) if raw is not None and raw.strip() else []
    if len(texts) != len(types):
        raise ValueError(
            f"{name} takes {len(types)} argument(s) ({', '.join(t.__name__ for t in types)}), "
            f"got {len(texts)}"
        )
    args = []
    for arg, kind in zip(texts, types, strict=True):
        if kind is int:
            if not re.fullmatch(r"-?\d+", arg):
                raise ValueError(f"{name}: argument {arg!r} must be a whole number")
            args.append(int(arg))
        else:
            args.append(_unquote(arg))
    return Transform(name, tuple(args))


def _split_args(raw: str) -> list[str]:
    parts, pos = [], 0
    while pos < len(raw):
        match = _ARG.match(raw, pos)
        if match is None or match.end() == pos:
            break
        parts.append(match.group(1))
        pos = match.end()
    if raw.rstrip().endswith(","):
        parts.append("")
    return parts


def _unquote(arg: str) -> str:
    if len(arg) >= 2 and arg[0] == arg[-1] and arg[0] in "\"'":
        inner = arg[1:-1]
        return re.sub(r"\\(.)", r"\1", inner) if arg[0] == '"' else inner
    return arg
