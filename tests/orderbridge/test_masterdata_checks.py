"""Runtime validation against master data: unknown unit, price off the price list, quantity not a multiple
of the pack size. Each is an error finding with a clear message, so the order goes to review."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

import pytest

from orderbridge.masterdata import MasterData
from orderbridge.model import Buyer, OrderLine, PurchaseOrder
from orderbridge.settings import PROJECT_ROOT
from orderbridge.yamlconfig import MappingError

UNITS = """\
format_version: 1
units:
  - {code: PCS, name: piece, aliases: [件, 个, EA]}
  - {code: KG, aliases: [千克]}
"""
PRICES = """\
format_version: 1
tolerance_percent: 2
prices:
  - {sku: M1001, price: "0.85", currency: CNY}
  - {sku: M1001, price: "0.80", currency: CNY, customer: C0003}
  - {sku: M1004, price: 18.5, currency: USD}
"""


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings" / "masterdata", target / "masterdata")
    (target / "masterdata" / "units.yaml").write_text(UNITS, encoding="utf-8")
    (target / "masterdata" / "prices.yaml").write_text(PRICES, encoding="utf-8")
    materials = target / "masterdata" / "materials.yaml"
    materials.write_text(
        materials.read_text(encoding="utf-8").replace(
            "name_en: Nylon washer M8", "name_en: Nylon washer M8\n    pack_size: 100"
        )
    )
    return target


def order(code, *lines, currency="CNY"):
    return PurchaseOrder(
        po_number="PO-1",
        order_date=dt.date(2026, 11, 20),
        currency=currency,
        buyer=Buyer(name=None, customer_code=code),
        lines=list(lines),
    )


def line(sku, quantity="100", unit="PCS", price=None, no=1):
    return OrderLine(
        line_no=no,
        sku=sku,
        quantity=Decimal(quantity),
        unit=unit,
        unit_price=Decimal(price) if price is not None else None,
    )


def findings(folder, the_order):
    return [(i.code, i.field, i.message) for i in MasterData.load(folder).resolve(the_order).issues]


def test_a_line_within_every_rule_has_no_findings(folder):
    good = order("C0001", line("M1001", price="0.86"), line("M1002", "500", unit="件", no=2))
    assert findings(folder, good) == []


def test_an_unknown_unit(folder):
    assert findings(folder, order("C0001", line("M1001", unit="box"))) == [
        ("unit-unknown", "lines[0].unit", "line 1: unit 'box' is not in units.yaml")
    ]


def test_a_unit_that_is_not_the_materials_unit(folder):
    assert findings(folder, order("C0001", line("M1001", unit="千克"))) == [
        ("unit-mismatch", "lines[0].unit", "line 1: unit '千克' (KG) is not M1001's unit PCS")
    ]


def test_a_quantity_not_a_multiple_of_the_pack_size(folder):
    assert findings(folder, order("C0001", line("M1002", "150"))) == [
        ("pack-size", "lines[0].quantity", "line 1: quantity 150 is not a multiple of M1002's pack size 100")
    ]


def test_a_price_off_the_general_list_beyond_the_tolerance(folder):
    assert findings(folder, order("C0001", line("M1001", price="0.95"))) == [
        (
            "price-deviation",
            "lines[0].unit_price",
            "line 1: unit price 0.95 CNY is +11.8% off the list price 0.85 for M1001 (tolerance 2%)",
        )
    ]


def test_the_customers_own_price_wins_and_currencies_are_not_mixed(folder):
    ((code, _, message),) = findings(folder, order("C0003", line("M1001", price="0.85")))
    assert code == "price-deviation" and "+6.2% off C0003's list price 0.80" in message
    assert findings(folder, order("C0002", line("M1004", price="18.60"), currency="USD")) == []
    assert findings(folder, order("C0002", line("M1001", price="9.99"), currency="USD")) == []  # no USD price


def test_the_findings_are_errors_that_send_the_order_to_review(folder):
    resolution = MasterData.load(folder).resolve(order("C0001", line("M1002", "150", unit="box", price="1")))
    assert {i.severity for i in resolution.issues} == {"error"}
    assert not resolution.ok


def test_without_units_and_prices_files_those_checks_are_not_made(folder):
    (folder / "masterdata" / "units.yaml").unlink()
    (folder / "masterdata" / "prices.yaml").unlink()
    assert findings(folder, order("C0001", line("M1001", unit="box", price="5"))) == []


def test_a_price_list_naming_an_unknown_material_does_not_load(folder):
    prices = folder / "masterdata" / "prices.yaml"
    prices.write_text(PRICES.replace("sku: M1004", "sku: M1040"), encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        MasterData.load(folder)
    (problem,) = caught.value.problems
    assert problem.startswith(f"{prices}:6:6: prices[2].sku: unknown material 'M1040'")
