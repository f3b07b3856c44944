"""Customers and materials as read from the master-data YAML (checked, then cross-checked), with the
cross-references remembered in review (``xrefs.py``) merged into each customer."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from orderbridge.masterdata.crosscheck import cross_check
from orderbridge.masterdata.extras import PriceList, Units, load_prices, load_units
from orderbridge.masterdata.xrefs import CustomerXrefs, load_xrefs
from orderbridge.yamlconfig import LoadedYaml, MappingError, load_yaml


@dataclass(frozen=True)
class Material:
    sku: str
    name: str
    name_en: str | None = None
    unit: str | None = None
    pack_size: Decimal | None = None


@dataclass(frozen=True)
class Customer:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    email_domains: tuple[str, ...] = ()
    currency: str | None = None
    part_numbers: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)  # how the customer writes a unit -> our unit

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


NO_XREFS = CustomerXrefs()


@dataclass(frozen=True)
class Records:
    customers: list[Customer]
    materials: list[Material]
    units: Units | None = None
    prices: PriceList | None = None


def load_records(mappings_dir: Path) -> Records:
    """All master-data files, schema-checked and cross-checked; all problems of all raised together."""
    folder = Path(mappings_dir) / "masterdata"
    units, problems = load_units(folder)
    loaded: dict[str, LoadedYaml] = {}
    for kind in ("customers", "materials"):
        references = {"unit": set(units.by_spelling.values())} if units is not None else None
        try:
            loaded[kind] = load_yaml(folder / f"{kind}.yaml", kind, references=references)
        except MappingError as exc:
            problems += exc.problems
    if len(loaded) == 2:
        problems += cross_check(loaded["customers"], loaded["materials"])
    prices = None
    xrefs: dict[str, CustomerXrefs] = {}
    if len(loaded) == 2:
        skus = {m["sku"] for m in loaded["materials"].data["materials"]}
        codes = {c["code"] for c in loaded["customers"].data["customers"]}
        prices, more = load_prices(folder, skus=skus, customers=codes)
        problems += more
        our_units = (
            set(units.by_spelling.values())
            if units is not None
            else {m["unit"] for m in loaded["materials"].data["materials"] if m.get("unit")}
        )
        parts = {c["code"]: c.get("part_numbers", {}) for c in loaded["customers"].data["customers"]}
        xrefs, more = load_xrefs(folder, customers=codes, skus=skus, units=our_units, part_numbers=parts)
        problems += more
    if problems:
        raise MappingError(problems, path=folder)
    customers = [
        Customer(
            code=c["code"],
            name=c["name"],
            aliases=tuple(c.get("aliases", ())),
            email_domains=tuple(d.lower() for d in c.get("email_domains", ())),
            currency=c.get("currency"),
            part_numbers={**xrefs.get(c["code"], NO_XREFS).part_numbers, **c.get("part_numbers", {})},
            units=dict(xrefs.get(c["code"], NO_XREFS).units),
        )
        for c in loaded["customers"].data["customers"]
    ]
    materials = [
        Material(**{**m, "pack_size": Decimal(str(m["pack_size"])) if "pack_size" in m else None})
        for m in loaded["materials"].data["materials"]
    ]
    return Records(customers, materials, units, prices)
