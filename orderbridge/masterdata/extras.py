"""The optional master data: units of measure and the price list (``masterdata/units.yaml``, ``prices.yaml``).

Both are optional: without them the checks they enable (unknown unit, price off the list) are not made.
Loading them checks that each price names a known material and customer, and that no unit spelling is
claimed twice.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from orderbridge.yamlconfig import LoadedYaml, MappingError, load_yaml

DEFAULT_TOLERANCE_PERCENT = Decimal("1")


def unit_key(text: str) -> str:
    """``ｐｃｓ `` == ``PCS``: width, case and spaces ignored."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass(frozen=True)
class Units:
    by_spelling: dict[str, str]  # unit_key(code or alias) -> code

    def code_of(self, spelling: str) -> str | None:
        return self.by_spelling.get(unit_key(spelling))


@dataclass(frozen=True)
class Price:
    sku: str
    price: Decimal
    currency: str
    customer: str | None = None


@dataclass(frozen=True)
class PriceList:
    tolerance_percent: Decimal
    prices: tuple[Price, ...]

    def price_for(self, sku: str, currency: str | None, customer: str | None) -> Price | None:
        """The customer's own price for this sku and currency, else the general one."""
        general = None
        for price in self.prices:
            if price.sku != sku or price.currency != currency:
                continue
            if price.customer == customer and customer is not None:
                return price
            if price.customer is None:
                general = price
        return general


def load_units(folder: Path) -> tuple[Units | None, list[str]]:
    path = folder / "units.yaml"
    if not path.exists():
        return None, []
    try:
        loaded = load_yaml(path, "units")
    except MappingError as exc:
        return None, exc.problems
    return units_from(loaded)


def units_from(loaded: LoadedYaml) -> tuple[Units, list[str]]:
    spellings: dict[str, str] = {}
    problems = []
    for i, unit in enumerate(loaded.data["units"]):
        names = [(("units", i, "code"), unit["code"])]
        names += [(("units", i, "aliases", j), a) for j, a in enumerate(unit.get("aliases", []))]
        for where, name in names:
            owner = spellings.setdefault(unit_key(name), unit["code"])
            if owner != unit["code"]:
                problems.append(loaded.problem(where, f"'{name}' already spells unit {owner}"))
    return Units(spellings), problems


def load_prices(folder: Path, *, skus: set[str], customers: set[str]) -> tuple[PriceList | None, list[str]]:
    path = folder / "prices.yaml"
    if not path.exists():
        return None, []
    try:
        loaded = load_yaml(path, "prices", references={"material": skus, "customer": customers})
    except MappingError as exc:
        return None, exc.problems
    return prices_from(loaded)


def prices_from(loaded: LoadedYaml) -> tuple[PriceList, list[str]]:
    seen: dict[tuple[str, str, str | None], int] = {}
    prices, problems = [], []
    for i, row in enumerate(loaded.data["prices"]):
        key = (row["sku"], row["currency"], row.get("customer"))
        if key in seen:
            who = f" for {key[2]}" if key[2] else ""
            problems.append(
                loaded.problem(
                    ("prices", i), f"a second {key[1]} price of {key[0]}{who} (first: prices[{seen[key]}])"
                )
            )
        seen.setdefault(key, i)
        prices.append(Price(row["sku"], Decimal(str(row["price"])), row["currency"], row.get("customer")))
    tolerance = Decimal(str(loaded.data.get("tolerance_percent", DEFAULT_TOLERANCE_PERCENT)))
    return PriceList(tolerance, tuple(prices)), problems
