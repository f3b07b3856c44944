"""Factories for the ledger tests: a recorded document, an order on it, a canonical order dict.

Test modules get these as fixtures (never ``from conftest import``: basenames are not unique).
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable
from typing import Any

import pytest

from orderbridge.ledger import Document, Ledger, Order

_counter = itertools.count(1)


def _sha_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _canonical_order(po_number: str = "PO-1", **extra: Any) -> dict[str, Any]:
    """A canonical order dict in its JSON shape (decimals as strings)."""
    return {
        "po_number": po_number,
        "order_date": "2026-11-20",
        "currency": "CNY",
        "buyer": {"name": "上海明华电子有限公司", "customer_code": "C001"},
        "total_amount": "1234.50",
        "lines": [{"line_no": 1, "quantity": "10.000", "unit_price": "123.45", "amount": "1234.50"}],
        **extra,
    }


@pytest.fixture
def canonical_order() -> Callable[..., dict[str, Any]]:
    """``canonical_order(po_number="PO-1", **extra)``: a canonical order dict in its JSON shape."""
    return _canonical_order


@pytest.fixture
def new_document(ledger: Ledger) -> Callable[..., Document]:
    """Records a fresh document (unique content) and returns it."""

    def make(**overrides: Any) -> Document:
        n = next(_counter)
        values: dict[str, Any] = {
            "sha256": _sha_of(f"document {n}"),
            "size": 100 + n,
            "source": "folder",
            "source_ref": f"inbox/po-{n}.pdf",
            "original_name": f"po-{n}.pdf",
            "stored_path": f"store/{n}",
            "media_type": "application/pdf",
        }
        document, created = ledger.record_document(**{**values, **overrides})
        assert created
        return document

    return make


@pytest.fixture
def new_order(ledger: Ledger, new_document: Callable[..., Document]) -> Callable[..., Order]:
    """Records a fresh order (on a fresh document unless ``document_id`` is given) and returns it."""

    def make(**overrides: Any) -> Order:
        po_number = overrides.pop("po_number", f"PO-{next(_counter)}")
        values: dict[str, Any] = {
            "customer_key": "C001",
            "customer_code": "C001",
            "po_number": po_number,
            "canonical": _canonical_order(po_number),
            "state": "extracted",
        }
        if "document_id" not in overrides:
            values["document_id"] = new_document().id
        order, created = ledger.record_order(**{**values, **overrides})
        assert created
        return order

    return make
