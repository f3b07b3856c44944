"""``orderbridge lint``: check every YAML file IT edits in one go, all problems of all files at once.

Kinds come from ``mappings/schemas`` (one schema per kind, see ``orderbridge.yamlconfig.kinds``), so a new
kind is linted as soon as its schema exists. Beyond the schema, each kind's own checks run (transforms
and ``from`` paths of target mappings, cross-references of master data, routing rules); the names a file
refers to (customers, materials, units, targets) are checked against the rest of the folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from orderbridge.mapping.lint_checks import cross_checks, references, semantic, semantic_despite
from orderbridge.mapping.target import TargetMapping, load_target_mapping
from orderbridge.yamlconfig import (
    Kind,
    LoadedYaml,
    MappingError,
    discover_kinds,
    kind_for_path,
    load_yaml,
    position_in,
)


@dataclass
class LintReport:
    files: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    loaded: dict[Path, LoadedYaml] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def yaml_files(mappings_dir: Path) -> list[Path]:
    folder = Path(mappings_dir)
    return sorted(p for p in [*folder.rglob("*.yaml"), *folder.rglob("*.yml")] if p.is_file())


def lint_tree(mappings_dir: Path, only: Iterable[Path] | None = None) -> LintReport:
    """Lint every YAML file under ``mappings_dir`` (or only the files in ``only``, checked in its context)."""
    mappings_dir = Path(mappings_dir)
    kinds = discover_kinds()
    report = LintReport()
    files = sorted(Path(p) for p in only) if only is not None else yaml_files(mappings_dir)
    if only is None:
        report.errors += _missing_required(mappings_dir, files)
    known = references(mappings_dir)
    for path in files:
        report.files.append(path)
        kind = kind_for_path(path, kinds, mappings_dir)
        if kind is None:
            report.errors.append(_unclaimed(path, mappings_dir, kinds))
            continue
        try:
            loaded = load_yaml(path, kind.name, references=known)
        except MappingError as exc:
            report.errors += exc.problems + semantic_despite(kind, exc.loaded)
            continue
        report.loaded[path] = loaded
        report.warnings += loaded.warnings
        report.errors += semantic(kind, loaded)
    report.errors += cross_checks(report.loaded)
    report.errors = _in_place_order(report.errors)
    return report


def lint_paths(paths: Iterable[Path], default_dir: Path) -> LintReport:
    """``orderbridge lint PATH...``: a folder is a mappings folder; a file in the context of its folder."""
    report = LintReport()
    for target in paths or [default_dir]:
        target = Path(target)
        if target.is_dir():
            part = lint_tree(target)
        elif not target.exists():
            part = LintReport([target], [f"{target}:1:1: no such file or folder"])
        else:
            part = lint_tree(mappings_root_of(target) or default_dir, only=[target])
        report.files += part.files
        report.errors += part.errors
        report.warnings += part.warnings
        report.loaded.update(part.loaded)
    return report


def lint_mappings(mappings_dir: Path) -> list[str]:
    """Every problem under ``mappings_dir``; empty when all is well (what CI asserts)."""
    return lint_tree(mappings_dir).errors


def mappings_root_of(path: Path) -> Path | None:
    """The mappings folder a file belongs to, from where files of its kind live."""
    kind = kind_for_path(path, discover_kinds())
    if kind is None:
        return None
    for pattern in kind.files:
        if PurePath(path).match(pattern):
            return Path(path).resolve().parents[len(PurePath(pattern).parts) - 1]
    return None


def load_target_mappings(mappings_dir: Path) -> dict[str, TargetMapping]:
    """All target mappings by target name; raises ``MappingError`` with every file's problems."""
    problems: list[str] = []
    mappings: dict[str, TargetMapping] = {}
    folder = Path(mappings_dir) / "targets"
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        try:
            mapping = load_target_mapping(path)
        except MappingError as exc:
            problems += exc.problems
            continue
        if mapping.target in mappings:
            problems.append(
                f"{path}:1:1: target: '{mapping.target}' is also mapped by {mappings[mapping.target].path}"
            )
        mappings[mapping.target] = mapping
    if problems:
        raise MappingError(problems, path=folder)
    return mappings


def _missing_required(mappings_dir: Path, files: list[Path]) -> list[str]:
    """The master data and routing must exist: without them no order can be resolved or routed."""
    problems = []
    for relative in ("masterdata/customers.yaml", "masterdata/materials.yaml", "routing.yaml"):
        path = mappings_dir / relative
        if path not in files:
            problems.append(f"{path}:1:1: (file): missing: OrderBridge needs this file")
    return problems


def _unclaimed(path: Path, mappings_dir: Path, kinds: dict[str, Kind]) -> str:
    where = ", ".join(pattern for kind in kinds.values() for pattern in kind.files)
    return (
        f"{path}:1:1: (file): no schema in mappings/schemas describes a file here, so it cannot be checked; "
        f"mapping files live at: {where}"
    )


def _in_place_order(problems: list[str]) -> list[str]:
    def key(problem: str) -> tuple[str, int, int]:
        head = problem.split(":", 1)[0]
        return (head, *position_in(problem, Path(head)))

    return sorted(dict.fromkeys(problems), key=key)
