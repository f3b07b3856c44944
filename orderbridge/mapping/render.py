"""Filling a compiled mapping from one order: a pure function collecting every problem before it fails."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from orderbridge.mapping.paths import get_path
from orderbridge.mapping.spec import FieldSpec, Group
from orderbridge.mapping.values import as_text, to_json_value
from orderbridge.model import OrderLine, PurchaseOrder

_ABSENT = object()


@dataclass(frozen=True)
class TraceEntry:
    """One value of a rendered payload and the mapping rule that produced it."""

    path: str  # where the value sits in the payload: Model.FCustId.FNumber
    value: Any
    rule: str  # file:line:col: header.FCustId
    how: str  # from buyer.customer_code | as FNumber
    source: str | None = None  # where the order's value came from (extraction provenance), if known


class Renderer:
    def __init__(
        self, lookups: dict[str, dict[str, Any]], order: PurchaseOrder, trace: list[TraceEntry] | None = None
    ) -> None:
        self.lookups = lookups
        self.order = order
        self.problems: list[str] = []
        self.trace = trace

    def group(self, group: Group, prefix: str, line: OrderLine | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, node in group.fields:
            label = f"{prefix}.{name}" if prefix else name
            if isinstance(node, Group):
                value = self.group(node, label, line)
                if value:
                    out[name] = value
                continue
            value = self.field(node, label, line)
            if value is not _ABSENT:
                out[name] = value
        return out

    def field(self, spec: FieldSpec, label: str, line: OrderLine | None) -> Any:
        where = f"{label} ({f'line {line.line_no}, ' if line is not None else ''}{spec.describe()})"
        value = self._source(spec, line)
        try:
            for transform in spec.transforms:
                if _missing(value):
                    break
                value = transform(value)
        except (ValueError, TypeError) as exc:
            self.problems.append(f"{where}: transform failed: {exc}")
            return _ABSENT
        if not _missing(value) and spec.lookup is not None:
            table = self.lookups[spec.lookup]
            key = as_text(value)
            if key in table:
                value = table[key]
            elif spec.has_default:
                value = None
            else:
                known = ", ".join(table)
                self.problems.append(f"{where}: {key!r} is not in lookup '{spec.lookup}' (known: {known})")
                return _ABSENT
        if _missing(value):
            if spec.has_default:
                value = spec.default
            elif spec.required:
                self.problems.append(f"{where}: required value is missing")
                return _ABSENT
            else:
                return _ABSENT
        try:
            value = to_json_value(value, spec.type)
        except ValueError as exc:
            self.problems.append(f"{where}: cannot send as {spec.type or 'a JSON value'}: {exc}")
            return _ABSENT
        if self.trace is not None:
            self._record(spec, label, line, value)
        return {spec.wrap: value} if spec.wrap else value

    def _record(self, spec: FieldSpec, label: str, line: OrderLine | None, value: Any) -> None:
        source = None
        if spec.source is not None:
            key = spec.source
            if line is not None and not spec.order_scope:
                index = next(i for i, item in enumerate(self.order.lines) if item is line)
                key = f"lines[{index}].{spec.source}"
            found = self.order.provenance.get(key)
            if found is not None:
                note = f", {found.note}" if found.note else ""
                source = f"{found.method} (score {found.score}{note})"
        path = f"{label}.{spec.wrap}" if spec.wrap else label
        self.trace.append(TraceEntry(path, value, spec.where, spec.explain(), source))

    def _source(self, spec: FieldSpec, line: OrderLine | None) -> Any:
        if spec.source is None:
            return spec.constant
        return get_path(self.order if spec.order_scope or line is None else line, spec.source)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
