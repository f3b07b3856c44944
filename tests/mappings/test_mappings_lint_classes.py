"""``orderbridge lint``: one deliberately broken file per class of error, each reported as
``file:line:column: key path: what is wrong`` (with a guess where one helps), all of them at once."""

from __future__ import annotations

import textwrap

import pytest

from orderbridge.mapping.lint import lint_tree
from orderbridge.settings import PROJECT_ROOT

CUSTOMERS = """\
format_version: 1
customers:
  - code: C0001
    name: Huadong Precision
    email_domains: [hdprecision.cn]
    part_numbers: {HD-1: M1001}
  - code: C0002
    name: Acme Industrial
"""
MATERIALS = """\
format_version: 1
materials:
  - {sku: M1001, name: Bolt M8x30, unit: PCS}
  - {sku: M1002, name: Washer M8, unit: PCS, pack_size: 100}
"""
KINGDEE = """\
format_version: 1
target: kingdee
form_id: SAL_SaleOrder
envelope: Model
lookup: {po_number_field: F_ORB_CustPONo, customer_field: FCustId.FNumber}
header:
  FCustId: {from: buyer.customer_code, as: FNumber, required: true}
  FNote: {from: payment_terms, transform: "truncate(255)"}
  FSettleCurrId: {from: currency, lookup: currencies, as: FNumber}
lines:
  key: FSaleOrderEntry
  fields:
    FMaterialId: {from: sku, as: FNumber, required: true}
    FQty: {from: quantity, type: number}
lookups:
  currencies: {CNY: PRE001, USD: PRE007}
"""
ROUTING = """\
format_version: 2
default_targets: [kingdee]
rules:
  - customers: [C0002]
    targets: [kingdee]
    book_shipment: true
    courier: sf_express
"""
FILES = {
    "masterdata/customers.yaml": CUSTOMERS,
    "masterdata/materials.yaml": MATERIALS,
    "targets/kingdee.yaml": KINGDEE,
    "routing.yaml": ROUTING,
}


@pytest.fixture
def tree(tmp_path):
    for relative, text in FILES.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text, encoding="utf-8")
    return tmp_path


def lint_with(tree, relative, text):
    """Lint the tree with one file replaced; errors as 'relative:line:col: ...'."""
    path = tree / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return [e.removeprefix(f"{tree}/") for e in lint_tree(tree).errors]


def test_the_good_tree_and_the_shipped_mappings_lint_clean(tree):
    assert lint_tree(tree).errors == []
    shipped = lint_tree(PROJECT_ROOT / "mappings")
    assert shipped.errors == []
    assert shipped.warnings == []  # shipped files are in the current format


class TestFileLevel:
    def test_yaml_syntax_error(self, tree):
        errors = lint_with(tree, "routing.yaml", ROUTING.replace("[kingdee]\nrules", "[kingdee\nrules"))
        assert len(errors) == 1 and errors[0].startswith("routing.yaml:3:6: YAML syntax error:")

    def test_empty_file(self, tree):
        assert lint_with(tree, "routing.yaml", "# to do\n") == ["routing.yaml:1:1: the file is empty"]

    def test_duplicate_key(self, tree):
        errors = lint_with(tree, "routing.yaml", ROUTING + "default_targets: [sap]\n")
        assert errors == [
            "routing.yaml:8:1: default_targets: duplicate key 'default_targets' "
            "(first given on line 2; YAML would silently keep only the last)"
        ]

    def test_a_file_of_another_kind_in_the_wrong_place(self, tree):
        assert lint_with(tree, "masterdata/customers.yaml", MATERIALS) == [
            "masterdata/customers.yaml:1:1: (top level): this looks like a materials file, not a customers "
            "file"
        ]

    def test_a_file_where_no_schema_describes_files(self, tree):
        (error,) = lint_with(tree, "targets/old/kingdee-backup.yaml", KINGDEE)
        assert error.startswith("targets/old/kingdee-backup.yaml:1:1: (file): no schema in mappings/schemas")
        assert "masterdata/customers.yaml" in error and "targets/*.yaml" in error

    def test_a_required_file_is_missing(self, tree):
        (tree / "routing.yaml").unlink()
        assert lint_tree(tree).errors == [
            f"{tree}/routing.yaml:1:1: (file): missing: OrderBridge needs this file"
        ]

    def test_a_newer_format_than_the_code_reads(self, tree):
        assert lint_with(tree, "routing.yaml", ROUTING.replace("format_version: 2", "format_version: 3")) == [
            "routing.yaml:1:1: format_version: format_version 3 is newer than this OrderBridge understands "
            "(it reads up to 2); upgrade OrderBridge"
        ]


