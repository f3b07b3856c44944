"""``mappings/reconciliation.yaml`` as typed settings: how to read statuses, which rules, which channels."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

DEFAULT_TERMINAL = ("closed", "cancelled")


@dataclass(frozen=True)
class Rule:
    """One reconciliation rule's settings (``enabled`` plus the rule's own keys)."""

    name: str
    enabled: bool = True
    hours: float = 24.0
    minutes: float = 10.0
    tolerance: Decimal = Decimal("0")
    statuses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Channel:
    type: str  # email | dingtalk | wecom
    conn_id: str
    to: tuple[str, ...] = ()


@dataclass(frozen=True)
class SyncConfig:
    overlap_minutes: float = 30.0
    batch_size: int = 500
    terminal_statuses: tuple[str, ...] = DEFAULT_TERMINAL
    rules: dict[str, Rule] = field(default_factory=dict)
    order_link: str = "/orderbridge/orders/{order_id}"
    channels: tuple[Channel, ...] = ()

    def rule(self, name: str) -> Rule | None:
        """The rule's settings when it is enabled, else None."""
        rule = self.rules.get(name)
        return rule if rule is not None and rule.enabled else None

    def link(self, order_id: int) -> str:
        return self.order_link.replace("{order_id}", str(order_id))


def load_sync_config(path: Path) -> SyncConfig:
    """Reads and validates the file (``MappingError`` with every problem and its line when it is wrong)."""
    from orderbridge.yamlconfig import load_yaml

    return sync_config_from_dict(load_yaml(Path(path), "reconciliation", migrations={}).data)


def sync_config_from_dict(data: dict[str, Any]) -> SyncConfig:
    sync = data.get("sync") or {}
    alerts = data.get("alerts") or {}
    rules = {name: _rule(name, spec or {}) for name, spec in (data.get("rules") or {}).items()}
    channels = tuple(
        Channel(type=c["type"], conn_id=c["conn_id"], to=tuple(c.get("to") or ()))
        for c in alerts.get("channels") or ()
    )
    return SyncConfig(
        overlap_minutes=float(sync.get("overlap_minutes", 30)),
        batch_size=int(sync.get("batch_size", 500)),
        terminal_statuses=tuple(sync.get("terminal_statuses") or DEFAULT_TERMINAL),
        rules=rules,
        order_link=alerts.get("order_link", "/orderbridge/orders/{order_id}"),
        channels=channels,
    )


def _rule(name: str, spec: dict[str, Any]) -> Rule:
    statuses = spec.get("statuses") or spec.get("approved_statuses") or ()
    return Rule(
        name=name,
        enabled=bool(spec.get("enabled", True)),
        hours=float(spec.get("hours", 24)),
        minutes=float(spec.get("grace_minutes", 10)),
        tolerance=Decimal(str(spec.get("tolerance", "0"))),
        statuses=tuple(statuses),
    )
