"""Load one IT-edited YAML file of a known kind: parse, migrate, validate, and report every fault at once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orderbridge.yamlconfig.errors import MappingError
from orderbridge.yamlconfig.kinds import SCHEMAS_DIR, Kind, discover_kinds, marker_of
from orderbridge.yamlconfig.migrations import MIGRATIONS, migrate
from orderbridge.yamlconfig.nodes import Path_, dotted, parse_yaml_text
from orderbridge.yamlconfig.schema import References, load_schema, schema_problems


@dataclass
class LoadedYaml:
    """A valid file's data plus where every key stands, so semantic checks report like the schema does.

    ``warnings`` says what still works but should be changed (an old format_version migrated on load).
    """

    path: Path
    kind: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    columns: dict[Path_, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def _known(self, path: Path_) -> Path_:
        while path not in self.lines and path:
            path = path[:-1]
        return path

    def line_of(self, path: Path_) -> int:
        """The line of ``path``, or of its nearest ancestor the file spells out."""
        return self.lines.get(self._known(path), 1)

    def position(self, path: Path_) -> tuple[int, int]:
        known = self._known(path)
        return self.lines.get(known, 1), self.columns.get(known, 1)

    def where(self, path: Path_) -> str:
        line, col = self.position(path)
        return f"{self.path}:{line}:{col}: {dotted(path)}"

    def problem(self, path: Path_, message: str) -> str:
        return f"{self.where(path)}: {message}"

    def sorted_problems(self, problems: list[str]) -> list[str]:
        """Problems of this file in line and column order (stable), for reports built from several checks."""
        return sorted(problems, key=lambda p: position_in(p, self.path))


def position_in(problem: str, path: Path) -> tuple[int, int]:
    """(line, column) of a ``file:line:col: ...`` problem about ``path``; (0, 0) for anything else."""
    prefix = f"{path}:"
    if not problem.startswith(prefix):
        return 0, 0
    parts = problem[len(prefix) :].split(":", 2)
    numbers = [int(p) for p in parts[:2] if p.isdigit()]
    padded = [*numbers, 0, 0]
    return padded[0], padded[1]


def load_yaml(
    path: Path,
    kind: str,
    *,
    migrations: Mapping[int, Any] | None = None,
    schemas_dir: Path | None = None,
    references: References | None = None,
) -> LoadedYaml:
    """Parse ``path`` as a ``kind`` file (a schema in ``schemas_dir``), or raise ``MappingError``.

    ``references`` (see ``schema_problems``) turns on the checks that named customers, materials and
    targets exist; without it only the file itself is checked.
    """
    kinds = discover_kinds(schemas_dir or SCHEMAS_DIR)
    if kind not in kinds:
        raise ValueError(f"unknown YAML kind {kind!r}; known: {', '.join(kinds)}")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingError([f"{path}:1:1: cannot read the file: {exc}"], path=path) from exc
    parsed = parse_yaml_text(text, path)
    loaded = LoadedYaml(path, kind, parsed.data, parsed.lines, parsed.columns)
    problems = list(parsed.problems)
    if parsed.data is not None:
        steps = migrations if migrations is not None else MIGRATIONS.get(kind, {})
        problems += _check(loaded, kinds[kind], kinds, steps, references)
    if problems:
        problems.sort(key=lambda item: item[0])
        error = MappingError([p for _, p in problems], path=path)
        error.loaded = loaded if isinstance(loaded.data, dict) else None  # for checks that go further
        raise error
    return loaded


def _check(
    loaded: LoadedYaml,
    kind: Kind,
    kinds: dict[str, Kind],
    migrations: Mapping[int, Any],
    references: References | None,
) -> list[tuple[tuple[int, int], str]]:
    if not isinstance(loaded.data, dict):
        message = f"expected a {kind.name} file (a mapping of keys), got a list or text"
        return [((1, 1), loaded.problem((), message))]
    wrong = _other_kind(loaded.data, kind, kinds)
    if wrong:
        return [((1, 1), loaded.problem((), f"this looks like a {wrong} file, not a {kind.name} file"))]
    at = ("format_version",)
    loaded.data, trouble, notes = migrate(loaded.data, migrations, kind.current_version)
    if trouble:
        return [(loaded.position(at), loaded.problem(at, trouble))]
    loaded.warnings += [
        loaded.problem(at, f"old format migrated on load ({note}); update the file to stop this warning")
        for note in notes
    ]
    schema = load_schema(kind.schema_path)
    found = schema_problems(loaded.data, schema, loaded.where, references)
    return [(loaded.position(p), text) for p, text in found]


def _other_kind(data: dict[str, Any], kind: Kind, kinds: dict[str, Kind]) -> str | None:
    own = marker_of(kind, kinds)
    if own is None or own in data:
        return None
    others = [o for o in kinds.values() if o.name != kind.name and o.required]
    complete = [o for o in others if set(o.required) <= set(data)]
    if complete:  # every key another kind requires is here: the one that knows most of the keys
        return max(
            complete, key=lambda o: len(set(load_schema(o.schema_path).get("properties", {})) & set(data))
        ).name
    for other in kinds.values():
        marker = marker_of(other, kinds) if other.name != kind.name else None
        if marker is not None and marker in data:
            return other.name
    return None
