"""'Remember for this customer': a reviewer's part-number and unit corrections become cross-references in
mappings/masterdata/cross_references.yaml (checked before written, atomic, an event naming the person),
and the customer's next order resolves without review."""

from __future__ import annotations

import pytest
import yaml
from review_support import in_force, in_review, incoming, mappings_copy, verdict

from orderbridge.masterdata import MasterData
from orderbridge.masterdata.xrefs import FILE, remember
from orderbridge.review import correct_order
from orderbridge.yamlconfig import MappingError


@pytest.fixture
def folder(tmp_path):
    return mappings_copy(tmp_path)


def test_a_remembered_part_number_resolves_the_customers_next_order(sqlite_ledger, folder, tmp_path):
    mappings = in_force(folder, tmp_path / "home", sqlite_ledger)
    assert [e.code for e in verdict(mappings(), incoming("PO-1"))] == ["sku-unresolved"]  # goes to review
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-1"))

    done = correct_order(
        sqlite_ledger, order_id, {"lines.0.sku": "M1001"}, user="lin", mappings=mappings, remember=True
    )
    assert done.remembered == {"part_numbers": {"HD-BLT-0830-N": "M1001"}}
    assert done.blocking == [] and "no blocking issue remains" in done.summary()
    saved = yaml.safe_load((folder / "masterdata" / FILE).read_text(encoding="utf-8"))
    assert saved["cross_references"] == [{"customer": "C0001", "part_numbers": {"HD-BLT-0830-N": "M1001"}}]
    (event,) = sqlite_ledger.events(order_id=order_id, kind="masterdata.cross_reference")
    assert event.data == {"user": "lin", "customer": "C0001", "part_numbers": {"HD-BLT-0830-N": "M1001"}}

    assert verdict(mappings(), incoming("PO-2")) == []  # the next PO needs no review
    assert verdict(mappings(), incoming("PO-3", part="hd blt 0830 n")) == []  # matched like customers.yaml
    other = incoming("PO-4", customer="Acme Industrial Supply Ltd.")
    assert [e.code for e in verdict(mappings(), other)] == ["sku-unresolved", "sku-unresolved"]  # theirs only


def test_a_remembered_unit_resolves_the_customers_next_order(sqlite_ledger, tmp_path):
    folder = mappings_copy(tmp_path, units=True)
    mappings = in_force(folder, tmp_path / "home", sqlite_ledger)
    assert [e.code for e in verdict(mappings(), incoming("PO-U1", part="HD-BLT-0830", unit="支"))] == [
        "unit-unknown"
    ]
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-U1", part="HD-BLT-0830", unit="支"))

    done = correct_order(
        sqlite_ledger, order_id, {"lines.0.unit": "PCS"}, user="lin", mappings=mappings, remember=True
    )
    assert done.remembered == {"units": {"支": "PCS"}} and done.blocking == []
    assert verdict(mappings(), incoming("PO-U2", part="HD-BLT-0830", unit="支")) == []
    resolved = mappings().masterdata.resolve(incoming("PO-U3", part="HD-BLT-0830", unit="支")).order
    assert resolved.lines[0].unit == "PCS" and "cross-reference" in resolved.provenance["lines[0].unit"].note


def test_without_the_tick_nothing_is_remembered(sqlite_ledger, folder, tmp_path):
    mappings = in_force(folder, tmp_path / "home", sqlite_ledger)
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-5"))
    done = correct_order(sqlite_ledger, order_id, {"lines.0.sku": "M1001"}, user="lin", mappings=mappings)
    assert done.remembered == {} and not (folder / "masterdata" / FILE).exists()
    assert [e.code for e in verdict(mappings(), incoming("PO-6"))] == ["sku-unresolved"]


def test_a_cross_reference_that_would_not_lint_is_not_written(sqlite_ledger, folder, tmp_path):
    mappings = in_force(folder, tmp_path / "home", sqlite_ledger)
    # customers.yaml maps HD-BLT-0830 to M1001: remembering M1002 for it would contradict that
    order_id = in_review(sqlite_ledger, mappings(), incoming("PO-7", part="HD-BLT-0830"))
    done = correct_order(
        sqlite_ledger, order_id, {"lines.0.sku": "M1002"}, user="lin", mappings=mappings, remember=True
    )
    assert done.remembered == {} and "not remembered" in done.not_remembered[0]
    assert "customers.yaml maps HD-BLT-0830 of C0001 to M1001" in done.not_remembered[0]
    assert not (folder / "masterdata" / FILE).exists()
    assert sqlite_ledger.events(order_id=order_id, kind="masterdata.cross_reference") == []
    assert sqlite_ledger.get_order(order_id).canonical["lines"][0]["sku"] == "M1002"  # the correction stays


@pytest.mark.parametrize(
    ("parts", "units", "why"),
    [
        ({"HD-1": "M9999"}, {}, "M9999"),  # not one of our materials
        ({}, {"箱": "BOX"}, "BOX"),  # not one of our units
        ({"api_key=abc": "M1001"}, {}, "look like a password or key"),
        ({"HD-2": "M1001"}, {"x": "ghp_0123456789abcdefghijklmnopqrstuvwxyz"}, "look like a password or key"),
    ],
)
def test_remember_refuses_what_the_checks_refuse_and_leaves_the_file_as_it_was(folder, parts, units, why):
    remember(folder, "C0001", part_numbers={"HD-OK": "M1001"})
    before = (folder / "masterdata" / FILE).read_bytes()
    with pytest.raises(MappingError) as refused:
        remember(folder, "C0001", part_numbers=parts, units=units)
    assert why in str(refused.value)
    assert (folder / "masterdata" / FILE).read_bytes() == before
    assert [p.name for p in (folder / "masterdata").iterdir() if p.suffix == ".tmp"] == []


def test_remember_merges_keeps_other_customers_and_is_idempotent(folder):
    assert remember(folder, "C0002", part_numbers={"ACM-1": "M1004"}) == {"part_numbers": {"ACM-1": "M1004"}}
    remember(folder, "C0001", part_numbers={"HD-1": "M1001"}, units={"只": "PCS"})
    assert remember(folder, "C0001", part_numbers={"HD-1": "M1001"}) == {}
    text = (folder / "masterdata" / FILE).read_text(encoding="utf-8")
    assert text.startswith("# Cross-references remembered")
    entries = yaml.safe_load(text)["cross_references"]
    assert [e["customer"] for e in entries] == ["C0001", "C0002"]
    customers = MasterData.load(folder).customers
    assert customers["C0001"].part_numbers["HD-1"] == "M1001" and customers["C0001"].units == {"只": "PCS"}
    assert customers["C0001"].part_numbers["HD-BLT-0830"] == "M1001"  # customers.yaml's are all kept


def test_a_hand_broken_file_is_reported_with_its_line(folder):
    (folder / "masterdata" / FILE).write_text(
        "format_version: 1\ncross_references:\n  - customer: C0009\n", encoding="utf-8"
    )
    with pytest.raises(MappingError) as broken:
        MasterData.load(folder)
    assert f"{FILE}:3" in str(broken.value) and "C0009" in str(broken.value)
