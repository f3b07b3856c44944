"""Fixtures for the reading/extraction tests: the generated samples and the shared contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from orderbridge.contracts import PURCHASE_ORDER_SCHEMA
from orderbridge.samples import Sample, generate_edge_samples, generate_samples


def repo_root() -> Path:
    for parent in Path(__file__).resolve().parents:
        if (parent / "pyproject.toml").is_file():
            return parent
    raise AssertionError("no pyproject.toml above the tests")


@pytest.fixture(scope="session")
def samples_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("samples")


@pytest.fixture(scope="session")
def demo_samples(samples_dir: Path) -> dict[str, Sample]:
    return {sample.filename: sample for sample in generate_samples(samples_dir)}


@pytest.fixture(scope="session")
def edge_samples(samples_dir: Path) -> dict[str, Sample]:
    return {sample.filename: sample for sample in generate_edge_samples(samples_dir)}


@pytest.fixture(scope="session")
def contract() -> Draft202012Validator:
    """The canonical purchase-order contract (``orderbridge/contracts``, vendored from ``shared/``)."""
    schema = json.loads(PURCHASE_ORDER_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
