"""Cross-references remembered in the review queue: ``masterdata/cross_references.yaml``.

When a reviewer corrects a line's material code or unit and ticks "remember for this customer", the
customer's spelling is saved here (part number -> our sku, unit -> our unit), in a file of its own so the
files IT edits by hand keep their comments and order untouched. ``load_records`` merges it with
customers.yaml; a part number both files give different skus is a lint error. Every write is checked first
(its schema, the whole folder's lint in a scratch copy, no secret-looking text), serialised by a lock
file, and atomic (``os.replace``): a refused write leaves the file in force as it was.
"""

from __future__ import annotations

import fcntl
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from orderbridge.masterdata.normalise import part_key
from orderbridge.yamlconfig import LoadedYaml, MappingError, load_yaml

FILE = "cross_references.yaml"
KIND = "cross-references"
HEADER = (
    "# Cross-references remembered in the Orders view's review queue ('remember for this customer').\n"
    "# Written by OrderBridge after schema and lint checks; IT may edit or delete entries.\n"
    "# Schema: mappings/schemas/cross-references.schema.json.\n"
    "# Merged with the part_numbers of customers.yaml.\n"
)
_SECRET_WORDS = re.compile(r"pass(word)?|secret|token|api[_-]?key|private key|bearer", re.IGNORECASE)
_SECRET_SHAPE = re.compile(r"[A-Za-z0-9+/=_-]{32,}")  # long key-like runs: tokens, hashes, base64


@dataclass(frozen=True)
class CustomerXrefs:
    part_numbers: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)


def load_xrefs(
    folder: Path, *, customers: set[str], skus: set[str], units: set[str], part_numbers: dict[str, dict]
) -> tuple[dict[str, CustomerXrefs], list[str]]:
    """The remembered cross-references by customer, and every problem with them (file:line)."""
    path = Path(folder) / FILE
    if not path.exists():
        return {}, []
    references = {"customer": customers, "material": skus, "unit": units}
    try:
        loaded = load_yaml(path, KIND, references=references)
    except MappingError as exc:
        return {}, exc.problems
    return _entries(loaded, part_numbers)


def _entries(loaded: LoadedYaml, part_numbers: dict[str, dict]) -> tuple[dict[str, CustomerXrefs], list[str]]:
    found: dict[str, CustomerXrefs] = {}
    problems: list[str] = []
    for i, entry in enumerate(loaded.data["cross_references"]):
        code = entry["customer"]
        if code in found:
            problems.append(loaded.problem(("cross_references", i, "customer"), f"a second entry for {code}"))
            continue
        by_key = {part_key(p): (p, sku) for p, sku in (part_numbers.get(code) or {}).items()}
        for part, sku in (entry.get("part_numbers") or {}).items():
            other = by_key.get(part_key(part))
            if other is not None and other[1] != sku:
                where = ("cross_references", i, "part_numbers", part)
                message = f"customers.yaml maps {other[0]} of {code} to {other[1]}, not {sku}: keep one"
                problems.append(loaded.problem(where, message))
        found[code] = CustomerXrefs(dict(entry.get("part_numbers") or {}), dict(entry.get("units") or {}))
    return found, problems


def lint_check(loaded: LoadedYaml) -> list[str]:
    """``orderbridge lint``'s checks beyond the schema (``x-orderbridge-check``): one entry per customer, no
    part number customers.yaml maps elsewhere, and, without units.yaml, units our materials use."""
    folder = Path(loaded.path).parent
    try:
        customers = load_yaml(folder / "customers.yaml", "customers").data["customers"]
    except (MappingError, OSError):
        customers = []  # reported on its own
    _, problems = _entries(loaded, {c["code"]: c.get("part_numbers", {}) for c in customers})
    if not (folder / "units.yaml").exists():
        try:
            materials = load_yaml(folder / "materials.yaml", "materials").data["materials"]
        except (MappingError, OSError):
            return problems
        ours = {m["unit"] for m in materials if m.get("unit")}
        for i, entry in enumerate(loaded.data["cross_references"]):
            for theirs, unit in (entry.get("units") or {}).items():
                if unit not in ours:
                    where = ("cross_references", i, "units", theirs)
                    problems.append(
                        loaded.problem(
                            where, f"'{unit}' is not a unit of our materials ({', '.join(sorted(ours))})"
                        )
                    )
    return problems


def secret_like(text: str) -> bool:
    """Text that looks like a credential never goes into a mapping file."""
    return bool(_SECRET_WORDS.search(text) or _SECRET_SHAPE.search(text))


@contextmanager
def _locked(folder: Path):
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f".{FILE}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remember(
    mappings_dir: Path,
    customer: str,
    *,
    part_numbers: dict[str, str] | None = None,
    units: dict[str, str] | None = None,
) -> dict[str, dict[str, str]]:
    """Add the customer's cross-references; returns what was new. Raises ``MappingError`` (nothing written)
    when the result would not pass the schema or lint, or when any text looks like a secret."""
    from orderbridge.masterdata.update import lint_then_write

    wanted = {"part_numbers": dict(part_numbers or {}), "units": dict(units or {})}
    texts = [text for table in wanted.values() for pair in table.items() for text in pair]
    risky = [text for text in texts if secret_like(text)]
    if risky:
        raise MappingError(
            [
                f"{FILE}: refused: {len(risky)} value(s) look like a password or key, "
                "which never belong in a mapping file"
            ]
        )
    folder = Path(mappings_dir) / "masterdata"
    path = folder / FILE
    with _locked(folder):
        data = load_yaml(path, KIND).data if path.exists() else {"format_version": 1, "cross_references": []}
        entry = next((e for e in data["cross_references"] if e["customer"] == customer), None)
        if entry is None:
            entry = {"customer": customer}
            data["cross_references"].append(entry)
        added: dict[str, dict[str, str]] = {}
        for name, table in wanted.items():
            have = entry.get(name) or {}
            new = {k.strip(): v.strip() for k, v in table.items() if have.get(k.strip()) != v.strip()}
            if new:
                entry[name] = {**(entry.get(name) or {}), **new}
                added[name] = new
        if added:
            data["cross_references"].sort(key=lambda e: e["customer"])
            text = HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
            lint_then_write(Path(mappings_dir), path, text)
    return added
