"""Every YAML file shipped under mappings/ loads; every schema documents its files (lessons 1, 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orderbridge.mapping import TRANSFORMS, load_target_mapping
from orderbridge.mapping.lint import lint_tree
from orderbridge.mapping.spec import FieldSpec, Group
from orderbridge.masterdata import MasterData
from orderbridge.routing import Routing
from orderbridge.settings import PROJECT_ROOT
from orderbridge.yamlconfig import discover_kinds, kind_for_path, load_yaml

MAPPINGS = PROJECT_ROOT / "mappings"
SCHEMAS = sorted((MAPPINGS / "schemas").glob("*.schema.json"))
YAML_FILES = sorted([*MAPPINGS.rglob("*.yaml"), *MAPPINGS.rglob("*.yml")])
KINDS = discover_kinds()


def kind_of(path: Path) -> str:
    """The kind a file is by where it lives; a file nowhere known is a failure, never silently ignored."""
    kind = kind_for_path(path, KINDS)
    if kind is None:
        raise AssertionError(f"{path.relative_to(MAPPINGS)}: no schema in mappings/schemas describes it")
    return kind.name


def specs(group: Group):
    for _, node in group.fields:
        if isinstance(node, Group):
            yield from specs(node)
        else:
            yield node


def test_there_are_files_to_check():
    assert len(YAML_FILES) >= 4
    assert {p.name for p in SCHEMAS} == {kind.schema_path.name for kind in KINDS.values()}
    assert {"customers", "materials", "target-mapping", "routing", "units", "prices"} <= set(KINDS)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(MAPPINGS)))
def test_shipped_yaml_loads_against_its_schema_in_the_current_format(path):
    kind = KINDS[kind_of(path)]
    loaded = load_yaml(path, kind.name)
    assert loaded.data["format_version"] == kind.current_version
    assert loaded.warnings == []


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(MAPPINGS)))
def test_shipped_yaml_lints_clean_in_the_context_of_the_folder(path):
    """Lesson 2, one test per shipped file: regexes compile, transforms and referenced names exist."""
    assert lint_tree(MAPPINGS, only=[path]).errors == []


def test_shipped_routing_sends_every_customer_to_a_mapped_target():
    routing = Routing.load(MAPPINGS)
    assert routing.default.targets == ("kingdee",)
    for code in MasterData.load(MAPPINGS).customers:
        assert set(routing.targets_for(code)) <= {p.stem for p in (MAPPINGS / "targets").glob("*.yaml")}


@pytest.mark.parametrize("path", sorted((MAPPINGS / "targets").glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_target_mapping_lookups_and_transforms_exist(path):
    mapping = load_target_mapping(path)
    fields: list[FieldSpec] = [*specs(mapping.header), *specs(mapping.lines)]
    assert fields
    for spec in fields:
        assert spec.lookup is None or spec.lookup in mapping.lookups
        assert all(t.name in TRANSFORMS for t in spec.transforms)
    assert mapping.lookup.po_number_field and mapping.lookup.customer_field


def test_shipped_master_data_cross_checks():
    data = MasterData.load(MAPPINGS)
    for customer in data.customers.values():
        assert set(customer.part_numbers.values()) <= set(data.materials)


def schema_nodes(node, where="#"):
    """Every sub-schema that describes data (``examples`` and ``if`` conditions are skipped)."""
    if where.rsplit("/", 1)[-1] in ("examples", "if"):
        return
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from schema_nodes(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from schema_nodes(value, f"{where}/{index}")


@pytest.mark.parametrize("schema_path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_property_has_description_and_examples(schema_path):
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert isinstance(schema["properties"]["format_version"]["const"], int)
    assert "format_version" in schema["required"]
    undocumented = []
    for where, node in schema_nodes(schema):
        for key in ("properties", "patternProperties"):
            for name, prop in node.get(key, {}).items():
                if not isinstance(prop, dict) or "description" not in prop or "examples" not in prop:
                    undocumented.append(f"{where}/{key}/{name}")
    assert undocumented == []


@pytest.mark.parametrize("schema_path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_object_forbids_unknown_keys(schema_path):
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    open_objects = [
        where
        for where, node in schema_nodes(schema)
        if ("properties" in node or "patternProperties" in node)
        and node.get("additionalProperties") is not False
    ]
    assert open_objects == []
