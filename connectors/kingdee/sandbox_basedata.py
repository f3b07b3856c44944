"""The sandbox's base data (customers, materials, units, ...) loaded from YAML, looked up by number."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).with_name("sandbox_basedata.yaml")


@dataclass(frozen=True)
class Kind:
    """One kind of base data: its YAML list, its query form, its id field, and its caption in messages."""

    key: str
    form_id: str
    id_field: str
    caption: str
    first_id: int


KINDS = (
    Kind("customers", "BD_Customer", "FCUSTID", "客户", 100001),
    Kind("materials", "BD_MATERIAL", "FMATERIALID", "物料编码", 200001),
    Kind("units", "BD_UNIT", "FUNITID", "销售单位", 300001),
    Kind("currencies", "BD_Currency", "FCURRENCYID", "结算币别", 400001),
    Kind("bill_types", "BOS_BillType", "FBILLTYPEID", "单据类型", 500001),
    Kind("organizations", "ORG_Organizations", "FORGID", "销售组织", 600001),
    Kind("employees", "BD_Empinfo", "FID", "销售员", 700001),
    Kind("departments", "BD_Department", "FDEPTID", "销售部门", 800001),
)
KIND_BY_KEY = {k.key: k for k in KINDS}
KIND_BY_FORM = {k.form_id.lower(): k for k in KINDS}


class BaseData:
    """Records per kind: dicts with ``id``, ``number``, ``name`` and whatever else the YAML gives."""

    def __init__(self, records: dict[str, list[dict[str, Any]]]) -> None:
        self.records = records
        self._by_number = {key: {str(r["number"]).lower(): r for r in rows} for key, rows in records.items()}

    @classmethod
    def load(cls, path: str | Path | None = None) -> BaseData:
        raw = yaml.safe_load(Path(path or DEFAULT_PATH).read_text(encoding="utf-8")) or {}
        records: dict[str, list[dict[str, Any]]] = {}
        for kind in KINDS:
            rows = []
            for i, item in enumerate(raw.get(kind.key) or []):
                rows.append({"id": kind.first_id + i, **{k: v for k, v in item.items()}})
                rows[-1]["number"] = str(rows[-1]["number"])
            records[kind.key] = rows
        return cls(records)

    def find(self, kind: str, number: Any) -> dict[str, Any] | None:
        """The record with this number (case-insensitive, like the real SQL Server collation)."""
        if number is None:
            return None
        return self._by_number.get(kind, {}).get(str(number).lower())

    def rows_for_form(self, form_id: str) -> tuple[Kind, list[dict[str, Any]]] | None:
        kind = KIND_BY_FORM.get(form_id.lower())
        return (kind, self.records.get(kind.key, [])) if kind else None
