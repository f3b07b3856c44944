"""The command-line tool: JSON on stdout for what it can read, one clear line on stderr for what it cannot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from orderbridge.cli import cli
from orderbridge.samples import generate_samples


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-samples")
    generate_samples(folder)
    return folder


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    return tmp_path / "home"


def test_extract_prints_the_canonical_order_as_json(sample_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(sample_dir / "acme-PO-4500012345.pdf")])
    assert result.exit_code == 0, result.output
    order = json.loads(result.stdout)
    assert order["po_number"] == "4500012345"
    assert order["currency"] == "USD"
    assert [line["customer_part_no"] for line in order["lines"]] == ["ACM-55120", "ACM-55121", "ACM-77002"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("broken-scan.pdf", "corrupt-pdf"),
        ("empty.pdf", "empty-file"),
        ("notes.docx", "unsupported-type"),
        ("terms-and-conditions.pdf", "no-purchase-order"),
        ("secured-PO.pdf", "encrypted-pdf"),
    ],
)
def test_extract_explains_in_one_line_why_it_cannot_read_a_file(sample_dir: Path, name: str, reason: str):
    result = CliRunner().invoke(cli, ["extract", str(sample_dir / name)])
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {name}: {reason}: ")


def test_extract_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_init_then_orders_on_an_empty_ledger(home: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--no-airflow"]).exit_code == 0
    assert runner.invoke(cli, ["init", "--no-airflow"]).exit_code == 0  # idempotent
    for folder in ("inbox", "processed", "rejected", "store"):
        assert (home / folder).is_dir()
    assert runner.invoke(cli, ["orders"]).stdout.strip() == "no orders yet"
    assert json.loads(runner.invoke(cli, ["orders", "--json"]).stdout) == []


def test_orders_lists_customer_po_state_and_the_external_number(home: Path) -> None:
    from orderbridge.ledger import Ledger
    from orderbridge.settings import Settings

    CliRunner().invoke(cli, ["init", "--no-airflow"])
    ledger = Ledger(Settings.from_env().db_url)
    doc, _ = ledger.record_document(
        sha256="a" * 64,
        size=1,
        source="folder",
        source_ref="inbox/po.pdf",
        original_name="po.pdf",
        stored_path="store/aa",
    )
    order, _ = ledger.record_order(
        document_id=doc.id,
        customer_key="C0001",
        customer_code="C0001",
        po_number="HD-1",
        canonical={"po_number": "HD-1"},
        state="ready",
    )
    delivery = ledger.open_delivery(order_id=order.id, target="kingdee", idempotency_key="kingdee:C0001:HD-1")
    ledger.begin_attempt(delivery.id)
    ledger.mark_delivered(delivery.id, "XSDD000042")
    ledger.set_order_state(order.id, "delivered")

    rows = json.loads(CliRunner().invoke(cli, ["orders", "--json"]).stdout)
    assert rows == [
        {
            "order_id": order.id,
            "customer": "C0001",
            "po_number": "HD-1",
            "state": "delivered",
            "file": "po.pdf",
            "targets": [
                {
                    "target": "kingdee",
                    "state": "delivered",
                    "external_id": "XSDD000042",
                    "attempts": 1,
                    "last_error": None,
                }
            ],
        }
    ]
    text = CliRunner().invoke(cli, ["orders"]).stdout
    assert "HD-1" in text and "kingdee XSDD000042 (delivered)" in text
