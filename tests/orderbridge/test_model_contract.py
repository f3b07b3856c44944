"""The pydantic canonical order and the shared JSON contract agree, in both directions."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from orderbridge.contracts import PURCHASE_ORDER_SCHEMA
from orderbridge.model import Buyer, FieldSource, OrderLine, PurchaseOrder, ShipTo
from orderbridge.settings import PROJECT_ROOT


def shared_contract() -> Path | None:
    """The contract in ``shared/`` beside the repository, where the workspace has one."""
    for folder in (PROJECT_ROOT, *PROJECT_ROOT.parents):
        candidate = folder / "shared" / "contracts" / "purchase-order.schema.json"
        if candidate.is_file():
            return candidate
    return None


CONTRACT = json.loads(PURCHASE_ORDER_SCHEMA.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(CONTRACT, format_checker=jsonschema.FormatChecker())


def full_order() -> PurchaseOrder:
    return PurchaseOrder(
        po_number="HD20261118-01",
        order_date=dt.date(2026, 11, 18),
        requested_delivery_date=dt.date(2026, 12, 5),
        currency="CNY",
        buyer=Buyer(name="华东精密制造有限公司", customer_code="C0001"),
        ship_to=ShipTo(
            name="华东精密 二号仓",
            address="苏州市工业园区星湖街 88 号",
            contact="王磊",
            phone="0512-6688 1234",
        ),
        payment_terms="月结30天",
        total_amount=Decimal("12345.60"),
        lines=[
            OrderLine(
                line_no=1,
                customer_part_no="HD-BLT-0830",
                sku="M1001",
                description="螺栓",
                quantity=Decimal("1E+3"),
                unit="PCS",
                unit_price=Decimal("12.3456"),
                amount=Decimal("12345.60"),
            )
        ],
        confidence=0.97,
        provenance={"po_number": FieldSource(page=1, box=(10, 20, 80, 30), method="label", score=0.99)},
    )


def test_a_full_order_is_valid_under_the_shared_contract() -> None:
    errors = sorted(VALIDATOR.iter_errors(full_order().to_json_dict()), key=str)
    assert errors == []


def test_amounts_and_quantities_are_decimal_strings_never_floats() -> None:
    data = full_order().to_json_dict()
    line = data["lines"][0]
    assert (line["quantity"], line["unit_price"], line["amount"]) == ("1000", "12.3456", "12345.60")
    assert data["total_amount"] == "12345.60"
    assert data["order_date"] == "2026-11-18"


def test_a_minimal_order_has_explicit_nulls_and_is_valid() -> None:
    order = PurchaseOrder(po_number="X", order_date=None, currency=None)
    data = order.to_json_dict()
    assert data["requested_delivery_date"] is None and data["lines"] == []
    assert list(VALIDATOR.iter_errors(data)) == []


def test_the_json_form_reads_back_to_the_same_order() -> None:
    order = full_order()
    assert PurchaseOrder.model_validate(json.loads(json.dumps(order.to_json_dict()))) == order


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"currency": "rmb"}, "currency"),
        ({"po_number": ""}, "po_number"),
        ({"order_date": "18/11/2026"}, "order_date"),
        ({"lines": [{"line_no": 0, "quantity": "1"}]}, "line_no"),
        ({"lines": [{"line_no": 1, "quantity": "NaN"}]}, "quantity"),
    ],
)
def test_what_the_contract_forbids_the_model_refuses(change: dict, field: str) -> None:
    data = {**full_order().to_json_dict(), **change}
    with pytest.raises(ValidationError, match=field):
        PurchaseOrder.model_validate(data)


def test_the_model_is_stricter_than_the_contract_on_unknown_keys() -> None:
    """The contract allows extra keys; our own code must not invent misspelt ones silently."""
    with pytest.raises(ValidationError, match="po_numbr"):
        PurchaseOrder.model_validate({**full_order().to_json_dict(), "po_numbr": "X"})


def test_the_vendored_contract_is_the_shared_one_and_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(CONTRACT)
    shared = shared_contract()
    if shared is not None:  # a clone outside the workspace has only the vendored copy
        assert json.loads(shared.read_text(encoding="utf-8")) == CONTRACT
