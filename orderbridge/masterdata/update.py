"""Writing imported or pulled master data into ``mappings/masterdata/*.yaml``, safely.

Rows are merged into the current file by key (a customer's aliases, domains and part numbers survive a
pull that only knows code and name); ``replace`` also drops entries the rows no longer have. The new file
is linted together with the rest of the folder (in a scratch copy) before it replaces the old one, so an
import can never leave a file in force that lint would refuse.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from orderbridge.yamlconfig import MappingError, load_yaml

FILES = {
    "customers": "customers",
    "materials": "materials",
    "part-numbers": "customers",
    "units": "units",
    "prices": "prices",
}
KEYS = {
    "customers": ("code",),
    "materials": ("sku",),
    "units": ("code",),
    "prices": ("sku", "currency", "customer"),
}
LISTS = {"aliases", "email_domains"}


@dataclass(frozen=True)
class UpdateSummary:
    path: Path
    added: int
    updated: int
    removed: int

    def __str__(self) -> str:
        return f"{self.path}: {self.added} added, {self.updated} updated, {self.removed} removed"


def apply_rows(
    mappings_dir: Path, kind: str, rows: list[dict[str, Any]], *, source: str, replace: bool = False
) -> UpdateSummary:
    """Merge ``rows`` (from ``tables.read_rows`` or a pull) into the kind's file; raises ``MappingError``."""
    file_kind = FILES[kind]
    path = Path(mappings_dir) / "masterdata" / f"{file_kind}.yaml"
    data = load_yaml(path, file_kind).data if path.exists() else {"format_version": 1, file_kind: []}
    if kind == "part-numbers":
        data, counts = _merge_part_numbers(data, rows)
    else:
        data, counts = _merge(data, file_kind, [_typed(row) for row in rows], replace)
    text = (
        f"# {file_kind} master data, last updated by `orderbridge masterdata` from {source}.\n"
        "# Entries are merged by key: fields the source does not know (aliases, part numbers) are kept.\n"
        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
    )
    lint_then_write(Path(mappings_dir), path, text)
    return UpdateSummary(path, *counts)


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for name in LISTS & out.keys():
        if isinstance(out[name], str):
            out[name] = [p.strip() for p in out[name].replace(";", ",").split(",") if p.strip()]
    if "pack_size" in out:
        number = float(out["pack_size"])
        out["pack_size"] = int(number) if number.is_integer() else number
    if "price" in out:
        out["price"] = str(out["price"])
    return out


def _merge(data: dict[str, Any], file_kind: str, rows: list[dict[str, Any]], replace: bool):
    key_fields = KEYS[file_kind]
    existing = {tuple(e.get(k) for k in key_fields): e for e in data.get(file_kind, [])}
    seen, added, updated = set(), 0, 0
    for row in rows:
        key = tuple(row.get(k) for k in key_fields)
        seen.add(key)
        if key in existing:
            before = dict(existing[key])
            existing[key].update(row)
            updated += existing[key] != before
        else:
            existing[key] = row
            added += 1
    removed = 0
    if replace:
        removed = len([k for k in existing if k not in seen])
        existing = {k: v for k, v in existing.items() if k in seen}
    data[file_kind] = list(existing.values())
    return data, (added, updated, removed)


def _merge_part_numbers(data: dict[str, Any], rows: list[dict[str, Any]]):
    customers = {c["code"]: c for c in data.get("customers", [])}
    added = updated = 0
    unknown = sorted({row["customer"] for row in rows if row["customer"] not in customers})
    if unknown:
        listed = ", ".join(unknown)
        raise MappingError([f"part numbers of unknown customer(s) {listed}: import the customers first"])
    for row in rows:
        table = customers[row["customer"]].setdefault("part_numbers", {})
        if row["part_no"] not in table:
            added += 1
        elif table[row["part_no"]] != row["sku"]:
            updated += 1
        table[row["part_no"]] = row["sku"]
    return data, (added, updated, 0)


def lint_then_write(mappings_dir: Path, path: Path, text: str) -> None:
    from orderbridge.mapping.lint import lint_tree

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "mappings"
        shutil.copytree(mappings_dir, copy, ignore=shutil.ignore_patterns("schemas"))
        staged = copy / path.relative_to(mappings_dir)
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_text(text, encoding="utf-8")
        errors = lint_tree(copy).errors
        if errors:
            raise MappingError([e.replace(str(copy), str(mappings_dir)) for e in errors], path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
