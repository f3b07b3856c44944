"""The kinds of YAML file IT edits, discovered from ``mappings/schemas/*.schema.json`` (one schema per kind).

A kind is named by its schema file (``routing.schema.json`` -> ``routing``). Where its files live comes from
the schema's ``x-orderbridge-files`` (globs relative to the mappings folder) or, for schemas that do not say,
from ``CONVENTIONAL_FILES``. A new schema dropped into the folder is therefore linted with no code change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from orderbridge.settings import PROJECT_ROOT

SCHEMAS_DIR = PROJECT_ROOT / "mappings" / "schemas"
SCHEMA_SUFFIX = ".schema.json"

CONVENTIONAL_FILES: dict[str, tuple[str, ...]] = {
    "customers": ("masterdata/customers.yaml",),
    "materials": ("masterdata/materials.yaml",),
    "target-mapping": ("targets/*.yaml", "targets/*.yml"),
    "routing": ("routing.yaml",),
    "customer-template": ("customers/*.yaml", "customers/*.yml"),
    "reconciliation": ("reconciliation.yaml",),
}


@dataclass(frozen=True)
class Kind:
    name: str
    schema_path: Path
    files: tuple[str, ...]  # globs relative to the mappings folder
    current_version: int
    required: tuple[str, ...]  # top-level keys every file of this kind has
    checker: str | None  # "module:function" for checks beyond the schema, from x-orderbridge-check

    def matches(self, path: Path, root: Path | None = None) -> bool:
        """Whether ``path`` lives where files of this kind live: relative to ``root`` (the mappings folder)
        when given, else compared from the right."""
        if root is not None:
            try:
                path = Path(path).resolve().relative_to(Path(root).resolve())
            except ValueError:
                return False
            return any(
                len(path.parts) == len(PurePath(p).parts) and PurePath(path).match(p) for p in self.files
            )
        return any(PurePath(path).match(pattern) for pattern in self.files)


def discover_kinds(schemas_dir: Path | None = None) -> dict[str, Kind]:
    """Every kind whose schema is in ``schemas_dir``, by name (read afresh: schemas may come at any time)."""
    folder = Path(schemas_dir or SCHEMAS_DIR)
    kinds: dict[str, Kind] = {}
    for schema_path in sorted(folder.glob(f"*{SCHEMA_SUFFIX}")):
        name = schema_path.name.removesuffix(SCHEMA_SUFFIX)
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        files = tuple(schema.get("x-orderbridge-files") or CONVENTIONAL_FILES.get(name, ()))
        kinds[name] = Kind(
            name=name,
            schema_path=schema_path,
            files=files,
            current_version=_current_version(schema),
            required=tuple(k for k in schema.get("required", ()) if k != "format_version"),
            checker=schema.get("x-orderbridge-check"),
        )
    return kinds


def kind_for_path(path: Path, kinds: dict[str, Kind], root: Path | None = None) -> Kind | None:
    for kind in kinds.values():
        if kind.matches(path, root):
            return kind
    return None


def marker_of(kind: Kind, kinds: dict[str, Kind]) -> str | None:
    """A top-level key only this kind requires: how a file of the wrong kind is recognised."""
    others = {key for other in kinds.values() if other.name != kind.name for key in other.required}
    return next((key for key in kind.required if key not in others), None)


def _current_version(schema: dict[str, Any]) -> int:
    spec = schema.get("properties", {}).get("format_version", {})
    if isinstance(spec.get("const"), int):
        return spec["const"]
    if spec.get("enum"):
        return max(v for v in spec["enum"] if isinstance(v, int))
    return int(spec.get("maximum", 1))
