"""Helpers for the review-loop tests: a private copy of the shipped mappings, and orders in review."""

from __future__ import annotations

import hashlib
import itertools
import shutil
from decimal import Decimal
from pathlib import Path

from orderbridge.mapping.in_force import mappings_in_force
from orderbridge.model import Buyer, OrderLine, PurchaseOrder
from orderbridge.settings import PROJECT_ROOT
from orderbridge.validate import merge_issues, validate_order

UNITS_YAML = """format_version: 1
units:
  - code: PCS
    name: piece
    aliases: [件, 个, EA]
"""
_counter = itertools.count(1)


def mappings_copy(root: Path, *, units: bool = False) -> Path:
    folder = root / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", folder, ignore=shutil.ignore_patterns("schemas"))
    if units:
        (folder / "masterdata" / "units.yaml").write_text(UNITS_YAML, encoding="utf-8")
    return folder


def in_force(folder: Path, home: Path, ledger=None):
    """A ``Runtime.mappings``-like factory over ``folder``."""
    return lambda: mappings_in_force(folder, home, ledger=ledger)


HUADONG = "华东精密制造有限公司"


def incoming(
    po: str, *, part: str = "HD-BLT-0830-N", unit: str = "PCS", customer: str = HUADONG, amount: str = "35.00"
) -> PurchaseOrder:
    """An order as extraction gives it: the buyer's name, their part numbers, no codes of ours."""
    return PurchaseOrder(
        po_number=po,
        order_date="2026-11-20",
        currency="CNY",
        buyer=Buyer(name=customer),
        lines=[
            OrderLine(
                line_no=1,
                customer_part_no=part,
                description="特制螺栓",
                quantity=Decimal("100"),
                unit=unit,
                unit_price=Decimal("0.35"),
                amount=Decimal(amount),
            ),
            OrderLine(
                line_no=2,
                customer_part_no="HD-WSH-08",
                quantity=Decimal("10"),
                unit="PCS",
                unit_price=Decimal("0.12"),
                amount=Decimal("1.20"),
            ),
        ],
    )


def verdict(mappings, order: PurchaseOrder) -> list:
    """The errors an incoming order meets (what ``process_document`` sends to review for)."""
    resolution = mappings.masterdata.resolve(order)
    issues = merge_issues(resolution.issues, validate_order(resolution.order))
    return [i for i in issues if i.severity == "error"]


def in_review(ledger, mappings, order: PurchaseOrder) -> int:
    """Record ``order`` the way process_document does: resolved, with its issues, in review."""
    n = next(_counter)
    doc, _ = ledger.record_document(
        sha256=hashlib.sha256(f"{order.po_number}-{n}".encode()).hexdigest(),
        size=10,
        source="folder",
        source_ref=f"/in/{order.po_number}.pdf",
        original_name=f"{order.po_number}.pdf",
        stored_path="/store/x",
    )
    resolution = mappings.masterdata.resolve(order)
    issues = merge_issues(resolution.issues, validate_order(resolution.order))
    canonical = resolution.order.to_json_dict()
    canonical["issues"] = [
        {"code": i.code, "severity": i.severity, "field": i.field, "message": i.message} for i in issues
    ]
    code = resolution.order.buyer.customer_code
    record, _ = ledger.record_order(
        document_id=doc.id,
        customer_key=code or "?",
        customer_code=code,
        po_number=order.po_number,
        canonical=canonical,
        state="review",
    )
    return record.id
