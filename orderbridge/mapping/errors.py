"""Errors of the mapping step. A bad mapping file is a config error (``MappingError``, fix the file); an order
the mapping cannot fill is a data error of that one order (``MappingDataError``, send it to review)."""

from __future__ import annotations

from collections.abc import Iterable

from orderbridge.errors import OrderBridgeError
from orderbridge.yamlconfig import MappingError


class MappingDataError(OrderBridgeError):
    """This order lacks values the target mapping requires, or has values its lookups do not know."""

    def __init__(self, problems: Iterable[str], *, target: str, po_number: str | None = None) -> None:
        self.problems: list[str] = list(problems)
        self.target = target
        self.po_number = po_number
        order = f"order {po_number.strip()}" if po_number else "the order"
        count = len(self.problems)
        super().__init__(
            f"{order} cannot be mapped for {target}: {count} problem{'s' if count != 1 else ''}:\n"
            + "\n".join(f"  {p}" for p in self.problems)
        )


__all__ = ["MappingDataError", "MappingError"]
