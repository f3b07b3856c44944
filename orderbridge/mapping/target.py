"""A target mapping: load it once (all config problems at once), then render any number of orders with it.

Target-neutral by design: the Kingdee shape (``Model``, ``FSaleOrderEntry``, ``{"FNumber": ...}``) lives in
``mappings/targets/kingdee.yaml``; a SAP or U8 mapping is another YAML file for the same engine.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orderbridge.mapping.errors import MappingDataError
from orderbridge.mapping.render import Renderer, TraceEntry
from orderbridge.mapping.spec import Group, compile_group
from orderbridge.model import PurchaseOrder
from orderbridge.yamlconfig import LoadedYaml, MappingError, load_yaml


@dataclass(frozen=True)
class LookupFields:
    """Target fields used to ask whether an order was already sent (idempotent push)."""

    po_number_field: str
    customer_field: str


@dataclass(frozen=True)
class TargetMapping:
    path: Path
    target: str
    form_id: str | None
    lookup: LookupFields
    envelope: str | None
    options: dict[str, Any]
    header: Group
    lines_key: str
    lines: Group
    lookups: dict[str, dict[str, Any]] = field(default_factory=dict)

    def render(self, order: PurchaseOrder) -> dict[str, Any]:
        """The target's request body for ``order`` (plain JSON types); no I/O, so fit for dry runs.

        Raises ``MappingDataError`` listing every missing or unknown value of this order.
        """
        return self._render(order, None)

    def render_traced(self, order: PurchaseOrder) -> tuple[dict[str, Any], list[TraceEntry]]:
        """``render`` plus, for every value in the body, the rule that produced it (for ``preview``)."""
        trace: list[TraceEntry] = []
        body = self._render(order, trace)
        prefix = f"{self.envelope}." if self.envelope else ""
        entries = [TraceEntry(f"{prefix}{t.path}", t.value, t.rule, t.how, t.source) for t in trace]
        entries += [
            TraceEntry(name, value, f"{self.path}: options.{name}", "option, sent as written")
            for name, value in self.options.items()
        ]
        return body, entries

    def _render(self, order: PurchaseOrder, trace: list[TraceEntry] | None) -> dict[str, Any]:
        renderer = Renderer(self.lookups, order, trace)
        body = renderer.group(self.header, "")
        prefix = f"{self.lines_key}[{{}}]"
        body[self.lines_key] = [
            renderer.group(self.lines, prefix.format(index), line) for index, line in enumerate(order.lines)
        ]
        if not order.lines:
            renderer.problems.append(f"{self.lines_key}: the order has no lines")
        if renderer.problems:
            raise MappingDataError(renderer.problems, target=self.target, po_number=order.po_number)
        options = copy.deepcopy(self.options)
        return {self.envelope: body, **options} if self.envelope else {**body, **options}


def load_target_mapping(path: Path) -> TargetMapping:
    """Read and check a target mapping; raises ``MappingError`` (a ``ConfigError``) with every problem."""
    return target_mapping_from(load_yaml(Path(path), "target-mapping"))


def target_mapping_from(loaded: LoadedYaml) -> TargetMapping:
    """Compile a schema-valid target mapping; raises ``MappingError`` with what the schema cannot check."""
    data = loaded.data
    problems: list[str] = []
    header = compile_group(loaded, ("header",), data["header"], in_lines=False, problems=problems)
    lines = compile_group(
        loaded, ("lines", "fields"), data["lines"]["fields"], in_lines=True, problems=problems
    )
    problems += _collisions(loaded, header)
    if problems:
        raise MappingError(loaded.sorted_problems(problems), path=loaded.path)
    return TargetMapping(
        path=loaded.path,
        target=data["target"],
        form_id=data.get("form_id"),
        lookup=LookupFields(**data["lookup"]),
        envelope=data.get("envelope"),
        options=data.get("options", {}),
        header=header,
        lines_key=data["lines"]["key"],
        lines=lines,
        lookups=data.get("lookups", {}),
    )


def _collisions(loaded: LoadedYaml, header: Group) -> list[str]:
    """Keys that would overwrite each other in the rendered body."""
    data = loaded.data
    options = data.get("options", {})
    lines_key = data["lines"]["key"]
    problems = []
    if lines_key in header.keys():  # noqa: SIM118 (Group.keys is not a dict's)
        problems.append(loaded.problem(("lines", "key"), f"'{lines_key}' is also a header field"))
    envelope = data.get("envelope")
    if envelope is not None:
        if envelope in options:
            problems.append(loaded.problem(("envelope",), f"'{envelope}' is also an option"))
        return problems
    for name in [*header.keys(), lines_key]:
        if name in options:
            problems.append(
                loaded.problem(("options", name), f"'{name}' is also a header field or the lines key")
            )
    return problems
