"""Which targets an order goes to, per customer, and whether a shipment is booked (``mappings/routing.yaml``).

``Routing.load(mappings_dir)`` checks the file like ``orderbridge lint`` does: the schema, that every
target has a mapping in ``targets/<name>.yaml``, that regexes compile and that every rule says whom it is for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from orderbridge.yamlconfig import LoadedYaml, MappingError, load_yaml

ROUTING_FILE = "routing.yaml"


@dataclass(frozen=True)
class Route:
    targets: tuple[str, ...]
    book_shipment: bool
    courier: str | None


@dataclass(frozen=True)
class Rule:
    customers: frozenset[str]
    pattern: re.Pattern[str] | None
    route: Route

    def matches(self, customer_code: str) -> bool:
        return customer_code in self.customers or bool(self.pattern and self.pattern.search(customer_code))


@dataclass(frozen=True)
class Routing:
    default: Route
    rules: tuple[Rule, ...] = ()

    @classmethod
    def load(cls, mappings_dir: Path, *, customers: set[str] | None = None) -> Routing:
        """Raises ``MappingError`` with every problem; ``customers`` (codes) also checks the rules' names."""
        mappings_dir = Path(mappings_dir)
        loaded = load_routing_yaml(mappings_dir, customers=customers)
        return cls.from_loaded(loaded)

    @classmethod
    def from_loaded(cls, loaded: LoadedYaml) -> Routing:
        data = loaded.data
        default = Route(tuple(data["default_targets"]), data.get("book_shipment", False), data.get("courier"))
        rules = []
        for rule in data.get("rules", []):
            route = Route(
                tuple(rule["targets"]),
                rule.get("book_shipment", default.book_shipment),
                rule.get("courier", default.courier),
            )
            pattern = re.compile(rule["customer_pattern"]) if "customer_pattern" in rule else None
            rules.append(Rule(frozenset(rule.get("customers", ())), pattern, route))
        return cls(default, tuple(rules))

    def route_for(self, customer_code: str | None) -> Route:
        if customer_code:
            for rule in self.rules:
                if rule.matches(customer_code):
                    return rule.route
        return self.default

    def targets_for(self, customer_code: str | None) -> list[str]:
        """The targets an order of this customer goes to (the defaults when no rule matches)."""
        return list(self.route_for(customer_code).targets)

    def books_shipment(self, customer_code: str | None) -> bool:
        return self.route_for(customer_code).book_shipment

    def push_targets(self, customer_code: str | None) -> list[str]:
        """Everything an order of this customer is pushed to: its ERPs, then the courier when a shipment
        is booked (the courier is a target like any other: mapping, connector, idempotent push)."""
        route = self.route_for(customer_code)
        targets = list(route.targets)
        if route.book_shipment and route.courier and route.courier not in targets:
            targets.append(route.courier)
        return targets

    def all_push_targets(self) -> list[str]:
        """Every target some order may be pushed to (defaults, rules, couriers), in first-seen order: the
        push tasks and pools the pipeline needs."""
        seen: dict[str, None] = {}
        for route in (self.default, *(rule.route for rule in self.rules)):
            seen.update(dict.fromkeys(route.targets))
            if route.book_shipment and route.courier:
                seen[route.courier] = None
        return list(seen)


def known_targets(mappings_dir: Path) -> set[str]:
    """Targets that have a mapping file: ``targets/<name>.yaml``."""
    folder = Path(mappings_dir) / "targets"
    return {p.stem for p in [*folder.glob("*.yaml"), *folder.glob("*.yml")]}


def load_routing_yaml(mappings_dir: Path, *, customers: set[str] | None = None) -> LoadedYaml:
    path = Path(mappings_dir) / ROUTING_FILE
    references: dict[str, set[str]] = {"target": known_targets(mappings_dir)}
    if customers is not None:
        references["customer"] = customers
    loaded = load_yaml(path, "routing", references=references)
    problems = check_routing(loaded)
    if problems:
        raise MappingError(problems, path=path)
    return loaded


def check_routing(loaded: LoadedYaml) -> list[str]:
    """What the schema cannot say: a rule must name its customers or give a pattern."""
    problems = []
    for index, rule in enumerate(loaded.data.get("rules", [])):
        if "customers" not in rule and "customer_pattern" not in rule:
            problems.append(
                loaded.problem(
                    ("rules", index), "a rule needs 'customers' or 'customer_pattern' to say whom it is for"
                )
            )
    return problems
