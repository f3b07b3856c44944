"""The SAP sandbox's base data (customers, materials, units, plants, sales areas, document types)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).with_name("sandbox_basedata.yaml")


@dataclass(frozen=True)
class BaseData:
    customers: dict[str, dict[str, Any]]
    materials: dict[str, dict[str, Any]]
    units: frozenset[str]
    plants: frozenset[str]
    sales_areas: frozenset[tuple[str, str, str]]
    doc_types: dict[str, str]

    @classmethod
    def load(cls, path: str | Path | None = None) -> BaseData:
        raw = yaml.safe_load(Path(path or DEFAULT_PATH).read_text(encoding="utf-8")) or {}
        return cls(
            customers={str(c["number"]): c for c in raw.get("customers") or []},
            materials={str(m["number"]).upper(): m for m in raw.get("materials") or []},
            units=frozenset(str(u).upper() for u in raw.get("units") or []),
            plants=frozenset(str(p) for p in raw.get("plants") or []),
            sales_areas=frozenset(tuple(str(x) for x in area) for area in raw.get("sales_areas") or []),
            doc_types={str(k): str(v) for k, v in (raw.get("doc_types") or {}).items()},
        )
