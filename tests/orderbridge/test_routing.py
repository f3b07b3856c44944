"""Routing rules: which targets an order goes to per customer, and whether a shipment is booked;
format 1 files are migrated on load with a warning saying how to update them."""

from __future__ import annotations

import pytest

from orderbridge.routing import Routing, load_routing_yaml
from orderbridge.yamlconfig import MappingError, load_yaml


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "targets").mkdir()
    for name in ("kingdee", "u8"):
        (tmp_path / "targets" / f"{name}.yaml").write_text("format_version: 1\n", encoding="utf-8")
    return tmp_path


def write(folder, text):
    (folder / "routing.yaml").write_text(text, encoding="utf-8")
    return folder


RULES = """\
format_version: 2
default_targets: [kingdee]
book_shipment: false
courier: kuaidi100
rules:
  - customers: [C0002]
    targets: [kingdee, u8]
    book_shipment: true
    courier: sf_express
  - customer_pattern: "^C9"
    targets: []
    note: test customers never reach an ERP
  - customers: [C0003]
    targets: [u8]
"""


def test_default_targets_when_no_rule_matches(folder):
    routing = Routing.load(write(folder, RULES))
    assert routing.targets_for("C0001") == ["kingdee"]
    assert routing.targets_for(None) == ["kingdee"]
    assert routing.books_shipment("C0001") is False


def test_the_first_matching_rule_wins_with_its_shipment_and_courier(folder):
    routing = Routing.load(write(folder, RULES))
    assert routing.targets_for("C0002") == ["kingdee", "u8"]
    assert routing.books_shipment("C0002") is True
    assert routing.route_for("C0002").courier == "sf_express"
    assert routing.targets_for("C0003") == ["u8"]
    assert routing.push_targets("C0002") == ["kingdee", "u8", "sf_express"]  # a shipment is booked
    assert routing.push_targets("C0003") == ["u8"]
    assert routing.route_for("C0003").courier == "kuaidi100"  # the top-level default


def test_a_pattern_rule_and_an_empty_target_list(folder):
    routing = Routing.load(write(folder, RULES))
    assert routing.targets_for("C9001") == []
    assert routing.targets_for("XC9") == ["kingdee"]  # anchored with ^


def test_targets_must_have_a_mapping_and_customers_must_exist(folder):
    write(folder, RULES.replace("[kingdee, u8]", "[kingdee, sap]"))
    with pytest.raises(MappingError) as caught:
        Routing.load(folder, customers={"C0001", "C0002"})
    assert [p.removeprefix(f"{folder / 'routing.yaml'}:") for p in caught.value.problems] == [
        "7:24: rules[0].targets[1]: unknown target 'sap'; known: kingdee, u8",
        "13:17: rules[2].customers[0]: unknown customer 'C0003' (did you mean 'C0002'?); known: C0001, C0002",
    ]


class TestFormatMigration:
    V1 = "format_version: 1\ntargets: [kingdee, u8]\n"

    def test_a_format_1_file_is_migrated_on_load_and_works(self, folder):
        routing = Routing.load(write(folder, self.V1))
        assert routing.targets_for("C0001") == ["kingdee", "u8"]
        assert routing.rules == ()

    def test_the_migration_warns_how_to_update_the_file(self, folder):
        loaded = load_routing_yaml(write(folder, self.V1))
        assert loaded.data == {"format_version": 2, "default_targets": ["kingdee", "u8"], "rules": []}
        (warning,) = loaded.warnings
        assert warning.startswith(
            f"{folder / 'routing.yaml'}:1:1: format_version: old format migrated on load"
        )
        assert "rename 'targets' to 'default_targets'" in warning

    def test_a_migrated_file_is_still_checked_against_the_current_schema(self, folder):
        with pytest.raises(MappingError) as caught:
            load_yaml(
                write(folder, "format_version: 1\ntargets: [kingdee]\nbook_shipmen: true\n") / "routing.yaml",
                "routing",
            )
        assert caught.value.problems == [
            f"{folder / 'routing.yaml'}:3:1: book_shipmen: unknown key 'book_shipmen' (did you mean "
            f"'book_shipment'?)"
        ]
