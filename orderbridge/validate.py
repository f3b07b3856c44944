"""Checks on a canonical order before it may go to an ERP; any error sends it to human review instead.

``Issue`` is the common currency of master-data resolution and validation. Codes are stable slugs (shown in
the review queue and stored in the ledger); ``field`` is a dotted path such as ``lines[0].sku``. Resolution
and validation use the same code and field for the same fault, so a caller may de-duplicate on both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from orderbridge.model import PurchaseOrder

Severity = Literal["error", "warning"]
TOLERANCE = Decimal("0.01")


@dataclass(frozen=True)
class Issue:
    """One thing wrong (error: the order goes to review) or worth noting (warning: recorded only)."""

    code: str
    message: str
    severity: Severity = "error"
    field: str | None = None


def has_errors(issues: Iterable[Issue]) -> bool:
    return any(issue.severity == "error" for issue in issues)


def merge_issues(*groups: Iterable[Issue]) -> list[Issue]:
    """All issues in order, one per (code, field): resolution's detailed message wins over validation's."""
    seen: set[tuple[str, str | None]] = set()
    merged = []
    for issue in (issue for group in groups for issue in group):
        if (issue.code, issue.field) not in seen:
            seen.add((issue.code, issue.field))
            merged.append(issue)
    return merged


def validate_order(order: PurchaseOrder) -> list[Issue]:
    """Every rule the order breaks; an empty list means it may be mapped and pushed."""
    return [*_header(order), *_lines(order), *_totals(order)]


def _header(order: PurchaseOrder) -> list[Issue]:
    issues = []
    if not order.po_number.strip():
        issues.append(Issue("po-number-missing", "the order has no PO number", field="po_number"))
    if order.order_date is None:
        issues.append(Issue("order-date-missing", "the order has no order date", field="order_date"))
    if order.currency is None:
        issues.append(Issue("currency-missing", "the order states no currency", field="currency"))
    if order.buyer.customer_code is None:
        issues.append(
            Issue(
                "customer-unresolved",
                f"customer {order.buyer.name!r} is not one of ours (no customer code)",
                field="buyer.customer_code",
            )
        )
    delivery = order.requested_delivery_date
    if delivery is not None and order.order_date is not None and delivery < order.order_date:
        issues.append(
            Issue(
                "delivery-before-order",
                f"requested delivery {delivery.isoformat()} is before "
                f"the order date {order.order_date.isoformat()}",
                field="requested_delivery_date",
            )
        )
    return issues


def _lines(order: PurchaseOrder) -> list[Issue]:
    if not order.lines:
        return [Issue("no-lines", "the order has no lines", field="lines")]
    issues = []
    seen: set[int] = set()
    for index, line in enumerate(order.lines):
        at = f"lines[{index}]"
        label = f"line {line.line_no}"
        if line.line_no in seen:
            issues.append(
                Issue("duplicate-line-no", f"{label} appears more than once", field=f"{at}.line_no")
            )
        seen.add(line.line_no)
        if line.quantity <= 0:
            issues.append(
                Issue(
                    "quantity-not-positive",
                    f"{label}: quantity {line.quantity} is not above zero",
                    field=f"{at}.quantity",
                )
            )
        if line.sku is None:
            issues.append(
                Issue(
                    "sku-unresolved",
                    f"{label}: no material code for part {line.customer_part_no!r}",
                    field=f"{at}.sku",
                )
            )
        if line.unit_price is not None and line.unit_price < 0:
            issues.append(
                Issue("unit-price-negative", f"{label}: unit price is negative", field=f"{at}.unit_price")
            )
        if line.unit_price is not None and line.amount is not None:
            expected = line.quantity * line.unit_price
            if abs(expected - line.amount) > TOLERANCE:
                issues.append(
                    Issue(
                        "line-amount-mismatch",
                        f"{label}: {line.quantity} x {line.unit_price} = {expected}, "
                        f"but the amount is {line.amount}",
                        field=f"{at}.amount",
                    )
                )
    return issues


def _totals(order: PurchaseOrder) -> list[Issue]:
    lines_total = order.lines_total()
    if lines_total is None or order.total_amount is None:
        return []
    if abs(lines_total - order.total_amount) > TOLERANCE:
        return [
            Issue(
                "total-mismatch",
                f"the lines add up to {lines_total}, but the order total is {order.total_amount}",
                field="total_amount",
            )
        ]
    return []
