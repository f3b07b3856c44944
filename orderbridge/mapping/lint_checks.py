"""The checks ``orderbridge lint`` makes beyond a file's schema, per kind, and the names files refer to.

A kind's schema may name its own check (``x-orderbridge-check: "module:function"``); the kinds below have
theirs here. A check receives a schema-valid ``LoadedYaml`` and returns ``file:line:col: path: what`` texts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from orderbridge.mapping.target import target_mapping_from
from orderbridge.masterdata.crosscheck import cross_check
from orderbridge.masterdata.extras import prices_from, units_from
from orderbridge.routing import check_routing, known_targets
from orderbridge.yamlconfig import Kind, LoadedYaml, MappingError, load_yaml

Check = Callable[[LoadedYaml], list[str]]


def _target_mapping(loaded: LoadedYaml) -> list[str]:
    problems = []
    try:
        target_mapping_from(loaded)
    except MappingError as exc:
        problems += exc.problems
    name = loaded.data["target"]
    if name != loaded.path.stem:
        problems.append(
            loaded.problem(
                ("target",), f"target '{name}' must live in targets/{name}.yaml, not {loaded.path.name}"
            )
        )
    return problems


SEMANTIC_CHECKS: dict[str, Check] = {
    "target-mapping": _target_mapping,
    "routing": check_routing,
    "units": lambda loaded: units_from(loaded)[1],
    "prices": lambda loaded: prices_from(loaded)[1],
}


def semantic(kind: Kind, loaded: LoadedYaml) -> list[str]:
    check = SEMANTIC_CHECKS.get(kind.name)
    if check is None and kind.checker:  # "module:function" named by the kind's schema (x-orderbridge-check)
        module, _, name = kind.checker.partition(":")
        try:
            check = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as exc:
            return [loaded.problem((), f"the schema's checker {kind.checker!r} cannot be loaded: {exc}")]
    return list(check(loaded)) if check else []


def semantic_despite(kind: Kind, loaded: LoadedYaml | None) -> list[str]:
    """The checks beyond the schema on a file the schema refused, as far as its shape allows, so that
    one run shows every fault; a check that trips over the broken shape has nothing to add."""
    if loaded is None:
        return []
    try:
        return semantic(kind, loaded)
    except (KeyError, TypeError, AttributeError, ValueError, IndexError):
        return []


def cross_checks(loaded: dict[Path, LoadedYaml]) -> list[str]:
    by_kind = {item.kind: item for item in loaded.values()}
    if "customers" in by_kind and "materials" in by_kind:
        return cross_check(by_kind["customers"], by_kind["materials"])
    return []


def references(mappings_dir: Path) -> dict[str, set[str]]:
    """Names other files may refer to; a name set is left out when its own file is broken."""
    references: dict[str, set[str]] = {"target": known_targets(mappings_dir)}
    sources = {
        "customer": ("customers", "customers", "code"),
        "material": ("materials", "materials", "sku"),
        "unit": ("units", "units", "code"),
    }
    for what, (kind, key, name) in sources.items():
        path = mappings_dir / "masterdata" / f"{kind}.yaml"
        if not path.exists():
            continue
        try:
            loaded = load_yaml(path, kind)
        except MappingError:
            continue  # reported on its own; checking others against it would only repeat the fault
        references[what] = {row[name] for row in loaded.data[key]}
    return references
