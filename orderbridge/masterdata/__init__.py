"""Master data (customers, materials, the part-number cross-reference) and resolving an order against it.

``MasterData.load(mappings_dir)`` reads ``masterdata/customers.yaml`` and ``masterdata/materials.yaml`` (and
``units.yaml`` / ``prices.yaml`` when present); ``resolve(order)`` returns a copy with ``buyer.customer_code``
and each line's ``sku`` filled, and the issues found on the way, including unit, pack-size and price-list
findings. After resolution, a code present in the order is one the master data knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from orderbridge.masterdata.checks import check_lines
from orderbridge.masterdata.extras import PriceList, Units, unit_key
from orderbridge.masterdata.records import Customer, Material, load_records
from orderbridge.masterdata.resolve import Matcher, error, warn
from orderbridge.model import FieldSource, PurchaseOrder
from orderbridge.validate import Issue, has_errors


@dataclass(frozen=True)
class Resolution:
    order: PurchaseOrder
    issues: list[Issue]

    @property
    def ok(self) -> bool:
        """No errors: the order may go on to validation and the ERP."""
        return not has_errors(self.issues)


class MasterData:
    def __init__(
        self,
        customers: list[Customer],
        materials: list[Material],
        *,
        units: Units | None = None,
        prices: PriceList | None = None,
    ) -> None:
        self._match = Matcher(customers, materials)
        self.units = units
        self.prices = prices

    @classmethod
    def load(cls, mappings_dir: Path) -> MasterData:
        """Raises ``MappingError`` listing every problem in every master-data file."""
        records = load_records(mappings_dir)
        return cls(records.customers, records.materials, units=records.units, prices=records.prices)

    @property
    def customers(self) -> dict[str, Customer]:
        return dict(self._match.customers)

    @property
    def materials(self) -> dict[str, Material]:
        return dict(self._match.materials)

    def resolve(self, order: PurchaseOrder, *, sender: str | None = None) -> Resolution:
        """A copy of ``order`` with our customer code and skus filled in; never modifies ``order``."""
        order = order.model_copy(deep=True)
        issues: list[Issue] = []
        provenance = dict(order.provenance)
        customer = self._customer(order, sender, provenance, issues)
        if customer is not None and order.currency is None and customer.currency:
            order.currency = customer.currency
            provenance["currency"] = FieldSource(
                method="masterdata", score=1.0, note="customer's usual currency"
            )
            issues.append(
                warn(
                    "currency-from-masterdata",
                    f"no currency on the order; using {customer.currency}",
                    "currency",
                )
            )
        for index, line in enumerate(order.lines):
            _customer_unit(line, index, customer, provenance)
            field = f"lines[{index}].sku"
            if line.sku is not None:
                if line.sku in self._match.materials:
                    continue
                issues.append(
                    error(
                        "sku-unresolved", f"line {line.line_no}: sku {line.sku!r} is not in materials", field
                    )
                )
                line.sku = None
                continue
            sku, source = self._match.sku_for(line, customer)
            if sku is None:
                issues.append(error("sku-unresolved", f"line {line.line_no}: {source}", field))
                continue
            line.sku = sku
            provenance[field] = source
            if source.score < 1.0:
                issues.append(warn("sku-fuzzy", f"line {line.line_no}: {source.note}", field))
        order.provenance = provenance
        issues += check_lines(order, self._match.materials, self.units, self.prices)
        return Resolution(order, issues)

    def _customer(
        self, order: PurchaseOrder, sender: str | None, provenance: dict, issues: list[Issue]
    ) -> Customer | None:
        field = "buyer.customer_code"
        code = order.buyer.customer_code
        if code is not None:
            if code in self._match.customers:
                return self._match.customers[code]
            issues.append(error("customer-unresolved", f"customer code {code!r} is not in customers", field))
            order.buyer.customer_code = None
            return None
        by_name, name_source = (None, "the order has no buyer name")
        if order.buyer.name:
            by_name, name_source = self._match.customer_by_name(order.buyer.name)
        customer, source = self._match.customer_by_sender(sender) if sender else (None, None)
        if customer is not None:
            if by_name is not None and by_name is not customer:
                issues.append(
                    warn(
                        "customer-name-mismatch",
                        f"sent from {customer.code}'s domain but the buyer "
                        f"name {order.buyer.name!r} is {by_name.code}'s",
                        field,
                    )
                )
        elif by_name is not None:
            customer, source = by_name, name_source
            if source.score < 1.0:
                issues.append(warn("customer-fuzzy", f"customer {customer.code} by {source.note}", field))
        if customer is None:
            why = name_source if isinstance(name_source, str) else "no match"
            sent = f" (sender {sender!r} unknown)" if sender else ""
            issues.append(error("customer-unresolved", f"customer not found: {why}{sent}", field))
            return None
        order.buyer.customer_code = customer.code
        provenance[field] = source
        return customer


def _customer_unit(line, index: int, customer: Customer | None, provenance: dict) -> None:
    """The customer's own spelling of a unit, remembered in review, becomes ours."""
    if customer is None or not customer.units or not line.unit:
        return
    spelled = unit_key(line.unit)
    for theirs, ours in customer.units.items():
        if unit_key(theirs) == spelled and line.unit != ours:
            note = f"unit {line.unit} of {customer.code} (cross-reference)"
            line.unit = ours
            provenance[f"lines[{index}].unit"] = FieldSource(method="masterdata", score=1.0, note=note)
            return


__all__ = ["Customer", "MasterData", "Material", "PriceList", "Resolution", "Units"]
