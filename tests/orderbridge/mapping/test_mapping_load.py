"""Checks a JSON Schema cannot make on a target mapping: names that must exist, sane combinations."""

from __future__ import annotations

import re
import textwrap

import pytest

from orderbridge.errors import ConfigError
from orderbridge.mapping import MappingError, lint_mappings, load_target_mapping, load_target_mappings
from orderbridge.settings import PROJECT_ROOT

BASE = """\
format_version: 1
target: kingdee
form_id: SAL_SaleOrder
envelope: Model
lookup: {po_number_field: F_ORB_CustPONo, customer_field: FCustId.FNumber}
options: {IsVerifyBaseDataField: true}
header:
  FCustId: {from: buyer.customer_code, as: FNumber, required: true}
  FSaleOrderFinance:
    FSettleCurrId: {from: currency, lookup: currencies, as: FNumber}
lines:
  key: FSaleOrderEntry
  fields:
    FQty: {from: quantity, type: number}
lookups:
  currencies: {CNY: PRE001}
"""


def problems(tmp_path, text):
    path = tmp_path / "kingdee.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_target_mapping(path)
    assert isinstance(caught.value, ConfigError)
    # as "line: path: what" (columns are specified in tests/mappings/test_mappings_loader_errors.py)
    return [re.sub(r"^(\d+):\d+:", r"\1:", p.removeprefix(f"{path}:")) for p in caught.value.problems]


def test_the_base_mapping_loads(tmp_path):
    path = tmp_path / "kingdee.yaml"
    path.write_text(BASE, encoding="utf-8")
    assert load_target_mapping(path).lines_key == "FSaleOrderEntry"


def test_an_unknown_lookup_table(tmp_path):
    assert problems(tmp_path, BASE.replace("lookup: currencies", "lookup: currency")) == [
        "10: header.FSaleOrderFinance.FSettleCurrId.lookup: no lookup table 'currency' "
        "(did you mean 'currencies'?); lookups: currencies"
    ]


def test_a_from_path_the_order_does_not_have(tmp_path):
    (found,) = problems(tmp_path, BASE.replace("buyer.customer_code", "buyer.customer_cod"))
    assert found.startswith(
        "8: header.FCustId.from: 'buyer' has no field 'customer_cod' (did you mean 'customer_code'?)"
    )


def test_line_paths_are_relative_to_the_line_unless_scope_order(tmp_path):
    (found,) = problems(tmp_path, BASE.replace("FQty: {from: quantity", "FQty: {from: currency"))
    assert found.startswith("14: lines.fields.FQty.from: an order line has no field 'currency'")
    scoped = BASE.replace("FQty: {from: quantity", "FQty: {scope: order, from: currency")
    path = tmp_path / "ok.yaml"
    path.write_text(scoped, encoding="utf-8")
    load_target_mapping(path)


def test_a_path_to_an_object_or_a_list_is_refused(tmp_path):
    found = problems(
        tmp_path, BASE.replace("buyer.customer_code", "buyer").replace("from: currency", "from: lines")
    )
    assert found[0].startswith("8: header.FCustId.from: 'buyer' is an object; pick one of its fields")
    assert found[1].startswith("10: header.FSaleOrderFinance.FSettleCurrId.from: 'lines' is a list")


def test_an_unknown_transform_and_bad_arguments(tmp_path):
    text = BASE.replace("as: FNumber, required", "transform: [uper, truncate(x)], as: FNumber, required")
    assert problems(tmp_path, text) == [
        "8: header.FCustId.transform[0]: unknown transform 'uper' (did you mean 'upper'?); "
        "known: upper, lower, strip, digits, truncate, date_format, replace",
        "8: header.FCustId.transform[1]: truncate: argument 'x' must be a whole number",
    ]


def test_from_and_value_exclude_each_other_and_one_is_needed(tmp_path):
    text = BASE.replace("{from: quantity, type: number}", "{from: quantity, value: 1}").replace(
        "FCustId: {from: buyer.customer_code,", "FCustId: {"
    )
    assert problems(tmp_path, text) == [
        "8: header.FCustId: needs 'from' (a path in the order) or 'value' (a constant)",
        "14: lines.fields.FQty.value: give either 'from' or 'value', not both",
    ]


def test_nonsense_combinations(tmp_path):
    text = (
        BASE.replace("required: true}", "required: true, default: C0000}")
        .replace("as: FNumber}", "as: FNumber, scope: line}")
        .replace("{from: quantity, type: number}", "{value: lots, type: number}")
    )
    assert problems(tmp_path, text) == [
        "8: header.FCustId.default: a field with a default is never missing: drop 'required' or 'default'",
        "10: header.FSaleOrderFinance.FSettleCurrId.scope: "
        "'scope: line' only makes sense inside lines.fields",
        "14: lines.fields.FQty.value: cannot be sent as number: 'lots' is not a number",
    ]


def test_keys_that_would_overwrite_each_other(tmp_path):
    text = BASE.replace("key: FSaleOrderEntry", "key: FCustId").replace(
        "envelope: Model", "envelope: IsVerifyBaseDataField"
    )
    assert problems(tmp_path, text) == [
        "4: envelope: 'IsVerifyBaseDataField' is also an option",
        "12: lines.key: 'FCustId' is also a header field",
    ]
    without_envelope = BASE.replace("envelope: Model\n", "").replace(
        "{IsVerifyBaseDataField: true}", "{FCustId: 1}"
    )
    assert problems(tmp_path, without_envelope) == [
        "5: options.FCustId: 'FCustId' is also a header field or the lines key"
    ]


def test_kingdee_needs_a_form_id(tmp_path):
    assert problems(tmp_path, BASE.replace("form_id: SAL_SaleOrder\n", "")) == [
        "1: (top level): missing required key 'form_id'"
    ]


def test_lint_finds_nothing_in_the_shipped_mappings():
    assert lint_mappings(PROJECT_ROOT / "mappings") == []
    assert "kingdee" in load_target_mappings(PROJECT_ROOT / "mappings")


def test_lint_reports_every_file(tmp_path):
    (tmp_path / "targets").mkdir()
    (tmp_path / "targets" / "a.yaml").write_text(
        BASE.replace("lookup: currencies", "lookup: x"), encoding="utf-8"
    )
    (tmp_path / "targets" / "b.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "targets" / "c.yaml").write_text(BASE, encoding="utf-8")
    found = lint_mappings(tmp_path)
    assert any("masterdata" in p and "missing: OrderBridge needs this file" in p for p in found)
    assert any(p.startswith(f"{tmp_path / 'targets' / 'a.yaml'}:10:") for p in found)
    assert any(p.startswith(f"{tmp_path / 'targets' / 'b.yaml'}:2:1: target:") for p in found)
    with pytest.raises(MappingError) as caught:
        load_target_mappings(tmp_path)
    assert any("target: 'kingdee' is also mapped by" in p for p in caught.value.problems)
