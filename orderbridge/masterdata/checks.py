"""Checks of resolved order lines against the master data: unit, pack size, price list.

Each finding is an error ``Issue`` with a message a reviewer can act on, so the order goes to review
instead of the ERP. A check whose master data is absent (no units.yaml, no pack size, no list price) is
not made.
"""

from __future__ import annotations

from decimal import Decimal

from orderbridge.masterdata.extras import PriceList, Units
from orderbridge.masterdata.records import Material
from orderbridge.model import OrderLine, PurchaseOrder
from orderbridge.validate import Issue


def check_lines(
    order: PurchaseOrder, materials: dict[str, Material], units: Units | None, prices: PriceList | None
) -> list[Issue]:
    issues: list[Issue] = []
    for index, line in enumerate(order.lines):
        material = materials.get(line.sku) if line.sku else None
        issues += _unit(line, index, material, units)
        if material is not None:
            issues += _pack_size(line, index, material)
            if prices is not None:
                issues += _price(order, line, index, material, prices)
    return issues


def _unit(line: OrderLine, index: int, material: Material | None, units: Units | None) -> list[Issue]:
    if units is None or not line.unit:
        return []
    field = f"lines[{index}].unit"
    code = units.code_of(line.unit)
    if code is None:
        message = f"line {line.line_no}: unit {line.unit!r} is not in units.yaml"
        return [Issue("unit-unknown", message, field=field)]
    if material is not None and material.unit and code != material.unit:
        return [
            Issue(
                "unit-mismatch",
                f"line {line.line_no}: unit {line.unit!r} ({code}) is not "
                f"{material.sku}'s unit {material.unit}",
                field=field,
            )
        ]
    return []


def _pack_size(line: OrderLine, index: int, material: Material) -> list[Issue]:
    pack = material.pack_size
    if pack is None or line.quantity % pack == 0:
        return []
    return [
        Issue(
            "pack-size",
            f"line {line.line_no}: quantity {line.quantity} is not a multiple of {material.sku}'s "
            f"pack size {pack}",
            field=f"lines[{index}].quantity",
        )
    ]


def _price(
    order: PurchaseOrder, line: OrderLine, index: int, material: Material, prices: PriceList
) -> list[Issue]:
    if line.unit_price is None:
        return []
    listed = prices.price_for(material.sku, order.currency, order.buyer.customer_code)
    if listed is None or listed.price == 0:
        return []
    deviation = (line.unit_price - listed.price) / listed.price * Decimal(100)
    if abs(deviation) <= prices.tolerance_percent:
        return []
    whose = f"{listed.customer}'s" if listed.customer else "the"
    return [
        Issue(
            "price-deviation",
            f"line {line.line_no}: unit price {line.unit_price} {order.currency} is {deviation:+.1f}% off "
            f"{whose} list price {listed.price} for {material.sku} (tolerance {prices.tolerance_percent}%)",
            field=f"lines[{index}].unit_price",
        )
    ]
