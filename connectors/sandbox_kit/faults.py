"""Faults a sandbox injects on request (shared by every sandbox; each names its own faults).

A fault is armed with ``{"name": ..., "count": n, "operation": ..., **params}``; ``take(name, op)`` uses up
one occurrence of the first armed fault of that name applying to ``op`` (no ``operation``: any).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Fault:
    name: str
    count: int = 1
    operation: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "count": self.count, "operation": self.operation, **self.params}


class FaultBoard:
    def __init__(self, names: tuple[str, ...], default_operations: dict[str, str] | None = None) -> None:
        self.names = names
        self.default_operations = default_operations or {}
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, spec: dict[str, Any]) -> Fault:
        spec = dict(spec)
        name = spec.pop("name", None)
        if name not in self.names:
            raise ValueError(f"unknown fault {name!r}; known: {', '.join(self.names)}")
        count = int(spec.pop("count", 1))
        operation = spec.pop("operation", self.default_operation(name, spec))
        self.check(name, spec)
        fault = Fault(name, count, operation, spec)
        with self._lock:
            self._faults.append(fault)
        return fault

    def default_operation(self, name: str, params: dict[str, Any]) -> str | None:
        """The operation a fault armed without one applies to (None: any)."""
        return self.default_operations.get(name)

    def check(self, name: str, params: dict[str, Any]) -> None:
        """Validate or complete a fault's params in place before it is armed (nothing to do here)."""

    def take(self, name: str, operation: str, **match: Any) -> Fault | None:
        """Use up one occurrence of the first armed ``name`` for ``operation`` with params ``match``."""
        with self._lock:
            for fault in self._faults:
                applies = fault.operation is None or fault.operation.lower() == operation.lower()
                params_ok = all(fault.params.get(k) == v for k, v in match.items())
                if fault.name == name and fault.count > 0 and applies and params_ok:
                    fault.count -= 1
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def armed(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.as_dict() for f in self._faults if f.count > 0]
