"""JSON Schema validation that speaks to the person editing the YAML: line, path, what, and a guess.

jsonschema reports an unknown key at its parent object; we point at the key itself and suggest the
closest allowed name (difflib, as invoice2data does). Enum mistakes get the same treatment.

Two checks ride on the schema so every kind gets them by declaring them: ``"format": "regex"`` (the value
must compile) and ``"x-references": "<what>"`` (the value must name a known customer, material, target...).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError

from orderbridge.yamlconfig.nodes import Path_, dotted

_JSON_TYPES = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
    type(None): "null",
}


def did_you_mean(word: object, choices: Iterable[object]) -> str:
    """`` (did you mean 'from'?)`` or empty text when nothing is close."""
    names = [str(c) for c in choices]
    close = difflib.get_close_matches(str(word), names, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


@cache
def load_schema(schema_path: Path) -> dict[str, Any]:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema


References = Mapping[str, Collection[str]]


def _validator(schema: dict[str, Any], references: References | None) -> Draft202012Validator:
    """A 2020-12 validator that also checks formats and ``x-references`` against the known names."""
    known_names = references or {}

    def check_reference(validator: Any, what: str, instance: Any, _schema: Any):
        known = known_names.get(what)
        if known is None or not isinstance(instance, str) or instance in known:
            return
        listed = ", ".join(sorted(known)[:12]) or "none"
        yield ValidationError(f"unknown {what} '{instance}'{did_you_mean(instance, known)}; known: {listed}")

    cls = validators.extend(Draft202012Validator, {"x-references": check_reference})
    return cls(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_problems(
    data: Any,
    schema: dict[str, Any],
    where: Callable[[Path_], str],
    references: References | None = None,
) -> list[tuple[Path_, str]]:
    """Every schema violation as ``(path, "file:line:col: path: message")``, one per offending key or value.

    ``references`` maps what an ``x-references`` names (``customer``, ``material``, ``target``) to the
    names known; a kind missing from it is not checked (its own file may be the broken one).
    """
    validator = _validator(schema, references)
    out: list[tuple[Path_, str]] = []
    for error in validator.iter_errors(data):
        out.extend(_explain(error, where))
    return out


def _explain(error: ValidationError, where: Callable[[Path_], str]) -> list[tuple[Path_, str]]:
    path: Path_ = tuple(error.absolute_path)
    kind = error.validator
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        return [(p, f"{where(p)}: {m}") for p, m in _unknown_keys(error, path)]
    if kind == "required":
        missing = re.match(r"'(.+)' is a required property", error.message)
        name = missing.group(1) if missing else error.message
        return [(path, f"{where(path)}: missing required key '{name}'")]
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        shown = ", ".join(repr(a) for a in allowed)
        hint = did_you_mean(error.instance, allowed) if isinstance(error.instance, str) else ""
        return [(path, f"{where(path)}: {error.instance!r} is not allowed; use one of {shown}{hint}")]
    if kind in ("anyOf", "oneOf") and error.context:
        return _explain_alternatives(error, path, where)
    if kind == "format" and error.validator_value == "regex":
        return [(path, f"{where(path)}: {_regex_trouble(error.instance)}")]
    if kind == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        got = _JSON_TYPES.get(type(error.instance), type(error.instance).__name__)
        return [(path, f"{where(path)}: expected {expected}, got {got} ({error.instance!r})")]
    return [(path, f"{where(path)}: {error.message}")]


def _regex_trouble(pattern: object) -> str:
    try:
        re.compile(str(pattern))
    except re.error as exc:
        return f"the regular expression '{pattern}' does not compile: {exc}"
    return f"{pattern!r} is not a valid regular expression"


def _explain_alternatives(
    error: ValidationError, path: Path_, where: Callable[[Path_], str]
) -> list[tuple[Path_, str]]:
    """``anyOf`` of types reads as "expected string or array"; else explain the branches that fit the type."""
    relevant = [e for e in error.context if not (e.validator == "type" and not e.path)]
    if not relevant:  # no branch takes this type of value at all
        expected = " or ".join(str(e.validator_value) for e in error.context)
        got = _JSON_TYPES.get(type(error.instance), type(error.instance).__name__)
        return [(path, f"{where(path)}: expected {expected}, got {got} ({error.instance!r})")]
    return [item for e in relevant for item in _explain(e, where)]


def _unknown_keys(error: ValidationError, path: Path_) -> list[tuple[Path_, str]]:
    schema = error.schema
    allowed = list(schema.get("properties", {}))
    patterns = list(schema.get("patternProperties", {}))
    out = []
    for key in error.instance:
        if key in allowed or any(re.search(p, key) for p in patterns):
            continue
        if patterns and not allowed:
            out.append(
                ((*path, key), f"'{key}' is not a valid name here (must match {' or '.join(patterns)})")
            )
        else:
            out.append(((*path, key), f"unknown key '{key}'{did_you_mean(key, allowed)}"))
    return out


__all__ = ["did_you_mean", "dotted", "load_schema", "schema_problems"]