class TestSchema:
    def test_unknown_key_with_did_you_mean(self, tree):
        assert lint_with(tree, "routing.yaml", ROUTING.replace("book_shipment", "book_shipmnet")) == [
            "routing.yaml:6:5: rules[0].book_shipmnet: unknown key 'book_shipmnet' (did you mean "
            "'book_shipment'?)"
        ]

    def test_enum_value_with_did_you_mean(self, tree):
        assert lint_with(
            tree, "routing.yaml", ROUTING.replace("courier: sf_express", "courier: sf_expres")
        ) == [
            "routing.yaml:7:5: rules[0].courier: 'sf_expres' is not allowed; "
            "use one of 'sf_express', 'kuaidi100' (did you mean 'sf_express'?)"
        ]

    def test_wrong_type(self, tree):
        assert lint_with(
            tree, "routing.yaml", ROUTING.replace("book_shipment: true", "book_shipment: yes please")
        ) == ["routing.yaml:6:5: rules[0].book_shipment: expected boolean, got string ('yes please')"]

    def test_missing_required_key(self, tree):
        assert lint_with(tree, "routing.yaml", ROUTING.replace("    targets: [kingdee]\n", "")) == [
            "routing.yaml:4:5: rules[0]: missing required key 'targets'"
        ]

    def test_a_regex_that_does_not_compile(self, tree):
        text = ROUTING.replace("customers: [C0002]", "customer_pattern: '^C00(1|2'")
        (error,) = lint_with(tree, "routing.yaml", text)
        assert error.startswith(
            "routing.yaml:4:5: rules[0].customer_pattern: the regular expression '^C00(1|2' does not "
            "compile: "
        )
        assert "missing )" in error


class TestReferences:
    def test_unknown_target_with_did_you_mean(self, tree):
        assert lint_with(
            tree, "routing.yaml", ROUTING.replace("default_targets: [kingdee]", "default_targets: [kingde]")
        ) == [
            "routing.yaml:2:19: default_targets[0]: unknown target 'kingde' (did you mean 'kingdee'?); "
            "known: kingdee"
        ]

    def test_unknown_customer(self, tree):
        assert lint_with(tree, "routing.yaml", ROUTING.replace("[C0002]", "[C0020]")) == [
            "routing.yaml:4:17: rules[0].customers[0]: unknown customer 'C0020' (did you mean 'C0002'?); "
            "known: C0001, C0002"
        ]

    def test_unknown_material_in_a_cross_reference(self, tree):
        assert lint_with(
            tree, "masterdata/customers.yaml", CUSTOMERS.replace("HD-1: M1001", "HD-1: M101")
        ) == [
            "masterdata/customers.yaml:6:20: customers[0].part_numbers.HD-1: "
            "sku 'M101' is not in materials.yaml (did you mean 'M1001'?)"
        ]

    def test_unknown_material_and_customer_in_the_price_list(self, tree):
        prices = """\
            format_version: 1
            prices:
              - {sku: M1001, price: "1.20", currency: CNY}
              - {sku: M2001, price: "0.10", currency: CNY, customer: C0009}
            """
        errors = lint_with(tree, "masterdata/prices.yaml", prices)
        assert errors == [
            "masterdata/prices.yaml:4:6: prices[1].sku: unknown material 'M2001' (did you mean 'M1001'?); "
            "known: M1001, M1002",
            "masterdata/prices.yaml:4:48: prices[1].customer: unknown customer 'C0009' "
            "(did you mean 'C0002'?); known: C0001, C0002",
        ]

    def test_unknown_unit_once_units_are_master_data(self, tree):
        units = "format_version: 1\nunits:\n  - {code: PCS, aliases: [件, EA]}\n"
        (tree / "masterdata" / "units.yaml").write_text(units, encoding="utf-8")
        assert lint_with(
            tree, "masterdata/materials.yaml", MATERIALS.replace("unit: PCS}", "unit: PC}", 1)
        ) == [
            "masterdata/materials.yaml:3:36: materials[0].unit: unknown unit 'PC' (did you mean 'PCS'?); "
            "known: PCS"
        ]

    def test_a_target_mapping_in_a_file_of_another_name(self, tree):
        (tree / "targets" / "kingdee.yaml").rename(tree / "targets" / "kd.yaml")
        errors = lint_with(tree, "routing.yaml", ROUTING.replace("[kingdee]", "[kd]"))
        assert errors == [
            "targets/kd.yaml:2:1: target: target 'kingdee' must live in targets/kingdee.yaml, not kd.yaml"
        ]


