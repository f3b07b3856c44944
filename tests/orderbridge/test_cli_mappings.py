"""``orderbridge lint`` and ``orderbridge preview`` as IT uses them from a shell."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from orderbridge.cli import cli
from orderbridge.samples import generate_samples
from orderbridge.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("preview-samples")
    generate_samples(folder)
    return folder


@pytest.fixture
def mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", folder, ignore=shutil.ignore_patterns("schemas"))
    monkeypatch.setenv("ORDERBRIDGE_MAPPINGS", str(folder))
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "home"))
    return folder


def leaves(value, path=""):
    """Dotted paths of a payload's values (lists of objects indexed, lists of plain values whole)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for index, item in enumerate(value):
            yield from leaves(item, f"{path}[{index}]")
    else:
        yield path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


class TestLint:
    def test_the_shipped_mappings_pass_with_exit_code_0(self, mappings):
        result = run("lint")
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
        assert "0 error(s), 0 warning(s)" in result.stderr

    def test_a_broken_file_gives_every_error_as_file_line_column_and_exit_code_1(self, mappings):
        routing = mappings / "routing.yaml"
        routing.write_text(
            "format_version: 2\ndefault_targets: [kingde]\nbook_shipmnet: true\n", encoding="utf-8"
        )
        result = run("lint")
        assert result.exit_code == 1
        first, second = result.stdout.splitlines()
        assert first.startswith(
            f"{routing}:2:19: default_targets[0]: unknown target 'kingde' (did you mean 'kingdee'?); known: "
        )
        assert second == (
            f"{routing}:3:1: book_shipmnet: unknown key 'book_shipmnet' (did you mean 'book_shipment'?)"
        )
        assert "2 error(s)" in result.stderr

    def test_one_file_is_linted_in_the_context_of_its_folder(self, mappings):
        kingdee = mappings / "targets" / "kingdee.yaml"
        kingdee.write_text(kingdee.read_text(encoding="utf-8").replace("transform: strip", "transform: strp"))
        result = run("lint", str(kingdee))
        assert result.exit_code == 1
        (line,) = result.stdout.splitlines()
        assert line.startswith(f"{kingdee}:") and "unknown transform 'strp' (did you mean 'strip'?)" in line
        assert run("lint", str(mappings / "routing.yaml")).exit_code == 0

    def test_a_path_that_does_not_exist_is_an_error(self, mappings):
        result = run("lint", str(mappings / "nope.yaml"))
        assert result.exit_code == 1 and "no such file or folder" in result.stdout

    def test_an_old_format_is_migrated_with_a_warning_saying_how_to_update(self, mappings):
        (mappings / "routing.yaml").write_text("format_version: 1\ntargets: [kingdee]\n", encoding="utf-8")
        result = run("lint")
        assert result.exit_code == 0, result.output
        (warning,) = result.stdout.splitlines()
        assert warning == (
            f"warning: {mappings / 'routing.yaml'}:1:1: format_version: old format migrated on load "
            "(1 -> 2: rename 'targets' to 'default_targets', add 'rules: []' and set 'format_version: 2'); "
            "update the file to stop this warning"
        )


class TestPreview:
    def test_shows_the_order_the_payload_and_the_rule_behind_every_value(self, mappings, sample_dir):
        result = run("preview", str(sample_dir / "acme-PO-4500012345.pdf"), "--target", "kingdee")
        assert result.exit_code == 0, result.output
        text = result.stdout
        assert '"po_number": "4500012345"' in text
        assert "Payload for kingdee (nothing was sent):" in text
        assert 'Model.FCustId.FNumber = "C0002"' in text
        kingdee = mappings / "targets" / "kingdee.yaml"
        assert f"<- {kingdee}:" in text and "header.FCustId: from buyer.customer_code | as FNumber" in text
        assert "Verdict: this order would be sent." in text

    def test_json_output_traces_each_payload_value(self, mappings, sample_dir):
        result = run("preview", str(sample_dir / "acme-PO-4500012345.pdf"), "-t", "kingdee", "--json")
        assert result.exit_code == 0, result.output
        preview = json.loads(result.stdout)
        assert preview["payload"]["Model"]["FCustId"] == {"FNumber": "C0002"}
        assert preview["would_send"] is True
        traced = {t["path"]: t for t in preview["trace"]}
        qty = traced["Model.FSaleOrderEntry[0].FQty"]
        assert qty["value"] == 1200 and qty["how"] == "from quantity | type number"
        assert (
            qty["rule"].startswith(f"{mappings / 'targets' / 'kingdee.yaml'}:")
            and "lines.fields.FQty" in qty["rule"]
        )
        material = traced["Model.FSaleOrderEntry[0].FMaterialId.FNumber"]
        assert material["value"] == "M1004" and "part number ACM-55120 of C0002" in material["source"]
        assert set(traced) == set(leaves(preview["payload"]))  # every value of the payload, and only those

    def test_an_order_that_would_go_to_review_says_why_and_exits_1(self, mappings, sample_dir):
        prices = mappings / "masterdata" / "prices.yaml"
        prices.write_text(
            "format_version: 1\ntolerance_percent: 1\n"
            'prices:\n  - {sku: M1004, price: "17.00", currency: USD}\n',
            encoding="utf-8",
        )
        result = run("preview", str(sample_dir / "acme-PO-4500012345.pdf"), "-t", "kingdee")
        assert result.exit_code == 1
        assert "price-deviation" in result.stdout and "+8.8% off the list price 17.00" in result.stdout
        assert "would NOT be sent" in result.stdout

    def test_a_document_the_pipeline_would_reject_is_one_line_on_stderr(self, mappings, sample_dir):
        result = run("preview", str(sample_dir / "notes.docx"), "-t", "kingdee")
        assert result.exit_code == 1 and result.stderr.startswith("error: notes.docx: unsupported-type:")

    def test_an_unknown_target_is_a_configuration_error(self, mappings, sample_dir):
        result = run("preview", str(sample_dir / "acme-PO-4500012345.pdf"), "-t", "oracle")
        assert result.exit_code == 2 and "oracle.yaml" in result.stderr


class TestMappingStatus:
    def test_shows_the_version_in_force_and_a_refused_edit(self, mappings, tmp_path, monkeypatch):
        from orderbridge.ledger import Ledger
        from orderbridge.mapping import in_force

        monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
        (tmp_path / "home").mkdir()
        Ledger(f"sqlite:///{tmp_path / 'home' / 'ledger.sqlite'}").migrate()
        in_force._CACHE.clear()
        first = run("mapping-status")
        assert first.exit_code == 0, first.output
        assert f"the files in {mappings} are the ones in force" in first.stdout

        routing = mappings / "routing.yaml"
        routing.write_text(routing.read_text(encoding="utf-8").replace("book_shipment", "book_shipmnet"))
        second = run("mapping-status")
        assert second.exit_code == 0, second.output
        assert f"the files in {mappings} are REFUSED (1 error(s)):" in second.stdout
        assert "unknown key 'book_shipmnet' (did you mean 'book_shipment'?)" in second.stdout
        assert "mapping.rejected  1 error(s) in" in second.stdout
        in_force._CACHE.clear()
