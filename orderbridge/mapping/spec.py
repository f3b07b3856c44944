"""A target mapping's field specs compiled from the YAML, with the checks a JSON Schema cannot make:
lookups that exist, ``from`` paths the canonical model has, transforms on the whitelist, sane combinations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from orderbridge.mapping.paths import check_path
from orderbridge.mapping.transforms import Transform, parse_transform
from orderbridge.mapping.values import to_json_value
from orderbridge.model import OrderLine, PurchaseOrder
from orderbridge.yamlconfig import LoadedYaml, did_you_mean
from orderbridge.yamlconfig.nodes import Path_


@dataclass(frozen=True)
class FieldSpec:
    """One target field: where its value comes from and how it is shaped."""

    source: str | None  # dotted path into the order or the line
    constant: Any  # used when source is None
    order_scope: bool  # source is read from the order even inside lines
    transforms: tuple[Transform, ...]
    lookup: str | None
    default: Any
    has_default: bool
    required: bool
    type: str | None
    wrap: str | None  # the 'as' key
    where: str = ""  # "file:line:col: header.FCustId": the rule, for previews and traces

    def describe(self) -> str:
        return f"from {self.source}" if self.source else "constant"

    def explain(self) -> str:
        """The whole rule in one line: ``from currency | upper | lookup currencies | as FNumber``."""
        parts = [f"from {self.source}" if self.source else f"value {self.constant!r}"]
        parts += [str(t) for t in self.transforms]
        if self.lookup:
            parts.append(f"lookup {self.lookup}")
        if self.has_default:
            parts.append(f"default {self.default!r}")
        if self.type:
            parts.append(f"type {self.type}")
        if self.wrap:
            parts.append(f"as {self.wrap}")
        return " | ".join(parts)


@dataclass(frozen=True)
class Group:
    """Target fields in file order; a value is a FieldSpec or a nested Group."""

    fields: tuple[tuple[str, FieldSpec | Group], ...]

    def keys(self) -> list[str]:
        return [name for name, _ in self.fields]


def compile_group(
    loaded: LoadedYaml, path: Path_, data: dict[str, Any], *, in_lines: bool, problems: list[str]
) -> Group:
    fields: list[tuple[str, FieldSpec | Group]] = []
    for name, node in data.items():
        here = (*path, name)
        if isinstance(node, dict) and node and all(isinstance(v, dict) for v in node.values()):
            fields.append((name, compile_group(loaded, here, node, in_lines=in_lines, problems=problems)))
        else:
            fields.append((name, _compile_field(loaded, here, node, in_lines, problems)))
    return Group(tuple(fields))


def _compile_field(
    loaded: LoadedYaml, path: Path_, spec: dict[str, Any], in_lines: bool, out: list[str]
) -> FieldSpec:
    def bad(where: tuple[str | int, ...], message: str) -> None:
        out.append(loaded.problem((*path, *where), message))

    if "from" in spec and "value" in spec:
        bad(("value",), "give either 'from' or 'value', not both")
    elif "from" not in spec and "value" not in spec:
        bad((), "needs 'from' (a path in the order) or 'value' (a constant)")
    scope = spec.get("scope", "line" if in_lines else "order")
    if not in_lines and scope == "line":
        bad(("scope",), "'scope: line' only makes sense inside lines.fields")
    order_scope = scope == "order" or not in_lines
    if "from" in spec:
        trouble = check_path(spec["from"], PurchaseOrder if order_scope else OrderLine)
        if trouble:
            bad(("from",), trouble)
    transforms: list[Transform] = []
    raw = spec.get("transform", [])
    for index, text in enumerate([raw] if isinstance(raw, str) else raw):
        try:
            transforms.append(parse_transform(text))
        except ValueError as exc:
            bad(("transform",) if isinstance(raw, str) else ("transform", index), str(exc))
    lookups = loaded.data.get("lookups", {})
    if "lookup" in spec and spec["lookup"] not in lookups:
        known = ", ".join(lookups) or "none defined"
        bad(
            ("lookup",),
            f"no lookup table '{spec['lookup']}'{did_you_mean(spec['lookup'], lookups)}; lookups: {known}",
        )
    if spec.get("required") and "default" in spec:
        bad(("default",), "a field with a default is never missing: drop 'required' or 'default'")
    for key in ("value", "default"):
        if key in spec and "type" in spec and not (key == "value" and ("lookup" in spec or transforms)):
            try:
                to_json_value(spec[key], spec["type"])
            except ValueError as exc:
                bad((key,), f"cannot be sent as {spec['type']}: {exc}")
    return FieldSpec(
        source=spec.get("from"),
        constant=spec.get("value"),
        order_scope=order_scope,
        transforms=tuple(transforms),
        lookup=spec.get("lookup"),
        default=spec.get("default"),
        has_default="default" in spec,
        required=bool(spec.get("required", False)),
        type=spec.get("type"),
        wrap=spec.get("as"),
        where=loaded.where(path),
    )


__all__ = ["FieldSpec", "Group", "compile_group"]
