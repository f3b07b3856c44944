"""A broken YAML file is reported whole: each problem as ``file:line: path: what``, with a guess."""

from __future__ import annotations

import textwrap

import pytest

from orderbridge.errors import ConfigError
from orderbridge.mapping import load_target_mapping
from orderbridge.yamlconfig import MappingError, load_yaml

GOOD_TARGET = """\
format_version: 1
target: kingdee
form_id: SAL_SaleOrder
lookup:
  po_number_field: F_ORB_CustPONo
  customer_field: FCustId.FNumber
header:
  FCustId: {from: buyer.customer_code, as: FNumber, required: true}
  FDate: {from: order_date, type: date}
lines:
  key: FSaleOrderEntry
  fields:
    FQty: {from: quantity, type: number}
"""


def write(tmp_path, text, name="mapping.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path, kind="target-mapping", **kwargs):
    with pytest.raises(MappingError) as caught:
        load_yaml(path, kind, **kwargs)
    return caught.value.problems


def test_a_good_file_loads_with_its_lines(tmp_path):
    loaded = load_yaml(write(tmp_path, GOOD_TARGET), "target-mapping")
    assert loaded.data["header"]["FCustId"]["from"] == "buyer.customer_code"
    assert loaded.line_of(("header", "FDate")) == 9
    assert loaded.line_of(("header", "FDate", "nothing-here")) == 9


def test_a_typo_in_a_key_names_file_line_path_and_the_likely_key(tmp_path):
    path = write(tmp_path, GOOD_TARGET.replace("FCustId: {from:", "FCustId: {form:"))
    assert problems_of(path) == [
        (f"{path}:8:13: header.FCustId.form: unknown key 'form' (did you mean 'from'?)")
    ]


def test_a_wrong_type_says_what_was_expected_and_what_came(tmp_path):
    path = write(tmp_path, GOOD_TARGET.replace("required: true", "required: 'very'"))
    assert problems_of(path) == [
        (f"{path}:8:53: header.FCustId.required: expected boolean, got string ('very')")
    ]


def test_an_unknown_enum_value_gets_a_suggestion(tmp_path):
    path = write(tmp_path, GOOD_TARGET.replace("type: number", "type: nubmer"))
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:13:28: lines.fields.FQty.type: 'nubmer' is not allowed; use one of ")
    assert problem.endswith("(did you mean 'number'?)")


def test_a_yaml_syntax_error_gives_its_line(tmp_path):
    path = write(
        tmp_path, GOOD_TARGET.replace("FDate: {from: order_date, type: date}", "FDate: {from: [order_date")
    )
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:10:6: YAML syntax error:")


def test_a_duplicate_key_is_an_error_not_a_silent_overwrite(tmp_path):
    path = write(tmp_path, GOOD_TARGET.replace("  FDate:", "  FCustId: {from: po_number}\n  FDate:"))
    assert problems_of(path) == [
        f"{path}:9:3: header.FCustId: duplicate key 'FCustId' (first given on line 8; "
        "YAML would silently keep only the last)"
    ]


def test_several_problems_come_together_in_line_order(tmp_path):
    text = (
        GOOD_TARGET.replace("form_id: SAL_SaleOrder\n", "")
        .replace("FCustId: {from:", "FCustId: {form:")
        .replace("type: number", "type: 5")
        .replace("customer_field:", "customer_fields:")
    )
    path = write(tmp_path, text)
    with pytest.raises(MappingError) as caught:
        load_yaml(path, "target-mapping")
    assert caught.value.problems == [
        f"{path}:1:1: (top level): missing required key 'form_id'",
        f"{path}:3:1: lookup: missing required key 'customer_field'",
        f"{path}:5:3: lookup.customer_fields: unknown key 'customer_fields' (did you mean 'customer_field'?)",
        f"{path}:7:13: header.FCustId.form: unknown key 'form' (did you mean 'from'?)",
        f"{path}:12:28: lines.fields.FQty.type: 5 is not allowed; "
        "use one of 'string', 'number', 'integer', 'date'",
    ]
    message = str(caught.value)
    assert message.startswith(f"5 problems in {path}:")
    assert all(problem in message for problem in caught.value.problems)
    assert isinstance(caught.value, ConfigError)


def test_a_file_of_another_kind_is_named_as_such(tmp_path):
    path = write(tmp_path, "format_version: 1\nmaterials:\n  - {sku: M1, name: Bolt}\n")
    assert problems_of(path, "customers") == [
        f"{path}:1:1: (top level): this looks like a materials file, not a customers file"
    ]


def test_an_empty_file_and_a_list_file_are_errors(tmp_path):
    empty = write(tmp_path, "# nothing yet\n", "empty.yaml")
    assert problems_of(empty) == [f"{empty}:1:1: the file is empty"]
    listed = write(tmp_path, "- a\n- b\n", "list.yaml")
    assert "expected a target-mapping file" in problems_of(listed)[0]


def test_a_missing_file_is_a_mapping_error(tmp_path):
    (problem,) = problems_of(tmp_path / "absent.yaml")
    assert "cannot read the file" in problem


def test_keys_are_kept_as_written_not_as_yaml_1_1_values(tmp_path):
    path = write(tmp_path, GOOD_TARGET + "lookups:\n  countries: {NO: Norway, 100: hundred, on: x}\n")
    loaded = load_yaml(path, "target-mapping")
    assert loaded.data["lookups"]["countries"] == {"NO": "Norway", "100": "hundred", "on": "x"}


def test_semantic_problems_are_reported_through_the_same_error(tmp_path):
    path = write(tmp_path, GOOD_TARGET.replace("from: order_date", "from: order_dat"))
    with pytest.raises(MappingError) as caught:
        load_target_mapping(path)
    (problem,) = caught.value.problems
    assert problem.startswith(
        f"{path}:9:11: header.FDate.from: the order has no field 'order_dat' (did you mean 'order_date'?)"
    )


class TestFormatVersions:
    """Lesson 3: an old file is upgraded by a migration before it is validated."""

    OLD = "format_version: 0\nclients:\n  - {code: C1, name: Acme}\n"

    @staticmethod
    def v0_to_v1(data):
        data["customers"] = data.pop("clients")
        return data

    def test_an_old_version_is_migrated_then_validated(self, tmp_path):
        path = write(tmp_path, self.OLD)
        loaded = load_yaml(path, "customers", migrations={0: self.v0_to_v1})
        assert loaded.data == {"format_version": 1, "customers": [{"code": "C1", "name": "Acme"}]}

    def test_an_old_version_without_a_migration_is_an_error(self, tmp_path):
        path = write(tmp_path, self.OLD.replace("clients", "customers"))
        assert problems_of(path, "customers") == [
            f"{path}:1:1: format_version: format_version 0 is no longer supported and has no migration; "
            "rewrite the file for format_version 1"
        ]

    def test_a_newer_version_asks_for_an_upgrade(self, tmp_path):
        path = write(tmp_path, "format_version: 2\ncustomers: []\n")
        (problem,) = problems_of(path, "customers")
        assert "newer than this OrderBridge understands" in problem

    def test_a_missing_version_is_a_schema_error(self, tmp_path):
        path = write(tmp_path, "customers: []\n")
        assert problems_of(path, "customers") == [
            f"{path}:1:1: (top level): missing required key 'format_version'"
        ]


def test_a_value_matching_no_alternative_names_the_accepted_types(tmp_path):
    text = GOOD_TARGET.replace(
        "FDate: {from: order_date, type: date}", "FDate: {from: order_date, transform: 5}"
    )
    path = write(
        tmp_path, text.replace("FQty: {from: quantity,", "FQty: {transform: [upper, 3], from: quantity,")
    )
    assert problems_of(path) == [
        f"{path}:9:29: header.FDate.transform: expected string or array, got integer (5)",
        f"{path}:13:31: lines.fields.FQty.transform[1]: expected string, got integer (3)",
    ]


def test_merge_keys_share_field_specs_and_explicit_keys_win(tmp_path):
    text = GOOD_TARGET.replace(
        "  FDate: {from: order_date, type: date}",
        "  FDate: &date {from: order_date, type: date}\n"
        "  FDelivery:\n    <<: *date\n    from: requested_delivery_date",
    )
    loaded = load_yaml(write(tmp_path, text), "target-mapping")
    assert loaded.data["header"]["FDelivery"] == {"from": "requested_delivery_date", "type": "date"}
    assert loaded.line_of(("header", "FDelivery", "from")) == 12


def test_a_self_referencing_alias_is_an_error_not_a_crash(tmp_path):
    path = write(tmp_path, "format_version: 1\ncustomers: &a [*a]\n")
    expected = f"{path}:1:1: an alias refers to itself (or nesting is too deep)"
    assert problems_of(path, "customers") == [expected]