class TestExpressionsAndPaths:
    def test_a_function_outside_the_whitelist_is_refused_never_evaluated(self, tree):
        text = KINGDEE.replace('transform: "truncate(255)"', "transform: \"__import__('os')\"")
        (error,) = lint_with(tree, "targets/kingdee.yaml", text)
        assert error.startswith(
            "targets/kingdee.yaml:8:32: header.FNote.transform: unknown transform '__import__'"
        )

    def test_a_misspelt_transform_gets_a_suggestion(self, tree):
        (error,) = lint_with(tree, "targets/kingdee.yaml", KINGDEE.replace("truncate(255)", "truncat(255)"))
        assert error.startswith(
            "targets/kingdee.yaml:8:32: header.FNote.transform: unknown transform 'truncat' (did you mean "
            "'truncate'?)"
        )

    def test_a_transform_with_wrong_arguments(self, tree):
        (error,) = lint_with(tree, "targets/kingdee.yaml", KINGDEE.replace("truncate(255)", "truncate(many)"))
        assert error == (
            "targets/kingdee.yaml:8:32: header.FNote.transform: truncate: argument 'many' must be a "
            "whole number"
        )

    def test_a_path_the_canonical_order_does_not_have(self, tree):
        (error,) = lint_with(
            tree, "targets/kingdee.yaml", KINGDEE.replace("from: payment_terms", "from: payment_term")
        )
        assert error.startswith(
            "targets/kingdee.yaml:8:11: header.FNote.from: the order has no field 'payment_term' "
            "(did you mean 'payment_terms'?)"
        )

    def test_an_unknown_lookup_table(self, tree):
        (error,) = lint_with(
            tree, "targets/kingdee.yaml", KINGDEE.replace("lookup: currencies", "lookup: currency")
        )
        assert error == (
            "targets/kingdee.yaml:9:35: header.FSettleCurrId.lookup: no lookup table 'currency' "
            "(did you mean 'currencies'?); lookups: currencies"
        )

    def test_a_routing_rule_that_says_not_whom_it_is_for(self, tree):
        assert lint_with(tree, "routing.yaml", ROUTING.replace("customers: [C0002]", "note: for Acme")) == [
            "routing.yaml:4:5: rules[0]: a rule needs 'customers' or 'customer_pattern' to say whom it is for"
        ]


def test_every_error_of_every_file_comes_at_once_in_file_and_line_order(tree):
    (tree / "targets" / "kingdee.yaml").write_text(
        KINGDEE.replace("truncate(255)", "truncat(255)").replace("type: number", "type: nubmer"),
        encoding="utf-8",
    )
    (tree / "masterdata" / "materials.yaml").write_text(
        MATERIALS.replace("name: Washer", "nme: Washer"), encoding="utf-8"
    )
    errors = lint_with(tree, "routing.yaml", ROUTING.replace("courier: sf_express", "courier: dhl"))
    assert [e.split(": ", 1)[0] for e in errors] == [
        "masterdata/materials.yaml:4:5",
        "masterdata/materials.yaml:4:18",
        "routing.yaml:7:5",
        "targets/kingdee.yaml:8:32",
        "targets/kingdee.yaml:14:28",
    ]


def test_a_file_is_judged_by_where_it_lives_in_the_folder_not_by_its_name(tree):
    assert lint_with(tree, "targets/routing.yaml", ROUTING) == [
        "targets/routing.yaml:1:1: (top level): this looks like a routing file, not a target-mapping file"
    ]
