"""Format versions of the IT-edited YAML files, and the migrations between them (lesson 3).

Each kind maps an old ``format_version`` N to a ``Migration`` turning N-shaped data into N+1-shaped data; the
loader applies them in a chain up to the kind's current version (its schema's ``format_version`` const)
before validating, so an old file keeps working after a format change. Every applied step yields a warning
telling IT how to update the file, so old formats fade out instead of living forever.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

CURRENT_VERSION = 1  # the version of kinds whose format never changed


@dataclass(frozen=True)
class Migration:
    """One step N -> N+1: ``upgrade`` reshapes the data, ``how`` tells a person what to change by hand."""

    upgrade: Callable[[dict[str, Any]], dict[str, Any]]
    how: str = "rewrite the file in the new format"

    def __call__(self, data: dict[str, Any]) -> dict[str, Any]:
        return self.upgrade(data)


def _routing_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Routing format 1 had one flat ``targets`` list for every customer; 2 has defaults plus rules."""
    data["default_targets"] = data.pop("targets", ["kingdee"])
    data.setdefault("rules", [])
    return data


MIGRATIONS: dict[str, dict[int, Migration | Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "customers": {},
    "materials": {},
    "target-mapping": {},
    "routing": {
        1: Migration(
            _routing_v1_to_v2,
            "rename 'targets' to 'default_targets', add 'rules: []' and set 'format_version: 2'",
        ),
    },
}


def migrate(
    data: dict[str, Any], migrations: Mapping[int, Any], current: int = CURRENT_VERSION
) -> tuple[dict[str, Any], str | None, list[str]]:
    """Upgrade ``data`` to ``current``: (data, a problem text or ``None``, how-to-update notes per step)."""
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version == current:
        return data, None, []  # the schema reports a missing or mistyped version
    if version > current:
        return (
            data,
            (
                f"format_version {version} is newer than this OrderBridge understands "
                f"(it reads up to {current}); upgrade OrderBridge"
            ),
            [],
        )
    notes = []
    while version < current:
        step = migrations.get(version)
        if step is None:
            return (
                data,
                (
                    f"format_version {version} is no longer supported and has no migration; "
                    f"rewrite the file for format_version {current}"
                ),
                notes,
            )
        data = step(dict(data))
        how = getattr(step, "how", "rewrite the file in the new format")
        notes.append(f"{version} -> {version + 1}: {how}")
        version += 1
        data["format_version"] = version
    return data, None, notes
